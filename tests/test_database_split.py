"""CI's PostgreSQL run leaves out only the tests that use no database."""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.database import split_by_database_use


@dataclass
class Item:
    path: Path
    fixturenames: tuple[str, ...] = ()
    markers: dict[str, Any] = field(default_factory=dict)

    def get_closest_marker(self, name: str) -> Any:
        return self.markers.get(name)


def test_only_tests_without_a_database_are_left_out() -> None:
    unit = Item(Path("tests/extraction/test_clauses.py"))
    marked = Item(Path("tests/mail/test_outbox.py"), markers={"django_db": object()})
    fixture = Item(Path("tests/test_home.py"), ("client_for", "django_db_setup"))
    servers = Item(Path("tests/reliability/test_import_under_load.py"), ("tmp_path",))
    kept, left = split_by_database_use([unit, marked, fixture, servers])
    assert kept == [marked, fixture, servers]
    assert left == [unit]
