"""Fuzzing with hypothesis: text the web could give us, and the invariants that must hold for all of it.

- No undocumented exception: find_quantities, extract_claims and reconcile
  raise nothing on any str; parse_number raises only NumberParseError; spell
  only UnsupportedNumberError.
- Every span is in bounds and slices the original text back.
- Normalisation is idempotent and its offset map is monotone and in bounds.
- Determinism: the same input gives the same output; reconcile gives the
  same JSON whatever the order of the documents.

The example counts come from the hypothesis profile in tests/conftest.py
(``ci`` by default); ``HYPOTHESIS_PROFILE=thorough`` runs many more. For
longer, coverage-guided runs see fuzz/atheris_harness.py.
"""

from __future__ import annotations

import importlib.util
import json
import random as _random
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import factrecon as fr
from factrecon.errors import UnsupportedNumberError
from factrecon.text import normalize

LANGS = fr.lang.SUPPORTED

KAZAKH = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
UZBEK = "абвгдеёжзийклмнопрстуфхцчшъэюяўқғҳ"
CYRILLIC = "".join(sorted(set(KAZAKH + UZBEK + KAZAKH.upper() + UZBEK.upper())))
LOOKALIKES = "AaBCcEeHKkMOoPpTXxyIiІіlO0З3ХХ"  # Latin letters that look Cyrillic, and back
DIGITS = "0123456789" + "٠١٢٣٤٥٦٧٨٩" + "０１２３"  # ASCII, Arabic-Indic, full-width
PUNCT = ".,;:!?%$₸€₽/()[]«»\"'ʻʼ’‘`@#+*=&_|"
SPACES = " \t\n\r\u00a0\u202f\u2009\u2007\u2006\u200a\u2002\u2003\u3000\u2028\u2029\x85\x0b\x0c"
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
INVISIBLE = (
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u0301"
)
ALPHABET = CYRILLIC + LOOKALIKES + DIGITS + PUNCT + SPACES + DASHES + INVISIBLE

_WORD_LINES = (
    "бір екі үш он жүз мың миллион млн млрд трлн жарым бүтін астам артық кем дейін шамамен жуық",
    "бир икки уч ўн юз минг миллиард ярим ортиқ камида гача тахминан яқин қарийб",
    "доллар теңге сўм рубль евро пайыз фоиз тонна гектар жыл йил жоба лойиҳа жұмыс иш орны ўрин",
    "Қазақстан Ўзбекистон Ресей Россия өсті ўсди асты жетті учун оның онда ХХI XXI -дан -ға -ге -да -та %",
)
WORDS = [word for line in _WORD_LINES for word in line.split()]

# text made of characters, and text made of number-ish words with numbers in between
chars = st.text(alphabet=ALPHABET, max_size=120)
tokens = st.lists(
    st.one_of(
        st.sampled_from(WORDS),
        st.integers(min_value=0, max_value=10**13).map(str),
        st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False).map(lambda d: str(d).replace(".", ",")),
        st.text(alphabet=SPACES + DASHES + INVISIBLE + PUNCT, min_size=1, max_size=2),
    ),
    max_size=30,
)
number_soup = st.tuples(tokens, st.lists(st.sampled_from(" \u00a0\u202f"), min_size=30, max_size=30)).map(
    lambda t: "".join(w + s for w, s in zip(t[0], t[1], strict=False))
)
texts = st.one_of(chars, number_soup)
langs = st.sampled_from(LANGS)

# The hostile cases of tests/test_hostile.py (issue 21), always run first: runs of sentence marks, one
# long sentence of counts, figures past the limits, terminal escapes (fuzz/seeds holds them for atheris).
HOSTILE = (
    "Биыл 30 жоба. " + "." * 3000 + " Тағы 40 жоба.",
    "!?" * 1000 + "…" * 500,
    "1-" * 1500,
    "1 " * 1500,
    "5 мың " * 300,
    "7 та ва " * 300,
    "1" + "0" * 10_000,
    "1" + "0" * 9_990 + " трлн доллар",
    "0," + "0" * 10_000 + "1",
    "7" * 1_001 + ",0",
    "Биыл 30\x1b[2J жоба\x1b]0;x\x07 іске \u202e асырылды",
)


