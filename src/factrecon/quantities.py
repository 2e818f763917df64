"""Quantities: numbers with their scale, suffix, bounds and unit (pipeline step 2).

``find_quantities(text, lang)`` reads the normalised text once, token by
token. Where a token can start a number it reads a phrase of this shape, each
part optional but the number::

    [камида] [$] NUMBER [-NUMBER] [scale...] [-suffix] [%] [астам] [АҚШ] [unit-suffix] [ортиқ|асты|дейін] [өсті]

and turns the words into bounds (docs/explanation/value-semantics.md). Every
word it knows comes from the language data (lang/data/<tag>.toml); the code
here only says in which order they may come.
"""

from __future__ import annotations

import bisect
import collections
import functools
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

import attrs

from factrecon.errors import LanguageDataError, check_str
from factrecon.lang import SUPPORTED, canonical, reading_language, script_of
from factrecon.lang._toml import expect_list, expect_table, read_data
from factrecon.lang.data import AfterQualifier, Form, LangData, load
from factrecon.lang.registry import has_file, read_lang, scripts
from factrecon.model import Kind, Qualifier, Quantity
from factrecon.numerals import (
    ONE,
    Number,
    beyond_limits,
    data_roman,
    read_compound,
    read_digits,
    read_roman,
    read_words,
    tidy,
)
from factrecon.text import NUM, PUNCT, WORD, Normalized, Tokens, normalize, tokenize, unchanged

__all__ = ["ABOUT_BAND", "find_quantities", "stated_bounds"]

# "about X" is read as X ± 10%, "nearly X" as [X - 10%, X] (documented in
# docs/explanation/value-semantics.md; reconcile narrows or widens by precision).
ABOUT_BAND = Decimal("0.1")
ZERO = Decimal(0)
_CURRENCY_SYMBOLS_BEFORE = frozenset("$€₽₸£¥")
_CARDINAL = Kind.CARDINAL  # looked up once: an Enum attribute lookup is slow, and this runs per figure


@attrs.define
class _Match:
    """A quantity being read: the tokens it covers and what the words said so far."""

    first: int
    stop: int
    value: Decimal | None
    low: Decimal | None = None
    high: Decimal | None = None
    precision: Decimal | None = None
    bound: Qualifier = Qualifier.EXACT
    approx: bool = False
    unit: str = "count"
    kind: Kind = Kind.CARDINAL
    change: bool = False
    case: str = ""  # the case the last word read carries
    unread: bool = False  # a figure beyond the limits (numerals.beyond_limits): skipped, not reported


def find_quantities(text: str, lang: str | None = None) -> list[Quantity]:
    """Every quantity in *text*, in order, with spans into *text* itself.

    *lang* is a tag of :data:`factrecon.lang.SUPPORTED` (``None``: detected from the text, see
    :func:`factrecon.lang.detect`; :class:`~factrecon.UnknownLanguageError` when it cannot be told).

    >>> [q.text for q in find_quantities("23 мингдан ортиқ қўшма корхона", "uz-Cyrl")]
    ['23 мингдан ортиқ']
    >>> q = find_quantities("4,4 млрд долларға 14 жоба", "kk")[0]
    >>> q.value, q.precision, q.unit
    (Decimal('4400000000'), Decimal('1E+8'), 'USD')

    Raises :class:`~factrecon.InputTypeError` for a non-str text and
    :class:`~factrecon.UnknownLanguageError` for an unsupported language.
    """
    check_str(text)
    # a supported tag is its own canonical form (tested): no call to canonical for it
    tag = reading_language(text) if lang is None else lang if lang in SUPPORTED else canonical(lang)
    if not text:
        return []
    data, t = _language(tag)
    # most texts need no normalising, and then no Normalized (its map would be the identity)
    norm = None if unchanged(text) else normalize(text)
    read = text if norm is None else norm.text
    tok = tokenize(read)
    out: list[Quantity] = []
    # a Cyrillic quote on a Latin page is read in the language's Cyrillic data (None: one script, most texts)
    owners = _stretches(tok, tag)
    starts = _may_start(tok, t) if owners is None else _starts_in_stretches(tok, owners)
    blocked = _not_claims(tok, starts)
    page = t.page
    _furniture(tok, read, starts, data, page, blocked)
    # a table or list head that gives the scale and unit of the bare figures under it: "(мың тонна):"
    heads = _header_zones(tok, read, data, t, blocked) if ":" in read and "\n" in read else None
    stop = 0  # the token after the last quantity found: the next one starts there or later
    spans: list[tuple[int, int]] = []  # the tokens each quantity of out was read from
    rate: tuple[str, int] | None = None  # "1000 тұрғынға шаққанда": the unit of the next figure, until a token
    lines = "\n" in read
    # what most sentences lack, looked for once (C-speed scans): then only a figure touching a word (12,4K),
    # or one opening the text (a list marker), can be furniture (_is_furniture)
    furnished = (lines or "|" in read or not page.counter_labels.isdisjoint(tok.low)
                 or not page.furniture_after.first.isdisjoint(tok.low))
    n = len(tok.kind)
    gap, kind, rate_bases, per_hectare = tok.gap, tok.kind, page.rate_bases, page.per_hectare_units  # hot loop
    read_in = data, t  # the data of the stretch a figure stands in: the text's but in another script's stretch
    for i in starts:
        if i < stop or i in blocked:
            continue
        if owners is not None:
            read_in = _language(owners[i])
        match = _read(tok, i, *read_in)
        if match is not None:
            k = stop = max(match.stop, i + 1)
            if match.unread:
                continue
            if (furnished or i == 0 or (k < n and gap[k] == 0 and kind[k] == WORD)) and _is_furniture(tok, match, page):
                continue
            unit = match.unit
            if unit == "count" and match.kind is _CARDINAL:
                if match.value in rate_bases:
                    base = _rate_base(tok, match, read_in[1])
                    if base is not None:
                        rate = base
                        continue  # the base of a rate is no claim
                if rate is not None and i < rate[1]:
                    match.unit, rate = rate[0], None
                elif page.rate_per and k + 1 < n and (tok.low[k] in page.rate_per or tok.low[k + 1] in page.rate_per):
                    after = _rate_after(tok, match, read_in[1])
                    if after is not None:
                        match.unit, stop = after  # the base that follows is part of the rate, no claim
                elif k == i + 1 and len(tok.text[i]) == 4 and not (heads and i in heads):
                    _bare_year(tok, match, page)
            if heads or match.bound == Qualifier.UP_TO or unit in per_hectare:
                _settle(tok, match, read_in[1], heads)
            # the quantity's language is the text's (one language, whichever script a stretch is in)
            out.append(_to_quantity(match, tok, text, norm, tag))
            spans.append((match.first, match.stop))
            if page.span_to and len(spans) > 1 and spans[-2][1] + 1 >= i and tok.low[spans[-2][1]] in page.span_to:
                _from_to(tok, out, spans, read_in[1], text)
            if unit != "count" and len(spans) > 1 and spans[-2][1] + _COORDINATED >= i:
                _coordinated(tok, out, spans, read_in[1])
    if lines and len(out) > 2:
        if heads:
            _continue_lists(tok, out, spans, heads)
        _list_units(tok, out, spans, t)
        _items_below(tok, out, spans, t)
    return out


def _stretches(tok: Tokens, tag: str) -> list[str] | None:
    """The language each token is read in, when the text's language is written in two scripts and the
    text has words of both (a Cyrillic headline or quote on an Uzbek Latin page, or the reverse).

    A word is read in the language's data of its own script; a digit or a mark in that of the next word
    (a figure comes before its scale word and unit: ``8,4 млн тонна``), or of the text's language at the
    end. ``None`` (every token in *tag*) for a language of one script or a text in one script.
    """
    written = scripts(tag)
    if len(written) < 2:
        return None
    # the first letters of the words (a digit or mark has no script): most texts have one script
    if {written.get(script_of(first), tag) for first in {w[0] for w in tok.low}} <= {tag}:
        return None
    owners = [tag] * len(tok)
    following = tag
    kind, text = tok.kind, tok.text
    for k in range(len(tok) - 1, -1, -1):
        if kind[k] == WORD:
            following = written.get(script_of(text[k][0]), tag)
        owners[k] = following
    return owners


def _starts_in_stretches(tok: Tokens, owners: list[str]) -> list[int]:
    """:func:`_may_start` in each stretch, with the tables of the stretch's language, in text order."""
    return sorted(i for lang in set(owners) for i in _may_start(tok, _language(lang)[1]) if owners[i] == lang)


def _scale_word(tok: Tokens, first: int, stop: int, t: _Tables) -> Decimal | None:
    """The scale of a figure read from tokens ``[first, stop)``: the value of its scale word after the digits
    (1E+6 for "4,4 млн шаршы метр", 1000 for "520 мингдан"), None without one."""
    for k in range(first + 1, stop):
        if tok.kind[k] == WORD and tok.kind[k - 1] in (NUM, PUNCT) and tok.low[k] in t.scale:
            return t.scale[tok.low[k]].value
    return None


# At most this many tokens between two coordinated figures: a comma or a conjunction and a place.
_COORDINATED = 4


def _coordinated(tok: Tokens, out: list[Quantity], spans: list[tuple[int, int]], t: _Tables) -> None:
    """The count before the last quantity read takes its unit when the two are coordinated and have the
    same scale: "Астанада 4,4 млн, Алматыда 2,4 млн шаршы метр" (a comma or a conjunction, after the first's
    closing bracket if it has one, and at most a place, between them)."""
    qa, qb = out[-2], out[-1]
    if qa.unit != "count" or qa.kind is not Kind.CARDINAL or qb.kind is not Kind.CARDINAL:
        return
    (fa, sa), (fb, sb) = spans[-2], spans[-1]
    between = range(sa, fb)
    # a figure in brackets after a name: "Жамбылская (341,8 тыс.) и Жетысуская (340 тыс. тенге)"
    joint = sa + 1 if tok.text[sa] == ")" and sa + 1 < fb else sa
    if (0 < len(between) <= _COORDINATED and (tok.text[joint] == "," or tok.low[joint] in t.page.conjunctions)
            and tok.gap[fb] < 2 and all(tok.gap[k] < 2 and tok.kind[k] != NUM for k in between)):
        scale = _scale_word(tok, fa, sa, t)
        if scale is not None and scale == _scale_word(tok, fb, sb, t):
            out[-2] = attrs.evolve(qa, unit=qb.unit)


def _from_to(tok: Tokens, out: list[Quantity], spans: list[tuple[int, int]], t: _Tables, text: str) -> None:
    """A bare figure before "до" and a figure with a scale or a unit: the first is said with the second's
    ("с 20 до 25 тысяч тенге" = from 20,000 tenge to 25,000 tenge). After a range opener ("от 10 до 20
    долларов") the two are one range; after a change's "from" word they stay two (where it started, where
    it ended)."""
    qa, qb = out[-2], out[-1]
    (fa, sa), (fb, sb) = spans[-2], spans[-1]
    page = t.page
    opener = tok.low[fa - 1] if fa > 0 and tok.gap[fa] < 2 else ""
    ranged = opener in page.range_from
    if (not ranged and opener not in page.change_from) or qa.unit != "count" or qa.kind is not Kind.CARDINAL:
        return
    if qa.qualifier is not Qualifier.EXACT or qa.value is None or qb.kind is not Kind.CARDINAL or qb.value is None:
        return
    if _scale_word(tok, fa, sa, t) is not None or any(tok.gap[k] == 2 for k in range(sa, sb)):
        return
    scale = _scale_word(tok, fb, sb, t) or ONE
    value = tidy(qa.value * scale)
    if ranged and qb.qualifier in (Qualifier.EXACT, Qualifier.UP_TO) and value <= qb.value:
        out[-2:] = [attrs.evolve(qb, start=qa.start, text=text[qa.start:qb.end], value=None, low=value,
                                 high=qb.value, qualifier=Qualifier.RANGE, low_inclusive=True, high_inclusive=True)]
        spans[-2:] = [(fa, sb)]
    elif not ranged and (scale is not ONE or qb.unit != "count"):
        step = None if qa.precision is None else _normal_step(str(qa.precision * scale))
        out[-2] = attrs.evolve(qa, value=value, low=value, high=value, precision=step, unit=qb.unit)


