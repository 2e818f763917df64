"""The shortcuts that made find_quantities faster give what the long way gave (benchmarks/RESULTS.md §1)."""

from __future__ import annotations

import random
import re
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from factrecon import UnknownLanguageError, find_quantities, spell
from factrecon.lang import SUPPORTED, canonical, reading_language
from factrecon.lang.data import load
from factrecon.model import Quantity
from factrecon.numerals import read_compound, tidy
from factrecon.quantities import (
    _BLOCK_MARKS,
    _QUANTITY_FIELDS,
    _beginnings,
    _first_tokens,
    _Match,
    _may_start,
    _not_claims,
    _phrase_at,
    _Phrases,
    _read_digit_suffix,
    _read_range,
    _roman,
    _Tables,
    _tables,
)
from factrecon.text import (
    _TOKEN,
    NUM,
    PUNCT,
    WORD,
    Normalized,
    Tokens,
    _cut,
    _Lists,
    _normalize,
    normalize,
    tokenize,
    unchanged,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2500000.0", "2500000"), ("4.40", "4.40"), ("5.3E+9", "5.3E+9"), ("0.0", "0"), ("-7.00", "-7"), ("12", "12")],
)
def test_tidy_drops_only_a_fraction_of_zeros(value: str, expected: str) -> None:
    assert str(tidy(Decimal(value))) == expected


def test_tidy_returns_a_plain_integer_itself() -> None:
    value = Decimal(250)
    assert tidy(value) is value


def test_tokenize_gaps_offsets_and_ends() -> None:
    text = "  5,3 млрд\n\nтеңге-ге  "
    tok = tokenize(text)
    assert tok.text == ["5", ",", "3", "млрд", "теңге", "-", "ге"]
    assert tok.kind == [NUM, PUNCT, NUM, WORD, WORD, PUNCT, WORD]
    assert tok.gap == [1, 0, 0, 1, 2, 0, 0]
    assert [text[s:e] for s, e in zip(tok.start, tok.end, strict=True)] == tok.text
    assert tok.low[3] == "млрд"


def test_tokenize_of_spaces_only() -> None:
    assert tokenize("   \n ").kind == []
    assert tokenize("").kind == []


def test_normalize_still_folds_latin_look_alikes() -> None:
    # "мын" with a Latin o-less mix: the fast "no Latin letter" test must not skip these
    assert normalize("XXI ғасыр, 5 млн тoнна").text == "XXI ғасыр, 5 млн тонна"
    assert normalize("ХХI").text == "XXI"


@pytest.mark.parametrize(
    "text",
    ["user2025 келді", "сағат 10:30-да", "+7 701 123 45 67", "8 (727) 333-44-55", "http://x.kz/2025/11"],
)
def test_not_claims_prechecks_let_the_blocked_cases_through(text: str) -> None:
    norm = normalize(text)
    tok = tokenize(norm.text)
    assert _not_claims(tok), text
    assert find_quantities(text, "kk") == []


def test_first_tokens_of_hyphenated_phrases() -> None:
    assert _first_tokens({("бор-йўғи",): "x", ("кем", "дегенде"): "y"}) == {"бор", "кем"}


def test_beginnings_cut_phrases_after_each_word_token() -> None:
    assert _beginnings([("бор-йўғи",), ("ең", "аз", "дегенде")]) == {
        ("бор",), ("бор-йўғи",), ("ең",), ("ең", "аз"), ("ең", "аз", "дегенде")
    }


@pytest.mark.parametrize("lang", SUPPORTED)
def test_phrase_at_stopping_early_finds_every_phrase(lang: str) -> None:
    # _phrase_at stops at a key that begins no phrase: each phrase is still found whole, with
    # a word after it (a longer key that begins none), also when a shorter phrase starts it
    data = load(lang)
    for table in (data.qualifiers_before, data.qualifiers_after, data.several):
        phrases = _Phrases.of(table)
        for key in table:
            tok = tokenize(" ".join(key) + " жаңа")
            found, stop = _phrase_at(tok, 0, phrases)
            assert found == key
            assert stop == len(tok.kind) - 1, key


