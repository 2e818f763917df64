"""The page as the claims read it: its words, sentences, clauses and quantities, its lines, list
items, headers and parts, its date, and the language's context and structure words.

One :class:`Page` per document; the parts that read a claim (measure, places, time,
status) hold it and ask it where things are.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import attrs

from factrecon.document import _LINE_OPENING, Document, headline, sentences
from factrecon.errors import LanguageDataError
from factrecon.lang._toml import expect_list, expect_list_table, expect_table, fold_table
from factrecon.lang.data import load
from factrecon.lang.registry import has_file, read_lang
from factrecon.lexicon import Lexicon, lexicon
from factrecon.model import Quantity, Span
from factrecon.quantities import find_quantities
from factrecon.text import normalize

# a word of the folded text (every apostrophe is ' there: oʻ, o‘, o' are one letter, gʻ too, which ends words:
# "mablagʻ", "bogʻ"; an apostrophe after another letter is a closing quote)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*(?:(?<=[gGoO])')?")
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014]|\s[-\u2013]\s")
# Bounds that keep the work per claim constant, so that a document is read in linear
# time whatever its sentences look like (a 1 MB line with no full stop is one sentence):
# a clause reaches at most this many characters either side of its figure,
_CLAUSE_REACH = 400
# a frame holds at most this many claims either side (real sentences have fewer),
_FRAME_REACH = 8
# and "their value" looks back at most this far for what was counted.
_BACK_REACH = 1500


@attrs.frozen
class _Context:
    role_suffixes: Mapping[str, tuple[str, ...]]
    origin_nouns: tuple[str, ...]
    status: Mapping[str, tuple[str, ...]]
    time: Mapping[str, tuple[str, ...]]
    pronouns: frozenset[str]
    activities: Mapping[str, tuple[str, ...]]
    references: tuple[tuple[str, ...], ...]
    postpositions: Mapping[str, tuple[str, ...]]
    prepositions: Mapping[str, tuple[str, ...]]
    modifiers: frozenset[str]
    # beginnings of verbs that follow a figure ("133,6 минг нафар бўлди"): never the noun it counts
    verbs: tuple[str, ...]
    # beginnings of other words that follow a figure but never name what it counts: comparisons
    # ("кўп", "артық"), "in place" ("орында") [HW]
    not_counted: tuple[str, ...]
    conjunctions: frozenset[str]
    possessive_endings: tuple[str, ...]
    # "56 фоизга, яъни 1,5 баравар ошди": the words (each phrase as its words) that restate the figure
    # before them in another unit ("that is", "i.e.")
    restatements: tuple[tuple[str, ...], ...] = ()
    # "олтиннинг улуши 54,8 фоиз": the words that name a share (stems), and those that name the composition of
    # a whole ("захиралар таркибида": the whole the shares after it are of)
    share_words: tuple[str, ...] = ()
    # "Шу тариқа ялпи ҳосил 56 фоизга ... ошди": the words (each phrase as its words) that open a sentence drawing
    # its figures from the one before (thus, so, as a result)
    connectives: tuple[tuple[str, ...], ...] = ()
    composition_words: tuple[str, ...] = ()
    # Precomputed from the above, so that a span is searched once, not once per word of a list:
    # (status, one pattern for " " + any of its words), in the order a status wins
    status_patterns: tuple[tuple[str, re.Pattern[str]], ...] = ()
    # (activity concept, one pattern for " " + any of its stems), in the data's order
    activity_patterns: tuple[tuple[str, re.Pattern[str]], ...] = ()
    # the first words of the references (a phrase that starts with none of them is none of them)
    reference_starts: tuple[str, ...] = ()
    # the first words of the place anaphors and of the story-country phrases (a word that is, or starts with, none
    # of them starts none of them: most words of a page are looked up once, not once per phrase)
    place_anaphor_starts: frozenset[str] = frozenset()
    story_country_starts: tuple[str, ...] = ()
    # the phrases that name the country the story is about without its name ("қўшни мамлакат": the
    # neighbouring country), each as words, the last a stem that takes the case
    story_country: tuple[tuple[str, ...], ...] = ()
    # the words that stand for a place named just before ("Мұнда", "в этом регионе", "бу ҳудудда": here, in this
    # region), each as whole words
    place_anaphors: tuple[tuple[str, ...], ...] = ()
    # Russian "Экспорт овощей", "экспорт зерна": a noun's dependent in the genitive follows it, where Kazakh and
    # Uzbek put it before ("Көкөніс экспорты"); the head is the first of the two
    dependents_follow: bool = False


def _any_after_space(words: Sequence[str]) -> re.Pattern[str]:
    """A pattern that finds " " + any of *words* where ``any(" " + w in s for w in words)`` would."""
    return re.compile("|".join(" " + re.escape(w) for w in words))


def _phrases(where: str, table: Mapping[str, Any], key: str) -> tuple[tuple[str, ...], ...]:
    """The phrases of *key*, each as its folded lower-case words ("то есть" → ("то", "есть"), "т. е." → ("т", "е"))."""
    return tuple(
        tuple(_WORD.findall(r.translate(fold_table()).lower()))
        for r in expect_list(where, table, key, default=[], allow_empty=True) if _WORD.search(r)
    )


@functools.cache
def _context(lang: str) -> _Context:
    where = f"lang/data/{lang}/context.toml"
    table = read_lang(lang, "context")

    def group(name: str) -> dict[str, tuple[str, ...]]:
        return {k: tuple(v) for k, v in expect_list_table(where, table, name).items()}

    status = group("status")
    activities = group("activities")
    story_country = tuple(
        tuple(p.lower().split())
        for p in expect_list(where, table, "story_country", default=[], allow_empty=True) if p.split()
    )
    anaphors = tuple(
        tuple(p.lower().split())
        for p in expect_list(where, table, "place_anaphors", default=[], allow_empty=True) if p.split()
    )
    # an empty reference would make every figure a reference: a data error, left out
    references = tuple(
        tuple(r.split()) for r in expect_list(where, table, "references", default=[], allow_empty=True) if r.split()
    )
    return _Context(
        role_suffixes=group("role_suffixes"),
        origin_nouns=tuple(expect_list(where, table, "origin_nouns", default=[])),
        status=status,
        time=group("time"),
        pronouns=frozenset(expect_list(where, table, "pronouns", default=[])),
        activities=activities,
        references=references,
        postpositions=group("postpositions") if "postpositions" in table else {},
        prepositions=group("prepositions") if "prepositions" in table else {},
        modifiers=frozenset(expect_list(where, table, "modifiers", default=[])),
        verbs=tuple(expect_list(where, table, "verbs", default=[])),
        not_counted=tuple(expect_list(where, table, "not_counted", default=[])),
        conjunctions=frozenset(expect_list(where, table, "conjunctions", default=[])),
        possessive_endings=tuple(expect_list(where, table, "possessive_endings", default=[])),
        share_words=tuple(w.lower() for w in expect_list(where, table, "share_words", default=[])),
        composition_words=tuple(w.lower() for w in expect_list(where, table, "composition_words", default=[])),
        restatements=_phrases(where, table, "restatements"),
        connectives=_phrases(where, table, "connectives"),
        status_patterns=tuple(
            (name, _any_after_space(status[name]))
            for name in ("target", "planned", "completed", "under_way")
            if status.get(name)  # an empty alternation would match everywhere
        ),
        activity_patterns=tuple((name, _any_after_space(stems)) for name, stems in activities.items() if stems),
        reference_starts=tuple(ref[0] for ref in references),
        story_country=story_country,
        place_anaphors=anaphors,
        place_anaphor_starts=frozenset(p[0] for p in anaphors),
        story_country_starts=tuple(p[0] for p in story_country),
        dependents_follow=_flag(where, table, "dependents_follow"),
    )


def _flag(where: str, table: Mapping[str, Any], key: str) -> bool:
    """``table[key]``, which must be true or false when given; false when not."""
    value = table.get(key, False)
    if not isinstance(value, bool):
        raise LanguageDataError(where, key, f"expected true or false, found {value!r}")
    return value


@attrs.frozen
class _Structure:
    """The words that mark a page's structure (``lang/data/<tag>/structure.toml``)."""

    read_also: tuple[str, ...] = ()
    parts: tuple[str, ...] = ()
    furniture: tuple[str, ...] = ()
    list_markers: tuple[str, ...] = ()
    field_separators: tuple[str, ...] = ()


