"""The factrecon command: quantities, claims, check; exit statuses and atomic output."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from factrecon.cli import expand, main, write_atomic

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"

# both state their year: reconcile reports a conflict only when the context makes the identity clear
KK = "date 2025-11-12\nЖобалар\nҚазақстан мен Ресей 2025 жылы 14 бірлескен жобаны 4,4 млрд долларға аяқтады.\n"
UZ = (
    "date 2025-11-11\nЛойиҳалар\nҚозоғистон ва Россия 2025 йилда 30 та қўшма лойиҳани 4,4 миллиард долларга "
    "амалга оширмоқда.\n"
)


@pytest.fixture
def files(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(KK, encoding="utf-8")
    (tmp_path / "b.txt").write_text(UZ, encoding="utf-8")
    (tmp_path / "expected.json").write_text('{"facts": []}', encoding="utf-8")
    (tmp_path / "notes.md").write_text("not read", encoding="utf-8")
    return tmp_path


def test_directories_expand_to_their_documents(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An expected.json (valid JSON, not a document) is not an input, and not worth a note either."""
    assert [p.name for p in expand([str(files)])] == ["a.txt", "b.txt"]
    assert capsys.readouterr().err == ""


def test_missing_file_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path / "nope.txt")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["quantities", str(tmp_path)]) == 2  # an empty folder: nothing to read
    assert "no documents" in capsys.readouterr().err


def test_bad_arguments_exit_2() -> None:
    with pytest.raises(SystemExit) as exc:
        main(["check", "--format", "pdf", "x"])
    assert exc.value.code == 2