def _list_units(tok: Tokens, out: list[Quantity], spans: list[tuple[int, int]], t: _Tables) -> None:
    """A count among the items of a list takes the unit every other item has at the same scale: "▪️ Манғистау
    — 575,1 минг тенге / ▪️ Улитау — 549,3 минг тенге / ▪️ Астана — 520 мингдан ортиқ" (all tenge)."""
    # the items of a list: the first figure of each line that opens with a list mark
    items: list[int] = []
    last_line = -1
    line = at = 0  # the start of the line of token `at`, scanned forward once (spans are in order)
    for q, (first, _) in enumerate(spans):
        while at < first:
            at += 1
            if tok.gap[at] == 2:
                line = at
        if line != last_line and tok.text[line] in _LIST_MARKS:
            items.append(q)
            last_line = line
    if len(items) < 3:
        return
    keys = {q: (out[q].unit, _scale_word(tok, *spans[q], t)) for q in items}
    seen = collections.Counter(keys.values())
    if len(seen) != 2:
        return  # one odd item among items that agree: two kinds of (unit, scale) and no more
    for q in items:
        if out[q].unit == "count" and out[q].kind is Kind.CARDINAL and seen[keys[q]] == 1:
            unit, scale = next(key for key in seen if key != keys[q])
            if unit != "count" and scale is not None and scale == keys[q][1]:
                out[q] = attrs.evolve(out[q], unit=unit)


def _items_below(tok: Tokens, out: list[Quantity], spans: list[tuple[int, int]], t: _Tables) -> None:
    """An item of a list that ends on its scale word takes the unit of the item above it at that scale:
    "1. Маңғыстау облысы — 575,1 мың теңге; / 2. Ұлытау облысы — 549,3 мың;" (tenge, as the line above).
    Only the first figure of each line, and only items on consecutive lines."""
    n = len(tok.kind)
    carry: tuple[Decimal, str] | None = None  # the scale and unit of the item line above
    line = at = 0
    last_line, next_line = -1, -1  # the line of the last item, and the start of the line after it
    for q, (first, stop) in enumerate(spans):
        while at < first:
            at += 1
            if tok.gap[at] == 2:
                line = at
        if line == last_line:
            continue
        end = stop
        while end < n and tok.gap[end] != 2:
            end += 1
        if line != next_line or not _item_line(tok, line, end):
            carry = None
        last_line, next_line = line, end
        if not _item_line(tok, line, end):
            continue
        scale = _scale_word(tok, first, stop, t)
        qa = out[q]
        if qa.unit != "count":
            carry = None if scale is None else (scale, qa.unit)
        elif carry is not None and qa.kind is Kind.CARDINAL and scale == carry[0]:
            words = [k for k in range(first, stop) if tok.kind[k] == WORD]
            if words and tok.low[words[-1]] in t.scale:  # nothing said after the scale: "549,3 мың;"
                out[q] = attrs.evolve(qa, unit=carry[1])


# How far a rate's base reaches: to the end of its sentence, and at most this many tokens.
_RATE_REACH = 24


def _rate_base(tok: Tokens, m: _Match, t: _Tables) -> tuple[str, int] | None:
    """A figure that is the base of a rate ("1000 тұрғынға шаққанда 18,29", "ҳар 1000 никоҳга 329 та"):
    1000 (or 10 000, ...) before a noun in the dative, and the words of the rate. Returns the unit of the
    figure it introduces (``per_1000``) and the token where its sentence ends."""
    n = len(tok.kind)
    k = m.stop
    if k >= n or tok.kind[k] != WORD or tok.gap[k] != 1 or not tok.low[k].endswith(t.page.dative_endings):
        return None
    k += 1
    said = m.first > 0 and tok.low[m.first - 1] in t.page.rate_each  # "ҳар 1000 никоҳга"
    if k < n and tok.low[k] in t.page.rate_words:
        k, said = k + 1, True  # "1000 тұрғынға шаққанда"
    end = k
    decimal = False  # without the words of a rate, the figure must look like one: 18,3 (not "1000 отбасыға 500 пәтер")
    while end < min(n, k + _RATE_REACH) and tok.gap[end] < 2 and not (
            tok.text[end] in ".!?" and (end + 1 >= n or tok.gap[end + 1] > 0)):
        if tok.kind[end] == NUM and not decimal:
            decimal = end + 2 < n and tok.text[end + 1] in ",." and tok.gap[end + 1] == 0 and tok.kind[end + 2] == NUM
            said = said or decimal
        end += 1
    if not said:
        return None
    assert m.value is not None
    return f"per_{int(m.value)}", end


def _rate_after(tok: Tokens, m: _Match, t: _Tables) -> tuple[str, int] | None:
    """A figure followed by its rate's base: "18,29 на 1000 жителей", "25 рождений на каждую тысячу
    жителей" (at most one word between, then the preposition, "each", the base and its noun). Returns
    the unit (``per_1000``) and the token after the base."""
    n, page = len(tok.kind), t.page
    k = m.stop
    if tok.low[k] not in page.rate_per:
        k += 1  # the noun counted: "рождений"
        if tok.kind[k - 1] != WORD or tok.gap[k - 1] != 1 or tok.low[k] not in page.rate_per:
            return None
    k += 1
    if k < n and tok.low[k] in page.rate_each:
        k += 1
    if k + 1 >= n or any(tok.gap[j] != 1 for j in range(m.stop, k + 2)):
        return None
    base: Decimal | None = None
    if tok.kind[k] == NUM and tok.kind[k + 1] == WORD and tok.text[k].isdigit():
        base = Decimal(tok.text[k])
    elif tok.kind[k] == WORD and tok.low[k] in t.scale and tok.kind[k + 1] == WORD:
        base = t.scale[tok.low[k]].value
    if base is None or base not in page.rate_after_bases:
        return None
    return f"per_{int(base)}", k + 2


# A list marker: a one- or two-digit figure opening a line, touched by "." or ")" ("1. Түркістан облысы").
_MARKER_ENDS = frozenset(".)")
_LIST_MARKS = frozenset("-—•*·▪●")
_OPEN_BRACKETS = frozenset("([")


def _is_furniture(tok: Tokens, m: _Match, page: _Page) -> bool:
    """A figure read that is page furniture, not a claim: a counter in Latin letters (``12,4K``), a list
    marker opening a line (``1. Түркістан облысы``), a figure before a counter or reading-time phrase
    (``842 рет қаралды``, ``3 дақиқада ўқилади``). Called only for the figures read (docs/explanation/
    value-semantics.md, "Not claims")."""
    n = len(tok.kind)
    k = m.stop
    first = m.first
    if k < n and tok.gap[k] == 0 and tok.kind[k] == WORD and tok.text[k].isascii():
        return True  # 12,4K, 8,1K: a view counter (Latin letters never suffix a Cyrillic-script figure)
    if (k == first + 1 and tok.kind[first] == NUM and (first == 0 or tok.gap[first] == 2) and len(tok.text[first]) <= 2
            and k + 1 < n and tok.text[k] in _MARKER_ENDS and tok.gap[k] == 0 and tok.gap[k + 1] == 1
            and tok.kind[k + 1] == WORD):
        return True
    line_end = k == n or tok.gap[k] == 2
    if first > 0 and tok.gap[first] == 2 and k < n and line_end and all(tok.kind[j] != WORD for j in range(first, k)):
        return True  # a figure alone on a line between lines says nothing it counts: a counter under a byline
    before = first - 1 if first == 0 or tok.text[first - 1] != ":" else first - 2
    if before >= 0 and tok.low[before] in page.counter_labels:
        return True  # "Қаралым: 986"
    if (first > 0 and tok.text[first - 1] == "|" and (line_end or tok.text[k] == "|") and m.kind is Kind.CARDINAL
            and _clock_in_line(tok, first)):
        return True  # the last cell of a byline: "Ўзбекистон | 19:02 / 18.11.2024 | 4 870"
    after = page.furniture_after
    for j in range(first + 1, min(k + 1, n)):
        if tok.low[j] in after.first and _phrase_at(tok, j, after)[0] is not None:
            return True
    return False


# A byline is short: how far around a cell _clock_in_line looks for its clock time.
_BYLINE_REACH = 40


def _clock_in_line(tok: Tokens, k: int) -> bool:
    """Whether the line of token *k*, within a byline's reach, holds a clock time (``19:02``)."""
    a = k
    while a > max(0, k - _BYLINE_REACH) and tok.gap[a] != 2:
        a -= 1
    n = min(len(tok.kind), k + _BYLINE_REACH)
    j = a
    while j + 2 < n and (j == a or tok.gap[j] != 2):
        if tok.kind[j] == NUM and tok.text[j + 1] == ":" and tok.kind[j + 2] == NUM and tok.gap[j + 2] == 0:
            return True
        j += 1
    return False


def _furniture(tok: Tokens, read: str, starts: list[int], data: LangData, page: _Page, blocked: set[int]) -> None:
    """Block the figures after a counter mark (``👁 1 205``) or a time zone (``GMT +5``)."""
    marks = [mark for mark in page.counter_marks if mark in read]
    zones = [zone for zone in page.time_zones if zone in read] if "+" in read or "-" in read else []
    if not marks and not zones:
        return
    kind, text, gap = tok.kind, tok.text, tok.gap
    for i in starts:
        if kind[i] != NUM or i == 0:
            continue
        k = i - 1
        if text[k] == "\ufe0f" and k > 0:  # the emoji variation selector after the mark
            k -= 1
        if (text[k] in page.counter_marks and gap[i] < 2) or (
                text[k] in "+-" and gap[i] == 0 and k > 0 and text[k - 1] in page.time_zones and gap[k] < 2):
            figure = read_compound(tok, i, data)
            blocked.update(range(i, i + 1 if figure is None else figure.stop))


def _bare_year(tok: Tokens, m: _Match, page: _Page) -> None:
    """A bare year is a date: four digits in the years of ``bare_years`` (common.toml), no unit, no word after
    them but a mark or the end of a line, and before them a comma, a bracket or the start of a line
    ("бюросы, 2025", "(2024)"); or after a year mark, whatever follows ("© 2025 Kun.uz")."""
    k = m.stop
    text = tok.text[m.first]
    if (len(text) != 4 or m.unit != "count" or m.bound != Qualifier.EXACT or m.value is None
            or not page.bare_years[0] <= m.value <= page.bare_years[1]):
        return
    first = m.first
    if first == 0 and k == len(tok.kind):
        return  # a figure that is the whole text is a number, whatever it could be on a page
    if first > 0 and tok.text[first - 1] in page.year_marks:
        m.kind, m.unit = Kind.DATE, "year"
    elif ((first == 0 or tok.gap[first] == 2 or tok.text[first - 1] in _BEFORE_YEAR)
          and (k == len(tok.kind) or tok.gap[k] == 2 or (tok.kind[k] == PUNCT and tok.text[k] in _AFTER_YEAR))):
        # not after a dash: "Барлығы – 2024." is a value, and a list's values are counts
        m.kind, m.unit = Kind.DATE, "year"


