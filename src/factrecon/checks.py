"""Arithmetic inside one document: parts against their stated total, a change against its two values.

The words that announce a total and join listed parts are each language's
``checks.toml``; a check that fails becomes a finding (``sum`` or ``change``).
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Sequence
from decimal import Decimal

from factrecon.lang.registry import union_list
from factrecon.model import Check, Claim, Finding, Interval, Kind, MeasureAspect, MeasureKey, Qualifier, stable_id
from factrecon.readings import ONE, ZERO, _fmt, overlaps, written_step

__all__ = ["arithmetic_checks"]


@functools.cache
def _check_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a total's marker just before it, the words between two listed parts): every language's checks.toml."""

    def alternatives(key: str) -> str:
        return "|".join(re.escape(w) for w in sorted(union_list("checks", key), key=len, reverse=True))

    total = re.compile(rf"(?:{alternatives('total_words')})\W*\S*\W*$", re.IGNORECASE)
    join = re.compile(rf"^[^\d]*(\b(?:{alternatives('list_joins')})\b|,)[^\d]*$", re.IGNORECASE)
    return total, join


#: a claim's start: the sort key of a sentence's claims, in C (a million claims)
_START = operator.attrgetter("quantity.start")


def _countable(c: Claim) -> bool:
    q = c.quantity
    return (
        q.kind == Kind.CARDINAL
        and q.value is not None
        and q.qualifier == Qualifier.EXACT
        and not q.approx
        and not q.change
        and q.unit != "percent"
    )


def _half_step(c: Claim) -> Decimal:
    return written_step(c.quantity) / 2