@functools.cache
def _structure(lang: str) -> _Structure:
    if not has_file(lang, "structure"):
        return _Structure()  # a language without structure words reads its pages line by line only
    where = f"lang/data/{lang}/structure.toml"
    raw = read_lang(lang, "structure")
    table = expect_table(where, raw, "lines") if "lines" in raw else {}

    def words(key: str) -> tuple[str, ...]:
        return tuple(w.lower() for w in expect_list(where, table, key, default=[]))

    return _Structure(words("read_also"), words("parts"), words("furniture"), words("list_markers"),
                      words("field_separators"))


def _reads_also(low: str, st: _Structure) -> bool:
    """Does a line (stripped, lower case) open with the language's "read also" (``Оқи отырыңыз:``), perhaps after
    marks (``👉 Читайте также``)?"""
    return bool(st.read_also) and (low.startswith(st.read_also) or _LEAD_MARKS.sub("", low).startswith(st.read_also))


def read_also_lines(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each line of *text* that opens with the language's "read also": another story's
    headline, which a page links to (:meth:`Page._read_line` reads its lines so)."""
    st = _structure(lang)
    if not st.read_also:
        return ()
    folded = normalize(text)  # (as a page is read: its apostrophes and look-alikes folded, "oʻqing" as "o'qing")
    found = []
    start = 0
    for line in folded.text.split("\n"):
        if _reads_also(line.strip().lower(), st):
            found.append(folded.to_original(start, start + len(line)))
        start += len(line) + 1
    return tuple(found)


#: A line of a page, as the claims on it read it: what kind of line, where its head ends
#: (the words before the dash of a list item), and its header line for a list item.
_TEXT, _ITEM, _READ_ALSO, _FURNITURE = "text", "item", "read_also", "furniture"
# "Қашқадария – 808,9", "Түркістан облысы – 25,05": words, a dash, a figure: a list item
_HEAD_DASH = re.compile(r"^[^\d\n]{2,80}?\s[-\u2013\u2014]\s*[-+\u2212]?\d")
# words and a dash right before a line's first figure, whose own words may come first ("Алмати шаҳри –
# қарийб 500 минг тенге": the qualifier is the figure's)
_HEAD_BEFORE = re.compile(r"^[^\d\n]{2,80}?\s[-\u2013\u2014]\s*$")
# the marks before a line's words: "📌 Оқи отырыңыз:", "👉 Толығырақ:"
_LEAD_MARKS = re.compile(r"^[\W_]+")
# a table row written as a line: "Жалпы халықаралық резервтер | 45,6 | 47,1" (a label of words, then
# figures only; not a date, not a byline's fields "Daryo | 12.02.2025, 14:37 | 👁 2 450")
_TABLE_LABEL = re.compile(r"^[^\d]*[^\W\d_][^\d]*$")
_TABLE_CELL = re.compile(r"^[-+\u2212]?\d[\d\s\u00a0]*(?:[.,]\d+)?\s*%?$")
# a numbered list item's marker: "1. Түркістан облысы – 25,05", "2) ..."
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+(?=\D)")
# a page's timestamp: "16.12.2025", "26 Желтоқсан 2025" (day, month, year)
_PAGE_DATE = re.compile(r"(?<!\d)(\d{1,2})(?:[./](\d{1,2})[./]|\s+([^\W\d_]+)\s+)((?:19|20)\d\d)(?!\d)")
# a date in a page's address: "/20250203/", "/2024/11/18/" (year, month, day)
_URL_DATE = re.compile(r"(?:https?://|www\.)\S*?/(?:((?:19|20)\d\d)(\d\d)(\d\d)|((?:19|20)\d\d)/(\d\d)/(\d\d))(?=/)")
# what follows a dateline's place name: a full stop or a comma, then maybe a day and a month ("ТОШКЕНТ, 3 фев —")
_DATELINE_TAIL = re.compile(r"(?P<mark>[.,])[ \t]*(?:(?P<day>\d{1,2})[ \t]+(?P<month>[^\W\d_]+))?")
# an agency's name after a dateline's place and date: up to three words before a dash, a bracket or a slash
_AGENCY = re.compile(r"[ \t]*((?:[^\s\u2014\u2013(/]+[ \t]+){0,3}?)(?:[\u2014\u2013(/]|-[ \t])")
# how far a list item looks back for its header line (lines), so that a page is read in linear time
_HEADER_REACH = 40
# a list item is a short line, its head (before the figure) shorter still: a long line after a dash
# ("— Ресей ... деді") is direct speech
_ITEM_LENGTH = 200
_ITEM_HEAD = 80


@attrs.frozen
class _Line:
    kind: str
    start: int
    end: int
    head_end: int = -1  # a list item's head: [start, head_end)
    header: int = -1  # the line index of a list item's header, -1 when none


@attrs.define
class _Word:
    """A word of the text, lower-cased. Not frozen: a frozen attrs class takes three times as long
    to build, and every word of every document is one."""

    start: int
    end: int
    low: str


class Page:
    """One document's text, words, sentences and quantities, and its page structure, each read once."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        # the text with the one-to-one folds the data is written with (one apostrophe, one hyphen): the same
        # length, so offsets into it are offsets into the text; words are read in it, shown from the text
        self.folded = doc.text.translate(fold_table())
        self.lex: Lexicon = lexicon()
        self.ctx = _context(doc.lang)
        self.words = [_Word(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(self.folded)]
        self.word_starts = [w.start for w in self.words]
        self.sentences = sentences(self.text)
        self.sentence_starts = [s.start for s in self.sentences]
        self.quantities = sorted(find_quantities(self.text, doc.lang), key=lambda q: (q.start, q.end))
        self.quantity_starts = [q.start for q in self.quantities]
        self.newlines = [m.start() for m in re.finditer("\n", self.text)]
        self.struct = _structure(doc.lang)
        # relative times ("биыл", "ўтган йили") resolve against the publication date: the
        # document's, else the one its page's timestamp line gives ("15:40, 26 Желтоқсан 2025")
        self.published = doc.published or self._page_date()
        self.line_starts = [0] + [n + 1 for n in self.newlines]
        # the place name of the page's dateline ("АСТАНА. KAZINFORM —"), and the story's place it gives
        self.dateline = self._dateline()
        self.lines: dict[int, _Line] = {}
        # (a mark inside a figure breaks no clause: the decimal comma of "118,4 минг гектардан", "5 – 6 млн")
        self.breaks = [
            (m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(self.text) if not self._in_figure(m.start())
        ]
        self.break_starts = [b[0] for b in self.breaks]
        # what a sentence or clause says (its time, status, activity, places) is read once per span
        self.memo: dict[tuple[str, int, int], Any] = {}
        # the words that spell a number ("мың елу", "АҚШ долларынан"): never a counted noun
        self.number_words = frozenset(w.start for q in self.quantities for w in self.words_in(q.start, q.end))
        # the other words, where a noun can be (see nouns_in)
        self.nouns = [w for w in self.words if w.start not in self.number_words]
        self.noun_starts = [w.start for w in self.nouns]

    # -- where things are ------------------------------------------------------

    def sentence_of(self, q: Quantity) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, q.start) - 1)

    def sentence_of_pos(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)

    def clause_of(self, q: Quantity, sent: Span) -> Span:
        """The part of *sent* between the clause breaks (commas, dashes, brackets) around *q*."""
        start, end = sent.start, sent.end
        i = bisect.bisect_left(self.break_starts, q.start) - 1
        while i >= 0 and self.breaks[i][1] > q.start:  # a break inside the figure ("5 – 6 млн")
            i -= 1
        if i >= 0 and self.breaks[i][1] > start:
            start = self.breaks[i][1]
        j = bisect.bisect_left(self.break_starts, q.end)
        if j < len(self.breaks) and self.breaks[j][0] < end:
            end = self.breaks[j][0]
        return Span(max(start, q.start - _CLAUSE_REACH), min(end, q.end + _CLAUSE_REACH))

    def first_clause(self, sent: Span) -> Span:
        """The part of *sent* before its first clause break."""
        j = bisect.bisect_left(self.break_starts, sent.start)
        end = self.breaks[j][0] if j < len(self.breaks) and self.breaks[j][0] < sent.end else sent.end
        return Span(sent.start, min(end, sent.start + _CLAUSE_REACH))

    def _paragraph_span(self, si: int) -> Span:
        """The line (paragraph) sentence *si* stands in."""
        if not self.sentences:
            return Span(0, len(self.text))
        sent = self.sentences[si]
        i = self.line_of(sent.start)
        start, end = self._line_span(i)
        return Span(start, max(end, sent.end))

    def _paragraph(self, si: int) -> int:
        if not self.sentences:
            return 0
        return bisect.bisect_left(self.newlines, self.sentences[si].start)

    def _in_aside(self, q: Quantity, before: Quantity) -> bool:
        """Is *q* in brackets opened right after the figure *before* (at most a few words between)?"""
        between = self.text[before.end : q.start]
        at = between.find("(")
        return at >= 0 and ")" not in between and len(self.words_in(before.end, before.end + at)) <= 3

    def _memo(self, name: str, span: Span, read: Callable[[Span], Any]) -> Any:
        """``read(span)``, computed once per *name* and span."""
        key = (name, span.start, span.end)
        if key not in self.memo:
            self.memo[key] = read(span)
        return self.memo[key]

    def _first_match(self, span: Span, patterns: Sequence[tuple[str, re.Pattern[str]]]) -> str | None:
        """The name of the first of *patterns* found in *span* (lower-cased, after a space for word starts)."""
        low = " " + self.folded[span.start : span.end].lower()
        for name, pattern in patterns:
            if pattern.search(low):
                return name
        return None

    # The next three take the character range [start, end) as two ints, not a Span:
    # they are called a hundred times per article, and building a Span costs more than the lookup.

    def words_in(self, start: int, end: int) -> list[_Word]:
        """The words that start inside [start, end), in text order."""
        return self.words[bisect.bisect_left(self.word_starts, start) : bisect.bisect_left(self.word_starts, end)]

    def quantities_in(self, start: int, end: int) -> list[Quantity]:
        """The quantities that start inside [start, end), in text order."""
        starts = self.quantity_starts
        return self.quantities[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]

    def nouns_in(self, start: int, end: int) -> list[_Word]:
        """The words of [start, end) outside every quantity: where a counted or measured noun can be.

        Without this, the number word ``елу`` (50) would read as the stem ``ел`` (country).
        """
        return self.nouns[bisect.bisect_left(self.noun_starts, start) : bisect.bisect_left(self.noun_starts, end)]

    # -- the page's structure --------------------------------------------------

    def _page_date(self) -> dt.date | None:
        """The date a page's timestamp or byline line states, in its first three non-empty lines.

        ``16.12.2025``, ``14:05 / 13.12.2025``, ``15:40, 26 Желтоқсан 2025``: a day,
        a month (a number or a month's name in the language data) and a four-digit year;
        else the date in the path of the page's address (``https://.../20250203/...``,
        ``.../news/2024/11/18/...``), as agencies file their stories.
        """
        seen = 0
        pos = 0
        while seen < 3 and pos < len(self.text):
            end = self.text.find("\n", pos)
            end = len(self.text) if end < 0 else end
            line = self.text[pos : min(end, pos + 300)]
            pos = end + 1
            if not line.strip():
                continue
            seen += 1
            for m in _PAGE_DATE.finditer(line):
                day, month_text, year = int(m.group(1)), m.group(2) or m.group(3), int(m.group(4))
                named = int(month_text) if month_text.isdigit() else self.month(month_text.lower())
                if named is None:
                    continue
                month = named
                try:
                    return dt.date(year, month, day)
                except ValueError:
                    continue
            for m in _URL_DATE.finditer(line):
                try:
                    year_t, month_t, day_t = (m.group(1), m.group(2), m.group(3)) if m.group(1) else m.group(4, 5, 6)
                    return dt.date(int(year_t), int(month_t), int(day_t))
                except ValueError:
                    continue
        return None

    def _dateline(self) -> tuple[int, int, str]:
        """Where the place name of the page's dateline is, and the code of the story's place it gives ("" for an
        agency's dateline); (0, 0, "") when the page has none.

        A dateline opens one of the first five non-empty lines with a place name and a
        full stop or a comma: written in capitals (``АСТАНА. KAZINFORM —``, ``ТОШКЕНТ, 3 фев —
        Sputnik.``: after the comma a day), or followed by a day and a month's name in the
        language data (``Атырау, 20 қаңтар 11:05``). Its name is never a place of the facts.
        An agency's dateline (its name and a dash, a bracket: ``KAZINFORM —``, ``— Sputnik.``,
        ``(ЎзА)``) says where the agency's desk is, where any of its stories is written: no
        place of the story either. A reporter's dateline alone (``ОРАЛ. Орал қаласындағы ...``)
        says where this story happened: the story's place.
        """
        seen = 0
        for i in range(len(self.line_starts)):
            if seen == 5:
                break
            start, end = self._line_span(i)
            if not self.text[start:end].strip():
                continue
            seen += 1
            opening = _LINE_OPENING.match(self.text, start, end)
            words = self.words_in(opening.end() if opening else start, min(end, start + 120))
            if not words or opening is None or words[0].start != opening.end():
                continue  # the line does not open with a word (a figure, an emoji, a timestamp)
            hit = self.lex.place_at(words, 0, self.doc.lang)
            if hit is None:
                continue
            name = Span(words[0].start, words[hit[1] - 1].end)
            m = _DATELINE_TAIL.match(self.text, name.end, end)
            if m is None:
                continue
            capitals = self.text[name.start : name.end].isupper()
            month = m.group("month")
            named = month is not None and self.month(month.lower()) is not None
            if (capitals and (m.group("mark") == "." or m.group("day"))) or named:
                agency = _AGENCY.match(self.text, m.end(), end)
                if agency is not None and all(w[:1].isupper() for w in agency.group(1).split()):
                    return name.start, name.end, ""
                return name.start, name.end, hit[0]
        return 0, 0, ""

    def month(self, word: str) -> int | None:
        """The month (1-12) a folded word names in the page's language data ("қыркүйекте", "сентябре"), if any."""
        forms = load(self.doc.lang).forms(word)
        return next((int(f.value) for f in forms if f.role == "month" and f.value is not None), None)

    @functools.cached_property
    def headline_span(self) -> Span | None:
        """The page's headline (:func:`factrecon.document.headline`: its first line that is no furniture), when
        it is neither furniture nor a read-also line in the page's language and more text follows it; else
        None."""
        start, end = headline(self.text)
        if end <= start or not self.text[end:].strip():
            return None  # (a page of one line has no headline apart from its text)
        if self.line(self.line_of(start)).kind in (_FURNITURE, _READ_ALSO):
            return None
        return Span(start, end)

    def line_of(self, pos: int) -> int:
        return bisect.bisect_right(self.line_starts, pos) - 1

    def line(self, i: int) -> _Line:
        """Line *i* of the page, read once: a list item (with its head and header), a read-also or
        furniture line, or text."""
        found = self.lines.get(i)
        if found is None:
            found = self.lines[i] = self._read_line(i)
        return found

    def _line_span(self, i: int) -> tuple[int, int]:
        start = self.line_starts[i]
        end = self.line_starts[i + 1] - 1 if i + 1 < len(self.line_starts) else len(self.text)
        return start, end

    def _read_line(self, i: int) -> _Line:
        start, end = self._line_span(i)
        raw = self.text[start:end]
        stripped = raw.strip()
        low = stripped.lower()
        st = self.struct
        if not stripped:
            return _Line(_TEXT, start, end)
        if _reads_also(low, st):
            return _Line(_READ_ALSO, start, end)
        seps = [sep for sep in st.field_separators if sep in stripped]
        if seps and not (st.furniture and low.startswith(st.furniture)):
            cells = [c.strip() for c in stripped.split(seps[0])]
            if len(cells) > 1 and _TABLE_LABEL.match(cells[0]) and all(_TABLE_CELL.match(c) for c in cells[1:]):
                # "Монетарлық алтын | 25,3 | 25,8": its label names what its figures measure; the line ending in a
                # colon above the table ("Численность населения крупнейших регионов, тыс. человек:", past its head
                # row) is its header, as a list's
                lead = start + len(raw) - len(raw.lstrip())
                return _Line(_ITEM, start, end, lead + len(cells[0]), self._header_above(i, seps[0]))
        if (st.furniture and low.startswith(st.furniture)) or seps:
            return _Line(_FURNITURE, start, end)
        lead = start + len(raw) - len(raw.lstrip())
        numbered = _NUMBERED.match(stripped)
        marked = numbered is not None or any(
            low.startswith(m) and low[len(m) : len(m) + 1].isspace() for m in st.list_markers
        )
        if not marked and not _HEAD_DASH.match(stripped):
            first_q = self.quantities_in(lead, end)[:1]
            if not first_q or not _HEAD_BEFORE.match(self.text[lead : first_q[0].start]):
                return _Line(_TEXT, start, end)
        if len(stripped) > _ITEM_LENGTH:
            return _Line(_TEXT, start, end)  # a long line after a dash is a paragraph of direct speech
        if not marked and self.sentences[bisect.bisect_right(self.sentence_starts, lead) - 1].end < end:
            # "Лидирует Астана — 4,4 млн кв. м. Алматы со своими 2,4 млн ...": an unmarked line that goes on past
            # its first sentence is a paragraph; its first figure's dash is its lead (:meth:`_lead`), and the next
            # sentence is about what it names itself, not about the first one's head
            return _Line(_TEXT, start, end)
        # the head: after the marker, up to the dash before the figure (or the first figure)
        body = lead + (numbered.end() if numbered is not None else 1 if marked else 0)
        head_end = end
        first = self.quantities_in(body, end)
        if first:
            head_end = first[0].start
        # (an unmarked item has its dash: the words and a dash before its first figure)
        if not marked or _HEAD_DASH.match(self.text, body, end) is not None:
            at = max(self.text.rfind(d, body, head_end) for d in (" -", " \u2013", " \u2014"))
            if at > body:
                head_end = at
        if head_end - body > _ITEM_HEAD:
            return _Line(_TEXT, start, end)
        return _Line(_ITEM, start, end, head_end, self._header_above(i))

    def _header_above(self, i: int, sep: str = "") -> int:
        """The header line of the list (or table) item on line *i*: the first line above its items (and, for a
        table's row, whose cells *sep* parts, above its head row: "Регион | 01.01.2025 | 01.10.2025") that is
        not one, when it ends with a colon; -1 when none."""
        for j in range(i - 1, max(-1, i - 1 - _HEADER_REACH), -1):
            above = self.line(j)
            if (above.kind == _ITEM or above.start == above.end or not self.text[above.start : above.end].strip()
                    or (sep and sep in self.text[above.start : above.end])):
                continue
            return j if self.text[above.start : above.end].rstrip().endswith(":") else -1
        return -1

    def _in_figure(self, pos: int) -> bool:
        """Does *pos* fall inside a quantity's text?"""
        i = bisect.bisect_right(self.quantity_starts, pos) - 1
        return i >= 0 and self.quantities[i].start < pos < self.quantities[i].end

    def _head_span(self, q: Quantity, line: _Line) -> Span | None:
        """A list item's head, or the words before a bracketed figure (back to the clause break): what the
        figure is about; None when it has neither."""
        if line.kind == _ITEM and line.head_end > line.start and q.start >= line.head_end:
            return Span(line.start, line.head_end)
        return self._lead(q, line)

    def _lead(self, q: Quantity, line: _Line) -> Span | None:
        """The words a bracket or a dash right before *q* closes: "Жамбылская (341,8 тыс.)", and a dash
        standing for "is" ("Лидирует Астана — 4,4 млн кв. м", "импорт из КНР — $24,9 млрд"), back to the
        clause break before them; they name what the figure is about."""
        before = self.text[max(line.start, q.start - 3) : q.start].rstrip()
        if not before.endswith(("(", "\u2013", "\u2014")):
            return None
        mark = q.start - (len(self.text[:q.start]) - len(self.text[:q.start].rstrip())) - 1
        k = bisect.bisect_left(self.break_starts, mark) - 1
        sent = self.sentences[self.sentence_of(q)].start if self.sentences else 0  # never into the sentence before
        return Span(max(line.start, sent, self.breaks[k][1] if k >= 0 else 0, mark - 80), mark)

    def _header_span(self, line: _Line) -> Span | None:
        """The header line of a list item, when it has one."""
        if line.kind != _ITEM or line.header < 0:
            return None
        start, end = self._line_span(line.header)
        return Span(start, end)

    def _is_part(self, q: Quantity, sent: Span, line: _Line, header: Span | None) -> bool:
        """Is *q* a part of a total stated before it ("оның ішінде", "шундан")?"""
        parts = self.struct.parts
        if not parts:
            return False
        if header is not None and _has_phrase(self.text[header.start : header.end].lower(), parts):
            return True
        # where the sentence says "of which": found once per sentence, so a long sentence stays linear
        marks: list[int] = self._memo("parts", sent, lambda s: _phrase_starts(self.text, s, parts))
        return bool(marks) and marks[0] <= q.start

    # -- sentences that continue the one before --------------------------------

    def _continues(self, sent: Span, q: Quantity) -> bool:
        """Does this sentence continue the previous one with a pronoun before its figure?"""
        pronoun: int | None = self._memo("pronoun", sent, self._first_pronoun)
        return pronoun is not None and pronoun < q.start

    def _first_pronoun(self, sent: Span) -> int | None:
        """Where the first pronoun of the four words from the start of *sent* starts, if one does."""
        lo = bisect.bisect_left(self.word_starts, sent.start)
        return next((w.start for w in self.words[lo : lo + 4] if self._is_pronoun(w)), None)

    def _is_pronoun(self, w: _Word) -> bool:
        """A pronoun that refers back ("Бұл", "Уларнинг"), not the determiner of a time phrase ("Бу йил": this year)."""
        if w.low not in self.ctx.pronouns:
            return False
        after = self.text[w.start : w.start + 40].lower()
        return not any(after.startswith(t) for key in ("this_year", "last_year") for t in self.ctx.time.get(key, ()))

    def _concludes(self, sent: Span) -> bool:
        """Does *sent* open with a connective that draws its figures from the sentence before ("Шу тариқа",
        "Сонымен", "Таким образом")?"""
        phrases = self.ctx.connectives
        if not phrases:
            return False
        lo = bisect.bisect_left(self.word_starts, sent.start)
        first = tuple(w.low for w in self.words[lo : lo + max(map(len, phrases))] if w.start < sent.end)
        return any(first[: len(p)] == p for p in phrases)

    def _continues_sentence(self, sent: Span) -> bool:
        found: bool = self._memo("continues", sent, self._read_continues)
        return found

    def _read_continues(self, sent: Span) -> bool:
        """Is one of the first three words of *sent* a pronoun ("Бұл", "Уларнинг")?"""
        return any(self._is_pronoun(w) for w in self.words_in(sent.start, sent.end)[:3])



def _has_phrase(low: str, phrases: Sequence[str]) -> bool:
    """Does one of *phrases* start a word of *low* (lower-cased text)?"""
    padded = " " + low
    return any(" " + p in padded or "(" + p in padded or "\n" + p in padded for p in phrases)


def _phrase_starts(text: str, span: Span, phrases: Sequence[str]) -> list[int]:
    """Where one of *phrases* starts a word inside *span* of *text*, in order (``_has_phrase`` for every prefix)."""
    low = " " + text[span.start : span.end].lower()
    found: list[int] = []
    for p in phrases:
        for lead in (" ", "(", "\n"):
            at = low.find(lead + p)
            while at >= 0:
                found.append(span.start + at - 1 + len(lead) + len(p))  # the phrase ends inside the text here
                at = low.find(lead + p, at + 1)
    return sorted(found)

