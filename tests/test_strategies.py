"""factrecon.strategies: what it draws is read back as drawn, it shrinks well, it rejects bad arguments.

Hundreds of examples per strategy (the ``ci`` profile runs 200 per test and
language) go through parse_number and find_quantities.
"""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import factrecon as fr
from factrecon.lang.data import load
from factrecon.lang.registry import read_lang
from factrecon.model import Qualifier, Verdict
from factrecon.strategies import (
    FORMS,
    Phrase,
    WrittenNumber,
    article_sets,
    claims,
    languages,
    numbers,
    quantities,
)

LANGS = ("kk", "uz-Cyrl")


def minimal(strategy, condition):
    """The simplest example satisfying *condition* (hypothesis.find, without the example database).

    Without database=None, find() replays what an earlier find() with another lambda saved;
    derandomize makes the search, and so the example it shrinks from, the same on every run.
    """
    return find(strategy, condition, settings=settings(database=None, max_examples=2000, derandomize=True))




# --------------------------------------------------------------------------- numbers


@pytest.mark.parametrize("lang", LANGS)
@given(data=st.data())
def test_parse_number_reads_every_drawn_number(lang, data):
    """parse_number gives back the value of every written form, suffix or not."""
    w = data.draw(numbers(lang))
    assert fr.parse_number(w.text, lang) == w.value


@pytest.mark.parametrize("lang", LANGS)
@given(data=st.data())
def test_find_quantities_reads_every_drawn_number_whole(lang, data):
    """find_quantities finds the whole figure (suffix included), with its value and precision."""
    w = data.draw(numbers(lang).filter(lambda w: w.form != "words" or len(w.text.split()) > 1 or w.value > 1))
    found = fr.find_quantities(w.text, lang)
    assert [(q.text, q.value, q.precision) for q in found] == [(w.text, w.value, w.precision)]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("form", FORMS)
def test_every_form_is_drawn(lang, form):
    """Each form can be asked for on its own and is drawn (for a value it can write)."""
    w = minimal(numbers(lang, forms=[form], suffixes=False), lambda w: w.form == form)
    assert fr.parse_number(w.text, lang) == w.value


# Kazakh vowel harmony after digits, language-resources.md §C4 (from apertium-kaz numerals.yaml)
HARMONY = [
    (1, "acc", "1-ді"), (2, "acc", "2-ні"), (7, "px3", "7-сі"), (5, "acc", "5-ті"), (5, "dat", "5-ке"),
    (70, "abl", "70-тен"), (6, "dat", "6-ға"), (20, "acc", "20-ны"), (8, "abl", "8-ден"), (50, "dat", "50-ге"),
    (100, "loc", "100-де"), (80, "abl", "80-нен"), (9, "acc", "9-ды"), (30, "abl", "30-дан"), (10, "abl", "10-нан"),
    (90, "dat", "90-ға"), (2000, "abl", "2000-нан"), (40, "abl", "40-тан"), (60, "dat", "60-қа"), (3, "px3", "3-і"),
    (6, "px3", "6-сы"), (9, "px3", "9-ы"), (1_000_000, "abl", "1000000-нан"), (1_000_000_000, "dat", "1000000000-қа"),
]


@pytest.mark.parametrize(("value", "case", "text"), HARMONY)
def test_kazakh_suffix_harmony_on_digits(value, case, text):
    """The ending after digits follows the last spoken word (§C4), from the [harmony] table."""
    w = minimal(numbers("kk", value, value, forms=["digits"]), lambda w: w.case == case and "-" in w.text)
    assert w.text == text


