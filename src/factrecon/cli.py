"""The ``factrecon`` command.

    factrecon [--version]
    factrecon quantities FILE_OR_DIR... [--lang L] [--format text|json|jsonl] [--keep-going]
    factrecon claims FILE_OR_DIR... [--lang L] [--format text|json|jsonl] [--keep-going]
    factrecon check FILE_OR_DIR... [--lang L] [--format text|json|jsonl|html] [--out PATH] [--keep-going]
                    [--fail-on conflict|divergent] [--ui-lang en|<a language tag>] [--progress|--no-progress]

``python -m factrecon`` is the same command. ``-`` reads one document from
standard input (a ``.txt`` text, or a JSON object with ``"text"``; its id is
``stdin``). A directory stands for its ``.txt`` and ``.json`` documents,
sorted by name; JSON files in it that are valid JSON but not documents (such
as an ``expected.json``) are left alone without a word, while a ``.json`` that
is not valid JSON is an unreadable input.

Exit status (the table in docs/how-to/editorial-qa.md):

====  =========================================================================
0     success
1     ``check --fail-on KIND`` found a finding of that kind (``divergent`` also
      fails on conflicts, the stronger kind)
2     usage error: a bad option, a missing file, nothing to read
3     an input could not be read (not UTF-8, bad JSON, no permission); nothing
      is written
4     ``--keep-going`` skipped unreadable inputs (listed on stderr); the output
      covers the rest (4 wins over 1: the report is incomplete)
70    an internal error (a bug: please report it with the traceback)
====  =========================================================================

Output files are written atomically: to a temporary file, then renamed.

``check`` streams: it reads one file at a time, hands it to a
:class:`~factrecon.reconcile.Reconciler` and lets it go, so memory grows with
the claims, not with the texts (except for ``--format html``, whose page shows
every document's text, so the texts are kept). On a terminal it shows its
progress on one line of stderr (``--progress`` / ``--no-progress`` force it).
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import json
import os
import signal
import stat
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from factrecon import __version__
from factrecon._terminal import for_terminal
from factrecon.claims import extract_claims
from factrecon.document import _HEADER, Document, _from_json, read_document
from factrecon.errors import FactreconError
from factrecon.lang import SUPPORTED, canonical
from factrecon.lang.registry import ui_languages
from factrecon.quantities import find_quantities
from factrecon.reconcile import Reconciler
from factrecon.report import Report, plural, quantity_dict

__all__ = [
    "EXIT_FAIL_ON",
    "EXIT_INTERNAL",
    "EXIT_OK",
    "EXIT_SKIPPED",
    "EXIT_UNREADABLE",
    "EXIT_USAGE",
    "Progress",
    "main",
]

EXIT_OK = 0
EXIT_FAIL_ON = 1
EXIT_USAGE = 2
EXIT_UNREADABLE = 3
EXIT_SKIPPED = 4
EXIT_INTERNAL = 70  # EX_SOFTWARE (sysexits.h)

STDIN = "-"


class UsageError(Exception):
    """A problem with the command line (exit status 2)."""


class UnreadableError(Exception):
    """An input that cannot be read (exit status 3; skipped and listed under ``--keep-going``)."""


def _lang(value: str) -> str:
    try:
        return str(canonical(value))
    except FactreconError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _version() -> str:
    return f"factrecon {__version__}"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factrecon",
        description=f"Find and reconcile the numbers in news ({', '.join(SUPPORTED)}).",
        epilog="exit status: 0 ok, 1 --fail-on hit, 2 usage error, 3 unreadable input, "
        "4 --keep-going skipped inputs, 70 internal error",
    )
    parser.add_argument("--version", action="version", version=_version())
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "files", nargs="+", metavar="FILE_OR_DIR", help="documents (.txt, .json), folders of them, or - for stdin"
    )
    common.add_argument(
        "--lang",
        type=_lang,
        default=None,
        help=f"one of {', '.join(SUPPORTED)}, for every document that does not say its own (default: detect)",
    )
    common.add_argument(
        "--keep-going",
        action="store_true",
        help="skip inputs that cannot be read, list them on stderr and exit 4 (default: stop at the first, exit 3)",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    q = sub.add_parser("quantities", parents=[common], help="print every quantity: span, value, bounds, unit")
    q.add_argument("--format", choices=("text", "json", "jsonl"), default="text")

    c = sub.add_parser("claims", parents=[common], help="print every claim: quantity, measure, places, time, status")
    c.add_argument("--format", choices=("text", "json", "jsonl"), default="text")

    k = sub.add_parser("check", parents=[common], help="reconcile documents and report conflicts and divergences")
    k.add_argument(
        "--format",
        choices=("text", "json", "jsonl", "html"),
        default=None,
        help="default: html when --out ends in .html, json for .json, jsonl for .jsonl, else text. "
        "jsonl is one record a line (documents, facts, findings, checks). text and json stream "
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
        "--rounding",
        choices=("lenient", "strict"),
        default="lenient",
        help="how round figures are read: lenient (1 million may stand for 1.4 million) or strict "
        "(1 million stands for 0.95-1.05 million); default: lenient",
    )
    k.add_argument(
        "--ui-lang",
        choices=("en", *ui_languages()),
        default="en",
        help="the language of the HTML report's words and numbers (default: en)",
    )
    k.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show progress on one line of stderr (default: only when stderr is a terminal)",
    )
    return parser


# --------------------------------------------------------------------------- inputs


def _json_document(path: Path) -> bool | None:
    """True for a JSON document, False for valid JSON that is not one (an expected.json), None if unreadable."""
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError, RecursionError):
        return None  # read_document will say what is wrong with it
    return isinstance(data, dict) and isinstance(data.get("text"), str)


def expand(paths: Sequence[str]) -> list[Path]:
    """Files named (``-`` kept as is), each directory replaced by its .txt/.json documents (sorted).

    In a directory, a ``.json`` that is valid JSON but not a document (no ``"text"``)
    is not an input and is passed over in silence; one that is not valid JSON is
    kept, so that reading it fails and names it.
    """
    out: list[Path] = []
    for name in paths:
        path = Path(name)
        if name == STDIN:
            if any(str(p) == STDIN for p in out):
                raise UsageError("- (standard input) can be named only once")
            out.append(path)
        elif path.is_dir():
            try:
                children = sorted(path.iterdir())
            except OSError as exc:
                raise UnreadableError(f"cannot read the folder {name}: {exc.strerror or exc}") from exc
            for child in children:
                wanted = child.suffix == ".txt" or (child.suffix == ".json" and _json_document(child) is not False)
                if wanted and (child.is_file() or child.is_symlink()):  # a broken link: named when read
                    out.append(child)
        elif path.is_file():
            out.append(path)
        elif path.is_symlink():
            raise UnreadableError(f"cannot read {name}: {_broken_link(path)}")
        else:
            hint = " (a pattern: let the shell expand it)" if any(c in name for c in "*?[") else ""
            raise UsageError(f"no such file: {name}{hint}")
    if not out:
        raise UsageError("no documents to read (" + ", ".join(paths) + ")")
    return out


def _broken_link(path: Path) -> str:
    """What is wrong with a symbolic link that leads to no file (``is_file`` and ``exists`` say missing)."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a symbolic link loop"
    return f"a dangling symbolic link (to {os.readlink(path)})"