_AFTER_YEAR = frozenset(",.;:)|/·•")
_BEFORE_YEAR = frozenset(",(|/·•")
# a figure's token -> the scale and unit its table head states; (0, the head's token) for a head without them
_Heads = Mapping[int, tuple[Decimal, str]]


def _settle(tok: Tokens, m: _Match, t: _Tables, heads: _Heads | None) -> None:
    """What the words around a figure say once it is read: a limit closing a change is the level reached,
    tonnes per hectare are a yield, a bare figure under a table head takes the head's scale and unit."""
    page = t.page
    if m.bound == Qualifier.UP_TO and _reached(tok, m.stop, page):
        m.bound = Qualifier.EXACT
    if m.unit in page.per_hectare_units and _per_hectare(tok, m.first, t):
        m.unit = page.per_hectare_units[m.unit]
    if (heads and m.first in heads and heads[m.first][0] != ZERO and m.unit == "count" and m.kind is Kind.CARDINAL
            and all(tok.kind[k] != WORD for k in range(m.first, m.stop))):
        scale, unit = heads[m.first]
        _scale(m, scale)
        m.unit = unit
        if unit in page.convert:
            _convert(m, page)


def _reached(tok: Tokens, k: int, page: _Page) -> bool:
    """After a limit ("18%-ға дейін"): is the next word (past a bracketed aside) a verb of change in the past
    tense ("көтерді", raised to)? Then the limit is the level reached, not an upper bound."""
    n = len(tok.kind)
    if k < n and tok.text[k] in _OPEN_BRACKETS:
        close = next((j for j in range(k + 1, min(n, k + 16)) if tok.text[j] in ")]" or tok.gap[j] == 2), n)
        k = close + 1
    if k >= n or tok.kind[k] != WORD or tok.gap[k] == 2:
        return False
    word = tok.low[k]
    return any(word.startswith(stem) and word[len(stem):] in page.reached_endings for stem in page.reached_stems)


# How far before a figure "per hectare" may stand: "әр гектардан орта есеппен 4,6 тоннадан".
_PER_HECTARE_REACH = 4


def _per_hectare(tok: Tokens, first: int, t: _Tables) -> bool:
    """A "per hectare" word shortly before the figure, not itself counted ("16,5 млн гектардан 26,7 млн
    тонна" is the harvest from an area, not a yield)."""
    for k in range(first - 1, max(-1, first - 1 - _PER_HECTARE_REACH), -1):
        if tok.low[k] in t.page.per_hectare:
            return k == 0 or not (tok.kind[k - 1] == NUM or tok.low[k - 1] in t.starters)
        if (tok.kind[k] == PUNCT and tok.text[k] in ".;:!?") or tok.gap[k + 1] == 2:
            return False
    return False


def _header_zones(tok: Tokens, read: str, data: LangData, t: _Tables, blocked: set[int]) -> _Heads:
    """The bare figures under a head that states their scale and unit, each with that scale and unit.

    A head is a line ending in ":" whose last words, in brackets or after a comma, are a scale word and/or a
    unit and nothing else: "Өңірлерде жиналған дән (мың тонна):", "Негізгі көрсеткіштер, млрд АҚШ доллары:".
    A head of columns parted by a spaced "/" ("(млн тонна / гектаридан центнер):") gives each column's
    scale and unit to the figures of the rows parted the same way ("Ақмола — 6,3 / 14,4"); a column that
    states neither (a share, "улуш") gives nothing. The lines under it, while they look like list items or
    table rows (a list mark, a spaced dash or "|" between a name and its figure), are its zone. The head's
    words are blocked: they are no claim.
    """
    zones: dict[int, tuple[Decimal, str]] = {}
    n = len(tok.kind)
    at = read.find(":\n")
    while at >= 0:
        h = bisect.bisect_left(tok.start, at)
        if h < n and tok.text[h] == ":":
            head = _head(tok, h, data, t)
            if head is not None:
                blocked.update(range(*head[1]))
            # a head without a scale or unit of its own: its items continue the figure before it (_continue_lists)
            columns: tuple[_Column, ...] = head[0] if head is not None else ((ZERO, str(h)),)
            line = h + 1
            while line < n:
                end = line + 1
                while end < n and tok.gap[end] != 2:
                    end += 1
                if not _item_line(tok, line, end) or tok.text[end - 1] == ":":
                    break  # a line that is no item, or the head of the next list, ends the zone
                if line == h + 1 and _years_row(tok, line, end, data):
                    # "Регион | 2024 | 2025" under "Добыча угля по регионам (млн тонн):": the table's head row
                    # names its columns' years; its figures are no tonnes
                    line = end
                    continue
                column = 0
                for k in range(line, end):
                    if len(columns) > 1 and _column_mark(tok, k):
                        column += 1
                    elif tok.kind[k] == NUM and column < len(columns):
                        cell = columns[column]
                        if cell is not None:
                            zones[k] = cell
                line = end
        at = read.find(":\n", at + 2)
    return zones


def _years_row(tok: Tokens, line: int, end: int, data: LangData) -> bool:
    """Is the row between tokens *line* and *end* a table's head row of years: cells parted by "|", every
    figure four digits within the language's years ("Өңір | 2024 | 2025")?"""
    lo, hi = data.year_range
    figures = [k for k in range(line, end) if tok.kind[k] == NUM]
    return bool(figures) and any(tok.text[k] == "|" for k in range(line, end)) and all(
        len(tok.text[k]) == 4 and tok.text[k].isdigit() and lo <= int(tok.text[k]) <= hi for k in figures)


def _column_mark(tok: Tokens, k: int) -> bool:
    """A "/" with a space on each side: it parts the columns of a head or a row ("6,3 / 14,4"), where
    "ц/га" is one unit."""
    return tok.text[k] == "/" and tok.gap[k] == 1 and k + 1 < len(tok.kind) and tok.gap[k + 1] == 1


# How many lines before a head without a unit the figure its items continue may stand.
_CONTINUE_LINES = 3
_CONTINUE_RATIO = 4
_CONTINUE_FIGURES = 12  # and at most this many figures back


def _continue_lists(tok: Tokens, out: list[Quantity], spans: list[tuple[int, int]], heads: _Heads) -> None:
    """The bare decimals listed under a head with no unit of its own continue the figure that introduced the
    list: "Туу коэффициенті 1000 тұрғынға шаққанда 18,29 болды. Ең жоғары өңірлер:\n- Түркістан – 25,05"
    (per 1000 too), "Инфляция 12,9% болды. Өңірлер бойынша:\n- Алматы – 11,6" (per cent too).

    The figure is the last one before the head, within three lines, that has a unit and is written with as
    many decimals as every item; each item is within four times its value either way.
    """
    groups: dict[int, list[int]] = {}
    for q, (first, stop) in enumerate(spans):
        said = heads.get(first)
        if said is not None and said[0] == ZERO and all(tok.kind[k] != WORD for k in range(first, stop)):
            groups.setdefault(int(said[1]), []).append(q)
    for h, items in groups.items():
        step = out[items[0]].precision
        if step is None or step >= ONE:
            continue  # whole numbers continue nothing: "5 жыл ішінде" before a list of 2 and 1 projects
        a = items[0] - 1
        while a >= 0 and (spans[a][1] > h or out[a].unit == "count" or out[a].kind is not Kind.CARDINAL
                          or out[a].precision != step):
            if items[0] - a > _CONTINUE_FIGURES or not _lines_within(tok, spans[a][1], h, _CONTINUE_LINES):
                break
            a -= 1  # back over the figures of other shapes ("14,3 пайыз" before a list of 25,05)
        if a < 0 or not _lines_within(tok, spans[a][1], h, _CONTINUE_LINES):
            continue
        anchor, value = out[a], out[a].value
        if (anchor.unit in ("count", "ordinal", "date", "year") or anchor.kind is not Kind.CARDINAL
                or anchor.precision != step or value is None or value <= 0):
            continue
        if all(out[q].unit == "count" and out[q].kind is Kind.CARDINAL and out[q].precision == step
               and (v := out[q].value) is not None and value / _CONTINUE_RATIO <= v <= value * _CONTINUE_RATIO
               for q in items):
            for q in items:
                out[q] = attrs.evolve(out[q], unit=anchor.unit)


def _lines_within(tok: Tokens, a: int, b: int, most: int) -> bool:
    """Whether at most *most* line breaks stand between tokens *a* and *b* (stops counting past it)."""
    breaks = 0
    for k in range(a, b + 1):
        if tok.gap[k] == 2:
            breaks += 1
            if breaks > most:
                return False
    return True


# The most tokens a list item or a table row has (a name, its figures, the marks between them).
_ITEM_TOKENS = 30


def _item_line(tok: Tokens, a: int, b: int) -> bool:
    """A line ``[a, b)`` that reads as a list item or a table row: short, with a list mark at its start, or
    "|" between cells, or a dash standing apart between a name and a figure ("Қашқадария – 808,9")."""
    if b - a > _ITEM_TOKENS:
        return False
    if tok.text[a] in _LIST_MARKS or (tok.kind[a] == NUM and a + 1 < b and tok.text[a + 1] in _MARKER_ENDS):
        return True
    return any(tok.text[k] == "|" or (tok.text[k] in "-—" and tok.gap[k] == 1) for k in range(a + 1, b))


_Column = tuple[Decimal, str] | None  # the scale and unit a column of a head states (None: neither)


def _head(tok: Tokens, h: int, data: LangData, t: _Tables) -> tuple[tuple[_Column, ...], tuple[int, int]] | None:
    """The scale and unit of each column a head line states before its ":" at token *h* (one column but in
    a head parted by a spaced "/"), and the tokens that state them."""
    end = h
    if end > 0 and tok.text[end - 1] == ")":
        end -= 1
        start = end
        while start > 0 and tok.text[start - 1] != "(" and tok.gap[start] != 2:
            start -= 1
        if start == 0 or tok.text[start - 1] != "(":
            return None
    else:
        start = end
        while start > 0 and tok.text[start - 1] != "," and tok.gap[start] != 2:
            start -= 1
        if start == 0 or tok.text[start - 1] != ",":
            return None
    marks = [k for k in range(start, end) if _column_mark(tok, k)]
    if not marks:
        column = _head_cell(tok, start, end, data, t)
        return None if column is None else ((column,), (start, end))
    cells = [_head_cell(tok, a + 1, b, data, t) for a, b in zip([start - 1, *marks], [*marks, end], strict=True)]
    return (tuple(cells), (start, end)) if any(cells) else None


def _head_cell(tok: Tokens, k: int, end: int, data: LangData, t: _Tables) -> _Column:
    """The scale and unit tokens ``[k, end)`` of a head state (``мың тонна``, ``гектаридан центнер``: a unit
    per hectare), or None when they are not a scale and/or a unit alone."""
    per_hectare = k < end and tok.low[k] in t.page.per_hectare
    if per_hectare:
        k += 1
    scale = ONE
    form = t.scale.get(tok.low[k]) if k < end else None
    if form is not None and form.value is not None and not form.families:
        scale, k = form.value, k + 1
        if k < end and tok.text[k] == ".":
            k += 1
    unit = "count"
    if k + 1 == end and tok.kind[k] == PUNCT and tok.text[k] in data.symbols:
        unit = data.symbols[tok.text[k]]  # "(%)"
    elif k < end:
        found = _unit_at(tok, k, data, t)
        if found is not None and found[2] == end:
            unit = found[0]
        elif scale is ONE or not all(tok.kind[j] == WORD for j in range(k, end)) or end - k > 2:
            return None  # after a scale, one or two words name what is counted: "(мың адам)", "(мың бас мал)"
    elif scale is ONE:
        return None
    if per_hectare:
        unit = t.page.per_hectare_units.get(unit, unit)
    return scale, unit


