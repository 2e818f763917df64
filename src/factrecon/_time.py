"""When a figure is: the years, months and relative times ("last year", "the same period of last
year") its sentence states, resolved against the publication date."""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import re
from decimal import Decimal

import attrs

from factrecon._page import _CLAUSE_REACH, _FURNITURE, _HEADER_REACH, _ITEM, _READ_ALSO, Page, _Line
from factrecon.model import Kind, Period, Quantity, Span

_OPEN = re.compile(r"\(")
# how many words the base of a comparison takes, its year included: "2024 жылғы көрсеткіштен"
_BASE_WORDS = 4
# how far after a figure the phrase of the same period last year is read as its time ("... годом ранее")
_AFTER_FIGURE_REACH = 60
_CLAUSE_END = re.compile(r"[:;]")
# a table's column head that names a time: a date or a month ("01.02.2025", "02.2025"), a year ("2024", "2024 ж.")
_CELL_DATE = re.compile(r"(?:(\d{1,2})[./])?(\d{1,2})[./]((?:19|20)\d\d)")
_CELL_YEAR = re.compile(r"((?:19|20)\d\d)(?:\s*[^\W\d_]{1,4}\.?)?")
# how far after a year (or "жорий йил") its months may stand: "2025 йил январь-сентябрь ойларида"
_MONTHS_REACH = 50
# how many sentences the time the page was talking about is looked for in, before a figure's own
_LOOK_BACK = 12
# how many words of a sentence are searched for month names without a year
_MONTH_WORDS = 60
# the first day of a month right after a year: "2025 жылғы 1 ақпандағы", "2025 йил 1 январь ҳолатига"
_FIRST_DAY = re.compile(r"(?:[\s\-]*[^\W\d_]+)?[\s\-]+0?1[\s\-]+[^\W\d_]")
# ... and right before it: "на 1 февраля 2025 года"
# at most one word between a part of a year and its year: "во II квартале 2025 года", "во II кв. 2025 г."
_ONE_WORD = re.compile(r"\s*(?:[^\W\d_]+\.?\s+)?")
# the year that ends a date read as one figure ("1 февраля 2025")
_DATE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)\W*$")
_LETTER = re.compile(r"[^\W\d_]")
# a day and a month's word right before a year ("10 октября 2025"), or right after it, one word between at most
# ("2025 йил 10 октябрда", "2025-yil 10-oktabr"): a day's date
_DAY_MONTH_BEFORE = re.compile(r"(?<![\d.,])(\d{1,2})[\s\-]+([^\W\d_]+)[\s\-]+(?=(?:19|20)\d\d)")
_DAY_MONTH_AFTER = re.compile(r"(?:[\s\-]*[^\W\d_]+)?[\s\-]+(\d{1,2})[\s\-]+([^\W\d_]+)")
# a day right before a month's word: "13 қазаннан", "10-oktabr" (not the end of "2025-10-01")
_DAY_BEFORE = re.compile(r"(?<![\d.\-/])(\d{1,2})[\s\u00a0\-]*$")
_FIRST_DAY_BEFORE = re.compile(r"(?<![\d.,])0?1[\s\-]+([^\W\d_]+)[\s\-]+(?=(?:19|20)\d\d)")


