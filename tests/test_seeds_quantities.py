"""The seed articles against ../shared/seed-gold, scored by the shared scorer; and our own held-out cases."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORER = SHARED / "tools" / "score_quantities.py"


def _score(*args: str) -> tuple[float, float, float, str]:
    run = subprocess.run([sys.executable, str(SCORER), *args], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    m = re.search(r"quantities: recall ([\d.]+) precision ([\d.]+) f1 ([\d.]+)", run.stdout)
    assert m, run.stdout
    return float(m[1]), float(m[2]), float(m[3]), run.stdout


needs_scorer = pytest.mark.skipif(not SCORER.exists(), reason="../shared (the scorer and the seed gold) is absent")


@pytest.mark.seeds
@needs_scorer
def test_seed_articles() -> None:
    recall, _, f1, out = _score("--show")
    assert f1 >= 0.97, out
    assert recall >= 0.97, out


@needs_scorer
@pytest.mark.parametrize("name", ["cases-kk.jsonl", "cases-uz-Cyrl.jsonl", "cases-uz-Latn.jsonl", "cases-ru.jsonl"])
def test_held_out_cases(name: str) -> None:
    _, _, f1, out = _score(str(HERE / "data" / name), "--show")
    assert f1 >= 0.95, out