def _scale(m: _Match, factor: Decimal) -> None:
    """Multiply what *m* read by *factor*: its value, bounds and precision."""
    if m.value is not None:
        m.value = m.value * factor
    if m.low is not None:
        m.low = m.low * factor
    if m.high is not None:
        m.high = m.high * factor
    if m.precision is not None:
        m.precision = m.precision * factor


_LINK_MARKS = frozenset("/@_#\\=&")
_PHONE_MARKS = frozenset("-()")
_PHONE_DIGITS = 9
# The numero sign of Cyrillic typography: "№ 5 мектеп" is school No. 5, a name and not a count.
_NUMERO = "№"
# What any of the cases below needs somewhere in the text: a link mark, ":", "+", "(" or "№",
# or a letter touching a digit. Most sentences have none, and then nothing is blocked.
_BLOCK_MARKS = frozenset("/@_#\\=&:+(" + _NUMERO)


def _not_claims(tok: Tokens, numbers: Iterable[int] | None = None) -> set[int]:
    """Digit runs that are not claims: inside a URL, an e-mail address or a file path
    (a run of touching tokens with ``/``, ``@``, ...), a clock time or ratio (``10:30``),
    glued to letters (``user2025``, ``A320``), a phone number (``+7 701 123 45 67``), or
    a number's name after the numero sign (``№ 5 мектеп``, school No. 5).

    *numbers* holds at least every digit token (find_quantities passes the tokens a
    quantity may start at; None: all tokens). One pass over the tokens
    (docs/explanation/value-semantics.md, "Not claims").
    """
    blocked: set[int] = set()
    # each mark is a token of its own (neither letter, digit nor space): a set test of the token
    # texts costs a third of a regex search of the text
    if _BLOCK_MARKS.isdisjoint(tok.text):
        # A letter touching a digit in the text is a digit token right after a word token with no
        # space between (a word token ends in a letter, digits never join one). Looking at the
        # digit tokens alone is 4x cheaper than a regex search of the text for it.
        kind, gap = tok.kind, tok.gap
        for i in range(len(kind)) if numbers is None else numbers:
            if kind[i] == NUM and gap[i] == 0 and i > 0 and kind[i - 1] == WORD:
                break
        else:
            return blocked
    n = len(tok.kind)
    i = 0
    while i < n:
        # a run of tokens that touch each other: one "word" of the text
        j = i + 1
        while j < n and tok.gap[j] == 0:
            j += 1
        digits = [k for k in range(i, j) if tok.kind[k] == NUM]
        if digits:
            if any(tok.kind[k] == PUNCT and tok.text[k] in _LINK_MARKS for k in range(i, j)):
                blocked.update(digits)
            else:
                for k in digits:
                    before = tok.kind[k - 1] if k > i else None
                    if before == WORD:
                        blocked.add(k)
                    elif (before == PUNCT and tok.text[k - 1] == ":" and k - 2 >= i
                          and tok.kind[k - 2] == NUM):
                        blocked.update((k - 2, k))
        i = j
    # a name after the numero sign, touching it or one space after: "№5", "№ 12"
    for k in range(1, n):
        if tok.kind[k] == NUM and tok.text[k - 1] == _NUMERO and tok.gap[k] <= 1:
            blocked.add(k)
    # phone numbers: at least nine digits in groups, after "+" or with an area code in brackets
    # (+7 701 123 45 67, 8 (727) 333-44-55, (71) 239-12-34)
    for i in range(n - 1):
        plus = tok.text[i] == "+" and tok.kind[i + 1] == NUM and tok.gap[i + 1] == 0
        area = i + 2 < n and tok.text[i] == "(" and tok.kind[i + 1] == NUM and tok.text[i + 2] == ")"
        if area and i > 0 and tok.kind[i - 1] == NUM and tok.gap[i] == 1:
            continue  # the run starts at the digit before the bracket: counted from there
        trunk = i + 3 < n and tok.kind[i] == NUM and tok.text[i + 1] == "(" and tok.kind[i + 2] == NUM
        if plus or area or (trunk and tok.text[i + 3] == ")"):
            k, count, run = (i + 1 if plus else i), 0, []
            while k < n and tok.gap[k] < 2 and (tok.kind[k] == NUM or tok.text[k] in _PHONE_MARKS):
                if tok.kind[k] == NUM:
                    count += len(tok.text[k])
                    run.append(k)
                k += 1
            if count >= _PHONE_DIGITS:
                blocked.update(run)
    return blocked


# The roles of the word forms that can begin a number (a unit, month or "бүтін" cannot).
_STARTER_ROLES = frozenset({"digit", "ten", "hundred", "fraction", "scale", "abbr", "collective", "vague", "times"})
_STARTING_MARKS = _CURRENCY_SYMBOLS_BEFORE | {"-"}


@attrs.frozen(eq=False)
class _Tables:
    """What the reader asks about a word, answered by one dict or set lookup.

    Built once per language from its data (nothing here is a language fact of
    its own): scanning a word's forms or a phrase table for every token was
    most of the reader's time (benchmarks/RESULTS.md).
    """

    starters: frozenset[str]  # words that can begin a quantity
    openers: frozenset[str]  # the starters and the marks that can begin one ($, -)
    before: _Phrases  # the qualifiers before the number (камида, бор-йўғи)
    after: _Phrases  # ... and after it (астам, кам эмас)
    several: _Phrases  # "бир неча", "бірнеше"
    year_words: frozenset[str]  # "жыл", "йил" and their forms
    month_words: frozenset[str]
    abbr_words: frozenset[str]  # "млн", "млрд."
    special: Mapping[str, Form]  # the first collective or vague reading with a value
    scale: Mapping[str, Form]  # the first scale or abbreviation reading with a value
    unit: Mapping[str, Form]  # the first unit reading
    unit_case: Mapping[tuple[str, str], str]  # (word, unit id) -> case of its first reading as that unit
    prefix_units: Mapping[str, tuple[str, ...]]  # "ақш" -> the units it can come before, in data order
    unit_words: frozenset[str]  # every word _unit_at can read a unit from (most words are none)
    page: _Page  # units written in marks, conversions, limits and page furniture
    minus: str  # the word for a negative sign, "минус"
    share_starts: frozenset[str]  # the half words and the number words in the ablative ("бестен"): a share may start


@attrs.frozen(eq=False)
class _Page:
    """What the reader knows beyond the number words: lang/data/<tag>/structure.toml, lang/data/units.toml
    and the [furniture] of lang/data/common.toml (docs/explanation/value-semantics.md)."""

    written: Mapping[tuple[str, ...], str]  # ("кв", ".", "м") -> "m2": a unit written in several tokens
    written_first: frozenset[str]  # their first tokens
    convert: Mapping[str, tuple[str, Decimal]]  # unit id -> (the unit reported, the factor)
    per_hectare: frozenset[str]  # "гектарына": a figure right after it is a yield
    per_hectare_units: Mapping[str, str]  # t -> t/ha
    reached_stems: tuple[str, ...]  # verbs after a limit that make it the level reached
    reached_endings: frozenset[str]  # what follows the stem: the past tense, its passive, the participle
    furniture_after: _Phrases  # "рет қаралды": the figure before is a counter
    subunits: Mapping[str, tuple[tuple[str, int], ...]]  # KZT -> (("тиын", 100),): "25 теңге 24 тиын"
    half_words: Mapping[str, str]  # "жартысы", "ярмидан" -> the case it carries: half of something, 50 %
    part_words: Mapping[str, str]  # "қисми", "бөлігін" -> its case: "тўртдан уч қисми" (three of four parts)
    fraction_words: Mapping[str, Decimal]  # "четверть" -> 4: a fraction in one word, 100/4 per cent
    ordinal_parts: bool  # an ordinal before a part word is a fraction: "пятой части" (one fifth)
    nouns: Mapping[str, tuple[frozenset[str], bool]]  # "тоқсан" -> (words after which it is a noun, after an ordinal)
    rate_bases: frozenset[Decimal]  # 1000: "1000 тұрғынға шаққанда 18,29" is a rate per 1000
    rate_words: frozenset[str]  # "шаққанда": what may follow the base's noun
    rate_each: frozenset[str]  # "ҳар", "әр": "each", before the base
    rate_per: frozenset[str]  # "на": a rate's base after its figure ("18,29 на 1000 жителей")
    rate_after_bases: frozenset[Decimal]  # the bases read after the figure
    dative_endings: tuple[str, ...]  # the endings of the dative, the base's noun carries one
    conjunctions: frozenset[str]  # "және", "ва": between two coordinated figures
    comparison_endings: tuple[str, ...]  # "дагидан": the base of a comparison ("давридагидан", than the period)
    difference_words: frozenset[str]  # "ортиқ": after a figure that follows that base, the difference
    bare_years: tuple[int, int]  # the years a bare four-digit figure is read as
    year_abbreviations: frozenset[str]  # "ж", "й": "2024 ж." is a year
    year_marks: frozenset[str]  # "©": the figure after it is a year
    counter_marks: frozenset[str]  # "👁"
    counter_labels: frozenset[str]  # "қаралым": the figure after it (and its ":") is a view counter
    time_zones: frozenset[str]  # "GMT", as written
    range_from: frozenset[str]  # "от": "от 10 до 20 долларов" is one range
    change_from: frozenset[str]  # "с": "с 20 до 25 тысяч тенге", where a change started
    span_to: frozenset[str]  # "до", between the two figures


def data_suffixes(tag: str) -> Mapping[str, Form]:
    """The endings a figure may carry in language *tag*, with what they say (lang/data/<tag>.toml)."""
    return load(tag).suffixes