def _read_stdin(lang: str | None = None) -> Document:
    raw = sys.stdin.buffer.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UnreadableError(f"cannot read standard input: not valid UTF-8 at byte {exc.start}") from exc
    text = text.removeprefix("\ufeff")
    if text.lstrip().startswith("{"):
        return _from_json(Path("stdin.json"), text, lang)
    m = _HEADER.match(text)
    published = f"{m[1]}-{m[2]}-{m[3]}" if m else None
    return Document(text, id="stdin", lang=lang, published=published, source="<stdin>")


def _read(path: Path, lang: str | None = None) -> Document:
    """The document at *path* (``-``: standard input), in *lang* when given; UnreadableError if it cannot be."""
    try:
        doc = _read_stdin(lang) if str(path) == STDIN else read_document(path, lang=lang)
    except (OSError, UnicodeDecodeError, RecursionError, FactreconError) as exc:
        detail = str(exc.strerror if isinstance(exc, OSError) and exc.strerror else exc)
        if isinstance(exc, OSError) and os.path.islink(path) and not os.path.exists(path):
            detail = _broken_link(path)
        name = "standard input" if str(path) == STDIN else str(path)
        raise UnreadableError(f"cannot read {detail if detail.startswith(name) else f'{name}: {detail}'}") from exc
    return doc


