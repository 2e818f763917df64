"""Group the claims that different documents make about the same fact.

1. **Blocking.** Only claims with the same measure concept, the same unit
   dimension (a currency is its own dimension), the same kind (count, ordinal)
   and the same level/change flag can state one fact. Dates never form facts.
2. **Statements.** Inside one document, claims of one block that state the same
   figure (a lede repeated in the body) are one statement: the document speaks once.
3. **Pair scores** between statements of different documents, from what they are
   about and never from whether their own values agree (that would split off
   exactly the conflicts we look for): place roles, time, status, whether both
   are in a headline, and their frame partners (the "$4.4B" that "30 projects"
   and "14 projects" share).
4. **Clustering.** Best links first (ties broken by content-derived ids, so the
   result does not depend on input order); two groups merge only when they
   share no document and every scored link between them is good enough
   (complete linkage: no chaining). The cost is the pairs inside blocks: blocks are split by
   year, and a large year is scanned as a sorted neighbourhood, so the cost
   grows linearly with the number of claims.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal

import attrs

from factrecon.model import Claim, Interval, Kind, Period, Reading
from factrecon.reconcile import base_value, overlaps, read

__all__ = ["Group", "Statement", "block_key", "cluster", "pair_score", "statements"]

#: Two groups merge only when every scored link between them reaches this.
#: Two statements with nothing for or against them score 0 and merge: same measure, same
#: unit, different documents. One strong sign of a different fact (-1.5: another period
#: length, another place, actual against planned) keeps them apart; weak ones do not.
MIN_LINK = -0.75
#: A year bucket larger than this is scanned as a sorted neighbourhood of a quarter of this.
MAX_BLOCK = 200

_ACTUAL = frozenset({"under_way", "ongoing", "completed", "done", "current", "achieved"})
_FUTURE = frozenset({"planned", "target", "forecast", "expected", "goal"})
_SCOPE_ROLES = frozenset({"in", "of"})


def block_key(claim: Claim) -> tuple[str, str, str, bool] | None:
    """(measure, unit dimension, kind, change) or None when the claim cannot form a fact."""
    q = claim.quantity
    if q.kind == Kind.DATE or not claim.measure:
        return None
    unit, _ = base_value(q)
    return (claim.measure, unit, q.kind.value, q.change)


@attrs.frozen
class Statement:
    """What one document says once about one figure: its claims (the first states it, others repeat it).

    ``places``, ``time`` and ``status`` gather what its claims say; ``status``
    falls back on the status its frame partners state most (an amount shares
    the verb of its clause: "30 projects under way, worth $4.4B").
    """

    doc_id: str
    key: tuple[str, str, str, bool]
    claims: tuple[Claim, ...]
    partners: tuple[Claim, ...] = ()
    headline: bool | None = None
    places: frozenset[tuple[str, str]] = frozenset()
    time: Period | None = None
    status: str | None = None

    @property
    def id(self) -> str:
        return self.claims[0].id


def make_statement(
    doc_id: str,
    key: tuple[str, str, str, bool],
    claims: Sequence[Claim],
    partners: tuple[Claim, ...] = (),
    headline: bool | None = None,
) -> Statement:
    """A Statement with its places, time and status gathered from its claims (and partners)."""
    places = frozenset((p.code, p.role) for c in claims for p in c.context)
    time = next((c.time for c in claims if c.time is not None), None)
    status = next((c.status for c in claims if c.status), None)
    if status is None:
        counts: dict[str, int] = defaultdict(int)
        for p in partners:
            if p.status:
                counts[p.status] += 1
        status = min(counts, key=lambda k: (-counts[k], k)) if counts else None
    return Statement(doc_id, key, tuple(claims), partners, headline, places, time, status)


@attrs.frozen
class Group:
    """Statements from different documents about one fact."""

    measure: str
    unit: str
    statements: tuple[tuple[Claim, ...], ...]


def _figure_key(claim: Claim) -> tuple[str, str, str, str]:
    q = claim.quantity
    return (q.qualifier.value, str(q.value), str(q.low), str(q.high))


def _times_compatible(a: Period | None, b: Period | None) -> bool:
    return a is None or b is None or a.overlaps(b)


def statements(
    claims: Sequence[Claim], by_id: Mapping[str, Claim], headlines: Mapping[str, int] | None = None
) -> list[Statement]:
    """Collapse each document's repeats into statements (claims in document order)."""
    headlines = headlines or {}
    buckets: dict[tuple[str, tuple[str, str, str, bool], tuple[str, str, str, str]], list[list[Claim]]] = {}
    for claim in sorted(claims, key=lambda c: (c.doc_id, c.quantity.start, c.id)):
        key = block_key(claim)
        if key is None:
            continue
        runs = buckets.setdefault((claim.doc_id, key, _figure_key(claim)), [])
        for run in runs:
            if all(_times_compatible(claim.time, c.time) for c in run):
                run.append(claim)
                break
        else:
            runs.append([claim])
    sentence_index = _by_sentence(claims)
    out = []
    for (doc_id, key, _), runs in buckets.items():
        for run in runs:
            partners = _partners(run, by_id, sentence_index)
            end = headlines.get(doc_id)
            headline = None if end is None else run[0].quantity.start < end
            out.append(make_statement(doc_id, key, run, partners, headline))
    out.sort(key=lambda s: s.id)
    return out