@pytest.mark.parametrize(
    ("value", "form", "case", "text"),
    [
        (5_000_000_000, "abbreviated", "dat", "5 млрд-қа"),
        (2_500_000, "abbreviated", "abl", "2,5 млн-нан"),
        (1000, "words", "abl", "мыңнан"),
        (30, "words", "abl", "отыздан"),
        (5, "words", "sim", "бестей"),
        (80, "words", "gen", "сексеннің"),
    ],
)
def test_kazakh_suffix_harmony_on_words_and_abbreviations(value, form, case, text):
    w = minimal(numbers("kk", value, value, forms=[form]), lambda w: w.case == case)
    assert w.text == text


def test_uzbek_dative_after_k_and_q():
    """Uzbek has no harmony, but the dative is -ка after к and -қа after қ."""
    assert minimal(numbers("uz-Cyrl", 50, 50, forms=["words"]), lambda w: w.case == "dat").text == "элликка"
    assert minimal(numbers("uz-Cyrl", 40, 40, forms=["words"]), lambda w: w.case == "dat").text == "қирққа"
    assert minimal(numbers("uz-Cyrl", 30, 30, forms=["words"]), lambda w: w.case == "dat").text == "ўттизга"


@pytest.mark.parametrize("lang", LANGS)
def test_harmony_table_uses_only_endings_the_recogniser_knows(lang):
    """Every ending in [harmony] is listed in its suffix family, so recognition accepts what we write."""
    raw = read_lang(lang, "numbers")
    families = raw["suffixes"]
    for name, endings in raw["harmony"]["classes"].items():
        for family, ending in endings.items():
            assert ending in families[family], (lang, name, family, ending)
    assert set(raw["harmony"]["words"].values()) <= set(raw["harmony"]["classes"])


def test_every_kazakh_number_word_has_a_harmony_class():
    raw = read_lang("kk", "numbers")
    data = load("kk")
    spoken = {w for role in ("digit", "ten", "hundred", "scale") for w in data.numbers[role]}
    assert spoken <= set(raw["harmony"]["words"])


CONTEXTS = {
    "kk": [("", ""), ("", "доллар"), ("кемінде", ""), ("шамамен", "теңге"), ("", "пайыз"), ("ең көбі", "тонна")],
    "uz-Cyrl": [("", ""), ("", "доллар"), ("камида", ""), ("тахминан", "сўм"), ("", "фоиз"), ("қарийб", "тонна")],
}


def _reading(text, lang):
    found = fr.find_quantities(text, lang)
    assert len(found) == 1, (text, found)
    q = found[0]
    return q.value, q.low, q.high, q.low_inclusive, q.high_inclusive, q.qualifier, q.approx, q.unit, q.change


@pytest.mark.parametrize("lang", LANGS)
@given(data=st.data())
def test_a_figure_written_in_another_form_reads_the_same(lang, data):
    """Rewriting a figure in another form (digits, words, млн, ...) changes nothing at the quantity level.

    Only the span and the precision may change (``2,5 млн`` is written to 1E+5, ``2 500 000`` to 1).
    """
    first = data.draw(numbers(lang, suffixes=False), label="first")
    other = data.draw(numbers(lang, first.value, first.value, suffixes=False), label="other")
    before, unit = data.draw(st.sampled_from(CONTEXTS[lang]), label="context")
    lone = [w for w in (first, other) if w.form == "words" and len(w.text.split()) == 1 and w.value <= 1]
    if lone:
        return  # a lone бір/нөл in words is never a quantity, even before a unit (reported: "бір пайыз")

    def phrase(w):
        return " ".join(part for part in (before, w.text, unit) if part)

    assert _reading(phrase(first), lang) == _reading(phrase(other), lang)


# --------------------------------------------------------------------------- quantities


@pytest.mark.parametrize("lang", LANGS)
@given(data=st.data())
def test_find_quantities_reads_every_drawn_phrase(lang, data):
    """Every drawn phrase yields exactly its expected Quantity: span, value, bounds, precision, unit, change."""
    p = data.draw(quantities(lang))
    assert fr.find_quantities(p.text, lang) == [p.expected]


