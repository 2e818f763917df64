"""factrecon.dask against the single process: the same files, the same report, wall-clock time.

    python benchmarks/dask_scale.py [--sizes 1000,4000] [--workers 2] [--repeat 1] [--json out.json]

Inputs: the example corpus (examples/corpus/*.txt, 9 articles) and generated
articles (benchmarks/pipeline.py's files: 8 sentences each, half kk, half
uz-Cyrl, a "date" line). For each input:

- single process: ``factrecon.reconcile([read_document(p) for p in paths])``,
  and its two halves: per document (``document_part``: read, claims,
  statements, checks) and the rest (``reconcile_blocks`` + ``build_report``);
- Dask: ``factrecon.dask.reconcile(paths, client=client)`` on a LocalCluster of
  --workers single-threaded processes started once (its start-up is timed
  apart, and the workers are warmed up on the corpus first, as a long-lived
  cluster would be);
- a cold call: ``factrecon.dask.reconcile(corpus paths)`` with no client, so
  the LocalCluster is started and closed inside the call.

Every Dask report is checked equal (``==`` and ``to_json()``) to the
single-process one. Nothing is pinned: the Dask run needs every core. The
load average is printed, since the machine may be shared.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, best_of, machine, table
from pipeline import _write

import factrecon
from factrecon.reconcile import build_report, document_part, reconcile_blocks


def _single(paths: list[Path]) -> factrecon.Report:
    return factrecon.reconcile([factrecon.read_document(p) for p in paths])


def _halves(paths: list[Path]) -> tuple[float, float]:
    """Seconds per document (read + document_part) and for the rest (blocks + report), single process."""
    t0 = time.perf_counter()
    pairs = [document_part(factrecon.read_document(p)) for p in paths]
    t1 = time.perf_counter()
    parts = [p for p, _ in pairs]
    build_report(parts, [i for _, i in pairs], reconcile_blocks(st for p in parts for st in p.statements))
    return t1 - t0, time.perf_counter() - t1


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,4000", help="numbers of generated articles")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=1, help="passes per generated input (the corpus gets 3 more)")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)

    import distributed

    from factrecon.dask import reconcile as dask_reconcile

    corpus = sorted((ROOT / "examples" / "corpus").glob("*.txt"))
    print(f"# factrecon.dask\n\n{machine()}; load average {os.getloadavg()[0]:.1f} at the start; "
          f"{args.workers} worker processes of 1 thread\n")
    res: dict[str, Any] = {"machine": machine(), "workers": args.workers, "inputs": []}

    cold, report = _timed(lambda: dask_reconcile(corpus))
    assert report == _single(corpus), "the cold Dask report differs"
    res["cold_corpus_s"] = cold

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        cluster = distributed.LocalCluster(
            n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        )
        client = distributed.Client(cluster)
        res["cluster_start_s"] = time.perf_counter() - t0
        try:
            dask_reconcile(corpus, client=client)  # warm-up: workers import factrecon and load the language data
            inputs = [("examples/corpus", corpus, args.repeat + 3)]
            for n in (int(s) for s in args.sizes.split(",") if s):
                folder = Path(tmp) / f"g{n}"
                folder.mkdir()
                inputs.append((f"generated {n:,}", [p for p, _ in _write(folder, n)], args.repeat))
            for name, paths, repeat in inputs:
                want = _single(paths)
                got = dask_reconcile(paths, client=client)
                same = got == want and got.to_json() == want.to_json()
                t_single = best_of(lambda paths=paths: _single(paths), repeat)
                t_dask = best_of(lambda paths=paths: dask_reconcile(paths, client=client), repeat)
                per_doc, rest = _halves(paths)
                res["inputs"].append({
                    "input": name, "articles": len(paths), "claims": len(want.claims), "facts": len(want.facts),
                    "single_s": t_single, "per_document_s": per_doc, "blocks_and_report_s": rest,
                    "dask_s": t_dask, "identical": same,
                })
                rows.append([name, f"{len(paths):,}", f"{len(want.claims):,}", f"{t_single:.2f}",
                             f"{per_doc:.2f} / {rest:.2f}", f"{t_dask:.2f}", f"{t_single / t_dask:.2f}x",
                             "yes" if same else "**NO**"])
                print(f"{name}: single {t_single:.2f} s, dask {t_dask:.2f} s", file=sys.stderr)
        finally:
            client.close()
            cluster.close()
    print(table(["input", "articles", "claims", "single s", "single: per document / blocks+report s",
                 f"dask {args.workers} workers s", "speed-up", "identical"], rows))
    print(f"\nLocalCluster start ({args.workers} workers): {res['cluster_start_s']:.2f} s; "
          f"cold call on the corpus (no client: start, reconcile, close): {cold:.2f} s; "
          f"load average at the end {os.getloadavg()[0]:.1f}")
    if args.json:
        args.json.write_text(json.dumps(res, indent=2))
    return res


if __name__ == "__main__":
    main()
