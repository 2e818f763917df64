"""Claims: a quantity with what it measures, where, when, with what status, and its frame (pipeline step 3).

For each quantity of a document (dates excepted) ``extract_claims`` finds:

* the **measure**: the counted noun after a count (``30 та қўшма лойиҳа`` →
  ``project``), the measured noun phrase around an amount (``савдо айланмаси
  504,4 миллион`` → ``trade_turnover``), ``<concept>_value`` for money that a
  counted claim is worth (``4,4 млрд долларға 14 жоба``, ``уларнинг умумий
  қиймати``), ``<concept>#<n>`` for an ordinal (``XXI ... форум`` →
  ``forum#21``: an ordinal names an instance, so different ordinals are
  different facts); a noun outside the lexicon gets a transliterated key;
* the **places** of its clause with their role (in / from / of / with / at);
* its **time** (years, months, "last year" resolved against the publication date);
* its **status** (under_way, completed, planned, target);
* its **frame**: the other claims of the sentence, and of the previous sentence
  when this one continues it with a pronoun (``Уларнинг умумий қиймати``).
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import hashlib
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import attrs

from factrecon.document import Document, sentences
from factrecon.errors import InputTypeError
from factrecon.lang._toml import expect_list, expect_list_table, expect_table, fold_table
from factrecon.lang.data import load
from factrecon.lang.registry import has_file, read_lang
from factrecon.lexicon import ConceptHit, Lexicon, lexicon
from factrecon.model import Claim, Kind, Period, Place, Quantity, Span
from factrecon.quantities import find_quantities

__all__ = ["extract_claims"]

# a word of the folded text (every apostrophe is ' there: oʻ, o‘, o' are one letter)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014]|\s[-\u2013]\s")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
# how many words after a count to look for what it counts
_NOUN_WINDOW = 5
_DURATIONS = frozenset({"year", "month", "week", "day", "hour"})
# Bounds that keep the work per claim constant, so that a document is read in linear
# time whatever its sentences look like (a 1 MB line with no full stop is one sentence):
# a clause reaches at most this many characters either side of its figure,
_CLAUSE_REACH = 400
# a frame holds at most this many claims either side (real sentences have fewer),
_FRAME_REACH = 8
# and "their value" looks back at most this far for what was counted.
_BACK_REACH = 1500
_OPEN = re.compile(r"\(")
_PER_1000 = "per_1000"


def _bare(q: Quantity) -> bool:
    """A count written as digits alone ("25,05"): no unit, scale or counted word of its own."""
    return q.unit == "count" and not any(ch.isalpha() for ch in q.text)

_CLAUSE_END = re.compile(r"[:;]")
#: How far before a percentage the word naming it a growth can stand ("өсім ... 9,8%")
_GROWTH_REACH = 80


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
    # Precomputed from the above, so that a span is searched once, not once per word of a list:
    # (status, one pattern for " " + any of its words), in the order a status wins
    status_patterns: tuple[tuple[str, re.Pattern[str]], ...] = ()
    # (activity concept, one pattern for " " + any of its stems), in the data's order
    activity_patterns: tuple[tuple[str, re.Pattern[str]], ...] = ()
    # the first words of the references (a phrase that starts with none of them is none of them)
    reference_starts: tuple[str, ...] = ()


def _any_after_space(words: Sequence[str]) -> re.Pattern[str]:
    """A pattern that finds " " + any of *words* where ``any(" " + w in s for w in words)`` would."""
    return re.compile("|".join(" " + re.escape(w) for w in words))


@functools.cache
def _context(lang: str) -> _Context:
    where = f"lang/data/{lang}/context.toml"
    table = read_lang(lang, "context")

    def group(name: str) -> dict[str, tuple[str, ...]]:
        return {k: tuple(v) for k, v in expect_list_table(where, table, name).items()}

    status = group("status")
    activities = group("activities")
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
        status_patterns=tuple(
            (name, _any_after_space(status[name]))
            for name in ("target", "planned", "completed", "under_way")
            if status.get(name)  # an empty alternation would match everywhere
        ),
        activity_patterns=tuple((name, _any_after_space(stems)) for name, stems in activities.items() if stems),
        reference_starts=tuple(ref[0] for ref in references),
    )


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


#: A line of a page, as the claims on it read it: what kind of line, where its head ends
#: (the words before the dash of a list item), and its header line for a list item.
_TEXT, _ITEM, _READ_ALSO, _FURNITURE = "text", "item", "read_also", "furniture"
# "Қашқадария – 808,9", "Түркістан облысы – 25,05": words, a dash, a figure: a list item
_HEAD_DASH = re.compile(r"^[^\d\n]{2,80}?\s[-\u2013\u2014]\s*[-+\u2212]?\d")
# a numbered list's marker: "1. Мангистауская область — 575,1 тыс. тенге", "2) ..."
_NUMBERED = re.compile(r"\d{1,2}[.)]\s+(?=\D)")
# a page's timestamp: "16.12.2025", "26 Желтоқсан 2025" (day, month, year)
_PAGE_DATE = re.compile(r"(?<!\d)(\d{1,2})(?:[./](\d{1,2})[./]|\s+([^\W\d_]+)\s+)((?:19|20)\d\d)(?!\d)")
# how many words of a sentence are searched for month names without a year
_MONTH_WORDS = 60
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


def extract_claims(doc: Document) -> list[Claim]:
    """The claims of one document, in text order, with ids derived from the document id and span.

    Raises :class:`~factrecon.InputTypeError` when *doc* is not a :class:`~factrecon.Document`.
    """
    if not isinstance(doc, Document):
        raise InputTypeError(f"extract_claims takes a Document, not {type(doc).__name__}")
    reader = _Reader(doc)
    return reader.claims()


class _Reader:
    """Reads one document: its words, sentences and quantities, then the claims."""

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
        self.lines: dict[int, _Line] = {}
        self.breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(self.text)]
        self.break_starts = [b[0] for b in self.breaks]
        # what a sentence or clause says (its time, status, activity, places) is read once per span
        self.memo: dict[tuple[str, int, int], Any] = {}
        # the words that spell a number ("мың елу", "АҚШ долларынан"): never a counted noun
        self.number_words = frozenset(w.start for q in self.quantities for w in self.words_in(q.start, q.end))
        # the other words, where a noun can be (see nouns_in)
        self.nouns = [w for w in self.words if w.start not in self.number_words]
        self.noun_starts = [w.start for w in self.nouns]

    # -- where things are --------------------------------------------------

    def sentence_of(self, q: Quantity) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, q.start) - 1)

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

    def _memo(self, name: str, span: Span, read: Callable[[Span], Any]) -> Any:
        """``read(span)``, computed once per *name* and span."""
        key = (name, span.start, span.end)
        if key not in self.memo:
            self.memo[key] = read(span)
        return self.memo[key]

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

    # -- the claims ----------------------------------------------------------

    def story_places(self) -> tuple[Place, ...]:
        """The regions and cities the headline and the dateline name ("ШЫМКЕНТ.", "Оралда"): where the story is.

        Every claim carries them with the role "at", so that reconciliation can tell
        two stories apart (a mill in Shymkent, a forum in Oral) even where a
        figure's own clause names no place.
        """
        lead = self.sentences[:3]
        if not lead:
            return ()
        found = self.places(Span(lead[0].start, lead[-1].end), lead[0])
        seen: set[str] = set()
        out = []
        for p in found:
            if "-" in p.code and p.code not in seen:
                seen.add(p.code)
                out.append(attrs.evolve(p, role="at"))
        return tuple(out)

    def claims(self) -> list[Claim]:
        drafts: list[dict[str, Any]] = []
        last_amount: dict[int, str] = {}  # paragraph -> the last amount concept named
        story = self.story_places()
        total = ""  # the measure of the last figure that is not a part: what parts are parts of
        last_by_unit: dict[str, str] = {}  # the last measure stated in each unit
        previous: tuple[int, str, str] | None = None  # the sentence, measure and unit of the last figure measured
        total_time: Period | None = None  # the time of the last total (a figure that is not a part)
        for q in self.quantities:
            if q.kind is Kind.DATE or self._is_time_phrase(q) or self._is_reference(q):
                continue
            line = self.line(self.line_of(q.start))
            if line.kind in (_READ_ALSO, _FURNITURE):
                continue  # another story's figures, or the page's furniture: not claims of this page
            si = self.sentence_of(q)
            sent = self.sentences[si] if self.sentences else Span(0, len(self.text))
            clause = self.clause_of(q, sent)
            if not q.change and self._states_change(q, sent):
                q = attrs.evolve(q, change=True)  # "+26,1%", "ўсиш 17,2 фоизни ташкил этди"
            measure, text = self.measure(q, sent, clause, si, last_amount)
            own_places = self.places(clause, sent)
            if not own_places and drafts and drafts[-1]["si"] == si and self._in_aside(q, drafts[-1]["q"]):
                # "... саудасы 94,82 млрд долларға жетті (2023 жылы – 89,4 млрд доллар)": an aside restates
                # the figure before it for another time, about the same places
                own_places = drafts[-1]["own"]
            time = self.time(q, sent, si)
            status = self.status(clause, sent, si)
            header = self._header_span(line)
            head = self._head_places(q, line)
            if head:
                # "- Қашқадарё вилояти – 880 946 тонна", "Туркистон вилояти (25,05)": the line's
                # (or the bracket's) head names what the figure is about
                codes = {p.code for p in head}
                own_places = head + tuple(p for p in own_places if p.code not in codes)
            if header is not None:
                # a list inherits what its header line says: "Ҳудудлар бўйича ... (минг тонна):"
                if not measure:
                    measure, text = self._header_measure(q, header)
                time = time or self._header_time(header)
                status = status or self._status_in(header)
            if not measure and head:
                # "- Россия – 568,3 млн доллар" under "Асосий бозорлар:", "Туркистон вилояти (25,05)": a list
                # of places continues what the sentence refers back to, else the measure the page last
                # stated in that unit
                if previous is not None and (previous[0] == si or (previous[0] == si - 1 and self._continues(sent, q))):
                    measure, text = self._topic(q, sent, si, header, previous)
                measure = measure or last_by_unit.get(q.unit, "")
            if measure == "person" and header is not None:
                # "- Ресей – 686,7 мың адам" under "Келесі орындарда:": the people the list's lead is about
                lead = self._line_span(max(0, line.header - 1))[0]
                measure = self._activity(Span(lead, header.end)) or measure
            if not measure and not self._named_before(q, "ranks", after=True):
                # nothing next to the figure names what it measures: its sentence's topic does
                # (not a rank written as a count: "Алғашқы екі орында")
                measure, text = self._topic(q, sent, si, header, previous)
            if not measure and q.unit in last_by_unit and q.unit not in ("count", "percent", "pp", "times") \
                    and not _CURRENCY.match(q.unit):
                # "Тенгиз в прошлом году дал более 27 млн тонн" on a page about oil: tonnes (square metres,
                # hectares) no word names are of what the page last stated in them
                measure = last_by_unit[q.unit]
            if previous is not None and previous[2] == _PER_1000 and measure == previous[1] and _bare(q):
                q = attrs.evolve(q, unit=_PER_1000)  # a bare figure of the rate just stated is in its unit
            if not measure or (q.unit in self._unit_owners and not measure.startswith(self._unit_owners[q.unit])):
                # "16,5 млн гектардан", "гектарына 16,2 центнер": a unit only one concept is stated in
                # names it (an area, a yield), whatever the words around say
                measure = self._unit_owners.get(q.unit, measure)
            concept = self.lex.concepts.get(measure.split(">")[0])
            if q.change and q.unit == "percent" and concept is not None and concept.rate:
                q = attrs.evolve(q, change=False)  # "нархлар бир йилда 12,9 фоизга ошди": the inflation, 12,9 %
            stated = measure  # what a later figure referring back to this one measures (not its difference)
            if measure and self._is_conversion(q, sent):
                # "420,9 минг тенгени (тахминан 770 доллар)": the outlet's conversion of the figure before
                # it into another currency restates that figure; it is no claim of its own
                measure, text = "", ""
            if measure and self._is_difference(q, sent):
                # "951 мингдан ортиқ кўп", "3,4 млрд долларга ёки 29,8 фоизга кўп": by how much it grew, not the level
                measure = f"{measure}_change"
            if measure and q.unit in ("percent", "pp") and self._against_average(sent, q):
                # "республикалық орташа деңгейден 36,6%-ға жоғары": a gap from the average, not a change in time
                measure = f"{measure}_gap"
            if measure and q.kind is not Kind.ORDINAL and q.unit not in _DURATIONS:
                kind = self._rate_or_plan(q, clause)
                if kind == "_plan" and previous is not None and previous[0] == si and previous[2] != q.unit:
                    # "535,2 минг тонна ҳосил олиб, ... режасини 102,3 фоизга бажарди": the plan of what the
                    # sentence just stated, whatever noun the plan's own clause names (давлатга, shartnoma)
                    measure = previous[1]
                measure += kind
            if time is not None:
                # "... қаңтарда 3,29%-ға, ал бір жылда 29,7%-ға өсіп": the clause's own span of months
                # ends where the sentence's period ends
                time = self._clause_span(clause, time) or time
            is_part = self._is_part(q, sent, line, header)
            part = self._part_key(q, clause, line) if is_part else None
            if is_part and time is None:
                time = total_time  # a part is of the total's time
            elif not is_part and measure:
                total_time = time
            if part:
                # "оның ішінде", "шундан": a part of the total stated before it, never the total
                base = total or measure
                named = self.lex.concepts.get(part)
                if named is not None and named.kind == "amount" and named.units and named.fits(q.unit):
                    # "оның ішінде бидай – 19,8 млн тонна": a part that is a measure of its own (the wheat
                    # harvest), as "Буғдой ҳосили 19,8 млн тонна" states it without the total
                    measure = part
                else:
                    measure = f"{base}>{part}" if base else ""
            elif measure and q.kind is not Kind.ORDINAL:
                # a total, or a part named by its place ("оның ішінде Қазақстанмен 43,82 млрд"):
                # the place tells it from the total (not a rank: "в первом полугодии ... из них")
                total = measure
                # what a list goes on measuring: the level, not by how much it differed ("3,4 mlrd dollar
                # yoki 29,8 foiz koʻp" before "Rossiya — 11 500")
                last_by_unit[q.unit] = stated if measure.endswith("_change") else measure
            if stated and q.unit not in _DURATIONS and q.kind is not Kind.ORDINAL:
                previous = (si, stated, q.unit)
            drafts.append(
                {
                    "q": q,
                    "si": si,
                    "sent": sent,
                    "measure": measure,
                    "measure_text": text,
                    "own": own_places,
                    "context": self._with_story(own_places, story),
                    "time": self._compared_period(q, sent, time),
                    "status": status,
                    # does a pronoun before it continue the previous sentence (asked once per claim, not per pair)
                    "continues": self._continues(sent, q),
                }
            )
        ids = [self._id(d["q"]) for d in drafts]
        by_sentence: dict[int, list[int]] = {}
        for k, d in enumerate(drafts):
            by_sentence.setdefault(d["si"], []).append(k)
        out = []
        for k, d in enumerate(drafts):
            # only the same sentence and its neighbours can share a frame: linear in the claims
            near = [j for si in (d["si"] - 1, d["si"], d["si"] + 1) for j in _within(by_sentence.get(si, []), k)]
            frame = tuple(ids[j] for j in sorted(near) if j != k and self._same_frame(d, drafts[j]))
            out.append(
                Claim(
                    id=ids[k],
                    doc_id=self.doc.id,
                    quantity=d["q"],
                    # interned: a few hundred measures and their words, named by millions of claims
                    measure=sys.intern(d["measure"]),
                    measure_text=sys.intern(d["measure_text"]),
                    context=d["context"],
                    time=d["time"],
                    status=d["status"],
                    sentence=d["sent"],
                    frame=frame,
                    lang=self.doc.lang,
                )
            )
        return out

    # -- the page's structure --------------------------------------------------

    def _page_date(self) -> dt.date | None:
        """The date a page's timestamp or byline line states, in its first three non-empty lines.

        ``16.12.2025``, ``14:05 / 13.12.2025``, ``15:40, 26 Желтоқсан 2025``: a day,
        a month (a number or a month's name in the language data) and a four-digit year.
        """
        data = load(self.doc.lang)
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
                if month_text.isdigit():
                    month = int(month_text)
                else:
                    months = [f.value for f in data.forms(month_text.lower()) if f.role == "month" and f.value]
                    if not months:
                        continue
                    month = int(months[0])
                try:
                    return dt.date(year, month, day)
                except ValueError:
                    continue
        return None


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
        if st.read_also and low.startswith(st.read_also):
            return _Line(_READ_ALSO, start, end)
        if (st.furniture and low.startswith(st.furniture)) or any(sep in stripped for sep in st.field_separators):
            return _Line(_FURNITURE, start, end)
        lead = start + len(raw) - len(raw.lstrip())
        numbered = _NUMBERED.match(stripped)
        marked = numbered is not None or any(
            low.startswith(m) and low[len(m) : len(m) + 1].isspace() for m in st.list_markers)
        if (not marked and not _HEAD_DASH.match(stripped)) or len(stripped) > _ITEM_LENGTH:
            return _Line(_TEXT, start, end)  # a long line after a dash is a paragraph of direct speech
        # the head: after the marker, up to the dash before the figure (or the first figure)
        body = lead + (numbered.end() if numbered is not None else 1 if marked else 0)
        head_end = end
        first = self.quantities_in(body, end)
        if first:
            head_end = first[0].start
        dash = _HEAD_DASH.match(self.text, body, end) if marked else _HEAD_DASH.match(stripped)
        if dash is not None:
            at = max(self.text.rfind(d, body, head_end) for d in (" -", " \u2013", " \u2014"))
            if at > body:
                head_end = at
        if head_end - body > _ITEM_HEAD:
            return _Line(_TEXT, start, end)
        header = -1
        for j in range(i - 1, max(-1, i - 1 - _HEADER_REACH), -1):
            above = self.line(j)
            if above.kind == _ITEM or above.start == above.end or not self.text[above.start : above.end].strip():
                continue
            if self.text[above.start : above.end].rstrip().endswith(":"):
                header = j
            break
        return _Line(_ITEM, start, end, head_end, header)

    def _header_span(self, line: _Line) -> Span | None:
        """The header line of a list item, when it has one."""
        if line.kind != _ITEM or line.header < 0:
            return None
        start, end = self._line_span(line.header)
        return Span(start, end)

    def _head_places(self, q: Quantity, line: _Line) -> tuple[Place, ...]:
        """The places a list item's head, or the words before a bracketed figure, name: the figure's own."""
        if line.kind == _ITEM and line.head_end > line.start and q.start >= line.head_end:
            span = Span(line.start, line.head_end)
        else:
            lead = self._lead(q, line)
            if lead is None:
                return ()
            span = lead
        # a name with no case of its own ("Қашқадарё вилояти – ...") is the figure's scope
        return tuple(
            attrs.evolve(p, role="of") if p.role == "at" else p for p in self._memo("places", span, self._read_places)
        )

    def _lead(self, q: Quantity, line: _Line) -> Span | None:
        """The words a bracket or a dash right before *q* closes: "Жамбылская (341,8 тыс.)", and a dash
        standing for "is" ("Лидирует Астана — 4,4 млн кв. м", "импорт из КНР — $24,9 млрд"), back to the
        clause break before them; they name what the figure is about."""
        before = self.text[max(line.start, q.start - 3) : q.start].rstrip()
        if not before.endswith(("(", "\u2013", "\u2014")):
            return None
        mark = q.start - (len(self.text[:q.start]) - len(self.text[:q.start].rstrip())) - 1
        k = bisect.bisect_left(self.break_starts, mark) - 1
        return Span(max(line.start, self.breaks[k][1] if k >= 0 else 0, mark - 80), mark)

    def _header_measure(self, q: Quantity, header: Span) -> tuple[str, str]:
        """What a list's header line says its figures measure (``Тоғыз айда жиналған дән (мың тонна):``)."""
        words = self.nouns_in(header.start, header.end)
        if q.unit == "count":
            # a bare cell ("Қашқадария – 808,9") under "... астық (мың тонна):": its unit is the header's
            kinds: tuple[str, ...] = ("count", "amount")
            unit = ""
        else:
            kinds, unit = ("amount",), q.unit
        found = self._nearest(words, (), kinds=kinds, skip=("value", "country", "region"), unit=unit)
        return (found.concept.key, found.words) if found is not None else ("", "")

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

    def _part_key(self, q: Quantity, clause: Span, line: _Line) -> str:
        """What sets a part apart from the other parts: the first noun of its item's head, or after it."""
        if line.kind == _ITEM and line.head_end > line.start and q.start >= line.head_end:
            words = self.nouns_in(line.start, line.head_end)
        else:
            words = self.nouns_in(q.end, clause.end)[:_NOUN_WINDOW]
        verbs = self.ctx.verbs
        # neither a modifier nor a verb ("12 774 743 живут в городах") names the part
        words = [w for w in words if w.low not in self.ctx.modifiers and not (verbs and w.low.startswith(verbs))]
        if not words:
            # "оның ішінде бидай – 19,8 млн тонна": the part named between "of which" and its figure
            sent = self.sentences[self.sentence_of(q)] if self.sentences else Span(0, len(self.text))
            marks: list[int] = self._memo("parts", sent, lambda s: _phrase_starts(self.text, s, self.struct.parts))
            before = [m for m in marks if m <= q.start]
            if before:
                words = [w for w in self.nouns_in(before[-1], q.start) if w.low not in self.ctx.modifiers][:2]
        if not words:
            return "part"
        if self.lex.place_at(words, 0, self.doc.lang) is not None:
            return ""  # a part named by its place: the place sets it apart
        found = self.lex.find(words[:2], self.doc.lang)
        return found.concept.key if found is not None else self.lex.key_for(words[0].low, self.doc.lang)

    @staticmethod
    def _with_story(own: tuple[Place, ...], story: tuple[Place, ...]) -> tuple[Place, ...]:
        codes = {p.code for p in own}
        return own + tuple(p for p in story if p.code not in codes)

    def _id(self, q: Quantity) -> str:
        digest = hashlib.blake2s(f"{self.doc.id}\0{q.start}\0{q.end}".encode(), digest_size=6).hexdigest()
        return f"c-{digest}"

    def _same_frame(self, a: dict[str, Any], b: dict[str, Any]) -> bool:
        if a["si"] == b["si"]:
            return True
        first, second = (a, b) if a["si"] < b["si"] else (b, a)
        return second["si"] == first["si"] + 1 and bool(second["continues"])

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

    def _is_reference(self, q: Quantity) -> bool:
        """"икки мамлакат" (the two countries): the parties of the story, not a count."""
        words = self.words_in(q.start, min(len(self.text), q.end + 40))[:3]
        lows = [w.low for w in words]
        if not lows or not lows[0].startswith(self.ctx.reference_starts):
            return False  # the common case, in one test
        return any(
            len(ref) <= len(lows) and all(lows[k].startswith(part) for k, part in enumerate(ref))
            for ref in self.ctx.references
        )

    def _is_time_phrase(self, q: Quantity) -> bool:
        """"соңғы үш жылда" (in the last three years), "19 жыл бұрын" (19 years ago): the time of another figure."""
        if q.unit not in ("year", "month", "day", "week"):
            return False
        before = self.words_in(max(0, q.start - 30), q.start)
        after = self.words_in(q.end, min(len(self.text), q.end + 20))
        last_words = self.ctx.time.get("last_n_years", ())
        ago = self.ctx.time.get("ago", ())
        if bool(before and before[-1].low in last_words) or bool(after and after[0].low in ago):
            return True
        # "тоғыз айда", "ўн ойда" (in nine, ten months), "Тоғыз айдың қорытындысы" (the nine
        # months' results): a number of months in the locative or genitive is a reporting period
        return self._span_months(q) is not None

    def _clause_span(self, clause: Span, period: Period) -> Period | None:
        """The period a clause's "бір жылда" (in one year) gives: that many months up to *period*'s end."""
        spans = [(self._span_months(o), o.start, o.end) for o in self.quantities_in(clause.start, clause.end)]
        low = " " + self.text[clause.start : clause.end].lower()
        for phrase in self.ctx.time.get("one_year_span", ()):
            at = low.find(" " + phrase)
            if at >= 0:  # "бір жылда": the lone "бір" is no quantity
                spans.append((12, clause.start + at, clause.start + at + len(phrase)))
        for months, start_at, end_at in spans:
            if months is None:
                continue
            end = period.end
            total = end.year * 12 + end.month - months  # the month before the span begins
            year, month = divmod(total, 12)
            if year < dt.MINYEAR:
                return None
            start = dt.date(year, month + 1, 1)
            return Period(start, end, self.text[start_at:end_at], relative=period.relative)
        return None

    def _span_months(self, q: Quantity) -> int | None:
        """How many months "тоғыз айда", "ўн ойда", "бір жылда" (in N months, in a year) span; None for
        a figure that is not such a reporting period.

        A number of months in the locative or genitive ("Тоғыз айдың қорытындысы"), or of years in
        the locative: a reporting period, not a claim ("20 жылдан астам", ablative, is a duration).
        """
        words = q.text.split()
        if q.unit not in ("month", "year") or not words or q.value is None or not 0 < q.value <= 100:
            return None
        last = words[-1].lower()
        endings = tuple(self.ctx.role_suffixes.get("in", ()))
        if q.unit == "month":
            endings += tuple(self.ctx.role_suffixes.get("of", ()))
        if not any(last.endswith(e) and len(last) > len(e) + 1 for e in endings):
            return None
        return int(q.value) * (12 if q.unit == "year" else 1)

    # -- measure -------------------------------------------------------------

    def measure(
        self, q: Quantity, sent: Span, clause: Span, si: int, last_amount: dict[int, str], depth: int = 0
    ) -> tuple[str, str]:
        if q.kind is Kind.ORDINAL:
            return self._ordinal_measure(q, clause)
        if q.unit in _DURATIONS:
            # "20 жылдан астам", "йигирма йиллик": how long something has lasted
            return "duration", ""
        para = self._paragraph(si)
        before = self.nouns_in(clause.start, q.start)
        if not before:
            lead = self._lead(q, self.line(self.line_of(q.start)))
            if lead is not None:
                # "импорт из КНР — $24,9 млрд": the clause the dash cuts off names what the figure measures
                before = self.nouns_in(lead.start, lead.end)
        after = self.nouns_in(q.end, clause.end)
        money = bool(_CURRENCY.match(q.unit))
        if not money and q.unit == "count" and self._refers_back(q):
            # "Соның төртеуі" (four of them), "120 тасида": the count of something named before
            counted_key = self._previous_count(q, si)
            if counted_key is not None:
                return counted_key, ""
        if not money and q.unit in ("count",):
            place = self.lex.place_at(after, 0, self.doc.lang) if after else None
            demonym = place is not None and place.demonym
            head = self.lex.find_head(after[:_NOUN_WINDOW], self.doc.lang, self._modifier_endings,
                                      self.ctx.possessive_endings)
            if demonym and (head is None or head.modifier or head.concept.kind == "person"):
                # "55 мингдан ортиқ қозоғистонликлар ...": people, measured by what they do
                # (but "9 ресейлік университеттің филиалы" counts branches)
                activity = self._activity(sent) or self._activity(self._paragraph_span(si))
                return activity or "person", self.text[after[0].start : after[0].end]
            if head is not None:
                concept, text, _ = head
                if concept.kind == "person":
                    activity = self._activity(sent)
                    if activity:
                        return activity, text
                    # "ел халқы 20 286 084 адамға жетті": people counted as an amount named before them
                    counted = self._nearest(before, (), kinds=("amount",), unit="count")
                    if counted is not None and "count" in counted[0].units:
                        return counted[0].key, counted[1]
                    # "1 млн 267,5 мың адам" in a paragraph about visitors: people, measured by what they do
                    return self._activity(self._paragraph_span(si)) or concept.key, text
                return concept.key, text
            counted = self._nearest(before, (), kinds=("amount",), unit="count")
            if counted is not None and "count" in counted[0].units:
                # "Қазақстан халқы 20 миллионнан асты": a count with no noun after it, of an amount named before
                return counted[0].key, counted[1]
            partner = self._coordinated_count(q, sent)
            if partner is not None and depth < 4:
                # "7 өңіраралық және 10 коммерциялық ... 17 құжатқа": the noun the last of them names
                return self.measure(partner, sent, self.clause_of(partner, sent), si, last_amount, depth + 1)
            activity = self._activity(Span(q.end, clause.end))
            if activity:
                return activity, ""
            if after:
                noun = self._unknown_noun(after[:_NOUN_WINDOW])
                if self._never_counted(noun, after):
                    # "388 428 тани ташкил этди", "951 мингдан ортиқ кўп", "951,3 минг нафарга ёки":
                    # a verb, a comparison, a conjunction or a place is no counted noun
                    return "", ""
                return self.lex.key_for(noun.low, self.doc.lang), self.text[noun.start : noun.end]
            return "", ""
        # an amount: the measured noun phrase, nearest first
        amount = self._nearest(before, after, kinds=("amount",), skip=("value",), unit=q.unit)
        if amount is not None:
            last_amount[para] = amount[0].key
            return amount[0].key, amount[1]
        if q.unit == "percent" and q.change:
            # "савдо айланмаси ... етди, бу ... 9,8% га кўп": the change of what the sentence measures
            earlier = self.nouns_in(max(sent.start, q.start - _CLAUSE_REACH), q.start)  # bounded: linear
            grown = self._nearest(earlier, (), kinds=("amount",), skip=("value",))
            if grown is not None:
                return grown[0].key, ""
        if q.unit == "percent":
            counted = self._nearest(before, after, kinds=("count",))
            if counted is not None:
                return f"{counted[0].key}_share", counted[1]
            if before and before[-1].low in self.ctx.pronouns:
                # "2 мыңнан астам компания ..., олардың 50 пайызы": a share of the set named before
                counted_key = self._previous_count(q, si)
                if counted_key is not None:
                    return f"{counted_key}_share", ""
            whole = self.lex.at(after, 0, self.doc.lang) if after else None
            if whole is not None and whole.concept.kind == "amount" and whole.concept.key != "value":
                # "около 70% зерна": the amount a percentage is of, named right after it
                return whole.concept.key, whole.words
            return "", ""
        if money:
            # "екі ел арасындағы ... 28 млрд": the countries are the parties, not what the money is worth
            counted = self._nearest(before, after, kinds=("count",), skip=("country", "region"))
            if counted is not None:
                return f"{counted[0].key}_value", counted[1]
            value_word = self._nearest(before, after, kinds=("amount",))
            if value_word is not None or self._continues(sent, q):
                counted_key = self._previous_count(q, si)
                if counted_key is not None:
                    return f"{counted_key}_value", ""
        if para in last_amount:
            return last_amount[para], ""
        # nothing names what the figure measures: it cannot be matched with another document's
        return "", ""

    def _topic(
        self, q: Quantity, sent: Span, si: int, header: Span | None, previous: tuple[int, str, str] | None
    ) -> tuple[str, str]:
        """What a figure measures when its clause names nothing: the topic of its sentence, else of its
        list's header, else what the sentence before measured when this one refers back to it.

        "Қазақстанда тұтыну бағасының жылдық өсімі қыркүйекте 12,9% болды" (the concept named earlier in
        the sentence); "Бұл өткен жылмен салыстырғанда 17,2%-ға көп" (the previous sentence's measure,
        changed by 17,2 %).
        """
        if q.kind is Kind.ORDINAL or q.unit in _DURATIONS:
            return "", ""
        # each look reaches a bounded window, so that one long sentence is read in linear time
        found = self._topic_in(q, self.nouns_in(max(sent.start, q.start - _CLAUSE_REACH), q.start))
        if found is None and header is not None:
            found = self._topic_in(q, self.nouns_in(max(header.start, header.end - _CLAUSE_REACH), header.end))
        if found is not None:
            return found
        if previous is not None:
            prev_si, measure, unit = previous
            if prev_si == si or (prev_si == si - 1 and self._continues(sent, q)):
                if q.unit == unit or (unit == _PER_1000 and _bare(q)):
                    # "Туғилиш коэффициенти 1000 аҳолига 18,3 ... Бу кўрсаткич бўйича Туркистон вилояти (25,05)"
                    return measure, ""
                if q.unit in ("percent", "pp") and unit not in ("percent", "pp"):
                    # "Бу ... 29,8 фоизга кўп": a change of what was just stated; "бұл жалпы ағынның 20
                    # пайызы": its share
                    return (measure if q.change or unit != "count" else f"{measure}_share"), ""
        # the paragraph's lead ("Номиналды өсім 9,8%-ды құрады" in a paragraph opened on wages)
        # the paragraph's lead: the concept its sentences before this one named last
        paragraph = self._paragraph_span(si)
        # (not the page's headline: a page of several measures would give them all its one topic)
        words = self.nouns_in(max(paragraph.start, sent.start - _BACK_REACH), sent.start)
        return self._topic_in(q, words) or ("", "")

    def _topic_in(self, q: Quantity, words: Sequence[_Word]) -> tuple[str, str] | None:
        """The measure the concept named last in *words* gives *q*, by the kind of figure *q* is."""
        money = bool(_CURRENCY.match(q.unit))
        for i in range(len(words) - 1, -1, -1):
            hit = self.lex.at(words, i, self.doc.lang)
            if hit is None:
                continue
            concept, text = hit
            if concept.key in ("value", "country", "region"):
                continue
            if concept.kind == "amount":
                if q.unit in ("percent", "pp", "times") or concept.fits(q.unit):
                    # a percentage or a multiple ("1,6 баравар") of any amount
                    return concept.key, text
                continue
            if q.unit == "count":
                if concept.kind == "person":
                    # "Россиядан келганлар сони 687 мингга яқин": people, measured by what they do
                    si = self.sentence_of(q)
                    sent = self.sentences[si] if self.sentences else Span(0, len(self.text))
                    return self._activity(sent) or self._activity(self._paragraph_span(si)) or concept.key, text
                return concept.key, text
            if q.unit in ("percent", "pp"):
                return (concept.key if q.change else f"{concept.key}_share"), text
            if money:
                return f"{concept.key}_value", text
        return None

    def _named_before(self, q: Quantity, key: str, after: bool = False) -> bool:
        """Does a word of ``time.<key>`` stand just before *q* (no other figure between), or, with
        *after*, as the first word after it?"""
        stems = self.ctx.time.get(key, ())
        if not stems:
            return False
        if after:
            following = self.words_in(q.end, min(len(self.text), q.end + 40))[:1]
            return bool(following) and following[0].low.startswith(stems)
        start = max(0, q.start - _GROWTH_REACH)
        i = bisect.bisect_left(self.quantity_starts, q.start) - 1
        if i >= 0:
            start = max(start, self.quantities[i].end)
        return any(w.low.startswith(stems) for w in self.words_in(start, q.start))

    def _states_change(self, q: Quantity, sent: Span) -> bool:
        """Is *q* a change: read so, or a percentage written with a plus ("+26,1%") or named a growth
        ("номиналды өсім 9,8%-ды құрады", "ўсиш 17,2 фоизни") with no other figure between?"""
        if q.change:
            return True
        if q.unit != "percent":
            return False
        if q.text.lstrip().startswith("+") or self.text[max(0, q.start - 1) : q.start] == "+":
            return True
        if self._comparison_after(q, sent) in self.ctx.time.get("comparisons", ()):
            # "3,4 mlrd dollar yoki 29,8 foiz koʻp", "на 6,4% больше": by how much, a change (the word itself:
            # "77 фоизгача камайди", decreased to 77 %, states the level)
            return True
        growth = self.ctx.time.get("growth", ())
        if not growth:
            return False
        start = max(sent.start, q.start - _GROWTH_REACH)
        i = bisect.bisect_left(self.quantity_starts, q.start) - 1
        if i >= 0:
            start = max(start, self.quantities[i].end)
        return any(w.low.startswith(growth) for w in self.words_in(start, q.start))

    def _header_time(self, header: Span) -> Period | None:
        """The time a list's header states in its last sentence, the one that opens the list."""
        if not self.sentences:
            return self._time_in(header)
        last = self.sentences[self.sentence_of_pos(max(header.start, header.end - 1))]
        return self._time_in(Span(max(last.start, header.start), header.end))

    def sentence_of_pos(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)

    def _in_aside(self, q: Quantity, before: Quantity) -> bool:
        """Is *q* in brackets opened right after the figure *before* (at most a few words between)?"""
        between = self.text[before.end : q.start]
        at = between.find("(")
        return at >= 0 and ")" not in between and len(self.words_in(before.end, before.end + at)) <= 3

    def _is_conversion(self, q: Quantity, sent: Span) -> bool:
        """Is *q* money right after money in another currency, at most two words between?"""
        if not _CURRENCY.match(q.unit):
            return False
        i = bisect.bisect_left(self.quantity_starts, q.start) - 1
        if i < 0 or self.quantities[i].start < sent.start:
            return False
        base = self.quantities[i]
        if not _CURRENCY.match(base.unit) or base.unit == q.unit:
            return False
        return len(self.words_in(base.end, q.start)) <= 2

    def _comparison_after(self, q: Quantity, sent: Span) -> str:
        """The word after *q* when it starts with a comparison word ("көп", "кўп", "больше", "азайды"), else "".

        Not a word that only starts like one: "12,1 mln kv. metri koʻp kvartirali uylar", "көппәтерлі" (many-flat).
        """
        following = self.words_in(q.end, min(sent.end, q.end + 40))[:1]
        comparisons = self.ctx.time.get("comparisons", ())
        if not following or not comparisons or not following[0].low.startswith(comparisons):
            return ""
        w = following[0]
        if self.folded[w.start : w.start + 30].lower().startswith(self.ctx.time.get("not_comparisons", ())):
            return ""
        return w.low

    def _is_difference(self, q: Quantity, sent: Span) -> bool:
        """Is *q* (not a percentage) the difference between two levels: a comparison word right after it,
        or "or" and a percentage change after it?"""
        if q.unit in ("percent", "pp", "times") or q.change:
            return False
        if self._comparison_after(q, sent):
            return True
        i = bisect.bisect_left(self.quantity_starts, q.end)
        if i == len(self.quantities) or self.quantities[i].start >= sent.end:
            return False
        other = self.quantities[i]
        between = self.words_in(q.end, other.start)
        return (other.unit == "percent" and self._states_change(other, sent) and 0 < len(between) <= 2
                and any(w.low in self.ctx.conjunctions for w in between))

    def _against_average(self, sent: Span, q: Quantity) -> bool:
        """Does *sent* compare *q* with an average ("орташа деңгейден", "ўртача даражадан")?"""
        phrases = self.ctx.time.get("against_average", ())
        if not phrases:
            return False
        # where the sentence names an average: found once per sentence, so a long sentence stays linear
        marks: list[int] = self._memo("average", sent, lambda s: _phrase_starts(self.text, s, phrases))
        return bool(marks) and marks[0] < q.start

    def _rate_or_plan(self, q: Quantity, clause: Span) -> str:
        """What *q*'s clause makes of its measure: a rate per day (``_daily``: "около тысячи младенцев в день",
        "тәулігіне 148 нәресте"), a plan's fulfilment (``_plan``: "режани 102,3 фоизга бажарди") or by how much
        a plan was exceeded (``_over_plan``: "6,1 млн шаршы метрге артығымен орындалды"); else nothing."""
        low = self.folded[clause.start : clause.end].lower()
        if _has_phrase(low, self.ctx.time.get("per_day", ())):
            return "_daily"
        if q.unit not in ("pp", "times") and _has_phrase(low, self.ctx.time.get("plan_over", ())):
            return "_over_plan"
        if q.unit == "percent" and _has_phrase(low, self.ctx.time.get("plan_done", ())):
            return "_plan"
        return ""

    def _coordinated_count(self, q: Quantity, sent: Span) -> Quantity | None:
        """The next count of the sentence when a conjunction joins it to *q*, with at most two words between."""
        i = bisect.bisect_left(self.quantity_starts, q.end)  # the next quantity only: no slice of the rest
        if i == len(self.quantities) or self.quantities[i].start >= sent.end:
            return None
        following = self.quantities[i]
        if following.unit != "count" or following.kind is not Kind.CARDINAL:
            return None
        lo = bisect.bisect_left(self.word_starts, q.end)
        between = self.words[lo : min(lo + 4, bisect.bisect_left(self.word_starts, following.start))]
        if len(between) <= 3 and any(w.low in self.ctx.conjunctions for w in between):
            return following
        if between and self.text[q.end : between[0].start].strip() == "," and all(
            w.low in self.ctx.conjunctions or self.lex.place_at(between, k, self.doc.lang) is not None
            for k, w in enumerate(between)
        ):
            # "Тожикистондан 1,88 млн, Қирғизистондан 1,87 млн, ... 1,27 млн киши келган": a list by place
            return following
        return None

    def _never_counted(self, noun: _Word, after: Sequence[_Word]) -> bool:
        """Is *noun* a word that follows a figure but never names what it counts?"""
        low = noun.low
        if (self.ctx.verbs and low.startswith(self.ctx.verbs)) or low in self.ctx.conjunctions:
            return True
        if self.ctx.not_counted and low.startswith(self.ctx.not_counted):
            return True
        k = next((i for i, w in enumerate(after) if w.start == noun.start), 0)
        return self.lex.place_at(after, k, self.doc.lang) is not None

    def _unknown_noun(self, after: Sequence[_Word]) -> _Word:
        """The word a count outside the lexicon counts: the first after it that is not a modifier.

        ``40 жаңа трактор``, ``12 та янги трактор`` → трактор; the first word when
        every one is a modifier.
        """
        for w in after:
            if w.low not in self.ctx.modifiers:
                return w
        return after[0]

    @functools.cached_property
    def _unit_owners(self) -> dict[str, str]:
        """Unit -> the one concept stated in it, for the units (not money, counts or percent) only one takes."""
        return _unit_owners(self.lex)

    @functools.cached_property
    def _modifier_endings(self) -> tuple[str, ...]:
        """Case endings that make a noun a modifier of the next: genitive, locative, ablative."""
        return tuple(e for role in ("of", "in", "from") for e in self.ctx.role_suffixes.get(role, ()))

    def _nearest(
        self,
        before: Sequence[_Word],
        after: Sequence[_Word],
        kinds: tuple[str, ...],
        skip: tuple[str, ...] = (),
        unit: str = "",
    ) -> ConceptHit | None:
        """The concept of one of *kinds* nearest before the figure in its clause, else the first after it."""

        def fits(found: ConceptHit | None) -> bool:
            return (found is not None and found.concept.kind in kinds and found.concept.key not in skip
                    and (not unit or found.concept.fits(unit)))

        for i in range(len(before) - 1, -1, -1):
            found = self.lex.at(before, i, self.doc.lang)
            if fits(found):
                # a longer name that ends on this word wins ("таза халықаралық резервтер": net reserves,
                # not reserves): scanning back finds its last word first
                for j in range(max(0, i - 3), i):
                    longer = self.lex.at(before, j, self.doc.lang)
                    if fits(longer) and longer is not None and j + len(longer.words.split()) > i:
                        return longer
                return found
        after = after[:_NOUN_WINDOW]
        for i in range(len(after)):
            found = self.lex.at(after, i, self.doc.lang)
            if fits(found):
                return found
        return None

    def _previous_count(self, q: Quantity, si: int) -> str | None:
        """What "their value" refers to: the last counted thing before *q*, in this sentence or the two before.

        A count stated with a number wins; otherwise the last countable noun
        named (a lede's "their total value" refers to the headline's projects).
        """
        start = self.sentences[max(0, si - 2)].start if self.sentences else 0
        start = max(start, q.start - _BACK_REACH)
        for other in reversed(self.quantities_in(start, q.start)):
            if other.unit != "count" or other.kind is not Kind.CARDINAL:
                continue
            words_after = self.nouns_in(other.end, min(q.start, other.end + _CLAUSE_REACH))
            found = self.lex.find(words_after[:_NOUN_WINDOW], self.doc.lang)
            if found and found.concept.kind == "count":
                return found.concept.key
        words = self.nouns_in(start, q.start)
        for i in range(len(words) - 1, -1, -1):
            hit = self.lex.at(words, i, self.doc.lang)
            if hit is not None and hit.concept.kind == "count" and hit.concept.key not in ("country", "region"):
                return hit.concept.key
        return None

    def _refers_back(self, q: Quantity) -> bool:
        """A collective (төртеуі) or a classifier with a possessive (тасида) counts members of a set named before."""
        data = load(self.doc.lang)
        last = q.text.split()[-1].lower() if q.text.split() else ""
        forms = data.forms(last) + ((data.suffixes[last],) if last in data.suffixes else ())
        return any(f.role == "collective" or (f.classifier and "px3" in f.families) for f in forms)

    def _ordinal_measure(self, q: Quantity, clause: Span) -> tuple[str, str]:
        """``10-йиғилиши`` names its noun inside the span; ``XXI ... форуми`` within a few words after."""
        inside = self.words_in(q.start, q.end)
        found = self.lex.find(inside, self.doc.lang)
        if found is None:
            after = self.words_in(q.end, clause.end)[:6]
            for i in range(len(after) - 1, -1, -1):  # the head noun comes last: "XXI өңіраралық ... форумы"
                hit = self.lex.at(after, i, self.doc.lang)
                if hit is not None and hit.concept.key not in ("country", "region"):
                    found = hit
                    break
            if found is None:
                noun = inside[-1] if len(inside) > 1 else (after[0] if after else None)
                key = self.lex.key_for(noun.low, self.doc.lang) if noun else "~thing"
                return f"{key}#{q.value}", ""
        return f"{found.concept.key}#{q.value}", found.words

    def _activity(self, span: Span) -> str | None:
        """What the people of *span* are doing that makes them a measure (studying: student)."""
        found: str | None = self._memo(
            "activity", span, lambda s: self._first_match(s, self.ctx.activity_patterns)
        )
        return found

    def _first_match(self, span: Span, patterns: Sequence[tuple[str, re.Pattern[str]]]) -> str | None:
        """The name of the first of *patterns* found in *span* (lower-cased, after a space for word starts)."""
        low = " " + self.folded[span.start : span.end].lower()
        for name, pattern in patterns:
            if pattern.search(low):
                return name
        return None

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

    # -- context ---------------------------------------------------------------

    def places(self, clause: Span, sent: Span) -> tuple[Place, ...]:
        """The places named in *clause*, each with its role."""
        del sent
        found: tuple[Place, ...] = self._memo("places", clause, self._read_places)
        return found

    def _read_places(self, clause: Span) -> tuple[Place, ...]:
        words = self.words_in(clause.start, clause.end)
        found: list[Place] = []
        i = 0
        while i < len(words):
            hit = self.lex.place_at(words, i, self.doc.lang)
            if hit is None:
                i += 1
                continue
            code, n, rest, demonym = hit
            last = words[i + n - 1]
            role = "from" if demonym else self._role(rest, words[i + n] if i + n < len(words) else None,
                                                     words[i - 1] if i else None)
            found.append(Place(code, role, words[i].start, last.end, self.text[words[i].start : last.end]))
            i += n
        return tuple(found)

    def _role(self, rest: str, following: _Word | None, previous: _Word | None = None) -> str:
        """The role a preposition before a place name gives it (ru ``в Казахстане``: in, ``из Китая``:
        from), else the name's own ending, else the word after it.

        ``Қазақстанда`` (in), ``Ресеймен`` (with); a bare or possessive name takes its
        role from a postposition (``Россия Федерацияси билан``: with), and a bare name
        from the noun that carries the case (``Россия университетларида``: in,
        ``Ғарбий Қозоғистон вилоятининг``: of) or an origin noun (``Россия фуқаролари``: from).
        """
        if previous is not None:
            for role, words in self.ctx.prepositions.items():
                if previous.low in words:
                    return role
        for role in ("of", "in", "from", "with"):
            if rest and rest in self.ctx.role_suffixes.get(role, ()):
                return role
        if following is None:
            return "at"
        for role, words in self.ctx.postpositions.items():
            if following.low in words:
                return role
        if rest:
            return "at"
        if any(following.low.startswith(n) for n in self.ctx.origin_nouns):
            return "from"
        for role in ("of", "in", "with"):
            # longer than the ending: "Қазақстан мен Ресей" has the conjunction мен, not Ресеймен
            if any(following.low.endswith(s) and len(following.low) > len(s)
                   for s in self.ctx.role_suffixes.get(role, ())):
                return role
        return "at"

    # -- time and status -----------------------------------------------------

    def time(self, q: Quantity, sent: Span, si: int) -> Period | None:
        marks: list[tuple[int, Period]] = self._memo("marks", sent, self._read_marks)
        # (read once per sentence: a sentence of thousands of years stays linear)
        if self._memo("two times", sent, lambda _: len({m[1] for m in marks}) >= 2):
            # "Былтыр ... 94,82 млрд долларға жетті (2023 жылы – 89,4 млрд доллар)": a sentence naming two
            # times gives each figure the one named last before it (else the first after it)
            where: list[int] = self._memo("mark starts", sent, lambda _: [m[0] for m in marks])
            k = bisect.bisect_left(where, q.start)
            return marks[k - 1][1] if k > 0 else marks[0][1]
        opens: list[int] = self._memo(
            "brackets", sent, lambda s: [m.start() for m in _OPEN.finditer(self.text, s.start, s.end)]
        )
        k = bisect.bisect_left(opens, q.end)
        aside = opens[k] if k < len(opens) else -1
        # (no bracket opened before the figure: it is not itself inside an aside)
        if (aside >= 0 and bisect.bisect_left(opens, q.start) == 0
                and self._time_in(sent) is not None
                # (the part before the aside, within the clause reach: linear in a sentence of many asides)
                and self._time_in(Span(max(sent.start, q.start - _CLAUSE_REACH), aside)) is None):
            # "Буғдой ҳосили 19,8 минг тоннага етди (2023 йилда — 12,1 млн тонна)": a bracketed aside after
            # the figure states the time of the figure it is contrasted with; the figure itself is of the
            # time the page was talking about, the last one stated in the sentences before
            for back in range(si - 1, max(-1, si - 4), -1):
                found = self._time_in(self.sentences[back])
                if found is not None:
                    return found
            return None
        breaks: list[int] = self._memo(
            "clause ends", sent, lambda s: [m.start() for m in _CLAUSE_END.finditer(self.text, s.start, s.end)]
        )
        k = bisect.bisect_left(breaks, q.end)
        starts: list[int] = self._memo("mark starts", sent, lambda _: [m[0] for m in marks])
        if k < len(breaks) and starts and starts[0] > breaks[k]:
            # "Қозоғистон аҳолиси 20,2 миллиондан ошди: ўтган йили 368 670 чақалоқ туғилди": a time named
            # only after a colon or semicolon is the next clause's, not this figure's
            sent = Span(sent.start, breaks[k])
        own = self._time_in(sent)
        if own is None and si > 0 and self._continues_sentence(sent):
            return self._time_in(self.sentences[si - 1])
        return own

    def _continues_sentence(self, sent: Span) -> bool:
        found: bool = self._memo("continues", sent, self._read_continues)
        return found

    def _read_continues(self, sent: Span) -> bool:
        """Is one of the first three words of *sent* a pronoun ("Бұл", "Уларнинг")?"""
        return any(self._is_pronoun(w) for w in self.words_in(sent.start, sent.end)[:3])

    def _time_in(self, sent: Span) -> Period | None:
        """The time *sent* states, read once per sentence."""
        found: Period | None = self._memo("time", sent, self._read_time)
        return found

    def _years(self, sent: Span) -> list[Quantity]:
        """The years *sent* states as its own times: not the base of a comparison ("2023 жылғы көрсеткіштен")."""
        compared = self.ctx.time.get("compared", ())
        return [
            q for q in self.quantities_in(sent.start, sent.end)
            if q.kind is Kind.DATE and q.unit == "year"
            and not any(w.low.startswith(compared) for w in self.words_in(q.start, min(sent.end, q.end + 40))[:3])
        ]

    def _year_period(self, year: Quantity, sent: Span) -> Period | None:
        """The period a stated year gives, narrowed to the months named right after it."""
        lo = int(year.low or year.value or 0)
        hi = int(year.high or year.value or lo)
        if not (1000 <= lo <= 9999 and 1000 <= hi <= 9999):
            return None
        months = self._months_after(year.end, sent.end)
        if months and lo == hi:
            m1, m2 = months[0], months[-1]
            end = dt.date(hi, m2, calendar.monthrange(hi, m2)[1])
            return Period(dt.date(lo, m1, 1), end, self.text[year.start : year.end])
        return Period(dt.date(lo, 1, 1), dt.date(hi, 12, 31), self.text[year.start : year.end])

    def _read_marks(self, sent: Span) -> list[tuple[int, Period]]:
        """Where *sent* names a time of its own (a year, "былтыр", "жорий йил"), and which, in text order."""
        marks = [(y.start, p) for y in self._years(sent) if (p := self._year_period(y, sent)) is not None]
        published = self.published
        if published is not None:
            low = " " + self.text[sent.start : sent.end].lower()
            for stem in self.ctx.time.get("same_period_last_year", ()) + self.ctx.time.get("compared_relative", ()):
                low = low.replace(" " + stem, " " * (len(stem) + 1))  # the comparison base, not a time of its own
            for key, shift in (("last_year", -1), ("this_year", 0), ("next_year", 1)):
                year = published.year + shift
                if not dt.MINYEAR <= year <= dt.MAXYEAR:
                    continue
                for stem in self.ctx.time.get(key, ()):
                    at = low.find(" " + stem)
                    while at >= 0:
                        start = sent.start + at  # " " + low: at is the stem's start in the text
                        months = self._months_after(start + len(stem), sent.end)
                        m1, m2 = (months[0], months[-1]) if months else (1, 12)
                        end = dt.date(year, m2, calendar.monthrange(year, m2)[1])
                        marks.append((start, Period(dt.date(year, m1, 1), end, stem, relative=True)))
                        at = low.find(" " + stem, at + 1)
        return sorted(marks, key=lambda m: m[0])

    def _read_time(self, sent: Span) -> Period | None:
        years = self._years(sent)
        if years:
            return self._year_period(years[0], sent)
        published = self.published
        if published is None:
            return None
        for q in self.quantities_in(sent.start, sent.end):
            if q.unit == "year" and q.kind is Kind.CARDINAL and q.value:
                before = self.words_in(max(sent.start, q.start - 30), q.start)
                if before and before[-1].low in self.ctx.time.get("last_n_years", ()):
                    # "соңғы үш жылда": the N years up to the publication date
                    span_years = int(q.value)
                    if published.year - span_years < dt.MINYEAR:
                        return None  # a publication date too early for "the last N years" to have a start
                    return Period(dt.date(published.year - span_years, published.month, 1), published,
                                  self.text[before[-1].start : q.end], relative=True)
        low = " " + self.folded[sent.start : sent.end].lower()
        for stem in self.ctx.time.get("same_period_last_year", ()) + self.ctx.time.get("compared_relative", ()):
            # "ўтган йилнинг шу даври", "былтырғыдан" name the comparison base, not the sentence's own year
            low = low.replace(" " + stem, " ")
        relative = self._relative_period(low, sent, published)
        if relative is not None:
            return relative
        # "қаңтар-тамызда", "декабрь ойида": months without a year are the last such months
        # before the publication date
        months = self._months_in(sent)
        if months:
            m1, m2 = months[0], months[-1]
            if m1 > m2:
                m1, m2 = m2, m1
            year = published.year if m2 <= published.month else published.year - 1
            if not dt.MINYEAR <= year <= dt.MAXYEAR:
                return None
            end = dt.date(year, m2, calendar.monthrange(year, m2)[1])
            return Period(dt.date(year, m1, 1), end, "months", relative=True)
        return None

    def _months_in(self, sent: Span) -> list[int]:
        """The months a sentence names (the first two), in the order named."""
        data = load(self.doc.lang)
        months: list[int] = []
        for w in self.words_in(sent.start, sent.end)[:_MONTH_WORDS]:
            for form in data.forms(w.low):
                if form.role == "month" and form.value is not None:
                    months.append(int(form.value))
                    break
            if len(months) == 2:
                break
        return months

    def _relative_period(self, low: str, sent: Span, published: dt.date) -> Period | None:
        """"өткен жылы", "жорий йил январь-август ойларида": a year relative to the publication date."""
        for key, shift in (("last_year", -1), ("this_year", 0), ("next_year", 1)):
            for stem in self.ctx.time.get(key, ()):
                at = low.find(" " + stem)
                if at >= 0:
                    # "жорий йил январь-август ойларида": this year's January to August
                    year = published.year + shift
                    if not dt.MINYEAR <= year <= dt.MAXYEAR:
                        return None  # "last year" of a document dated in year 1
                    months = self._months_after(sent.start + at + len(stem), sent.end)
                    m1, m2 = (months[0], months[-1]) if months else (1, 12)
                    end = dt.date(year, m2, calendar.monthrange(year, m2)[1])
                    return Period(dt.date(year, m1, 1), end, stem, relative=True)
        return None

    def _compared_period(self, q: Quantity, sent: Span, period: Period | None) -> Period | None:
        """A figure after "the same period of last year" is that earlier period's, one year back.

        In ``... 2025 йил январь-август ойларида 504,4 миллион ... етди, бу ўтган
        йилнинг шу даврига нисбатан 9,8% га кўп (459,1 миллион доллар)`` the
        459,1 is January-August 2024. A change (the 9,8%) stays in the sentence's
        own period: it compares the two.
        """
        if q.change or not self._names_same_period:
            return period
        base = period
        if base is None:
            # "Ўтган йилнинг шу даврида ... 459,1 миллион" after a sentence that named the period
            si = self.sentence_of(q)
            base = self._time_in(self.sentences[si - 1]) if si > 0 else None
            if base is None:
                return None
        start = max(sent.start, q.start - _CLAUSE_REACH)
        low = self.folded[start : q.start].lower()
        for stem in self.ctx.time.get("same_period_last_year", ()):
            at = low.rfind(stem)
            if at >= 0 and (at == 0 or not low[at - 1].isalpha()):
                text = self.text[start + at : start + at + len(stem)]
                return Period(_year_before(base.start), _year_before(base.end), text, relative=base.relative)
        return period

    @functools.cached_property
    def _names_same_period(self) -> bool:
        """Does the document say "the same period of last year" anywhere? Most do not.

        Exact as a shortcut: a stem found in a lower-cased part of the text is
        found in the whole text lower-cased (Cyrillic letters lower-case alike
        wherever they stand).
        """
        low = self.folded.lower()
        return any(stem in low for stem in self.ctx.time.get("same_period_last_year", ()))

    def _months_after(self, start: int, end: int) -> list[int]:
        data = load(self.doc.lang)
        months: list[int] = []
        for w in self.words_in(start, min(end, start + 40)):
            for form in data.forms(w.low):
                if form.role == "month" and form.value is not None:
                    months.append(int(form.value))
                    break
        return months

    def status(self, clause: Span, sent: Span, si: int) -> str | None:
        """The status its clause states, else its sentence, else the sentence a pronoun continues.

        "... 30-дан астам жоба қолға алынбақ. Бұл ... 30 мыңнан астам жұмыс орнын
        ашуға мүмкіндік береді": the jobs of the second sentence are planned too.
        """
        own = self._status_in(clause) or self._status_in(sent)
        if own is None and si > 0 and self._continues_sentence(sent):
            return self._status_in(self.sentences[si - 1])
        return own

    def _status_in(self, span: Span) -> str | None:
        found: str | None = self._memo("status", span, lambda s: self._first_match(s, self.ctx.status_patterns))
        return found


@functools.cache
def _unit_owners(lex: Lexicon) -> dict[str, str]:
    owners: dict[str, list[str]] = {}
    for c in lex.concepts.values():
        for unit in c.units:
            owners.setdefault(unit, []).append(c.key)
    # not a length ("km" is a road's as often as a territory's), a count or a percentage
    return {u: keys[0] for u, keys in owners.items() if len(keys) == 1 and u not in ("count", "percent", "pp", "km")}


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


def _within(indices: list[int], k: int) -> list[int]:
    """The sorted *indices* at most ``_FRAME_REACH`` away from *k*."""
    return indices[bisect.bisect_left(indices, k - _FRAME_REACH) : bisect.bisect_right(indices, k + _FRAME_REACH)]


def _year_before(day: dt.date) -> dt.date:
    """The same day one year earlier; the last day of the month when it does not exist (29 February)."""
    last = calendar.monthrange(day.year - 1, day.month)[1]
    return dt.date(day.year - 1, day.month, min(day.day, last))
