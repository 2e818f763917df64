"""The result types: frozen, slotted attrs classes that the whole pipeline passes along.

They come by the million (each claim has its quantity, span, places and
reading), so they have no slot for weak references, which attrs adds by
default: 8 bytes less an object, and a ``weakref.ref`` to one raises TypeError.

A :class:`Quantity` is one number as a text states it: its span in the ORIGINAL
text, the figure as written and the bounds the words give it. A :class:`Claim`
is a quantity with what it measures and its context. A :class:`Fact` groups the
claims that different documents make about the same thing, with a verdict; a
:class:`Finding` is what an editor should look at.

Values are :class:`decimal.Decimal`, never floats: ``4,4`` and ``4,40`` are
different claims (precision 0.1 against 0.01).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from decimal import Decimal
from enum import StrEnum

import attrs

__all__ = [
    "Check",
    "Claim",
    "Fact",
    "Finding",
    "FindingKind",
    "Interval",
    "Kind",
    "MeasureAspect",
    "MeasureKey",
    "Period",
    "Place",
    "Qualifier",
    "Quantity",
    "Reading",
    "Span",
    "Verdict",
    "stable_id",
]


class Qualifier(StrEnum):
    """What the words around a figure say about the true value."""

    EXACT = "exact"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    LESS_THAN = "less_than"
    AT_MOST = "at_most"
    ABOUT = "about"
    NEARLY = "nearly"
    UP_TO = "up_to"
    RANGE = "range"


class Kind(StrEnum):
    """Whether a number counts or measures (cardinal), ranks (ordinal) or names a date."""

    CARDINAL = "cardinal"
    ORDINAL = "ordinal"
    DATE = "date"


class Verdict(StrEnum):
    """How the claims of one fact relate (see docs/explanation/verdicts.md)."""

    CONSISTENT = "consistent"
    DIVERGENT = "divergent"
    CONFLICT = "conflict"


class FindingKind(StrEnum):
    """What a :class:`Finding` is about: two verdicts a fact can have, and two arithmetic checks."""

    CONFLICT = "conflict"
    DIVERGENT = "divergent"
    SUM = "sum"  # parts that do not add up to their stated total
    CHANGE = "change"  # a stated change that does not match the two values it relates


class MeasureAspect(StrEnum):
    """What a measure key says of its concept, written ``_<aspect>`` after it (``project_value``)."""

    VALUE = "value"  # the money what is counted is worth: "4,4 млрд долларға 14 жоба"
    SHARE = "share"  # a percentage of a set: "олардың 50 пайызы"
    CHANGE = "change"  # by how much a level changed, not the level: "951 мингдан ортиқ кўп"
    GAP = "gap"  # a gap from an average: "республикалық орташа деңгейден 36,6%-ға жоғары"
    PLAN = "plan"  # a plan's fulfilment: "режани 102,3 фоизга бажарди"
    OVER_PLAN = "over_plan"  # by how much a plan was exceeded: "6,1 млн шаршы метрге артығымен орындалды"


#: The marks of a measure key's grammar (:class:`MeasureKey`).
STEM, INSTANCE, ASPECT, PART = "~", "#", "_", ">"
# longest first, so that an aspect that ends like another is read whole
_ASPECTS = tuple(sorted(((ASPECT + a.value, a) for a in MeasureAspect), key=lambda s: -len(s[0])))


@attrs.frozen(weakref_slot=False)
class MeasureKey:
    """A measure key as a record: what :attr:`Claim.measure` is, field by field.

    ``str(key)`` writes the key as claims carry it, in one grammar::

        key     = concept ["#" instance] {"_" aspect} {">" part}
        concept = a concept id of lang/data/concepts.toml ("trade_turnover"), or "~" and the
                  transliterated stem of a noun outside the lexicon ("~kombayn")
        part    = a concept id or a "~" stem

    ``forum#21`` (the 21st forum), ``project_value`` (the value of projects),
    ``housing_change>multi_apartment`` (the change of housing, its multi-apartment
    part), ``population>urban``. Aspects stack in the order they are added
    (``project_value_change``); parts come last, a part of a part after its whole.
    :meth:`parse` reads a key back: ``MeasureKey.parse(str(k)) == k``. No concept
    id ends in ``_<aspect>`` or holds a mark, so the grammar is unambiguous.
    """

    concept: str
    instance: int | None = None
    aspects: tuple[MeasureAspect, ...] = ()
    parts: tuple[str, ...] = ()

    def __str__(self) -> str:
        key = self.concept if self.instance is None else f"{self.concept}{INSTANCE}{self.instance}"
        return key + "".join(ASPECT + a.value for a in self.aspects) + "".join(PART + p for p in self.parts)

    @classmethod
    def parse(cls, key: str) -> MeasureKey:
        """The record of a key written by ``str()`` (``"inflation>food"`` → concept ``inflation``, part ``food``)."""
        whole, *parts = key.split(PART)
        aspects: list[MeasureAspect] = []
        found = True
        while found:
            found = False
            for suffix, aspect in _ASPECTS:
                if whole.endswith(suffix) and len(whole) > len(suffix):
                    aspects.append(aspect)
                    whole = whole[: -len(suffix)]
                    found = True
                    break
        concept, mark, number = whole.partition(INSTANCE)
        return cls(concept, int(number) if mark else None, tuple(reversed(aspects)), tuple(parts))

    @property
    def whole(self) -> MeasureKey:
        """The key without its parts: what the parts are parts of."""
        return attrs.evolve(self, parts=()) if self.parts else self

    @property
    def bare(self) -> bool:
        """Is the key its concept itself, parts aside (no instance, no aspect)?"""
        return self.instance is None and not self.aspects

    @property
    def outside_lexicon(self) -> bool:
        """Is the concept the ``~`` stem of a noun outside the lexicon?"""
        return self.concept.startswith(STEM)

    def with_aspect(self, aspect: MeasureAspect) -> MeasureKey:
        """The key with *aspect* added after the ones it has (``tourist`` → ``tourist_change``)."""
        return attrs.evolve(self, aspects=(*self.aspects, aspect))

    def with_part(self, part: str) -> MeasureKey:
        """The key with *part* (a concept id or a ``~`` stem) after the parts it has (``population>urban``)."""
        return attrs.evolve(self, parts=(*self.parts, part))


@attrs.frozen(order=True, weakref_slot=False)
class Span:
    """A half-open character range ``[start, end)`` into a document's text."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start : self.end]


