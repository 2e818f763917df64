"""The ``factrecon`` command.

    factrecon quantities FILE... [--lang L] [--format text|json]
    factrecon claims FILE... [--format text|json]
    factrecon check FILE_OR_DIR... [--format text|json|html] [--out PATH] [--fail-on conflict|divergent]
                    [--ui-lang en|kk|uz-Cyrl] [--progress|--no-progress]

Exit status (the EXIT_* constants): 0 on success; 1 when ``check --fail-on KIND``
finds a finding of that kind (``divergent`` also fails on conflicts, the
stronger kind); 2 for a usage error or an input that cannot be read; 3 for an
internal error (a bug: the traceback goes to stderr), never confused with a
finding. A directory stands for its ``.txt`` and ``.json`` documents, sorted by
name (JSON files that are not documents, such as an ``expected.json``, are
skipped with a note; a ``.json`` that is not JSON at all is an error naming it).
Output files are written atomically: to a temporary file, then renamed.

``check`` streams: it reads one file at a time, hands it to a
:class:`~factrecon.reconcile.Reconciler` and lets it go, so memory grows with
the claims, not with the texts (except for ``--format html``, whose page shows
every document's text, so the texts are kept). On a terminal it shows its
progress on one line of stderr (``--progress`` / ``--no-progress`` force it).
"""

from __future__ import annotations

import argparse
import errno
import importlib
import json
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from factrecon.document import is_document_json
from factrecon.errors import DocumentError, FactreconError
from factrecon.report import quantity_dict

if TYPE_CHECKING:  # pragma: no cover
    from factrecon.report import Report

__all__ = ["EXIT_CRASH", "EXIT_FINDINGS", "EXIT_OK", "EXIT_USAGE", "Progress", "main"]

EXIT_OK = 0  # done, and no finding that --fail-on names
EXIT_FINDINGS = 1  # check --fail-on KIND: a finding of that kind
EXIT_USAGE = 2  # the command line, or an input that cannot be read or written
EXIT_CRASH = 3  # an internal error: a bug in factrecon, never a verdict on the input


