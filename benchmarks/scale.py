"""Clustering and reconciliation from 10 thousand claims upwards: time, peak memory, growth exponent.

    python benchmarks/scale.py [--sizes 10000,20000,40000] [--seconds 240] [--json out.json]
    BENCH_LONG=1 python benchmarks/scale.py        # 10k .. 1M (can take long; see RESULTS.md)
    python benchmarks/scale.py --extracted --sizes 1000000   # claims from extract_claims instead
    python benchmarks/scale.py --truth --sizes 10000,100000  # how well the facts match the stream's own

Claims are built directly (no text) by a generator of a news stream: facts
(a measure from a fixed vocabulary, a unit, a place, a year, a status and a
true value) are reported by 1-5 articles each, close in time, with the
rounding, qualifiers ("more than", "about") and the occasional wrong figure
that agency copy shows; each article states 4-10 figures, several per
sentence (frame partners). The vocabulary of measures, places and years is
bounded, as in a real archive, so blocks grow with the number of claims.

Each size runs in a fresh interpreter, pinned to one CPU: the time (wall and CPU) of
``factrecon.reconcile.reconcile(claims)`` and the process's peak RSS
(getrusage) before and after it. The growth exponent is the slope of
log(time) on log(claims). Sizes stop growing once one run passes --seconds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import random
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import machine, table

MEASURES = [
    "project", "job", "enterprise", "investment", "export", "import", "trade_turnover", "harvest", "grain",
    "cotton", "tourist", "student", "school", "hospital", "house", "road", "loan", "budget", "revenue", "tax",
    "population", "birth", "death", "wage", "pension", "inflation", "gdp", "production", "electricity", "oil",
    "gas", "coal", "meat", "milk", "vehicle", "passenger", "flight", "company", "farm", "livestock",
]
UNITS = ["count", "count", "count", "USD", "KZT", "UZS", "t", "percent", "ha", "kWh"]
PLACES = [f"KZ-{k:02d}" for k in range(17)] + [f"UZ-{k:02d}" for k in range(14)] + ["KZ", "UZ", "RU", "CN", "TR"]
STATUSES = [None, None, "completed", "under_way", "planned", "target"]
ROLES = ["in", "in", "of", "from", "with"]
YEARS = range(2014, 2027)


#: The steps a figure is written to, one object each: extraction gives every quantity with the same step
#: the same Decimal (factrecon.quantities._normal_step), and so does the generator.
_STEPS = [Decimal(10) ** k for k in range(13)]


def _quantity(value: Decimal, unit: str, rng: random.Random, start: int) -> Any:
    from factrecon.model import Kind, Qualifier, Quantity

    # how the article writes it: exact, rounded with "more than"/"about", or (5%) a different figure
    roll = rng.random()
    qualifier = Qualifier.EXACT
    if roll < 0.05:
        value = value * Decimal(rng.choice(["0.5", "0.8", "1.25", "2"]))
    if roll > 0.6:
        qualifier = rng.choice([Qualifier.MORE_THAN, Qualifier.ABOUT, Qualifier.NEARLY, Qualifier.AT_LEAST])
    digits = len(str(int(value)))
    step = _STEPS[max(0, digits - rng.choice([1, 2, 3]))]
    shown = (value // step) * step if qualifier is not Qualifier.EXACT else value
    low: Decimal | None = shown
    high: Decimal | None = shown
    if qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST):
        high = None
    elif qualifier is Qualifier.ABOUT:
        low, high = shown * Decimal("0.9"), shown * Decimal("1.1")
    elif qualifier is Qualifier.NEARLY:
        low = shown * Decimal("0.9")
    text = str(shown)
    return Quantity(
        start=start, end=start + len(text), text=text, value=shown, low=low, high=high,
        low_inclusive=qualifier is not Qualifier.MORE_THAN, high_inclusive=True,
        precision=step if qualifier is not Qualifier.EXACT else _STEPS[0], qualifier=qualifier,
        approx=qualifier in (Qualifier.ABOUT, Qualifier.NEARLY), unit=unit, kind=Kind.CARDINAL,
        change=unit == "percent" and rng.random() < 0.5, lang="kk",
    )


def generate(n: int, seed: int = 7, truth: dict[str, int] | None = None) -> list[Any]:
    """About *n* claims from a stream of articles reporting a growing set of facts.

    *truth*, when given, receives the fact each claim reports: claim id -> fact number.
    """
    from factrecon.model import Claim, Period, Place, Span

    rng = random.Random(seed)
    facts: list[tuple[str, str, str, str, int, str | None, Decimal]] = []
    claims: list[Any] = []
    doc = 0
    while len(claims) < n:
        doc += 1
        doc_id = f"d{doc:07d}"
        # new facts arrive as the stream goes on; an article reports recent ones (or breaks a new one)
        for _ in range(rng.randint(1, 4)):
            unit = rng.choice(UNITS)
            value = Decimal(rng.randint(2, 999)) * Decimal(10) ** rng.randint(0, 9 if unit != "percent" else 0)
            facts.append((rng.choice(MEASURES), unit, rng.choice(PLACES), rng.choice(ROLES), rng.choice(YEARS),
                          rng.choice(STATUSES), value))
        recent = facts[-60:]
        pos = 0
        sentence_start = 0
        sentence_ids: list[str] = []
        sentence_claims: list[Any] = []
        for k in range(rng.randint(4, 10)):
            fact_no = len(facts) - len(recent) + rng.randrange(len(recent))
            measure, unit, place, role, year, status, value = facts[fact_no]
            q = _quantity(value, unit, rng, pos)
            cid = f"{doc_id}:{q.start}-{q.end}"
            if truth is not None:
                truth[cid] = fact_no
            claim = Claim(
                id=cid, doc_id=doc_id, quantity=q, measure=measure, measure_text=measure,
                context=(Place(place, role, 0, 0, place),),
                time=Period(dt.date(year, 1, 1), dt.date(year, 12, 31), str(year)) if rng.random() < 0.9 else None,
                status=status, sentence=Span(sentence_start, pos + 40), lang="kk",
            )
            sentence_claims.append(claim)
            sentence_ids.append(cid)
            pos += 60
            if k % 3 == 2:  # three figures to a sentence: each names the others as its frame
                claims.extend(_with_frame(c, sentence_ids) for c in sentence_claims)
                sentence_ids, sentence_claims, sentence_start = [], [], pos
        claims.extend(_with_frame(c, sentence_ids) for c in sentence_claims)
    return claims[:n]


def extracted(n: int) -> list[Any]:
    """*n* claims that ``extract_claims`` makes from benchmarks/corpus.py's articles (half kk, half uz-Cyrl),
    read one at a time and their texts let go: a check on the generator's claims (RESULTS.md, section 3)."""
    from corpus import LANGS, article

    import factrecon

    claims: list[Any] = []
    i = 0
    while len(claims) < n:
        lang = LANGS[i % 2]
        claims.extend(factrecon.extract_claims(
            factrecon.Document(article(lang, i), id=f"a{i:07d}", lang=lang, published="2025-01-01")))
        i += 1
    return claims[:n]