@pytest.mark.parametrize("lang", SUPPORTED)
def test_tables_agree_with_the_forms(lang: str) -> None:
    data = load(lang)
    t = _tables(data)
    for word, forms in list(data.words.items())[::7]:
        units = [f for f in forms if f.role == "unit" and f.unit is not None]
        assert t.unit.get(word) == (units[0] if units else None)
        assert (word in t.year_words) == any(f.unit == "year" for f in forms)
        assert (word in t.month_words) == any(f.role == "month" for f in forms)
        assert (word in t.abbr_words) == any(f.role == "abbr" for f in forms)


@pytest.mark.parametrize("lang", SUPPORTED)
def test_figure_readers_skipped_after_a_space_would_read_nothing(lang: str) -> None:
    # _read calls _read_range and _read_digit_suffix only when a token touches the figure or a
    # spaced suffix follows it: otherwise they must read nothing and change nothing
    data = load(lang)
    t = _tables(data)
    rng = random.Random(15)
    pieces = ["5", "30", "2025", ",", "-", "—", "%", "млн", "млрд", "мың", "минг", "дан", "ден", "та", "йил", "жылы",
              "ноябрь", "астам", "ортиқ", "доллар", "нафар", "x", " ", " ", " ", "\n"]
    skipped = 0
    for _ in range(3000):
        tok = tokenize("".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))))
        for i in range(len(tok.kind)):
            number = read_compound(tok, i, data) if tok.kind[i] == NUM else None
            if number is None or number.last is not None:
                continue
            k = number.stop
            if k < len(tok.kind) and (tok.gap[k] == 0 or tok.low[k] in data.spaced_suffixes):
                continue
            skipped += 1
            m = _Match(i, number.stop, number.value, precision=number.precision)
            before = attrs.asdict(m)
            assert _read_range(tok, m, number, data, t) is None
            assert not _read_digit_suffix(tok, m, data, t)
            assert attrs.asdict(m) == before
    assert skipped > 500


def test_supported_tags_are_canonical() -> None:
    # find_quantities takes a supported tag as it is, without canonical()
    assert [canonical(tag) for tag in SUPPORTED] == list(SUPPORTED)


@pytest.mark.parametrize("lang", SUPPORTED)
def test_no_starting_word_is_a_mark(lang: str) -> None:
    # _may_start looks words and marks up in one set (_Tables.openers)
    assert all(len(word) > 1 or word.isalnum() for word in _tables(load(lang)).starters)


def _may_start_by_kind(tok: Tokens, t: _Tables) -> list[int]:
    """_may_start as it was before the starting words and marks were one set."""
    return [
        i
        for i, (kind, word, low) in enumerate(zip(tok.kind, tok.text, tok.low, strict=True))
        if kind == NUM
        or (kind == PUNCT and word in "$€₽₸£¥-")
        or (kind == WORD and (low in t.starters or (word.isupper() and _roman(tok, i) is not None)))
    ]


@pytest.mark.parametrize("lang", SUPPORTED)
def test_may_start_finds_what_the_test_by_kind_finds(lang: str) -> None:
    t = _tables(load(lang))
    rng = random.Random(14)
    pieces = ["5", "бес", "БЕС", "беш", "млн", "мың", "камида", "XXI", "ХХI", "Ⅻ", "ⓐ", "Ⓐ", "$", "€", "-", "—", "%",
              "I", "V", "x", "Қазақ", "ДОЛЛАР", "İ", "ǅ", ".", " ", "  "]
    for _ in range(3000):
        tok = tokenize("".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))))
        assert _may_start(tok, t) == _may_start_by_kind(tok, t), tok.text


def test_quantity_fields_are_passed_in_order() -> None:
    assert tuple(f.name for f in attrs.fields(Quantity)) == _QUANTITY_FIELDS
    q = find_quantities("30-дан астам жоба", "kk")[0]
    assert (q.text, q.value, q.low, q.high, q.unit, q.lang) == ("30-дан астам", 30, 30, None, "count", "kk")