@functools.cache
def _page(tag: str) -> _Page:
    """The per-language structure file, the unit conversions and the furniture marks, validated."""
    where = f"lang/data/{tag}/structure.toml"
    # every table of the file is optional: a language without one reads no such structure
    raw = read_lang(tag, "structure") if has_file(tag, "structure") else {}

    def table(parent: Mapping[str, Any], key: str) -> dict[str, Any]:
        return expect_table(where, parent, key) if key in parent else {}

    units = table(raw, "units")
    written: dict[tuple[str, ...], str] = {}
    for key, unit in table(units, "written").items():
        parts = tuple(tokenize(key.lower()).text)
        if not parts or not isinstance(unit, str):
            raise LanguageDataError(where, f"units.written.{key}", "expected a unit id")
        written[parts] = unit
    hectare = table(units, "per_hectare")
    limit = table(raw, "limit")
    furniture = table(raw, "furniture")
    common_where = "lang/data/common.toml"
    common = expect_table(common_where, read_data("common.toml"), "furniture")
    convert: dict[str, tuple[str, Decimal]] = {}
    conv_where = "lang/data/units.toml"
    for unit, spec in expect_table(conv_where, read_data("units.toml"), "convert").items():
        if not isinstance(spec, dict) or not isinstance(spec.get("unit"), str):
            raise LanguageDataError(conv_where, f"convert.{unit}", "expected { unit = <id>, factor = <number> }")
        convert[unit] = (spec["unit"], _factor(conv_where, unit, spec.get("factor")))
    subunits: dict[str, list[tuple[str, int]]] = {}
    for stem, spec in table(units, "subunits").items():
        per = spec.get("per") if isinstance(spec, dict) else None
        if not isinstance(per, int) or isinstance(per, bool) or per < 2:
            raise LanguageDataError(where, f"units.subunits.{stem}", "expected { units = [<ids>], per = <int> }")
        for unit in expect_list(where, spec, "units"):
            subunits.setdefault(unit, []).append((stem.lower(), per))
    shares = table(raw, "shares")
    nouns: dict[str, tuple[frozenset[str], bool]] = {}
    for stem, spec in table(raw, "nouns").items():
        ordinal = spec.get("after_ordinal", False) if isinstance(spec, dict) else None
        if not isinstance(ordinal, bool):
            raise LanguageDataError(where, f"nouns.{stem}", "expected { after = [<words>], after_ordinal = <bool> }")
        nouns[stem.lower()] = (frozenset(w.lower() for w in expect_list(where, spec, "after", default=[])), ordinal)
    rates = table(raw, "rates")
    bases = rates.get("bases", [])
    if not isinstance(bases, list) or not all(isinstance(b, int) and not isinstance(b, bool) and b > 1 for b in bases):
        raise LanguageDataError(where, "rates.bases", "expected a list of whole numbers above 1")
    fractions = {w.lower(): Decimal(d) for w, d in table(shares, "fractions").items()
                 if isinstance(d, int) and not isinstance(d, bool) and d > 1}
    if len(fractions) != len(table(shares, "fractions")):
        raise LanguageDataError(where, "shares.fractions", "expected <word> = <denominator>, a whole number above 1")
    after_bases = rates.get("after_bases", [])
    if not isinstance(after_bases, list) or not all(
            isinstance(b, int) and not isinstance(b, bool) and b > 1 for b in after_bases):
        raise LanguageDataError(where, "rates.after_bases", "expected a list of whole numbers above 1")
    years = common.get("bare_years", [1900, 2100])
    if not (isinstance(years, list) and len(years) == 2 and all(isinstance(y, int) for y in years)):
        raise LanguageDataError(common_where, "furniture.bare_years", "expected [first, last]")
    comparison = table(raw, "comparison")
    spans = table(raw, "spans")
    return _Page(
        range_from=frozenset(w.lower() for w in expect_list(where, spans, "range_from", default=[])),
        change_from=frozenset(w.lower() for w in expect_list(where, spans, "change_from", default=[])),
        span_to=frozenset(w.lower() for w in expect_list(where, spans, "to", default=[])),
        comparison_endings=tuple(expect_list(where, comparison, "base_endings", default=[])),
        difference_words=frozenset(w.lower() for w in expect_list(where, comparison, "difference", default=[])),
        bare_years=(years[0], years[1]),
        year_marks=frozenset(expect_list(common_where, common, "year_marks", default=[])),
        year_abbreviations=frozenset(w.lower() for w in expect_list(where, table(raw, "dates"), "year_abbreviations",
                                                                    default=[])),
        conjunctions=frozenset(w.lower() for w in expect_list(where, raw, "conjunctions", default=[])),
        rate_bases=frozenset(Decimal(b) for b in bases),
        rate_words=frozenset(w.lower() for w in expect_list(where, rates, "after", default=[])),
        rate_each=frozenset(w.lower() for w in expect_list(where, rates, "each", default=[])),
        rate_per=frozenset(w.lower() for w in expect_list(where, rates, "per", default=[])),
        rate_after_bases=frozenset(Decimal(b) for b in after_bases),
        dative_endings=tuple(sorted({e for e, f in data_suffixes(tag).items() if f.case == "dat"})),
        nouns=nouns,
        half_words={w.lower(): str(case) for w, case in table(shares, "half").items()},
        part_words={w.lower(): str(case) for w, case in table(shares, "parts").items()},
        fraction_words=fractions,
        ordinal_parts=shares.get("ordinal_parts", False) is True,
        subunits={unit: tuple(stems) for unit, stems in subunits.items()},
        written=written,
        written_first=frozenset(k[0] for k in written),
        convert=convert,
        per_hectare=frozenset(w.lower() for w in expect_list(where, hectare, "words", default=[])),
        per_hectare_units=dict(table(hectare, "units")),
        reached_stems=tuple(expect_list(where, limit, "reached_stems", default=[])),
        reached_endings=frozenset(expect_list(where, limit, "reached_endings", default=[])),
        furniture_after=_Phrases.of(
            tuple(p.lower().split()) for p in expect_list(where, furniture, "after", default=[])
        ),
        counter_marks=frozenset(expect_list(common_where, common, "counter_marks")),
        counter_labels=frozenset(w.lower() for w in expect_list(where, furniture, "labels", default=[])),
        time_zones=frozenset(expect_list(common_where, common, "time_zones")),
    )


def _factor(where: str, unit: str, value: object) -> Decimal:
    try:
        factor = Decimal(str(value))
    except ArithmeticError:
        factor = Decimal(0)
    if not isinstance(value, str | int) or isinstance(value, bool) or not factor > 0:
        raise LanguageDataError(where, f"convert.{unit}.factor", f"expected a positive number, found {value!r}")
    return factor


def _first_tokens(table: Iterable[tuple[str, ...]]) -> frozenset[str]:
    """The first token of each phrase of *table*, as tokenize cuts it ("бор" of "бор-йўғи")."""
    return frozenset(key[0].split("-")[0] for key in table)


def _beginnings(table: Iterable[tuple[str, ...]]) -> frozenset[tuple[str, ...]]:
    """Every key :func:`_phrase_at` builds on its way to a phrase of *table*: the phrase cut
    after each of its word tokens (("бор",) and ("бор-йўғи",); ("ең",), ("ең", "аз") and
    ("ең", "аз", "дегенде")). A key that is none of these begins no phrase."""
    found: set[tuple[str, ...]] = set()
    for key in table:
        for w, word in enumerate(key):
            parts = word.split("-")
            found.update((*key[:w], "-".join(parts[: k + 1])) for k in range(len(parts)))
    return frozenset(found)


@attrs.frozen(eq=False)
class _Phrases:
    """A table of phrases (tuples of lower-case words) as :func:`_phrase_at` looks them up."""

    keys: frozenset[tuple[str, ...]]
    first: frozenset[str]  # the first token of each phrase: most tokens start none
    beginnings: frozenset[tuple[str, ...]]  # where the search may stop early (:func:`_beginnings`)

    @classmethod
    def of(cls, table: Iterable[tuple[str, ...]]) -> _Phrases:
        keys = frozenset(table)
        return cls(keys, _first_tokens(keys), _beginnings(keys))


@functools.cache
def _language(tag: str) -> tuple[LangData, _Tables]:
    """A language's data and tables, by its tag: one cached call per text instead of two."""
    data = load(tag)
    return data, _tables(data)


@functools.cache
def _tables(data: LangData) -> _Tables:
    """One pass over the word forms (kk has about 28,000; this runs on the first call for a language)."""
    page = _page(data.tag)
    starters: set[str] = set()
    year_words: set[str] = set()
    month_words: set[str] = set()
    abbr_words: set[str] = set()
    special: dict[str, Form] = {}
    scale: dict[str, Form] = {}
    unit: dict[str, Form] = {}
    unit_case: dict[tuple[str, str], str] = {}
    for word, forms in data.words.items():
        for f in forms:  # the first reading of each kind wins, as when the forms are scanned in order
            role = f.role
            if role in _STARTER_ROLES:
                starters.add(word)
            if f.unit == "year":
                year_words.add(word)
            if role == "month":
                month_words.add(word)
            elif role == "abbr":
                abbr_words.add(word)
            if f.value is not None and role in ("collective", "vague", "times"):
                special.setdefault(word, f)
            if f.value is not None and role in ("scale", "abbr"):
                scale.setdefault(word, f)
            if role == "unit" and f.unit is not None:
                unit.setdefault(word, f)
                unit_case.setdefault((word, f.unit), f.case)
    # a bare homograph starts a number when a number word follows it ("семью миллиардами")
    starters.update(w for w, forms in data.continuations.items() if any(not f.families for f in forms))
    starters.update(p[0] for p in data.qualifiers_before)
    starters.update(p[0] for p in data.several)
    starters.update(page.half_words)
    starters.update(page.fraction_words)
    if data.spell.get("minus"):
        starters.add(str(data.spell["minus"]).lower())
    prefix_units: dict[str, list[str]] = {}
    for unit_id, prefixes in data.unit_prefixes.items():
        for prefix in prefixes:
            prefix_units.setdefault(prefix, []).append(unit_id)
    unit_words = frozenset().union(
        data.times_words, prefix_units, (phrase[0] for phrase in data.unit_phrases), unit, data.symbols
    )
    return _Tables(
        starters=frozenset(starters),
        openers=frozenset(starters) | _STARTING_MARKS,
        before=_Phrases.of(data.qualifiers_before),
        after=_Phrases.of(data.qualifiers_after),
        several=_Phrases.of(data.several),
        year_words=frozenset(year_words),
        month_words=frozenset(month_words),
        abbr_words=frozenset(abbr_words),
        special=special,
        scale=scale,
        unit=unit,
        unit_case=unit_case,
        prefix_units={p: tuple(units) for p, units in prefix_units.items()},
        unit_words=unit_words | page.written_first,
        page=page,
        minus=str(data.spell.get("minus", "")).lower(),
        share_starts=frozenset(page.half_words).union(
            page.fraction_words,
            (word for word, forms in data.words.items()
             if forms[0].case == "abl" and forms[0].role in ("digit", "ten", "hundred")),
            (word for word, forms in data.words.items()
             if page.ordinal_parts and forms[0].ordinal and forms[0].value is not None and forms[0].value > 2),
        ),
    )


def _may_start(tok: Tokens, t: _Tables) -> list[int]:
    """The tokens a quantity may start at: digits, a currency sign or minus, a starting word, a Roman numeral.

    One comprehension over the tokens (no call per token but for upper-case words). The starting
    words and marks are one set (``_Tables.openers``): a word is never a mark, and no starting word
    is one character that is neither letter nor digit (tested), so a mark token is never taken for
    a word. ``text[i] != low`` skips ``isupper`` for a word in lower case: a word equal to its lower
    case is not upper case, or has an upper-case letter without a lower case, which no Roman numeral
    letter is.
    """
    openers, kind, text = t.openers, tok.kind, tok.text
    # (enumerate over one list: a zip of three costs more to set up than this whole pass for a short text)
    return [
        i
        for i, low in enumerate(tok.low)
        if low in openers
        or kind[i] == NUM
        or (text[i] != low and kind[i] == WORD and text[i].isupper() and _roman(tok, i) is not None)
    ]


def _roman(tok: Tokens, i: int) -> int | None:
    """A Roman numeral token (XXI, ХХI): upper case, with an I, V or X, at least two letters or I/V/X alone."""
    word = tok.text[i]
    if not word.isupper() or len(word) > 12:
        return None
    value = read_roman(word, data_roman())
    if value is None:
        return None
    latin = "".join(data_roman()[ch] for ch in word)
    if not any(ch in "IVX" for ch in latin):
        return None
    if not word.isascii() and any(ch in "LCDM" for ch in latin):
        return None  # Cyrillic МСХ, СМИ: an acronym; Cyrillic look-alikes make only I, V and X (ХХI)
    if len(word) == 1 and word not in "IVX":
        return None
    return value


# ---------------------------------------------------------------------------