def _hostile(test: Any) -> Any:
    """Run *test* on every hostile text first (with lang None), then on what hypothesis draws."""
    for text in HOSTILE:
        test = example(text, None)(test)
    return test


def _check_spans(text: str, quantities: list[fr.Quantity]) -> None:
    for q in quantities:
        assert 0 <= q.start < q.end <= len(text), q
        assert text[q.start : q.end] == q.text, q
        if q.low is not None and q.high is not None:
            assert q.low <= q.high, q


# --------------------------------------------------------------------------- find_quantities


@given(texts, st.one_of(st.none(), langs))
@_hostile
def test_find_quantities_never_raises_and_spans_slice_back(text: str, lang: str | None) -> None:
    try:
        quantities = fr.find_quantities(text, lang)
    except fr.UnknownLanguageError:
        assert lang is None  # documented: the text's language cannot be told
        return
    _check_spans(text, quantities)
    starts = [q.start for q in quantities]
    assert starts == sorted(starts)
    assert fr.find_quantities(text, lang) == quantities  # deterministic


@given(texts, langs, st.text(alphabet=SPACES + INVISIBLE, max_size=3), st.text(alphabet=SPACES, max_size=3))
def test_spans_survive_a_prefix(text: str, lang: str, prefix: str, suffix: str) -> None:
    # what is read in a text is read at the same place, shifted, inside a longer one
    padded = "Жоба. " + prefix + text + suffix + " Жоба."
    _check_spans(padded, fr.find_quantities(padded, lang))


# --------------------------------------------------------------------------- parse_number and spell


@given(texts, st.one_of(st.none(), langs))
@_hostile
def test_parse_number_raises_only_number_parse_error(text: str, lang: str | None) -> None:
    try:
        value = fr.parse_number(text, lang)
    except fr.NumberParseError:
        return
    except fr.UnknownLanguageError:
        assert lang is None
        return
    assert isinstance(value, Decimal)
    assert value.is_finite()


@given(
    st.one_of(
        st.integers(min_value=-(10**20), max_value=10**20),
        st.decimals(allow_nan=True, allow_infinity=True),
        st.floats(allow_nan=True, allow_infinity=True),
    ),
    langs,
    st.booleans(),
)
@example(Decimal("1E-9999999"), "kk", False)
@example(Decimal("1E+9999999"), "uz-Cyrl", False)
@example(Decimal("-0E-50"), "kk", True)
def test_spell_raises_only_unsupported_number_error(number: int | Decimal | float, lang: str, ordinal: bool) -> None:
    try:
        words = fr.spell(number, lang, ordinal=ordinal)
    except UnsupportedNumberError:
        return
    assert isinstance(words, str)
    assert words
    assert words == words.strip()


@given(st.integers(min_value=-(10**15), max_value=10**15), langs)
def test_spell_reads_back(number: int, lang: str) -> None:
    assert fr.parse_number(fr.spell(number, lang), lang) == number


# --------------------------------------------------------------------------- normalisation


@given(st.one_of(texts, st.text(max_size=80)))
def test_normalize_is_idempotent_with_a_monotone_map(text: str) -> None:
    once = normalize(text)
    assert normalize(once.text).text == once.text
    assert once.original == text
    if once.starts is None or once.ends is None:
        assert len(once.text) == len(text)
        return
    assert len(once.starts) == len(once.ends) == len(once.text)
    previous_start = previous_end = 0
    for start, end in zip(once.starts, once.ends, strict=True):
        assert 0 <= start <= end <= len(text)
        assert start >= previous_start
        assert end >= previous_end
        previous_start, previous_end = start, end
    for i in range(len(once.text) + 1):  # every span maps into the original, in order
        a, b = once.to_original(0, i)
        assert 0 <= a <= b <= len(text)


# --------------------------------------------------------------------------- documents, claims, reports

SENTENCES = (
    "Биыл {n} бірлескен жоба іске асырылды.",
    "Олардың жалпы құны {n} млрд доллардан асады.",
    "Өткен жылы {n} мыңнан астам жұмыс орны ашылды.",
    "Тауар айналымы {n} пайызға өсті.",
    "Жорий йилда {n} та қўшма лойиҳа амалга оширилди.",
    "Уларнинг умумий қиймати {n} миллиард долларни ташкил этади.",
    "{n} мингдан ортиқ иш ўрни яратилди.",
    "Савдо ҳажми {n} фоизга ўсди.",
)

