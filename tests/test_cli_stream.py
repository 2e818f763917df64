"""factrecon check streams its inputs and shows progress only on a terminal.

No test here times anything: progress is driven by a fake clock, and memory is
measured with weak references and tracemalloc, which count objects and bytes.
"""

from __future__ import annotations

import functools
import io
import sys
import tracemalloc
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from factrecon import cli
from factrecon.reconcile import Reconciler

pytestmark = pytest.mark.skipif(
    not (Path(__file__).resolve().parents[1] / "src" / "factrecon" / "claims.py").exists(),
    reason="factrecon.claims has not landed",
)

KK = "date 2025-11-12\nЖобалар\nҚазақстан мен Ресей 14 бірлескен жобаны 4,4 млрд долларға аяқтады.\n"
UZ = "date 2025-11-11\nЛойиҳалар\nҚозоғистон ва Россия 30 та қўшма лойиҳани 4,4 миллиард долларга амалга оширмоқда.\n"


class Tty(io.StringIO):
    """A stderr that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def _corpus(folder: Path, n: int, padding: int = 0) -> Path:
    """*n* small articles (alternately kk and uz-Cyrl), each followed by *padding* spaces."""
    for k in range(n):
        text = (KK, UZ)[k % 2].replace("14", str(14 + k)).replace("30", str(30 + k))
        (folder / f"d{k:03d}.txt").write_text(text + " " * padding + "\n", encoding="utf-8")
    return folder


@pytest.fixture
def two(tmp_path: Path) -> list[str]:
    _corpus(tmp_path, 2)
    return [str(tmp_path / "d000.txt"), str(tmp_path / "d001.txt")]


# --------------------------------------------------------------------------- progress


def test_forced_progress_is_one_line_cleared_before_the_table(
    two: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["check", *two, "--progress"]) == 0
    out, err = capsys.readouterr()
    assert "reading 2/2 documents (" in err
    assert "\rreconciling 2 documents…" in err
    assert "\n" not in err  # rewritten in place...
    assert err.endswith("\r")  # ...then blanked
    assert err.rsplit("\r", 2)[-2].strip() == ""
    assert out.startswith("2 documents")  # the table itself is untouched
    assert "reading" not in out


def test_no_progress_when_stderr_is_not_a_terminal(two: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", *two]) == 0
    assert capsys.readouterr().err == ""


def test_progress_on_a_terminal_unless_turned_off(two: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    tty = Tty()
    monkeypatch.setattr(sys, "stderr", tty)
    assert cli.main(["check", *two, "--format", "json"]) == 0
    assert "reading 2/2 documents" in tty.getvalue()

    quiet = Tty()
    monkeypatch.setattr(sys, "stderr", quiet)
    assert cli.main(["check", *two, "--format", "json", "--no-progress"]) == 0
    assert quiet.getvalue() == ""


def test_an_error_starts_on_a_clean_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _corpus(tmp_path, 3)
    (tmp_path / "d002.txt").write_bytes(b"\xff30")
    monkeypatch.setattr(cli, "Progress", functools.partial(cli.Progress, interval=0.0))  # every update shown
    assert cli.main(["check", str(tmp_path), "--progress"]) == cli.EXIT_UNREADABLE
    err = capsys.readouterr().err
    assert "reading 2/3 documents" in err
    assert err.split("\r")[-1].startswith("factrecon: error: cannot read")
    assert "d002.txt" in err


def _clock(step: float) -> Iterator[float]:
    now = 0.0
    while True:
        yield now
        now += step


def test_updates_are_throttled_to_ten_a_second() -> None:
    ticks = _clock(0.001)  # one clock read a document: a thousand documents a second
    stream = io.StringIO()
    progress = cli.Progress(True, stream, interval=0.1, clock=lambda: next(ticks))
    for done in range(1, 3001):
        progress.reading(done, 3000)
    writes = stream.getvalue().count("\r")
    assert 25 <= writes <= 31  # three seconds: about ten a second, and the last one
    assert stream.getvalue().endswith("reading 3,000/3,000 documents (1,000/s)")
    progress.show("reconciling…")  # throttled: the last update was just now
    assert stream.getvalue().count("\r") == writes
    progress.show("reconciling…", force=True)
    progress.clear()
    assert stream.getvalue().endswith("\r" + " " * len("reconciling…") + "\r")


def test_a_disabled_progress_writes_nothing() -> None:
    stream = Tty()
    progress = cli.Progress(False, stream, interval=0.0)
    progress.reading(1, 1)
    progress.show("x", force=True)
    progress.clear()
    assert stream.getvalue() == ""
    assert cli.Progress(None, Tty()).enabled
    assert not cli.Progress(None, io.StringIO()).enabled


# --------------------------------------------------------------------------- streaming


def test_each_document_is_let_go_before_the_next_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _corpus(tmp_path, 12)
    read = cli._read
    seen: list[weakref.ref[Any]] = []
    alive_at_read: list[int] = []

    def spy(path: Path, lang: str | None = None) -> Any:
        alive_at_read.append(sum(ref() is not None for ref in seen))
        doc = read(path, lang)
        seen.append(weakref.ref(doc))
        return doc

    monkeypatch.setattr(cli, "_read", spy)
    for fmt in ("json", "html"):  # html keeps the texts, not the documents
        seen.clear()
        alive_at_read.clear()
        assert cli.main(["check", str(tmp_path), "--format", fmt, "--out", str(tmp_path / f"r.{fmt}")]) == 0
        assert alive_at_read == [0] * 12


def _held_while_reconciling(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    """Bytes allocated (and still alive) from the start of the command to the moment the report is built."""
    held: list[int] = []

    class Measured(Reconciler):
        def report(self) -> Any:
            held.append(tracemalloc.get_traced_memory()[0])
            return super().report()

    # the name the command uses
    monkeypatch.setattr(cli, "Reconciler", Measured)
    tracemalloc.start()
    try:
        start = tracemalloc.get_traced_memory()[0]
        assert cli.main(argv) == 0
    finally:
        tracemalloc.stop()
    return held[0] - start


def test_memory_holds_the_claims_not_the_texts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    n, padding = 12, 60_000
    (tmp_path / "in").mkdir()
    corpus = _corpus(tmp_path / "in", n, padding)
    texts = sum(sys.getsizeof(p.read_text(encoding="utf-8")) for p in corpus.iterdir())
    assert texts > n * padding
    argv = ["check", str(corpus), "--out"]
    assert cli.main([*argv, str(tmp_path / "warm.json")]) == 0  # caches filled before measuring

    streamed = _held_while_reconciling([*argv, str(tmp_path / "r.json")], monkeypatch)
    kept = _held_while_reconciling([*argv, str(tmp_path / "r.html")], monkeypatch)
    capsys.readouterr()
    # the texts are several times what their claims take: streaming holds a small part of them
    assert streamed < texts / 4, (streamed, texts)
    assert kept > texts * 0.9, (kept, texts)  # the HTML report needs them (and the measurement sees them)
