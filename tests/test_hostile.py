"""Hostile input: what a careless user or an attacker can feed factrecon, and what it must do then.

Time is linear in the input (ratios between n and 2n, never absolute limits);
every error is a documented one; nothing printed on a terminal can drive it.
"""

from __future__ import annotations

import re
from typing import Any

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


# --------------------------------------------------------------------------- one long sentence of counts

_SENTENCE_UNITS = {"dashes": "1-", "spaces": "1 ", "commas": "1,", "thousands": "5 мың ", "conjunctions": "7 және "}


def _items_read(monkeypatch: pytest.MonkeyPatch, text: str) -> int:
    """How many words and quantities the claim reader's range look-ups hand back for *text*, in all."""
    from factrecon.claims import _Reader

    seen = [0]
    for name in ("words_in", "quantities_in", "nouns_in"):
        original = getattr(_Reader, name)

        def counted(self: _Reader, start: int, end: int, _original: Any = original) -> list[object]:
            found: list[object] = _original(self, start, end)
            seen[0] += len(found)
            return found

        monkeypatch.setattr(_Reader, name, counted)
    fr.extract_claims(fr.Document(text, id="t", lang="kk"))
    monkeypatch.undo()
    return seen[0]


@pytest.mark.parametrize("unit", list(_SENTENCE_UNITS.values()), ids=list(_SENTENCE_UNITS))
def test_claims_in_one_long_sentence_read_a_bounded_window_per_count(
    monkeypatch: pytest.MonkeyPatch, unit: str
) -> None:
    # the work, counted (deterministic): doubling the sentence doubles what is looked at
    n = 1000
    small, double = _items_read(monkeypatch, unit * n), _items_read(monkeypatch, unit * 2 * n)
    assert double <= 2.2 * small, (small, double)
    assert small <= 1000 * n  # a bounded window per count (the clause reach), not the rest of the sentence


@pytest.mark.parametrize("unit", ["1-", "5 мың "], ids=["dashes", "thousands"])
def test_claims_time_is_linear_in_one_long_sentence(unit: str) -> None:
    def best(n: int) -> float:
        doc = fr.Document(unit * n, id="t", lang="kk")
        return best_seconds(lambda: fr.extract_claims(doc))

    t1, t2 = best(3000), best(6000)
    assert t2 < _RATIO * t1 + 0.02, f"{t1:.4f}s for n, {t2:.4f}s for 2n"