def _read(tok: Tokens, i: int, data: LangData, t: _Tables) -> _Match | None:
    n = len(tok.kind)
    j = i
    bound = Qualifier.EXACT
    # a qualifier before the number: камида, кемінде, шамамен (a word: most quantities start at a digit)
    phrase, after_phrase = None, i
    if tok.kind[i] == WORD:
        phrase, after_phrase = _phrase_at(tok, j, t.before)
    if phrase is not None:
        bound, j = data.qualifiers_before[phrase], after_phrase
        if j >= n or tok.gap[j] == 2:
            return None
        if phrase in data.level_after_change and _change_before(tok, i, data) == "change":
            bound = Qualifier.EXACT  # "снизилась до 77%": where a change ended, not a limit
    # a currency sign before the number: $4,4 млрд
    unit = "count"
    if tok.kind[j] == PUNCT and tok.text[j] in _CURRENCY_SYMBOLS_BEFORE:
        if j + 1 >= n or tok.kind[j + 1] != NUM or tok.gap[j + 1] == 2:
            return None
        unit = data.symbols.get(tok.text[j], unit)
        j += 1
    negative = False
    if tok.kind[j] == PUNCT and tok.text[j] == "-":
        if not (j + 1 < n and tok.kind[j + 1] == NUM and tok.gap[j + 1] == 0
                and (j == 0 or tok.gap[j] > 0 or tok.text[j - 1] in _OPEN_BRACKETS)):
            return None
        if j > 0 and tok.kind[j - 1] == NUM:
            return None
        negative, j = True, j + 1
    elif (tok.kind[j] == WORD and tok.low[j] == t.minus and j + 1 < n and tok.gap[j + 1] == 1
          and (tok.kind[j + 1] == NUM or tok.low[j + 1] in t.starters)):
        negative, j = True, j + 1  # "минус бес", "минус 15"

    if not negative and j + 4 < n and tok.text[j + 1] == "." and tok.kind[j] == NUM:
        dated = _dotted_date(tok, i, j)
        if dated is not None:
            return dated
    if tok.low[j] in t.share_starts and not negative:  # "жартысы", "бестен": most words start no share
        share = _read_share(tok, i, j, data, t)
        if share is not None:
            share.bound = bound if bound != Qualifier.EXACT else share.bound
            return share
    special = _read_special(tok, j, data, t) if tok.kind[j] == WORD else None
    if special is not None:
        if phrase is not None:
            special.first = i
            if special.bound == Qualifier.EXACT:  # почти вдвое, около двоих
                special.bound = bound
        return special
    number = read_compound(tok, j, data)
    if number is None:
        return None
    if beyond_limits(number):
        return _Match(i, number.stop, None, unread=True)
    k = number.stop
    if (number.words and number.last is None and not negative and k < n and tok.gap[k] == 1
            and tok.low[k] in t.page.fraction_words and number.value < t.page.fraction_words[tok.low[k]]):
        # a count of parts before a fraction word: "две трети" (two thirds, 66.7 %), "три четверти"
        m = _Match(i, k + 1, _percent_of(t.page.fraction_words[tok.low[k]] / number.value),
                   precision=SHARE_WORD_STEP, unit="percent", bound=bound)
        _read_tail(tok, m, data, t)
        return m
    if number.words and data.lone_one_is_article and not _counts(number) and not _measured(tok, number.stop, data):
        return None
    if (data.ordinal_titles and number.last is not None and number.last.ordinal and number.stop < n
            and tok.low[number.stop].startswith(data.ordinal_titles)):
        return None  # "первый заместитель": a title, not a rank
    if number.words and number.terms == 1 and t.page.nouns and _is_noun(tok, j, data, t.page):
        return None
    m = _Match(i, number.stop, -number.value if negative else number.value, precision=number.precision, unit=unit)
    m.bound = bound
    last = number.last
    if last is not None:
        _apply_form(m, last)
    elif tok.kind[number.stop - 1] == NUM or _ends_in_abbr(tok, number, t):
        k = number.stop
        # a range or a suffix touches the figure (5-6 млн, 30-дан, 30дан) or an Uzbek suffix stands
        # apart (30 дан); most figures have a word after a space, and neither reader is called
        if k < n and (tok.gap[k] == 0 or tok.low[k] in data.spaced_suffixes):
            ranged = _read_range(tok, m, number, data, t)
            if ranged is not None:
                return ranged
            if _read_digit_suffix(tok, m, data, t) and m.kind in (Kind.ORDINAL, Kind.DATE):
                return m
    elif number.words and number.stop + 1 < n and tok.text[number.stop] in _RANGE_DASHES:
        ranged = _read_word_range(tok, m, number, data, t)
        if ranged is not None:
            return ranged
    if (m.kind is Kind.CARDINAL or (number.words and m.kind is Kind.ORDINAL)) and not m.case and _read_date(
            tok, m, number, data, t):
        return m
    _read_tail(tok, m, data, t)
    if data.change_prepositions and not m.change and _after_change_preposition(tok, i, after_phrase, phrase, data):
        m.change = True
    return m


def _after_change_preposition(tok: Tokens, i: int, j: int, phrase: tuple[str, ...] | None, data: LangData) -> bool:
    """"вырос на 12,5%", "выросли почти на 30%", "в 1,3 раза": a change preposition right before the
    figure (or ending its qualifier) with a change verb before it in the clause."""
    if phrase is not None and phrase[-1] in data.change_prepositions:
        return _change_before(tok, i, data) == "change"
    at = i if phrase is None else j
    if at == 0 or tok.kind[at - 1] != WORD or tok.low[at - 1] not in data.change_prepositions:
        return False
    return _change_before(tok, at - 1, data) == "change"


_CLAUSE_ENDS = frozenset(".;!?:")
_CLAUSE_WORDS = 8
_INTENT_WORDS = 2  # a word of intent governs the verb right after it: "намерено увеличить"


def _change_before(tok: Tokens, i: int, data: LangData) -> str:
    """What the clause says before token *i*: "intent" (a word of intent: намерено увеличить),
    "change" (a change verb, or a change's start "с 16,5%"), or ""."""
    found, since = "", 0  # since: words read since the change was found
    k, words = i - 1, 0
    while k >= 0 and words < _CLAUSE_WORDS and tok.gap[k + 1] < 2 and since < _INTENT_WORDS:
        if tok.kind[k] == PUNCT and tok.text[k] in _CLAUSE_ENDS:
            break
        if tok.kind[k] == WORD:
            words += 1
            since += 1 if found else 0
            low = tok.low[k]
            if data.intent_stems and low.startswith(data.intent_stems):
                return "intent"  # намерено увеличить, планирует довести
            if not found and (_starts_change(low, data) or (
                    low in data.change_from and k + 1 < len(tok.kind) and tok.kind[k + 1] == NUM)):
                found = "change"
        k -= 1
    return found
_HUNDRED = Decimal(100)
#: The written precision of a share in words ("жартысы", "төрттен үші", "около пятой части"), in percentage
#: points. The simple fractions a writer reaches for (halves, thirds, quarters, fifths) lie at least 5 points
#: apart (1/5 and 1/4, 3/4 and 4/5), so a fraction word says the share to the nearest of them, not to the
#: point: "more than three quarters" is plausibly (75, 80], and 77 % agrees (docs/explanation/verdicts.md).
SHARE_WORD_STEP = Decimal(5)


def _is_noun(tok: Tokens, j: int, data: LangData, page: _Page) -> bool:
    """A number word that is a noun here: "тоқсан" (90) is the quarter of a year after an ordinal or after
    "сәйкес" ("екінші тоқсанында", "сәйкес тоқсанмен"); "эллик" (50) is "foreign" after "чет"."""
    low = tok.low[j]
    for stem, (after, after_ordinal) in page.nouns.items():
        if low.startswith(stem) and j > 0 and tok.gap[j] < 2:
            before = tok.low[j - 1]
            if before in after:
                return True
            digit_ordinal = tok.text[j - 1] == "-" and j > 1 and tok.kind[j - 2] == NUM  # 2-тоқсан
            if after_ordinal and (digit_ordinal or any(f.ordinal for f in data.forms(before))):
                return True
    return False


def _percent_of(denominator: Decimal) -> Decimal:
    """One part of *denominator* as per cent, to a tenth: 4 -> 25, 3 -> 33.3 (1.5 -> 66.7: two thirds)."""
    return tidy((_HUNDRED / denominator).quantize(Decimal("0.1")))


def _read_share(tok: Tokens, i: int, j: int, data: LangData, t: _Tables) -> _Match | None:
    """A share in words, read as per cent: "жартысы" / "ярми" (half, 50 %), "бестен бірі" / "учдан бири"
    (one of five, 20 %), "тўртдан уч қисми" (three parts of four, 75 %). "Биринчи ярмида" (in the first half,
    a period) is none: a half after an ordinal, or in the locative, is a part of a year."""
    page = t.page
    low = tok.low[j]
    n = len(tok.kind)
    if low in page.half_words:
        if j > 0 and tok.gap[j] == 1 and any(f.ordinal for f in data.forms(tok.low[j - 1])):
            return None
        m = _Match(i, j + 1, _HUNDRED / 2, precision=SHARE_WORD_STEP, unit="percent", case=page.half_words[low])
        _read_tail(tok, m, data, t)
        return m
    if low in page.fraction_words:  # "четверть", "трети": a fraction in one word
        m = _Match(i, j + 1, _percent_of(page.fraction_words[low]), precision=SHARE_WORD_STEP, unit="percent")
        _read_tail(tok, m, data, t)
        return m
    whole = data.forms(low)
    if (page.ordinal_parts and whole and whole[0].ordinal and i < j and j + 1 < n and tok.gap[j + 1] == 1
            and tok.low[j + 1] in page.part_words and whole[0].value is not None):
        # "около пятой части" (about one fifth): after a qualifier only, as "в третьей части доклада" is a part
        m = _Match(i, j + 2, _percent_of(whole[0].value), precision=SHARE_WORD_STEP, unit="percent")
        _read_tail(tok, m, data, t)
        return m
    if not whole or whole[0].case != "abl" or j + 1 >= n or tok.gap[j + 1] != 1 or tok.kind[j + 1] != WORD:
        return None  # the usual case: no ablative number word ("бестен", "учдан")
    denominator = read_words(tok, j, data)
    if denominator is None or denominator.last is None or denominator.last.case != "abl" or denominator.value < 2:
        return None
    part = read_words(tok, denominator.stop, data)
    if part is None or not 0 < part.value < denominator.value:
        return None
    stop, case = part.stop, None
    if part.last is not None and "px3" in part.last.families:
        case = part.last.case
    elif part.last is None and stop < n and tok.gap[stop] == 1 and tok.low[stop] in page.part_words:
        stop, case = stop + 1, page.part_words[tok.low[stop]]
    if case is None:
        return None
    value = part.value * _HUNDRED / denominator.value
    m = _Match(i, stop, value, precision=SHARE_WORD_STEP, unit="percent", case=case)
    _read_tail(tok, m, data, t)
    return m


def _dotted_date(tok: Tokens, i: int, j: int) -> _Match | None:
    """A date written with dots, ``15.11.2025`` or ``15.11.25``: day, month, year touching (kind date)."""
    text, kind, gap = tok.text, tok.kind, tok.gap
    if not (gap[j + 1] == 0 and kind[j + 2] == NUM and gap[j + 2] == 0 and text[j + 3] == "." and gap[j + 3] == 0
            and kind[j + 4] == NUM and gap[j + 4] == 0):
        return None
    day, month, year = text[j], text[j + 2], text[j + 4]
    if len(day) > 2 or len(month) > 2 or len(year) not in (2, 4) or not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
        return None
    return _Match(i, j + 5, Decimal(year), kind=Kind.DATE, unit="date")