def _by_sentence(claims: Iterable[Claim]) -> dict[tuple[str, int, int], list[Claim]]:
    index: dict[tuple[str, int, int], list[Claim]] = defaultdict(list)
    for c in claims:
        index[(c.doc_id, c.sentence.start, c.sentence.end)].append(c)
    return index


def _partners(
    run: Sequence[Claim], by_id: Mapping[str, Claim], sentence_index: Mapping[tuple[str, int, int], list[Claim]]
) -> tuple[Claim, ...]:
    """The other figures stated with these claims: their frames, or (without frames) their sentences."""
    own = {c.id for c in run}
    found: dict[str, Claim] = {}
    for c in run:
        ids = c.frame
        if ids:
            others = [by_id[i] for i in ids if i in by_id]
        elif c.sentence.end > c.sentence.start:
            others = sentence_index.get((c.doc_id, c.sentence.start, c.sentence.end), [])
        else:
            others = []
        for o in others:
            if o.id not in own and o.quantity.kind != Kind.DATE:
                found.setdefault(o.id, o)
    return tuple(found[k] for k in sorted(found))


# --------------------------------------------------------------------------- pair scores


def _midpoint(iv: Interval) -> float | None:
    lo, hi = iv.low, iv.high
    if lo is None and hi is None:
        return None
    if lo is None:
        lo = Decimal(0)
    if hi is None:
        hi = lo * Decimal("1.5")
    mid = float((lo + hi) / 2)
    return mid if mid > 0 else None


def _partner_slot(c: Claim) -> tuple[str, str] | None:
    """Partners compare when they measure the same thing: same unit, and same concept unless money."""
    unit, _ = base_value(c.quantity)
    if c.quantity.kind != Kind.CARDINAL:
        return None
    money = len(unit) == 3 and unit.isupper()
    return (unit, "" if money else c.measure)


@functools.lru_cache(maxsize=65536)
def _read(c: Claim) -> Reading:
    return read(c)


def _partner_similarity(a: Claim, b: Claim) -> float:
    """+1 when the partners' plausible readings overlap, falling to -0.25 as they move apart (log scale).

    Disagreeing partners are weak evidence against: they may be the very conflict to report.
    """
    ra, rb = _read(a), _read(b)
    if overlaps(ra.plausible, rb.plausible):
        return 1.0
    ma, mb = _midpoint(ra.plausible), _midpoint(rb.plausible)
    if ma is None or mb is None:
        return 0.0
    return max(-0.25, 1.0 - 4.0 * abs(math.log(ma / mb)))


def _frame_score(a: Statement, b: Statement) -> float:
    slots_a: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for p in a.partners:
        slot = _partner_slot(p)
        if slot is not None:
            slots_a[slot].append(p)
    total = 0.0
    seen: set[tuple[str, str]] = set()
    for p in b.partners:
        slot = _partner_slot(p)
        if slot is None or slot in seen or slot not in slots_a:
            continue
        seen.add(slot)
        mine = [q for q in b.partners if _partner_slot(q) == slot]
        total += max(_partner_similarity(x, y) for x in slots_a[slot] for y in mine)
    return max(-2.0, min(2.0, total))


def _time_score(a: Period | None, b: Period | None) -> float | None:
    """None rules the pair out (disjoint periods).

    Periods that cover each other to 80 % score +1; overlapping periods of different
    length (January-August vs the whole year, 8 months vs 3 years) -1.5. A period a
    claim only inherited (``text == ""``) is weak evidence: it can rule out, not score.
    """
    if a is None or b is None:
        return 0.0
    if not a.overlaps(b):
        return None
    if not a.text or not b.text:
        return 0.0
    common = (min(a.end, b.end) - max(a.start, b.start)).days + 1
    longer = max((a.end - a.start).days, (b.end - b.start).days) + 1
    return 1.0 if common * 5 >= longer * 4 else -1.5


def _regional_only_one_side(a: frozenset[tuple[str, str]], b: frozenset[tuple[str, str]]) -> bool:
    """*a* is a region's figure (genitive: "the region's trade") and *b* names only other, national places."""
    regions = {code for code, role in a if role == "of" and "-" in code}
    named = {code for code, _ in b}
    return bool(regions and named) and not regions & named and not any("-" in code for code in named)