@given(st.from_type(fr.Quantity))
def test_quantity_is_registered_with_from_type(q):
    """The entry point registered quantities(): st.from_type(Quantity) draws quantities read from text."""
    assert isinstance(q, fr.Quantity)
    assert fr.find_quantities(q.text, q.lang)[0].value == q.value


@given(st.from_type(fr.Claim))
def test_claim_is_registered_with_from_type(c):
    assert isinstance(c, fr.Claim)
    assert c.quantity.lang == c.lang


@given(st.lists(claims(), min_size=1, max_size=6, unique_by=lambda c: (c.doc_id, c.id)))
def test_drawn_claims_reconcile(cs):
    """Claims go straight into reconcile; every claim lands in the report."""
    report = fr.reconcile(cs)
    assert {c.id for c in report.claims} == {c.id for c in cs}


# --------------------------------------------------------------------------- shrinking


def test_numbers_shrink_to_zero_in_digits_without_suffix():
    assert minimal(numbers("kk"), lambda w: True) == WrittenNumber(Decimal(0), "0", "kk", "digits", Decimal(1), "")


def test_a_failing_predicate_shrinks_to_a_minimal_number():
    """A parser that forgets NBSP-grouped digits fails; the failure shrinks to the smallest such figure."""

    def naive(text: str) -> Decimal:
        return Decimal(text.replace(" ", "").replace(",", "."))

    def fails(w: WrittenNumber) -> bool:
        try:
            return naive(w.text) != w.value
        except ArithmeticError:
            return True

    w = minimal(numbers("kk", forms=["digits"], suffixes=False), fails)
    assert w.text == "1\u00a0000"
    assert w.value == 1000


def test_a_suffix_shrinks_to_the_simplest_number_that_takes_it():
    w = minimal(numbers("kk"), lambda w: w.case == "abl")
    assert w.text == "0-ден"


def test_quantities_shrink_to_a_bare_zero():
    p = minimal(quantities(), lambda p: True)
    assert p.text == "0"
    assert p.expected.qualifier is Qualifier.EXACT


def test_a_qualifier_shrinks_to_its_simplest_phrase():
    p = minimal(quantities("kk"), lambda p: p.expected.qualifier is Qualifier.MORE_THAN)
    assert p.text == "0-ден астам"


def test_article_sets_shrink_to_two_kazakh_documents_and_one_fact():
    a = minimal(article_sets(), lambda a: True)
    assert [d.lang for d in a.documents] == ["kk", "kk"]
    assert len(a.facts) == 1
    assert a.facts[0].verdict is Verdict.CONSISTENT
    lead = "Бұл туралы ақпарат агенттігінің тілшісі хабарлады."  # the first outlet's line (kk/strategies.toml)
    assert a.documents[0].text == f"Жаңалықтар\n\n{lead}\n\nБиыл 2 жоба іске асырылды.\n"


def test_an_injected_conflict_shrinks_to_a_small_pair():
    """Shrinking finds a small conflict: one injected fact, its figures the smallest count and four times it.

    (The shrinker usually reaches two documents and one fact; it may stop at three, so that is not asserted.)
    """
    a = minimal(article_sets(), lambda a: any(f.verdict is Verdict.CONFLICT for f in a.facts))
    assert len(a.documents) <= 3
    assert len(a.injected) == 1
    assert all(len(d.text) < 300 for d in a.documents)
    texts = " ".join(d.text for d in a.documents)
    assert ("2 жоба" in texts and "8 жоба" in texts) or a.injected[0].measure != "project"


# --------------------------------------------------------------------------- arguments


