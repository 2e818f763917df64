"""The measure key as a record (factrecon.MeasureKey): one grammar, written and read back.

A claim's ``measure`` stays the string reports, gold files and users compare; the
record is how the code builds and reads it. The texts are our own; the corpora
under ../shared are read when present (skipped when absent).
"""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factrecon as fr
from factrecon.lexicon import lexicon, measure_name
from factrecon.model import ASPECT, INSTANCE, PART, STEM

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

_CONCEPTS = sorted(lexicon().concepts)
# a concept id of the lexicon, or the "~" stem of a noun outside it (letters of the shared Latin key)
_names = st.sampled_from(_CONCEPTS) | st.text(string.ascii_lowercase, min_size=1, max_size=7).map(STEM.__add__)
keys = st.builds(
    fr.MeasureKey,
    concept=_names,
    instance=st.none() | st.integers(min_value=0, max_value=10**4),
    aspects=st.lists(st.sampled_from(fr.MeasureAspect), max_size=3).map(tuple),
    parts=st.lists(_names, max_size=3).map(tuple),
)


@given(keys)
def test_a_key_written_reads_back_as_the_same_record(key: fr.MeasureKey) -> None:
    assert fr.MeasureKey.parse(str(key)) == key


@given(keys)
def test_the_whole_is_the_key_up_to_its_first_part(key: fr.MeasureKey) -> None:
    assert str(key.whole) == str(key).split(PART)[0]
    assert key.bare == (str(key.whole) == key.concept)


@pytest.mark.parametrize(
    ("written", "record"),
    [
        ("project", fr.MeasureKey("project")),
        ("project_value", fr.MeasureKey("project", aspects=(fr.MeasureAspect.VALUE,))),
        ("forum#21", fr.MeasureKey("forum", 21)),
        ("~kombayn", fr.MeasureKey("~kombayn")),
        ("population>urban", fr.MeasureKey("population", parts=("urban",))),
        ("housing_change>multi_apartment",
         fr.MeasureKey("housing", aspects=(fr.MeasureAspect.CHANGE,), parts=("multi_apartment",))),
        ("~polugod#1>part", fr.MeasureKey("~polugod", 1, parts=("part",))),
        ("export>~mayiz", fr.MeasureKey("export", parts=("~mayiz",))),
        ("value", fr.MeasureKey("value")),  # the concept "value" is no aspect
        ("housing_over_plan", fr.MeasureKey("housing", aspects=(fr.MeasureAspect.OVER_PLAN,))),  # not "_plan"
        ("cotton_plan", fr.MeasureKey("cotton", aspects=(fr.MeasureAspect.PLAN,))),
        ("oil>daily", fr.MeasureKey("oil", parts=("daily",))),
        ("trade_turnover_change", fr.MeasureKey("trade_turnover", aspects=(fr.MeasureAspect.CHANGE,))),
    ],
)
def test_the_keys_claims_carry_read_field_by_field(written: str, record: fr.MeasureKey) -> None:
    assert fr.MeasureKey.parse(written) == record
    assert str(record) == written


def test_aspects_stack_in_order_and_parts_come_last() -> None:
    key = fr.MeasureKey("project").with_aspect(fr.MeasureAspect.VALUE).with_aspect(fr.MeasureAspect.CHANGE)
    assert str(key) == "project_value_change"
    # an aspect added to a key with a part is the whole's: written before the part
    assert str(fr.MeasureKey("inflation", parts=("food",)).with_aspect(fr.MeasureAspect.GAP)) == "inflation_gap>food"
    assert str(fr.MeasureKey("inflation").with_part("monthly").with_part("food")) == "inflation>monthly>food"


def test_no_concept_id_reads_as_a_key_with_marks_or_an_aspect() -> None:
    """The grammar is unambiguous only while no concept id holds a mark or ends like an aspect."""
    for concept in _CONCEPTS:
        assert not any(mark in concept for mark in (STEM, INSTANCE, PART)), concept
        assert not any(concept.endswith(ASPECT + a.value) for a in fr.MeasureAspect), concept
        assert fr.MeasureKey.parse(concept) == fr.MeasureKey(concept)


def test_a_claim_reads_its_measure_as_a_record() -> None:
    doc = fr.Document("Биыл 4,4 млрд долларға 14 жоба іске асты.", id="t", lang="kk")
    by_text = {c.quantity.text: c for c in fr.extract_claims(doc)}
    money = by_text["4,4 млрд долларға"]
    assert money.measure == "project_value"
    assert money.measure_key == fr.MeasureKey("project", aspects=(fr.MeasureAspect.VALUE,))
    assert fr.Claim("c", "d", money.quantity, "").measure_key is None


def test_a_part_of_an_instance_is_named_after_it() -> None:
    assert measure_name("forum#21>daily") == f"{measure_name('forum#21')}: {measure_name('daily')}"
    assert measure_name("inflation>monthly>food") == (
        f"{measure_name('inflation')}: {measure_name('monthly')}: {measure_name('food')}")


def _corpus_files() -> list[Path]:
    found = sorted((ROOT / "examples" / "corpus").glob("*.txt"))
    for folder, pattern in ((SHARED / "dev-corpus", "*.txt"), (SHARED / "seeds", "*")):
        found += sorted(folder.glob(pattern))
    return found


def test_every_measure_the_corpora_give_reads_back_as_written() -> None:
    seen = {c.measure for path in _corpus_files() for c in fr.extract_claims(fr.read_document(path))}
    assert {"project", "project_value", "forum#21"} <= seen
    for measure in seen:
        assert str(fr.MeasureKey.parse(measure)) == measure