def _place_score(a: frozenset[tuple[str, str]], b: frozenset[tuple[str, str]]) -> float:
    score = 0.0
    scope_a = {code for code, role in a if role in _SCOPE_ROLES}
    scope_b = {code for code, role in b if role in _SCOPE_ROLES}
    if scope_a and scope_b:
        score += 0.5 if scope_a & scope_b else -1.5
    elif _regional_only_one_side(a, b) or _regional_only_one_side(b, a):
        score -= 1.5
    origin_a = {code for code, role in a if role == "from"}
    origin_b = {code for code, role in b if role == "from"}
    if origin_a and origin_b:
        score += 0.5 if origin_a & origin_b else -2.0
    return score


def _status_score(a: str | None, b: str | None) -> float:
    if a is None or b is None:
        return 0.0
    if a == b:
        return 0.5
    if (a in _ACTUAL and b in _ACTUAL) or (a in _FUTURE and b in _FUTURE):
        return -0.25
    return -1.5


def _headline_score(a: bool | None, b: bool | None) -> float:
    if a is None or b is None:
        return 0.0
    if a and b:
        return 1.0
    return -0.5 if a != b else 0.0


Profiles = Mapping[str, frozenset[tuple[str, str, str, bool]]]


_PLACE = "@place"  # marks a profile entry that is a place the document names, not a block key


def _affinity_score(a: Statement, b: Statement, profiles: Profiles | None) -> float:
    """Do the two documents tell the same story? Judged by what else they report and where.

    Measures: the overlap coefficient of their block keys, leaving out the block
    being compared: +0.5 from one half, -1 under a quarter (a spinning mill and a
    harvest that both mention hectares), no evidence when either document
    reports fewer than two other measures. Places: two documents that each name a
    region or city (an ISO 3166-2 code) and share none are about different places
    (-1); sharing one is +0.5. Values play no part.
    """
    if profiles is None:
        return 0.0
    mine_all = profiles.get(a.doc_id, frozenset())
    theirs_all = profiles.get(b.doc_id, frozenset())
    score = 0.0
    my_places = {k for k in mine_all if k[0] == _PLACE}
    their_places = {k for k in theirs_all if k[0] == _PLACE}
    if my_places and their_places:
        score += 0.5 if my_places & their_places else -1.0
    mine = mine_all - my_places - {a.key}
    theirs = theirs_all - their_places - {a.key}
    smaller = min(len(mine), len(theirs))
    if smaller < 2:
        return score
    overlap = len(mine & theirs) / smaller
    if overlap >= 0.5:
        return score + 0.5
    return score + (-1.0 if overlap < 0.25 else 0.0)


def profiles_of(sts: Iterable[Statement]) -> dict[str, frozenset[tuple[str, str, str, bool]]]:
    """Each document's block keys (what it reports) and regions or cities (where), for :func:`_affinity_score`."""
    keys: dict[str, set[tuple[str, str, str, bool]]] = defaultdict(set)
    for s in sts:
        keys[s.doc_id].add(s.key)
        keys[s.doc_id].update((_PLACE, code, "", False) for code, _ in s.places if "-" in code)
    return {doc: frozenset(k) for doc, k in keys.items()}


def pair_score(a: Statement, b: Statement, profiles: Profiles | None = None) -> float | None:
    """How strongly two statements look like one fact; None when they cannot be.

    Sums: time (+1 same period, -1.5 different lengths, ruled out when
    disjoint), places (+0.5 shared scope/origin, -1.5 different scope, -2 different
    origin), status (+0.5 same, -0.25 same tense, -1.5 actual vs future), headline
    (+1 both, -0.5 one), frame partners (+1 each agreeing, -0.25 each disagreeing;
    within ±2) and the documents' affinity (measures and places: +0.5 / -1 each). An ordinal (an event's
    edition) scores on time, places and headline only.
    """
    if a.doc_id == b.doc_id or a.key != b.key:
        return None
    time = _time_score(a.time, b.time)
    if time is None:
        return None
    if a.key[2] == Kind.ORDINAL.value:
        # "the XXI forum": the ordinal names the event; its status and the rest of the
        # story change from article to article (planned, then held).
        return time + _place_score(a.places, b.places) + _headline_score(a.headline, b.headline)
    return (
        time
        + _place_score(a.places, b.places)
        + _status_score(a.status, b.status)
        + _headline_score(a.headline, b.headline)
        + _frame_score(a, b)
        + _affinity_score(a, b, profiles)
    )


# --------------------------------------------------------------------------- clustering


