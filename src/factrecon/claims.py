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
import hashlib
import sys
from decimal import Decimal
from typing import Any

import attrs

from factrecon._measure import _CURRENCY, _DURATIONS, _PER_1000, _PP, Measures, _bare
from factrecon._page import _CLAUSE_REACH, _FRAME_REACH, _FURNITURE, _ITEM, _READ_ALSO, Page
from factrecon._places import Places
from factrecon._status import Statuses
from factrecon._time import Times
from factrecon.document import Document
from factrecon.errors import InputTypeError
from factrecon.lexicon import Concept
from factrecon.model import Claim, Kind, MeasureAspect, MeasureKey, Period, Place, Quantity, Span

__all__ = ["extract_claims"]


# units a figure of any measure is stated in: no page's one measure
_RATIOS = frozenset({"count", "percent", "pp", _PP, "times", _PER_1000})


def extract_claims(doc: Document) -> list[Claim]:
    """The claims of one document, in text order, with ids derived from the document id and span.

    Raises :class:`~factrecon.InputTypeError` when *doc* is not a :class:`~factrecon.Document`.
    """
    if not isinstance(doc, Document):
        raise InputTypeError(f"extract_claims takes a Document, not {type(doc).__name__}")
    reader = _Reader(doc)
    return reader.claims()


# the statuses of a figure of another time than the page's: a plan, a target
_FUTURE = ("planned", "target")


