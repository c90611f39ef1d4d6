"""Work a stopped worker left unfinished, queued again.

Each app that runs background work registers how to find its stranded work (a document left
"reading", an import left half way); `neaspec serve` sweeps them every minute and
`neaspec requeue_stale` does it once."""

import datetime
from collections.abc import Callable, Sequence
from typing import Any

Sweep = Callable[..., Sequence[Any]]  # (older_than=timedelta) -> what was queued again
_SWEEPS: dict[str, Sweep] = {}


def register(what: str, sweep: Sweep) -> None:
    """`what` names the work in the sweep's report ("document(s) queued again for reading")."""
    _SWEEPS[what] = sweep


def sweep_all(*, older_than: datetime.timedelta) -> dict[str, list[str]]:
    """Queue again what has made no progress for `older_than`; names of what was, by kind."""
    return {
        what: [str(item) for item in sweep(older_than=older_than)]
        for what, sweep in _SWEEPS.items()
    }