figures = st.one_of(
    st.integers(min_value=1, max_value=999).map(str),
    st.decimals(min_value=1, max_value=99, places=1, allow_nan=False).map(lambda d: str(d).replace(".", ",")),
    st.sampled_from(["отыз", "ўттиз", "он екі", "йигирма беш", "5-6", "ХХI"]),
)


@st.composite
def documents(draw: st.DrawFn, doc_id: str) -> fr.Document:
    parts = draw(
        st.lists(
            st.one_of(st.sampled_from(SENTENCES).map(lambda s: s.format(n=draw(figures))), chars),
            min_size=1,
            max_size=6,
        )
    )
    glue = draw(st.sampled_from([" ", "\n", "\r\n", " \u200b", "\u00a0"]))
    published = draw(st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())))
    lang = draw(st.one_of(st.none(), langs))
    try:
        return fr.Document(glue.join(parts), id=doc_id, lang=lang, published=published)
    except fr.UnknownLanguageError:  # documented for lang=None: the language of the text cannot be told
        return fr.Document(glue.join(parts), id=doc_id, lang=draw(langs), published=published)


@given(documents("a"))
@example(fr.Document("Биыл 30 жоба. " + "." * 3000 + " Тағы 40 жоба.", id="a", lang="kk"))
@example(fr.Document("5 мың " * 300, id="a", lang="kk"))
@example(fr.Document("Қарыз " + "1" + "0" * 10_000 + " доллар, 30 жоба.", id="a", lang="kk"))
def test_extract_claims_never_raises_and_spans_slice_back(doc: fr.Document) -> None:
    claims = fr.extract_claims(doc)
    _check_spans(doc.text, [c.quantity for c in claims])
    for c in claims:
        assert c.doc_id == "a"
        assert 0 <= c.sentence.start <= c.quantity.start < c.quantity.end <= c.sentence.end <= len(doc.text)
    assert fr.extract_claims(doc) == claims


@settings(max_examples=40)
@given(
    st.lists(st.sampled_from("abcdefgh"), min_size=1, max_size=5, unique=True).flatmap(
        lambda ids: st.tuples(*(documents(i) for i in ids))
    ),
    st.randoms(use_true_random=False),
)
def test_reconcile_is_deterministic_and_order_free(docs: tuple[fr.Document, ...], random: _random.Random) -> None:
    report = fr.reconcile(list(docs))
    text = report.to_json()
    json.loads(text)
    shuffled = list(docs)
    random.shuffle(shuffled)
    assert fr.reconcile(shuffled).to_json() == text
    assert fr.reconcile(list(reversed(docs))).to_json() == text
    for finding in report.findings:
        for claim in finding.claims:
            doc = next(d for d in docs if d.id == claim.doc_id)
            assert doc.text[claim.quantity.start : claim.quantity.end] == claim.quantity.text


# --------------------------------------------------------------------------- the atheris harness stays runnable


def _harness() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "fuzz" / "atheris_harness.py"
    spec = importlib.util.spec_from_file_location("atheris_harness", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@settings(max_examples=30)
@given(st.binary(max_size=200) | texts.map(lambda t: b"\x01" + t.encode("utf-8", "surrogatepass")))
def test_atheris_harness_check_holds(data: bytes) -> None:
    _harness().check(data)


def test_atheris_harness_holds_on_the_hostile_seeds(capsys: pytest.CaptureFixture[str]) -> None:
    seeds = Path(__file__).resolve().parents[1] / "fuzz" / "seeds"
    assert _harness().replay([str(seeds)]) == 0
    assert f"replayed {len(list(seeds.iterdir()))} input(s)" in capsys.readouterr().out


def test_atheris_harness_replays_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "crash-1").write_bytes(b"\x01" + "Биыл 30 жоба, 4,4 млрд доллар.".encode())
    (tmp_path / "crash-2").write_bytes(b"\x02\xff\xfe 12")
    assert _harness().replay([str(tmp_path)]) == 0
    assert "replayed 2 input(s)" in capsys.readouterr().out
