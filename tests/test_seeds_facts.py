"""The seed articles scored by ../shared/tools/score_facts.py (skipped when ../shared is absent)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORER = SHARED / "tools" / "score_facts.py"
ROOT = Path(__file__).resolve().parents[1]

pytestmark = [
    pytest.mark.seeds,
    pytest.mark.skipif(not SCORER.exists(), reason="../shared (seed articles and gold) is absent"),
    pytest.mark.skipif(not (ROOT / "src" / "factrecon" / "claims.py").exists(), reason="claims have not landed"),
]

# The scorer calls factrecon.read_document and factrecon.reconcile; bind them here so the test
# does not depend on what factrecon/__init__.py exports yet.
SHIM = """
import runpy, sys
import factrecon
from factrecon.document import read_document
from factrecon.reconcile import reconcile
factrecon.read_document = read_document
factrecon.reconcile = reconcile
sys.argv = [sys.argv[1]]
runpy.run_path(sys.argv[0], run_name="__main__")
"""

LAST = re.compile(
    r"facts: pair-f1 (?P<f1>[\d.]+) verdicts (?P<right>\d+)/(?P<total>\d+) findings-precision (?P<p>[\d.]+) "
    r"findings-recall (?P<r>[\d.]+) false-alarms (?P<alarms>\d+)"
)


def test_seed_facts_meet_the_thresholds() -> None:
    run = subprocess.run([sys.executable, "-c", SHIM, str(SCORER)], capture_output=True, text=True, check=False)
    found = LAST.search(run.stdout)
    assert found, run.stdout + run.stderr
    got = found.groupdict()
    assert float(got["f1"]) >= 0.9, run.stdout
    assert int(got["right"]) >= int(got["total"]) - 1, run.stdout
    assert float(got["p"]) >= 0.9, run.stdout
    assert float(got["r"]) == 1.0, run.stdout
    assert int(got["alarms"]) == 0, run.stdout
