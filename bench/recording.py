"""Where every benchmark writes its figures: bench/results/<date>-<host>-<kind>.json, with the
machine they were measured on."""

import json
import os
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"


def record(kind: str, figures: dict[str, Any]) -> Path:
    now = datetime.now(UTC)
    result = {
        "date": now.isoformat(timespec="seconds"),
        "machine": {
            "host": platform.node(),
            "python": sys.version.split()[0],
            "cpu_count": os.cpu_count(),
            "platform": platform.platform(),
        },
        **figures,
    }
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"{now:%Y-%m-%d}-{platform.node() or 'host'}-{kind}.json"
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print(f"written {out.relative_to(RESULTS.parent.parent)}")
    return out