@pytest.mark.parametrize(
    "strategy",
    [
        numbers("en"),
        numbers("kk", 5, 2),
        numbers("kk", -1),
        numbers("kk", max_value=10**18),
        numbers("kk", forms=["roman"]),
        numbers("kk", forms="digits"),
        numbers("kk", forms=[]),
        numbers("kk", places=3),
        numbers("kk", 1.5),  # type: ignore[arg-type]
        quantities("kk", units=["parsec"]),
        quantities("kk", qualifiers=[]),
        claims(languages="kk"),  # type: ignore[arg-type]
        claims(doc_ids=["a"]),  # type: ignore[arg-type]
        article_sets(min_documents=1),
        article_sets(max_facts=0),
        article_sets(languages=("kk",)),  # type: ignore[arg-type]
    ],
)
def test_bad_arguments_raise_invalid_argument_at_draw_time(strategy):
    """Arguments are checked when the strategy is drawn from, not when it is built."""
    with pytest.raises(InvalidArgument):
        minimal(strategy, lambda x: True)


def test_languages():
    assert minimal(languages(), lambda t: True) == "kk"
    assert minimal(languages(), lambda t: t != "kk") == "ru"  # the tags in order (SUPPORTED)
    assert minimal(languages(), lambda t: t not in ("kk", "ru")) == "uz-Cyrl"


def test_phrase_lang():
    p = minimal(quantities("uz-Cyrl"), lambda p: True)
    assert isinstance(p, Phrase)
    assert p.lang == "uz-Cyrl"


def test_import_factrecon_does_not_import_hypothesis():
    """Only an explicit import of factrecon.strategies (or hypothesis's entry point) loads hypothesis."""
    code = (
        "import sys, factrecon; "
        "assert 'hypothesis' not in sys.modules, 'hypothesis'; "
        "assert 'factrecon.strategies' not in sys.modules, 'strategies'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# --------------------------------------------------------------------------- recogniser gaps (reported)


@pytest.mark.parametrize("text", ["5 млрд-қа", "6 млн-ға", "1 тыс-ды"])
def test_parse_number_reads_a_hyphenated_suffix_on_an_abbreviation(text):
    assert fr.parse_number(text, "kk") > 0


@pytest.mark.parametrize("text", ["534 га", "0 гача", "30 дан"])
def test_parse_number_reads_an_uzbek_suffix_written_apart(text):
    assert fr.parse_number(text, "uz-Cyrl") == Decimal(text.split()[0])


@pytest.mark.parametrize("text", ["40 доллардай", "10 пайыздай"])
def test_find_quantities_reads_the_similative_on_a_unit_word(text):
    (q,) = fr.find_quantities(text, "kk")
    assert q.text == text
    assert q.qualifier is Qualifier.ABOUT


# --------------------------------------------------------------------------- the plugin, in fresh interpreters

_DRAW = (
    "import hypothesis.strategies as st, factrecon as fr; "
    "q = st.from_type(fr.Quantity).example(); c = st.from_type(fr.Claim).example(); "
    "assert isinstance(q, fr.Quantity) and isinstance(c, fr.Claim), (q, c)"
)


@pytest.mark.parametrize(
    "imports",
    [
        "from factrecon.strategies import numbers",  # the case: strategies first, hypothesis through it
        "import hypothesis; from factrecon.strategies import numbers",
        "import factrecon; import hypothesis",
        "import hypothesis; import factrecon",
        "import hypothesis.strategies; import factrecon.model",
    ],
)
def test_strategies_import_and_from_type_work_in_any_order(imports):
    """A fresh interpreter each time: pytest has imported hypothesis long before, which hid the circular import."""
    run = subprocess.run([sys.executable, "-c", f"{imports}; {_DRAW}"], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr


def test_the_plugin_costs_the_import_of_hypothesis_nothing():
    """Loading the entry point imports no part of factrecon: its only module is a few lines with no imports."""
    code = (
        "import sys; before = set(sys.modules); import hypothesis; "
        "new = sorted(m for m in set(sys.modules) - before if 'factrecon' in m); print(new)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "['_factrecon_hypothesis']"


def test_factrecon_has_a_version_from_its_metadata():
    from importlib.metadata import version

    assert fr.__version__ == version("factrecon")
    assert fr.__version__[0].isdigit()