def _counts(number: Number) -> bool:
    """A lone "бір"/"бир" is the article, a lone "жарым" a word: neither is a quantity."""
    last = number.last
    marked = last is not None and (last.ordinal or last.classifier or last.role == "collective")
    return marked or number.terms > 1 or number.scaled or number.value > 1


def _measured(tok: Tokens, k: int, data: LangData) -> bool:
    """Whether a per cent or a currency word follows at *k*: "бір пайыз", "одного процента", "нөл пайыз"
    are quantities, where a lone "one" before another word is the article."""
    return k < len(tok.kind) and tok.gap[k] == 1 and any(
        f.role == "unit" and f.unit is not None and (f.unit == "percent" or f.unit.isupper())
        for f in data.forms(tok.low[k])
    )


def _ends_in_abbr(tok: Tokens, number: Number, t: _Tables) -> bool:
    k = number.stop - 1
    if tok.text[k] == ".":
        k -= 1
    return tok.low[k] in t.abbr_words


def _apply_form(m: _Match, form: Form) -> None:
    """What the suffix on the number's last word says: case, ordinal, classifier, about."""
    if form.ordinal:
        m.kind = Kind.ORDINAL
        m.unit = "ordinal"
    if form.approx:
        m.bound, m.approx = Qualifier.ABOUT, True
    if form.case == "lim":
        m.bound = Qualifier.UP_TO
    m.case = form.case


def _phrase_at(tok: Tokens, i: int, table: _Phrases) -> tuple[tuple[str, ...] | None, int]:
    """The longest phrase of *table* starting at token *i*, and the token after it."""
    if i >= len(tok.kind) or tok.low[i] not in table.first:
        return None, i  # the usual case
    best: tuple[str, ...] | None = None
    stop = i
    words: list[str] = []
    j = i
    n = len(tok.kind)
    while j < n and len(words) < 4:
        if tok.kind[j] == PUNCT and tok.text[j] == "-" and tok.gap[j] == 0 and words:
            words[-1] += "-"
            j += 1
            continue
        if tok.kind[j] != WORD or (j > i and tok.gap[j] == 2):
            break
        if words and words[-1].endswith("-"):
            words[-1] += tok.low[j]
        else:
            words.append(tok.low[j])
        j += 1
        key = tuple(words)
        if key in table.keys:
            best, stop = key, j
        if key not in table.beginnings:
            break  # no longer phrase begins so
    return best, stop


def _read_special(tok: Tokens, j: int, data: LangData, t: _Tables) -> _Match | None:
    """Numbers that are not digits or plain number words: Roman numerals, collectives, "thousands of"."""
    if tok.kind[j] != WORD:
        return None
    roman = _roman(tok, j)
    if roman is not None:
        return _Match(j, j + 1, Decimal(roman), low=Decimal(roman), high=Decimal(roman), precision=Decimal(1),
                      unit="ordinal", kind=Kind.ORDINAL)
    form = t.special.get(tok.low[j])
    if form is not None and form.value is not None:
        if form.role == "collective":
            return _Match(j, j + 1, form.value, precision=Decimal(1), case=form.case)
        if form.role == "times":  # вдвое "twice"
            return _Match(j, j + 1, form.value, precision=Decimal(1), unit="times")
        m = _Match(j, j + 1, None, low=form.value * 2, high=form.value * 10, precision=form.value,
                   bound=Qualifier.RANGE, approx=True, case=form.case)
        _read_tail(tok, m, data, t)
        return m
    phrase, stop = _phrase_at(tok, j, t.several)
    if phrase is not None and stop < len(tok.kind) and tok.gap[stop] == 1:
        scale = t.scale.get(tok.low[stop])
        if scale is not None and scale.value is not None:
            base = scale.value
            m = _Match(j, stop + 1, None, low=base * 2, high=base * 10, precision=base, bound=Qualifier.RANGE,
                       approx=True, case=scale.case)
            _read_tail(tok, m, data, t)
            return m
    return None


def _read_range(tok: Tokens, m: _Match, first: Number, data: LangData, t: _Tables) -> _Match | None:
    """``5-6 млн``, ``11-12 ноябрь``, ``2024-2030 йиллар``: two figures joined by a hyphen."""
    k = first.stop
    n = len(tok.kind)
    # an em dash is punctuation between words, but joins two figures written close: 5—6 млн
    if not (k + 1 < n and tok.text[k] in ("-", "\u2014") and tok.gap[k] == 0 and tok.kind[k + 1] == NUM
            and tok.gap[k + 1] == 0):
        return None
    if first.scaled:
        return None
    # an ISO date: 2025-11-12
    if (k + 3 < n and tok.text[k + 2] == "-" and tok.gap[k + 2] == 0 and tok.kind[k + 3] == NUM
            and len(tok.text[first.first]) == 4):
        return _Match(m.first, k + 4, m.value, kind=Kind.DATE, unit="date")
    second = read_compound(tok, k + 1, data)
    if second is None or m.value is None or beyond_limits(second):
        return None
    low, high = m.value, second.value
    if second.scaled:
        digits = read_digits(tok, k + 1, data.decimal_separator)
        if digits is None or digits.value == 0:
            return None
        low = m.value * (second.value / digits.value)
    if not low < high:
        return None
    r = _Match(m.first, second.stop, None, low=tidy(low), high=tidy(high), precision=second.precision,
               bound=Qualifier.RANGE, unit=m.unit)
    if second.last is not None:
        _apply_form(r, second.last)
    if not second.scaled and _read_date(tok, r, second, data, t, ranged=(low, high)):
        return r
    if not second.scaled:
        _read_digit_suffix(tok, r, data, t)
    _read_tail(tok, r, data, t)
    return r


_RANGE_DASHES = ("-", "\u2014")


def _read_word_range(tok: Tokens, m: _Match, first: Number, data: LangData, t: _Tables) -> _Match | None:
    """``екі-үш``, ``бес-алты мың``, ``пять-шесть тысяч``: two numbers in words joined by a hyphen.

    The scale word after the second figure is the first's as well (5-6 thousand is 5000 to 6000).
    """
    k = first.stop
    if first.scaled or tok.gap[k] != 0 or tok.gap[k + 1] != 0 or tok.kind[k + 1] != WORD or m.value is None:
        return None
    second = read_words(tok, k + 1, data)
    if second is None or (second.last is not None and second.last.ordinal):
        return None
    low = m.value
    if second.scaled:
        scale = next((f.value for j in range(second.first, second.stop) for f in data.forms(tok.low[j])
                      if f.role in ("scale", "abbr") and f.value is not None), None)
        if scale is None:
            return None
        low = m.value * scale
    if not low < second.value:
        return None
    r = _Match(m.first, second.stop, None, low=tidy(low), high=tidy(second.value), precision=second.precision,
               bound=Qualifier.RANGE, unit=m.unit)
    if second.last is not None:
        _apply_form(r, second.last)
    _read_tail(tok, r, data, t)
    return r


def _read_digit_suffix(tok: Tokens, m: _Match, data: LangData, t: _Tables) -> bool:
    """A suffix on a figure: ``30-дан``, ``30дан``, ``30 дан`` (uz), ``млрд-қа``; or ``10-йиғилиши`` (an ordinal).

    Returns True when it read something.
    """
    k = m.stop
    n = len(tok.kind)
    if k >= n:
        return False
    hyphen = tok.text[k] == "-" and tok.gap[k] == 0 and k + 1 < n and tok.kind[k + 1] == WORD and tok.gap[k + 1] == 0
    w = k + 1 if hyphen else k
    if w >= n or tok.kind[w] != WORD:
        return False
    low = tok.low[w]
    attached = hyphen or tok.gap[w] == 0
    if attached or (tok.gap[w] == 1 and low in data.spaced_suffixes):
        suffix = data.suffixes.get(low)
        if suffix is not None:
            if suffix.role == "collective":
                m.case = suffix.case
            else:
                _apply_form(m, suffix)
            m.stop = w + 1
            return True
    if hyphen and m.value is not None:
        # a year or a month after the hyphen is a date (2025-йил), any other word marks an ordinal (10-йиғилиши)
        if low in t.year_words or low in t.month_words:
            return False
        if m.value == m.value.to_integral_value() and m.value > 0:
            m.kind, m.unit, m.stop = Kind.ORDINAL, "ordinal", w + 1
            m.low = m.high = m.value
            return True
    return False


def _read_date(
    tok: Tokens, m: _Match, number: Number, data: LangData, t: _Tables, ranged: tuple[Decimal, Decimal] | None = None
) -> bool:
    """A calendar year (``2025 йил``, ``2006 жылы``) or a day of a month (``11-12 ноябрь``): kind date."""
    k = m.stop
    n = len(tok.kind)
    if k < n and tok.text[k] == "-" and tok.gap[k] == 0:
        k += 1
    if k >= n or tok.kind[k] != WORD or tok.gap[k] == 2:
        return False
    low = tok.low[k]
    if ranged is None and low not in t.year_words and low not in t.month_words:
        # "2024 ж.", "2024 й.": the year's abbreviation with its dot
        if (low in t.page.year_abbreviations and k + 1 < n and tok.text[k + 1] == "." and tok.gap[k + 1] == 0
                and len(tok.text[number.first]) == 4 and not number.words and m.value is not None
                and data.year_range[0] <= m.value <= data.year_range[1]):
            m.kind, m.unit, m.stop = Kind.DATE, "year", k + 2
            return True
        return False  # the usual case, and the cheapest test: no year or month word follows
    values = ranged or (m.value, m.value)
    if any(v is None or v != v.to_integral_value() for v in values):
        return False
    lo, hi = data.year_range
    if number.words:
        # a year or a day is an ordinal in words: "екі мың жиырма төртінші жылы", "в две тысячи двадцать
        # четвёртом году", "двадцать пятого ноября"; a cardinal before the year word counts years
        if ranged is not None or m.kind is not Kind.ORDINAL or m.value is None:
            return False
        if low in t.year_words and number.scaled and lo <= m.value <= hi:
            m.kind, m.unit, m.stop = Kind.DATE, "year", k + 1
            return True
        if low in t.month_words and 1 <= m.value <= 31:
            m.kind, m.unit, m.stop = Kind.DATE, "date", k + 1
            return True
        return False
    digits = len(tok.text[number.first])
    if digits == 4 and all(v is not None and lo <= v <= hi for v in values) and low in t.year_words:
        m.kind, m.unit, m.stop = Kind.DATE, "year", k + 1
        return True
    if all(v is not None and 1 <= v <= 31 for v in values) and low in t.month_words:
        m.kind, m.unit, m.stop = Kind.DATE, "date", k + 1
        # the year after the month: "21 Қараша 2024"
        y = k + 1
        if y < n and tok.kind[y] == NUM and tok.gap[y] == 1 and len(tok.text[y]) == 4 and lo <= int(tok.text[y]) <= hi:
            m.stop = y + 1
        return True
    if ranged is not None and digits == 4 and all(v is not None and 1900 <= v <= hi for v in values):
        m.kind, m.unit = Kind.DATE, "year"
        return True
    return False