def _year_buckets(block: Sequence[Statement]) -> tuple[dict[int, list[Statement]], list[Statement]]:
    """Timed statements by the years they cover (at most three), and the untimed ones."""
    buckets: dict[int, list[Statement]] = defaultdict(list)
    untimed: list[Statement] = []
    for s in block:
        t = s.time
        if t is None:
            untimed.append(s)
            continue
        for year in range(t.start.year, min(t.end.year, t.start.year + 2) + 1):
            buckets[year].append(s)
    return buckets, untimed


def _windowed(members: Sequence[Statement]) -> Iterable[tuple[Statement, Statement]]:
    """All pairs of a small list; a sorted neighbourhood (by time, document, id) of a large one."""
    if len(members) <= MAX_BLOCK:
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                yield a, b
        return
    ordered = sorted(members, key=lambda s: (s.time.start if s.time else dt.date.min, s.doc_id, s.id))
    window = MAX_BLOCK // 4
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 : i + 1 + window]:
            yield a, b


def _candidate_pairs(block: Sequence[Statement]) -> Iterable[tuple[Statement, Statement]]:
    """Cross-document pairs worth scoring in one block.

    Timed statements meet only inside the year buckets they share (disjoint periods
    never merge, so nothing is lost); untimed ones meet every statement of the block.
    A bucket larger than MAX_BLOCK is scanned as a sorted neighbourhood, which keeps
    the cost linear in the number of claims.
    """
    buckets, untimed = _year_buckets(block)
    seen: set[tuple[str, str]] = set()
    groups: list[Sequence[Statement]] = [buckets[y] for y in sorted(buckets)]
    pairs = [p for g in groups for p in _windowed(g)]
    if untimed:
        pairs += [(a, b) for a, b in _windowed(block) if a.time is None or b.time is None]
    for a, b in pairs:
        ids = (a.id, b.id) if a.id < b.id else (b.id, a.id)
        if a.doc_id != b.doc_id and ids not in seen:
            seen.add(ids)
            yield a, b


def _cluster_block(block: Sequence[Statement], profiles: Profiles | None = None) -> list[list[Statement]]:
    """Best links first; merge two groups when :func:`_can_merge` allows it."""
    links: dict[str, list[tuple[str, float | None]]] = defaultdict(list)
    edges: list[tuple[float, str, str]] = []
    for a, b in _candidate_pairs(block):
        s = pair_score(a, b, profiles)
        links[a.id].append((b.id, s))
        links[b.id].append((a.id, s))
        if s is not None and s >= MIN_LINK:
            lo, hi = (a.id, b.id) if a.id < b.id else (b.id, a.id)
            edges.append((-s, lo, hi))
    edges.sort()
    group_of = {s.id: i for i, s in enumerate(block)}
    members: dict[int, list[Statement]] = {i: [s] for i, s in enumerate(block)}
    docs: dict[int, set[str]] = {i: {s.doc_id} for i, s in enumerate(block)}
    for _, x, y in edges:
        gx, gy = group_of[x], group_of[y]
        if gx == gy or docs[gx] & docs[gy]:
            continue
        small, big = (gx, gy) if len(members[gx]) <= len(members[gy]) else (gy, gx)
        if not _can_merge(members[small], big, links, group_of):
            continue
        keep, gone = min(gx, gy), max(gx, gy)
        for moved in members.pop(gone):
            group_of[moved.id] = keep
            members[keep].append(moved)
        docs[keep] |= docs.pop(gone)
    return [m for _, m in sorted(members.items())]


def _can_merge(
    small: list[Statement],
    big: int,
    links: Mapping[str, list[tuple[str, float | None]]],
    group_of: Mapping[str, int],
) -> bool:
    """Every scored link between the groups reaches MIN_LINK (none is ruled out).

    Complete linkage over the pairs that were scored: a statement joins a fact only
    if it fits every member it was compared with, so facts do not chain. Walks only
    the links of the smaller group. (The caller has checked that they share no document.)
    """
    for x in small:
        for y, score in links.get(x.id, ()):
            if group_of[y] == big and (score is None or score < MIN_LINK):
                return False
    return True


def cluster(claims: Sequence[Claim], headlines: Mapping[str, int] | None = None) -> list[Group]:
    """The facts stated by two or more documents, as groups of statements, in a content-derived order."""
    by_id = {c.id: c for c in claims}
    blocks: dict[tuple[str, str, str, bool], list[Statement]] = defaultdict(list)
    sts = statements(claims, by_id, headlines)
    for st in sts:
        blocks[st.key].append(st)
    profiles = profiles_of(sts)
    groups = []
    for key in sorted(blocks):
        for members in _cluster_block(blocks[key], profiles):
            if len({s.doc_id for s in members}) < 2:
                continue
            ordered = sorted(members, key=lambda s: (s.doc_id, s.id))
            groups.append(Group(key[0], key[1], tuple(s.claims for s in ordered)))
    return groups
