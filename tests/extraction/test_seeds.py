"""The extractor scored on the seed reports with the shared scorer, when ../shared is present
(it is in CI and on developers' machines; a clone elsewhere says it skipped)."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
GOLD = SHARED / "eval" / "gold"
SCORER = SHARED / "eval" / "score_extraction.py"

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason=f"no shared scorer at {SCORER}")


def test_seed_reports_score_above_the_bar(tmp_path: Path) -> None:
    reports = [SHARED / "seeds" / f"{gold.stem}.txt" for gold in sorted(GOLD.glob("*.json"))]
    call_command("extract", "--out", str(tmp_path), *map(str, reports))
    result = subprocess.run(
        [sys.executable, str(SCORER), "--gold", str(GOLD), "--pred", str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    scores = dict(re.findall(r"(\w+)=([\d.]+)", result.stdout.strip().splitlines()[-1]))
    assert float(scores["decision_f1"]) >= 0.95, result.stdout
    assert float(scores["field_acc"]) >= 0.95, result.stdout
    assert float(scores["meeting_acc"]) >= 0.9, result.stdout
    for path in tmp_path.glob("*.json"):
        assert json.loads(path.read_text())["schema"] == "neaspec-extract/1"
