"""Every public function checks its inputs and raises the documented errors.

Each error is a :class:`factrecon.FactreconError` and also the builtin it
stands for (TypeError, ValueError), so both ``except`` styles work. The
messages name what was wrong: the type given, the tag and the supported tags,
the id, the file.
"""

from __future__ import annotations

import datetime as dt
import json
import pickle
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import factrecon as fr
from factrecon.errors import LanguageDataError, UnsupportedNumberError

LANGS = ("kk", "uz-Cyrl")
BAD_TYPES: list[object] = [None, 12, 1.5, b"12", bytearray(b"12"), ["12"], {"text": "12"}, Decimal(12)]


def _names(exc: BaseException, *words: str) -> None:
    for word in words:
        assert word in str(exc), f"{word!r} not in {str(exc)!r}"


def test_hierarchy_is_also_builtin() -> None:
    assert issubclass(fr.InputTypeError, TypeError)
    for cls in (
        fr.UnknownLanguageError,
        fr.LanguageDataError,
        fr.NumberParseError,
        UnsupportedNumberError,
        fr.DocumentError,
        fr.DuplicateDocumentError,
    ):
        assert issubclass(cls, ValueError)
        assert issubclass(cls, fr.FactreconError)
    assert issubclass(fr.DuplicateDocumentError, fr.DocumentError)


# --------------------------------------------------------------------------- wrong types


@pytest.mark.parametrize("bad", BAD_TYPES, ids=lambda v: type(v).__name__)
@pytest.mark.parametrize(
    "call",
    [
        lambda v: fr.find_quantities(v),
        lambda v: fr.find_quantities(v, lang="kk"),
        lambda v: fr.parse_number(v, "kk"),
        lambda v: fr.parse_number(v),
        lambda v: fr.Document(v, id="a"),
    ],
    ids=["find_quantities", "find_quantities-kk", "parse_number", "parse_number-detect", "Document"],
)
def test_text_of_the_wrong_type(call: Callable[[object], Any], bad: object) -> None:
    with pytest.raises(fr.InputTypeError) as info:
        call(bad)
    _names(info.value, type(bad).__name__)


@pytest.mark.parametrize("bad", ["12", b"12", None, [1], True, False], ids=repr)
def test_spell_takes_numbers_only(bad: object) -> None:
    with pytest.raises(fr.InputTypeError) as info:
        fr.spell(bad, "kk")  # type: ignore[arg-type]
    _names(info.value, type(bad).__name__)


@pytest.mark.parametrize("bad", ["30 жоба", None, 5, [], {"text": "x"}], ids=repr)
def test_extract_claims_takes_a_document(bad: object) -> None:
    with pytest.raises(fr.InputTypeError) as info:
        fr.extract_claims(bad)  # type: ignore[arg-type]
    _names(info.value, type(bad).__name__)


@pytest.mark.parametrize("bad", [None, 5, "30 жоба", b"x", 1.5], ids=repr)
def test_reconcile_takes_documents_or_claims(bad: object) -> None:
    with pytest.raises(fr.InputTypeError) as info:
        fr.reconcile(bad)
    _names(info.value, type(bad).__name__)


@pytest.mark.parametrize("bad", [[5], [None], [b"30"], {"a": "x"}], ids=repr)
def test_reconcile_items_of_the_wrong_type(bad: object) -> None:
    with pytest.raises(fr.InputTypeError):
        fr.reconcile(bad)


def test_reconcile_takes_plain_strings_but_not_a_text_without_a_language() -> None:
    assert [d.id for d in fr.reconcile(["Биыл 30 бірлескен жоба іске асырылды."]).documents] == ["0"]
    with pytest.raises(fr.UnknownLanguageError):
        fr.reconcile(["30 жоба"])  # no letter tells kk from uz-Cyrl: the string is a document, its language unknown


def test_reconcile_of_nothing_is_an_empty_report() -> None:
    report = fr.reconcile([])
    assert report.facts == ()
    assert report.findings == ()
    json.loads(report.to_json())


@pytest.mark.parametrize("bad", [None, 5, 1.5, b"/tmp/x.txt", ["x.txt"]], ids=repr)
def test_read_document_path_of_the_wrong_type(bad: object) -> None:
    with pytest.raises(fr.InputTypeError) as info:
        fr.read_document(bad)  # type: ignore[arg-type]
    _names(info.value, type(bad).__name__)


