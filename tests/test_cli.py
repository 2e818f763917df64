"""The factrecon command: quantities, claims, check; exit statuses and atomic output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from factrecon.cli import expand, main, write_atomic

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"

KK = "date 2025-11-12\nЖобалар\nҚазақстан мен Ресей 14 бірлескен жобаны 4,4 млрд долларға аяқтады.\n"
UZ = "date 2025-11-11\nЛойиҳалар\nҚозоғистон ва Россия 30 та қўшма лойиҳани 4,4 миллиард долларга амалга оширмоқда.\n"


@pytest.fixture
def files(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(KK, encoding="utf-8")
    (tmp_path / "b.txt").write_text(UZ, encoding="utf-8")
    (tmp_path / "expected.json").write_text('{"facts": []}', encoding="utf-8")
    (tmp_path / "notes.md").write_text("not read", encoding="utf-8")
    return tmp_path


def test_directories_expand_to_their_documents(files: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert [p.name for p in expand([str(files)])] == ["a.txt", "b.txt"]
    assert "skipping" in capsys.readouterr().err


def test_missing_file_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path / "nope.txt")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["quantities", str(tmp_path)]) == 2


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
    assert "documents" in capsys.readouterr().out
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
