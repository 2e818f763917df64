"""Hostile input: what a careless user or an attacker can feed factrecon, and what it must do then.

Time is linear in the input (ratios between n and 2n, never absolute limits);
every error is a documented one; nothing printed on a terminal can drive it.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factrecon as fr
from factrecon.document import _END, sentences
from timing import best_seconds

# the ratio every linear-time guard allows between 2n and n (a quadratic step gives 4)
_RATIO = 3.5

# --------------------------------------------------------------------------- sentences


@pytest.mark.parametrize("unit", [".", "!?", "…", "!", "?", ".»", "! ", ". ", "...\n"], ids=repr)
def test_sentence_splitting_is_linear_on_runs_of_marks(unit: str) -> None:
    small = "Биыл " + unit * (20_000 // len(unit)) + " жоба"
    double = "Биыл " + unit * (40_000 // len(unit)) + " жоба"
    t1 = best_seconds(lambda: sentences(small))
    t2 = best_seconds(lambda: sentences(double))
    assert t2 < _RATIO * t1 + 0.02, f"{t1:.4f}s for n, {t2:.4f}s for 2n"


def test_claims_are_linear_on_a_dotted_line() -> None:
    def best(n: int) -> float:
        doc = fr.Document("Биыл 30 жоба. " + "." * n + " Тағы 40 жоба.", id="t", lang="kk")
        return best_seconds(lambda: fr.extract_claims(doc))

    t1, t2 = best(20_000), best(40_000)
    assert t2 < _RATIO * t1 + 0.02, f"{t1:.4f}s for n, {t2:.4f}s for 2n"


# the sentence-end pattern before it was made linear: the reference for the one that replaced it
_BACKTRACKING_END = re.compile(r"[.!?…]+[»\"”’)\]]*(?=\s+[«\"“—–\-(\[A-ZА-ЯЁӘҒҚҢӨҰҮҺІЎҲ\d])|\n+")


@given(st.text(alphabet=".!?…»\")] \n\tАаZ5«—-", max_size=40))
def test_the_linear_sentence_end_finds_what_the_backtracking_one_found(text: str) -> None:
    assert [m.span() for m in _END.finditer(text)] == [m.span() for m in _BACKTRACKING_END.finditer(text)]
