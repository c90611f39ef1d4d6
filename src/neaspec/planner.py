"""What the database's query planner knows of the tables: refreshed after a bulk load.

A planner chooses between an index and a scan by its statistics of each table. After `neaspec
seed` or an import has written thousands of rows, those statistics still describe the tables as
they were (PostgreSQL's autovacuum gets to them later, SQLite never does): the planner may scan
a table whose index would answer at once. `statistics_refresh` runs ANALYZE then."""

from django.db import connection

# SQLite reads at most this many rows of each index (an approximate ANALYZE, in milliseconds):
# it holds the write lock meanwhile, and other writers must not wait for a full one.
SQLITE_ANALYSIS_LIMIT = 1000


def statistics_refresh() -> None:
    """ANALYZE the Hub's tables. PostgreSQL samples each table without blocking its writers;
    SQLite's is bounded (SQLITE_ANALYSIS_LIMIT)."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"PRAGMA analysis_limit = {SQLITE_ANALYSIS_LIMIT}")
        cursor.execute("ANALYZE")