@attrs.frozen(weakref_slot=False)
class Interval:
    """A set of values; ``None`` for a side that is open to infinity."""

    low: Decimal | None
    high: Decimal | None
    low_inclusive: bool = True
    high_inclusive: bool = True

    def __str__(self) -> str:
        lo = "-inf" if self.low is None else f"{self.low:,f}"
        hi = "+inf" if self.high is None else f"{self.high:,f}"
        left = "[" if self.low is not None and self.low_inclusive else "("
        right = "]" if self.high is not None and self.high_inclusive else ")"
        return f"{left}{lo}, {hi}{right}"


@attrs.frozen(weakref_slot=False)
class Quantity:
    """One number in a text, with the bounds its words state.

    ``start``/``end`` index the original text (``text[start:end] == quantity.text``).
    ``value`` is the figure as written (``None`` for a range, which has two);
    ``low``/``high`` are the stated bounds (``None`` for an open side),
    ``precision`` the step of the last written digit (``4,4 млрд`` → 1E+8).
    ``unit`` is an ISO 4217 code, ``"percent"``, ``"count"``, or a unit such as
    ``"t"``, ``"ha"``, ``"year"``; ``change`` is True for "grew by 12.7%".
    """

    start: int
    end: int
    text: str
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    low_inclusive: bool = True
    high_inclusive: bool = True
    precision: Decimal | None = None
    qualifier: Qualifier = Qualifier.EXACT
    approx: bool = False
    unit: str = "count"
    kind: Kind = Kind.CARDINAL
    change: bool = False
    lang: str = ""

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    @property
    def interval(self) -> Interval:
        return Interval(self.low, self.high, self.low_inclusive, self.high_inclusive)


@attrs.frozen(weakref_slot=False)
class Place:
    """A place named near a claim, with the role the grammar gives it.

    ``code`` is an ISO 3166 territory code (``"KZ"``) or a gazetteer id
    (``"KZ-ZAP"`` for West Kazakhstan region); ``role`` is ``"in"``
    (locative), ``"from"`` (origin, demonym), ``"of"`` (genitive scope),
    ``"with"`` (partner) or ``"at"`` (mentioned, no case to tell).
    """

    code: str
    role: str
    start: int
    end: int
    text: str