def _read_tail(tok: Tokens, m: _Match, data: LangData, t: _Tables) -> None:
    """After the number: a percent sign, a qualifier, a unit, a qualifier, a change verb."""
    n = len(tok.kind)
    k = m.stop
    # percent sign, with its own suffix: 30%, 30 %, 30%-ға, 9,8% га
    if k < n and tok.text[k] == "%" and tok.gap[k] < 2:
        m.unit, k = "percent", k + 1
        m.stop = k
        if _read_digit_suffix(tok, m, data, t):
            k = m.stop
    elif k < n and tok.kind[k] == PUNCT and tok.text[k] in data.symbols and tok.gap[k] < 2:
        m.unit, k = data.symbols[tok.text[k]], k + 1
        m.stop = k
    # a qualifier before the unit: "30 млрд астам долларға"; without a unit after it, it may
    # still be the qualifier after the figure (below), so what was found here is kept
    at = k
    phrase, stop = _phrase_at(tok, k, t.after)
    unit = None
    if phrase is not None and data.qualifiers_after[phrase].case == "any":
        unit = _unit_at(tok, stop, data, t)
        if unit is not None:
            m.bound, k = data.qualifiers_after[phrase].bound, stop
    # the unit word (already read when a qualifier came before it)
    if not (m.unit == "count" or (m.unit == "percent" and k == m.stop)):
        unit = None
    elif unit is None:
        unit = _unit_at(tok, k, data, t)
    if unit is not None and (m.unit == "count" or unit[0] == m.unit):
        m.unit, m.case, k = unit[0], unit[1], unit[2]
        if m.unit in t.page.convert:
            _convert(m, t.page)
        if unit[3]:
            # the similative on the unit: "40 доллардай" (about 40 dollars)
            m.bound, m.approx = Qualifier.ABOUT, True
        m.stop = k
        if m.unit in t.page.subunits and m.value is not None and m.bound == Qualifier.EXACT:
            k = _read_subunit(tok, m, data, t.page)
        if m.case == "lim":
            m.bound = Qualifier.UP_TO
    # a qualifier after: ортиқ, астам, асты, дейін, жуық
    dative = False  # a dative figure closed by a qualifier of the dative: "30%-ға жуық өсті" (grew by nearly 30 %)
    if k != at:
        phrase, stop = _phrase_at(tok, k, t.after)
    if phrase is not None:
        spec: AfterQualifier = data.qualifiers_after[phrase]
        if (spec.case == "any" and m.case != "abl" and phrase[0] in t.page.difference_words
                and _compared_before(tok, m.first, t.page)):
            # "давридагидан 11,2 фоиз ортиқ": 11,2 % more than the period before, a difference, not a bound
            m.stop, m.change = stop, True
            return
        if spec.case == "any" or spec.case == m.case:
            # (not "30 млрд долларға дейін арттырмақ": up to a level, a target, not a change)
            dative = m.case == "dat" == spec.case and spec.bound in (Qualifier.ABOUT, Qualifier.NEARLY)
            m.bound, m.stop, k = spec.bound, stop, stop
            if spec.bound in (Qualifier.ABOUT, Qualifier.NEARLY):
                m.approx = True
            m.case = spec.tail or (m.case if spec.case == "any" else "")
        elif m.case == "dat" and _starts_change(tok.low[k], data):
            m.change = True
            return
    # a change verb after a dative figure: 12,7 пайызға өсті, 30%-ға жуық өсті
    if ((m.case == "dat" or dative) and k < n and tok.kind[k] == WORD and tok.gap[k] == 1
            and _starts_change(tok.low[k], data)):
        m.change = True
    if m.unit == "times" and k < n and tok.kind[k] == WORD and _starts_change(tok.low[k], data):
        m.change = True


def _read_subunit(tok: Tokens, m: _Match, data: LangData, page: _Page) -> int:
    """An amount with its subunit after the currency: "25 теңге 24 тиын" = 25.24 KZT, "101 сўм 22 тийин".
    Returns the token after what was read (the subunit word, with its case suffix)."""
    k = m.stop
    n = len(tok.kind)
    if not (k + 1 < n and tok.kind[k] == NUM and tok.gap[k] == 1 and tok.kind[k + 1] == WORD and tok.gap[k + 1] == 1
            and len(tok.text[k]) <= 2):
        return k
    word = tok.low[k + 1]
    for stem, per in page.subunits[m.unit]:
        rest = word[len(stem):]
        if word.startswith(stem) and (not rest or rest in data.suffixes) and int(tok.text[k]) < per:
            assert m.value is not None
            m.value = m.value + Decimal(tok.text[k]) / per
            m.precision = ONE / per
            m.case = data.suffixes[rest].case if rest else ""
            m.stop = k + 2
            break
    return m.stop


def _compared_before(tok: Tokens, first: int, page: _Page) -> bool:
    """Whether the base of a comparison stands right before the figure, in the same clause: a word in the
    ablative of comparison ("ўтган йилнинг шу давридагидан", than the same period of last year)."""
    for k in range(first - 1, max(-1, first - 4), -1):
        if tok.kind[k] != WORD:
            return False
        if tok.low[k].endswith(page.comparison_endings):
            return True
    return False


def _starts_change(word: str, data: LangData) -> bool:
    return word.startswith(data.change_stems)  # str.startswith takes a tuple: one C call


def _unit_at(tok: Tokens, k: int, data: LangData, t: _Tables) -> tuple[str, str, int, bool] | None:
    """The unit at token *k*: (unit id, the case it carries, the token after it, approx)."""
    n = len(tok.kind)
    if k >= n or tok.gap[k] == 2:
        return None
    if tok.kind[k] == WORD:
        low = tok.low[k]
        if low not in t.unit_words:
            return None  # the usual case: one set lookup instead of the five below
        if low in t.page.written_first:
            written = _written_unit(tok, k, t.page)
            if written is not None:
                return written[0], _written_case(tok.low[written[1] - 1], written[0], data, t.page), written[1], False
        if low in data.times_words:
            return "times", data.times_words[low], k + 1, False
        # a prefix word that belongs to the currency: АҚШ доллары
        for unit in t.prefix_units.get(low, ()):
            if k + 1 < n and tok.gap[k + 1] == 1:
                case = t.unit_case.get((tok.low[k + 1], unit))
                if case is not None:
                    return unit, case, k + 2, False
        if k + 1 < n and tok.gap[k + 1] == 1 and (low, tok.low[k + 1]) in data.unit_phrases:
            phrase = (low, tok.low[k + 1])
            return data.unit_phrases[phrase], data.unit_phrase_cases.get(phrase, ""), k + 2, False
        form = t.unit.get(low)
        if form is not None:
            unit_id = form.unit
            assert unit_id is not None
            return unit_id, form.case, k + 1, form.approx
        if low in data.symbols and tok.gap[k] <= 1:
            stop = k + 1
            if stop < n and tok.text[stop] == "." and tok.gap[stop] == 0:
                stop += 1
            return data.symbols[low], "", stop, False
    return None


def _written_case(last: str, unit: str, data: LangData, page: _Page) -> str:
    """The case the ending of a written unit's last word gives it ("кв. метрга": dat), when a shorter
    written form of the same unit ends in that word's stem ("кв. метр")."""
    for key, other in page.written.items():
        stem = key[-1]
        if other == unit and len(last) > len(stem) and last.startswith(stem):
            form = data.suffixes.get(last[len(stem):])
            if form is not None and form.case:
                return form.case
    return ""


def _written_unit(tok: Tokens, k: int, page: _Page) -> tuple[str, int] | None:
    """The longest unit of ``[units.written]`` written from token *k* ("кв. м", "ц/га"), and the token after it."""
    n = len(tok.kind)
    best: tuple[str, int] | None = None
    for key, unit in page.written.items():
        stop = k + len(key)
        if (stop <= n and (best is None or stop > best[1]) and tuple(tok.low[k:stop]) == key
                and all(tok.gap[j] < 2 for j in range(k + 1, stop))
                and (stop == n or tok.gap[stop] > 0 or tok.kind[stop] != WORD)):
            best = unit, stop
    return best


def _convert(m: _Match, page: _Page) -> None:
    """A unit read in another (lang/data/units.toml): 16,2 centners per hectare are 1.62 t/ha."""
    unit, factor = page.convert[m.unit]
    m.unit = unit
    _scale(m, factor)


def _to_quantity(m: _Match, tok: Tokens, original: str, norm: Normalized | None, tag: str) -> Quantity:
    """The Quantity *m* read in *tok*, a tokenised normalisation *norm* of *original* (None: *original* itself)."""
    start, end = tok.start[m.first], tok.end[m.stop - 1]
    if norm is not None and norm.starts is not None:  # most texts map to themselves (Normalized.to_original)
        start, end = norm.to_original(start, end)
    value = None if m.value is None else tidy(m.value)
    low, high, low_inc, high_inc = m.low, m.high, True, True
    bound = m.bound
    if bound == Qualifier.EXACT and value is not None:
        low = high = value  # stated_bounds(value, "exact"), the usual case, without the call
    elif bound != Qualifier.RANGE and value is not None:
        low, high, low_inc, high_inc = stated_bounds(value, bound)
    approx = m.approx or bound in (Qualifier.ABOUT, Qualifier.NEARLY)
    # Positional arguments, in the order of _QUANTITY_FIELDS (a third faster than keywords).
    # A bound that is the (tidied) value itself needs no tidying, nor the precision 1 (ONE) normalising.
    return Quantity(
        start,
        end,
        original[start:end],
        value,
        low if low is None or low is value else tidy(low),
        high if high is None or high is value else tidy(high),
        low_inc,
        high_inc,
        m.precision if m.precision is None or m.precision is ONE else _normal_step(str(m.precision)),
        bound,
        approx,
        m.unit,
        m.kind,
        m.change,
        tag,
    )


@functools.lru_cache(maxsize=256)
def _normal_step(written: str) -> Decimal:
    """A precision, given as written (``str``), normalised (``1E+6``, ``0.1``): one object for each
    step however many quantities have it.

    Texts name few steps (a million claims, a few dozen), and a Decimal weighs 104 bytes. Keyed by
    the text: a new Decimal hashes three times slower than it prints.
    """
    return Decimal(written).normalize()


# _to_quantity passes the fields by position: fail at import, not silently, if model.Quantity changes them.
_QUANTITY_FIELDS = ("start", "end", "text", "value", "low", "high", "low_inclusive", "high_inclusive", "precision",
                    "qualifier", "approx", "unit", "kind", "change", "lang")
if tuple(f.name for f in attrs.fields(Quantity)) != _QUANTITY_FIELDS:
    raise ImportError("factrecon.quantities: model.Quantity's fields changed; update _to_quantity")


def stated_bounds(value: Decimal, bound: Qualifier | str) -> tuple[Decimal | None, Decimal | None, bool, bool]:
    """(low, high, low inclusive, high inclusive): the interval a qualifier states for a figure.

    *bound* is a :class:`~factrecon.Qualifier` (a str enum) or its value; see
    docs/explanation/value-semantics.md. "About" is ±:data:`ABOUT_BAND`, "nearly"
    the band below the figure's magnitude, "up to" starts at 0 for a figure of 0 or
    more and is open below for a negative one; low never exceeds high, whatever the
    sign ("шамамен -2025" is [-2227.5, -1822.5]). factrecon.strategies builds its
    expected quantities with this function too.
    """
    if bound == Qualifier.MORE_THAN:
        return value, None, False, True
    if bound == Qualifier.AT_LEAST:
        return value, None, True, True
    floor = ZERO if value >= 0 else None
    if bound == Qualifier.LESS_THAN:
        return floor, value, True, False
    if bound in (Qualifier.AT_MOST, Qualifier.UP_TO):
        return floor, value, True, True
    if bound == Qualifier.ABOUT:
        ends = sorted((value * (1 - ABOUT_BAND), value * (1 + ABOUT_BAND)))
        return ends[0], ends[1], True, True
    if bound == Qualifier.NEARLY:
        ends = sorted((value * (1 - ABOUT_BAND), value))
        return ends[0], ends[1], True, True
    return value, value, True, True