def test_quantities_text_and_json(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quantities", str(files / "a.txt")]) == 0
    out = capsys.readouterr().out
    assert "4,4 млрд" in out
    assert "unit=" in out
    assert main(["quantities", "--format", "json", "--lang", "kk", str(files / "a.txt")]) == 0
    data = json.loads(capsys.readouterr().out)
    (quantities,) = data.values()
    assert any(q["value"] == "4400000000" or q["value"] == "4.4E+9" for q in quantities)


def test_write_atomic_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "out.html"
    write_atomic(str(target), "<p>one</p>")
    write_atomic(str(target), "<p>two</p>")
    assert target.read_text(encoding="utf-8") == "<p>two</p>"
    assert [p.name for p in tmp_path.iterdir()] == ["out.html"]


needs_claims = pytest.mark.skipif(
    not (ROOT / "src" / "factrecon" / "claims.py").exists(), reason="factrecon.claims has not landed"
)


@needs_claims
def test_check_formats_and_fail_on(files: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = [str(files / "a.txt"), str(files / "b.txt")]
    assert main(["check", *docs]) == 0
    head = capsys.readouterr().out.splitlines()[0]
    assert re.fullmatch(r"2 documents, (1 fact|\d+ facts), (1 finding|\d+ findings)", head), head
    out = tmp_path / "r.json"
    assert main(["check", *docs, "--out", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["schema_version"] == 1
    report = json.loads(out.read_text(encoding="utf-8"))
    kinds = {f["kind"] for f in report["findings"]}
    status = main(["check", *docs, "--fail-on", "conflict", "--format", "json"])
    assert status == (1 if kinds & {"conflict", "sum", "change"} else 0)


@needs_claims
def test_check_corpus_writes_html_and_prints_findings(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    run = subprocess.run(
        [sys.executable, "-m", "factrecon.cli", "check", str(CORPUS), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert out.read_text(encoding="utf-8").startswith("<!doctype html>")
    assert "documents" in run.stdout


# --------------------------------------------------------------------------- the command line as users expect it


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factrecon", *args], input=stdin, capture_output=True, text=True, check=False
    )


def test_version_and_python_dash_m() -> None:
    from factrecon import __version__

    run = _run("--version")
    assert run.returncode == 0
    assert run.stdout.strip() == f"factrecon {__version__}"
    assert _run("check").returncode == 2  # argparse: no files named


@pytest.mark.parametrize("command", ["quantities", "claims", "check"])
def test_every_command_takes_folders_lang_stdin_and_jsonl(files: Path, command: str) -> None:
    folder = _run(command, str(files), "--lang", "kk", "--format", "jsonl")
    assert folder.returncode == 0, folder.stderr
    records = [json.loads(line) for line in folder.stdout.splitlines()]
    assert records
    piped = _run(command, "-", "--format", "jsonl", stdin=KK)
    assert piped.returncode == 0, piped.stderr
    lines = [json.loads(line) for line in piped.stdout.splitlines()]
    if command == "check":
        assert [r["record"] for r in records][:3] == ["report", "document", "document"]
        assert {r["lang"] for r in records if r["record"] == "document"} == {"kk"}  # --lang: both read as kk
        assert [r["id"] for r in lines if r["record"] == "document"] == ["stdin"]
    else:
        assert {r["file"] for r in records} == {str(files / "a.txt"), str(files / "b.txt")}
        assert {r["doc_id"] for r in lines} == {"stdin"}
        assert any("4,4 млрд" in json.dumps(r, ensure_ascii=False) for r in lines)


def test_an_unknown_lang_is_a_usage_error(files: Path) -> None:
    run = _run("claims", str(files / "a.txt"), "--lang", "xx")
    assert run.returncode == 2
    assert "--lang" in run.stderr


def test_an_unreadable_file_stops_with_3_and_keep_going_skips_and_lists_it_with_4(files: Path) -> None:
    (files / "c.txt").write_bytes(b"\xff\xfe not utf-8")
    (files / "d.json").write_text("{not json", encoding="utf-8")  # a broken document is not "not a document"
    stop = _run("check", str(files), "--format", "json")
    assert stop.returncode == 3
    assert "c.txt" in stop.stderr
    assert "--keep-going" in stop.stderr
    assert stop.stdout == ""
    go = _run("check", str(files), "--format", "json", "--keep-going")
    assert go.returncode == 4, go.stderr
    assert [d["id"] for d in json.loads(go.stdout)["documents"]] == ["a", "b"]
    assert "skipped 2 inputs" in go.stderr
    assert "c.txt" in go.stderr
    assert "d.json" in go.stderr
    for command in ("quantities", "claims"):
        assert _run(command, str(files), "--keep-going").returncode == 4


def test_exit_status_1_for_fail_on_and_4_wins_when_inputs_were_skipped(files: Path) -> None:
    (files / "c.txt").write_text(KK.replace("14", "40"), encoding="utf-8")  # 14 against 40: a conflict
    (files / "a.txt").rename(files / "a2.txt")
    assert _run("check", str(files / "a2.txt"), str(files / "c.txt"), "--fail-on", "conflict").returncode == 1
    (files / "e.txt").write_bytes(b"\xff")
    skipped = _run("check", str(files), "--fail-on", "conflict", "--keep-going")
    assert skipped.returncode == 4
    assert "conflict" in skipped.stdout


def test_plurals_in_headings(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["claims", str(files / "a.txt")]) == 0
    out = capsys.readouterr().out
    assert "(2 claims)" in out or "(1 claim)" in out
    assert "(1 claims)" not in out
    from factrecon.report import plural

    assert [plural(n, "quantity") for n in (0, 1, 2, 1234)] == ["0 quantities", "1 quantity", "2 quantities",
                                                              "1,234 quantities"]
    assert plural(1, "document") == "1 document"


def test_the_table_wraps_long_claims_instead_of_cutting_them() -> None:
    from factrecon.reconcile import reconcile

    long_id = "kk-" + "very-long-document-name-" * 4
    a = fr_doc(KK, long_id)
    b = fr_doc(KK.replace("14", "40"), "uz-" + "another-long-document-name-" * 4)
    table = reconcile([a, b]).format_table(width=80)
    rows = table.split("Findings:")[0]
    assert all(len(line) <= 80 for line in rows.splitlines())
    assert len(rows.splitlines()) > 4  # the figures took more than one line
    flat = " ".join(rows.split())
    assert "14" in flat
    assert "40" in flat
    assert "…" not in table


def fr_doc(text: str, doc_id: str) -> object:
    from factrecon import Document

    return Document(text, id=doc_id)


def test_internal_errors_have_their_own_status(monkeypatch: pytest.MonkeyPatch, files: Path) -> None:
    from factrecon import cli

    def boom(_: object) -> None:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(cli, "_format_for", boom)
    assert main(["check", str(files)]) == cli.EXIT_INTERNAL == 70
