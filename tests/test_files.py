"""Files as the web gives them: bad bytes, BOMs, any newline; the command's input and output errors.

Offsets index the document's text as read (BOM dropped, newlines kept as they
are), so every span slices the document text back to the quantity's text.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import factrecon as fr
from factrecon import cli

FACTRECON = Path(sys.executable).with_name("factrecon")
ARTICLE = "Биыл 30 бірлескен жоба іске асырылды. Олардың құны 4,4 млрд доллар.\nЖұмыс орны 23 мыңнан асты."


def _spans_slice_back(doc: fr.Document) -> list[fr.Quantity]:
    quantities = fr.find_quantities(doc.text, doc.lang)
    for q in quantities:
        assert 0 <= q.start < q.end <= len(doc.text)
        assert doc.text[q.start : q.end] == q.text
    for c in fr.extract_claims(doc):
        assert doc.text[c.quantity.start : c.quantity.end] == c.quantity.text
    return quantities


def _values(quantities: list[fr.Quantity]) -> list[str]:
    return [str(q.value) for q in quantities]


# --------------------------------------------------------------------------- bytes


def test_invalid_utf8_names_the_file_and_the_byte(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    head = ARTICLE.encode()
    path.write_bytes(head + b"\xff\xfe tail")
    with pytest.raises(fr.DocumentError) as info:
        fr.read_document(path)
    assert str(path) in str(info.value)
    assert f"byte {len(head)}" in str(info.value)


def test_invalid_utf8_byte_offset_counts_the_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom-bad.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "30 жоба ".encode() + b"\xc3\x28")
    with pytest.raises(fr.DocumentError, match=f"byte {3 + len('30 жоба '.encode())}"):
        fr.read_document(path)


def test_truncated_multibyte_character_at_the_end(tmp_path: Path) -> None:
    path = tmp_path / "cut.txt"
    data = "30 жоба".encode()
    path.write_bytes(data[:-1])
    with pytest.raises(fr.DocumentError, match=f"byte {len(data) - 2}"):
        fr.read_document(path)


# "surrogateescape" leaves lone surrogates for the bad bytes: refused (tests/test_hostile.py)
@pytest.mark.parametrize("errors", ["replace", "ignore", "backslashreplace"])
def test_errors_option_decodes_and_keeps_offsets(tmp_path: Path, errors: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"\xff" + "Биыл 30 жоба,\xa0".encode() + b"\xc3\x28" + " 4,4 млрд доллар.".encode())
    # (the language given: "\xffБиыл" glues the escape to the one telling word, and nothing else tells kk from ru)
    doc = fr.read_document(path, errors=errors, lang="kk")
    if errors == "replace":
        assert doc.text.startswith("\ufffd")
    assert _values(_spans_slice_back(doc)) == ["30", "4400000000"]


def test_bom_is_dropped_and_offsets_index_the_text(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ("date 2025-11-12 " + ARTICLE).encode())
    doc = fr.read_document(path)
    assert not doc.text.startswith("\ufeff")
    assert doc.published is not None
    assert doc.text == "date 2025-11-12 " + ARTICLE
    assert "30" in _values(_spans_slice_back(doc))


def test_bom_in_json(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + '{"text": "30 жоба"}'.encode())
    assert fr.read_document(path, lang="kk").text == "30 жоба"


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r", "\u2028", "\x85"], ids=repr)
def test_newlines_are_kept_and_spans_slice_back(tmp_path: Path, newline: str) -> None:
    path = tmp_path / "nl.txt"
    text = ARTICLE.replace("\n", newline + newline)
    path.write_bytes(text.encode())
    doc = fr.read_document(path)
    assert doc.text == text  # newlines are not translated
    assert _values(_spans_slice_back(doc)) == ["30", "4400000000", "23000"]


def test_mixed_newlines(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    text = "date 2025-11-12\r\nБиыл 30 жоба.\n\rҚұны 4,4 млрд доллар.\r\r\n23 мыңнан астам жұмыс орны.\n"
    path.write_bytes(text.encode())
    doc = fr.read_document(path)
    assert doc.text == text
    assert _values(_spans_slice_back(doc))[-3:] == ["30", "4400000000", "23000"]


def test_crlf_and_lf_give_the_same_quantities() -> None:
    lf = fr.find_quantities(ARTICLE, "kk")
    crlf_text = ARTICLE.replace("\n", "\r\n")
    crlf = fr.find_quantities(crlf_text, "kk")
    assert [(q.value, q.unit, q.qualifier) for q in lf] == [(q.value, q.unit, q.qualifier) for q in crlf]
    assert [crlf_text[q.start : q.end] for q in crlf] == [q.text for q in crlf]


def test_empty_and_blank_files(tmp_path: Path) -> None:
    for name, data in (("empty.txt", b""), ("blank.txt", b" \r\n\t\n"), ("bom.txt", b"\xef\xbb\xbf")):
        path = tmp_path / name
        path.write_bytes(data)
        doc = fr.read_document(path)
        assert fr.extract_claims(doc) == []
        assert fr.reconcile([doc]).findings == ()


# --------------------------------------------------------------------------- the command


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(FACTRECON), *args], cwd=cwd, capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text("date 2025-11-12 Биыл 30 бірлескен жоба іске асырылды.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("date 2025-11-12 Биыл 14 бірлескен жоба іске асырылды.", encoding="utf-8")
    return tmp_path


@pytest.mark.skipif(not FACTRECON.exists(), reason="the factrecon script is not installed next to python")
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["quantities", "nope.txt"], "no such file: nope.txt"),
        (["check", "nope.txt"], "no such file: nope.txt"),
        (["quantities", "*.md"], "let the shell expand it"),
        (["claims", "sub"], "no documents to read (sub)"),  # every command takes folders
        (["quantities", "sub"], "no documents to read (sub)"),
        (["check", "empty"], "no documents to read"),
        (["check", "a.txt", "a.txt"], "two documents share the id 'a'"),
        (["quantities", "a.txt", "--lang", "tt"], "unknown language 'tt'"),
        (["check", "a.txt", "--out", "missing/r.json"], "cannot write missing/r.json"),
        (["check", "a.txt", "--out", "sub"], "cannot write sub"),
        (["check", "--fail-on", "everything", "a.txt"], "invalid choice"),
    ],
)
def test_command_errors_exit_2_without_a_traceback(corpus: Path, args: list[str], message: str) -> None:
    (corpus / "sub").mkdir()
    (corpus / "empty").mkdir()
    (corpus / "bad.txt").write_bytes(b"\xff30")
    before = sorted(p.name for p in corpus.rglob("*"))
    result = _run(*args, cwd=corpus)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in corpus.rglob("*")) == before  # nothing written, no temporary left


@pytest.mark.skipif(not FACTRECON.exists(), reason="the factrecon script is not installed next to python")
def test_an_unreadable_document_exits_3_without_a_traceback(corpus: Path) -> None:
    (corpus / "bad.txt").write_bytes(b"\xff30")
    result = _run("check", "bad.txt", "a.txt", cwd=corpus)
    assert result.returncode == 3
    assert "bad.txt: not valid UTF-8 at byte 0" in result.stderr
    assert "Traceback" not in result.stderr


def test_directory_stands_for_its_documents(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (corpus / "notes.md").write_text("30", encoding="utf-8")  # not a document suffix: ignored
    (corpus / "expected.json").write_text('{"pairs": []}', encoding="utf-8")
    assert cli.main(["check", str(corpus), "--format", "json"]) == 0
    out = capsys.readouterr()
    assert '"id": "a"' in out.out
    assert '"id": "b"' in out.out
    assert out.err == ""  # an expected.json is not an input, and no noise either


def test_out_is_written_whole(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = corpus / "report.json"
    assert cli.main(["check", str(corpus / "a.txt"), str(corpus / "b.txt"), "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("{")
    assert [p.name for p in corpus.iterdir() if p.name.startswith(".")] == []


def test_interrupted_write_leaves_the_old_file_and_no_temporary(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = corpus / "report.json"
    out.write_text("previous report", encoding="utf-8")

    def interrupted(src: str, dst: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        cli.main(["check", str(corpus / "a.txt"), str(corpus / "b.txt"), "--out", str(out)])
    assert out.read_text(encoding="utf-8") == "previous report"
    assert sorted(p.name for p in corpus.iterdir()) == ["a.txt", "b.txt", "report.json"]


def test_failed_write_leaves_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "r.html"

    class Full(OSError):
        pass

    real_fdopen = os.fdopen

    def fdopen(fd: int, *args: object, **kwargs: object) -> object:
        handle = real_fdopen(fd, *args, **kwargs)  # type: ignore[call-overload]

        def write(_text: str) -> int:
            raise Full(28, "No space left on device")

        handle.write = write
        return handle

    monkeypatch.setattr(os, "fdopen", fdopen)
    with pytest.raises(Full):
        cli.write_atomic(str(target), "<html>" * 1000)
    assert list(tmp_path.iterdir()) == []