def _with_frame(claim: Any, ids: list[str]) -> Any:
    import attrs

    return attrs.evolve(claim, frame=tuple(i for i in ids if i != claim.id))


# ---------------------------------------------------------------------------

_ONE = r"""
import json, os, resource, sys, time
sys.path.insert(0, {bench!r})
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {{min(os.sched_getaffinity(0))}})
from scale import {source}
from factrecon.reconcile import reconcile
t0 = time.perf_counter()
claims = {source}({n})
t1 = time.perf_counter()
rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
c1 = time.process_time()
report = reconcile(claims)
t2 = time.perf_counter()
c2 = time.process_time()
rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"claims": len(claims), "generate_s": t1 - t0, "reconcile_s": t2 - t1, "reconcile_cpu_s": c2 - c1,
                  "peak_rss_mb_before": rss_before / 1024, "peak_rss_mb": rss_after / 1024,
                  "facts": len(report.facts), "findings": len(report.findings)}}))
"""


def run_one(n: int, timeout: float | None, source: str = "generate") -> dict[str, Any] | None:
    code = _ONE.format(bench=str(Path(__file__).resolve().parent), n=n, source=source)
    try:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as exc:
        sys.stderr.write(exc.stderr)
        raise
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def exponent(points: list[tuple[int, float]]) -> float | None:
    """Least-squares slope of log(seconds) on log(claims)."""
    if len(points) < 2:
        return None
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(t) for _, t in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def truth(n: int) -> tuple[float, float]:
    """Pairwise precision and recall of the facts of *n* generated claims against the facts the generator
    made them from: of the pairs of claims of two documents that one fact holds, how many report one generated
    fact, and of those that do, how many one fact holds."""
    from collections import Counter

    from factrecon.reconcile import reconcile

    made: dict[str, int] = {}
    claims = generate(n, truth=made)
    found = right = 0
    for fact in reconcile(claims).facts:
        for k, a in enumerate(fact.claims):
            for b in fact.claims[k + 1 :]:
                if a.doc_id != b.doc_id:
                    found += 1
                    right += made[a.id] == made[b.id]
    by_fact: dict[int, Counter[str]] = {}
    for c in claims:
        by_fact.setdefault(made[c.id], Counter())[c.doc_id] += 1
    gold = sum((sum(d.values()) ** 2 - sum(v * v for v in d.values())) // 2 for d in by_fact.values())
    return right / max(found, 1), right / max(gold, 1)


def main(argv: list[str] | None = None) -> dict[str, Any]:
    long = os.environ.get("BENCH_LONG") == "1"
    default = "10000,20000,40000,100000,200000,500000,1000000" if long else "10000,20000,40000"
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default=default, help=f"claim counts (default {default})")
    ap.add_argument("--seconds", type=float, default=1800 if long else 90,
                    help="stop growing once a run takes longer than this; a run is killed at 4x (default 90)")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--extracted", action="store_true",
                    help="claims extracted from benchmarks/corpus.py's articles instead of generated (slow: "
                         "about 100 s of extraction a million claims, not timed)")
    ap.add_argument("--truth", action="store_true",
                    help="no timing: the pairwise precision and recall of the facts against the generator's")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.truth:
        scores = {n: truth(n) for n in sizes}
        for n, (precision, recall) in scores.items():
            print(f"{n:,} claims: precision {precision:.3f} recall {recall:.3f}")
        return {"truth": {str(n): list(pr) for n, pr in scores.items()}}

    print(f"# Clustering + reconciliation at scale\n\n{machine()}; one CPU per run, a fresh interpreter per size\n")
    rows, results = [], []
    for n in sizes:
        r = run_one(n, timeout=args.seconds * 4, source="extracted" if args.extracted else "generate")
        if r is None:
            rows.append([f"{n:,}", f"killed after {args.seconds * 4:.0f} s", "", "", "", "", ""])
            break
        results.append(r)
        rows.append([f"{r['claims']:,}", f"{r['reconcile_s']:.2f}", f"{r['reconcile_cpu_s']:.2f}",
                     f"{r['claims'] / r['reconcile_s']:,.0f}",
                     f"{r['peak_rss_mb']:.0f}", f"{r['peak_rss_mb'] - r['peak_rss_mb_before']:.0f}",
                     f"{r['facts']:,} / {r['findings']:,}"])
        print(f"  {n:,} claims: {r['reconcile_s']:.2f} s", file=sys.stderr)
        if r["reconcile_s"] > args.seconds:
            break
    print(table(["claims", "reconcile s", "CPU s", "claims/s", "peak RSS MB", "RSS growth during reconcile MB",
                 "facts / findings"], rows))
    slope = exponent([(r["claims"], r["reconcile_s"]) for r in results])
    out: dict[str, Any] = {"machine": machine(), "runs": results, "exponent": slope}
    if slope is not None:
        print(f"\nfitted growth exponent (time ~ claims^k): k = {slope:.2f} (target <= 1.15)")
        last = results[-1]
        projected = last["reconcile_s"] * (1_000_000 / last["claims"]) ** slope
        if last["claims"] < 1_000_000:
            print(f"1M claims projected from the fit: {projected:,.0f} s (target < 60 s); not run "
                  "(BENCH_LONG=1 runs it)")
        out["projected_1m_s"] = projected
    if args.json:
        args.json.write_text(json.dumps(out, indent=2))
    return out


if __name__ == "__main__":
    main()