@attrs.frozen(weakref_slot=False)
class Period:
    """The time a claim refers to, as an inclusive range of days.

    ``text`` is the expression it came from (empty when inherited);
    ``relative`` is True when it was resolved against the publication date.
    """

    start: dt.date
    end: dt.date
    text: str = ""
    relative: bool = False

    def overlaps(self, other: Period) -> bool:
        return self.start <= other.end and other.start <= self.end

    def __str__(self) -> str:
        return f"{self.start.isoformat()}/{self.end.isoformat()}"


@attrs.frozen(weakref_slot=False)
class Claim:
    """A quantity with what it measures, where, when, and with what status.

    ``id`` is derived from the document id and the span, so it is stable.
    ``measure`` is a language-neutral concept key (``"project"``, ``"job"``,
    ``"trade_turnover"``) or, for a noun outside the lexicon, a key derived
    from its transliterated stem (``"~kolledzh"``), with what is said of it
    (``"project_value"``, ``"forum#21"``, ``"inflation>food"``; ``""`` when nothing
    names one); :attr:`measure_key` reads it as a :class:`MeasureKey`. ``frame`` holds the ids of
    the other claims stated with this one (the same clause, or the next
    sentence continuing it with a pronoun).
    """

    id: str
    doc_id: str
    quantity: Quantity
    measure: str
    measure_text: str = ""
    context: tuple[Place, ...] = ()
    time: Period | None = None
    status: str | None = None
    sentence: Span = Span(0, 0)
    frame: tuple[str, ...] = ()
    lang: str = ""

    @property
    def measure_key(self) -> MeasureKey | None:
        """:attr:`measure` as a record (its concept, instance, aspects and parts); None when it is ``""``."""
        return MeasureKey.parse(self.measure) if self.measure else None


@attrs.frozen(weakref_slot=False)
class Reading:
    """How one claim is read when compared: what it states and what it plausibly means.

    ``stated`` is the interval the words allow; ``plausible`` narrows it to
    what a journalist writing that figure would mean (rounding of the written
    precision, "more than X" below the next round step); ``rule`` names the
    assumption in words.
    """

    claim_id: str
    stated: Interval
    plausible: Interval
    rule: str


@attrs.frozen(weakref_slot=False)
class Fact:
    """Claims from different documents about the same thing, with a verdict."""

    id: str
    measure: str
    unit: str
    claims: tuple[Claim, ...]
    verdict: Verdict
    consensus: Interval | None
    readings: tuple[Reading, ...] = ()

    @property
    def measure_key(self) -> MeasureKey:
        """:attr:`measure` as a record (its concept, instance, aspects and parts)."""
        return MeasureKey.parse(self.measure)


@attrs.frozen(weakref_slot=False)
class Finding:
    """Something an editor should look at: a conflict, a divergence, or failed arithmetic.

    ``kind`` is a :class:`FindingKind` (a str enum: ``"conflict"``, ``"divergent"``,
    ``"sum"``, ``"change"``; a string given is converted). ``message`` explains it in numbers.
    For a conflict or divergence, ``evidence`` says in words why the two deciding
    claims were taken for one fact ("same measure 'harvest'; same period
    2025-01-01/2025-09-30 (+1)"), and ``score`` is how strongly (the sum of that
    evidence, in the log-odds units of docs/explanation/linking.md): an editor sorts
    by it, the clearest identities first. Arithmetic findings have neither.
    """

    id: str
    kind: FindingKind = attrs.field(converter=FindingKind)
    fact: Fact | None
    claims: tuple[Claim, ...]
    message: str
    readings: tuple[Reading, ...] = ()
    evidence: tuple[str, ...] = ()
    score: float | None = None


@attrs.frozen
class Check:
    """An arithmetic check inside one document: parts against their total, or a change against two values.

    ``ok`` is False when the arithmetic fails; only failed checks become findings.
    """

    id: str
    kind: str
    doc_id: str
    claims: tuple[Claim, ...]
    ok: bool
    message: str


def stable_id(prefix: str, parts: Iterable[str]) -> str:
    """A short id derived from content: the same parts give the same id on every run."""
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:12]}"