@pytest.mark.parametrize("lang", SUPPORTED)
def test_readings_are_tried_without_copying_the_reader(lang: str) -> None:
    # WordReader.push changes nothing when it refuses: a refused reading leaves the number as it was
    data = load(lang)
    words = spell(2025, lang)  # екі мың жиырма бес, икки минг йигирма беш, ikki ming yigirma besh
    number = read_compound(tokenize(normalize(words).text), 0, data)
    assert number is not None
    assert (number.value, number.terms) == (2025, 4)


def test_random_texts_read_the_same_with_and_without_a_language_guess() -> None:
    # a light version of the differential check run while optimising: the detected language
    # gives exactly what naming it gives
    rng = random.Random(7)
    vocab = ["5", "30-дан", "астам", "млрд", "долларға", "%", "$4,4", "бор-йўғи", "мингдан", "ортиқ", "2025", "йил",
             "жылы", "-", "—", "(727)", "бир", "неча", "мың", ".", ",", "\n", "XXI", "ғасыр", "сўм", "теңге"]
    for _ in range(300):
        text = " ".join(rng.choice(vocab) for _ in range(rng.randint(1, 12)))
        try:
            lang = reading_language(text)
        except UnknownLanguageError:
            continue
        assert find_quantities(text) == find_quantities(text, lang)


# The token pattern before it was reordered and made possessive (benchmarks/RESULTS.md, "Profile of
# find_quantities"): the groups were (spaces, digits, word, other).
_OLD_TOKEN = re.compile(r"(\s*)(?:(\d+)|([^\W\d_]+(?:'[^\W\d_]+)*)|(\S))")


