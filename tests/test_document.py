"""Documents: construction, validation, reading files, sentence spans."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factrecon as fr
from factrecon.document import sentences


def test_document_detects_language_and_parses_published():
    doc = fr.Document("Өткен жылы 28 млрд доллардан асты.", id="a", published="2025-11-12")
    assert doc.lang == "kk"
    assert doc.published == dt.date(2025, 11, 12)
    assert fr.Document("Ўтган йили 30 та лойиҳа.", id=1).id == "1"


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"text": b"bytes", "id": "a"}, fr.InputTypeError),
        ({"text": "x", "id": ""}, fr.DocumentError),
        ({"text": "x", "id": "a", "lang": "tt"}, fr.UnknownLanguageError),
        ({"text": "x", "id": "a", "published": "12.11.2025"}, fr.DocumentError),
        ({"text": "x", "id": "a", "published": 20251112}, fr.InputTypeError),
    ],
)
def test_bad_documents_raise_documented_errors(kwargs, error):
    with pytest.raises(error):
        fr.Document(**kwargs)


def test_read_txt_with_date_header_keeps_offsets(tmp_path):
    text = " date 2025-11-12 Сарлавҳа\nҲозирда 30 та лойиҳа амалга оширилмоқда.\n"
    path = tmp_path / "uz1.txt"
    path.write_text(text, encoding="utf-8")
    doc = fr.read_document(path)
    assert doc.id == "uz1"
    assert doc.text == text
    assert doc.published == dt.date(2025, 11, 12)
    [q] = [q for q in fr.find_quantities(doc.text, doc.lang) if q.unit == "count"]
    assert doc.text[q.start : q.end] == "30 та"


def test_read_json(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"id": "x1", "text": "14 жоба", "lang": "kk", "published": "2025-11-12"}))
    doc = fr.read_document(path)
    assert (doc.id, doc.lang, doc.published) == ("x1", "kk", dt.date(2025, 11, 12))
    path.write_text(json.dumps({"id": "x1"}))
    with pytest.raises(fr.DocumentError, match="text"):
        fr.read_document(path)


def test_invalid_utf8_names_file_and_offset(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes("30 жоба ".encode() + b"\xff\xfe")
    with pytest.raises(fr.DocumentError, match=r"bad\.txt.*byte 12"):
        fr.read_document(path)
    assert fr.read_document(path, errors="replace", lang="kk").text.startswith("30 жоба")


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(FileNotFoundError):
        fr.read_document(tmp_path / "nope.txt")
    with pytest.raises(fr.DocumentError, match="directory"):
        fr.read_document(tmp_path)


def test_sentences_survive_initials_abbreviations_and_decimals():
    text = "Бу ҳақда М. Жакибаев айтди. Савдо 504,4 млн. доллар бўлди. ҚР Президенти 4.4 млрд. деди!\nЯнги қатор"
    got = [text[s.start : s.end] for s in sentences(text)]
    assert got == [
        "Бу ҳақда М. Жакибаев айтди.",
        "Савдо 504,4 млн. доллар бўлди.",
        "ҚР Президенти 4.4 млрд. деди!",
        "Янги қатор",
    ]


@given(st.text(alphabet="аб М.!?\n 4,5", max_size=80))
def test_sentence_spans_are_ordered_in_bounds_and_trimmed(text):
    spans = sentences(text)
    last = 0
    for s in spans:
        assert last <= s.start < s.end <= len(text)
        assert not text[s.start].isspace()
        assert not text[s.end - 1].isspace()
        last = s.end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a scale abbreviation ends a sentence before a capitalised word, not before an acronym or lower case
        ("Бу 30 млрд. Келажакда 29 та.", ["Бу 30 млрд.", "Келажакда 29 та."]),
        ("Қиймати 4,4 млрд. АҚШ доллари. Кейин.", ["Қиймати 4,4 млрд. АҚШ доллари.", "Кейин."]),
        ("Савдо 504,4 млн. доллар бўлди.", ["Савдо 504,4 млн. доллар бўлди."]),
        # never: year and "and so on" abbreviations, initials
        ("2025 ж. 12 қарашада кездесу өтті.", ["2025 ж. 12 қарашада кездесу өтті."]),
        ("Сауда, өнеркәсіп т.б. салалар дамыды. Келесі.", ["Сауда, өнеркәсіп т.б. салалар дамыды.", "Келесі."]),
        ("Ж. Т. Сәрсенов сөйледі.", ["Ж. Т. Сәрсенов сөйледі."]),
    ],
)
def test_abbreviations_from_the_data_file(text, expected):
    assert [text[s.start : s.end] for s in sentences(text)] == expected
