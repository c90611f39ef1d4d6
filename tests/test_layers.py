"""The layers: an app imports only the apps it builds on (DESIGN.md §2, docs/architecture.md).

`LAYERS` is the one declaration of the order, lowest first. Every module under `src/neaspec`
belongs to the longest unit of `LAYERS` that names it (`neaspec.accounts.models` before
`neaspec.accounts`, and `neaspec` — the core — for whatever no longer unit claims). A module
may import its own unit and the units of lower layers; importing a unit of its own layer or of a
higher one fails here, naming the file and the line. Every `import` and `from … import` counts,
at the top of a module or inside a function, relative ones resolved; nothing is left out (not
even `if TYPE_CHECKING:` blocks). Where a lower page must show something of a higher app, the
higher app plugs into a registry of the lower one instead (`directory/profile.py`,
`neaspec/workspace.py`, `meetings/pages.py`, `library.services.when_report_ready`,
`translations.selectors.read_through`).
"""

import ast
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "neaspec"

LAYERS: list[tuple[str, ...]] = [
    # Who acts and what a grant allows (the account, its roles and grants; the predicates):
    # the core's audit trail, admin and home page registry ask them.
    ("neaspec.accounts.models",),
    ("neaspec.accounts.rules",),
    # The core: the modules directly under src/neaspec (audit, workspace, paging, multilingual,
    # sourcing, sweeps ...) and its packages: the API's error shape, paging and parameters, the
    # reference data loader, the template tags.
    ("neaspec",),
    # The rest of the accounts: sign-in, two-factor, tokens, their services and pages.
    ("neaspec.accounts",),
    # Cross-cutting: the content apps register their translatable fields and who may read their
    # records (translations), send through the outbox (mail), register their kinds of file
    # (imports).
    ("neaspec.translations", "neaspec.mail", "neaspec.imports"),
    ("neaspec.directory",),
    ("neaspec.meetings", "neaspec.people"),
    ("neaspec.programme", "neaspec.finance"),
    ("neaspec.library",),
    ("neaspec.decisions",),
    ("neaspec.extraction", "neaspec.consultations", "neaspec.projects"),
    # The meeting recorded as it happens reads a draft as the extraction reads a report.
    ("neaspec.networks", "neaspec.proceedings"),
    # What reads every app, and what assembles them; nothing imports these but the URLs.
    ("neaspec.reports",),
    ("neaspec.api.root", "neaspec.management"),
    ("neaspec.urls",),
]

# Imports that go up although they should not, each with why it is still there. The test fails
# when one of them is gone, so that it is removed from here too.
KNOWN: dict[tuple[str, str], str] = {}


@dataclass(frozen=True)
class Import:
    path: str  # relative to src/neaspec
    line: int
    module: str  # the module imported, or the name imported from it ("neaspec.audit.save_audited")


def _module_name(path: Path) -> str:
    parts = ("neaspec", *path.relative_to(PACKAGE).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, text: str | None = None) -> list[Import]:
    """Every import of neaspec in the module at `path` (whose text is `text`, when given)."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    relative = str(path.relative_to(PACKAGE))
    found = []
    tree = ast.parse(path.read_text() if text is None else text, filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                start = f"{base}.{node.module}" if node.module else base
            else:
                start = node.module or ""
            targets = [f"{start}.{alias.name}" for alias in node.names]
        else:
            continue
        found += [Import(relative, node.lineno, t) for t in targets if t.split(".")[0] == "neaspec"]
    return sorted(found, key=lambda i: i.line)


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)


LAYER_OF = {unit: n for n, layer in enumerate(LAYERS) for unit in layer}


def _unit(module: str) -> str:
    """The longest unit of LAYERS that `module` is, or is inside of."""
    return max(
        (u for u in LAYER_OF if module == u or module.startswith(u + ".")),
        key=len,
    )


def _upward() -> list[tuple[Import, str, str]]:
    wrong = []
    for path in _modules():
        own = _unit(_module_name(path))
        for found in _imports(path):
            other = _unit(found.module)
            if other != own and LAYER_OF[other] >= LAYER_OF[own]:
                wrong.append((found, own, other))
    return wrong


def test_every_app_and_package_has_its_place() -> None:
    """An app missing from LAYERS would count as the core; each app is named, once."""
    units = [unit for layer in LAYERS for unit in layer]
    assert len(units) == len(set(units))
    apps = {f"neaspec.{p.parent.name}" for p in PACKAGE.glob("*/apps.py")}
    assert apps <= set(units), f"apps missing from LAYERS: {sorted(apps - set(units))}"
    for unit in units:
        relative = Path(*unit.split(".")[1:])
        assert (PACKAGE / relative).is_dir() or (PACKAGE / relative).with_suffix(".py").is_file()


def test_no_app_imports_an_app_above_it() -> None:
    wrong = [
        f"src/neaspec/{found.path}:{found.line} imports {found.module}: {own} (layer "
        f"{LAYER_OF[own]}) may not import {other} (layer {LAYER_OF[other]})"
        for found, own, other in _upward()
        if (found.path, _module_of_known(found)) not in KNOWN
    ]
    assert not wrong, "\n".join(["Imports against the layers (tests/test_layers.py):", *wrong])


def _module_of_known(found: Import) -> str:
    return next((m for p, m in KNOWN if p == found.path and found.module.startswith(m)), "")


def test_the_known_exceptions_are_still_needed() -> None:
    upward = {(found.path, _module_of_known(found)) for found, _, _ in _upward()}
    assert set(KNOWN) <= upward, f"no longer imported, remove: {sorted(set(KNOWN) - upward)}"


def test_the_check_sees_imports_inside_functions_and_relative_ones() -> None:
    source = (
        "from . import models\n"
        "from ..meetings.models import Meeting\n"
        "def page():\n"
        "    from neaspec.decisions import lines\n"
        "    import neaspec.library.selectors\n"
    )
    found = [(i.line, i.module) for i in _imports(PACKAGE / "meetings" / "views.py", source)]
    assert found == [
        (1, "neaspec.meetings.models"),
        (2, "neaspec.meetings.models.Meeting"),
        (4, "neaspec.decisions.lines"),
        (5, "neaspec.library.selectors"),
    ]
    assert [_unit(module) for _, module in found] == [
        "neaspec.meetings",
        "neaspec.meetings",
        "neaspec.decisions",
        "neaspec.library",
    ]
    assert _unit("neaspec.accounts.rules.require") == "neaspec.accounts.rules"
    assert _unit("neaspec.audit.save_audited") == "neaspec"
