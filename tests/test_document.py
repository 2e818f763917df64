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
        # a unit or a currency at a sentence's end ends it before a capitalised word, a one-letter one too
        ("Склады заняли 3,1 млн кв. м. Шымкент отстал.", ["Склады заняли 3,1 млн кв. м.", "Шымкент отстал."]),
        ("Собрано 40 тыс. Атырау отстал.", ["Собрано 40 тыс.", "Атырау отстал."]),
        ("Спред вырос на 0,5 п.п. Решение принято.", ["Спред вырос на 0,5 п.п.", "Решение принято."]),
        ("Сбор 7 млн руб. Регион доволен.", ["Сбор 7 млн руб.", "Регион доволен."]),
        ("Дефицит 12 млрд. В марте меньше.", ["Дефицит 12 млрд.", "В марте меньше."]),
        ("Урожай 31 ц/га. Костанай впереди.", ["Урожай 31 ц/га.", "Костанай впереди."]),
        ("Олинди 9 минг т. Кейин кам.", ["Олинди 9 минг т.", "Кейин кам."]),
        ("Olindi 9 ming t. Keyin kam.", ["Olindi 9 ming t.", "Keyin kam."]),
        # ... not before lower case, an acronym or a figure; "п." (пункт, посёлок) is not the end of "п.п."
        ("Собрано 40 тыс. тонн зерна.", ["Собрано 40 тыс. тонн зерна."]),
        ("Займ 2 млн долл. США выдан.", ["Займ 2 млн долл. США выдан."]),
        ("Рабочие из п. Коянды и по п. 4 ст. 2 закона.", ["Рабочие из п. Коянды и по п. 4 ст. 2 закона."]),
        # a year's abbreviation ends a sentence only before a word that opens one
        ("Рост был в 2023 г. В 2024 г. спад.", ["Рост был в 2023 г.", "В 2024 г. спад."]),
        ("В 2023 г. Казахстан вырос.", ["В 2023 г. Казахстан вырос."]),
        ("Рост был в 2023 г. в Караганде.", ["Рост был в 2023 г. в Караганде."]),
        ("Рост в г. Караганда.", ["Рост в г. Караганда."]),
        ("Өсім 2023 ж. Бұл рекорд.", ["Өсім 2023 ж.", "Бұл рекорд."]),
        ("Ўсиш 2023 й. Бу рекорд.", ["Ўсиш 2023 й.", "Бу рекорд."]),
        ("Oʻsish 2023 y. Bu rekord.", ["Oʻsish 2023 y.", "Bu rekord."]),
    ],
)
def test_abbreviations_from_the_data_file(text, expected):
    assert [text[s.start : s.end] for s in sentences(text)] == expected


@pytest.mark.parametrize(("page", "title"), [
    # a section and a timestamp, a view counter, a reading time
    ("Жамият | 09:12 / 03.03.2025\n4 512\n3 дақиқада ўқилади\n\nВилоятда 12 та янги мактаб очилди\nМатн.\n",
     "Вилоятда 12 та янги мактаб очилди"),
    # a timestamp and a time zone
    ("10:00, 3 Наурыз 2025 | GMT +5\nОблыста 12 жаңа мектеп ашылды\nМәтін.\n", "Облыста 12 жаңа мектеп ашылды"),
    # a dateline alone on its line, then the headline
    ("НАМАНГАН, 3 мар — Sputnik.\nВилоятда 12 та янги мактаб очилди\n", "Вилоятда 12 та янги мактаб очилди"),
    # a channel's name and a counter with its label
    ("Иқтисод24 | Telegram\n👁 1 204\nВилоятда 12 та янги мактаб очилди\n", "Вилоятда 12 та янги мактаб очилди"),
    # the date header before a headline
    (" date 2025-03-03 Облыста 12 жаңа мектеп ашылды\nМәтін.\n", "Облыста 12 жаңа мектеп ашылды"),
    # a timestamp of a day, a month's name, a year and a clock time, alone on its line
    ("3 марта 2025, 10:15\nВ области открыли 12 новых школ\nТекст.\n", "В области открыли 12 новых школ"),
    ("19 Қараша 2024 12:20\nОблыста 12 жаңа мектеп ашылды\nМәтін.\n", "Облыста 12 жаңа мектеп ашылды"),
    # a short headline with a year and no clock time is a headline
    ("Итоги 2024 года\nТекст.\n", "Итоги 2024 года"),
])
def test_the_headline_is_the_first_line_that_is_no_page_furniture(page: str, title: str) -> None:
    from factrecon.document import headline

    start, end = headline(page)
    assert page[start:end].strip() == title


@given(st.lists(st.sampled_from(["Жамият | 09:12 / 03.03.2025", "4 512", "👁 1 204", "25.11.2024"]), max_size=8))
def test_a_page_of_furniture_alone_still_has_a_first_line_for_headline(lines: list[str]) -> None:
    from factrecon.document import headline

    page = "\n".join(lines)
    start, end = headline(page)
    # a headline is always a line of the page (the first when every line is furniture), or nothing for no text
    assert (start, end) == (0, 0) if not lines else page[start:end] == lines[0]