class Times:
    """The time of each figure of one page."""

    def __init__(self, page: Page) -> None:
        self.page = page

    def _is_time_phrase(self, q: Quantity) -> bool:
        """"соңғы үш жылда" (in the last three years), "19 жыл бұрын" (19 years ago): the time of another figure."""
        if q.kind is Kind.ORDINAL:
            # "екінші тоқсанында", "во II квартале" (in the second quarter): the ordinal names a period;
            # "за первые 9 месяцев" (the first nine months): so does the word before the months
            nxt = self.page.quantities_in(q.end, q.end + 3)
            return self._part_months(q) is not None or bool(
                nxt and not self.page.text[q.end : nxt[0].start].strip() and self._first_months(nxt[0]) is not None
            )
        prev = self.page.quantities_in(max(0, q.start - 12), q.start)
        if (prev and not self.page.text[prev[-1].end : q.start].strip() and self._part_months(prev[-1]) is not None
                and q.text.lower().startswith(self.page.ctx.time.get("quarter", ()))):
            # "II тоқсанында": the quarter's noun, which kk also reads as the number 90 (not the figure after
            # "2-тоқсанда", whose noun is the ordinal's own)
            return True
        if q.unit not in ("year", "month", "day", "week"):
            return False
        before = self.page.words_in(max(0, q.start - 30), q.start)
        after = self.page.words_in(q.end, min(len(self.page.text), q.end + 20))
        # "соңғы үш жылда" (the last three years), "араға 19 жыл салып" (19 years between two events)
        last_words = self.page.ctx.time.get("last_n_years", ()) + self.page.ctx.time.get("between", ())
        ago = self.page.ctx.time.get("ago", ())
        if bool(before and before[-1].low in last_words) or bool(after and after[0].low in ago):
            return True
        # "тоғыз айда", "ўн ойда" (in nine, ten months), "Тоғыз айдың қорытындысы" (the nine
        # months' results): a number of months in the locative or genitive is a reporting period
        return self._span_months(q) is not None

    def _clause_span(self, clause: Span, period: Period) -> Period | None:
        """The period a clause's "бір жылда" (in one year) gives: that many months up to *period*'s end."""
        spans = [(self._span_months(o), o.start, o.end) for o in self.page.quantities_in(clause.start, clause.end)]
        low = " " + self.page.text[clause.start : clause.end].lower()
        for phrase in self.page.ctx.time.get("one_year_span", ()):
            at = low.find(" " + phrase)
            if at >= 0:  # "бір жылда": the lone "бір" is no quantity
                spans.append((12, clause.start + at, clause.start + at + len(phrase)))
        for phrase in self.page.ctx.time.get("year_to_date", ()):
            at = low.find(" " + phrase)
            if at >= 0:  # "жыл басынан бері" (since the start of the year): its months up to the period's end
                spans.append((period.end.month, clause.start + at, clause.start + at + len(phrase)))
        for months, start_at, end_at in spans:
            if months is None:
                continue
            if months == 12 and _part_of_year(period):
                # "во II квартале ... За год она выросла на 9,8%", "II чораги ... бир йилда 9,8 фоизга ошди": a
                # quarter's (a half's) change over a year is against the same quarter a year before, of the quarter
                return period
            whole_year = (period.start.month, period.start.day, period.end.month, period.end.day) == (1, 1, 12, 31)
            if months < 12 and whole_year:
                # "2024 йилнинг дастлабки ўн ойида" (in the first ten months of 2024): N months of a whole
                # year are its first N months, not the N months up to its end
                first = period.start.year
                if period.end.year != first:
                    continue
                last = dt.date(first, months, calendar.monthrange(first, months)[1])
                return Period(period.start, last, self.page.text[start_at:end_at], relative=period.relative)
            end = period.end
            total = end.year * 12 + end.month - months  # the month before the span begins
            year, month = divmod(total, 12)
            if year < dt.MINYEAR:
                return None
            start = dt.date(year, month + 1, 1)
            return Period(start, end, self.page.text[start_at:end_at], relative=period.relative)
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
        before = self.page.words_in(max(0, q.start - 20), q.start)
        if q.unit == "month" and before and before[-1].low in self.page.ctx.time.get("span_before", ()):
            return int(q.value)  # "за 9 месяцев", "за первые 9 месяцев" (over the first nine months)
        results = self.page.ctx.time.get("span_results", ())
        if q.unit == "month" and results:
            following = self.page.words_in(q.end, min(len(self.page.text), q.end + 30))[:1]
            if following and following[0].low.startswith(results):
                return int(q.value)  # "9 ойлик натижалар", "To'qqiz oy yakunlari": the results of nine months
        endings = tuple(self.page.ctx.role_suffixes.get("in", ()))
        if q.unit == "month":
            endings += tuple(self.page.ctx.role_suffixes.get("of", ()))
        if not any(last.endswith(e) and len(last) > len(e) + 1 for e in endings):
            return None
        return int(q.value) * (12 if q.unit == "year" else 1)

    def _part_months(self, q: Quantity) -> tuple[int, int] | None:
        """The first and last month of the part of a year an ordinal names with the word after it (or its own
        hyphenated tail): "екінші тоқсанында", "2-чоракда", "во II квартале" (the second quarter: April to June),
        "бірінші жартыжылдықта", "йилнинг биринчи ярмида" (the first half); None for any other figure."""
        if q.kind is not Kind.ORDINAL or q.value is None:
            return None
        n = int(q.value)
        tail = q.text.lower().rpartition("-")[2] if "-" in q.text else ""
        after = self.page.folded[q.end : q.end + 30].lower().lstrip(" \u00a0-")
        # (a tail may be the first word of the part's name: "1-yarim yillikda")
        tail = f"{tail} {after}" if tail and self.page.text[q.end : q.end + 1].isspace() else tail
        for key, parts in (("quarter", 4), ("half", 2)):
            if not 1 <= n <= parts or n != q.value:
                continue
            for stem in self.page.ctx.time.get(key, ()):
                if (tail and tail.startswith(stem)) or after.startswith(stem):
                    size = 12 // parts
                    return n * size - size + 1, n * size
        return None

    def _part_after(self, start: int, end: int) -> tuple[int, int] | None:
        """The months of the part of a year written right after *start* (a year, "биыл", "жорий йилнинг"):
        "екінші тоқсанында", "II чораги"; "10 айында", "дастлабки ўн ойида" (the first N months, for the
        figures of the sentence's other clauses too)."""
        after = self.page.quantities_in(start, min(end, start + 30))
        if not after or not _ONE_WORD.fullmatch(self.page.text[start : after[0].start].replace("-", " ")):
            return None
        return self._part_months(after[0]) or self._first_months(after[0])

    def _part_by_year(self, year: Quantity, sent: Span) -> tuple[int, int] | None:
        """The months of the part of a year written right after *year* ("2025 жылдың екінші тоқсанында",
        "2025 йилнинг II чораги") or right before it ("в первом полугодии 2025 года", "за 9 месяцев 2025
        года": the first nine months); None when no such part touches it."""
        part = self._part_after(year.end, sent.end)
        if part is not None:
            return part
        before = self.page.quantities_in(max(sent.start, year.start - 40), year.start)
        if before:
            q = before[-1]
            between = self.page.text[q.end : year.start]
            if q.unit == "month" and q.kind is Kind.CARDINAL and not between.strip() and q.value is not None:
                n = int(q.value)
                return (1, n) if n == q.value and 1 <= n < 12 else None
            if _ONE_WORD.fullmatch(between):
                return self._part_months(q)
        return None

    def _header_time(self, header: Span) -> Period | None:
        """The time a list's header states in its last sentence, the one that opens the list; else the one
        time the sentence before it in the header's line names ("Министрлік 2025 жылы ... көздеп отыр.
        Жаңа жоспардағы өңірлердің үлесі:": the plan of 2025). A sentence of two times names none of them
        for the list."""
        if not self.page.sentences:
            return self._time_in(header)
        k = self.page.sentence_of_pos(max(header.start, header.end - 1))
        last = self.page.sentences[k]
        span = Span(max(last.start, header.start), header.end)
        aside, found = self._beside_aside(span, k)
        if aside:
            return found
        found = self._time_in(span)
        if found is None and k > 0 and self.page.sentences[k - 1].start >= header.start:
            before = self.page.sentences[k - 1]
            aside, found = self._beside_aside(before, k - 1)
            if aside:
                return found
            marks: list[tuple[int, Period]] = self.page._memo("marks", before, self._read_marks)
            if len({m[1] for m in marks}) == 1:
                found = marks[0][1]
        return found

    def _beside_aside(self, span: Span, k: int) -> tuple[bool, Period | None]:
        """(True, the time of the header's own figure) when every time *span* (in sentence *k*) names is in
        brackets ("Товарооборот КНР ... вырос до $94,82 млрд (в 2023 году — $89,4 млрд):"): the aside's time is
        the figure it is contrasted with's, and the list goes on with the header's own figure, of its own
        time; (False, None) otherwise."""
        marks: list[tuple[int, Period]] = self.page._memo("marks", span, self._read_marks)
        if not marks or not all(self._bracketed(span.start, at) for at, _ in marks):
            return False, None
        own = [q for q in self.page.quantities_in(span.start, span.end)
               if q.kind is not Kind.DATE and not self._bracketed(span.start, q.start)]
        return True, self.time(own[-1], self.page.sentences[k], k) if own else None

    def _owned_by_other(self, q: Quantity | None, at: int, sent: Span) -> bool:
        """Is the time at *at* (the one *sent* names) written right after a figure other than *q*?"""
        before = self.page.quantities_in(max(sent.start, at - 40), at)
        # (by position: a claim's quantity may be a copy marked as a change)
        return (bool(before) and (q is None or before[-1].start != q.start) and before[-1].kind is not Kind.DATE
                and self._joined_after(before[-1], at))

    def _joined_after(self, q: Quantity, at: int) -> bool:
        """Is the time at *at* written right after *q*, joined by one of time.after_figure ("12,2% в августе",
        "$45,6 млрд на конец декабря"), in a language that writes a figure's time after it?"""
        joiners = self.page.ctx.time.get("after_figure", ())
        between = " ".join(self.page.text[q.end : at].split()).lower()
        return bool(joiners) and between in joiners

    def _bracketed(self, start: int, at: int) -> bool:
        """Is *at* inside brackets opened after *start*?"""
        text = self.page.text
        return text.count("(", start, at) > text.count(")", start, at)

    def _talked_about(self, si: int, q: Quantity) -> Period | None:
        """The time the page was talking about before sentence *si*: the last one stated in the three sentences
        before it (a photo credit, a byline or a tag line between is no sentence of the text: "Фото:
        Kazinform"), else the page's own (its headline's)."""
        seen = 0
        for back in range(si - 1, max(-1, si - 1 - _LOOK_BACK), -1):
            before = self.page.sentences[back]
            if self.page.line(self.page.line_of(before.start)).kind in (_FURNITURE, _READ_ALSO):
                continue
            found = self._time_in(before)
            marks: list[tuple[int, Period]] = self.page._memo("marks", before, self._read_marks)
            if found is not None and not (marks and self._owned_by_other(None, marks[0][0], before)):
                return found  # (not "... до 41% с 44% в 2023 году": the 44 %'s year)
            seen += 1
            if seen == 3:
                break
        found = self.page_time
        head = self.page.headline_span
        if found is None or head is None or q.start < head.end:
            return None
        return attrs.evolve(found, text="")

    def time(self, q: Quantity, sent: Span, si: int) -> Period | None:
        marks: list[tuple[int, Period]] = self.page._memo("marks", sent, self._read_marks)
        # (read once per sentence: a sentence of thousands of years stays linear)
        if self.page._memo("two times", sent, lambda _: len({m[1] for m in marks}) >= 2):
            # "Былтыр ... 94,82 млрд долларға жетті (2023 жылы – 89,4 млрд доллар)": a sentence naming two
            # times gives each figure the one named last before it (else the first after it)
            where: list[int] = self.page._memo("mark starts", sent, lambda _: [m[0] for m in marks])
            k = bisect.bisect_left(where, q.start)
            if k < len(marks) and self._joined_after(q, where[k]):
                return marks[k][1]  # "против $45,6 млрд на конец декабря": the time written right after the figure
            return marks[k - 1][1] if k > 0 else marks[0][1]
        if marks and self._owned_by_other(q, marks[0][0], sent):
            # "Доля РФ снизилась до 77% с 78% в 2023 году": the sentence's one time is written right after another
            # figure, and is that figure's; this one is of the time the page was talking about
            return self._talked_about(si, q)
        if not marks and self.page.published is not None:
            months: list[tuple[int, int, Period]] = self.page._memo("month marks", sent, self._read_month_marks)
            if len({m[2] for m in months}) >= 2:
                return self._own_month(q, sent, months)
        opens: list[int] = self.page._memo(
            "brackets", sent, lambda s: [m.start() for m in _OPEN.finditer(self.page.text, s.start, s.end)]
        )
        j = bisect.bisect_left(opens, q.start) - 1
        base = self._bracket_base(q, opens[j], sent) if j >= 0 else None
        if base is not None:
            return base
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
            return self._talked_about(si, q)
        breaks: list[int] = self.page._memo(
            "clause ends", sent, lambda s: [m.start() for m in _CLAUSE_END.finditer(self.page.text, s.start, s.end)]
        )
        k = bisect.bisect_left(breaks, q.end)
        starts: list[int] = self.page._memo("mark starts", sent, lambda _: [m[0] for m in marks])
        if k < len(breaks) and starts and starts[0] > breaks[k]:
            # "Қозоғистон аҳолиси 20,2 миллиондан ошди: ўтган йили 368 670 чақалоқ туғилди": a time named
            # only after a colon or semicolon is the next clause's, not this figure's
            sent = Span(sent.start, breaks[k])
        own = self._time_in(sent)
        if own is None and si > 0 and (self.page._continues_sentence(sent) or self._names_base(sent)):
            # "Өткен жылғы сәйкес тоқсанмен салыстырғанда ... өсім 9,8%-ды құрады": a sentence that names only
            # the period it is compared with is about the period of the sentence before ("2024 йилнинг
            # дастлабки ўн ойида ... етди. Ўтган йилнинг шу даврига қиёслаганда ...": its first ten months)
            before = self.page.sentences[si - 1]
            found = self._time_in(before)
            return None if found is None else self._clause_span(before, found) or found
        return own

    def _bracket_base(self, q: Quantity, open_at: int, sent: Span) -> Period | None:
        """The year a bracket opened right after the base of a comparison states for the figure in it: "2024
        йилдагидан (105,6 миллион тонна) 0,9 фоиз кам", "2024 жылғы көрсеткіштен (105,6 млн тонна)", "по
        сравнению с 2024 годом (105,6 млн тонн)" give the base's figure, of 2024, not the sentence's year."""
        compared = self.page.ctx.time.get("compared", ())
        if not compared or ")" in self.page.text[open_at : q.start]:
            return None  # (a bracket closed before the figure holds another)
        i = bisect.bisect_left(self.page.quantity_starts, open_at) - 1
        if i < 0:
            return None
        year = self.page.quantities[i]
        if year.kind is not Kind.DATE or year.unit != "year" or year.start < sent.start:
            return None
        words = self.page.words_in(year.start, open_at)
        if len(words) > _BASE_WORDS or not any(w.low.startswith(compared) for w in words):
            return None
        if self.page.text[words[-1].end : open_at].strip() if words else True:
            return None  # the bracket opens right after the base's words
        return self._year_period(year, sent)

    # -- a table's columns ------------------------------------------------------

    def column_time(self, q: Quantity, line: _Line) -> Period | None:
        """The time the head row of a table written as lines names for *q*'s column ("Көрсеткіш | 01.01.2025
        | 01.02.2025" over "Жалпы халықаралық резервтер | 45,6 | 47,1": the 45,6 is as of 1 January, the end of
        December); None when *q* is in no such row or its column's head names no time."""
        page = self.page
        raw = page.text[line.start : line.end]
        if line.kind != _ITEM or len(raw) > _CLAUSE_REACH:
            return None  # (a row is short: a line of a megabyte is read in linear time)
        sep = next((s for s in page.struct.field_separators if s in raw), None)
        if sep is None:
            return None
        column = page.text.count(sep, line.start, q.start)
        i = page.line_of(line.start)
        for j in range(i - 1, max(-1, i - 1 - _HEADER_REACH), -1):
            start, end = page._line_span(j)
            head = page.text[start:end]
            if sep not in head or len(head) > _CLAUSE_REACH:
                return None  # the table begins below its head row, or has none
            cells = head.split(sep)
            times = [self._cell_time(c.strip(), start + head.find(c)) for c in cells[1:]]
            first = self._cell_time(cells[0].strip(), start) if all(times) else None
            if first is not None:
                # "2023 | 2024" over "Экспорт | 78,7 | 81,6": a head row with no cell above the labels; its times
                # stand over the row's last cells
                k = column - (raw.count(sep) + 1 - len(cells))
                return ([first, *times][k] or None) if 0 <= k < len(cells) else None
            if all(times) and column < len(cells):
                return times[column - 1] if column else None  # ("Товар | 2023 | 2024": years read as figures)
            if page.line(j).kind != _ITEM:
                return None  # a head row of words: no times
        return None

    def _cell_time(self, cell: str, at: int) -> Period | None:
        """The period a table's column head names: a year ("2024"), a month and a year ("01.2025"), or a date
        ("01.02.2025": as of the first of a month, the end of the month before)."""
        if (m := _CELL_DATE.fullmatch(cell)) is not None:
            day, month, year = int(m.group(1) or 0), int(m.group(2)), int(m.group(3))
            if not 1 <= month <= 12:
                return None
            if day == 1:
                year, month = (year, month - 1) if month > 1 else (year - 1, 12)
            last = calendar.monthrange(year, month)[1]
            if day > last:
                return None
            return Period(dt.date(year, month, 1), dt.date(year, month, last), self.page.text[at : at + len(cell)])
        if (m := _CELL_YEAR.fullmatch(cell)) is not None:
            year = int(m.group(1))
            return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), self.page.text[at : at + len(cell)])
        return None

    # -- the page's period ------------------------------------------------------

    @functools.cached_property
    def page_time(self) -> Period | None:
        """The period the page's headline names ("Теңіз бен Қашаған: өңір мұнайы 2024 жылы қалай өндірілді"),
        when it names one (not "итоги 2024 года и план на 2025-й")."""
        head = self.page.headline_span
        if head is None:
            return None
        marks: list[tuple[int, Period]] = self.page._memo("marks", head, self._read_marks)
        if len({m[1] for m in marks}) >= 2:
            return None
        if not marks and self.page.published is not None:
            months: list[tuple[int, int, Period]] = self.page._memo("month marks", head, self._read_month_marks)
            if len({m[2] for m in months}) >= 2:
                return None
        return self._time_in(head)

    def carried(self, q: Quantity, si: int) -> Period | None:
        """The page's period (its headline's) for *q*, a figure its sentence, its list and its total give no
        time: when no sentence of its paragraph up to its own names a time, resolved or not ("Биыл" on a page
        without a date), and nothing makes it a figure of another time (a rate per day or per year,
        "жылына 12 млн тонна"; a date, "10 қазанда"). None otherwise."""
        found = self.page_time
        head = self.page.headline_span
        if found is None or head is None or q.start < head.end or not self.page.sentences:
            return None
        sent = self.page.sentences[si]
        para = self.page._paragraph_span(si)
        timed: int = self.page._memo("first timed", para, self._first_timed)
        if timed <= si:
            return None
        low = " " + self.page.folded[self.page.clause_of(q, sent).start : sent.end].lower()
        if any(" " + w in low for key in ("per_day", "per_year") for w in self.page.ctx.time.get(key, ())):
            return None
        # inherited (no text of its own): evidence against a figure of another period, never for one
        return attrs.evolve(found, text="")

    def page_span(self, q: Quantity, clause: Span) -> Period | None:
        """The span *clause* names ("за год", "бір жылда": the twelve months up to a period's end), ending where
        the page's headline period ends, for *q*, a body figure its sentence gives no period to resolve the span
        against ("За год сахар подорожал на 2,4%" under a headline of November: December to November, not a
        figure of no time, which one page's "за месяц" of November could join). None when the clause names
        no span or the headline no period."""
        found = self.page_time
        head = self.page.headline_span
        if found is None or head is None or q.start < head.end:
            return None
        return self._clause_span(clause, found)

    def _first_timed(self, para: Span) -> int:
        """The first sentence of paragraph *para* that names a time (:meth:`_names_time`), or the number of
        sentences when none does: read once per paragraph, so a paragraph of many sentences stays linear."""
        k = self.page.sentence_of_pos(para.start)
        while k < len(self.page.sentences) and self.page.sentences[k].start < para.end:
            if self._names_time(self.page.sentences[k]):
                return k
            k += 1
        return len(self.page.sentences)

    def _names_time(self, span: Span) -> bool:
        """Does *span* name a time of its own, whether or not it can be resolved: a year, a date, a month,
        a part of a year, a number of months, or a relative time ("биыл", "в прошлом году")?"""
        if self._time_in(span) is not None or self._months_in(span):
            return True
        for q in self.page.quantities_in(span.start, span.end):
            if q.kind is Kind.DATE or self._is_time_phrase(q):
                return True
        low = " " + self.page.folded[span.start : span.end].lower()
        keys = ("last_year", "this_year", "next_year", "last_n_years", "same_period_last_year", "one_year_span",
                "year_to_date")
        return any(" " + w in low for key in keys for w in self.page.ctx.time.get(key, ()))

    def _names_base(self, sent: Span) -> bool:
        """Does *sent* name "the same period of last year" (the base of a comparison)?"""
        if not self._names_same_period:
            return False
        low = self.page.folded[sent.start : sent.end].lower()
        return any(stem in low for stem in self.page.ctx.time.get("same_period_last_year", ()))

    def _own_month(self, q: Quantity, sent: Span, months: list[tuple[int, int, Period]]) -> Period:
        """The month (or months) of *q* in a sentence naming several with no year: "қыркүйекте ... 12,9%-ға
        дейін жеделдеді (тамызда – 12,2%), ал айлық инфляция 1,1%", "июлда — 1,785 млрд доллар, ... февралга
        тўғри келди — 738 млн": the one named last before it, else the first after it. A month in brackets
        closed before the figure is the aside's own; in a language that writes a figure's month after it
        ("12,9% после 12,2% в августе, ... 1,1%"), the month right after a figure, joined by one of
        time.after_figure, is that figure's."""
        text = self.page.text

        def bound(start: int) -> Quantity | None:
            """The figure a month at *start* is written right after ("12,2% в августе"), if any."""
            before = self.page.quantities_in(max(sent.start, start - 40), start)
            return before[-1] if before and self._joined_after(before[-1], start) else None

        last: Period | None = None
        for start, end, period in months:
            if start >= q.start:
                if last is None or bound(start) is q:
                    return period
                break
            if text.count("(", sent.start, start) > text.count(")", sent.start, start) and ")" in text[end : q.start]:
                continue  # "(тамызда – 12,2%)": the aside's month
            owner = bound(start)
            if owner is not None and owner is not q:
                continue  # "после 12,2% в августе": that figure's month
            last = period
        return last if last is not None else months[0][2]

    def _read_month_marks(self, sent: Span) -> list[tuple[int, int, Period]]:
        """The months *sent* names as periods (not dates: "13 қазаннан"), a range ("қаңтар-қыркүйек",
        "январь ва февраль") as one, each as (start, end, period) in the last year it has ended by the
        publication date."""
        published = self.page.published
        if published is None:
            return []
        joiners = self.page.ctx.conjunctions | frozenset(self.page.ctx.time.get("month_range", ()))
        groups: list[tuple[int, int, int, int]] = []  # start, end, first month, last month
        for w in self.page.words_in(sent.start, sent.end)[:_MONTH_WORDS]:
            month = self.page.month(w.low)
            if month is None:
                continue
            if self._after_day(w.start, sent.start):
                continue  # "13 қазаннан бастап", "1 февраля", "10-oktabr kuni": a date, not a period
            between = self.page.text[groups[-1][1] : w.start].strip(" \u00a0-–—") if groups else None
            if between is not None and (not between or between.lower() in joiners):
                groups[-1] = (groups[-1][0], w.end, groups[-1][2], month)
            else:
                groups.append((w.start, w.end, month, month))
        marks = []
        for start, end, m1, m2 in groups:
            m1, m2 = min(m1, m2), max(m1, m2)
            year = published.year if m2 <= published.month else published.year - 1
            if not dt.MINYEAR <= year <= dt.MAXYEAR:
                return []
            last = dt.date(year, m2, calendar.monthrange(year, m2)[1])
            marks.append((start, end, Period(dt.date(year, m1, 1), last, "months", relative=True)))
        return marks

    def _time_in(self, sent: Span) -> Period | None:
        """The time *sent* states, read once per sentence."""
        found: Period | None = self.page._memo("time", sent, self._read_time)
        return found

    def _years(self, sent: Span) -> list[Quantity]:
        """The years *sent* states as its own times: not the base of a comparison ("2023 жылғы көрсеткіштен")."""
        compared = self.page.ctx.time.get("compared", ())
        years = []
        for q in self.page.quantities_in(sent.start, sent.end):
            if q.kind is not Kind.DATE:
                continue
            if q.unit != "year":
                # "на 1 февраля 2025 года" read as one date: its year is a year the sentence states
                # (a month written as a word: "23.01.2025" is a timestamp, not a time the sentence states)
                m = _DATE_YEAR.search(q.text)
                if m is None or not _LETTER.search(q.text):
                    continue
                year = Decimal(m.group(1))
                q = attrs.evolve(q, value=year, low=year, high=year, unit="year")
            if self._dated_event(q, sent):
                continue
            if not any(w.low.startswith(compared) for w in self.page.words_in(q.start, min(sent.end, q.end + 40))[:3]):
                years.append(q)
        return years

    def _dated_event(self, year: Quantity, sent: Span) -> bool:
        """Is *year* the year of a day's date ("10 октября 2025 года Нацбанк повысил ставку", "2025 йил 10
        октябрда")? The day something happened is no period a figure measures; a level as of or from the first
        of a month ("на 1 февраля 2025 года", "2025 йил 1 январдан бошлаб") is read as one (:meth:`_year_period`)."""
        m = _DAY_MONTH_BEFORE.search(self.page.folded, max(sent.start, year.start - 30), year.end)
        day, month = (m.group(1), m.group(2)) if m else ("", "")
        if not m:
            after = _DAY_MONTH_AFTER.match(self.page.folded, year.end, min(sent.end, year.end + 40))
            if after is None:
                return False
            day, month = after.group(1), after.group(2)
        if self.page.month(month.lower()) is None:
            return False
        return not (int(day) == 1 and (self._as_of(year, sent) or self._near(year, sent, "from_date")))

    def _year_period(self, year: Quantity, sent: Span) -> Period | None:
        """The period a stated year gives, narrowed to the months named right after it, or right before it
        ("в январе–октябре 2024 года", as Russian writes it)."""
        lo = int(year.low or year.value or 0)
        hi = int(year.high or year.value or lo)
        if not (1000 <= lo <= 9999 and 1000 <= hi <= 9999):
            return None
        months = self._months_after(year.end, sent.end)
        if not months and not self._first_of_month_before(year, sent):
            months = self._months_before(year.start, sent.start)
        if not months and lo == hi:
            months = list(self._part_by_year(year, sent) or ())
        if not months and lo == hi and (self._half_alone(year.end, min(sent.end, year.end + 30))
                                        or self._half_alone(max(sent.start, year.start - 25), year.start)):
            months = [1, 6]  # "2025 жылдың жартыжылдығында", "за полугодие 2025 года": its first half
        after = len(months) == 1 and _FIRST_DAY.match(self.page.text, year.end, min(sent.end, year.end + 40))
        first_of = months[0] if after else self._first_of_month_before(year, sent)
        if first_of and lo == hi and self._as_of(year, sent):
            # "2025 жылғы 1 ақпандағы жағдай бойынша", "на 1 февраля 2025 года" (as of 1 February 2025): a level
            # at the start of a month is the level at the end of the month before ("январь ойи якунида")
            total = lo * 12 + first_of - 2
            if total // 12 >= dt.MINYEAR:
                y, m = divmod(total, 12)
                return Period(dt.date(y, m + 1, 1), dt.date(y, m + 1, calendar.monthrange(y, m + 1)[1]),
                              self.page.text[year.start : year.end])
        if first_of and lo == hi and self._near(year, sent, "from_date"):
            # "2025 йил 1 январдан бошлаб", "с 1 января 2025 года" (from 1 January 2025): a level in force from
            # that day (a minimum wage, a rate), for the rest of its year; not the month of January
            return Period(dt.date(lo, first_of, 1), dt.date(lo, 12, 31), self.page.text[year.start : year.end])
        if not months and lo == hi and self._year_end(year, sent):
            months = [12]  # "2024 жылдың соңында", "на конец 2024 года" (at the end of 2024): December
        if months and lo == hi:
            m1, m2 = months[0], months[-1]
            end = dt.date(hi, m2, calendar.monthrange(hi, m2)[1])
            return Period(dt.date(lo, m1, 1), end, self.page.text[year.start : year.end])
        return Period(dt.date(lo, 1, 1), dt.date(hi, 12, 31), self.page.text[year.start : year.end])

    def _year_end(self, year: Quantity, sent: Span) -> bool:
        """Is "the end of" written right after *year* (its noun between: "2024 жылдың соңында", "2024-yil
        oxirida") or right before it ("на конец 2024 года")?"""
        words = self.page.ctx.time.get("year_end", ())
        after = self.page.words_in(year.start, min(sent.end, year.end + 30))[:2]
        before = self.page.words_in(max(sent.start, year.start - 20), year.start)[-1:]
        return any(w.low in words for w in after + before)

    def _as_of(self, year: Quantity, sent: Span) -> bool:
        """Does a date around *year* state a level at that date ("... 1 ақпандағы жағдай бойынша", "на 1 января",
        "1 январь ҳолатига"), not a start ("1 январдан бошлаб": from 1 January)?"""
        return self._near(year, sent, "as_of")

    def _near(self, year: Quantity, sent: Span, key: str) -> bool:
        """Is a word of the time words *key* written around *year* (30 characters before it, 60 after)?"""
        words = self.page.ctx.time.get(key, ())
        low = " " + self.page.folded[max(sent.start, year.start - 30) : min(sent.end, year.end + 60)].lower()
        return any(" " + w in low for w in words)

    def _first_of_month_before(self, year: Quantity, sent: Span) -> int:
        """The month of "1 <month>" written right before *year* ("на 1 февраля 2025"), else 0."""
        # (the year's figure may hold the day and month: "1 января 2025 года")
        m = _FIRST_DAY_BEFORE.search(self.page.folded, max(sent.start, year.start - 30), year.end)
        if m is None:
            return 0
        return self.page.month(m.group(1).lower()) or 0

    def _read_marks(self, sent: Span) -> list[tuple[int, Period]]:
        """Where *sent* names a time of its own (a year, "былтыр", "жорий йил"), and which, in text order."""
        marks = [(y.start, p) for y in self._years(sent) if (p := self._year_period(y, sent)) is not None]
        published = self.page.published
        if published is not None:
            low = " " + self.page.text[sent.start : sent.end].lower()
            time_words = self.page.ctx.time
            for stem in time_words.get("same_period_last_year", ()) + time_words.get("compared_relative", ()):
                low = low.replace(" " + stem, " " * (len(stem) + 1))  # the comparison base, not a time of its own
            for key, shift in (("last_year", -1), ("this_year", 0), ("next_year", 1)):
                year = published.year + shift
                if not dt.MINYEAR <= year <= dt.MAXYEAR:
                    continue
                for stem in self.page.ctx.time.get(key, ()):
                    at = low.find(" " + stem)
                    while at >= 0:
                        start = sent.start + at  # " " + low: at is the stem's start in the text
                        months = (self._months_after(start + len(stem), sent.end)
                                  or list(self._part_after(start + len(stem), sent.end) or ()))
                        m1, m2 = (months[0], months[-1]) if months else (1, 12)
                        end = dt.date(year, m2, calendar.monthrange(year, m2)[1])
                        marks.append((start, Period(dt.date(year, m1, 1), end, stem, relative=True)))
                        at = low.find(" " + stem, at + 1)
            if marks:
                # "в январе унция стоила порядка $2 800, а за весь 2024 год золото подорожало": a month of its own
                # (not one of a year's, "2024 жылғы қаңтар-тамызда", "в январе–октябре 2024 года") is a time too
                starts = [m[0] for m in marks]
                own: list[tuple[int, int, Period]] = self.page._memo("month marks", sent, self._read_month_marks)
                marks += [(first, period) for first, last, period in own
                          if not any(at <= first <= at + _MONTHS_REACH or last <= at <= last + 15 for at in starts)]
        return sorted(marks, key=lambda m: m[0])

    def _read_time(self, sent: Span) -> Period | None:
        years = self._years(sent)
        if years:
            return self._year_period(years[0], sent)
        published = self.page.published
        if published is None:
            return None
        for q in self.page.quantities_in(sent.start, sent.end):
            if q.unit == "year" and q.kind is Kind.CARDINAL and q.value:
                before = self.page.words_in(max(sent.start, q.start - 30), q.start)
                if before and before[-1].low in self.page.ctx.time.get("last_n_years", ()):
                    # "соңғы үш жылда": the N years up to the publication date
                    span_years = int(q.value)
                    if published.year - span_years < dt.MINYEAR:
                        return None  # a publication date too early for "the last N years" to have a start
                    return Period(dt.date(published.year - span_years, published.month, 1), published,
                                  self.page.text[before[-1].start : q.end], relative=True)
        low = " " + self.page.folded[sent.start : sent.end].lower()
        time_words = self.page.ctx.time
        for stem in time_words.get("same_period_last_year", ()) + time_words.get("compared_relative", ()):
            # "ўтган йилнинг шу даври", "былтырғыдан" name the comparison base, not the sentence's own year
            low = low.replace(" " + stem, " ")
        relative = self._relative_period(low, sent, published)
        if relative is not None:
            return relative
        # "қаңтар-тамызда", "декабрь ойида": months without a year are the last such months
        # before the publication date
        groups: list[tuple[int, int, Period]] = self.page._memo("month marks", sent, self._read_month_marks)
        if groups:
            # (the first period the sentence names: not a date, "на конец декабря" after "на 1 февраля")
            return groups[0][2]
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
        # "екінші тоқсанда", "9 айда", "9 ойида" (in the second quarter, in nine months) without a year: the
        # last such part of a year that has ended by the publication date (the first N months of a year)
        for q in self.page.quantities_in(sent.start, sent.end):
            part = self._part_months(q) or self._first_months(q)
            if part is not None:
                m1, m2 = part
                year = published.year if m2 <= published.month else published.year - 1
                if not dt.MINYEAR <= year <= dt.MAXYEAR:
                    return None
                end = dt.date(year, m2, calendar.monthrange(year, m2)[1])
                return Period(dt.date(year, m1, 1), end, q.text, relative=True)
        half = self._half_alone(sent.start, sent.end)
        if half is not None:
            # "за полугодие", "ярим йилликда" (over the half-year): the last first half ended by the publication date
            year = published.year if published.month >= 6 else published.year - 1
            if not dt.MINYEAR <= year <= dt.MAXYEAR:
                return None
            return Period(dt.date(year, 1, 1), dt.date(year, 6, 30), half, relative=True)
        return None

    def _half_alone(self, start: int, end: int) -> str | None:
        """The words of a half-year named without an ordinal in [start, end) ("за полугодие", "жартыжылдықта"),
        the first six months; None when there are none or an ordinal names the half ("в первом полугодии")."""
        low = " " + self.page.folded[start:end].lower()
        for stem in self.page.ctx.time.get("half_alone", ()):
            at = low.find(" " + stem)
            if at < 0:
                continue
            before = self.page.quantities_in(max(start, start + at - 12), start + at)
            if before and before[-1].kind is Kind.ORDINAL and not self.page.text[before[-1].end : start + at].strip():
                continue  # "I ярим йилликда": the ordinal's half
            return self.page.text[start + at : start + at + len(stem)]
        return None

    def _first_months(self, q: Quantity) -> tuple[int, int] | None:
        """(1, N) for "9 айда", "за 9 месяцев" (the first N months of a year, N < 12); None otherwise (not
        "соңғы 3 айда", the last three months)."""
        n = self._span_months(q)
        if n is None or q.unit != "month" or not 1 <= n < 12:
            return None
        before = self.page.words_in(max(0, q.start - 30), q.start)
        if before and before[-1].low in self.page.ctx.time.get("last_n_years", ()):
            return None
        return 1, n

    def _months_in(self, sent: Span) -> list[int]:
        """The months a sentence names (the first two), in the order named."""
        months: list[int] = []
        for w in self.page.words_in(sent.start, sent.end)[:_MONTH_WORDS]:
            if (month := self.page.month(w.low)) is not None and not self._after_day(w.start, sent.start):
                months.append(month)
            if len(months) == 2:
                break
        return months

    def _relative_period(self, low: str, sent: Span, published: dt.date) -> Period | None:
        """"өткен жылы", "жорий йил январь-август ойларида": a year relative to the publication date."""
        for key, shift in (("last_year", -1), ("this_year", 0), ("next_year", 1)):
            for stem in self.page.ctx.time.get(key, ()):
                at = low.find(" " + stem)
                if at >= 0:
                    # "жорий йил январь-август ойларида": this year's January to August
                    year = published.year + shift
                    if not dt.MINYEAR <= year <= dt.MAXYEAR:
                        return None  # "last year" of a document dated in year 1
                    after = sent.start + at + len(stem)
                    months = self._months_after(after, sent.end) or list(self._part_after(after, sent.end) or ())
                    m1, m2 = (months[0], months[-1]) if months else (1, 12)
                    end = dt.date(year, m2, calendar.monthrange(year, m2)[1])
                    return Period(dt.date(year, m1, 1), end, stem, relative=True)
        return None

    def later_compared(self, q: Quantity, si: int, period: Period) -> Period:
        """The period of a change *q* written after one of time.change_against in a sentence of an earlier
        period's level: "2023-yilda bu koʻrsatkich 41 mlrd dollar boʻlgan, yaʼni ... 6,8 foizga oshgan", "Бу
        2023 йилдаги 41 млрд долларга нисбатан 6,8 фоизга кўп" after a sentence about 2024 compare 2024 with
        2023: the change is of the later period the page was talking about (one as long), not the base's."""
        if not self.page.sentences:
            return period
        sent = self.page.sentences[si]
        words = self.page.ctx.time.get("change_against", ())
        low = " " + self.page.folded[sent.start : q.start].lower()
        if not words or not any(" " + w in low for w in words):
            return period
        later = self._talked_about(si, q)
        if later is None or later.start <= period.end:
            return period
        whole_year = (period.start.month, period.start.day, period.end.month, period.end.day) == (1, 1, 12, 31)
        if period.relative and whole_year and later.start.year == period.end.year + 1:
            # "Бу ўтган йилга нисбатан 28,4 фоизга кўп" after a sentence of January-October: "last year", named
            # only as the base, stands for its same months; the change is of the later months
            return later
        if abs((later.end - later.start).days - (period.end - period.start).days) > 3:
            return period  # (a period of another length: no year-on-year comparison)
        return later

    def _compared_period(self, q: Quantity, sent: Span, period: Period | None, change: bool = False) -> Period | None:
        """A figure after "the same period of last year" is that earlier period's, one year back.

        In ``... 2025 йил январь-август ойларида 504,4 миллион ... етди, бу ўтган
        йилнинг шу даврига нисбатан 9,8% га кўп (459,1 миллион доллар)`` the
        459,1 is January-August 2024. A change (the 9,8%, or a difference, *change*:
        "951 мингдан ортиқ кўп") stays in the sentence's own period: it compares the two.
        """
        if q.change or change or not self._names_same_period:
            return period
        base = period
        if base is None:
            # "Ўтган йилнинг шу даврида ... 459,1 миллион" after a sentence that named the period
            si = self.page.sentence_of(q)
            base = self._time_in(self.page.sentences[si - 1]) if si > 0 else None
            if base is None:
                return None
        start = max(sent.start, q.start - _CLAUSE_REACH)
        low = self.page.folded[start : q.start].lower()
        stems = self.page.ctx.time.get("same_period_last_year", ())
        for stem in stems:
            at = low.rfind(stem)
            if at >= 0 and (at == 0 or not low[at - 1].isalpha()):
                text = self.page.text[start + at : start + at + len(stem)]
                return Period(_year_before(base.start), _year_before(base.end), text, relative=base.relative)
        # "против 105,6 млн тонн годом ранее", "459,1 млн в аналогичном периоде прошлого года": the phrase written
        # right after the figure (no word between but one of time.after_figure) is the figure's own time, as a time
        # joined after a figure is
        rest = self.page.folded[q.end : min(sent.end, q.end + _AFTER_FIGURE_REACH)].lower()
        after = rest.lstrip()
        joined = next((w for w in self.page.ctx.time.get("after_figure", ()) if after.startswith(w + " ")), "")
        if joined:
            after = after[len(joined) :].lstrip()
        written = next((s for s in stems if after.startswith(s)), None)
        if written is not None:
            at = q.end + len(rest) - len(after)
            return Period(_year_before(base.start), _year_before(base.end), self.page.text[at : at + len(written)],
                          relative=base.relative)
        return period

    @functools.cached_property
    def _names_same_period(self) -> bool:
        """Does the document say "the same period of last year" anywhere? Most do not.

        Exact as a shortcut: a stem found in a lower-cased part of the text is
        found in the whole text lower-cased (Cyrillic letters lower-case alike
        wherever they stand).
        """
        low = self.page.folded.lower()
        return any(stem in low for stem in self.page.ctx.time.get("same_period_last_year", ()))

    def _months_before(self, end: int, start: int) -> list[int]:
        """The months named by the words right before *end* (no other word between), in text order; none
        after a day ("с 1 января 2025 года")."""
        months: list[int] = []
        first = end
        for w in reversed(self.page.words_in(max(start, end - 40), end)):
            found = self.page.month(w.low)
            if found is None:
                break
            months.insert(0, found)
            first = w.start
        if months and self._after_day(first, start):
            return []
        return months

    def _after_day(self, at: int, floor: int) -> bool:
        """Is the month's word at *at* written right after a day ("13 қазаннан", "10-oktabr"): a date? Not a
        day a level is stated as of ("на 6 января": the level in January), nor the end of a numeric date
        ("date 2025-10-01 Қыркүйекте")."""
        m = _DAY_BEFORE.search(self.page.folded, max(floor, at - 40), at)
        if m is None:
            return False
        if m.group(1) not in ("1", "01"):
            as_of = self.page.ctx.time.get("as_of", ())
            before = self.page.words_in(max(floor, m.start() - 30), m.start())[-1:]
            word = self.page.words_in(at, at + 1)
            after = self.page.folded[word[0].end : word[0].end + 30].lower().lstrip() if word else ""
            if (before and before[0].low in as_of) or after.startswith(as_of):
                return False  # "на 6 января", "6 январь ҳолатига" (as of 6 January): the level in January
        return True

    def _months_after(self, start: int, end: int) -> list[int]:
        months = [self.page.month(w.low) for w in self.page.words_in(start, min(end, start + 40))]
        return [m for m in months if m is not None]



def _part_of_year(period: Period) -> bool:
    """Is *period* one quarter or one half of a year (April-June, January-June), as a whole?"""
    first, last = period.start, period.end
    if first.year != last.year or first.day != 1 or last.day != calendar.monthrange(last.year, last.month)[1]:
        return False
    months = last.month - first.month + 1
    return months in (3, 6) and (first.month - 1) % months == 0


def _year_before(day: dt.date) -> dt.date:
    """The same day one year earlier; the last day of the month when it does not exist (29 February)."""
    last = calendar.monthrange(day.year - 1, day.month)[1]
    return dt.date(day.year - 1, day.month, min(day.day, last))