def arithmetic_checks(claims: Sequence[Claim], texts: dict[str, str]) -> tuple[list[Check], list[Finding]]:
    """Every sum and change check the documents allow, and a finding for each that fails.

    The checks are conservative: a total needs a total word just before it ("барлығы 17",
    "жами 17") and parts listed with a conjunction; a change needs exactly two amounts in
    the sentence of one unit and one known measure, neither of them a difference.
    Rounding of every figure is allowed for, and a change may be rounded or truncated.
    """
    if not texts:
        # no text to find a total in: only a sentence that states a change in percent can hold a check (most
        # documents of a claims-only archive state none), and only its claims are grouped
        changes = {
            (c.doc_id, c.sentence.start, c.sentence.end)
            for c in claims
            if c.quantity.change and c.quantity.unit == "percent"
        }
        if not changes:
            return [], []
        claims = [c for c in claims if (c.doc_id, c.sentence.start, c.sentence.end) in changes]
    by_sentence: dict[tuple[str, int, int], list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault((c.doc_id, c.sentence.start, c.sentence.end), []).append(c)
    checks: list[Check] = []
    for (doc_id, _, _), group in sorted(by_sentence.items()):
        group.sort(key=_START)
        text = texts.get(doc_id)
        if text is not None:
            checks.extend(_sum_checks(group, text))
        checks.extend(_change_checks(group))
    findings = [Finding(ck.id, ck.kind, None, ck.claims, ck.message) for ck in checks if not ck.ok]
    return checks, findings


def _sum_checks(sentence: list[Claim], text: str) -> list[Check]:
    out = []
    for i, total in enumerate(sentence):
        before = text[max(0, total.quantity.start - 30) : total.quantity.start]
        if not _countable(total) or not _check_words()[0].search(before):
            continue
        parts = _listed_parts(sentence[:i], total, text)
        if len(parts) < 2:
            continue
        out.append(_sum_check(parts, total))
    return out


def _listed_parts(candidates: list[Claim], total: Claim, text: str) -> list[Claim]:
    """The run of same-unit figures just before *total*, joined by a conjunction or a comma."""
    parts: list[Claim] = []
    for c in reversed(candidates):
        if not _countable(c) or c.quantity.unit != total.quantity.unit:
            break
        if parts and not _check_words()[1].match(text[c.quantity.end : parts[0].quantity.start]):
            break
        parts.insert(0, c)
    return parts


def _sum_check(parts: list[Claim], total: Claim) -> Check:
    values = [p.quantity.value or ZERO for p in parts]
    tolerance = sum((_half_step(p) for p in parts), ZERO) + _half_step(total)
    got = sum(values, ZERO)
    want = total.quantity.value or ZERO
    ok = abs(got - want) <= tolerance
    terms = " + ".join(_fmt(v) for v in values)
    spans = ", ".join(f"{p.quantity.text!r} ({p.quantity.start}-{p.quantity.end})" for p in [*parts, total])
    verb = "matches" if ok else "does not match"
    message = (
        f"Sum in {total.doc_id}: {terms} = {_fmt(got)} {verb} the stated total {_fmt(want)} "
        f"(rounding of each figure allows ±{_fmt(tolerance)}); spans {spans}."
    )
    ids = [c.id for c in [*parts, total]]
    return Check(stable_id("sum", ids), "sum", total.doc_id, (*parts, total), ok, message)


def _change_checks(sentence: list[Claim]) -> list[Check]:
    out = []
    for change in sentence:
        q = change.quantity
        if not (q.change and q.unit == "percent" and q.value is not None):
            continue
        # the two values the change relates: amounts of one unit and one known measure; a difference
        # ("grew by 2.8 billion", measure "<m>_change") is not one of them
        amounts = [c for c in sentence if _countable(c) and c.quantity.unit != "percent"
                   and MeasureAspect.CHANGE not in MeasureKey.parse(c.measure).aspects]
        units = {c.quantity.unit for c in amounts}
        measures = {c.measure for c in amounts}
        if len(amounts) != 2 or len(units) != 1 or len(measures) != 1 or "" in measures:
            continue
        if all(_ends_change(c) for c in amounts):
            # "добыча сократилась на 9,8%, до 3,4 млн тонн, тогда как КМГ нарастила производство до 23,8 млн
            # тонн": two levels changes ended at, not one level before and after
            continue
        out.append(_change_check(change, amounts[0], amounts[1]))
    return out


def _ends_change(c: Claim) -> bool:
    """Is *c* the level a change ended at ("до 3,4 млн тонн"): a word read into its span before the number
    that bounds nothing?"""
    q = c.quantity
    return q.text[:1].isalpha() and q.qualifier is Qualifier.EXACT and not q.approx and q.value is not None \
        and any(ch.isdigit() for ch in q.text)


def _ratio_interval(big: Claim, small: Claim) -> tuple[Decimal, Decimal, Decimal, Decimal] | None:
    """Growth (big over small) and fall (small under big) in percent, each as a (low, high) pair."""
    b, s = big.quantity.value or ZERO, small.quantity.value or ZERO
    b_lo, b_hi = b - _half_step(big), b + _half_step(big)
    s_lo, s_hi = s - _half_step(small), s + _half_step(small)
    if s_lo <= 0 or b_lo <= 0:
        return None
    hundred = Decimal(100)
    grow = ((b_lo / s_hi - 1) * hundred, (b_hi / s_lo - 1) * hundred)
    fall = ((1 - s_hi / b_lo) * hundred, (1 - s_lo / b_hi) * hundred)
    return grow[0], grow[1], fall[0], fall[1]


def _change_check(change: Claim, first: Claim, second: Claim) -> Check:
    """A stated change against two amounts, in whichever direction matches (rise or fall)."""
    q = change.quantity
    stated = abs(q.value or ZERO)
    step = written_step(q)
    rounded = Interval(stated - step / 2, stated + step / 2, True, False)
    either = Interval(stated - step / 2, stated + step, True, False)
    in_order = (first.quantity.value or ZERO) >= (second.quantity.value or ZERO)
    big, small = (first, second) if in_order else (second, first)
    ids = [change.id, first.id, second.id]
    claims = (change, first, second)
    ratios = _ratio_interval(big, small)
    if ratios is None:
        return Check(stable_id("change", ids), "change", change.doc_id, claims, True, "not checkable: a zero amount")
    g_lo, g_hi, f_lo, f_hi = ratios
    b, sm = big.quantity.value or ONE, small.quantity.value or ONE
    rise, fall = (b / sm - 1) * 100, (1 - sm / b) * 100
    points = [Interval(rise, rise), Interval(fall, fall)]
    if any(overlaps(p, rounded) for p in points):
        how = "consistent (rounded)"
    elif any(overlaps(p, either) for p in points):
        how = "consistent if truncated"
    elif overlaps(Interval(g_lo, g_hi), either) or overlaps(Interval(f_lo, f_hi), either):
        how = "consistent within the rounding of the amounts"
    else:
        how = "inconsistent"
    message = (
        f"Change in {change.doc_id}: {_fmt(b)} against {_fmt(sm)} is +{rise:.2f}% "
        f"(or -{fall:.2f}% the other way; [{g_lo:.2f}, {g_hi:.2f}]% within the rounding of the amounts); "
        f"stated {q.text!r} ({q.start}-{q.end}) = {_fmt(stated)}%, which allows "
        f"[{_fmt(stated - step / 2)}, {_fmt(stated + step)})% rounded or truncated: {how}. "
        f"Amounts {first.quantity.text!r} ({first.quantity.start}-{first.quantity.end}), "
        f"{second.quantity.text!r} ({second.quantity.start}-{second.quantity.end})."
    )
    return Check(stable_id("change", ids), "change", change.doc_id, claims, how != "inconsistent", message)