class UsageError(Exception):
    """A problem with the command line or its inputs (exit status 2)."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factrecon", description="Find and reconcile the numbers in kk / uz-Cyrl news."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    q = sub.add_parser("quantities", help="print every quantity: span, value, bounds, unit")
    q.add_argument("files", nargs="+", metavar="FILE")
    q.add_argument("--lang", default=None, help="kk or uz-Cyrl (default: detect)")
    q.add_argument("--format", choices=("text", "json"), default="text")

    c = sub.add_parser("claims", help="print every claim: quantity, measure, places, time, status")
    c.add_argument("files", nargs="+", metavar="FILE")
    c.add_argument("--format", choices=("text", "json"), default="text")

    k = sub.add_parser("check", help="reconcile documents and report conflicts and divergences")
    k.add_argument("files", nargs="+", metavar="FILE_OR_DIR")
    k.add_argument(
        "--format",
        choices=("text", "json", "html"),
        default=None,
        help="default: html when --out ends in .html, json for .json, else text. text and json stream "
        "(memory grows with the claims, not the texts); html keeps every text, which its page shows",
    )
    k.add_argument("--out", default=None, help="write the report here (atomically) instead of stdout")
    k.add_argument(
        "--fail-on",
        choices=("conflict", "divergent"),
        default=None,
        help="exit 1 when a finding of this kind (or stronger) exists",
    )
    k.add_argument(
        "--ui-lang",
        choices=("en", "kk", "uz-Cyrl"),
        default="en",
        help="the language of the HTML report's words (default: en)",
    )
    k.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show progress on one line of stderr (default: only when stderr is a terminal)",
    )
    return parser


# --------------------------------------------------------------------------- inputs


def expand(paths: Sequence[str], *, directories: bool = True) -> list[Path]:
    """Files named, with each directory replaced by its .txt/.json documents (sorted)."""
    out: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir() and directories:
            try:
                children = sorted(path.iterdir())
            except OSError as exc:  # no permission to list it
                raise UsageError(f"cannot read directory {name}: {exc.strerror or exc}") from exc
            for child in children:
                if child.suffix not in (".txt", ".json") or child.is_dir():
                    continue
                # a symlink loop or a dangling link is kept, to be named when it is read
                if not child.is_file() or child.suffix == ".txt" or _is_document(child):
                    out.append(child)
                else:
                    print(f"factrecon: note: skipping {child}: not a document (no 'text')", file=sys.stderr)
        elif path.is_file():
            out.append(path)
        elif path.is_dir():
            raise UsageError(f"{name} is a directory")
        else:
            raise UsageError(_missing(name))
    if not out:
        raise UsageError("no documents to read (" + ", ".join(paths) + ")")
    return out


def _is_document(path: Path) -> bool:
    """A .json document, not other JSON; True for a file that is not JSON at all, so reading names it."""
    try:
        return is_document_json(path)
    except DocumentError:
        return True


def _missing(name: str) -> str:
    """Why *name* is neither a file nor a directory: a symlink loop, a dangling link, or nothing there."""
    try:
        os.stat(name)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return f"{name}: a symbolic link loop"
        if os.path.islink(name):
            return f"{name}: a dangling symbolic link (to {os.readlink(name)})"
    hint = " (a pattern: let the shell expand it)" if any(c in name for c in "*?[") else ""
    return f"no such file: {name}{hint}"


def _read(path: Path) -> Any:
    reader = importlib.import_module("factrecon.document").read_document
    try:
        return reader(path)
    except OSError as exc:
        why = "a symbolic link loop" if exc.errno == errno.ELOOP else exc.strerror or str(exc)
        raise UsageError(f"cannot read {path}: {why}") from exc
    except UnicodeDecodeError as exc:
        raise UsageError(f"cannot read {path}: {exc}") from exc
    except FactreconError as exc:
        raise UsageError(f"cannot read {path}: {exc}") from exc


# --------------------------------------------------------------------------- progress


class Progress:
    """One line of progress on *stream* (stderr), rewritten in place with ``\\r``.

    Silent unless *enabled*; ``None`` means "when the stream is a terminal", so
    pipes, CI logs and captured output never see it. Updates are throttled to one
    per *interval* seconds (a run pays a clock read per document, not a write);
    ``force`` shows a line at once. :meth:`clear` blanks the line, so what is
    printed next starts clean.
    """

    def __init__(
        self,
        enabled: bool | None = None,
        stream: TextIO | None = None,
        interval: float = 0.1,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = sys.stderr if stream is None else stream
        if enabled is None:
            isatty = getattr(self.stream, "isatty", None)
            enabled = bool(isatty and isatty())
        self.enabled = enabled
        self.interval = interval
        self.clock = clock
        self.started = self._shown_at = clock()
        self._width = 0  # characters on the line now

    def _due(self, now: float) -> bool:
        return now - self._shown_at >= self.interval

    def show(self, line: str, *, force: bool = False) -> None:
        """Replace the line with *line*: at once when *force*, else unless the last update is too recent."""
        if self.enabled:
            now = self.clock()
            if force or self._due(now):
                self._write(line, now)

    def reading(self, done: int, total: int) -> None:
        """``reading 1,234/5,000 documents (312/s)``, throttled; the last one always shown."""
        if self.enabled:
            now = self.clock()
            if done == total or self._due(now):
                rate = f" ({done / (now - self.started):,.0f}/s)" if now > self.started else ""
                self._write(f"reading {done:,}/{total:,} documents{rate}", now)

    def _write(self, line: str, now: float) -> None:
        self._shown_at = now
        self.stream.write("\r" + line.ljust(self._width))  # blanks what is left of a longer line
        self.stream.flush()
        self._width = len(line)

    def clear(self) -> None:
        """Blank the line and return to its start."""
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0


# --------------------------------------------------------------------------- output


def write_atomic(path: str, text: str | Callable[[TextIO], None]) -> None:
    """Write *text* to *path* through a temporary file in the same directory, then rename.

    *text* may be a function that writes to the open file (a large JSON report, in pieces).
    """
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            if isinstance(text, str):
                handle.write(text)
            else:
                text(handle)
        # mkstemp makes the file private (0600); a report is an ordinary file: honour the umask
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _num(value: object) -> str | None:
    return None if value is None else str(value)


def _quantity_line(q: Any) -> str:
    extra = (" change" if q.change else "") + ("" if str(q.kind) == "cardinal" else f" {q.kind}")
    return (
        f"{q.start:>6}-{q.end:<6} {q.text!r:<34} value={_num(q.value)} bounds={q.interval} "
        f"unit={q.unit} {q.qualifier}{extra}"
    )


# --------------------------------------------------------------------------- commands


def _cmd_quantities(args: argparse.Namespace) -> int:
    find = importlib.import_module("factrecon.quantities").find_quantities
    result: dict[str, list[dict[str, Any]]] = {}
    for path in expand(args.files, directories=False):
        doc = _read(path)
        quantities = find(doc.text, lang=args.lang or getattr(doc, "lang", None))
        if args.format == "json":
            result[str(path)] = [quantity_dict(q) for q in quantities]
        else:
            print(f"== {path} ({len(quantities)} quantities)")
            for q in quantities:
                print(_quantity_line(q))
    if args.format == "json":
        print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


def _cmd_claims(args: argparse.Namespace) -> int:
    extract = importlib.import_module("factrecon.claims").extract_claims
    result: dict[str, list[dict[str, Any]]] = {}
    for path in expand(args.files, directories=False):
        claims = extract(_read(path))
        if args.format == "json":
            result[str(path)] = [
                {
                    "id": c.id,
                    "quantity": quantity_dict(c.quantity),
                    "measure": c.measure,
                    "measure_text": c.measure_text,
                    "places": [[p.code, p.role] for p in c.context],
                    "time": None if c.time is None else str(c.time),
                    "status": c.status,
                    "frame": list(c.frame),
                }
                for c in claims
            ]
            continue
        print(f"== {path} ({len(claims)} claims)")
        for c in claims:
            places = ",".join(f"{p.code}/{p.role}" for p in c.context) or "-"
            print(
                f"{c.quantity.start:>6}-{c.quantity.end:<6} {c.quantity.text!r:<34} measure={c.measure} "
                f"places={places} time={c.time or '-'} status={c.status or '-'}"
            )
    if args.format == "json":
        print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


def _format_for(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    if args.out and args.out.endswith((".html", ".htm")):
        return "html"
    if args.out and args.out.endswith(".json"):
        return "json"
    return "text"


def _reconcile_files(paths: Sequence[Path], *, keep_text: bool, progress: Progress) -> Report:
    """Read, add and let go of one file at a time; then the report over all of them."""
    from factrecon.reconcile import Reconciler

    rec = Reconciler(keep_text=keep_text)
    first: dict[str, int] = {}  # document id -> index of the file that gave it, to name both in an error
    unread = 0  # files that could not be read: each is named, the others still read, then the run fails
    for k, path in enumerate(paths):
        try:
            doc = _read(path)
        except UsageError as exc:
            progress.clear()
            print(f"factrecon: error: {exc}", file=sys.stderr)
            unread += 1
            continue
        if (earlier := first.setdefault(str(doc.id), k)) != k:
            raise UsageError(f"two documents share the id {str(doc.id)!r}: {paths[earlier]} and {path}")
        rec.add(doc)
        del doc  # the next file is read while this one is already gone
        progress.reading(k + 1, len(paths))
    if unread:
        raise UsageError(f"{unread} of {len(paths)} files could not be read (named above); no report written")
    progress.show(f"reconciling {len(paths):,} documents…", force=True)
    return rec.report()


def _cmd_check(args: argparse.Namespace) -> int:
    fmt = _format_for(args)
    paths = expand(args.files)
    progress = Progress(args.progress)
    try:  # the HTML page shows every document's text: only it keeps them
        report = _reconcile_files(paths, keep_text=fmt == "html", progress=progress)
    finally:  # an error message or the table starts on a clean line
        progress.clear()
    text: str | Callable[[TextIO], None]
    if fmt == "html":
        text = report.to_html(ui=args.ui_lang)
    elif fmt == "json":
        text = report.write_json  # written in pieces: the whole JSON text is never held at once
    else:
        text = report.format_table()
    if args.out:
        try:
            write_atomic(args.out, text)
        except OSError as exc:  # a missing directory, a directory in the way, no permission
            raise UsageError(f"cannot write {args.out}: {exc.strerror or exc}") from exc
        print(report.format_table(findings_only=True), end="")
        print(f"wrote {args.out}", file=sys.stderr)
    elif isinstance(text, str):
        sys.stdout.write(text)
    else:
        text(sys.stdout)
    failing = {"conflict": {"conflict", "sum", "change"}, "divergent": {"conflict", "divergent", "sum", "change"}}
    if args.fail_on and any(f.kind in failing[args.fail_on] for f in report.findings):
        return EXIT_FINDINGS
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (the EXIT_* constants: 0, 1, 2, 3)."""
    args = _parser().parse_args(argv)
    commands = {"quantities": _cmd_quantities, "claims": _cmd_claims, "check": _cmd_check}
    try:
        return commands[args.command](args)
    except (UsageError, FactreconError) as exc:  # FactreconError: duplicate ids, an unknown --lang
        print(f"factrecon: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except Exception:  # a bug: say so, with the traceback to report, and never exit as a finding would
        print("factrecon: internal error (a bug in factrecon; please report it with this traceback):", file=sys.stderr)
        traceback.print_exc(file=sys.stderr)
        return EXIT_CRASH


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
