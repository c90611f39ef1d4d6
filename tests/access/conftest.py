from tests.access.probes import world  # noqa: F401  (every module of the matrix runs in it)