class Inputs:
    """The documents of the command line, read one at a time; with *keep_going*, unreadable ones are skipped."""

    def __init__(self, paths: Sequence[Path], lang: str | None, keep_going: bool) -> None:
        self.paths = paths
        self.lang = lang
        self.keep_going = keep_going
        self.skipped: list[str] = []  # the messages of the inputs skipped

    def __iter__(self) -> Iterator[tuple[Path, Document]]:
        for path in self.paths:
            try:
                doc = _read(path, self.lang)
            except UnreadableError as exc:
                if not self.keep_going:
                    raise
                self.skipped.append(str(exc))
                continue
            yield path, doc
            del doc  # not held while the next one is read

    def status(self, status: int = EXIT_OK) -> int:
        """*status*, or 4 when inputs were skipped (they are listed on stderr)."""
        if not self.skipped:
            return status
        print(f"factrecon: skipped {plural(len(self.skipped), 'input')} that could not be read:", file=sys.stderr)
        for message in self.skipped:
            print(f"  {for_terminal(message)}", file=sys.stderr)
        return EXIT_SKIPPED


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
    A symbolic link at *path* is followed: the file it points to is replaced and the link
    kept. The file keeps the permissions it had (a new one gets the umask's). The data is
    flushed to the disk (fsync) before the rename, and the directory after it, so a power
    cut leaves the old file or the new one. The temporary file is removed whatever stops
    the write: an error, Ctrl-C, or SIGTERM/SIGHUP (then the signal is delivered again).
    """
    target = Path(os.path.realpath(path))  # the file a symlinked --out points to, written in place
    directory = target.parent
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        umask = os.umask(0)  # a report is an ordinary file: honour the umask (mkstemp's 0600 is for secrets)
        os.umask(umask)
        mode = 0o666 & ~umask
    with _signals_as_exceptions():
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                if isinstance(text, str):
                    handle.write(text)
                else:
                    text(handle)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, mode)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    _fsync_directory(directory)


class _Terminated(BaseException):
    """SIGTERM or SIGHUP arrived during a write (a BaseException, like KeyboardInterrupt: not a bug)."""


@contextlib.contextmanager
def _signals_as_exceptions() -> Iterator[None]:
    """SIGTERM and SIGHUP raise :class:`_Terminated` inside the block, so its clean-up runs; then the
    signal is delivered again with the handler that was there before (by default: the process ends)."""
    names = [name for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]
    if threading.current_thread() is not threading.main_thread():  # only the main thread may set handlers
        yield
        return

    def raise_terminated(signum: int, _frame: object) -> None:
        raise _Terminated(signum)

    previous = {name: signal.signal(getattr(signal, name), raise_terminated) for name in names}
    try:
        yield
    except _Terminated as exc:
        for name, handler in previous.items():
            signal.signal(getattr(signal, name), handler)
        signal.raise_signal(exc.args[0])
        raise  # a handler that did not end the process: stop the command all the same
    finally:
        for name, handler in previous.items():
            signal.signal(getattr(signal, name), handler)


def _fsync_directory(directory: Path) -> None:
    """Flush a rename in *directory* to the disk (POSIX; elsewhere a directory cannot be opened)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a directory: the rename is as durable as they allow
    finally:
        os.close(fd)


# --------------------------------------------------------------------------- commands


def _jsonl(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


def _emit(args: argparse.Namespace, inputs: Inputs, records: Callable[[Document], list[dict[str, Any]]],
          line: Callable[[dict[str, Any]], str], noun: str) -> int:
    """Print each document's records: a text block per document, one JSON object, or one JSON line each."""
    result: dict[str, list[dict[str, Any]]] = {}
    for path, doc in inputs:
        rows = records(doc)
        if args.format == "json":
            result[str(path)] = rows
        elif args.format == "jsonl":
            sys.stdout.write("".join(_jsonl({"file": str(path), "doc_id": doc.id, **row}) for row in rows))
        else:
            print(f"== {for_terminal(str(path))} ({plural(len(rows), noun)})")
            print("".join(for_terminal(line(row)) + "\n" for row in rows), end="")
    if args.format == "json":
        print(json.dumps(result, ensure_ascii=False, indent=2))
    return inputs.status()


def _quantity_line(row: dict[str, Any]) -> str:
    extra = (" change" if row["change"] else "") + ("" if row["kind"] == "cardinal" else f" {row['kind']}")
    return (
        f"{row['start']:>6}-{row['end']:<6} {row['text']!r:<34} value={row['value']} bounds={row['bounds']} "
        f"unit={row['unit']} {row['qualifier']}{extra}"
    )


def _cmd_quantities(args: argparse.Namespace) -> int:
    def records(doc: Document) -> list[dict[str, Any]]:
        return [{**quantity_dict(q), "bounds": str(q.interval)} for q in find_quantities(doc.text, lang=doc.lang)]

    return _emit(args, Inputs(expand(args.files), args.lang, args.keep_going), records, _quantity_line, "quantity")


def _claim_line(row: dict[str, Any]) -> str:
    q = row["quantity"]
    places = ",".join(f"{code}/{role}" for code, role in row["places"]) or "-"
    return (
        f"{q['start']:>6}-{q['end']:<6} {q['text']!r:<34} measure={row['measure']} "
        f"places={places} time={row['time'] or '-'} status={row['status'] or '-'}"
    )


def _cmd_claims(args: argparse.Namespace) -> int:
    def records(doc: Document) -> list[dict[str, Any]]:
        return [
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
            for c in extract_claims(doc)
        ]

    return _emit(args, Inputs(expand(args.files), args.lang, args.keep_going), records, _claim_line, "claim")


def _format_for(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    suffixes = {".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl"}
    return suffixes.get(Path(args.out).suffix.lower(), "text") if args.out else "text"


def _reconcile_files(inputs: Inputs, *, keep_text: bool, progress: Progress, rounding: str = "lenient") -> Report:
    """Read, add and let go of one file at a time; then the report over all of them."""
    rec = Reconciler(keep_text=keep_text, rounding=rounding)
    first: dict[str, Path] = {}  # document id -> the file that gave it, to name both in an error
    total = len(inputs.paths)
    done = 0  # not enumerate(): its reused result tuple would hold on to the last document
    for path, doc in inputs:
        if (earlier := first.setdefault(str(doc.id), path)) != path:
            raise UsageError(f"two documents share the id {str(doc.id)!r}: {earlier} and {path}")
        rec.add(doc)
        del doc  # the next file is read while this one is already gone
        done += 1  # noqa: SIM113
        progress.reading(done + len(inputs.skipped), total)
    progress.show(f"reconciling {plural(len(first), 'document')}…", force=True)
    return rec.report()


def _cmd_check(args: argparse.Namespace) -> int:
    fmt = _format_for(args)
    inputs = Inputs(expand(args.files), args.lang, args.keep_going)
    progress = Progress(args.progress)
    try:  # the HTML page shows every document's text: only it keeps them
        report = _reconcile_files(inputs, keep_text=fmt == "html", progress=progress, rounding=args.rounding)
    finally:  # an error message or the table starts on a clean line
        progress.clear()
    text: str | Callable[[TextIO], None]
    if fmt == "html":
        text = report.to_html(ui=args.ui_lang)
    elif fmt == "json":
        text = report.write_json  # written in pieces: the whole JSON text is never held at once
    elif fmt == "jsonl":
        text = report.write_jsonl
    else:
        text = report.format_table()
    if args.out:
        try:
            write_atomic(args.out, text)
        except OSError as exc:  # a missing directory, a directory in the way, no permission
            raise UsageError(f"cannot write {args.out}: {exc.strerror or exc}") from exc
        print(report.format_table(findings_only=True), end="")
        print(f"wrote {for_terminal(args.out)}", file=sys.stderr)
    elif isinstance(text, str):
        sys.stdout.write(text)
    else:
        text(sys.stdout)
    failing = {"conflict": {"conflict", "sum", "change"}, "divergent": {"conflict", "divergent", "sum", "change"}}
    if args.fail_on and any(f.kind in failing[args.fail_on] for f in report.findings):
        return inputs.status(EXIT_FAIL_ON)
    return inputs.status()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (see the module's table: 0, 1, 2, 3, 4 or 70)."""
    args = _parser().parse_args(argv)
    commands = {"quantities": _cmd_quantities, "claims": _cmd_claims, "check": _cmd_check}
    try:
        return commands[args.command](args)
    except (UsageError, FactreconError) as exc:  # FactreconError: duplicate ids
        print(f"factrecon: error: {for_terminal(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except UnreadableError as exc:
        print(f"factrecon: error: {for_terminal(str(exc))} (--keep-going skips such inputs)", file=sys.stderr)
        return EXIT_UNREADABLE
    except BrokenPipeError:  # `factrecon claims dir | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error when Python flushes
        return EXIT_OK
    except Exception:
        sys.stderr.write(for_terminal(traceback.format_exc(), lines=True))
        print("factrecon: internal error (a bug): please report it with the traceback above", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
