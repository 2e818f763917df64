"""`factrecon check` over a folder: wall time and peak RSS, streaming against holding every document.

    python benchmarks/cli_stream.py [--articles 2000 8000] [--big 2 20] [--json out.json]

For each size, generated articles (benchmarks/corpus.py, as in pipeline.py:
8 sentences, half kk, half uz-Cyrl, a "date" line) are written to a temporary
folder, and each of these runs in a fresh process, pinned to one CPU:

- before: the code path `factrecon check` had until it streamed: every document
  read into a list, then ``reconcile(docs)`` (which keeps the texts), JSON out;
- after: ``factrecon check DIR --format json --out FILE`` (streams: a document's
  text is dropped once its claims are taken);
- after, html: ``--format html``, which keeps the texts because the page shows
  them (and builds the page: more than the texts alone).

``--big N MB`` runs ``check`` on N files of MB megabytes each instead (each
file one long document made of generated articles, half kk, half uz-Cyrl):
streaming JSON and the terminal table (the HTML page of 40 MB of text is not
what the command is for). ``--articles`` and ``--big`` can be combined.

Peak RSS is the child's own (``os.wait4``), so one run's peak does not mask
the next one's. The two JSON reports must be identical.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import machine, one_core, table
from corpus import LANGS, article

# the check command before it streamed (src/factrecon/cli.py until 1e4fdd0), JSON out
BEFORE = """
import sys
from factrecon.cli import _read, expand, write_atomic
from factrecon.reconcile import reconcile
docs = [_read(p) for p in expand([sys.argv[1]])]
write_atomic(sys.argv[2], reconcile(docs).to_json() + "\\n")
"""


def _write(folder: Path, n: int) -> float:
    """*n* articles as .txt files in *folder*; their size in MB."""
    size = 0
    for k in range(n):
        lang = LANGS[k % 2]
        day = dt.date(2025, 1, 1) + dt.timedelta(days=k % 300)
        path = folder / f"a{k:05d}-{lang}.txt"
        path.write_text(f"date {day.isoformat()}\n{article(lang, k)}\n", encoding="utf-8")
        size += path.stat().st_size
    return size / 1e6


def _write_big(folder: Path, files: int, mb: float) -> float:
    """*files* documents of about *mb* MB each (articles run together), alternately kk and uz-Cyrl; their MB."""
    size = 0
    for k in range(files):
        lang = LANGS[k % 2]
        parts, n, index = [f"date 2025-06-{k + 1:02d}\n"], 0, 0
        while n < mb * 1e6:
            text = article(lang, index) + "\n\n"
            parts.append(text)
            n += len(text.encode("utf-8"))
            index += 1
        path = folder / f"big{k}-{lang}.txt"
        path.write_text("".join(parts), encoding="utf-8")
        size += path.stat().st_size
    return size / 1e6


def _run(argv: list[str]) -> tuple[float, float]:
    """Run *argv* to completion: (wall seconds, peak RSS in MB of that process alone)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    err = proc.stderr.read()  # a few lines ("wrote ..."): no deadlock
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{argv} failed ({proc.returncode}): {err.decode(errors='replace')}")
    return wall, usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, nargs="*", default=[2000, 8000])
    ap.add_argument("--big", type=float, nargs=2, metavar=("FILES", "MB"), default=None,
                    help="also N files of MB megabytes each (e.g. --big 2 20)")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    pinned = one_core()  # inherited by the children
    print(f"# CLI streaming\n\n{machine()}; {pinned}; one run each, in a fresh process\n")
    py = sys.executable
    res: dict[str, Any] = {"machine": machine(), "runs": []}
    rows = []
    for n in args.articles:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "in"
            folder.mkdir()
            mb = _write(folder, n)
            out = Path(tmp)
            runs = {
                "before (all documents held, json)": [py, "-c", BEFORE, str(folder), str(out / "before.json")],
                "after (streaming, json)": [py, "-m", "factrecon.cli", "check", str(folder), "--format", "json",
                                            "--out", str(out / "after.json")],
                "after, --format html (texts kept)": [py, "-m", "factrecon.cli", "check", str(folder),
                                                      "--format", "html", "--out", str(out / "after.html")],
            }
            for name, cmd in runs.items():
                wall, rss = _run(cmd)
                res["runs"].append({"articles": n, "input_mb": mb, "run": name, "seconds": wall, "peak_rss_mb": rss})
                rows.append([f"{n:,}", f"{mb:.1f}", name, f"{wall:.1f}", f"{rss:.0f}"])
                print(f"  {n:,} {name}: {wall:.1f} s, {rss:.0f} MB", file=sys.stderr)
            before = (out / "before.json").read_bytes()
            if before != (out / "after.json").read_bytes():
                raise SystemExit(f"{n} articles: the streamed report differs from the one before")
            claims = sum(d["claims"] for d in json.loads(before)["documents"])
            res["runs"][-1]["claims"] = claims
            rows.append([f"{n:,}", "", f"({claims:,} claims; the two JSON reports are identical)", "", ""])
    if args.big:
        files, mb = int(args.big[0]), args.big[1]
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "in"
            folder.mkdir()
            size = _write_big(folder, files, mb)
            out = Path(tmp)
            runs = {
                "big files: streaming, json": [py, "-m", "factrecon", "check", str(folder), "--format", "json",
                                               "--out", str(out / "big.json")],
                "big files: streaming, text table": [py, "-m", "factrecon", "check", str(folder), "--format", "text"],
            }
            for name, cmd in runs.items():
                wall, rss = _run(cmd)
                res["runs"].append({"files": files, "input_mb": size, "run": name, "seconds": wall,
                                    "peak_rss_mb": rss})
                rows.append([f"{files} x {mb:g} MB", f"{size:.1f}", name, f"{wall:.1f}", f"{rss:.0f}"])
                print(f"  {files} x {mb:g} MB {name}: {wall:.1f} s, {rss:.0f} MB", file=sys.stderr)
            data = json.loads((out / "big.json").read_text("utf-8"))
            claims = sum(d["claims"] for d in data["documents"])
            json_mb = (out / "big.json").stat().st_size / 1e6
            res["runs"][-1]["claims"] = claims
            rows.append([f"{files} x {mb:g} MB", "", f"({claims:,} claims; JSON report {json_mb:.0f} MB)", "", ""])
    print(table(["articles", "input MB", "run", "wall s", "peak RSS MB"], rows))
    if args.json:
        args.json.write_text(json.dumps(res, indent=2))
    return res


if __name__ == "__main__":
    main()
