"""The two rounding policies (docs/explanation/verdicts.md, "Rounding policies")."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factrecon as fr
from claim_factory import claim, qty
from factrecon.errors import InputTypeError
from factrecon.model import Verdict
from factrecon.readings import read
from factrecon.reconcile import Reconciler


def _verdict(a: str, b: str, rounding: str, precision: str = "1E+5") -> Verdict:
    one = claim("a", qty(a, precision=precision, unit="t"), "harvest", year=2025, status="completed")
    two = claim("b", qty(b, precision="1E+5", unit="t", start=5), "harvest", year=2025, status="completed")
    (fact,) = fr.reconcile([one, two], rounding=rounding).facts
    return fact.verdict


def test_lenient_lets_a_round_figure_hide_anything_within_half_its_step() -> None:
    # "1 млн" against 1,4 million; "300 мың" against 250 thousand
    assert _verdict("1E+6", "1.4E+6", "lenient", precision="1E+6") is Verdict.CONSISTENT
    assert _verdict("3E+5", "2.5E+5", "lenient", precision="1E+3") is Verdict.CONSISTENT


def test_strict_lets_a_round_figure_stand_for_itself() -> None:
    assert _verdict("1E+6", "1.4E+6", "strict", precision="1E+6") is Verdict.CONFLICT
    assert _verdict("3E+5", "2.5E+5", "strict", precision="1E+3") is Verdict.CONFLICT
    # within the band of its second significant digit it still agrees: 1 million and 1,04 million
    assert _verdict("1E+6", "1.04E+6", "strict", precision="1E+6") is Verdict.CONSISTENT


@settings(max_examples=80, deadline=None)
@given(st.integers(1, 999), st.integers(0, 9))
def test_strict_never_reads_wider_than_lenient(mantissa: int, exponent: int) -> None:
    q = qty(f"{mantissa}E+{exponent}", precision=f"1E+{exponent}")
    lenient, strict = read(q).stated, read(q, rounding="strict").stated
    assert None not in (lenient.low, lenient.high, strict.low, strict.high)
    assert lenient.low <= strict.low <= strict.high <= lenient.high  # type: ignore[operator]


def test_the_policy_is_checked() -> None:
    with pytest.raises(InputTypeError):
        fr.reconcile([], rounding="loose")
    with pytest.raises(InputTypeError):
        Reconciler(rounding="loose")


def test_the_cli_takes_the_policy(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(" date 2025-11-12 Жаңалық\n2025 жылы облыста 1 млн тонна астық жиналды.\n", encoding="utf-8")
    b.write_text(" date 2025-11-12 Жаңалық\n2025 жылы облыста 1,4 млн тонна астық жиналды.\n", encoding="utf-8")
    verdicts = {}
    for policy in ("lenient", "strict"):
        out = subprocess.run(
            [sys.executable, "-m", "factrecon.cli", "check", str(a), str(b), "--format", "json", "--rounding", policy],
            capture_output=True, text=True, check=False,
        )
        verdicts[policy] = [f["verdict"] for f in json.loads(out.stdout)["facts"]]
    assert verdicts == {"lenient": ["consistent"], "strict": ["conflict"]}