def test_token_pattern_cuts_what_the_old_one_cut() -> None:
    rng = random.Random(11)
    pieces = ["абв", "Қазақ", "oʻzbek", "o'g'il", "'", "''", "x'", "12", "٣", "５", "𝟓", "_", "a_b", "-", "—", "%",
              " ", "  ", "\n", "\t", "\u00a0", "\u0301", "ǅ", "ß", "İ", "½", "²", "Ⅻ", ".", ",", "$"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        stop = len(text.rstrip())
        old = [(s, d, w, o) for s, d, w, o in _OLD_TOKEN.findall(text, 0, stop)]
        new = [(s, d, w, o) for s, w, d, o in _TOKEN.findall(text, 0, stop)]
        assert new == old, text


def _tokens_by_regex(text: str) -> Tokens:
    """tokenize without its shortcut for words one space apart: the token regex over the whole text."""
    lists: _Lists = ([], [], [], [], [])
    _cut(text, 0, len(text.rstrip()), lists)
    return Tokens(*lists[:4], [w.lower() for w in lists[3]], lists[4])


_TOKEN_PIECES = ["абв", "Қазақ", "oʻzbek", "o'g'il", "'", "x'", "12", "٣", "５", "𝟓", "_", "a_b", "-", "—", "%", ".",
                 ",", "$", "ǅ", "ß", "İ", "½", "²", "Ⅻ", "\u0301", " ", " ", " ", "  ", "\n", "\t", "\u00a0", "\x1c"]


def test_tokenize_by_chunks_cuts_what_the_regex_cuts() -> None:
    # the chunk shortcut (one space between words, no line break) against the regex alone
    rng = random.Random(12)
    for _ in range(5000):
        text = "".join(rng.choice(_TOKEN_PIECES) for _ in range(rng.randint(0, 12)))
        assert attrs.asdict(tokenize(text)) == attrs.asdict(_tokens_by_regex(text)), repr(text)


@given(st.lists(st.sampled_from(_TOKEN_PIECES) | st.text(max_size=4), max_size=12))
def test_tokenize_by_chunks_cuts_what_the_regex_cuts_on_any_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert attrs.asdict(tokenize(text)) == attrs.asdict(_tokens_by_regex(text))


_NORMALIZE_PIECES = ["Қазақ", "5,3", " ", "\n", "\r\n", "\r", "\t", "\u00a0", "\u200b", "\u00ad", "\u0301", "е\u0308",
                     "ё", "тoнна", "XXI", "ХХI", "x", "—", "\u2212", "’", "İ", "ǅ", "%", "$", "."]


def _fields(n: Normalized) -> tuple[str, str, list[int] | None, list[int] | None]:
    return n.text, n.original, None if n.starts is None else list(n.starts), None if n.ends is None else list(n.ends)


def test_normalize_shortcut_gives_what_the_long_way_gives() -> None:
    rng = random.Random(13)
    seen = set()
    for _ in range(5000):
        text = "".join(rng.choice(_NORMALIZE_PIECES) for _ in range(rng.randint(0, 8)))
        seen.add(unchanged(text))
        assert _fields(normalize(text)) == _fields(_normalize(text)), repr(text)
        if unchanged(text):
            assert normalize(text).text == text
            assert normalize(text).starts is None
    assert seen == {True, False}


@given(st.text(max_size=20))
def test_normalize_shortcut_gives_what_the_long_way_gives_on_any_text(text: str) -> None:
    assert _fields(normalize(text)) == _fields(_normalize(text))


@pytest.mark.parametrize("lang", SUPPORTED)
def test_unit_words_hold_every_word_a_unit_is_read_from(lang: str) -> None:
    # _unit_at returns at once for a word outside t.unit_words: each of its lookups must be covered
    data = load(lang)
    t = _tables(data)
    assert set(data.times_words) <= t.unit_words
    assert set(t.prefix_units) <= t.unit_words
    assert {phrase[0] for phrase in data.unit_phrases} <= t.unit_words
    assert set(t.unit) <= t.unit_words
    assert set(data.symbols) <= t.unit_words


def test_may_start_finds_roman_numerals_in_any_case_mix() -> None:
    # the "word != low" shortcut before isupper(): upper-case numerals are still found, lower-case ones not
    assert [q.text for q in find_quantities("XXI ғасыр", "kk")] == ["XXI"]
    assert [q.text for q in find_quantities("ХХI ғасыр", "kk")] == ["ХХI"]
    assert find_quantities("xxi ғасыр", "kk") == []


def _tidy_by_exponent(value: Decimal) -> Decimal:
    """tidy as it was written first, reading the exponent from as_tuple()."""
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < 0 and value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value


def test_tidy_agrees_with_reading_the_exponent() -> None:
    rng = random.Random(5)
    values = [Decimal(v) for v in ("2500000.0", "4.4E+9", "1E+3", "0E-5", "-0.0", "0E+3", "Infinity", "-7.00")]
    values += [Decimal(rng.randint(-10**6, 10**6)).scaleb(rng.randint(-8, 8)) for _ in range(5000)]
    values += [Decimal(rng.randint(0, 99)) * Decimal(10) ** rng.randint(-3, 12) for _ in range(2000)]
    for value in values:
        assert str(tidy(value)) == str(_tidy_by_exponent(value)), value


def test_letter_touching_digit_is_seen_in_the_tokens() -> None:
    # _not_claims' precheck looks for a digit token right after a word token with no space, in
    # place of a regex search of the text for a letter followed by a digit: the two must agree
    rng = random.Random(13)
    pieces = ["user", "A", "жыл", "oʻg'il", "'", "2025", "٣", "５", "_", "-", ".", " ", "\n", "ǅ", "²", "Ⅻ", "x'", "$",
              "/", ":", "+", "(", "@", "#", "=", "&", "\\"]
    letter_digit = re.compile(r"[^\W\d_]\d")
    block_marks = re.compile(r"[/@_#\\=&:+(]")
    t = _tables(load("kk"))
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        norm = normalize(text).text
        tok = tokenize(norm)
        seen = any(tok.kind[i] == NUM and tok.gap[i] == 0 and i > 0 and tok.kind[i - 1] == WORD
                   for i in range(len(tok.kind)))
        assert seen == (letter_digit.search(norm) is not None), norm
        # the marks precheck: a set test of the token texts finds what a search of the text finds
        assert _BLOCK_MARKS.isdisjoint(tok.text) == (block_marks.search(norm) is None), norm
        assert _not_claims(tok, _may_start(tok, t)) == _not_claims(tok), norm
