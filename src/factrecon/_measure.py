"""What a figure measures: the noun a count counts, the noun phrase an amount measures, else the concept
its sentence's topic or its list's header names; an ordinal's instance; the key of a part of a total;
whether it states a change, a difference or a gap from an average; and the figures that are no claim
(the parties of a story: "the two countries")."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence

from factrecon._page import (
    _BACK_REACH,
    _CLAUSE_REACH,
    _HEADER_REACH,
    _ITEM,
    Page,
    _has_phrase,
    _Line,
    _phrase_starts,
    _Word,
)
from factrecon.lang.data import load
from factrecon.lexicon import Concept, ConceptHit, Lexicon
from factrecon.model import STEM, Kind, MeasureAspect, MeasureKey, Quantity, Span

_CURRENCY = re.compile(r"^[A-Z]{3}$")
# how many words after a count to look for what it counts
_NOUN_WINDOW = 5
_DURATIONS = frozenset({"year", "month", "week", "day", "hour"})
_PER_1000 = "per_1000"
# a change of a rate in percentage points ("1,5 п.т.", "150 базистік тармақ")
_PP = "percentage_point"
# the part of a measure a rate per day is (a concept of lang/data/concepts.toml)
_DAILY = "daily"


def _key(concept: str, aspect: MeasureAspect) -> str:
    """The measure key of *aspect* of *concept* (``project``, VALUE → ``project_value``)."""
    return str(MeasureKey(concept, aspects=(aspect,)))


def _instance(q: Quantity) -> int | None:
    """The number of an ordinal, which names one instance (the XXI forum: 21)."""
    return None if q.value is None else int(q.value)


def _bare(q: Quantity) -> bool:
    """A count written as digits alone ("25,05"): no unit, scale or counted word of its own."""
    return q.unit == "count" and not any(ch.isalpha() for ch in q.text)


#: How far before a percentage the word naming it a growth can stand ("өсім ... 9,8%")
#: How many figures of a list :meth:`Measures._shares_verb` follows to the verb they share.
_SHARED_VERB = 12
_GROWTH_REACH = 80
#: How far before a figure of a list by place the words its next item repeats are read ("Алмати аэропорти
#: орқали 7 415,3 минг, Остона аэропорти орқали ...").
_PARALLEL_REACH = 60
_COUNTED_CHANGE_REACH = 60  # characters after a count to its noun and the verb after it: "мың адамға көбейді"
#: The relative units, in which a change is restated ("56 фоизга, яъни 1,5 баравар"), and how far apart two
#: figures of one restatement stand at most (characters).
_RELATIVE = frozenset({"percent", _PP, "times"})
_RESTATE_REACH = 40
#: How many words before a percentage its share word and the share's part stand at most ("Доля золота в
#: резервах достигла 54,8%")
_SHARE_REACH = 6


# the case ending written after a figure's digits or sign ("3,29%-ға", "35 фоизга")
_ENDING = re.compile(r"(?<=[\d%\s-])[^\W\d_]+$")

class Measures:
    """What each figure of one page measures."""

    def __init__(self, page: Page) -> None:
        self.page = page
        #: the part a share names ("олтиннинг улуши": gold), by the start of its figure (:meth:`_share`)
        self.share_parts: dict[int, str] = {}

    def _header_measure(self, q: Quantity, header: Span) -> tuple[str, str]:
        """What a list's header line says its figures measure (``Тоғыз айда жиналған дән (мың тонна):``)."""
        words = self.page.nouns_in(header.start, header.end)
        if q.unit == "count":
            # a bare cell ("Қашқадария – 808,9") under "... астық (мың тонна):": its unit is the header's
            kinds: tuple[str, ...] = ("count", "amount")
            unit = ""
        else:
            kinds, unit = ("amount",), q.unit
        found = self._nearest(words, (), kinds=kinds, skip=("value", "country", "region"), unit=unit)
        return (found.concept.key, found.words) if found is not None else ("", "")

    def column_measure(self, q: Quantity, line: _Line) -> tuple[str, str]:
        """What the head row of a table written as lines names for *q*'s column, when its cells are measures
        ("Вилоят | Гўшт | Сут" over "Самарқанд | 230,5 | 1 050,2": the 230,5 is meat, the 1 050,2 milk); ("", "")
        when *q* is in no such row or its column's head names no measure stated in *q*'s unit."""
        page = self.page
        raw = page.text[line.start : line.end]
        if line.kind != _ITEM or len(raw) > _CLAUSE_REACH:
            return "", ""  # (a row is short: a line of a megabyte is read in linear time)
        sep = next((s for s in page.struct.field_separators if s in raw), None)
        if sep is None:
            return "", ""
        column = page.text.count(sep, line.start, q.start)
        i = page.line_of(line.start)
        for j in range(i - 1, max(-1, i - 1 - _HEADER_REACH), -1):
            start, end = page._line_span(j)
            if sep not in page.text[start:end] or end - start > _CLAUSE_REACH:
                return "", ""  # the table begins below its head row, or has none
            if page.line(j).kind == _ITEM:
                continue  # a row of figures (or of years): the head row of words is above it
            cells = [start]
            at = page.text.find(sep, start, end)
            while at >= 0:
                cells.append(at + len(sep))
                at = page.text.find(sep, at + len(sep), end)
            if not 0 < column < len(cells):
                return "", ""
            cell_end = cells[column + 1] - len(sep) if column + 1 < len(cells) else end
            found = page.lex.find(page.nouns_in(cells[column], cell_end), page.doc.lang)
            if found is None or found.concept.kind != "amount" or not found.concept.fits(q.unit):
                return "", ""
            return found.concept.key, found.words
        return "", ""

    def _part_key(self, q: Quantity, clause: Span, line: _Line, whole: str = "") -> str:
        """What sets a part apart from the other parts: the first noun of its item's head, or after it; not the
        total's own noun (*whole*, a concept key) nor people after it, which are what the part counts in."""
        if line.kind == _ITEM and line.head_end > line.start and q.start >= line.head_end:
            i = bisect.bisect_left(self.page.quantity_starts, q.start) - 1
            if i >= 0 and self.page.quantities[i].start >= line.head_end:
                # "қала тұрғындары – 12 870,4 мың адам, ауыл тұрғындары – 7 568,5 мың адам": the second figure's
                # head is the words since the figure before it, not the line's
                words = [w for w in self.page.nouns_in(self.page.quantities[i].end, q.start) if not self._is_people(w)]
            else:
                words = self.page.nouns_in(line.start, line.head_end)
        else:
            words = self.page.nouns_in(q.end, clause.end)[:_NOUN_WINDOW]
        verbs = self.page.ctx.verbs
        # neither a modifier nor a verb ("12 774 743 живут в городах") names the part
        # (nor a preposition: "в том числе в Россию — 19,8 млн тонн" names its part by the place after it)
        words = [w for w in words if w.low not in self.page.ctx.modifiers and w.low not in self._prepositions
                 and not (verbs and w.low.startswith(verbs))]
        people = bool(words) and self._is_people(words[0])
        # "оның ішінде халықаралық рейстерде 5 318,2 мың жолаушы": the total's own noun after the part's figure (the
        # passengers) is what it counts, the words before it name the part
        own = bool(words) and bool(whole) and self._names(words[0], whole)
        if not words or people or own:
            # "оның ішінде бидай – 19,8 млн тонна": the part named between "of which" and its figure; "оның ішінде
            # табиғи өсім 139,5 мың адам": people after the figure are what it counts in, the part is named before
            page = self.page
            sent = page.sentences[page.sentence_of(q)] if page.sentences else Span(0, len(page.text))
            marks: list[int] = page._memo("parts", sent, lambda s: _phrase_starts(page.text, s, page.struct.parts))
            before = [m for m in marks if m <= q.start]
            named: list[_Word] = []
            if before:
                # (after the figure before it, if one stands between: "Из них монетарное золото — $25,8 млрд,
                # активы в СКВ — $21,3 млрд"; "... 139,5 мың адам, көші-қон сальдосы 13,3 мың адам")
                start = before[-1]
                i = bisect.bisect_left(page.quantity_starts, q.start) - 1
                if i >= 0 and page.quantities[i].end > start:
                    start = page.quantities[i].end
                named = [w for w in page.nouns_in(start, q.start) if w.low not in page.ctx.modifiers
                         and w.low not in self._prepositions and not self._is_people(w)
                         and not (whole and self._names(w, whole))][:4]
            if not words:
                # "из них $4,59 млрд — из России": the part named after the figure, past the end of its clause
                words = named or self._named_after(q, sent)[:1]
            elif named and (own or self.page.lex.find(named, self.page.doc.lang) is not None):
                words = named
        if not words:
            return "part"
        if self.page.lex.place_at(words, 0, self.page.doc.lang) is not None:
            return ""  # a part named by its place: the place sets it apart
        # a name of up to four words ("азық-түлікке жатпайтын тауарлар", non-food goods)
        found = self.page.lex.find(words[:4], self.page.doc.lang)
        return found.concept.key if found is not None else self.page.lex.key_for(words[0].low, self.page.doc.lang)

    def _names(self, word: _Word, key: str) -> bool:
        """Does *word* name the concept *key* ("жолаушы": passenger)?"""
        hit = self.page.lex.at((word,), 0, self.page.doc.lang)
        return hit is not None and hit.concept.key == key

    def _is_people(self, word: _Word) -> bool:
        """Does *word* name people ("адам", "киши", "человек"), the unit a count of a population's part is in?"""
        hit = self.page.lex.at((word,), 0, self.page.doc.lang)
        return hit is not None and hit.concept.kind == "person"

    def _named_after(self, q: Quantity, sent: Span) -> list[_Word]:
        """The nouns after *q* up to the next figure of its sentence, prepositions and modifiers left out."""
        page = self.page
        i = bisect.bisect_right(page.quantity_starts, q.start)
        end = min(sent.end, page.quantities[i].start) if i < len(page.quantities) else sent.end
        skip = self._prepositions | set(page.ctx.modifiers)
        return [w for w in page.nouns_in(q.end, end) if w.low not in skip]

    def _head_part(self, q: Quantity, line: _Line, listed: bool) -> str:
        """The part of a measure the figure's head names: a part concept (a group of goods of a price index:
        "азық-түлік тауарлары – 12,7%", "тұрғын үй қызметтері (1,9 п.т.)"), or, for an item of a list under
        a header (*listed*), a measure of its own ("- Монетарлық алтын – 25,8 млрд"); "" when it names neither."""
        page = self.page
        span = page._head_span(q, line)
        if span is None:
            return ""
        words = page.nouns_in(span.start, span.end)
        if line.kind == _ITEM and span.start == line.start:
            i = bisect.bisect_left(page.quantity_starts, q.start) - 1
            if i >= 0 and page.quantities[i].end > span.end:
                # "Көппәтерлі үйлер – 12,1 млн ш.м., жеке үйлер – 6,7 млн ш.м.": the second figure's head is the
                # words since the figure before it
                words = page.nouns_in(page.quantities[i].end, q.start)
            if not words:
                # "- 12 120,8 мың шаршы метрі – көппәтерлі үйлер": the head written after the figure
                words = page.nouns_in(q.end, line.end)
            # an item's head names it first ("азық-түлікке жатпайтын тауарлар", up to four words)
            found = page.lex.find(words[:4], page.doc.lang)
            kinds = ("part", "amount") if listed else ("part",)
            return found.concept.key if found is not None and found.concept.kind in kinds else ""
        # the words before a bracket: the part named last ("... үлес қосқандар – тамақ өнімдері мен
        # алкогольсіз сусындар (5 пайыздық тармақ)")
        for i in range(len(words) - 1, -1, -1):
            hit = page.lex.at(words, i, page.doc.lang)
            if hit is not None and hit.concept.kind == "part":
                return hit.concept.key
        return ""

    def _is_reference(self, q: Quantity) -> bool:
        """"икки мамлакат" (the two countries): the parties of the story, not a count."""
        words = self.page.words_in(q.start, min(len(self.page.text), q.end + 40))[:3]
        lows = [w.low for w in words]
        if not lows or not lows[0].startswith(self.page.ctx.reference_starts):
            return False  # the common case, in one test
        return any(
            len(ref) <= len(lows) and all(lows[k].startswith(part) for k, part in enumerate(ref))
            for ref in self.page.ctx.references
        )

    def measure(
        self, q: Quantity, sent: Span, clause: Span, si: int, last_amount: dict[int, str], depth: int = 0
    ) -> tuple[str, str]:
        if q.kind is Kind.ORDINAL:
            return self._ordinal_measure(q, clause)
        if q.unit in _DURATIONS:
            # "20 жылдан астам", "йигирма йиллик": how long something has lasted
            return "duration", ""
        para = self.page._paragraph(si)
        before = self._own_before(q, clause)
        if not before:
            lead = self.page._lead(q, self.page.line(self.page.line_of(q.start)))
            if lead is not None:
                # "импорт из КНР — $24,9 млрд": the clause the dash cuts off names what the figure measures
                before = self.page.nouns_in(lead.start, lead.end)
        after = self.page.nouns_in(q.end, clause.end)
        money = bool(_CURRENCY.match(q.unit))
        if not money and q.unit == "count" and self._refers_back(q):
            # "Соның төртеуі" (four of them), "120 тасида": the count of something named before
            counted_key = self._previous_count(q, si)
            if counted_key is not None:
                return counted_key, ""
        if not money and q.unit in ("count",):
            place = self.page.lex.place_at(after, 0, self.page.doc.lang) if after else None
            demonym = place is not None and place.demonym
            head = self.page.lex.find_head(after[:_NOUN_WINDOW], self.page.doc.lang, self._modifier_endings,
                                      self.page.ctx.possessive_endings)
            if demonym and (head is None or head.modifier or head.concept.kind == "person"):
                # "55 мингдан ортиқ қозоғистонликлар ...": people, measured by what they do
                # (but "9 ресейлік университеттің филиалы" counts branches)
                activity = self._activity(sent) or self._paragraph_activity(q, si)
                return activity or "person", self.page.text[after[0].start : after[0].end]
            if head is not None:
                concept, text, _ = head
                if concept.kind == "person":
                    # "ел халқы 20 286 084 адамға жетті", "табиий ўсиш ... 235 мингдан зиёд кишини ташкил этди,
                    # вафот этганлар ...": people counted as an amount named before them in their clause, whatever
                    # else the sentence says they do
                    counted = self._nearest(before, (), kinds=("amount",), unit="count")
                    if counted is not None and ("count" in counted[0].units or counted[0].generic == "stated"):
                        # (or "the indicator", what the figure before stated: "бұл көрсеткіш 9 149,6 мың адам")
                        return counted[0].key, counted[1]
                    activity = self._activity(sent)
                    if activity:
                        return activity, text
                    # "1 млн 267,5 мың адам" in a paragraph about visitors: people, measured by what they do
                    return self._paragraph_activity(q, si) or concept.key, text
                return concept.key, text
            counted = self._nearest(before, (), kinds=("amount",), unit="count")
            if counted is not None and "count" in counted[0].units:
                # "Қазақстан халқы 20 миллионнан асты": a count with no noun after it, of an amount named before
                return counted[0].key, counted[1]
            partner = self._coordinated_count(q, sent)
            if partner is not None and depth < 4:
                # "7 өңіраралық және 10 коммерциялық ... 17 құжатқа": the noun the last of them names
                return self.measure(partner, sent, self.page.clause_of(partner, sent), si, last_amount, depth + 1)
            activity = self._activity(Span(q.end, clause.end))
            if activity:
                return activity, ""
            if after:
                noun = self._unknown_noun(after[:_NOUN_WINDOW])
                if self._never_counted(noun, after):
                    # "388 428 тани ташкил этди", "951 мингдан ортиқ кўп", "951,3 минг нафарга ёки":
                    # a verb, a comparison, a conjunction or a place is no counted noun
                    return "", ""
                return self.page.lex.key_for(noun.low, self.page.doc.lang), self.page.text[noun.start : noun.end]
            return "", ""
        if q.unit == "percent" and not q.change:
            share = self._share(q, before)
            if share is not None:
                # "олтиннинг улуши 54,8 фоиз", "Алтынның резервтер құрылымындағы үлесі 54,8%", "Доля золота в
                # резервах": a share is measured by its whole, whichever way it is worded
                return share
            whole = self.page.lex.at(after, 0, self.page.doc.lang) if after else None
            if whole is not None and whole.concept.kind == "amount" and whole.concept.key != "value":
                # "переводы эквивалентны 12,9% ВВП": the amount named right after a percentage is its whole, as
                # "ЯИМнинг 12,9 фоизи" names it before; not the subject before it
                return whole.concept.key, whole.words
        # an amount: the measured noun phrase, nearest first
        amount = self._nearest(before, after, kinds=("amount",), skip=("value",), unit=q.unit)
        if amount is not None and before and before[-1].low == amount.words.split()[-1] and any(
            before[-1].low.endswith(e) for e in self.page.ctx.role_suffixes.get("of", ())
        ):
            # "Янги ҳосилнинг камида 2 млн тоннасини четга сотиш": the genitive right before the figure names
            # the whole the figure is taken from; what the words after it name is what the figure measures
            amount = self._nearest((), after, kinds=("amount",), skip=("value",), unit=q.unit) or amount
        if amount is not None:
            last_amount[para] = amount[0].key
            into = self._put_into(q, before, si) if money and amount.concept.into else ""
            # "Жобаға 12,5 млрд теңге инвестиция салынды": money put into a project is the project's value
            return (into or self._qualified(before, amount, q.unit)), amount[1]
        for i in range(len(before) - 1, -1, -1):
            # "Есесіне кофе 2,6%-ға (қымбаттады)", "қаҳва эса 2,6 фоизга қимматлашди": nothing names the measure,
            # a part that belongs to one does (the price of coffee)
            hit = self.page.lex.at(before, i, self.page.doc.lang)
            if hit is not None and hit.concept.kind == "part" and hit.concept.of and hit.concept.fits(q.unit):
                return str(MeasureKey(hit.concept.of, parts=(hit.concept.key,))), hit.words
        if (q.unit == "percent" and q.change) or q.unit == "times":
            # "савдо айланмаси ... етди, бу ... 9,8% га кўп": the change of what the sentence measures; "ялпи ҳосил
            # 1,6 баравар кўпайди": a multiple of the amount its clause names, whatever units the amount has
            earlier = self.page.nouns_in(max(sent.start, q.start - _CLAUSE_REACH), q.start)  # bounded: linear
            grown = self._nearest(earlier, (), kinds=("amount",), skip=("value",))
            if grown is not None:
                return grown[0].key, ""
        if q.unit == "percent":
            # "Туркистон вилоятида ... 27,7 фоиз": a region or country named is a place, not the set of a share
            # (after a genitive it is a share of what the genitive names, "Ишчиларнинг 70 фоизга яқини аёллар": of
            # the workers; the noun after it is the part, the women)
            genitive = self.page.ctx.role_suffixes.get("of", ())
            of_before = (not self.page.ctx.dependents_follow and bool(before) and bool(genitive)
                         and before[-1].low.endswith(genitive))
            counted = self._nearest(before, () if of_before else after, kinds=("count", "person"),
                                    skip=("country", "region"))
            if counted is not None:
                # (a change of what is counted is no share of it: "Перевозки пассажиров выросли на 9,7%", as the
                # topic of a sentence gives it, :meth:`_topic_in`)
                return (counted[0].key if q.change else _key(counted[0].key, MeasureAspect.SHARE)), counted[1]
            if before and before[-1].low in self.page.ctx.pronouns:
                # "2 мыңнан астам компания ..., олардың 50 пайызы": a share of the set named before
                counted_key = self._previous_count(q, si)
                if counted_key is not None:
                    return _key(counted_key, MeasureAspect.SHARE), ""
            whole = self.page.lex.at(after, 0, self.page.doc.lang) if after else None
            if whole is not None and whole.concept.kind == "amount" and whole.concept.key != "value":
                # "около 70% зерна": the amount a percentage is of, named right after it
                return whole.concept.key, whole.words
            return "", ""
        if money:
            # "екі ел арасындағы ... 28 млрд": the countries are the parties, not what the money is worth
            counted = self._nearest(before, after, kinds=("count",), skip=("country", "region"))
            if counted is not None:
                return self._value_of(counted[0].key), counted[1]
            value_word = self._nearest(before, after, kinds=("amount",))
            if value_word is not None or self.page._continues(sent, q):
                counted_key = self._previous_count(q, si)
                if counted_key is not None:
                    return self._value_of(counted_key), ""
        if para in last_amount:
            part = self._part_before(before, q.unit) if self.page.ctx.dependents_follow else None
            if part is not None:
                # "Наибольший вклад в инфляцию ..., жилищные услуги дали 1,9 п.п.": a part named in the figure's
                # clause, of the measure its paragraph is about
                return str(MeasureKey(last_amount[para], parts=(part.concept.key,))), part.words
            return last_amount[para], ""
        # nothing names what the figure measures: it cannot be matched with another document's
        return "", ""

    def _own_before(self, q: Quantity, clause: Span) -> list[_Word]:
        """The words of *q*'s clause before it; in a language whose dependents follow their head, not the
        genitive right after a figure before it ("4 млн тонн хлопка и 8,4 млн тонн зерна": the cotton is the
        first figure's)."""
        before = self.page.nouns_in(clause.start, q.start)
        if not self.page.ctx.dependents_follow:
            return before
        i = bisect.bisect_left(self.page.quantity_starts, q.start) - 1
        if i < 0 or self.page.quantities[i].end <= clause.start:
            return before
        prev = self.page.quantities[i]
        k = bisect.bisect_left([w.start for w in before], prev.end)
        if k < len(before) and self.page.lex.at(before, k, self.page.doc.lang) is not None:
            return before[:k] + before[k + 1 :]
        return before

    def _part_before(self, before: Sequence[_Word], unit: str) -> ConceptHit | None:
        """The part concept named last in *before* that can be stated in *unit*, if one is."""
        for i in range(len(before) - 1, -1, -1):
            hit = self.page.lex.at(before, i, self.page.doc.lang)
            if hit is not None and hit.concept.kind == "part" and hit.concept.fits(unit):
                return hit
        return None

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
        found = self._topic_in(q, self.page.nouns_in(max(sent.start, q.start - _CLAUSE_REACH), q.start))
        if found is None and header is not None:
            found = self._topic_in(q, self.page.nouns_in(max(header.start, header.end - _CLAUSE_REACH), header.end))
        if found is not None:
            return found
        if previous is not None:
            prev_si, measure, unit = previous
            # (not a part: "кофе 2,6%-ға, апельсин 2,5%-ға": the next figure is another good's)
            partless = not MeasureKey.parse(measure).parts
            if partless and (prev_si == si or (prev_si == si - 1 and self.page._continues(sent, q))):
                if q.unit == unit or (unit == _PER_1000 and _bare(q)):
                    # "Туғилиш коэффициенти 1000 аҳолига 18,3 ... Бу кўрсаткич бўйича Туркистон вилояти (25,05)"
                    return measure, ""
                if q.unit in ("percent", _PP) and unit not in ("percent", _PP):
                    # "Бу ... 29,8 фоизга кўп": a change of what was just stated; "бұл жалпы ағынның 20
                    # пайызы": its share
                    shared = MeasureKey.parse(measure).with_aspect(MeasureAspect.SHARE)
                    return (measure if q.change or unit != "count" else str(shared)), ""
        # the paragraph's lead ("Номиналды өсім 9,8%-ды құрады" in a paragraph opened on wages)
        # the paragraph's lead: the concept its sentences before this one named last
        paragraph = self.page._paragraph_span(si)
        # (not the page's headline: a page of several measures would give them all its one topic)
        words = self.page.nouns_in(max(paragraph.start, sent.start - _BACK_REACH), sent.start)
        return self._topic_in(q, words) or ("", "")

    def _topic_in(self, q: Quantity, words: Sequence[_Word]) -> tuple[str, str] | None:
        """The measure the concept named last in *words* gives *q*, by the kind of figure *q* is."""
        money = bool(_CURRENCY.match(q.unit))
        for i in range(len(words) - 1, -1, -1):
            hit = self.page.lex.at(words, i, self.page.doc.lang)
            if hit is None:
                continue
            # a longer name that ends on this word is the topic ("пахта ҳосили": cotton, not the harvest)
            hit = next((h for j in range(max(0, i - 3), i) if (h := self.page.lex.at(words, j, self.page.doc.lang))
                        is not None and j + len(h.words.split()) > i), hit)
            concept, text = hit
            if concept.key in ("value", "country", "region") or concept.kind == "part":
                continue  # a part (food of the prices) is no measure of its own
            if concept.kind == "amount":
                if q.unit in ("percent", _PP, "times") or (
                    concept.fits(q.unit) and (q.unit != "count" or "count" in concept.units)
                ):
                    # a percentage or a multiple ("1,6 баравар") of any amount; a count only of an amount
                    # counted (the population, not exports)
                    return concept.key, text
                continue
            if q.unit == "count":
                if concept.kind == "person":
                    lang = self.page.doc.lang
                    counted = next((h for j in range(i - 1, -1, -1) if (h := self.page.lex.at(words, j, lang))
                                    is not None and h.concept.kind == "amount" and "count" in h.concept.units), None)
                    if counted is not None:
                        # "Энг кўп аҳоли Алмати шаҳрида (2 332,6 минг киши), Туркистон вилоятида (2 160,3 минг)": the
                        # people are what the amount named before them (the population) is counted in
                        return counted.concept.key, counted.words
                    # "Россиядан келганлар сони 687 мингга яқин": people, measured by what they do
                    si = self.page.sentence_of(q)
                    sent = self.page.sentences[si] if self.page.sentences else Span(0, len(self.page.text))
                    return self._activity(sent) or self._paragraph_activity(q, si) or concept.key, text
                return concept.key, text
            if q.unit in ("percent", _PP):
                return (concept.key if q.change else _key(concept.key, MeasureAspect.SHARE)), text
            if money:
                return self._value_of(concept.key), text
        return None

    def _value_of(self, key: str) -> str:
        """The measure of the money a counted *key* is worth: its value, or the value of the concept it is
        worth as (a factory built is a project: ``project_value``)."""
        concept = self.page.lex.concepts.get(key)
        return _key(concept.worth if concept is not None and concept.worth else key, MeasureAspect.VALUE)

    def _put_into(self, q: Quantity, before: Sequence[_Word], si: int) -> str:
        """The value of the counted thing money *q* is put into, named in the dative before it in its clause
        ("Жобаға 12,5 млрд теңге инвестиция", "Уларга 30,8 миллиард доллар сармоя": the projects named
        before); "" when the clause names none (a region: "Облысқа 500 млн доллар инвестиция")."""
        page = self.page
        dative = page.ctx.role_suffixes.get("to", ())
        if not dative:
            return ""
        for i in range(len(before) - 1, -1, -1):
            low = before[i].low
            if any(low == p + e for p in page.ctx.pronouns for e in dative):
                counted = self._previous_count(q, si)  # "Уларга": into the things counted before
                return self._value_of(counted) if counted is not None else ""
            found = page.lex.ending_at(before, i, page.doc.lang)
            if (found is not None and found[0].kind == "count" and found[0].key not in ("country", "region")
                    and found[1].endswith(dative)):
                return self._value_of(found[0].key)
        return ""

    def _qualified(self, before: Sequence[_Word], hit: ConceptHit, unit: str) -> str:
        """*hit*'s measure, with the part a part word right before its name gives it ("кунлик қазиб олиш",
        daily output: production>daily; "озиқ-овқат инфляцияси": inflation>food), when the part can be
        stated in *unit* ("айлық инфляция 1,1%" is monthly; "айлық жалақы" is the wage)."""
        n = len(hit.words.split())
        lang = self.page.doc.lang
        for i in range(len(before) - n, max(-1, len(before) - n - _NOUN_WINDOW), -1):
            if " ".join(w.low for w in before[i : i + n]) != hit.words:
                continue
            if self.page.ctx.dependents_follow and i + n < len(before):
                # "Экспорт овощей": the part in the genitive right after the name
                found = self.page.lex.at(before, i + n, lang)
                if found is not None and found.concept.kind == "part" and found.concept.fits(unit):
                    return str(MeasureKey(hit.concept.key, parts=(found.concept.key,)))
            for j in range(max(0, i - 3), i):
                found = self.page.lex.at(before, j, lang)
                if (found is not None and found.concept.kind == "part" and found.concept.fits(unit)
                        and j + len(found.words.split()) == i):
                    return str(MeasureKey(hit.concept.key, parts=(found.concept.key,)))
            break
        return hit.concept.key

    def _product_before(self, q: Quantity, generic: Concept, until: int) -> str:
        """What a generic word stands for: the measure of its kind named last before *q*, within a bounded
        reach. A generic output ("өндіріс", "режа", stated in tonnes) stands for a physical product (a
        concept with units of its own: oil, the harvest); generic money ("маблағ", "қаражат") or "the
        indicator" ("көрсеткіш", no units of their own) for the measure named last that can be stated in
        the figure's unit (remittances, the wage). Only before *until* (the figure's clause): the words of the
        generic word's own phrase are not what it stands for ("хорижга жўнатилган пул": money, not exports)."""
        words = self.page.nouns_in(max(0, q.start - _BACK_REACH), until)
        for i in range(len(words) - 1, -1, -1):
            hit = self.page.lex.at(words, i, self.page.doc.lang)
            if hit is not None and self._stands_for(hit.concept, generic, q.unit):
                return hit.concept.key
        return ""

    def _product_after(self, q: Quantity, generic: Concept, clause: Span) -> str:
        """The physical product a generic output's figure names right after its unit, in a language whose
        dependents follow their head ("Добыча составила 90 млн тонн нефти": oil); "" when none does."""
        if not self.page.ctx.dependents_follow or not generic.units - {"percent", _PP, "times"}:
            return ""
        words = self.page.nouns_in(q.end, clause.end)[:1]
        hit = self.page.lex.at(words, 0, self.page.doc.lang) if words else None
        return hit.concept.key if hit is not None and self._stands_for(hit.concept, generic, q.unit) else ""

    @staticmethod
    def _stands_for(c: Concept, generic: Concept, unit: str) -> bool:
        """Can *c* be what *generic* stands for in a figure in *unit*: an amount of its own that can be stated in
        *unit*, and a physical product (units of its own, no rate, no count) when *generic* is an output?"""
        if c.kind != "amount" or c.generic or c.key == "value":
            return False
        if generic.units - {"percent", _PP, "times"} and (not c.units or c.rate or c.units & {"percent", _PP, "count"}):
            return False
        return unit in ("percent", _PP, "times") or c.fits(unit)

    def _named_before(self, q: Quantity, key: str, after: bool = False) -> bool:
        """Does a word of ``time.<key>`` stand just before *q* (no other figure between), or, with
        *after*, as the first word after it?"""
        stems = self.page.ctx.time.get(key, ())
        if not stems:
            return False
        if after:
            following = self.page.words_in(q.end, min(len(self.page.text), q.end + 40))[:1]
            return bool(following) and following[0].low.startswith(stems)
        start = max(0, q.start - _GROWTH_REACH)
        i = bisect.bisect_left(self.page.quantity_starts, q.start) - 1
        if i >= 0:
            start = max(start, self.page.quantities[i].end)
        return any(w.low.startswith(stems) for w in self.page.words_in(start, q.start))

    def _states_change(self, q: Quantity, sent: Span, restated: bool = True) -> bool:
        """Is *q* a change: read so, or a percentage written with a sign ("+26,1%", "−10,3%") or named a growth
        ("номиналды өсім 9,8%-ды құрады", "ўсиш 17,2 фоизни") with no other figure between, or the
        restatement of a change in another unit ("56 фоизга, яъни 1,5 баравар ошди": both grew)?"""
        if q.change:
            return True
        if restated:
            partner = self._restatement(q, sent)
            if partner is not None and self._states_change(partner, sent, restated=False):
                return True
        if q.unit == _PP:
            return True  # percentage points are a difference of two percentages ("на 1,5 процентного пункта")
        if q.unit == "count":
            return self._counted_change(q, sent)
        if q.unit != "percent":
            return False
        if q.text.lstrip().startswith("+") or self.page.text[max(0, q.start - 1) : q.start] == "+":
            return True
        if q.value is not None and q.value < 0:
            # "2,4 млн кв. м (−10,3%)": a share is never below nothing, so a signed one is a change (a rate such as
            # inflation, "−0,3%", is a level that can fall below zero: its concept says so, after this)
            return True
        if self._comparison_after(q, sent) in self.page.ctx.time.get("comparisons", ()):
            # "3,4 mlrd dollar yoki 29,8 foiz koʻp", "на 6,4% больше": by how much, a change (the word itself:
            # "77 фоизгача камайди", decreased to 77 %, states the level)
            return True
        data = load(self.page.doc.lang)
        last = q.text.split()[-1].lower() if q.text.split() else ""
        if any(f.unit == "percent" and not f.case for f in data.forms(last)):
            # "0,9 фоиз камайди", "5 пайыз өсті": a percentage with no case ending, a change verb right after it
            following = self.page.words_in(q.end, min(sent.end, q.end + 30))[:1]
            if (following and following[0].low.startswith(data.change_stems)
                    and not self.page.text[q.end : following[0].start].strip()):
                return True
        growth = self.page.ctx.time.get("growth", ())
        if not growth:
            return False
        start = max(sent.start, q.start - _GROWTH_REACH)
        i = bisect.bisect_left(self.page.quantity_starts, q.start) - 1
        if i >= 0:
            before = self.page.quantities[i]
            if before.unit == "percent" and before.start >= sent.start and self._coordinated(before, q):
                # "Ең жоғары өсім Түркістан облысында (27,7%) және Шымкент қаласында (26,1%)": the second
                # of two coordinated percentages is what the first is (read once per figure)
                found: bool = self.page._memo("change", before.span, lambda _: self._states_change(before, sent))
                return found
            start = max(start, before.end)
        if self._shares_verb(q, sent):
            return True
        return any(w.low.startswith(growth) for w in self.page.words_in(start, q.start))

    def _counted_change(self, q: Quantity, sent: Span) -> bool:
        """Is the count *q* by how much a count changed: its counted noun in the dative, a change verb right after
        it ("152,8 мың адамға көбейді", "152,8 минг кишига кўпайди": grew by 152,8 thousand people), as a dative
        figure before a change verb is ("5 пайызға азайды")? The level is reached ("адамға жетті"), not grown."""
        dative = self.page.ctx.role_suffixes.get("to", ())
        if not dative:
            return False
        words = self.page.words_in(q.end, min(sent.end, q.end + _COUNTED_CHANGE_REACH))[:2]
        if len(words) < 2 or not words[0].low.endswith(dative) or self.page.text[words[0].end : words[1].start].strip():
            return False
        return words[1].low.startswith(load(self.page.doc.lang).change_stems)

    def _share(self, q: Quantity, before: Sequence[_Word]) -> tuple[str, str] | None:
        """The whole a percentage worded as a share is of, and its words: "<part>'s share (in <whole>) N %"
        ("олтиннинг улуши 54,8 фоизга етди", "Алтынның резервтер құрылымындағы үлесі", "Доля золота в
        резервах достигла"). The part is the amount named in the genitive before the share word, or right after
        it; the whole is another amount of the clause, else the one a composition word names shortly before
        ("Захиралар таркибида олтин 25,8 млрд ... Шу тариқа олтиннинг улуши"). None when the words before the
        figure name no share, or its part is a place ("Хитойнинг ... улуши": the place tells the part).
        :attr:`share_parts` keeps the part, by the figure's start."""
        ctx = self.page.ctx
        if not ctx.share_words:
            return None
        near = before[-_SHARE_REACH:]
        at = next((k for k in range(len(near) - 1, -1, -1) if near[k].low.startswith(ctx.share_words)), None)
        if at is None:
            return None
        lang = self.page.doc.lang
        genitive = ctx.role_suffixes.get("of", ())
        part: ConceptHit | None = None
        spans: list[tuple[int, int]] = []  # the part's words (positions in *near*)
        for k in range(at - 1, -1, -1):
            if self.page.lex.place_at(near, k, lang) is not None and near[k].low.endswith(genitive):
                return None  # "Хитойнинг ... улуши": a place's share, told apart by its place
            hit = self.page.lex.at(near, k, lang)
            n = len(hit.words.split()) if hit is not None else 0
            if hit is not None and hit.concept.kind == "amount" and near[k + n - 1].low.endswith(genitive):
                part, spans = hit, [(k, k + n)]
                break
        if part is None and at + 1 < len(near):
            if self.page.lex.place_at(near, at + 1, lang) is not None:
                return None  # "доля Китая": a place's share
            hit = self.page.lex.at(near, at + 1, lang)
            if hit is not None and hit.concept.kind == "amount":
                part, spans = hit, [(at + 1, at + 1 + len(hit.words.split()))]  # "Доля золота"
        if part is None:
            return None
        rest = [w for k, w in enumerate(near) if not any(a <= k < b for a, b in spans) and k != at]
        whole = self._nearest(rest, (), kinds=("amount",), skip=("value", part.concept.key))
        if whole is None:
            whole = self._composed(q, part.concept.key)
        if whole is None:
            return None
        self.share_parts[q.start] = part.concept.key
        return whole.concept.key, whole.words

    def _rate_events(self, q: Quantity, clause: Span) -> str:
        """The events a rate counts, named right after it ("ҳар 1000 никоҳга 329 та ажрим": divorces, not its base,
        the marriages); "" when the next word names no counted concept."""
        after = self.page.nouns_in(q.end, clause.end)[:1]
        counted = self._nearest((), after, kinds=("count",), skip=("country", "region"))
        return "" if counted is None else counted.concept.key

    def _names_share(self, q: Quantity, clause: Span) -> bool:
        """Does a share word ("доля", "улуши", "үлесі") stand shortly before *q* in its clause?"""
        words = self.page.ctx.share_words
        return bool(words) and any(
            w.low.startswith(words) for w in self.page.nouns_in(clause.start, q.start)[-_SHARE_REACH:]
        )

    def _composed(self, q: Quantity, part: str) -> ConceptHit | None:
        """The amount a composition word names shortly before *q* ("Захиралар таркибида", "Zaxiralar tarkibi:",
        "в структуре резервов"): the whole the shares after it are of; not *part*."""
        words = self.page.nouns_in(max(0, q.start - _CLAUSE_REACH), q.start)
        lang = self.page.doc.lang
        for k in range(len(words) - 1, -1, -1):
            if not words[k].low.startswith(self.page.ctx.composition_words):
                continue
            for j in (k - 1, k + 1, k - 2, k + 2):
                hit = self.page.lex.at(words, j, lang) if 0 <= j < len(words) else None
                if hit is not None and hit.concept.kind == "amount" and hit.concept.key not in ("value", part):
                    return hit
        return None

    def _restatement(self, q: Quantity, sent: Span) -> Quantity | None:
        """The figure of *sent* that restates *q* in another relative unit, or that *q* restates: the two
        stand side by side, only a restatement word between them ("56 фоизга, яъни 1,5 баравардан кўпроқ",
        "на 56%, то есть в 1,5 раза"). One change in two units: what one of them is, the other is.
        Only percentages, multiples and points: "26,7 млн тонна, яъни 56 фоизга кўп" states a level
        and its change."""
        phrases = self.page.ctx.restatements
        if not phrases or q.unit not in _RELATIVE:
            return None
        i = bisect.bisect_left(self.page.quantity_starts, q.start)
        for j in (i - 1, i + 1):
            if not 0 <= j < len(self.page.quantities):
                continue
            other = self.page.quantities[j]
            first, second = (other, q) if j < i else (q, other)
            if (other.unit not in _RELATIVE or other.unit == q.unit or first.start < sent.start
                    or second.end > sent.end or second.start - first.end > _RESTATE_REACH):
                continue
            between = tuple(w.low for w in self.page.words_in(first.end, second.start))
            # the restatement word first; a preposition of the second figure may follow ("то есть в 1,5 раза")
            if any(between[: len(p)] == p and len(between) - len(p) <= 1 for p in phrases):
                return other
        return None

    def _coordinated(self, before: Quantity, q: Quantity) -> bool:
        """Are *before* and *q* two bracketed figures of one list, joined by a comma or a conjunction
        ("(27,7%) және ... (26,1%)", "Буюк Британия (83 фоиз), АҚШ (35 фоиз)")?"""
        between = self.page.text[before.end : q.start]
        if len(between) > _GROWTH_REACH or not between.rstrip().endswith("(") or ")" not in between[:3]:
            return False
        return "," in between or any(w.low in self.page.ctx.conjunctions
                                     for w in self.page.words_in(before.end, q.start))

    def _shares_verb(self, q: Quantity, sent: Span) -> bool:
        """Is *q* one of a list of percentages with one ending whose verb follows the last ("қаңтарда
        3,29%-ға, ал бір жылда 29,7%-ға өсіп": both grew; "кофе 2,6%-ға, апельсин 2,5%-ға, жарма 1,5%-ға ...
        қымбаттады": all rose)? The list is followed up to :data:`_SHARED_VERB` figures."""
        ending = _ENDING.search(q.text)
        if ending is None:
            return False
        i = bisect.bisect_right(self.page.quantity_starts, q.start)
        before = q
        for after in self.page.quantities[i : i + _SHARED_VERB]:
            if after.unit != "percent" or after.end > sent.end or after.text == before.text:
                return False
            if ending.group() != (_ENDING.search(after.text) or ending).group():
                return False
            between = self.page.text[before.end : after.start]
            if len(between) > _GROWTH_REACH or not ("," in between or any(
                    w.low in self.page.ctx.conjunctions for w in self.page.words_in(before.end, after.start))):
                return False
            if after.change:
                return True
            before = after
        return False

    def _is_conversion(self, q: Quantity, sent: Span) -> bool:
        """Is *q* money right after money in another currency, at most two words between?"""
        if not _CURRENCY.match(q.unit):
            return False
        i = bisect.bisect_left(self.page.quantity_starts, q.start) - 1
        if i < 0 or self.page.quantities[i].start < sent.start:
            return False
        base = self.page.quantities[i]
        if not _CURRENCY.match(base.unit) or base.unit == q.unit:
            return False
        return len(self.page.words_in(base.end, q.start)) <= 2

    def _comparison_after(self, q: Quantity, sent: Span) -> str:
        """The word after *q* when it starts with a comparison word ("көп", "кўп", "больше", "азайды"), else "".

        Not a word that only starts like one: a word of the lexicon ("көппәтерлі үйлер", multi-apartment
        houses) or of ``time.not_comparisons`` ("12,1 mln kv. metri koʻp kvartirali uylar").
        """
        page = self.page
        following = page.words_in(q.end, min(sent.end, q.end + 40))[:1]
        comparisons = page.ctx.time.get("comparisons", ())
        if not following or not comparisons or not following[0].low.startswith(comparisons):
            return ""
        w = following[0]
        if page.lex.at(following, 0, page.doc.lang) is not None or page.folded[
                w.start : w.start + 30].lower().startswith(page.ctx.time.get("not_comparisons", ())):
            return ""
        return w.low

    def _rate_or_plan(self, q: Quantity, clause: Span) -> tuple[str, MeasureAspect | None]:
        """What *q*'s clause makes of its measure: (the part ``daily`` for a rate per day: "около тысячи
        младенцев в день", "тәулігіне 148 нәресте"; else "", the aspect ``plan`` for a plan's fulfilment:
        "режани 102,3 фоизга бажарди", or ``over_plan`` for by how much a plan was exceeded: "6,1 млн шаршы
        метрге артығымен орындалды"; else None)."""
        low = self.page.folded[clause.start : clause.end].lower()
        if _has_phrase(low, self.page.ctx.time.get("per_day", ())):
            return _DAILY, None
        if q.unit not in (_PP, "times") and _has_phrase(low, self.page.ctx.time.get("plan_over", ())):
            return "", MeasureAspect.OVER_PLAN
        if q.unit == "percent" and _has_phrase(low, self.page.ctx.time.get("plan_done", ())):
            return "", MeasureAspect.PLAN
        return "", None

    def _yearly(self, q: Quantity, clause: Span, measure: str) -> str:
        """The concept a physical figure stated per year is ("жылына 4,2 мың тонна жіп шығарады", "йилига ...
        ишлаб чиқарадиган фабрика": a plant's capacity), when nothing names its measure or it names only an
        output of no product (a generic word left as it is); else *measure*. The caller asks only for a figure
        with no period of its own (the output of a period is production)."""
        if _CURRENCY.match(q.unit) or q.unit in ("count", "percent", _PP, "times", _PER_1000) or q.unit in _DURATIONS:
            return measure
        named = self.page.lex.concepts.get(measure) if measure else None
        if measure and (named is None or named.generic != "named"):
            return measure  # a measure of its own, or a part, a value, a stem
        low = self.page.folded[clause.start : clause.end].lower()
        if not _has_phrase(low, self.page.ctx.time.get("per_year", ())):
            return measure
        return next((c.key for c in self.page.lex.concepts.values() if c.per_year and c.fits(q.unit)), measure)

    def _is_difference(self, q: Quantity, sent: Span) -> bool:
        """Is *q* (not a percentage) the difference between two levels: a comparison word right after it,
        or "or" and a percentage change after it?"""
        if q.unit in ("percent", _PP, "times") or q.change:
            return False
        if self._comparison_after(q, sent):
            return True
        i = bisect.bisect_left(self.page.quantity_starts, q.end)
        if i == len(self.page.quantities) or self.page.quantities[i].start >= sent.end:
            return False
        other = self.page.quantities[i]
        between = self.page.words_in(q.end, other.start)
        return (other.unit == "percent" and self._states_change(other, sent) and 0 < len(between) <= 2
                and any(w.low in self.page.ctx.conjunctions for w in between))

    def _against_average(self, sent: Span, q: Quantity, clause: Span | None = None) -> bool:
        """Does *sent* compare *q* with an average ("орташа деңгейден", "ўртача даражадан") before it, or its
        *clause* after it ("на 36% превышает общенациональную", as Russian writes it)?"""
        phrases = self.page.ctx.time.get("against_average", ())
        if not phrases:
            return False
        # where the sentence names an average: found once per sentence, so a long sentence stays linear
        marks: list[int] = self.page._memo("average", sent, lambda s: _phrase_starts(self.page.text, s, phrases))
        return bool(marks) and (marks[0] < q.start or (
            clause is not None and any(q.end < m <= clause.end for m in marks)))

    def _coordinated_count(self, q: Quantity, sent: Span) -> Quantity | None:
        """The next count of the sentence when a conjunction joins it to *q*, with at most two words between."""
        i = bisect.bisect_left(self.page.quantity_starts, q.end)  # the next quantity only: no slice of the rest
        if i == len(self.page.quantities) or self.page.quantities[i].start >= sent.end:
            return None
        following = self.page.quantities[i]
        if following.unit != "count" or following.kind is not Kind.CARDINAL:
            return None
        lo = bisect.bisect_left(self.page.word_starts, q.end)
        between = self.page.words[lo : min(lo + 4, bisect.bisect_left(self.page.word_starts, following.start))]
        if len(between) <= 3 and any(w.low in self.page.ctx.conjunctions for w in between):
            return following
        if between and self.page.text[q.end : between[0].start].strip() == ",":
            # "Тожикистондан 1,88 млн, Қирғизистондан 1,87 млн, ... 1,27 млн киши келган": a list by place; "Алмати
            # аэропорти орқали 7 415,3 минг, Остона аэропорти орқали 5 022,8 минг йўловчи": by place, the words
            # around the place the same as the first figure's
            lang = self.page.doc.lang
            places = [self.page.lex.place_at(between, k, lang) is not None for k in range(len(between))]
            own = {w.low for w in self.page.words_in(max(sent.start, q.start - _PARALLEL_REACH), q.start)}
            if any(places) and all(
                    w.low in self.page.ctx.conjunctions or places[k] or w.low in own for k, w in enumerate(between)):
                return following
        return None

    def _never_counted(self, noun: _Word, after: Sequence[_Word]) -> bool:
        """Is *noun* a word that follows a figure but never names what it counts?"""
        low = noun.low
        if (self.page.ctx.verbs and low.startswith(self.page.ctx.verbs)) or low in self.page.ctx.conjunctions:
            return True
        if low in self._prepositions:
            return True  # "459,1 млн в аналогичном периоде": a preposition opens a phrase, it counts nothing
        if self.page.ctx.not_counted and low.startswith(self.page.ctx.not_counted):
            return True
        k = next((i for i, w in enumerate(after) if w.start == noun.start), 0)
        return self.page.lex.place_at(after, k, self.page.doc.lang) is not None

    def _unknown_noun(self, after: Sequence[_Word]) -> _Word:
        """The word a count outside the lexicon counts: the first after it that is not a modifier.

        ``40 жаңа трактор``, ``12 та янги трактор`` → трактор; the first word when
        every one is a modifier.
        """
        for w in after:
            if w.low not in self.page.ctx.modifiers:
                return w
        return after[0]

    @functools.cached_property
    def _prepositions(self) -> frozenset[str]:
        """The language's prepositions, of every role (``в``, ``из``, ``с``)."""
        return frozenset(w for ws in self.page.ctx.prepositions.values() for w in ws)

    @functools.cached_property
    def _unit_owners(self) -> dict[str, str]:
        """Unit -> the one concept stated in it, for the units (not money, counts or percent) only one takes."""
        return _unit_owners(self.page.lex)

    @functools.cached_property
    def _modifier_endings(self) -> tuple[str, ...]:
        """Case endings that make a noun a modifier of the next: genitive, locative, ablative."""
        return tuple(e for role in ("of", "in", "from") for e in self.page.ctx.role_suffixes.get(role, ()))

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
            found = self.page.lex.at(before, i, self.page.doc.lang)
            if fits(found):
                # a longer name that ends on this word wins ("таза халықаралық резервтер": net reserves,
                # not reserves): scanning back finds its last word first
                for j in range(max(0, i - 3), i):
                    longer = self.page.lex.at(before, j, self.page.doc.lang)
                    if fits(longer) and longer is not None and j + len(longer.words.split()) > i:
                        return longer
                return self._head_of(before, i, found, fits) if self.page.ctx.dependents_follow else found
        after = after[:_NOUN_WINDOW]
        for i in range(len(after)):
            found = self.page.lex.at(after, i, self.page.doc.lang)
            if fits(found):
                return found
        return None

    def _head_of(
        self, words: Sequence[_Word], i: int, found: ConceptHit | None, fits: Callable[[ConceptHit | None], bool]
    ) -> ConceptHit | None:
        """In a language whose dependents follow their head: the name right before *found* (at *i*) that *found*
        depends on in the genitive ("Экспорт зерна", "объём экспорта нефти": exports, as "Астық экспорты"
        is), else *found*."""
        genitive = self.page.ctx.role_suffixes.get("of", ())
        lang = self.page.doc.lang
        while found is not None and genitive and words[i + len(found.words.split()) - 1].low.endswith(genitive):
            head = next((h for j in range(max(0, i - 3), i) if (h := self.page.lex.at(words, j, lang)) is not None
                         and j + len(h.words.split()) == i), None)
            if head is None or not fits(head):
                break
            i -= len(head.words.split())
            found = head
        return found

    def _previous_count(self, q: Quantity, si: int) -> str | None:
        """What "their value" refers to: the last counted thing before *q*, in this sentence or the two before.

        A count stated with a number wins; otherwise the last countable noun
        named (a lede's "their total value" refers to the headline's projects).
        """
        start = self.page.sentences[max(0, si - 2)].start if self.page.sentences else 0
        start = max(start, q.start - _BACK_REACH)
        for other in reversed(self.page.quantities_in(start, q.start)):
            if other.unit != "count" or other.kind is not Kind.CARDINAL:
                continue
            words_after = self.page.nouns_in(other.end, min(q.start, other.end + _CLAUSE_REACH))
            found = self.page.lex.find(words_after[:_NOUN_WINDOW], self.page.doc.lang)
            if found and found.concept.kind == "count":
                return found.concept.key
        words = self.page.nouns_in(start, q.start)
        for i in range(len(words) - 1, -1, -1):
            hit = self.page.lex.at(words, i, self.page.doc.lang)
            if hit is not None and hit.concept.kind == "count" and hit.concept.key not in ("country", "region"):
                return hit.concept.key
        return None

    def _refers_back(self, q: Quantity) -> bool:
        """A collective (төртеуі) or a classifier with a possessive (тасида) counts members of a set named before."""
        data = load(self.page.doc.lang)
        last = q.text.split()[-1].lower() if q.text.split() else ""
        forms = data.forms(last) + ((data.suffixes[last],) if last in data.suffixes else ())
        return any(f.role == "collective" or (f.classifier and "px3" in f.families) for f in forms)

    def _ordinal_measure(self, q: Quantity, clause: Span) -> tuple[str, str]:
        """``10-йиғилиши`` names its noun inside the span; ``XXI ... форуми`` within a few words after."""
        inside = self.page.words_in(q.start, q.end)
        found = self.page.lex.find(inside, self.page.doc.lang)
        if found is None:
            after = self.page.words_in(q.end, clause.end)[:6]
            # the ordinal's phrase ends at its first genitive: "XXI ... форумының бағдарламасы" (the programme
            # of the 21st forum) numbers the forum
            of = tuple(self.page.ctx.role_suffixes.get("of", ()))
            ends = [k for k, w in enumerate(after) if of and w.low.endswith(of)]
            if ends:
                after = after[: ends[0] + 1]
            for i in range(len(after) - 1, -1, -1):  # the head noun comes last: "XXI өңіраралық ... форумы"
                hit = self.page.lex.at(after, i, self.page.doc.lang)
                if hit is not None and hit.concept.key not in ("country", "region") and hit.concept.kind != "part":
                    found = hit
                    break
            if found is None:
                # "20-ўринда", "10-йиғилиши": the noun joined to the digits; "он бесінші орында", "XXI форум": the
                # noun after it (the words of a spelled ordinal are all number words)
                own = bool(inside) and any(ch.isdigit() for ch in q.text)
                noun = inside[-1] if own else (after[0] if after else None)
                key = self.page.lex.key_for(noun.low, self.page.doc.lang) if noun else STEM + "thing"
                return str(MeasureKey(key, _instance(q))), ""
        return str(MeasureKey(found.concept.key, _instance(q))), found.words

    def _activity(self, span: Span) -> str | None:
        """What the people of *span* are doing that makes them a measure (studying: student)."""
        found: str | None = self.page._memo(
            "activity", span, lambda s: self.page._first_match(s, self.page.ctx.activity_patterns)
        )
        return found

    def _paragraph_activity(self, q: Quantity, si: int) -> str | None:
        """What the people of *q*'s paragraph are doing: the activity named last before *q* ("родились 300 тыс.
        детей. Мальчиков среди них — 160 100 ... Умерли ...": the boys were born), else the first the
        paragraph names after it."""
        paragraph = self.page._paragraph_span(si)
        before = Span(paragraph.start, q.start)
        found: str | None = self.page._memo("activity_before", before, self._last_activity)
        return found or self._activity(paragraph) or self._headline_activity()

    def _headline_activity(self) -> str | None:
        """What the people of the page's headline are doing, for people whose paragraph names no activity:
        "6,5 millionga yaqin xorijlik sayyoh keldi" over "Rossiyadan 686,7 ming, Turkiyadan 95,7 ming kishi
        kelgan" (the people who came are the headline's tourists). Only people: a page of several measures gives
        its other figures their own (:meth:`measure`)."""
        head = self.page.headline_span
        return None if head is None else self._activity(head)

    def _last_activity(self, span: Span) -> str | None:
        """The activity of :meth:`_activity` whose words come last in *span*."""
        low = " " + self.page.folded[span.start : span.end].lower()
        best: tuple[int, str] | None = None
        for name, pattern in self.page.ctx.activity_patterns:
            for m in pattern.finditer(low):
                if best is None or m.start() > best[0]:
                    best = (m.start(), name)
        return None if best is None else best[1]


@functools.cache
def _unit_owners(lex: Lexicon) -> dict[str, str]:
    owners: dict[str, list[str]] = {}
    for c in lex.concepts.values():
        for unit in c.units:
            owners.setdefault(unit, []).append(c.key)
    # not a length ("km" is a road's as often as a territory's), a count or a percentage
    return {u: keys[0] for u, keys in owners.items() if len(keys) == 1 and u not in ("count", "percent", _PP, "km")}
