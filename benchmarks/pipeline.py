"""The whole pipeline in articles per second on one core: read, claims, reconcile.

    python benchmarks/pipeline.py [--articles 400] [--repeat 3] [--json out.json]

Articles are generated (benchmarks/corpus.py: 8 news sentences each, half kk,
half uz-Cyrl), written to .txt files with a "date YYYY-MM-DD" line, and run
through each stage that exists in this checkout:

- read: factrecon.read_document(path) (else Path.read_text + factrecon.Document);
- quantities: factrecon.find_quantities on each article (the recogniser alone);
- claims: factrecon.extract_claims(doc);
- reconcile: factrecon.reconcile(docs) over all of them.

A line after the table gives extract_claims' own share: its time per article
minus find_quantities' (the claims stage runs the recogniser once per article).

A stage whose API has not landed yet is reported as "not available", and the
whole-pipeline figure is given only when every stage ran.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import best_of, machine, one_core, table
from corpus import LANGS, article

import factrecon


def _write(folder: Path, n: int) -> list[tuple[Path, str]]:
    paths = []
    for k in range(n):
        lang = LANGS[k % 2]
        day = dt.date(2025, 1, 1) + dt.timedelta(days=k % 300)
        path = folder / f"a{k:05d}-{lang}.txt"
        path.write_text(f"date {day.isoformat()}\n{article(lang, k)}\n", encoding="utf-8")
        paths.append((path, lang))
    return paths


def _reader() -> Callable[[Path], Any] | None:
    read = getattr(factrecon, "read_document", None)
    if read is None:
        try:
            from factrecon.document import read_document as read  # not yet exported from factrecon
        except ImportError:
            read = None
    if read is not None:
        return read  # type: ignore[no-any-return]
    document = getattr(factrecon, "Document", None)
    if document is None:
        return None
    return lambda p: document(p.read_text(encoding="utf-8"), id=p.stem)


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    pinned = one_core()
    print(f"# Whole pipeline\n\n{machine()}; {pinned}; {args.articles} generated articles of 8 sentences, "
          f"best of {args.repeat}\n")

    res: dict[str, Any] = {"machine": machine(), "articles": args.articles, "stages": {}}
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        paths = _write(Path(tmp), args.articles)
        size = sum(p.stat().st_size for p, _ in paths) / 1e6
        texts = [(p.read_text(encoding="utf-8"), lang) for p, lang in paths]

        def stage(name: str, fn: Callable[[], object] | None, why: str = "") -> float | None:
            if fn is None:
                rows.append([name, "not available", "", "", why])
                res["stages"][name] = None
                return None
            fn()  # warm-up
            secs = best_of(fn, args.repeat)
            res["stages"][name] = {"seconds": secs, "articles_s": args.articles / secs}
            rows.append([name, f"{args.articles / secs:,.0f}", f"{size / secs:.2f}",
                         f"{secs * 1000 / args.articles:.2f}", why])
            return secs

        read = _reader()
        docs: list[Any] = []

        def do_read() -> None:
            assert read is not None
            docs[:] = [read(p) for p, _ in paths]

        t_read = stage("read", do_read if read else None, "" if read else "factrecon.Document has not landed")
        t_q = stage("quantities (find_quantities per article)",
              lambda: [factrecon.find_quantities(t, lang) for t, lang in texts], "the recogniser alone")
        extract = getattr(factrecon, "extract_claims", None)
        t_c = stage("claims (extract_claims)", (lambda: [extract(d) for d in docs]) if extract and docs else None,
                         "" if extract else "factrecon.extract_claims has not landed")
        recon = getattr(factrecon, "reconcile", None)
        t_rec = stage("reconcile(docs) (claims + clustering + verdicts)",
                      (lambda: recon(docs)) if recon and extract and docs else None,
                      "" if recon and extract else "needs factrecon.reconcile and extract_claims")
        if t_read is not None and t_rec is not None:
            total = t_read + t_rec
            res["pipeline_articles_s"] = args.articles / total
            rows.append(["**read + claims + reconcile**", f"**{args.articles / total:,.0f}**", f"{size / total:.2f}",
                         f"{total * 1000 / args.articles:.2f}", "target >= 200 articles/s per core"])
    print(table(["stage", "articles/s", "MB/s", "ms/article", "note"], rows))
    if t_q is not None and t_c is not None:
        beyond = (t_c - t_q) * 1000 / args.articles
        res["claims_beyond_quantities_ms"] = beyond
        print(f"\nextract_claims beyond find_quantities: {beyond:.2f} ms per article")
    if args.json:
        args.json.write_text(json.dumps(res, indent=2))
    return res


if __name__ == "__main__":
    main()
