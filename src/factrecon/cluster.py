"""Group the claims that different documents make about the same fact.

1. **Blocking.** Only claims with the same measure concept, the same unit
   dimension (a currency is its own dimension), the same kind (count, ordinal)
   and the same level/change flag can state one fact. Dates never form facts.
2. **Statements** (per document). Inside one document, claims of one block that
   state the same figure (a lede repeated in the body) are one statement: the
   document speaks once. A statement carries everything its pair scores need,
   computed once: its places by role, time, status, the readings of its frame
   partners, and its document's profile (what else the document reports, and where).
3. **Pair scores** between statements of different documents, from what they are
   about and never from whether their own values agree (that would split off
   exactly the conflicts we look for): place roles, time, status, whether both
   are in a headline, their frame partners (the "$4.4B" that "30 projects"
   and "14 projects" share) and the documents' affinity.
4. **Clustering** (per block). Best links first (ties broken by content-derived
   ids, so the result does not depend on input order); two groups merge only when
   they share no document and every scored link between them is good enough
   (complete linkage: no chaining).

Which pairs are scored decides the cost. Within a block, timed statements meet
only inside the years they cover (disjoint periods never merge). A year with up
to :data:`MAX_BLOCK` statements scores all its pairs, exactly; a larger one (an
archive, not an editor's folder) is scanned as a sorted neighbourhood: sorted by
scope, status, time and document, each statement meets the next :data:`WINDOW`.
So a statement is scored against a bounded number of others and the cost grows
linearly with the number of claims (benchmarks/scale.py measures it).

Steps 2 and 4 need nothing outside one document and one block respectively;
:mod:`factrecon.dask` runs them on a cluster.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import operator
import sys
import threading
import zlib
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Generic, TypeVar

import attrs

from factrecon.model import Claim, Interval, Kind, MeasureKey, Period, Qualifier, Quantity, Reading
from factrecon.readings import (
    _read_figure,
    base_value,
    figure_key,
    forget_readings,
    significant_digits,
    written_step,
)

__all__ = [
    "BlockKey",
    "DocProfile",
    "Group",
    "Statement",
    "block_key",
    "cluster",
    "cluster_block",
    "doc_statements",
    "evidence",
    "fact_statements",
    "pair_score",
    "statements",
    "value_evidence",
]

#: Two groups merge only when every scored link between them reaches this.
#: One strong sign of a different fact (-1.5: another period length, another place,
#: actual against planned) keeps them apart; weak ones do not.
MIN_LINK = -0.75
#: A link joins two statements only from this much evidence for one fact: the same
#: measure and unit alone (a score of 0) is not enough, and the default is to abstain.
JOIN = 0.5
#: Two statements whose figures disagree join only when what they are about (measure,
#: place, time, status, frame, story: everything but the figures) says this strongly that
#: they are one fact; a conflict or divergence is reported on clear identity only.
CLEAR = 1.25
#: Agreement of two figures is evidence of one fact, this much per significant digit
#: past the first (880 946 against 880 946: 5 x 0.75), at most :data:`VALUE_CAP`.
#: Disagreement is never evidence against: conflicts must stay findable.
VALUE_PER_DIGIT = 0.75
VALUE_CAP = 3.0
#: An ordinal names one edition of an event ("the XXI forum", measure ``forum#21``): evidence in itself.
ORDINAL_EVENT = 1.0
#: Two claims told from the same region or city (the headline's, the dateline's), neither naming a place of its own.
STORY_PLACE = 0.5
#: Two periods stated in both claims that cover each other (to 95 %): what a fact is most often told apart by.
SAME_PERIOD = 1.25
#: Two documents that state the same precise figures besides the pair's own tell one story: this much
#: for each such figure, at most :data:`STORY_TWINS`.
STORY_TWIN = 0.75
STORY_TWINS = 1.5
#: Two figures within this ratio of each other are a slip (:func:`slip`) when they disagree.
SLIP_BAND = 1.01
#: Figures this many times apart have no swapped digits (:func:`slip`: 11, not 10, leaves room for the logs'
#: rounding) and are no rounding apart (:func:`_adjacent`)
_FAR = 11.0
#: A year of one block with more statements than this is scanned as a sorted neighbourhood.
MAX_BLOCK = 32
#: In a sorted neighbourhood, each statement meets this many statements after it.
WINDOW = 5

_ACTUAL = frozenset({"under_way", "ongoing", "completed", "done", "current", "achieved"})
_FUTURE = frozenset({"planned", "target", "forecast", "expected", "goal"})
_SCOPE_ROLES = frozenset({"in", "of"})
_ORDINAL = Kind.ORDINAL.value
# Enum members looked up once, as module constants: an Enum attribute lookup is slow, and these run for
# every claim and partner (benchmarks/scale.py).
_DATE = Kind.DATE
_CARDINAL = Kind.CARDINAL
_EXACT = Qualifier.EXACT
_ONE_AND_A_HALF = Decimal("1.5")

#: (measure, unit dimension, kind, change)
BlockKey = tuple[str, str, str, bool]
#: Partners compare when they measure the same thing: (base unit, measure or "" for money).
_Slot = tuple[str, str]
#: A partner as the frame score sees it: its plausible interval as floats (low, low inclusive,
#: high, high inclusive; an open end is -inf or inf) and that interval's midpoint. Floats, not
#: Decimals: the frame score is a heuristic (it takes logs), scored millions of times.
_Partner = tuple[float, bool, float, bool, float | None]
#: The partners of one slot, as a statement holds them (:attr:`Statement.slots`).
_SlotEntry = tuple[_Slot, tuple[_Partner, ...]]
#: A claim's stated and plausible intervals and the rule (:func:`factrecon.reconcile.read_figure`).
_Figure = tuple[Interval, Interval, str]
_T = TypeVar("_T")
_N = TypeVar("_N", bound=Hashable)


def block_key(claim: Claim) -> BlockKey | None:
    """(measure, unit dimension, kind, change) or None when the claim cannot form a fact."""
    q = claim.quantity
    if q.kind == _DATE or not claim.measure:
        return None
    unit, _ = base_value(q)
    return (claim.measure, unit, str(q.kind), q.change)


def _is_region(code: str) -> bool:
    """An ISO 3166-2 code (a region or city, "KZ-ZAP"), not a country ("KZ")."""
    return "-" in code


class _Bits(Generic[_N]):
    """Sets of names (block keys, region codes) as bit masks: one int a set, ``&`` for what two share.

    A set of five to seven strings is a 472-byte frozenset; its mask, an int of a few dozen
    bytes, and two masks intersect faster than two sets. Each name keeps the bit it was
    first given in this process, so there are as many bits as the vocabulary has names
    (an archive's measures and places), however many documents use them. A mask means
    nothing in another process: a :class:`DocProfile` travels (pickle, Dask) as names.
    """

    def __init__(self) -> None:
        self._bits: dict[_N, int] = {}
        self._names: list[_N] = []
        self._lock = threading.Lock()  # a new name takes the next bit: one thread at a time

    def mask(self, names: Iterable[_N]) -> int:
        mask = 0
        for name in names:
            bit = self._bits.get(name)
            if bit is None:
                with self._lock:
                    bit = self._bits.get(name)
                    if bit is None:
                        bit = self._bits[name] = 1 << len(self._names)
                        self._names.append(name)
            mask |= bit
        return mask

    def names(self, mask: int) -> list[_N]:
        """The names of *mask*, in the order their bits were given."""
        return [name for i, name in enumerate(self._names[: mask.bit_length()]) if mask >> i & 1]


_KEY_BITS: _Bits[BlockKey] = _Bits()
_REGION_BITS: _Bits[str] = _Bits()


def _distinct_sorted(figures: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(figures)))


#: How many bits a document's figures are hashed into (:attr:`DocProfile.figure_mask`): a page states some ten
#: precise figures, and two unrelated pages' masks should rarely meet (64 bits: four pairs in five did)
_FIGURE_BITS = 256


@attrs.frozen(repr=False)
class DocProfile:
    """What a document reports (its block keys), where (the regions and cities it names) and when it was published.

    Two documents telling the same story report much the same measures about the
    same places; :func:`pair_score` compares profiles. Reports of one fact
    appear within days of each other: a large block is sorted by publication date
    (:func:`_by_period`), so that they meet in its sorted neighbourhood.

    Made by :meth:`of` from names, or from the masks themselves (:func:`doc_statements` gathers them as it
    reads the claims); the block keys and regions are held as bit masks (:class:`_Bits`), compared millions
    of times.
    """

    #: the block keys it reports (:data:`_KEY_BITS`)
    keys: int = 0
    #: the regions and cities it names (:data:`_REGION_BITS`)
    regions: int = 0
    published: dt.date | None = None
    #: its precise figures (:func:`_twin`: block key and value to three significant digits), by which
    #: two documents of one story recognise each other (:data:`STORY_TWINS`); sorted, each once: a tuple of
    #: five or more is a sixth of the frozenset's 728 bytes, and it is searched only when the masks meet
    figures: tuple[str, ...] = attrs.field(default=(), converter=_distinct_sorted)
    size: int = attrs.field(init=False, eq=False)  # how many block keys
    #: ``figures`` hashed into :data:`_FIGURE_BITS` bits: two profiles whose masks share no bit share no figure (a quick
    #: test before the exact one; a hash is this process's own, so the mask never leaves it)
    figure_mask: int = attrs.field(init=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "size", self.keys.bit_count())  # frozen: set once, here
        mask = 0
        for figure in self.figures:
            mask |= 1 << (hash(figure) % _FIGURE_BITS)
        object.__setattr__(self, "figure_mask", mask)

    @classmethod
    def of(
        cls,
        keys: Iterable[BlockKey] = (),
        regions: Iterable[str] = (),
        published: dt.date | None = None,
        figures: Iterable[str] = (),
    ) -> DocProfile:
        return cls(_KEY_BITS.mask(keys), _REGION_BITS.mask(regions), published, figures)

    def key_names(self) -> list[BlockKey]:
        return _KEY_BITS.names(self.keys)

    def region_names(self) -> list[str]:
        return _REGION_BITS.names(self.regions)

    def __reduce__(self) -> tuple[object, ...]:
        # to another process as names: its bits are its own
        return DocProfile.of, (self.key_names(), self.region_names(), self.published, self.figures)

    def __repr__(self) -> str:
        return (f"DocProfile.of({sorted(self.key_names())!r}, {sorted(self.region_names())!r}, {self.published!r}, "
                f"{list(self.figures)!r})")


@attrs.frozen
class Places:
    """The places a statement names, by role: one object for each set of places (an archive has a few hundred)."""

    #: named "in" or "of" (what the figure is about)
    scope: frozenset[str] = frozenset()
    #: named "from" (where it comes from)
    origin: frozenset[str] = frozenset()
    #: the regions and cities it is "of" ("the region's trade")
    own_regions: frozenset[str] = frozenset()
    #: every place, whatever its role
    codes: frozenset[str] = frozenset()
    #: ``scope`` sorted (``origin`` when it names no scope), as the sorted neighbourhood orders statements
    #: (:func:`_by_period`): the codes joined by a character below any a code has, so that the strings sort as
    #: the tuples of codes would (a string first in a sort key compares faster than a tuple)
    order: str = ""
    #: the regions and cities its story is told from (the headline's and dateline's, role "at")
    story: frozenset[str] = frozenset()
    #: the regions and cities of ``scope``, and of ``codes``
    scope_regions: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()


_NOWHERE = Places()
_ORDER_GLUE = "\x1f"  # (below every printable character: a place code is printable)


@attrs.define(weakref_slot=False)  # a million of them: no slot for weak references (8 bytes each)
class Statement:
    """What one document says once about one figure: its claims (the first states it, others repeat it).

    ``time``, ``status`` and ``places`` gather what its claims say; ``status``
    falls back on the status its frame partners state most (an amount shares
    the verb of its clause: "30 projects under way, worth $4.4B"). The fields
    from ``when`` on are derived once (by :func:`make_statement`), for the pair scores.

    An internal record, built once and never changed, but not frozen: a
    million of them are built for a million claims, and a frozen class sets
    each field through ``object.__setattr__`` (five times slower to build).
    """

    doc_id: str
    key: BlockKey
    claims: tuple[Claim, ...]
    headline: bool | None = None
    time: Period | None = None
    status: str | None = None
    profile: DocProfile = DocProfile()
    places: Places = _NOWHERE

    #: ``time`` as day numbers (first, last) and whether a claim states it (not inherited)
    when: tuple[int, int, bool] | None = attrs.field(default=None, eq=False, repr=False)
    #: the frame partners by slot, in partner order (the frame score sums slots in this order)
    slots: tuple[_SlotEntry, ...] = attrs.field(default=(), eq=False, repr=False)
    #: ``slots`` hashed into 64 bits (:func:`_slot_bit`): two statements whose masks share no bit share no
    #: slot, so their frame score is 0 without a look at the slots (80 % of the pairs of benchmarks/scale.py)
    slot_mask: int = attrs.field(default=0, eq=False, repr=False)
    #: what :func:`~factrecon.reconcile.read_figure` gives for each claim, in order: a fact's readings
    figures: tuple[_Figure, ...] = attrs.field(default=(), eq=False, repr=False)
    #: the first claim's plausible reading as the value evidence compares it, and how many
    #: significant digits its figure is written with (0 for a vague figure: about, a range)
    value: _Partner | None = attrs.field(default=None, eq=False, repr=False)
    digits: int = attrs.field(default=0, eq=False, repr=False)
    #: its first claim's figure as its document's profile holds it (:func:`_twin`), and the figure's
    #: significant digits as :func:`slip` compares them (:func:`_digits`)
    twin: str | None = attrs.field(default=None, eq=False, repr=False)
    mantissa: str = attrs.field(default="", eq=False, repr=False)
    #: the instances its frame's ordinals name, (what, number): "Жобаның бірінші кезегіне 12,5 млрд" is of phase 1
    instances: frozenset[tuple[str, str]] = attrs.field(default=frozenset(), eq=False, repr=False)
    #: stated on a "read also" line: another story's headline, which the page links to, of a time unknown
    aside: bool = attrs.field(default=False, eq=False, repr=False)

    @property
    def id(self) -> str:
        """The id of its first claim (not a field: 16 bytes a statement with the allocator's rounding)."""
        return self.claims[0].id


_SHARED: dict[object, object] = {}


def _shared(value: _T) -> _T:
    """One object for equal values that millions of statements repeat (place sets, periods, slots).

    Bounded: past 100,000 distinct values the table starts again, which costs only sharing. The hottest
    callers look in :data:`_SHARED` first (``_SHARED.get(x) or _shared(x)``, for a value that is never false):
    a value met before then costs a dict look-up and no call.
    """
    if len(_SHARED) > 100_000:
        _SHARED.clear()
    return _SHARED.setdefault(value, value)  # type: ignore[return-value]


@functools.lru_cache(maxsize=4096)
def _when(start: dt.date, end: dt.date, stated: bool) -> tuple[int, int, bool]:
    """A period as day numbers (first, last) and whether it is stated: one tuple for each, however many
    statements name it."""
    return start.toordinal(), end.toordinal(), stated


def _places(named: tuple[tuple[str, str], ...]) -> tuple[Places, int]:
    """The :class:`Places` of the (code, role) pairs a statement's claims name, in the order they name them
    (:func:`_by_role` of their set), and the mask of their regions and cities as a :class:`DocProfile` holds them
    (:data:`_REGION_BITS`); remembered by the pairs themselves (:data:`_PLACES`)."""
    if len(_PLACES) >= 100_000:  # bounded as _shared is (an archive names a few thousand sets of places)
        _PLACES.clear()
    found = _PLACES[named] = (
        _by_role(frozenset(named)),  # shared by its cache
        _REGION_BITS.mask([code for code, _ in named if _is_region(code)]),
    )
    return found


def _named(claim: Claim) -> tuple[tuple[str, str], ...]:
    """The (code, role) pairs of the places a claim names, in order: how :data:`_PLACES` looks them up."""
    context = claim.context
    if len(context) == 1:  # the usual claim: one place (no list to make)
        return ((context[0].code, context[0].role),)
    return tuple([(p.code, p.role) for p in context])


#: :func:`_places` by the pairs as named: a tuple of one or two pairs hashes in a third of the time it takes to
#: make their frozenset and hash it for :func:`_by_role`'s cache (a million statements)
_PLACES: dict[tuple[tuple[str, str], ...], tuple[Places, int]] = {}


@functools.lru_cache(maxsize=4096)
def _by_role(named: frozenset[tuple[str, str]]) -> Places:
    """The :class:`Places` of a set of (code, role): one object for each set while it is cached."""
    scope = frozenset(code for code, role in named if role in _SCOPE_ROLES)
    origin = frozenset(code for code, role in named if role == "from")
    return Places(
        scope,
        origin,
        frozenset(code for code, role in named if role == "of" and _is_region(code)),
        frozenset(code for code, _ in named),
        # (a figure that names its place only as the origin sorts beside those that name it as the scope: "АҚШдан
        # келган ... 500 млн" beside "АҚШ – 577 млн" in a list with no case)
        _ORDER_GLUE.join(sorted(scope or origin)),
        frozenset(code for code, role in named if role == "at" and _is_region(code)),
        frozenset(code for code in scope if _is_region(code)),
        frozenset(code for code, _ in named if _is_region(code)),
    )


def make_statement(
    doc_id: str,
    key: BlockKey,
    claims: Sequence[Claim],
    partners: tuple[Claim, ...],
    headline: bool | None,
    profile: DocProfile,
    traits: Mapping[str, _Traits],
    entries: Mapping[str, _SlotEntry | None],
    places_of: Mapping[str, Places],
    twin: str | None,
    aside: bool = False,
) -> Statement:
    """A Statement with its places, time and status gathered from its claims (and partners).

    *traits* holds the :data:`_Traits` of each claim and partner by id, *entries* the slot and reading of each
    as a partner (None without a slot), *places_of* the places of each claim: :func:`doc_statements` works
    each out once a claim. *twin* is the first claim's figure as its document's profile holds it
    (:func:`_twin`); *aside*, whether it is stated on a "read also" line (:attr:`Statement.aside`).
    """
    # the first time and status any claim states; every place any claim names (one pass: hot at scale)
    if len(claims) == 1:  # the usual statement: one claim, no repeat (no loop, no list to grow)
        only = claims[0]
        time, status = only.time, only.status or None
        places = places_of[only.id]
        figure, value, digits, _, mantissa = traits[only.id]
        figures: tuple[_Figure, ...] = (figure,)
    else:
        time = status = None
        found_places: list[tuple[str, str]] = []
        for c in claims:
            time = time or c.time
            status = status or c.status or None
            found_places += [(p.code, p.role) for p in c.context]
        named = tuple(found_places)
        places = (_PLACES.get(named) or _places(named))[0]
        figures = tuple([traits[c.id][0] for c in claims])
        _, value, digits, _, mantissa = traits[claims[0].id]
    if status is None and partners:
        stated = [p.status for p in partners if p.status]
        if len(stated) > 1:  # the status most partners state, the first by name of as many (no dict of counts)
            status = max(sorted(set(stated)), key=stated.count)
        elif stated:
            status = stated[0]
    slots: dict[_Slot, _SlotEntry] = {}
    instances: list[tuple[str, str]] = []
    mask = 0
    for p in partners:
        entry = entries[p.id]
        if entry is not None:
            slot = entry[0]
            found = slots.get(slot)
            if found is None:
                slots[slot] = entry
                mask |= _SLOT_BITS.get(slot) or _slot_bit(slot)  # the bit looked up (no call): every partner
            else:
                slots[slot] = (slot, found[1] + entry[1])
        # the ordinals of its frame (``phase#2``: :attr:`Statement.instances`), in the same pass
        if p.quantity.kind != _CARDINAL and p.measure and "#" in p.measure:
            instances.append(p.measure.rpartition("#")[::2])
    # every field by position: keywords cost as much again as the whole __init__ (a million statements)
    return Statement(
        doc_id,
        key,
        tuple(claims),
        headline,
        time,
        status,
        profile,
        places,
        None if time is None else _when(time.start, time.end, bool(time.text)),
        tuple(slots.values()),  # slots
        (_SHARED.get(mask) or _shared(mask)) if mask else 0,  # type: ignore[arg-type]  # slot_mask
        figures,
        value,
        digits,
        twin,
        mantissa,
        _shared(frozenset(instances)) if instances else _NO_INSTANCES,  # instances
        aside,
    )


#: The instances of a statement whose frame names no ordinal (almost all): one shared empty set (a set of its
#: own for each would be a tenth of the clustering's memory at a million claims).
_NO_INSTANCES: frozenset[tuple[str, str]] = frozenset()


@attrs.frozen
class Group:
    """Statements from different documents about one fact (and the readings of their claims, by id)."""

    measure: str
    unit: str
    statements: tuple[tuple[Claim, ...], ...]
    readings: Mapping[str, Reading] = attrs.field(factory=dict, eq=False, repr=False)
    #: the statements themselves, for :meth:`explain`
    members: tuple[Statement, ...] = attrs.field(default=(), eq=False, repr=False)

    def explain(self, first: str, second: str) -> tuple[float, tuple[str, ...]]:
        """:func:`evidence` for the statements whose first claims have these ids.

        Two figures that disagree may be in one fact because other pages state the very same two figures
        with a clear identity (a page that restates a figure without its year: :func:`_restates`); then
        the evidence of the clearest such pair is given, and says whose it is.
        """
        by_id = {s.id: s for s in self.members}
        a, b = by_id[first], by_id[second]
        found = evidence(a, b)
        if found[0] >= CLEAR:
            return found
        best: tuple[float, tuple[str, ...]] | None = None
        for x in self.members:
            for y in self.members:
                if x.value == a.value and y.value == b.value and x.doc_id != y.doc_id and not (x is a and y is b):
                    score, words = evidence(x, y)
                    if score >= CLEAR and (best is None or score > best[0]):
                        best = score, (*words, f"as {x.doc_id} and {y.doc_id} state the same two figures")
        return best or found


def _times_compatible(a: Period | None, b: Period | None) -> bool:
    return a is None or b is None or a.overlaps(b)


def doc_statements(
    claims: Sequence[Claim],
    headline_end: int | None = None,
    published: dt.date | None = None,
    rounding: str = "lenient",
    asides: Sequence[tuple[int, int]] = (),
) -> list[Statement]:
    """One document's statements, each with the document's profile (claims in any order).

    Needs nothing from other documents: repeats, frame partners and the profile
    all lie inside the document. Each claim is read once, as a partner and for its fact.
    *asides* are the (start, end) of its "read also" lines: another story's headline (:attr:`Statement.aside`).
    """
    ordered = sorted(claims, key=_TEXT_ORDER)
    return _ordered_statements(ordered, {c.id: c for c in ordered}, headline_end, published, rounding, asides)


def _ordered_statements(
    ordered: Sequence[Claim],
    by_id: Mapping[str, Claim],
    headline_end: int | None = None,
    published: dt.date | None = None,
    rounding: str = "lenient",
    asides: Sequence[tuple[int, int]] = (),
) -> list[Statement]:
    """:func:`doc_statements` of claims already in text order (:data:`_TEXT_ORDER`), one for each id, and *by_id*
    mapping each id to its claim: :func:`~factrecon.reconcile.doc_part` has both at hand (it sorts and dedupes a
    document's claims for its own part), and a second sort and map would repeat them for every document."""
    memo = _TRAITS if rounding == "lenient" else _TRAITS_STRICT
    # each claim's traits, its entry as a frame partner and (with a block key) its places, by id: worked out once,
    # in one pass, for every claim but dates (which are no one's partner), whether it states a figure of a block,
    # is a partner, or both (nine claims in ten are both)
    traits: dict[str, _Traits] = {}
    entries: dict[str, _SlotEntry | None] = {}
    places_of: dict[str, Places] = {}
    runs_of: dict[tuple[BlockKey, tuple[object, ...]], list[list[Claim]]] = {}
    twins: dict[str, str] = {}
    keys = regions = 0  # the profile's masks (:class:`DocProfile`), gathered in the same pass
    for claim in ordered:
        q = claim.quantity
        if q.kind == _DATE:
            continue  # no block key, no partner: dates never form facts
        figure = figure_key(q)
        # each distinct figure's traits once: a dict look-up for a repeated one, no call (78 % of 1M claims)
        found = traits[claim.id] = memo.get(figure) or _traits(q, figure, rounding)
        # its block key and slot by what decides them, looked up: not block_key, _partner_slot, base_value, the
        # key's bit and _shared again for each claim
        where = (claim.measure, q.unit, q.kind, q.change)
        key, key_bit, slot = _SORTED.get(where) or _sorted(claim, where)
        if slot is None:
            entries[claim.id] = None
        else:  # one entry for each slot and reading, which every statement the claim is a partner of holds
            entry = (slot, (found[1],))
            entries[claim.id] = _SHARED.get(entry) or _shared(entry)  # type: ignore[assignment]
        if key is None:
            continue  # no block key: a partner only
        keys |= key_bit
        named = _named(claim)
        places_of[claim.id], region_bits = _PLACES.get(named) or _places(named)
        regions |= region_bits
        if found[3] is not None:
            twins[claim.id] = _twin(key, found[3])
        # a document restates a figure in the same words or others: same qualifier, value and bounds, compared as
        # numbers ("1,5 foiz punktga, yaʼni 150 bazis punktga": 1.5 and 1.50 percentage points)
        runs = runs_of.setdefault((key, (q.qualifier, q.value, q.low, q.high)), [])
        time = claim.time
        for run in runs:
            if time is None or all(c.time is None or time.overlaps(c.time) for c in run):  # _times_compatible, inline
                run.append(claim)
                break
        else:
            runs.append([claim])
    if not runs_of:
        return []
    profile = DocProfile(keys, regions, published, twins.values())  # the masks themselves: no DocProfile.of
    if len(profile.figures) < len(twins):  # two precise figures of one size (the profile holds each once): no set
        _join_restatements(runs_of, twins)
    if headline_end is not None:
        _join_headline_paraphrase(runs_of, headline_end)
    # a claim without a frame takes its sentence's figures as partners (extraction gives most a frame)
    by_sentence = {} if all(map(_FRAME, ordered)) else _by_sentence(ordered)
    out = []
    for (key, _), runs in runs_of.items():
        for run in runs:
            partners = _partners(run, by_id, by_sentence)
            at = run[0].quantity.start
            headline = None if headline_end is None else at < headline_end
            aside = bool(asides) and any(a <= at < b for a, b in asides)
            out.append(
                make_statement(
                    run[0].doc_id, key, run, partners, headline, profile, traits, entries, places_of,
                    twins.get(run[0].id), aside,
                )
            )
    return out


def _join_headline_paraphrase(runs_of: dict[tuple[BlockKey, tuple[object, ...]], list[list[Claim]]], end: int) -> None:
    """Join a headline's rounder figure to the one body figure of its block it states ("Аҳоли 20,2 миллиондан
    ошди" over "20 286 084 кишини ташкил этди", "19 миллион квадрат метрга яқин" over "18,96 млн"): the body
    figure lies within the headline's stated bounds, is written more precisely, and no other body figure
    of the block does. The document speaks once; the body's figure states it, the headline repeats it.
    """
    by_key: dict[BlockKey, list[tuple[tuple[BlockKey, tuple[object, ...]], int]]] = defaultdict(list)
    for where, runs in runs_of.items():
        for n, _ in enumerate(runs):
            by_key[where[0]].append((where, n))
    gone: set[tuple[tuple[BlockKey, tuple[object, ...]], int]] = set()
    for found in by_key.values():
        if len(found) < 2:
            continue
        heads = [(w, n) for w, n in found if all(c.quantity.start < end for c in runs_of[w][n])]
        for where, n in heads:
            head = runs_of[where][n][0].quantity
            inside = [
                (w, m) for w, m in found
                if (w, m) not in gone and (w, m) != (where, n) and runs_of[w][m][0].quantity.start >= end
                and _within_stated(runs_of[w][m][0].quantity, head)
            ]
            if len(inside) != 1:
                continue
            there, m = inside[0]
            body = runs_of[there][m]
            if all(_times_compatible(x.time, y.time) for x in body for y in runs_of[where][n]):
                body.extend(runs_of[where][n])  # the body's figure first: it states it
                gone.add((where, n))
    for there, m in sorted(gone, key=lambda g: -g[1]):
        del runs_of[there][m]


def _within_stated(fine: Quantity, head: Quantity) -> bool:
    """Is *fine* an exact figure written more precisely than *head*, inside *head*'s stated bounds and within
    one of its written steps ("more than 20,2 million": 20 286 084; not "up to 30 billion": 4,4 billion)?
    An exact figure is more precise than a bound written with as many digits ("30 млрд долларға дейін" over
    "30 млрд долларға")."""
    if fine.value is None or head.value is None or fine.qualifier != Qualifier.EXACT or fine.change != head.change:
        return False
    digits, head_digits = significant_digits(fine), significant_digits(head)
    if digits < head_digits or (digits == head_digits and head.qualifier == Qualifier.EXACT):
        return False
    v = fine.value * base_value(fine)[1]
    factor = base_value(head)[1]
    if abs(v - head.value * factor) > written_step(head) * factor:
        return False
    low = None if head.low is None else head.low * factor
    high = None if head.high is None else head.high * factor
    if low is not None and (v < low or (v == low and not head.low_inclusive)):
        return False
    return not (high is not None and (v > high or (v == high and not head.high_inclusive)))


def _join_restatements(
    runs_of: dict[tuple[BlockKey, tuple[object, ...]], list[list[Claim]]], twins: Mapping[str, str]
) -> None:
    """Join the runs of one document that state one figure at two precisions ("18,96 млн" and
    "18 963,4 мың"): the finer figure rounds to the coarser one, both written with three significant
    digits or more (*twins*: each such claim's :func:`_twin`, by id), and their periods agree.
    The document speaks once; left apart, one of the two could only split its fact (a fact holds one
    statement of each document).
    """
    if len(twins) < 2 or len(set(twins.values())) == len(twins):
        return  # no two precise figures of one size (:func:`_twin`): the usual document
    by_size: dict[str, list[tuple[Decimal, Decimal, tuple[BlockKey, tuple[object, ...]], int]]] = {}
    for (key, figure), runs in runs_of.items():
        for n, run in enumerate(runs):
            q = run[0].quantity
            twin = twins.get(run[0].id)
            if twin is None or q.value is None or q.qualifier != Qualifier.EXACT:
                continue
            factor = base_value(q)[1]
            by_size.setdefault(twin, []).append((q.value * factor, written_step(q) * factor, (key, figure), n))
    gone: set[tuple[tuple[BlockKey, tuple[object, ...]], int]] = set()
    for found in by_size.values():
        if len(found) < 2:
            continue
        found.sort(key=lambda f: -f[1])  # coarsest first
        for k, (coarse, step, where, n) in enumerate(found):
            if (where, n) in gone:
                continue
            for fine, fine_step, there, m in found[k + 1 :]:
                if (there, m) in gone or fine_step >= step or there == where:
                    continue
                if (fine / step).to_integral_value(ROUND_HALF_UP) * step != coarse:
                    continue
                into, other = runs_of[where][n], runs_of[there][m]
                if all(_times_compatible(x.time, y.time) for x in into for y in other):
                    into.extend(other)
                    into.sort(key=lambda c: (c.quantity.start, c.id))
                    gone.add((there, m))
    for there, m in sorted(gone, key=lambda g: -g[1]):
        del runs_of[there][m]


def _mantissa(q: Quantity, written: str) -> str:
    """A figure's :func:`_digits` as :attr:`Statement.mantissa` holds it ("" without a value); *written* is its
    value as :func:`~factrecon.readings.figure_key` writes it."""
    if q.value is None:
        return ""
    # one string for each value, looked up by the value as written (a quarter as many values as distinct
    # figures in 100k claims of benchmarks/scale.py: "more than 90", "about 90" and "90 t" share it); the
    # figure key's own string, so that the memo holds no string of its own
    found = _MANTISSAS.get(written)
    if found is None:
        if len(_MANTISSAS) >= _TRAITS_MAX:
            _MANTISSAS.clear()
        found = _MANTISSAS[written] = sys.intern(_digits(float(q.value)))
    return found


_MANTISSAS: dict[str, str] = {}


#: What the statements need of a figure, worked out once for each distinct figure (:func:`_traits`): its reading
#: (:func:`~factrecon.readings.read_figure`), that reading's plausible interval as the value evidence and the
#: frame score compare it (:func:`_as_partner`), its significant digits, its value as :func:`_twin` writes
#: it (None for a vague figure) and its :func:`_mantissa`.
_Traits = tuple[_Figure, _Partner, int, str | None, str]


def _traits(q: Quantity, key: tuple[object, ...], rounding: str = "lenient") -> _Traits:
    """The :data:`_Traits` of a figure, by its :func:`~factrecon.readings.figure_key` *key*: each distinct figure
    is worked out once (an archive repeats its figures: 78 % of 1M claims in benchmarks/scale.py), and a repeated
    one costs one dict look-up (:func:`doc_statements` looks in the memo itself). Bounded as
    :func:`~factrecon.readings.read_figure`'s memo is, which it does not fill (it holds the reading itself)."""
    memo = _TRAITS if rounding == "lenient" else _TRAITS_STRICT
    found = memo.get(key)
    if found is None:
        if len(memo) >= _TRAITS_MAX:
            memo.clear()
        figure = _read_figure(q, rounding)
        digits = significant_digits(q)
        twin = None if q.value is None or digits < 3 else sys.intern(f"{float(q.value * base_value(q)[1]):.3g}")
        found = memo[key] = (figure, _as_partner(figure[1]), digits, twin, _mantissa(q, str(key[1])))
    return found


#: :func:`_traits` by figure key, read with ``rounding="lenient"`` and with ``"strict"`` (the reading differs)
_TRAITS: dict[tuple[object, ...], _Traits] = {}
_TRAITS_STRICT: dict[tuple[object, ...], _Traits] = {}
_TRAITS_MAX = 500_000


def forget_traits() -> None:
    """Let :func:`_traits`' memo (and :func:`_mantissa`'s, and :func:`~factrecon.readings.read_figure`'s, keyed
    alike) go once a batch's statements are made: they serve only their making, and at a million claims
    they hold some 200,000 figures that the clustering's peak would otherwise carry."""
    _TRAITS.clear()
    _TRAITS_STRICT.clear()
    _MANTISSAS.clear()
    forget_readings()


def _sorted(claim: Claim, where: tuple[str, str, Kind, bool]) -> tuple[BlockKey | None, int, _Slot | None]:
    """What a claim's measure, unit, kind and change flag (*where*) decide, remembered by them (:data:`_SORTED`):
    its :func:`block_key` (None without a measure), that key's bit in a :class:`DocProfile` (:data:`_KEY_BITS`; 0
    without one) and its slot as a frame partner (:func:`_partner_slot`), the key and slot shared."""
    if len(_SORTED) >= 100_000:  # bounded as _shared is (an archive has a few thousand)
        _SORTED.clear()
    key = block_key(claim)
    slot = _partner_slot(claim)
    found = _SORTED[where] = (
        None if key is None else _shared(key),
        0 if key is None else _KEY_BITS.mask([key]),
        None if slot is None else _shared(slot),
    )
    return found


_SORTED: dict[tuple[str, str, Kind, bool], tuple[BlockKey | None, int, _Slot | None]] = {}
#: claims in text order (their start, then id): a key function in C, for the sorts of every document
_TEXT_ORDER = operator.attrgetter("quantity.start", "id")
_FRAME = operator.attrgetter("frame")


def _twin(key: BlockKey, value: str) -> str:
    """A precise figure (three significant digits or more) as two documents of one story both state it: its
    block key and its *value* in base units to three significant digits (``43,82 млрд`` and ``43 820 млн``
    alike; :func:`_traits` writes it), as one interned string: one object for each figure, shared by the
    statements and profiles that state it, whose hash is computed once (:func:`story_evidence` puts a profile's
    figures in a set for every pair it asks about; a tuple of tuples is hashed anew each time)."""
    return sys.intern(f"{key[0]}\x1f{key[1]}\x1f{key[2]}\x1f{int(key[3])}\x1f{value}")


def statements(claims: Sequence[Claim], headlines: Mapping[str, int] | None = None) -> list[Statement]:
    """Collapse each document's repeats into statements, sorted by id (see :func:`doc_statements`)."""
    headlines = headlines or {}
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_doc[c.doc_id].append(c)
    out = [s for doc_id, cs in by_doc.items() for s in doc_statements(cs, headlines.get(doc_id))]
    out.sort(key=lambda s: s.id)
    return out


def _by_sentence(claims: Iterable[Claim]) -> dict[tuple[int, int], list[Claim]]:
    index: dict[tuple[int, int], list[Claim]] = defaultdict(list)
    for c in claims:
        index[(c.sentence.start, c.sentence.end)].append(c)
    return index


def _partners(
    run: Sequence[Claim], by_id: Mapping[str, Claim], sentence_index: Mapping[tuple[int, int], list[Claim]]
) -> tuple[Claim, ...]:
    """The other figures stated with these claims: their frames, or (without frames) their sentences."""
    if len(run) == 1 and len(run[0].frame) == 2:  # the usual statement: one claim, two partners (no dict, no loop)
        own_id, (a, b) = run[0].id, run[0].frame
        pa, pb = by_id.get(a), by_id.get(b)
        if (
            pa is not None and pb is not None and a != b and own_id != a and own_id != b
            and pa.quantity.kind != _DATE and pb.quantity.kind != _DATE
        ):
            return (pa, pb) if a < b else (pb, pa)  # in id order, as below
    if len(run) == 1 and run[0].frame:  # one claim with its frame (no sets, no lists)
        own_id = run[0].id
        one: dict[str, Claim] = {}
        for i in run[0].frame:
            o = by_id.get(i)
            if o is not None and i != own_id and o.quantity.kind != _DATE:
                one[i] = o  # by_id holds one claim for each id
        # in id order (the frame score sums slots in partner order): two partners (the usual frame) compared
        # directly, more sorted; no generator (a million statements)
        if len(one) == 2:
            a, b = one
            return (one[a], one[b]) if a < b else (one[b], one[a])
        return tuple(map(one.__getitem__, sorted(one))) if len(one) > 1 else tuple(one.values())
    own = {c.id for c in run}
    found: dict[str, Claim] = {}
    for c in run:
        ids = c.frame
        if ids:
            others = [by_id[i] for i in ids if i in by_id]
        elif c.sentence.end > c.sentence.start:
            others = sentence_index.get((c.sentence.start, c.sentence.end), [])
        else:
            others = []
        for o in others:
            if o.id not in own and o.quantity.kind != _DATE:
                found.setdefault(o.id, o)
    return tuple(found[k] for k in sorted(found))


# --------------------------------------------------------------------------- pair scores


def _midpoint(lo: Decimal | None, hi: Decimal | None) -> float | None:
    if lo is None and hi is None:
        return None
    if lo is None:
        lo = Decimal(0)
    if hi is None:
        hi = lo * _ONE_AND_A_HALF
    mid = float((lo + hi) / 2)
    return mid if mid > 0 else None


def _partner_slot(c: Claim) -> _Slot | None:
    """Partners compare when they measure the same thing: same unit, and same concept unless money."""
    if c.quantity.kind != _CARDINAL:
        return None
    unit, _ = base_value(c.quantity)
    money = len(unit) == 3 and unit.isupper()
    return (unit, "" if money else c.measure)


def _slot_bit(slot: _Slot) -> int:
    """A slot's bit in :attr:`Statement.slot_mask`: the same in every process (statements travel to Dask
    workers), so not ``hash``. Remembered in :data:`_SLOT_BITS`, where the hot caller looks first."""
    if len(_SLOT_BITS) >= 100_000:  # bounded as _shared is (an archive has a few hundred slots)
        _SLOT_BITS.clear()
    bit = _SLOT_BITS[slot] = 1 << (zlib.crc32("\0".join(slot).encode()) & 63)
    return bit


_SLOT_BITS: dict[_Slot, int] = {}


def _as_partner(plausible: Interval) -> _Partner:
    """A plausible interval as the frame score compares it (:data:`_Partner`)."""
    return _partner_of(plausible.low, plausible.low_inclusive, plausible.high, plausible.high_inclusive)


# equal intervals, equal floats: figures repeat, and float(Decimal) is slow; cached by the fields, which
# hash in C, where an Interval hashes in Python (attrs)
@functools.lru_cache(maxsize=65536)
def _partner_of(lo: Decimal | None, lo_inclusive: bool, hi: Decimal | None, hi_inclusive: bool) -> _Partner:
    return (
        -math.inf if lo is None else float(lo),
        lo_inclusive,
        math.inf if hi is None else float(hi),
        hi_inclusive,
        _midpoint(lo, hi),
    )


def _meet(a: _Partner, b: _Partner) -> bool:
    """Do two partners' plausible intervals overlap? (:func:`factrecon.reconcile.overlaps` on floats)."""
    # the higher lower end (at one value, the open one) and the lower upper end (at one value, the open one)
    lo, lo_inclusive = (a[0], a[1]) if a[0] > b[0] or (a[0] == b[0] and not a[1]) else (b[0], b[1])
    hi, hi_inclusive = (a[2], a[3]) if a[2] < b[2] or (a[2] == b[2] and not a[3]) else (b[2], b[3])
    return lo < hi or (lo == hi and lo_inclusive and hi_inclusive)


# how many widths of the wider plausible reading two partners' midpoints may lie apart and still count as agreeing
_PARTNER_STEPS = 10


def _partner_similarity(a: _Partner, b: _Partner) -> float:
    """+1 when the partners' plausible readings overlap, falling to 0 as they move apart (log scale).

    Disagreeing partners are no evidence against: they may be the very conflict to report.
    """
    if _meet(a, b):
        return 1.0
    ma, mb = a[4], b[4]
    if ma is None or mb is None:
        return 0.0
    if abs(ma - mb) > _PARTNER_STEPS * max(a[2] - a[0], b[2] - b[0]):
        # two precise figures far apart for their precision ("20 384 512 адамға жетті" and "20 438 912 адамға
        # жетті": two months' counts, not one figure rounded two ways) are no agreement, however close in ratio
        return 0.0
    return max(0.0, 1.0 - 4.0 * abs(math.log(ma / mb)))


def _frame_score(a: Statement, b: Statement) -> float:
    """The best agreement of each kind of partner both statements have, summed, within ±2."""
    total = 0.0
    for slot, theirs in b.slots:
        for own_slot, ours in a.slots:  # a handful of slots: a scan beats a dict per statement
            if own_slot == slot:
                if len(ours) == 1 and len(theirs) == 1:  # the usual case: no list to build
                    total += _partner_similarity(ours[0], theirs[0])
                else:
                    total += max([_partner_similarity(x, y) for x in ours for y in theirs])
                break
    return -2.0 if total < -2.0 else 2.0 if total > 2.0 else total  # within ±2 (min/max cost calls)


def _regional_only_one_side(a: Places, b: Places) -> bool:
    """*a* is a region's figure (genitive: "the region's trade") and *b* names only other, national places."""
    return bool(a.own_regions and b.codes) and a.own_regions.isdisjoint(b.codes) and not any(map(_is_region, b.codes))


def _elsewhere(a: Places, b: Places) -> bool:
    """*a* is about a region or city, and *b*, about no place of its own, is a story from other regions."""
    return bool(a.scope_regions and b.regions) and not b.scope and a.scope.isdisjoint(b.regions)


def pair_score(a: Statement, b: Statement) -> float | None:
    """How strongly two statements look like one fact; None when they cannot be.

    The evidence of what they are about (:func:`_score`: time, places, status,
    headline, frame partners, the documents' story) plus the agreement of their
    figures (:func:`value_evidence`). Disagreeing figures add nothing either way.
    """
    if a.doc_id == b.doc_id or a.key != b.key:
        return None
    weight, agree = value_evidence(a, b)
    context = _context(a, b, agree)
    return None if context is None else context + weight


def value_evidence(a: Statement, b: Statement) -> tuple[float, bool]:
    """What the two figures say for one fact, and whether they agree (plausible readings overlap).

    Agreeing figures are evidence of identity growing with their precision:
    :data:`VALUE_PER_DIGIT` for each significant digit past the first of the less
    precise one, at most :data:`VALUE_CAP` (two articles that both say 880 946
    tonnes are about the same thing; two that both say 30 prove nothing). A figure
    bounded on one side only ("more than 535 thousand") counts half. Disagreeing
    figures give 0: never evidence against, or no conflict could be found.
    """
    va, vb = a.value, b.value
    if a.key[2] == _ORDINAL:
        return 0.0, True  # the number is the measure's (forum#21): scored as the event
    if va is None or vb is None or va[2] < vb[0] or vb[2] < va[0] or not _meet(va, vb):  # apart: no call (most pairs)
        return 0.0, False
    digits = a.digits if a.digits < b.digits else b.digits
    if digits < 2:
        return 0.0, True
    weight = VALUE_PER_DIGIT * (digits - 1)
    if va[0] == -math.inf or va[2] == math.inf or vb[0] == -math.inf or vb[2] == math.inf:
        weight /= 2  # pragma: no cover - plausible readings are bounded; kept for safety
    if a.claims[0].quantity.qualifier != b.claims[0].quantity.qualifier:
        weight /= 2
    return (VALUE_CAP if weight > VALUE_CAP else weight), True


def story_evidence(a: Statement, b: Statement) -> tuple[float, int]:
    """What the two documents' shared precise figures of other measures say: they tell one story.

    Two pages that both state two precise figures (:func:`_twin`) besides the pair's own
    are about the same things (:data:`STORY_TWINS`; one: :data:`STORY_TWIN`). Returns the
    weight and how many figures they share.
    """
    pa, pb = a.profile, b.profile
    if not pa.figure_mask & pb.figure_mask:
        return 0.0, 0
    shared = set(pa.figures).intersection(pb.figures)  # in C: each profile holds each figure once
    shared.discard(a.twin)  # not the pair's own figures
    shared.discard(b.twin)
    twins = len(shared)
    weight = STORY_TWIN * twins
    return (STORY_TWINS if weight > STORY_TWINS else weight), twins


def _digits(x: float, n: int = 7) -> str:
    """The first *n* significant digits of a figure, trailing zeros dropped ("13,5" and "135" alike)."""
    return f"{abs(x):.{n - 1}e}".split("e")[0].replace(".", "").rstrip("0")


def slip(a: Statement, b: Statement) -> bool:
    """Do two disagreeing figures look like one figure misreported?

    Swapped digits (``15,3`` and ``13,5``), a scale word off by a thousand (``19,8 млн``
    and ``19,8 минг``), or two precise figures within 1 % of each other (``10,8`` and ``10,7``): the slips
    outlets make. Figures far apart are no slip (and still no evidence against).
    """
    ma, mb = a.value[4] if a.value else None, b.value[4] if b.value else None
    if ma is None or mb is None or ma == math.inf or mb == math.inf:  # a figure beyond floats
        return False
    hi, lo = (ma, mb) if ma > mb else (mb, ma)
    ratio = hi / lo
    if ratio <= SLIP_BAND and (a.digits if a.digits < b.digits else b.digits) >= 3:  # precise, a rounding apart
        return True
    da, db = a.mantissa, b.mantissa
    if not da or not db:
        return False
    # swapped digits need one order of magnitude: figures ten times apart or more never have it (most pairs; 11,
    # not 10, leaves room for the logs' rounding), so the digits are sorted only for figures closer than that
    if ratio < _FAR:
        n = min(len(da), len(db))  # a truncated figure against the full one: "808,9" and "880 946" to 4 digits
        if n >= 3 and math.floor(math.log10(ma)) == math.floor(math.log10(mb)) and sorted(da[:n]) == sorted(db[:n]):
            return True
    return da == db and _scale_apart(ratio)


def _scale_apart(ratio: float) -> bool:
    """Are two figures a scale word apart (a thousand or a million times: ``19,8 млн`` and ``19,8 минг``)?"""
    return abs(ratio / 1e3 - 1) < 1e-6 or abs(ratio / 1e6 - 1) < 1e-6


#: How far apart (a ratio) two figures of two significant digits or more one step apart can be: 10 and 11, with room
#: for the floats' rounding
_NEIGHBOURS = 1.25


def _adjacent(a: Statement, b: Statement) -> bool:
    """Are two disagreeing figures one rounding apart: exact, written to the same step with two significant
    digits or more, and that step apart ("2,5%" and a truncated "2,4%")?

    What two outlets that round one figure differently write; a story's other figures of a block are
    further apart.
    """
    if a.digits < 2 or b.digits < 2 or a.value is None or b.value is None:
        return False
    ma, mb = a.value[4], b.value[4]
    if ma and mb and abs(ma) < math.inf and abs(mb) < math.inf:
        # a step of a figure of two significant digits or more is at most a tenth of it: far apart, no Decimals
        ra, rb = abs(ma), abs(mb)
        if ra > rb * _NEIGHBOURS or rb > ra * _NEIGHBOURS:
            return False
    if (a.when is not None and a.when[2]) != (b.when is not None and b.when[2]):
        return False  # a figure of a stated year ("2030 йилигача 35 тонна") against one of none: a target, a rate
    qa, qb = a.claims[0].quantity, b.claims[0].quantity
    if qa.value is None or qb.value is None or qa.qualifier != Qualifier.EXACT or qb.qualifier != Qualifier.EXACT:
        return False
    fa, fb = base_value(qa)[1], base_value(qb)[1]
    step = written_step(qa) * fa
    if step != written_step(qb) * fb:
        return False
    return abs(qa.value * fa - qb.value * fb) == step


def _clear(a: Statement, b: Statement, crowded: bool = False) -> tuple[float | None, bool]:
    """The context of two disagreeing figures (:func:`_context`) and whether it makes them clearly one fact.

    :data:`CLEAR` of it; for figures far apart (no :func:`slip`) of two documents that each state
    several figures of the block (*crowded*), :data:`CLEAR` without the shared period: one year's
    many figures of a measure (a total, its parts, a field's, a plan) cannot be told apart by the year.
    """
    context, clear, _ = _clear_slip(a, b, crowded)
    return context, clear


def _clear_slip(a: Statement, b: Statement, crowded: bool) -> tuple[float | None, bool, bool]:
    """:func:`_clear`, and whether the figures are a :func:`slip` (False when that was not asked)."""
    context = _score(a, b)
    if context is None or context + STORY_TWINS < CLEAR:
        return context, False, False  # nothing the story could add makes it clear (most pairs: no slip to look for)
    if context < CLEAR and not a.profile.figure_mask & b.profile.figure_mask:
        return context, False, False  # the documents share no figure: the story adds nothing (no slip to look for)
    return _clear_rest(a, b, context, crowded)


def _clear_rest(a: Statement, b: Statement, context: float, crowded: bool) -> tuple[float, bool, bool]:
    """:func:`_clear_slip` for a *context* (:func:`_score`) that the story's figures could make clear."""
    if (a.status in _FUTURE) != (b.status in _FUTURE) and (a.status is None or b.status is None):
        # a plan against a figure that says nothing of being one: "the region's 2025 plan, +2,9 %" and "its
        # output fell 9,8 %" are two facts, whatever the place; the figures disagree, so it is no clear identity
        return context, False, False
    slipped = slip(a, b)
    if slipped or paraphrase(a, b) or _adjacent(a, b):
        context += story_evidence(a, b)[0]
        return context, context >= CLEAR, slipped
    if crowded:
        # two pages each state many figures of a measure for one period (a total, its parts, a neighbour's,
        # a plan): the period cannot tell which two are one fact
        return context, context - max(_period(a, b) or 0.0, 0.0) >= CLEAR, False
    return context, context >= CLEAR, False


def _context(a: Statement, b: Statement, agree: bool) -> float | None:
    """:func:`_score` plus the story's evidence, which counts for two precise figures that agree, and for a
    :func:`slip`: a vague figure (a range, "about") agrees with too much for the story to place it."""
    context = _score(a, b)
    if context is not None and (_precise(a, b) if agree else slip(a, b) or paraphrase(a, b)):
        context += story_evidence(a, b)[0]
    return context


def paraphrase(a: Statement, b: Statement) -> bool:
    """Is one of two disagreeing figures a headline's rounder paraphrase of the other, about one place?

    A headline states its story's figure rounded or as a bound ("АҚШдан ... 500 млн доллардан ошди")
    where another page's body gives it precisely ("АҚШ – 577 млн доллар"): the slip headlines make. Like a
    :func:`slip`, it lets the documents' story (:func:`story_evidence`) count, when both name one place and
    either both state a period or neither does (a headline with no period of its own against another page's
    figure of a stated year may be that year's; a period a figure only inherited, from its page's headline,
    states none).
    """
    if a.headline is None or b.headline is None or a.headline == b.headline:
        return False
    if (a.when is not None and a.when[2]) != (b.when is not None and b.when[2]):
        return False
    head, body = (a, b) if a.headline else (b, a)
    rounder = head.digits < body.digits or head.claims[0].quantity.qualifier != _EXACT
    pa, pb = a.places, b.places
    if not rounder or not (pa.scope | pa.origin) & (pb.scope | pb.origin):
        return False
    # a headline that names several places ("Алматы мен Астанада 50 мыңнан астам пәтер") states their whole,
    # no one place's figure rounded (of a region and its country, the region counts)
    claim = head.claims[0]
    named = {p.code for p in claim.context if claim.sentence.start <= p.start < claim.sentence.end}
    return len({c for c in named if "-" in c} or named) < 2


def _precise(a: Statement, b: Statement) -> bool:
    """Are both figures precise enough (two significant digits) for their agreement to mean something?"""
    return a.digits >= 2 and b.digits >= 2


def evidence(a: Statement, b: Statement) -> tuple[float, tuple[str, ...]]:
    """The evidence that two statements state one fact, in words, and its total (what links them).

    The same sums as :func:`pair_score`, item by item, for a finding: an editor
    reads why the two figures were compared at all.
    """
    why: list[tuple[float, str]] = []
    context = _score(a, b, why)
    if context is None:
        return -math.inf, tuple(w for _, w in why)
    weight, agree = value_evidence(a, b)
    story, twins = story_evidence(a, b)
    if story and (_precise(a, b) if agree else slip(a, b) or paraphrase(a, b) or _adjacent(a, b)):
        context += story
        why.append((story, f"the documents state {twins} of the same precise figures of other measures"))
    if not agree and slip(a, b):
        why.append((0.0, "the figures look like one misreported (swapped digits, scale, within 1 %)"))
    elif not agree and paraphrase(a, b):
        why.append((0.0, "a headline's rounder figure against a precise one about the same place"))
    elif not agree and _adjacent(a, b):
        why.append((0.0, "the figures are one rounding apart (one step of their last digit)"))
    if weight:
        why.append((weight, f"both state {a.claims[0].quantity.text!r} / {b.claims[0].quantity.text!r}"
                            f" ({min(a.digits, b.digits)} significant digits)"))
    elif not agree:
        why.append((0.0, "the figures disagree (never evidence either way)"))
    measure = a.key[0]
    if MeasureKey.parse(measure).outside_lexicon:  # a noun outside the lexicon: the word the article writes
        measure = a.claims[0].measure_text or measure[1:]
    words = [f"same measure {measure!r} in {a.key[1]}"]
    words += [f"{w} ({'+' if x >= 0 else ''}{x:g})" for x, w in why]
    return context + weight, tuple(words)


def _period(a: Statement, b: Statement) -> float | None:
    """The time evidence of two statements; None when their periods are disjoint.

    Periods that cover each other to 95 % score SAME_PERIOD; overlapping periods of
    different length (January-November vs the whole year, 8 months vs 3 years) -1.5.
    A period a claim only inherited (``text == ""``) is weak evidence: it can count
    against, never for.
    """
    if a.when is None or b.when is None:
        return 0.0
    if a.when is b.when:  # one period, one tuple (:func:`_when`): most pairs, no arithmetic
        return SAME_PERIOD if a.when[2] else 0.0
    (a0, a1, a_stated), (b0, b1, b_stated) = a.when, b.when
    if a0 > b1 or b0 > a1:
        return None
    # overlap and the longer period, in days (conditionals: min and max cost a call each)
    common = (a1 if a1 < b1 else b1) - (a0 if a0 > b0 else b0) + 1
    longer = (a1 - a0 if a1 - a0 > b1 - b0 else b1 - b0) + 1
    if common * 20 < longer * 19:
        return -1.5  # another length of period, stated or inherited: evidence against
    return SAME_PERIOD if a_stated and b_stated else 0.0


def _other_instance(a: frozenset[tuple[str, str]], b: frozenset[tuple[str, str]]) -> bool:
    """Do two statements' frames name one thing's different instances (its first phase and its second)?"""
    return any(what == their and n != m for what, n in a for their, m in b)


def _score(a: Statement, b: Statement, why: list[tuple[float, str]] | None = None) -> float | None:
    """The evidence of what two statements are about (everything but their own figures), summed.

    For two statements already known to be in one block and two documents; with
    *why*, each item of evidence is appended to it in words (:func:`evidence`).
    One function, section by section, rather than one per kind of evidence: a
    million claims score about seven million pairs, and each call costs.
    """
    # Instances: the first phase and the second ("бірінші кезегіне", "екінші кезегіне") are two facts.
    if a.instances and b.instances and _other_instance(a.instances, b.instances):
        if why is not None:
            why.append((-math.inf, "different instances named by their ordinals"))
        return None
    # Time (:func:`_period`): disjoint periods rule the pair out. One period, one tuple (:func:`_when`): most
    # pairs share it, and are answered without the call.
    aw, bw = a.when, b.when
    if aw is bw and aw is not None:
        time: float | None = SAME_PERIOD if aw[2] else 0.0
    else:
        time = _period(a, b)
    if time is None:
        if why is not None:
            why.append((-math.inf, f"different periods {a.time} and {b.time}"))
        return None
    if why is not None and time:
        same = "same period" if time > 0 else "overlapping periods of different length"
        why.append((time, f"{same} {a.time} and {b.time}"))

    # Places: the scope ("in", "of") and the origin ("from") each agree or not; a region's
    # figure against one that names only national places is another fact. Two regions
    # (list items "- Qashqadaryo region - 880 946 t") are different facts, strongly.
    place = 0.0
    la, lb = a.places, b.places
    if la.scope and lb.scope:
        if la.scope.isdisjoint(lb.scope):
            place = -3.0 if la.own_regions and lb.own_regions else -1.5
        elif la.scope_regions and lb.scope_regions and la.scope_regions != lb.scope_regions:
            place = -1.5  # "Алматы мен Астанада 50 мыңнан астам" against "Астанада 31 240": the whole of two, one
        else:
            place = 1.0 if not la.scope_regions.isdisjoint(lb.scope) else 0.5  # a region both name
        if why is not None:
            shared = sorted(la.scope & lb.scope)
            why.append((place, f"same place {', '.join(shared)}" if place > 0 else
                        f"different places {', '.join(sorted(la.scope))} and {', '.join(sorted(lb.scope))}"))
    elif (la.own_regions and _regional_only_one_side(la, lb)) or (lb.own_regions and _regional_only_one_side(lb, la)):
        place = -1.5
        if why is not None:
            why.append((place, "a region's figure against a national one"))
    elif (la.scope_regions and _elsewhere(la, lb)) or (lb.scope_regions and _elsewhere(lb, la)):
        place = -1.0
        if why is not None:
            why.append((place, "a region's figure against a story told from another region"))
    elif (la.own_regions and not lb.codes) or (lb.own_regions and not la.codes):
        place = -0.5
        if why is not None:
            why.append((place, "a region's figure against one that names no place"))
    elif la.story and lb.story and not la.story.isdisjoint(lb.story):
        place = STORY_PLACE
        if why is not None:
            why.append((place, f"both told from {', '.join(sorted(la.story & lb.story))}"))
    if la.origin and lb.origin:
        origin = -2.0 if la.origin.isdisjoint(lb.origin) else 0.5
        place += origin
        if why is not None:
            why.append((origin, "same origin" if origin > 0 else "different origins"))
    elif not place and ((la.scope and not lb.scope and lb.origin) or (lb.scope and not la.scope and la.origin)):
        # one names a place as its scope, the other only as its origin: "- АҚШ – 577 млн доллар" under
        # "the countries transfers came from" and "АҚШдан келган ... 500 млн" (a list's head has no case to
        # tell which); the same place is a sign, never a place against
        crossed = (la.scope & lb.origin) | (lb.scope & la.origin)
        if crossed:
            place = 1.0 if any(map(_is_region, crossed)) else 0.5
            if why is not None:
                why.append((place, f"same place {', '.join(sorted(crossed))} (scope and origin)"))

    # Headline: both in a headline is a strong sign; one only, a weak one against.
    headline = 0.0
    if a.headline is not None and b.headline is not None:
        headline = 1.0 if a.headline and b.headline else -0.5 if a.headline != b.headline else 0.0
        if why is not None and headline:
            why.append((headline, "both in a headline" if headline > 0 else "only one in a headline"))
    if a.aside != b.aside and not (a.headline or b.headline):
        # a "read also" line's figure (another story's headline, of a time unknown) against a page's own body
        headline -= 0.5
        if why is not None:
            why.append((-0.5, "one on a 'read also' line (another story)"))

    if a.key[2] == _ORDINAL:
        # "the XXI forum": the ordinal names the event (its measure holds the number), which
        # is evidence of one fact in itself; its status and the rest of the story change from
        # article to article (planned, then held).
        # Only an event the lexicon knows: "екінші орында" (in second place) names a rank, not an event.
        event = 0.0 if MeasureKey.parse(a.key[0]).outside_lexicon else ORDINAL_EVENT
        if why is not None and event:
            why.append((event, "the same edition of one event"))
        return event + time + place + headline

    # Status: the same (+0.5), the same tense (-0.25: "under way" and "completed"), or
    # actual against future (-1.5).
    status = 0.0
    sa, sb = a.status, b.status
    if sa is not None and sb is not None:
        if sa == sb:
            status = 0.5
        elif (sa in _ACTUAL and sb in _ACTUAL) or (sa in _FUTURE and sb in _FUTURE):
            status = -0.25
        else:
            status = -1.5
        if why is not None:
            why.append((status, f"same status {sa}" if sa == sb else f"status {sa} and {sb}"))

    # Frame partners: the best agreement of each kind of partner both have, summed, within ±2.
    frame = _frame_score(a, b) if a.slot_mask & b.slot_mask else 0.0
    if why is not None and frame:
        why.append((frame, "figures stated with them agree" if frame > 0 else "figures stated with them differ"))

    # Affinity: do the two documents tell the same story? Judged by what else they report
    # and where (:class:`DocProfile`), never by values. Places: two documents that each name
    # a region or city and share none are about different places (-0.5: a dateline's city is one); sharing one
    # is +0.5.
    # Measures: the overlap coefficient of their block keys, leaving out the block being
    # compared (both report it): +0.5 from one half, -1 under a quarter (a spinning mill
    # and a harvest that both mention hectares), no evidence when either document reports
    # fewer than two other measures.
    pa, pb = a.profile, b.profile
    affinity = 0.0
    kin: bool | None = None  # do the documents share a precise figure (asked only when one would count against)
    twins = pa.figure_mask & pb.figure_mask  # no bit in common, no figure in common: most pairs, no call
    if pa.regions and pb.regions:
        regions = 0.5 if pa.regions & pb.regions else -0.5
        if regions < 0:
            kin = bool(twins) and story_evidence(a, b)[1] > 0
            if kin:
                regions = 0.0  # two pages of one story datelined in two capitals
        affinity += regions
        if why is not None and regions:
            why.append((regions, "the documents name the same regions" if regions > 0
                        else "the documents name different regions"))
    smaller = (pa.size if pa.size < pb.size else pb.size) - 1
    if smaller >= 2:
        overlap = ((pa.keys & pb.keys).bit_count() - 1) / smaller
        story = 0.5 if overlap >= 0.5 else -1.0 if overlap < 0.25 else 0.0
        if story < 0 and (kin if kin is not None else bool(twins) and story_evidence(a, b)[1] > 0):
            story = 0.0  # one story, told at different length: the shared figures say so
        affinity += story
        if why is not None and story:
            why.append((story, "the documents report the same other measures" if story > 0
                        else "the documents report mostly other measures"))

    return time + place + status + headline + frame + affinity


# --------------------------------------------------------------------------- clustering


#: Positions of a block's statements by year, of its untimed ones, and whether each covers several years
_YearBuckets = tuple[dict[int, list[int]], list[int], list[bool]]


def _busy_years(block: Sequence[Statement], years: _YearBuckets | None = None) -> list[bool]:
    """Whether each statement of a block is of a busy year: one with more than :data:`MAX_BLOCK` statements of
    the block's measure (its pairs are a sorted neighbourhood's, :func:`_context_pairs`). An untimed statement
    of a block that large is of every year, so of a busy one. *years*: the block's :func:`_year_buckets`."""
    buckets, untimed, _ = years or _year_buckets(block)
    busy = [False] * len(block)
    if len(block) > MAX_BLOCK:
        for i in untimed:
            busy[i] = True
    for found in buckets.values():
        if len(found) > MAX_BLOCK:
            for i in found:
                busy[i] = True
    return busy


def _one_story(a: Statement, b: Statement) -> bool:
    """Do the pages of two statements share a precise figure besides the pair's own (:func:`story_evidence`)?
    (The figures' masks first: pages whose masks share no bit share no figure. A shared bit alone says
    nothing: the masks are hashes, this process's own.)"""
    return bool(a.profile.figure_mask & b.profile.figure_mask) and story_evidence(a, b)[1] > 0


def _misreported(a: Statement, b: Statement) -> bool:
    """Do two disagreeing figures look like one figure misreported: a :func:`slip`, a headline's
    :func:`paraphrase`, or one rounding apart (:func:`_adjacent`)?"""
    if a.headline is not None and b.headline is not None and a.headline != b.headline and paraphrase(a, b):
        return True  # (only a headline against a body figure can be a paraphrase)
    ma, mb = a.value[4] if a.value else None, b.value[4] if b.value else None
    if ma and mb and 0 < ma < math.inf and 0 < mb < math.inf:
        ratio = ma / mb if ma > mb else mb / ma
        if ratio >= _FAR and not _scale_apart(ratio):
            return False  # ten times apart or more, and no scale word off: neither a slip nor a rounding
    return slip(a, b) or _adjacent(a, b)


def _other_stories(a: Statement, b: Statement) -> bool:
    """Are two disagreeing figures of a busy year no clear identity whatever their context: their pages share no
    precise figure (:func:`_one_story`) and the figures do not look like one misreported (:func:`_misreported`)?"""
    return not _one_story(a, b) and not _misreported(a, b)


def _year_buckets(block: Sequence[Statement]) -> _YearBuckets:
    """Positions of the timed statements by the years they cover (at most three), of the untimed ones,
    and whether each statement covers more than one year."""
    buckets: dict[int, list[int]] = defaultdict(list)
    untimed: list[int] = []
    several = [False] * len(block)
    for i, s in enumerate(block):
        t = s.time
        if t is None:
            untimed.append(i)
            continue
        last = min(t.end.year, t.start.year + 2)
        several[i] = last > t.start.year
        for year in range(t.start.year, last + 1):
            buckets[year].append(i)
    return buckets, untimed, several


def _by_period(s: Statement) -> tuple[str, str, dt.date, dt.date, str, str]:
    """Reports of one fact sort next to each other: same scope, status and period, then documents by
    publication date (undated first) and id."""
    start = s.time.start if s.time else dt.date.min
    return (s.places.order, s.status or "", start, s.profile.published or dt.date.min, s.doc_id, s.claims[0].id)


def _by_value(s: Statement) -> tuple[float, bool, str, str]:
    """Statements whose figures are close sort next to each other (a figure beyond floats, then none, last).
    A float first: a sort compares floats faster than anything else it meets first."""
    mid = s.value[4] if s.value is not None else None
    return (math.inf, True, s.doc_id, s.claims[0].id) if mid is None else (mid, False, s.doc_id, s.claims[0].id)


def _by_document(s: Statement) -> tuple[str, str, dt.date, str, str]:
    """As :func:`_by_period` without the period, so that an untimed report sorts among the timed ones."""
    return (s.places.order, s.status or "", s.profile.published or dt.date.min, s.doc_id, s.claims[0].id)


def _neighbourhoods(members: Sequence[int], key: Callable[[int], tuple[object, ...]]) -> tuple[Sequence[int], int]:
    """*members* in the order their pairs are taken, and how far apart a pair may be in it.

    A small list: any order, every pair. A large one: sorted by *key*, pairs at most
    :data:`WINDOW` apart (a sorted neighbourhood).
    """
    if len(members) <= MAX_BLOCK:
        return members, len(members)
    return sorted(members, key=key), WINDOW


def _windowed_around(
    members: Sequence[int], key: Callable[[int], tuple[object, ...]], centres: Sequence[bool]
) -> Iterator[tuple[int, int]]:
    """The pairs of a sorted neighbourhood (:func:`_neighbourhoods`) that have a centre in them, found
    from the centres alone.

    Each pair once: a centre pairs with every neighbour that is not a centre, and
    with the centres after it.
    """
    ordered, reach = _neighbourhoods(members, key)
    for k, i in enumerate(ordered):
        if not centres[i]:
            continue
        for m in range(max(0, k - reach), min(len(ordered), k + reach + 1)):
            j = ordered[m]
            if m > k or (m < k and not centres[j]):
                yield (i, j) if i < j else (j, i)


def _candidate_pairs(block: Sequence[Statement]) -> list[tuple[int, int]]:
    """Cross-document pairs worth scoring in one block, each once, as positions (i < j).

    Timed statements meet only inside the year buckets they share (disjoint periods
    never merge, so nothing is lost); untimed ones meet every statement of the block
    (or, in a large block, their neighbours). A large block is passed a second time,
    sorted by the figures (:func:`_by_value`): a multi-pass sorted neighbourhood.
    Lists, not generators: a million claims make millions of pairs, and each resumed generator costs.
    """
    return _scored_pairs(block)[0]


def _scored_pairs(
    block: Sequence[Statement], years: _YearBuckets | None = None
) -> tuple[list[tuple[int, int]], set[tuple[int, int]] | None]:
    """:func:`_candidate_pairs`, and in a large block the same pairs as a set (None in a small one).
    *years*: the block's :func:`_year_buckets`, when the caller has them."""
    pairs = _context_pairs(block, years)
    if len(block) <= MAX_BLOCK:
        return pairs, None
    seen = set(pairs)  # each pair once already (:func:`_context_pairs`)
    docs = [s.doc_id for s in block]
    whens = [s.when for s in block]
    # a page that states many figures of a measure fills the window of the first order with its own
    # statements, and two pages' twins ("64,1 млн" and "64 млн") never meet; sorted by value, they do.
    # And the headlines meet each other: a page's headline states its story's figure, so two headlines
    # are the pair most worth comparing ("1,5 млрд" and a slip "1,5 млн"), however many body figures sort between
    # These orders seek twins, not the context: two figures whose scopes are disjoint (each is "in" or "of" places
    # the other does not name) are no twins however close their values, and the first order, which sorts by scope,
    # pairs them only where one scope's statements end and the next's begin (scored, they were a tenth of the
    # clustering's work at 1M claims, for vetoes of pairs that no order of the context proposed)
    by_value = sorted(range(len(block)), key=_sort_keys(block, _by_value, True))
    headlines = sorted((i for i, s in enumerate(block) if s.headline), key=_sort_keys(block, _by_period))
    scopes = [s.places.scope for s in block]
    for ordered in (by_value, headlines):
        for apart in range(1, WINDOW + 1):
            # the pairs this far apart in the order that could be one fact by their periods (not disjoint: most
            # are not, tested before the set) and their scopes, in one comprehension as :func:`_context_pairs`
            # takes its own
            found = [
                (i, j) if i < j else (j, i)
                for i, j in zip(ordered, ordered[apart:], strict=False)
                if docs[i] != docs[j]
                and ((wi := whens[i]) is None or (wj := whens[j]) is None or not (wi[0] > wj[1] or wj[0] > wi[1]))
                and (not (si := scopes[i]) or not (sj := scopes[j]) or not si.isdisjoint(sj))
            ]
            new = [pair for pair in found if pair not in seen]  # (each pair of one order is new to it)
            seen.update(new)
            pairs += new
    return pairs, seen


def _context_pairs(block: Sequence[Statement], years: _YearBuckets | None = None) -> list[tuple[int, int]]:
    """The pairs of :func:`_candidate_pairs` in the order of what the statements are about (scope,
    status, period), each once (a pair can come up in two year buckets only when both of its statements
    cover several years: those are looked up). *years*: the block's :func:`_year_buckets`."""
    buckets, untimed, several = years or _year_buckets(block)
    docs = [s.doc_id for s in block]
    by_period = _sort_keys(block, _by_period, any(len(found) > MAX_BLOCK for found in buckets.values()))
    seen: set[tuple[int, int]] = set()
    pairs: list[tuple[int, int]] = []
    append = pairs.append
    spans = any(several)
    for year in sorted(buckets):
        ordered, reach = _neighbourhoods(buckets[year], by_period)
        for apart in range(1, reach + 1):
            # the pairs this far apart in the order, in one comprehension (millions of pairs: no loop of appends)
            found = [(i, j) if i < j else (j, i) for i, j in zip(ordered, ordered[apart:], strict=False)
                     if docs[i] != docs[j]]
            if spans:
                for pair in found:
                    if several[pair[0]] and several[pair[1]]:
                        if pair in seen:
                            continue
                        seen.add(pair)
                    append(pair)
            else:
                pairs += found
    if untimed:
        is_untimed = [s.time is None for s in block]
        everyone = range(len(block))
        for i, j in _windowed_around(everyone, _sort_keys(block, _by_document, len(block) > MAX_BLOCK), is_untimed):
            if docs[i] != docs[j]:
                append((i, j))
    return pairs


def _sort_keys(
    block: Sequence[Statement], key: Callable[[Statement], tuple[object, ...]], every: bool = False
) -> Callable[[int], tuple[object, ...]]:
    """*key* of the statement at each position, computed once per position when first asked for; with
    *every*, computed for every position at once (when every one will be asked for: no call a lookup)."""
    if every:
        return [key(s) for s in block].__getitem__
    memo: dict[int, tuple[object, ...]] = {}

    def at(i: int) -> tuple[object, ...]:
        found = memo.get(i)
        if found is None:
            found = memo[i] = key(block[i])
        return found

    return at


def _cluster_statements(block: Sequence[Statement]) -> list[list[Statement]]:
    """Best links first; two groups merge when they share no document and no veto.

    A scored pair that is ruled out (``None``) or scores below MIN_LINK is a veto:
    complete linkage over the pairs that were scored, so a statement joins a fact
    only if it fits every member it was compared with, and facts do not chain.
    Vetoes are kept between groups, so checking one is a set lookup; a busy year's (below), most of a large
    block's, are kept by statement and looked for when two groups would merge (:func:`_kept_apart`). *block* is
    sorted by id, so positions order the links as ids would.

    Two figures that disagree are one fact only when their context makes the identity clear
    (:data:`CLEAR`). In a busy year (:func:`_busy_years`: more statements of the measure than
    :data:`MAX_BLOCK`) the context cannot: an archive's many figures of one measure, place and year (a
    total, its parts, monthly releases, a plan) agree in everything but the figure. There two disagreeing
    figures are one fact only when their pages share a precise figure of another measure (one story,
    :func:`story_evidence`) or the figures look like one misreported (:func:`_misreported`); the others
    (:func:`_other_stories`) are a veto, decided without scoring their context.
    """
    edges: list[tuple[float, int, int]] = []
    # figures that disagree with too little said about them to be sure (nothing against either): a veto a
    # clear link between the same two figures lifts (:func:`_explained`), by position
    unsure: dict[int, set[int]] = defaultdict(set)
    pair_vetoes: dict[int, set[int]] = defaultdict(set)  # the vetoes between statements (``vetoes`` is by group)
    slips: dict[int, set[int]] = defaultdict(set)  # the links between figures that disagree as a :func:`slip`
    apart: dict[int, list[int]] = defaultdict(list)  # a busy year's vetoes (:func:`_other_stories`), by statement
    # in a sorted neighbourhood some pairs are not scored: a merge checks their figures itself
    windowed = len(block) > MAX_BLOCK
    several = _several(block)
    crowded = [s.doc_id in several for s in block]
    years = _year_buckets(block)
    busy = _busy_years(block, years) if windowed else [False] * len(block)  # (see above: :func:`_other_stories`)
    ordinal = bool(block) and block[0].key[2] == _ORDINAL
    add_edge = edges.append
    pairs, scored = _scored_pairs(block, years)
    if ordinal:
        scored = None  # an ordinal's figures agree as its event's (:func:`value_evidence`), not as _meet says
    for i, j in pairs:
        a, b = block[i], block[j]
        # :func:`value_evidence`, its usual answer (figures apart: no weight, no agreement) without the call
        va, vb = a.value, b.value
        if ordinal:
            weight, agree = 0.0, True
        elif va is None or vb is None or va[2] < vb[0] or vb[2] < va[0] or not _meet(va, vb):
            weight, agree = 0.0, False
        else:
            weight, agree = value_evidence(a, b)
        if agree:
            context = _score(a, b)  # :func:`_context` of two figures that agree, without its calls
            if context is not None:
                if a.digits >= 2 and b.digits >= 2:  # :func:`_precise`
                    context += story_evidence(a, b)[0]
                total = context + weight
                if total >= JOIN:
                    add_edge((-total, i, j))
                    continue
                if total >= MIN_LINK:
                    continue  # too little evidence to join, none against: abstain
        elif busy[i] and busy[j] and _other_stories(a, b):
            # two figures of a busy year that disagree, on pages of no one story: a veto (see above), kept by
            # statement and looked for when their groups would merge (most of a large block's vetoes: moving
            # each from group to group as groups merge costs more than looking at the few that a merge meets)
            apart[i].append(j)
            apart[j].append(i)
            continue
        else:
            # :func:`_clear_slip`, its usual answer (nothing the story could add makes the pair clear) without a call
            context = _score(a, b)
            if context is None or context + STORY_TWINS < CLEAR or (
                context < CLEAR and not a.profile.figure_mask & b.profile.figure_mask
            ):
                clear = slipped = False
            else:
                context, clear, slipped = _clear_rest(a, b, context, crowded[i] and crowded[j])
            if context is not None:
                # a disagreeing pair is clear only from CLEAR (> JOIN) on: it joins, or it is vetoed
                if clear:
                    add_edge((-context, i, j))
                    if slipped:
                        slips[i].add(j)
                        slips[j].add(i)
                    continue
                if context >= MIN_LINK:
                    unsure[i].add(j)
                    unsure[j].add(i)
        # ruled out, evidence against, or figures that disagree without a clear identity
        pair_vetoes[i].add(j)
        pair_vetoes[j].add(i)
    # the vetoes between groups start as those between statements (merges then move them)
    vetoes: dict[int, set[int]] = defaultdict(set, {i: set(found) for i, found in pair_vetoes.items()})
    edges.sort()
    group_of = list(range(len(block)))  # a group is known by its first member's position
    # the members and documents of the groups of two or more: a statement alone is its own (most of a large block
    # joins nothing, and a list and a set for each would be made for nothing)
    members: dict[int, list[int]] = {}
    docs: dict[int, set[str]] = {}
    for _, x, y in edges:
        gx, gy = group_of[x], group_of[y]
        if gx == gy:
            continue
        if _one_document(block, gx, gy, docs):
            continue
        xs, ys = members.get(gx) or (gx,), members.get(gy) or (gy,)
        if apart and _kept_apart(xs, ys, gx, gy, group_of, apart):
            continue
        if gy in vetoes.get(gx, ()) and not _explained(block, xs, ys, pair_vetoes, unsure, slips):
            continue
        if windowed and _unclear_disagreement(block, xs, ys, several, slips, scored, busy):
            vetoes[gx].add(gy)
            vetoes[gy].add(gx)
            continue
        keep, gone = (gx, gy) if gx < gy else (gy, gx)
        kept = members.get(keep)
        if kept is None:
            kept = members[keep] = [keep]
            docs[keep] = {block[keep].doc_id}
        went = members.pop(gone, None) or [gone]
        for moved in went:
            group_of[moved] = keep
        kept += went
        docs[keep] |= docs.pop(gone) if gone in docs else {block[gone].doc_id}
        _move_vetoes(vetoes, keep, gone)
    return [[block[i] for i in members.get(g) or (g,)] for g, at in enumerate(group_of) if g == at]


def _one_document(block: Sequence[Statement], gx: int, gy: int, docs: Mapping[int, set[str]]) -> bool:
    """Do groups *gx* and *gy* hold statements of one document? (*docs*: the documents of the groups of two
    or more; a statement alone is its own group, of its own document.)"""
    dx, dy = docs.get(gx), docs.get(gy)
    if dx is None:
        return block[gx].doc_id in dy if dy is not None else block[gx].doc_id == block[gy].doc_id
    return not dx.isdisjoint(dy) if dy is not None else block[gy].doc_id in dx


def _kept_apart(
    xs: Sequence[int], ys: Sequence[int], gx: int, gy: int, group_of: Sequence[int], apart: Mapping[int, list[int]]
) -> bool:
    """Does a busy year's veto (*apart*, by statement) stand between groups *gx* and *gy* (members *xs*, *ys*)?
    The smaller group's vetoes are looked at."""
    if len(xs) > len(ys):
        xs, gy = ys, gx
    for i in xs:
        found = apart.get(i)
        if found:
            for j in found:
                if group_of[j] == gy:
                    return True
    return False


def _move_vetoes(vetoes: dict[int, set[int]], keep: int, gone: int) -> None:
    """Group *gone* merged into *keep*: the groups that vetoed the one that went now veto the merged one. A veto
    between the two themselves (one a slip link explained, :func:`_explained`) goes: a group never vetoes itself."""
    went = vetoes.pop(gone, None)
    if went is None:
        return
    went.discard(keep)
    own = vetoes.get(keep)
    if own is not None:
        own.discard(gone)
    for other in went:
        vetoes[other].discard(gone)
        vetoes[other].add(keep)
    if went:
        vetoes.setdefault(keep, set()).update(went)


def _restates(block: Sequence[Statement], i: int, j: int, within: set[int], slips: Mapping[int, set[int]]) -> bool:
    """Do statements *i* and *j* state the two figures of a clear :func:`slip` link between two of *within*?

    Two pages that agree on a figure (the same plausible reading) say one thing; when one of them is
    clearly the same fact as a third page's figure misreported (the link, in *slips*), so is the other,
    however little it says of its own period or place (a regional page that gives no year).
    """
    fi, fj = block[i].value, block[j].value
    for x in within:
        if block[x].value == fi:
            for y in slips.get(x, ()):
                if y in within and block[y].value == fj:
                    return True
    return False


def _explained(
    block: Sequence[Statement],
    xs: Sequence[int],
    ys: Sequence[int],
    vetoes: Mapping[int, set[int]],
    unsure: Mapping[int, set[int]],
    slips: Mapping[int, set[int]],
) -> bool:
    """Is every veto between two groups one that a clear slip link of theirs explains (:func:`_restates`)?

    Only a veto that says "these figures disagree and too little is known of them" (*unsure*) can
    be explained; any other (disjoint periods, evidence against) stands, and so does a veto between
    the groups that no two statements hold (a merge check's).
    """
    if not slips:
        return False
    within = {*xs, *ys}
    found = False
    for i in xs:
        for j in vetoes.get(i, ()):
            if j in ys:
                if j not in unsure.get(i, ()) or not _restates(block, i, j, within, slips):
                    return False
                found = True
    return found


def _several(block: Sequence[Statement]) -> set[str]:
    """The documents that state more than one figure of the block."""
    seen: set[str] = set()
    several: set[str] = set()
    for s in block:
        (several if s.doc_id in seen else seen).add(s.doc_id)
    return several


#: How many pairs of two groups a merge in a sorted neighbourhood checks itself, at most.
_MERGE_CHECK = 64


def _unclear_disagreement(
    block: Sequence[Statement],
    xs: Sequence[int],
    ys: Sequence[int],
    several: set[str],
    slips: Mapping[int, set[int]] | None = None,
    scored: set[tuple[int, int]] | None = None,
    busy: Sequence[bool] | None = None,
) -> bool:
    """Do two groups hold two statements whose figures disagree without a clear identity?

    In a sorted neighbourhood (a large block) not every pair was scored, so complete
    linkage alone would let a fact join two figures that were never compared: a
    conflict nobody weighed. The figures are compared here (a float test), the
    context only when they disagree. *several* are the documents with more than one figure
    in the block (:func:`_several`). Two statements that restate the figures of a clear slip link
    of the groups (:func:`_restates`, *slips*) with nothing against them are as clear as the link. Groups of
    more than :data:`_MERGE_CHECK` pairs are not checked, so that the cost stays bounded.

    *scored* are the pairs (positions, the lower first) the clustering scored: the merge was let through
    their vetoes already (none, or each explained by a slip link: :func:`_explained`, the same test as
    here), so they are not scored again. *busy* marks the statements of a busy year (:func:`_busy_years`):
    two of them on pages of no one story are no clear identity, as :func:`_cluster_statements` rules.
    """
    if len(xs) * len(ys) > _MERGE_CHECK or (scored is not None and len(xs) == len(ys) == 1):
        return False  # too many to check; or two statements whose one pair is the link being merged, scored
    within = {*xs, *ys} if slips else set()
    for i in xs:
        a = block[i]
        for j in ys:
            b = block[j]
            if a.value is None or b.value is None or _meet(a.value, b.value):
                continue
            if scored is not None and ((i, j) if i < j else (j, i)) in scored:
                continue
            if busy is not None and busy[i] and busy[j] and _other_stories(a, b):
                return True  # two figures of a busy year on pages of no one story (:func:`_cluster_statements`)
            context, clear = _clear(a, b, a.doc_id in several and b.doc_id in several)
            if not clear and not (
                context is not None and context >= MIN_LINK and slips and _restates(block, i, j, within, slips)
            ):
                return True
    return False


def cluster_block(block: Sequence[Statement]) -> list[Group]:
    """The facts of one block (statements sharing one key) stated by two or more documents.

    The result depends only on the set of statements, not on their order.
    """
    groups = []
    for members in fact_statements(block):
        key = members[0].key
        # each claim was read when its statement was made
        readings = {c.id: Reading(c.id, *fig) for s in members for c, fig in zip(s.claims, s.figures, strict=True)}
        groups.append(Group(key[0], key[1], tuple([s.claims for s in members]), readings, tuple(members)))
    return groups


def fact_statements(block: Sequence[Statement]) -> list[list[Statement]]:
    """The statements of each fact of one block, as :func:`cluster_block` groups them (by document, then id).

    :func:`factrecon.reconcile.reconcile_block` makes its facts straight from them: a :class:`Group`
    and its table of readings by claim id are built only for a finding's evidence.
    """
    ordered = _laid_together(sorted(block, key=lambda s: (s.claims[0].id, s.doc_id)))  # (id, doc_id), no property
    facts = []
    for members in _cluster_statements(ordered):
        # a statement alone (most of what a block does not join) needs no set to see it has one document
        if len(members) < 2 or len({s.doc_id for s in members}) < 2:
            continue
        members.sort(key=lambda s: (s.doc_id, s.claims[0].id))  # (doc_id, id) without the property's call
        facts.append(members)
    return facts


def _laid_together(block: list[Statement]) -> list[Statement]:
    """Copies of a block's statements, made one after another, so that they lie together in memory.

    Statements are made document by document, and a block's lie a document apart among a whole archive's;
    its pairs are compared in sorted orders that jump from one to another. Copied, they share the processor's
    caches (clustering 1M generated claims: 49 -> 42 s CPU, the copies 1 s). Every field is copied as is (the
    objects it holds are shared).
    """
    return [
        Statement(
            s.doc_id, s.key, s.claims, s.headline, s.time, s.status, s.profile, s.places, s.when, s.slots,
            s.slot_mask, s.figures, s.value, s.digits, s.twin, s.mantissa, s.instances, s.aside,
        )
        for s in block
    ]


def cluster(claims: Sequence[Claim], headlines: Mapping[str, int] | None = None) -> list[Group]:
    """The facts stated by two or more documents, as groups of statements, in a content-derived order."""
    blocks: dict[BlockKey, list[Statement]] = defaultdict(list)
    for st in statements(claims, headlines=headlines):
        blocks[st.key].append(st)
    return [g for key in sorted(blocks) for g in cluster_block(blocks[key])]