class _Reader:
    """Reads one document's claims: asks its page and the parts (measure, places, time, status),
    then gathers each sentence's claims into frames."""

    def __init__(self, doc: Document) -> None:
        self.page = Page(doc)
        self.measures = Measures(self.page)
        self.places = Places(self.page)
        self.times = Times(self.page)
        self.statuses = Statuses(self.page)

    def claims(self) -> list[Claim]:
        drafts: list[dict[str, Any]] = []
        last_amount: dict[int, str] = {}  # paragraph -> the last amount concept named
        story = self.places.story_places()
        total = ""  # the measure of the last figure that is not a part: what parts are parts of
        last_by_unit: dict[str, str] = {}  # the last measure stated in each unit
        previous: tuple[int, str, str] | None = None  # the sentence, measure and unit of the last figure measured
        total_time: Period | None = None  # the time of the last total (a figure that is not a part)
        total_si = -1  # the sentence of that total: the first of its sentence
        for q in self.page.quantities:
            if q.kind is Kind.DATE or self.times._is_time_phrase(q) or self.measures._is_reference(q):
                continue
            line = self.page.line(self.page.line_of(q.start))
            if line.kind == _FURNITURE:
                continue  # the page's furniture: not claims of this page
            si = self.page.sentence_of(q)
            sent = self.page.sentences[si] if self.page.sentences else Span(0, len(self.page.text))
            clause = self.page.clause_of(q, sent)
            if not q.change and self.measures._states_change(q, sent):
                q = attrs.evolve(q, change=True)  # "+26,1%", "ўсиш 17,2 фоизни ташкил этди"
            if q.change and self._declines(q, clause):
                q = _negated(q)  # "0,56%-ға азайды" (fell by 0,56 %) is the change written "−0,56%"
            measure, text = self.measures.measure(q, sent, clause, si, last_amount)
            own_places = self.places.places(clause, sent)
            aside = bool(drafts) and drafts[-1]["si"] == si and self.page._in_aside(q, drafts[-1]["q"])
            if not own_places and aside:
                # "... саудасы 94,82 млрд долларға жетті (2023 жылы – 89,4 млрд доллар)": an aside restates
                # the figure before it for another time, about the same places
                own_places = drafts[-1]["own"]
            time = self.times.time(q, sent, si)
            status = self.statuses.status(clause, sent, si)
            header = self.page._header_span(line)
            head = self.places._head_places(q, line)
            if head:
                # "- Қашқадарё вилояти – 880 946 тонна", "Туркистон вилояти (25,05)": the line's
                # (or the bracket's) head names what the figure is about
                codes = {p.code for p in head}
                own_places = head + tuple(p for p in own_places if p.code not in codes)
            if not own_places and clause.start > sent.start:
                # "В Кашкадарьинской области хлопок убран со 118,4 тыс. га, валовой сбор — 535,2 тыс. тонн": a
                # place the sentence opens with, where ("in"), is the place of its clauses that name none
                opening = self.places.places(self.page.first_clause(sent), sent)
                own_places = tuple(p for p in opening if p.role == "in")
            if not own_places and self.page._continues(sent, q) and self.page._lead(q, line) is None:
                # "Мұнда жалақы 575 мың теңге. Бұл орташа деңгейден 36,6%-ға жоғары": a sentence that refers back
                # with a pronoun is about the place of the one before (not a bracketed figure: "(420,9 мың
                # теңге)" after "the national average" is what its own head names)
                own_places = self.places.referred(sent)
            if line.kind == _READ_ALSO and (not own_places or q.change):
                # "Оқи отырыңыз: Қостанайда 4 млн тонна астық жиналды": another story's headline states a fact when
                # it names its place and a level; a figure there with no place ("экспорт 2 млрд долларга етди") or a
                # change ("савдони 1 млрд долларга оширди") has lost the story that says what it is about
                continue
            if not own_places and not head and header is None:
                own_places = self.places.national(si)
            if not measure:
                # "Вилоят | Гўшт | Сут" over "Самарқанд | 230,5 | 1 050,2": a table's column names its measure
                measure, text = self.measures.column_measure(q, line)
            if header is not None:
                # a list inherits what its header line says: "Ҳудудлар бўйича ... (минг тонна):"
                if not measure:
                    measure, text = self.measures._header_measure(q, header)
                time = time or self.times._header_time(header)
                status = status or self.statuses._status_in(header)
            if not measure and head:
                # "- Россия – 568,3 млн доллар" under "Асосий бозорлар:", "Туркистон вилояти (25,05)": a list
                # of places continues what the sentence refers back to, else the measure the page last
                # stated in that unit
                if previous is not None and (
                    previous[0] == si or (previous[0] == si - 1 and self.page._continues(sent, q))
                ):
                    measure, text = self.measures._topic(q, sent, si, header, previous)
                if not measure:
                    # "Өңірлер бөлінісінде жылдық инфляция Қарағанды (14,7%)": the topic its sentence names first
                    words = self.page.nouns_in(max(sent.start, q.start - _CLAUSE_REACH), q.start)
                    measure, text = self.measures._topic_in(q, words) or ("", "")
                measure = measure or last_by_unit.get(q.unit, "")
            if measure == "person" and header is not None:
                # "- Ресей – 686,7 мың адам" under "Келесі орындарда:": the people the list's lead is about
                lead = self.page._line_span(max(0, line.header - 1))[0]
                measure = self.measures._activity(Span(lead, header.end)) or measure
            if not measure and not self.measures._named_before(q, "ranks", after=True):
                # nothing next to the figure names what it measures: its sentence's topic does
                # (not a rank written as a count: "Алғашқы екі орында")
                measure, text = self.measures._topic(q, sent, si, header, previous)
            generic = self._concept(measure)
            if generic is not None and generic.generic:
                # "өндірісті 96,2 млн тоннаға дейін жеткізу", "Россиядан келган маблағ": the output, or the money,
                # of what the page named before it; "Бу кўрсаткич бўйича ... (25,05)": what the figure before stated
                product = ""
                if generic.generic == "stated" and previous is not None and (
                    previous[2] == q.unit or (previous[2] == _PER_1000 and _bare(q))
                ):
                    product = str(MeasureKey.parse(previous[1]).whole)
                elif generic.generic == "stated" and last_by_unit.get(q.unit):
                    # "... 9 872,4 мың жолаушы (+7,9%). ... бұл көрсеткіш 9 149,6 мың адам": a percentage between,
                    # the indicator is what the page last stated in the figure's unit
                    product = str(MeasureKey.parse(last_by_unit[q.unit]).whole)
                # (a physical product is named in the generic word's own phrase, "нефть қазиб олиш"; money's
                # measure before it, not in the words that describe it, "хорижга жўнатилган пул")
                until = q.start if generic.units - {"percent", _PP, "times"} else clause.start
                product = product or self.measures._product_before(q, generic, until)
                product = product or self.measures._product_after(q, generic, clause)
                if product:  # the product's key, with the parts the generic word had
                    measure = str(attrs.evolve(MeasureKey.parse(product), parts=MeasureKey.parse(measure).parts))
            if (not measure and total and q.unit in ("percent", _PP) and own_places
                    and self.measures._names_share(q, clause)):
                # "Доля России за год выросла на 0,4 п.п." after the page's export figures: a place's share that
                # names no whole (and no paragraph before it does) is of what the page measured last
                measure = str(MeasureKey.parse(total).whole)
            if not measure and q.unit == _PER_1000:
                # "ҳар 1000 никоҳга 329 та ажрим" where no rate's name is near: the rate of the events it counts
                measure = self.measures._rate_events(q, clause)
            if not measure and q.unit in last_by_unit and q.unit not in _RATIOS and (
                not _CURRENCY.match(q.unit) or (line.kind == _ITEM and not head)
            ):
                # "Тенгиз в прошлом году дал более 27 млн тонн" on a page about oil: tonnes (square metres,
                # hectares) no word names are of what the page last stated in them; and money in a list of
                # goods ("🍇 Жүзім мен мейіз – 243,8 млн $" under "... жеміс-көкөніс экспорттады"): the list goes on
                # with what the page stated last in that currency
                measure = last_by_unit[q.unit]
            if time is None:
                # "Кәсіпорын жылына 4,2 мың тонна жіп шығарады" (on a page that stated no tonnes before): a
                # plant's yearly output is its capacity
                measure = self.measures._yearly(q, clause, measure)
            if previous is not None and previous[2] == _PER_1000 and measure == previous[1] and _bare(q):
                q = attrs.evolve(q, unit=_PER_1000)  # a bare figure of the rate just stated is in its unit
            owners = self.measures._unit_owners
            if not measure or (q.unit in owners and MeasureKey.parse(measure).concept != owners[q.unit]):
                # "16,5 млн гектардан", "гектарына 16,2 центнер": a unit only one concept is stated in
                # names it (an area, a yield), whatever the words around say
                measure = self.measures._unit_owners.get(q.unit, measure)
            concept = self._concept(measure)
            if q.change and q.unit == "percent" and concept is not None and concept.rate:
                q = attrs.evolve(q, change=False)  # "нархлар бир йилда 12,9 фоизга ошди": the inflation, 12,9 %
            stated = measure  # what a later figure referring back to this one measures (not its difference)
            if measure and self.measures._is_conversion(q, sent):
                # "420,9 минг тенгени (тахминан 770 доллар)": the outlet's conversion of the figure before
                # it into another currency restates that figure; it is no claim of its own
                measure, text = "", ""
            if measure and self.measures._is_difference(q, sent):
                # "951 мингдан ортиқ кўп", "3,4 млрд долларга ёки 29,8 фоизга кўп": by how much it grew, not the level
                measure = str(MeasureKey.parse(measure).with_aspect(MeasureAspect.CHANGE))
            if measure and q.unit in ("percent", _PP) and self.measures._against_average(sent, q, clause):
                # "республикалық орташа деңгейден 36,6%-ға жоғары": a gap from the average, not a change in time;
                # by how much, as a change is ("на 36% превышает общенациональную" reads no change verb)
                measure = str(MeasureKey.parse(measure).with_aspect(MeasureAspect.GAP))
                q = q if q.change else attrs.evolve(q, change=True)
            if measure and q.kind is not Kind.ORDINAL and q.unit not in _DURATIONS:
                per_day, plan = self.measures._rate_or_plan(q, clause)
                if plan is MeasureAspect.PLAN and previous is not None and previous[0] == si and previous[2] != q.unit:
                    # "535,2 минг тонна ҳосил олиб, ... режасини 102,3 фоизга бажарди": the plan of what the
                    # sentence just stated, whatever noun the plan's own clause names (давлатга, shartnoma)
                    measure = previous[1]
                key = MeasureKey.parse(measure)
                if per_day and key.parts[-1:] != (per_day,):
                    # a rate per day is the measure's part `daily`, as "тәуліктік өндіріс" names it
                    measure = str(key.with_part(per_day))
                elif plan is not None:
                    measure = str(key.with_aspect(plan))
            if time is not None:
                # "... қаңтарда 3,29%-ға, ал бір жылда 29,7%-ға өсіп": the clause's own span of months
                # ends where the sentence's period ends
                time = self.times._clause_span(clause, time) or time
            is_part = self.page._is_part(q, sent, line, header)
            part = self.measures._part_key(q, clause, line, MeasureKey.parse(total).concept if total else "") \
                if is_part else None
            # "- азық-түлік тауарлары – 12,7%" under "Баға өсімі тауар топтары бойынша:", "тұрғын үй қызметтері
            # (1,9 п.т.)": the head names a part of what the figure measures (of the total's measure, not its time)
            head_part = "" if is_part or head else self.measures._head_part(q, line, header is not None)
            if time is None:
                # "Жалпы халықаралық резервтер | 45,6 | 47,1" under "Көрсеткіш | 01.01.2025 | 01.02.2025": its column's
                time = self.times.column_time(q, line)
            if time is None and not is_part and status not in _FUTURE:
                # "Қашаған кенішінен 18 млн тоннаға жуық шикізат алынды" under "... 2024 жылы қалай өндірілді":
                # a figure nothing around gives a time is of the period the page's headline names
                time = self.times.carried(q, si) or self.times.page_span(q, clause)
            if is_part and time is None:
                time = total_time  # a part is of the total's time
            elif not is_part and measure and not aside and si != total_si:
                # (an aside's other time is not the time of the parts listed after it, nor is the time of a figure
                # the sentence's first is set against: "составили $47,1 млрд против $45,6 млрд на конец декабря")
                total_time, total_si = time, si
            if part == "" and not own_places:
                # "из них $4,59 млрд — из России": a part named by its place after the figure (past the end of
                # its clause) is about that place, of the total's measure
                words_after = self.measures._named_after(q, sent)
                after = self.places.places(Span(q.end, words_after[0].end), sent) if words_after else ()
                if after:
                    measure, own_places = measure or total, after
            if part:
                # "оның ішінде", "шундан": a part of the total stated before it, never the total
                # of the total's measure, not of its qualifier ("айлық инфляция 1,1%. Оның ішінде жылдық мәнде:")
                base = MeasureKey.parse(total or measure).whole
                named = self.page.lex.concepts.get(part)
                if named is not None and named.kind == "amount" and not named.generic and _states(named, q.unit):
                    # "оның ішінде бидай – 19,8 млн тонна": a part that is a measure of its own (the wheat
                    # harvest), as "Буғдой ҳосили 19,8 млн тонна" states it without the total
                    measure = part
                else:
                    measure = str(base.with_part(part)) if base.concept else ""
            elif measure and q.kind is not Kind.ORDINAL:
                # a total, or a part named by its place ("оның ішінде Қазақстанмен 43,82 млрд"):
                # the place tells it from the total (not a rank: "в первом полугодии ... из них")
                total = measure
                # what a list goes on measuring: the level, not by how much it differed ("3,4 mlrd dollar
                # yoki 29,8 foiz koʻp" before "Rossiya — 11 500")
                last_by_unit[q.unit] = stated if MeasureAspect.CHANGE in MeasureKey.parse(measure).aspects else measure
            if head_part:
                named = self.page.lex.concepts[head_part]
                if named.kind == "amount" and _states(named, q.unit):
                    measure = head_part  # "Негізгі көрсеткіштер:" / "- Экспорт – 1,5 млрд": its own measure
                elif measure:
                    measure = str(MeasureKey.parse(measure).with_part(head_part))
            difference = bool(measure) and MeasureAspect.CHANGE in MeasureKey.parse(measure).aspects
            if time is not None and (q.change or difference):
                # "... 41 млрд долларга нисбатан 6,8 фоизга кўп": a change compares the sentence's period with the
                # later one the page was talking about, and is of the later
                time = self.times.later_compared(q, si, time)
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
                    "time": self.times._compared_period(q, sent, time, difference),
                    "status": status,
                    # does a pronoun before it continue the previous sentence (asked once per claim, not per pair)
                    "continues": self.page._continues(sent, q),
                    # does a connective open it ("Шу тариқа ... 56 фоизга ошди"), drawing on the figures before
                    "concludes": self.page._concludes(sent),
                    "paragraph": self.page._paragraph(si),
                    # the part a share names ("олтиннинг улуши"): its figure stated before is the share's partner
                    "share_part": self.measures.share_parts.get(q.start, ""),
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
            frame_of = {j for j in near if j != k and self._same_frame(d, drafts[j])}
            if d["concludes"]:
                # "27,6 млн тонна ... Былтыр ... 17 млн тоннадан сәл ғана асқан ... Сонымен, ... 55 пайызға артты": a
                # conclusion is drawn from the figures of its paragraph before it (within the frame's reach)
                frame_of.update(j for j in range(max(0, k - _FRAME_REACH), k)
                                if drafts[j]["paragraph"] == d["paragraph"] or drafts[j]["si"] == d["si"] - 1)
            if d["share_part"]:
                # "олтин 25,8 млрд доллар ... Шу тариқа олтиннинг улуши 54,8 фоиз": a share is of its part's figure,
                # the nearest stated before it (within the frame's reach), whichever sentence states it
                of_part = next((j for j in range(k - 1, max(-1, k - 1 - _FRAME_REACH), -1)
                                if drafts[j]["q"].unit not in ("percent", _PP, "times")
                                and MeasureKey.parse(drafts[j]["measure"]).concept == d["share_part"]), None)
                if of_part is not None:
                    frame_of.add(of_part)
            frame = tuple(ids[j] for j in sorted(frame_of))
            out.append(
                Claim(
                    id=ids[k],
                    doc_id=self.page.doc.id,
                    quantity=d["q"],
                    # interned: a few hundred measures and their words, named by millions of claims
                    measure=sys.intern(d["measure"]),
                    measure_text=sys.intern(d["measure_text"]),
                    context=d["context"],
                    time=d["time"],
                    status=d["status"],
                    sentence=d["sent"],
                    frame=frame,
                    lang=self.page.doc.lang,
                )
            )
        return out

    def _concept(self, measure: str) -> Concept | None:
        """The lexicon's concept that *measure* is, parts aside (None for a value, a share, an instance, a stem)."""
        key = MeasureKey.parse(measure)
        return self.page.lex.concepts.get(key.concept) if key.bare else None

    def _declines(self, q: Quantity, clause: Span) -> bool:
        """Is *q* an unsigned change with a verb of decline right after it ("9,8%-ға азайып", "10,3%-ға
        төмендеген", "5 фоизга камайди") or right before it in its clause ("снизились на 0,56%")?"""
        stems = self.page.ctx.time.get("decline", ())
        if not stems or q.value is None or q.value <= 0 or q.text.lstrip()[:1] in "+-\u2212\u2013":
            return False
        after = self.page.words_in(q.end, min(len(self.page.text), q.end + 40))[:2]
        before = self.page.words_in(max(clause.start, q.start - 40), q.start)[-2:]
        return any(w.low.startswith(stems) for w in after + before)

    @staticmethod
    def _with_story(own: tuple[Place, ...], story: tuple[Place, ...]) -> tuple[Place, ...]:
        codes = {p.code for p in own}
        return own + tuple(p for p in story if p.code not in codes)

    def _id(self, q: Quantity) -> str:
        digest = hashlib.blake2s(f"{self.page.doc.id}\0{q.start}\0{q.end}".encode(), digest_size=6).hexdigest()
        return f"c-{digest}"

    def _same_frame(self, a: dict[str, Any], b: dict[str, Any]) -> bool:
        if a["si"] == b["si"]:
            return True
        first, second = (a, b) if a["si"] < b["si"] else (b, a)
        return second["si"] == first["si"] + 1 and bool(second["continues"])



def _negated(q: Quantity) -> Quantity:
    """*q* with its sign turned: the bounds swap sides ("more than 5 % down" is below −5 %)."""
    def neg(x: Decimal | None) -> Decimal | None:
        return None if x is None else -x
    return attrs.evolve(q, value=neg(q.value), low=neg(q.high), high=neg(q.low),
                        low_inclusive=q.high_inclusive, high_inclusive=q.low_inclusive)


def _states(concept: Concept, unit: str) -> bool:
    """Can *concept* be stated in *unit*: a count only where its units say so (a population, not exports)?"""
    return concept.fits(unit) and (unit != "count" or "count" in concept.units)


def _within(indices: list[int], k: int) -> list[int]:
    """The sorted *indices* at most ``_FRAME_REACH`` away from *k*."""
    return indices[bisect.bisect_left(indices, k - _FRAME_REACH) : bisect.bisect_right(indices, k + _FRAME_REACH)]
