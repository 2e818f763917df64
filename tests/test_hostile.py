"""Hostile input: what a careless user or an attacker can feed factrecon, and what it must do then.

Time is linear in the input (ratios between n and 2n, never absolute limits);
every error is a documented one; nothing printed on a terminal can drive it.
"""

from __future__ import annotations

import json
import os
import re
import stat
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import factrecon as fr
from factrecon import cli
from factrecon.document import _END, is_document_json, sentences
from factrecon.errors import UnsupportedNumberError
from factrecon.model import Interval, Reading, Verdict
from factrecon.readings import fact_verdict, overlaps
from timing import best_seconds

# the ratio every linear-time guard allows between 2n and n (a quadratic step gives 4)
_RATIO = 3.5

# --------------------------------------------------------------------------- sentences


@pytest.mark.parametrize("unit", [".", "!?", "…", "!", "?", ".»", "! ", ". ", "...\n"], ids=repr)
def test_sentence_splitting_is_linear_on_runs_of_marks(unit: str) -> None:
    small = "Биыл " + unit * (20_000 // len(unit)) + " жоба"
    double = "Биыл " + unit * (40_000 // len(unit)) + " жоба"
    t1 = best_seconds(lambda: sentences(small))
    t2 = best_seconds(lambda: sentences(double))
    assert t2 < _RATIO * t1 + 0.02, f"{t1:.4f}s for n, {t2:.4f}s for 2n"


def test_claims_are_linear_on_a_dotted_line() -> None:
    def best(n: int) -> float:
        doc = fr.Document("Биыл 30 жоба. " + "." * n + " Тағы 40 жоба.", id="t", lang="kk")
        return best_seconds(lambda: fr.extract_claims(doc))

    t1, t2 = best(20_000), best(40_000)
    assert t2 < _RATIO * t1 + 0.02, f"{t1:.4f}s for n, {t2:.4f}s for 2n"


# the sentence-end pattern before it was made linear: the reference for the one that replaced it
_BACKTRACKING_END = re.compile(r"[.!?…]+[»\"”’)\]]*(?=\s+[«\"“—–\-(\[A-ZА-ЯЁӘҒҚҢӨҰҮҺІЎҲ\d])|\n+")


@given(st.text(alphabet=".!?…»\")] \n\tАаZ5«—-", max_size=40))
def test_the_linear_sentence_end_finds_what_the_backtracking_one_found(text: str) -> None:
    assert [m.span() for m in _END.finditer(text)] == [m.span() for m in _BACKTRACKING_END.finditer(text)]


# --------------------------------------------------------------------------- one long sentence of counts

_SENTENCE_UNITS = {"dashes": "1-", "spaces": "1 ", "commas": "1,", "thousands": "5 мың ", "conjunctions": "7 және "}


def _items_read(monkeypatch: pytest.MonkeyPatch, text: str) -> int:
    """How many words and quantities the claim reader's range look-ups hand back for *text*, in all."""
    from factrecon._page import Page

    seen = [0]
    for name in ("words_in", "quantities_in", "nouns_in"):
        original = getattr(Page, name)

        def counted(self: Page, start: int, end: int, _original: Any = original) -> list[object]:
            found: list[object] = _original(self, start, end)
            seen[0] += len(found)
            return found

        monkeypatch.setattr(Page, name, counted)
    fr.extract_claims(fr.Document(text, id="t", lang="kk"))
    monkeypatch.undo()
    return seen[0]


@pytest.mark.parametrize("unit", list(_SENTENCE_UNITS.values()), ids=list(_SENTENCE_UNITS))
def test_claims_in_one_long_sentence_read_a_bounded_window_per_count(
    monkeypatch: pytest.MonkeyPatch, unit: str
) -> None:
    # the work, counted (deterministic): doubling the sentence doubles what is looked at
    n = 1000
    small, double = _items_read(monkeypatch, unit * n), _items_read(monkeypatch, unit * 2 * n)
    assert double <= 2.2 * small, (small, double)
    assert small <= 1000 * n  # a bounded window per count (the clause reach), not the rest of the sentence


@pytest.mark.parametrize(
    "unit",
    ["1-", "5 мың ", "5 мың (2023 жылы 3 мың) ", "өсім 5%, ", "былтырғыдан 5%-ға көп, биыл "],
    # two times per aside, growth words, comparisons: each figure reads a bounded window (claims.md)
    ids=["dashes", "thousands", "asides", "growth", "comparisons"],
)
def test_claims_time_is_linear_in_one_long_sentence(unit: str) -> None:
    def best(n: int) -> float:
        doc = fr.Document(unit * n, id="t", lang="kk")
        return best_seconds(lambda: fr.extract_claims(doc))

    t1, t2 = best(3000), best(6000)
    assert t2 < _RATIO * t1 + 0.02, f"{t1:.4f}s for n, {t2:.4f}s for 2n"


@pytest.mark.parametrize(
    "unit",
    # a paragraph of untimed sentences under a dated headline, a table row, a photo credit between asides
    ["Облыста 5 мың тонна алынды. ", "Өнім | 5 | 6\n", "Фото: Агенттік\nӨнім 5 мың тонна (2023 жылы 4 мың тонна). "],
    ids=["paragraph", "table", "credits"],
)
def test_the_pages_period_is_read_in_linear_time(unit: str) -> None:
    def best(n: int) -> float:
        doc = fr.Document("Облыстың 2024 жылғы өнімі\nКөрсеткіш | 2023 | 2024\n" + unit * n, id="t", lang="kk")
        return best_seconds(lambda: fr.extract_claims(doc))

    t1, t2 = best(400), best(800)
    assert t2 < _RATIO * t1 + 0.02, f"{t1:.4f}s for n, {t2:.4f}s for 2n"


# --------------------------------------------------------------------------- one fact stated by thousands of documents


def _pairwise_verdict(readings: list[Reading]) -> tuple[Verdict, tuple[Reading, Reading] | None]:
    """fact_verdict as it was: every pair compared (the reference for the linear one)."""
    divergent: tuple[Reading, Reading] | None = None
    for i, a in enumerate(readings):
        for b in readings[i + 1 :]:
            if not overlaps(a.stated, b.stated):
                return Verdict.CONFLICT, (a, b)
            if divergent is None and not overlaps(a.plausible, b.plausible):
                divergent = (a, b)
    if divergent is not None:
        return Verdict.DIVERGENT, divergent
    return Verdict.CONSISTENT, None


_ends = st.one_of(st.none(), st.integers(-3, 3).map(Decimal))
# empty intervals ([1, 1)) included: the linear verdict must agree on them too
_intervals = st.builds(Interval, _ends, _ends, st.booleans(), st.booleans()).filter(
    lambda iv: iv.low is None or iv.high is None or iv.low <= iv.high
)
_readings = st.lists(
    st.tuples(_intervals, _intervals).map(lambda t: Reading("c", t[0], t[1], "")), max_size=12
).map(lambda rs: [attrs.evolve(r, claim_id=f"c{k}") for k, r in enumerate(rs)])


@given(_readings)
def test_fact_verdict_agrees_with_comparing_every_pair(readings: list[Reading]) -> None:
    assert fact_verdict(readings) == _pairwise_verdict(readings)


def _same_story(n: int, stated: Interval) -> list[Reading]:
    return [Reading(f"c{k}", stated, stated, "") for k in range(n)]


def test_fact_verdict_is_linear_in_the_documents() -> None:
    stated = Interval(Decimal(30), Decimal(30))
    small, double = _same_story(1500, stated), _same_story(3000, stated)
    assert fact_verdict(small) == (Verdict.CONSISTENT, None)
    t1 = best_seconds(lambda: fact_verdict(small))
    t2 = best_seconds(lambda: fact_verdict(double))
    assert t2 < _RATIO * t1 + 0.02, f"{t1:.4f}s for n, {t2:.4f}s for 2n"


def test_one_story_in_thousands_of_documents_is_reconciled_in_linear_time() -> None:
    story = "Биыл Қазақстанда {n} бірлескен жоба іске асырылды. Олардың жалпы құны 4,4 млрд доллардан асады."

    def best(n: int) -> float:
        docs = [fr.Document(story.format(n=30), id=f"d{k}", lang="kk", published="2025-01-01") for k in range(n)]
        return best_seconds(lambda: fr.reconcile(docs), repeat=2)

    t1, t2 = best(600), best(1200)
    assert t2 < _RATIO * t1 + 0.05, f"{t1:.4f}s for n, {t2:.4f}s for 2n"


# --------------------------------------------------------------------------- figures beyond the limits

_TOO_LARGE = [
    "1" + "0" * 10_000,  # 10**10000: one past the limit
    "1" + "0" * 9_990 + " трлн",  # below the limit, and scaled past it
    "1" + "0" * 999_990 + " трлн доллар",  # decimal.Overflow once
    "шамамен " + "9" * 999_998 + " мың",
    "0," + "0" * 10_000 + "1",  # more than 10,000 decimal places
]


@pytest.mark.parametrize("text", _TOO_LARGE, ids=["1e10000", "scaled", "overflow", "about", "places"])
def test_figures_beyond_the_limits_are_not_read(text: str) -> None:
    doc = fr.Document(f"Биыл 30 жоба. {text} жоба. Тағы 40 жоба.", id="t", lang="kk")
    assert [q.value for q in fr.find_quantities(doc.text, "kk")] == [30, 40]
    assert [c.quantity.value for c in fr.extract_claims(doc)] == [30, 40]
    beyond = None if "шамамен" in text else "beyond the figures factrecon reads"  # (a qualifier: refused first)
    with pytest.raises(fr.NumberParseError, match=beyond):
        fr.parse_number(text, "kk")


@pytest.mark.parametrize("digits", [1001, 9_999])
def test_a_long_whole_figure_with_a_zero_fraction_is_read(digits: int) -> None:
    # tidy() rounds "777…7,0" to a whole number: its context holds every digit below the limit
    text = "7" * digits + ",0"
    assert fr.parse_number(text, "kk") == Decimal("7" * digits)
    (q,) = fr.find_quantities(text + " доллар", "kk")
    assert q.value == Decimal("7" * digits)


def test_the_html_report_draws_figures_beyond_floats() -> None:
    big, other = "1" + "0" * 399 + "7", "3" + "0" * 399 + "7"  # about 1e400: a float holds at most 1.8e308
    docs = [  # two articles that agree on a precise figure (so they are about one thing) and not on another
        fr.Document(f"Биыл Астанада {big} бірлескен жоба іске асырылды, 1 234 567 жаңа жұмыс орны ашылды.",
                    id="a", lang="kk"),
        fr.Document(f"Министрліктің мәліметінше, 2025 жылы Астана қаласында {other} бірлескен жоба іске "
                    "асырылды. Сондай-ақ 1 234 567 жаңа жұмыс орны ашылды.", id="b", lang="kk"),
    ]
    report = fr.reconcile(docs)
    assert [f.kind for f in report.findings] == ["conflict"]
    html = report.to_html()
    assert "class='numberline'" in html
    assert re.search(r"class='tick'>\de\+40\d<", html)
    json.loads(report.to_json())


@pytest.mark.parametrize("number", [Decimal("1E-9999999"), Decimal("1E-4"), Decimal("-1E-999")], ids=str)
def test_spell_refuses_tiny_fractions(number: Decimal) -> None:
    with pytest.raises(UnsupportedNumberError, match="decimal places"):
        fr.spell(number, "kk")
    assert fr.spell(Decimal("2.50"), "kk") == fr.spell(Decimal("2.5"), "kk")


# ------------------------------------------------------------------ files, folders and the command's exit status


def _check(*args: str) -> tuple[int, str, str]:
    """Run ``factrecon check`` in this process: (exit status, stdout, stderr)."""
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        status = cli.main(["check", *args])
    return status, out.getvalue(), err.getvalue()


def _story(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    # dated, so that "Биыл" (this year) is a year: a conflict needs a clear identity
    (folder / "a.txt").write_text("date 2025-11-12\nБиыл 30 бірлескен жоба іске асырылды.", encoding="utf-8")
    (folder / "b.txt").write_text("date 2025-11-12\nБиыл 14 бірлескен жоба іске асырылды.", encoding="utf-8")
    return folder


def test_a_deeply_nested_json_document_is_a_document_error(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(fr.DocumentError, match=r"deep\.json.*nested too deeply"):
        fr.read_document(path)
    with pytest.raises(fr.DocumentError, match=r"deep\.json.*nested too deeply"):
        is_document_json(path)
    folder = _story(tmp_path / "corpus")
    (folder / "deep.json").write_text('{"text": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    status, _, err = _check(str(folder))
    assert status == cli.EXIT_UNREADABLE
    assert "deep.json" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "content",
    ['{"text": "Биыл 30 жоба", '.encode(), b"\xff\xfe{}", b"", b"[1, 2"],
    ids=["truncated", "not-utf8", "empty", "not-an-object"],
)
def test_a_malformed_json_in_a_folder_is_named_and_fails_the_run(tmp_path: Path, content: bytes) -> None:
    folder = _story(tmp_path / "corpus")
    (folder / "c.json").write_bytes(content)
    (folder / "d.txt").write_bytes(b"\xff30 broken")
    status, _, err = _check(str(folder), "--fail-on", "conflict")
    assert status == cli.EXIT_UNREADABLE  # not 0 (silently skipped), not 1 (a finding)
    assert "c.json" in err
    status, _, err = _check(str(folder), "--fail-on", "conflict", "--keep-going")
    assert status == cli.EXIT_SKIPPED
    assert "c.json" in err
    assert "d.txt" in err  # every bad file named, not only the first
    with pytest.raises(fr.DocumentError, match=r"c\.json"):
        is_document_json(folder / "c.json")  # factrecon.dask reads folders through it


def test_other_json_in_a_folder_is_passed_over_and_a_bom_is_no_corruption(tmp_path: Path) -> None:
    folder = _story(tmp_path / "corpus")
    (folder / "expected.json").write_text('{"pairs": []}', encoding="utf-8")
    (folder / "c.json").write_bytes('\ufeff{"text": "Биыл Қазақстанда 30 бірлескен жоба іске асырылды."}'.encode())
    status, out, _ = _check(str(folder), "--format", "json")
    assert status == cli.EXIT_OK
    assert '"id": "c"' in out
    assert is_document_json(folder / "c.json")
    assert not is_document_json(folder / "expected.json")


def test_an_unreadable_folder_or_file_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _story(tmp_path / "corpus")
    (folder / "c.json").write_text('{"text": "30 жоба"}', encoding="utf-8")
    real_iterdir, real_read_bytes = Path.iterdir, Path.read_bytes

    def no_listing(self: Path) -> Any:
        if self == folder:
            raise PermissionError(13, "Permission denied", str(self))
        return real_iterdir(self)

    def no_reading(self: Path) -> bytes:
        if self.name == "c.json":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    # (chmod 0 would do it too, but not for root, and CI containers often run as root)
    monkeypatch.setattr(Path, "iterdir", no_listing)
    status, _, err = _check(str(folder))
    assert status == cli.EXIT_UNREADABLE
    assert "Permission denied" in err
    assert "Traceback" not in err
    monkeypatch.setattr(Path, "iterdir", real_iterdir)
    monkeypatch.setattr(Path, "read_bytes", no_reading)
    status, _, err = _check(str(folder))
    assert status == cli.EXIT_UNREADABLE
    assert "c.json" in err
    assert "Permission denied" in err


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_a_symlink_loop_is_named_as_such(tmp_path: Path) -> None:
    folder = _story(tmp_path / "corpus")
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    status, _, err = _check(str(loop))
    assert status == cli.EXIT_UNREADABLE
    assert "symbolic link loop" in err
    (folder / "c.txt").symlink_to(folder / "c.txt")  # in a folder: it was passed over in silence
    status, _, err = _check(str(folder))
    assert status == cli.EXIT_UNREADABLE
    assert "c.txt: a symbolic link loop" in err
    dangling = tmp_path / "gone.txt"
    dangling.symlink_to(tmp_path / "nowhere.txt")
    status, _, err = _check(str(dangling))
    assert status == cli.EXIT_UNREADABLE
    assert "dangling symbolic link" in err


@pytest.mark.parametrize("value", ['""', "null", "false", "[]", "{}"])
def test_an_empty_or_falsy_json_id_is_an_error(tmp_path: Path, value: str) -> None:
    path = tmp_path / "stem.json"
    path.write_text('{"text": "' + _ARTICLE + '", "id": ' + value + "}", encoding="utf-8")
    with pytest.raises(fr.DocumentError, match=r"stem\.json.*id"):
        fr.read_document(path)
    path.write_text('{"text": "Биыл Қазақстанда 30 бірлескен жоба іске асырылды."}', encoding="utf-8")
    assert fr.read_document(path).id == "stem"  # no "id" at all: the stem


def test_a_crash_has_its_own_exit_status(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _story(tmp_path / "corpus")
    from factrecon.reconcile import Reconciler

    def broken(self: Reconciler) -> None:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(Reconciler, "report", broken)
    status, _, err = _check(str(folder), "--fail-on", "conflict")
    assert status == cli.EXIT_INTERNAL
    assert status not in (cli.EXIT_OK, cli.EXIT_FAIL_ON, cli.EXIT_USAGE, cli.EXIT_UNREADABLE, cli.EXIT_SKIPPED)
    assert "internal error" in err
    assert "ZeroDivisionError" in err
    monkeypatch.undo()
    assert _check(str(folder), "--fail-on", "conflict")[0] == cli.EXIT_FAIL_ON


# --------------------------------------------------------------------------- lone surrogates

_ARTICLE = "Биыл Қазақстанда 30 бірлескен жоба іске асырылды."


@pytest.mark.parametrize(
    ("field", "value"),
    [("text", _ARTICLE + " \\ud800"), ("id", "a\\udfff"), ("source", "\\udc80x"), ("text", "\\udcff" + _ARTICLE)],
    ids=["text", "id", "source", "text-low"],
)
def test_a_json_document_with_a_lone_surrogate_is_refused(tmp_path: Path, field: str, value: str) -> None:
    path = tmp_path / "s.json"
    fields = {"text": _ARTICLE, field: value}
    path.write_text("{" + ", ".join(f'"{k}": "{v}"' for k, v in fields.items()) + "}", encoding="utf-8")
    with pytest.raises(fr.DocumentError, match=rf"s\.json: the {field} holds a lone surrogate"):
        fr.read_document(path)
    status, _, err = _check(str(path))
    assert status == cli.EXIT_UNREADABLE
    assert "lone surrogate" in err


def test_surrogateescape_that_leaves_surrogates_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"\xff" + _ARTICLE.encode())
    with pytest.raises(fr.DocumentError, match=r"bad\.txt: the text holds a lone surrogate \(U\+DCFF\) at character 0"):
        fr.read_document(path, errors="surrogateescape")
    path.write_bytes(_ARTICLE.encode())
    assert fr.read_document(path, errors="surrogateescape").text == _ARTICLE  # harmless on valid UTF-8


def test_documents_refuse_lone_surrogates_so_every_report_encodes() -> None:
    with pytest.raises(fr.DocumentError, match="lone surrogate"):
        fr.Document(_ARTICLE + "\ud83d", id="a", lang="kk")  # half of an emoji's surrogate pair
    with pytest.raises(fr.DocumentError, match="lone surrogate"):
        fr.Document(_ARTICLE, id="\udc80", lang="kk")
    report = fr.reconcile([fr.Document(_ARTICLE + " 😀", id="a😀", lang="kk"), fr.Document(_ARTICLE, id="b")])
    report.to_json().encode("utf-8")
    report.to_html().encode("utf-8")
    report.format_table().encode("utf-8")


@pytest.mark.skipif(sys.platform != "linux", reason="file names that are not UTF-8 (Linux file systems take any bytes)")
def test_a_file_name_that_is_not_utf8_is_refused_by_name(tmp_path: Path) -> None:
    name = os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt")
    with open(name, "wb") as handle:
        handle.write(_ARTICLE.encode())
    path = Path(os.fsdecode(name))
    with pytest.raises(fr.DocumentError, match=r"the id holds a lone surrogate.*rename the file"):
        fr.read_document(path)


# --------------------------------------------------------------------------- terminal escape injection

_HOSTILE_NAME = "x\x1b]0;pwned\x07\x1b[2J\u202e\x9b31m"


def _no_control(text: str) -> None:
    bad = [ch for ch in text if ch != "\n" and (ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F or ch in "\u202e\u2028")]
    assert not bad, bad


@pytest.mark.skipif(sys.platform == "win32", reason="control characters in file names")
@pytest.mark.parametrize("command", ["check", "quantities", "claims"])
def test_ids_and_texts_on_a_terminal_are_escaped(tmp_path: Path, command: str) -> None:
    import contextlib
    import io

    folder = _story(tmp_path / "corpus")
    (folder / f"{_HOSTILE_NAME}.txt").write_text("date 2025-11-12\nБиыл 31 бірлескен жоба іске асырылды.",
                                                encoding="utf-8")
    (folder / "j.json").write_text(
        json.dumps({"id": "j\x1b[31m\r\nFAKE", "text": "Биыл 32\x1b[2J бірлескен жоба іске асырылды.",
                    "published": "2025-11-12"}),
        encoding="utf-8",
    )
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        status = cli.main([command, str(folder)])
    assert status in (cli.EXIT_OK, cli.EXIT_FAIL_ON)
    _no_control(out.getvalue())
    _no_control(err.getvalue())
    assert "\\x1b]0;pwned\\x07" in out.getvalue()  # shown, as an escape
    if command == "check":
        assert "j\\x1b[31m\\x0d\\x0aFAKE" in out.getvalue()
        assert "\nFAKE" not in out.getvalue()  # an id cannot start a line of its own


def test_error_messages_escape_the_names_they_show(tmp_path: Path) -> None:
    path = tmp_path / f"{_HOSTILE_NAME}.json"
    path.write_text("{", encoding="utf-8")
    status, _, err = _check(str(path))
    assert status == cli.EXIT_UNREADABLE
    _no_control(err)
    assert "\\x1b[2J" in err
    status, _, err = _check(str(tmp_path / "missing\x1b[2J.txt"))
    assert status == cli.EXIT_USAGE
    _no_control(err)


def test_the_table_escapes_what_the_documents_say() -> None:
    docs = [
        fr.Document("Биыл 30 бірлескен жоба іске асырылды.", id="a\x1b[2J", lang="kk", published="2025-11-12"),
        fr.Document("Биыл 14 бірлескен жоба іске асырылды.", id="b\u202e", lang="kk", published="2025-11-12"),
    ]
    report = fr.reconcile(docs)
    assert report.findings
    table = report.format_table()
    _no_control(table)
    assert "a\\x1b[2J" in table
    assert "b\\u202e" in table
    assert report.to_json().count("\\u001b[2J") >= 1  # the JSON keeps the id itself (escaped by JSON)


# --------------------------------------------------------------------------- writes


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_write_keeps_the_targets_permissions(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o600)
    cli.write_atomic(str(target), "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    fresh = tmp_path / "fresh.json"
    umask = os.umask(0o022)
    try:
        cli.write_atomic(str(fresh), "new")
    finally:
        os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_a_symlinked_out_is_followed_not_replaced(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    real = tmp_path / "real" / "report.json"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "latest.json"
    link.symlink_to(real)
    folder = _story(tmp_path / "corpus")
    status, _, _ = _check(str(folder), "--out", str(link))
    assert status == cli.EXIT_OK
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8").startswith("{")
    assert [p.name for p in (tmp_path / "real").iterdir()] == ["report.json"]  # no temporary left there


def test_a_write_is_flushed_to_disk_before_the_rename_and_the_directory_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append("fsync dir" if stat.S_ISDIR(os.fstat(fd).st_mode) else "fsync file")
        real_fsync(fd)

    def replace(src: str, dst: object) -> None:
        events.append("rename")
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    cli.write_atomic(str(tmp_path / "r.json"), "{}")
    expected = ["fsync file", "rename", "fsync dir"] if os.name == "posix" else ["fsync file", "rename"]
    assert events == expected


_SLOW_WRITER = """
import sys, time
from factrecon import cli

def slow(handle):
    handle.write("partial")
    handle.flush()
    print("writing", flush=True)
    time.sleep(60)

cli.write_atomic(sys.argv[1], slow)
"""


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
@pytest.mark.parametrize("signame", ["SIGTERM", "SIGHUP"])
def test_a_signal_during_a_write_leaves_no_temporary_file(tmp_path: Path, signame: str) -> None:
    import signal
    import subprocess

    target = tmp_path / "report.json"
    target.write_text("previous", encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-c", _SLOW_WRITER, str(target)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "writing"
        assert any(p.name.endswith(".tmp") for p in tmp_path.iterdir())  # the write is under way
        proc.send_signal(getattr(signal, signame))
        proc.wait(timeout=30)
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == -getattr(signal, signame)  # still ended by the signal, as without the handler
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]
    assert target.read_text(encoding="utf-8") == "previous"


# --------------------------------------------------------------------------- a hostile corpus through check


def _hostile_corpus(folder: Path, copies: int) -> set[str]:
    """Good articles with hostile texts, and bad files; the names of the bad ones."""
    folder.mkdir()
    bad: set[str] = set()
    for k in range(copies):
        (folder / f"dots{k}.txt").write_text("Биыл Қазақстанда 30 жоба." + "." * 20_000 + " Тағы 40 жоба.", "utf-8")
        (folder / f"counts{k}.txt").write_text("Биыл " + "5 мың " * 1500 + "жоба іске асырылды.", "utf-8")
        (folder / f"huge{k}.txt").write_text(f"Қарыз {'1' + '0' * 400} доллар, {'9' * 10_001} доллар.", "utf-8")
        (folder / f"esc{k}\x1b[2J.txt").write_text("Биыл Қазақстанда 31 бірлескен жоба іске асырылды.", "utf-8")
        (folder / f"story{k}.txt").write_text("Биыл Қазақстанда 14 бірлескен жоба іске асырылды.", "utf-8")
        (folder / f"surrogate{k}.json").write_text('{"text": "Биыл 30 жоба \\ud800"}', "utf-8")
        (folder / f"truncated{k}.json").write_text('{"text": "Биыл 30', "utf-8")
        (folder / f"deep{k}.json").write_text("[" * 50_000 + "]" * 50_000, "utf-8")
        (folder / f"noid{k}.json").write_text('{"text": "Биыл Қазақстанда 30 бірлескен жоба.", "id": ""}', "utf-8")
        bad |= {f"surrogate{k}.json", f"truncated{k}.json", f"deep{k}.json", f"noid{k}.json"}
        if os.name == "posix":
            (folder / f"loop{k}.txt").symlink_to(folder / f"loop{k}.txt")
            bad.add(f"loop{k}.txt")
    return bad


def test_a_hostile_corpus_goes_through_check_in_linear_time_with_every_bad_file_named(tmp_path: Path) -> None:
    runs: dict[int, float] = {}
    for copies in (1, 2):
        folder = tmp_path / f"corpus{copies}"
        bad = _hostile_corpus(folder, copies)
        outcome: list[tuple[int, str, str]] = []

        def run(args: tuple[str, ...] = (str(folder), "--keep-going", "--format", "json"),
                into: list[tuple[int, str, str]] = outcome) -> None:
            into.append(_check(*args))

        runs[copies] = best_seconds(run, repeat=2)
        status, out, err = outcome[-1]
        assert status == cli.EXIT_SKIPPED  # the report covers the rest; the run says it is incomplete
        for name in bad:
            assert name in err, name  # every bad file named
        _no_control(err)
        report = json.loads(out)
        ids = {d["id"] for d in report["documents"]}
        good = {p.stem for p in folder.iterdir() if p.name not in bad}
        assert ids == good  # nothing lost but the bad files
    assert runs[2] < _RATIO * runs[1] + 0.05, runs