def test_read_document_errors_option_is_checked(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("30 жоба", encoding="utf-8")
    with pytest.raises(fr.InputTypeError):
        fr.read_document(path, errors=5)  # type: ignore[arg-type]
    with pytest.raises(fr.DocumentError) as info:
        fr.read_document(path, errors="bogus")
    _names(info.value, "bogus")


# --------------------------------------------------------------------------- languages


@pytest.mark.parametrize("tag", ["tt", "uz", "uz-Arab", "en", "", "kk-Latn", 5, ("kk",)], ids=repr)
@pytest.mark.parametrize(
    "call",
    [
        lambda tag: fr.find_quantities("30 жоба", lang=tag),
        lambda tag: fr.parse_number("отыз", tag),
        lambda tag: fr.spell(30, tag),
        lambda tag: fr.Document("30 жоба", id="a", lang=tag),
    ],
    ids=["find_quantities", "parse_number", "spell", "Document"],
)
def test_unknown_language_lists_the_supported_tags(call: Callable[[object], Any], tag: object) -> None:
    with pytest.raises(fr.UnknownLanguageError) as info:
        call(tag)
    _names(info.value, repr(tag), *LANGS)
    assert info.value.tag == tag
    assert set(LANGS) <= set(info.value.supported)


@pytest.mark.parametrize("tag", ["kk", "KK", "uz-Cyrl", "uz_Cyrl", "UZ-CYRL", " kk "])
def test_tags_are_case_and_separator_insensitive(tag: str) -> None:
    assert fr.spell(30, tag)
    assert fr.Document("30", id="a", lang=tag).lang in LANGS


def test_spell_needs_a_language() -> None:
    with pytest.raises(fr.UnknownLanguageError):
        fr.spell(30, None)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- values


@pytest.mark.parametrize("text", ["", "   ", "жоба", "12 жоба", "отыз жоба", "1 2 3", "%"], ids=repr)
@pytest.mark.parametrize("lang", LANGS)
def test_parse_number_rejects_non_numbers(text: str, lang: str) -> None:
    with pytest.raises(fr.NumberParseError):
        fr.parse_number(text, lang)


@pytest.mark.parametrize(
    "number",
    [
        float("nan"),
        float("inf"),
        Decimal("NaN"),
        Decimal("sNaN"),
        Decimal("-Infinity"),
        10**400,
        Decimal("1E+30"),
        Decimal("1E-30"),  # an exponent-form fraction: once an IndexError
        Decimal("-1E-30"),
        Decimal("1E-999999"),
        Decimal("0.0001"),
    ],
    ids=repr,
)
@pytest.mark.parametrize("lang", LANGS)
def test_spell_rejects_what_it_cannot_write(number: object, lang: str) -> None:
    with pytest.raises(UnsupportedNumberError):
        fr.spell(number, lang)  # type: ignore[arg-type]


@pytest.mark.parametrize("number", [Decimal("1E-3"), Decimal("0E-40"), Decimal("1E+2"), Decimal("-0")], ids=repr)
def test_spell_reads_exponent_forms(number: Decimal) -> None:
    assert fr.parse_number(fr.spell(number, "kk"), "kk") == number


@pytest.mark.parametrize("number", [-1, Decimal("1.5")], ids=repr)
def test_spell_no_ordinal_of_negatives_or_fractions(number: object) -> None:
    with pytest.raises(UnsupportedNumberError):
        fr.spell(number, "kk", ordinal=True)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- documents


@pytest.mark.parametrize("published", ["2025-13-01", "2025-02-30", "yesterday", "", "12.11.2025", "2025"], ids=repr)
def test_published_string_that_is_not_a_date(published: str) -> None:
    with pytest.raises(fr.DocumentError) as info:
        fr.Document("30 жоба", id="a", published=published)
    _names(info.value, repr(published))


@pytest.mark.parametrize("published", [2025, 2025.0, ["2025-01-01"], b"2025-01-01"], ids=repr)
def test_published_of_the_wrong_type(published: object) -> None:
    with pytest.raises(fr.InputTypeError) as info:
        fr.Document("30 жоба", id="a", published=published)
    _names(info.value, type(published).__name__)


def test_published_accepts_dates_datetimes_and_iso_strings() -> None:
    day = dt.date(2025, 11, 12)
    for value in (day, dt.datetime(2025, 11, 12, 9, 30), "2025-11-12", " 2025-11-12 "):
        assert fr.Document("x", id="a", lang="kk", published=value).published == day


@pytest.mark.parametrize("doc_id", [None, "", [1], {"a": 1}, True, 1.5], ids=repr)
def test_bad_document_ids(doc_id: object) -> None:
    with pytest.raises(fr.DocumentError):
        fr.Document("30 жоба", id=doc_id)


def test_integer_ids_become_strings_and_source_must_be_str() -> None:
    assert fr.Document("x", id=7, lang="kk").id == "7"
    with pytest.raises(fr.InputTypeError):
        fr.Document("x", id="a", source=5)  # type: ignore[arg-type]


def test_duplicate_document_ids() -> None:
    a = fr.Document("Биыл 30 жоба іске асырылды.", id="same")
    b = fr.Document("Биыл 14 жоба іске асырылды.", id="same")
    for docs in ([a, b], [a, a], (d for d in [b, a])):
        with pytest.raises(fr.DuplicateDocumentError) as info:
            fr.reconcile(docs)
        _names(info.value, "same")
    rec = fr.Reconciler()
    rec.add(a)
    with pytest.raises(fr.DuplicateDocumentError):
        rec.add(b)


def _json_doc(tmp_path: Path, data: object, name: str = "doc.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "data",
    [
        {"txt": "30 жоба"},
        {},
        [1, 2],
        "30 жоба",
        None,
        {"text": 30},
        {"text": None},
        {"text": "30 жоба", "published": "not a date"},
        {"text": "30 жоба", "published": 2025},
        {"text": "30 жоба", "source": 5},
        {"text": "30 жоба", "id": {"x": 1}},
    ],
    ids=repr,
)
def test_bad_json_documents_name_the_file(tmp_path: Path, data: object) -> None:
    path = _json_doc(tmp_path, data)
    with pytest.raises(fr.DocumentError) as info:
        fr.read_document(path)
    _names(info.value, str(path))


def test_json_missing_text_says_so(tmp_path: Path) -> None:
    with pytest.raises(fr.DocumentError, match='"text"'):
        fr.read_document(_json_doc(tmp_path, {"title": "x"}))


def test_json_unknown_language(tmp_path: Path) -> None:
    with pytest.raises(fr.UnknownLanguageError):
        fr.read_document(_json_doc(tmp_path, {"text": "30 жоба", "lang": "tt"}))


def test_json_that_does_not_parse(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"text": "30 жо', encoding="utf-8")
    with pytest.raises(fr.DocumentError, match="not valid JSON"):
        fr.read_document(path)


def test_json_fields(tmp_path: Path) -> None:
    doc = fr.read_document(
        _json_doc(tmp_path, {"text": "30 жоба", "id": 12, "published": "2025-11-12", "lang": "kk", "source": "x"})
    )
    assert (doc.id, doc.published, doc.lang, doc.source) == ("12", dt.date(2025, 11, 12), "kk", "x")


def test_txt_with_a_date_header_that_is_not_a_date(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("date 2025-02-30 Тақырып\n30 жоба", encoding="utf-8")
    with pytest.raises(fr.DocumentError) as info:
        fr.read_document(path)
    _names(info.value, str(path), "2025-02-30")


@pytest.mark.parametrize("suffix", [".csv", ".html", ".pdf", ".docx"])
def test_unsupported_file_types(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"a{suffix}"
    path.write_text("30 жоба", encoding="utf-8")
    with pytest.raises(fr.DocumentError, match="unsupported file type"):
        fr.read_document(path)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        fr.read_document(tmp_path / "nope.txt")
    with pytest.raises(fr.DocumentError, match="directory"):
        fr.read_document(tmp_path)


@pytest.mark.parametrize(
    "error",
    [
        fr.UnknownLanguageError("uz", ("kk", "uz-Cyrl")),
        LanguageDataError("kk.toml", "scale.thousand", "not a number"),
        fr.NumberParseError("no number in 'жоба'"),
        fr.DuplicateDocumentError("two documents share the id 'a'"),
        fr.InputTypeError("find_quantities() takes a str, not int"),
    ],
)
def test_errors_survive_pickling(error: fr.FactreconError) -> None:
    """Dask and multiprocessing send errors between processes: the same class and message come back."""
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is type(error)
    assert str(back) == str(error)
    assert vars(back) == vars(error)
