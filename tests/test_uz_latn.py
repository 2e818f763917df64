"""Uzbek in Latin script (uz-Latn): a language written from another's data by transliteration.

The uz-Cyrl case tables, transliterated, must read the same in uz-Latn; the apostrophe
letters (oʻ, gʻ) and the tutuq belgisi read alike however a page types them, with spans
into the text as written; detection tells Uzbek Latin from English and Turkish; a
Cyrillic stretch on a Latin page is read in the Cyrillic data.
"""

from __future__ import annotations

import importlib.util
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factrecon import UnknownLanguageError, extract_claims, find_quantities, parse_number, spell
from factrecon.document import Document
from factrecon.lang import SUPPORTED, canonical, detect
from factrecon.lang.registry import language, read_lang, scripts, transliterator
from factrecon.model import Quantity
from factrecon.text import normalize
from test_quantities import UZ

DATA = Path(__file__).resolve().parent / "data"
LATN = "uz-Latn"
# every way a page types the apostrophe of oʻ, gʻ and the tutuq belgisi: U+02BB, U+2018, U+2019, U+02BC,
# U+0060, ASCII
APOSTROPHES = ["\u02bb", "\u2018", "\u2019", "\u02bc", "`", "'"]
_ANY_APOSTROPHE = re.compile("[" + re.escape("".join(APOSTROPHES)) + "]")


def _cases(name: str) -> list[str]:
    with (DATA / name).open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


CYRILLIC_SENTENCES = _cases("cases-uz-Cyrl.jsonl") + [text for text, _ in UZ]


def _reading(q: Quantity) -> tuple[Any, ...]:
    return (q.value, q.low, q.high, q.low_inclusive, q.high_inclusive, q.unit, q.kind, q.qualifier, q.approx, q.change)


def test_uz_latn_is_a_language_derived_from_uz_cyrl() -> None:
    assert LATN in SUPPORTED
    assert canonical("uz_latn") == canonical("UZ-LATN-UZ") == LATN
    lang = language(LATN)
    assert (lang.script, lang.derive_from, lang.cldr_locale) == ("Latn", "uz-Cyrl", "uz")
    assert scripts(LATN) == scripts("uz-Cyrl") == {"Cyrl": "uz-Cyrl", "Latn": LATN}
    assert scripts("kk") == {"Cyrl": "kk"}


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("етти", "yetti"),  # е at a word's start
        ("поезд", "poyezd"),  # ... and after a vowel
        ("Тошкент", "Toshkent"),  # ... and e elsewhere
        ("цех", "sex"),  # ц at a word's start
        ("лицей", "litsey"),  # ... and after a vowel
        ("маълумот", "maʼlumot"),  # ъ is the tutuq belgisi
        ("январь", "yanvar"),  # ь is not written
        ("Ўзбекистон", "Oʻzbekiston"),
        ("ғалла", "gʻalla"),
        ("ҳосил", "hosil"),  # ҳ is h, х is x
        ("Хитой", "Xitoy"),
        ("қирқ", "qirq"),
        ("ёшлар", "yoshlar"),
        ("АҚШ", "AQSH"),  # a word of capitals stays one
        ("ЎЗБЕКИСТОН", "OʻZBEKISTON"),
        ("Шаҳар", "Shahar"),
    ],
)
def test_transliteration_follows_the_1995_alphabet(cyrillic: str, latin: str) -> None:
    assert transliterator(LATN)(cyrillic) == latin


def test_the_data_is_written_in_latin_with_apostrophes_folded() -> None:
    numbers = read_lang(LATN, "numbers")
    assert numbers["numbers"]["units"]["to'rt"] == 4
    assert numbers["units"]["UZS"] == ["so'm"]
    assert "evro" in numbers["units"]["EUR"]  # a Latin-only addition, laid over the transliterated list
    assert numbers["meta"]["name"] == "Uzbek (Latin)"
    # cldr.toml is the folder's own (babel's Latin uz), not the Cyrillic one transliterated
    cldr = read_lang(LATN, "cldr")
    assert cldr["meta"]["cldr_locale"] == "uz"
    assert "sentabr" in cldr["months"]["9"]
    # no Cyrillic letter is left in any file the derived language reads
    for name in ("numbers", "concepts", "context", "places", "sentences", "checks"):
        assert not re.search("[\u0400-\u04ff]", json.dumps(read_lang(LATN, name), ensure_ascii=False)), name


@pytest.mark.parametrize("cyrillic", CYRILLIC_SENTENCES)
def test_every_uz_cyrl_case_reads_the_same_transliterated(cyrillic: str) -> None:
    write = transliterator(LATN)
    latin = write(cyrillic)
    want = find_quantities(cyrillic, "uz-Cyrl")
    got = find_quantities(latin, LATN)
    assert [_reading(q) for q in got] == [_reading(q) for q in want], latin
    assert [q.text for q in got] == [write(q.text) for q in want]
    for q in got:
        assert latin[q.start : q.end] == q.text
        assert q.lang == LATN


@given(case=st.sampled_from(CYRILLIC_SENTENCES), data=st.data())
def test_any_apostrophe_reads_the_same_with_spans_into_the_text_as_written(case: str, data: st.DataObject) -> None:
    latin = transliterator(LATN)(case)
    typed = _ANY_APOSTROPHE.sub(lambda _: data.draw(st.sampled_from(APOSTROPHES)), latin)
    want = find_quantities(latin, LATN)
    got = find_quantities(typed, LATN)
    assert [_reading(q) for q in got] == [_reading(q) for q in want], typed
    for q, w in zip(got, want, strict=True):
        assert (q.start, q.end) == (w.start, w.end)  # every apostrophe is one character
        assert typed[q.start : q.end] == q.text


@given(n=st.integers(0, 10**15))
def test_spell_then_parse_round_trips(n: int) -> None:
    words = spell(n, LATN)
    assert not re.search("[\u0400-\u04ff]", words)
    assert parse_number(words, LATN) == n
    for apostrophe in APOSTROPHES:
        assert parse_number(words.replace("\u02bb", apostrophe), LATN) == n


def test_spell_writes_the_apostrophe_of_the_alphabet() -> None:
    assert spell(14, LATN) == "o\u02bbn to\u02bbrt"
    assert spell(40, LATN, ordinal=True) == "qirqinchi"
    assert spell(94, "uz-Cyrl") == "тўқсон тўрт"


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "kind"),
    [
        ("Loyihaga 3 milliard dollar ajratildi.", "3 milliard dollar", 3_000_000_000, "USD", "cardinal"),
        ("2025-yilda 5 ta maktab qurildi.", "2025-yilda", 2025, "year", "date"),
        ("Taʼlim sohasiga 450 mlrd soʻm ajratildi.", "450 mlrd soʻm", 450_000_000_000, "UZS", "cardinal"),
        ("Sanʼat maktablariga 12 ming so‘m berildi.", "12 ming so‘m", 12_000, "UZS", "cardinal"),
        ("AQSH dollari kursi 12 850 soʻm boʻldi.", "12 850 soʻm", 12_850, "UZS", "cardinal"),
    ],
)
def test_latin_forms(text: str, surface: str, value: int, unit: str, kind: str) -> None:
    q = next(q for q in find_quantities(text, LATN) if q.text == surface)
    assert (q.value, q.unit, q.kind.value) == (value, unit, kind)


def test_a_closing_quote_is_not_a_letter() -> None:
    # 'Xalq so'zi' : the apostrophe inside so'zi is a letter, the one after it closes the quote
    text = "'Xalq so'zi' 40 foizga ko'proq sotildi."
    (q,) = find_quantities(text, LATN)
    assert (q.text, q.value, q.unit) == ("40 foizga", 40, "percent")


def test_a_cyrillic_quote_on_a_latin_page_is_read_in_cyrillic() -> None:
    text = "Xabarda: «Республикада 268 минг гектар ерга 1,5 миллион тонна ҳосил». Viloyatda 4 mln tonna olindi."
    got = [(q.text, q.value, q.unit, q.lang) for q in find_quantities(text, LATN)]
    assert got == [
        ("268 минг гектар", 268_000, "ha", LATN),
        ("1,5 миллион тонна", 1_500_000, "t", LATN),
        ("4 mln tonna", 4_000_000, "t", LATN),
    ]
    # and the reverse: a Latin stretch on a Cyrillic page
    text = "Вилоятда 5 минг тонна олинди, deyiladi «Toshkentda 3 mlrd soʻm» xabarida."
    got = [(q.text, q.unit) for q in find_quantities(text, "uz-Cyrl")]
    assert got == [("5 минг тонна", "t"), ("3 mlrd soʻm", "UZS")]


def test_latin_look_alikes_fold_only_inside_cyrillic_words() -> None:
    # a Latin word is Latin, whatever its letters look like
    for word in ("Toshkent", "XXI", "Oʻzbekiston", "Samarqand", "Kazinform", "COVID"):
        assert normalize(word).text == word.replace("\u02bb", "'")
    # a mostly Cyrillic word with a Latin look-alike is read as Cyrillic (Latin "a" and "o" here)
    assert normalize("Тошкeнт").text == "Тошкент"
    assert normalize("Вилoятда").text == "Вилоятда"


@pytest.mark.parametrize(
    "text",
    [
        "Qozogʻiston 2024-yilda 26,7 mln tonna don yigʻib oldi.",
        "Bu yil eksport 12 foizga oshdi va 2 mlrd dollarga yetdi.",
        "Oʻzbekistonda yangi maktablar qurilmoqda.",
        "Investitsiyalar hajmi 5 ming mlrd so'mni tashkil etdi.",
    ],
)
def test_detects_uzbek_latin(text: str) -> None:
    assert detect(text) == LATN


@pytest.mark.parametrize(
    "text",
    [
        # English
        "Kazakhstan harvested 26.7 million tonnes of grain in 2024, the ministry said.",
        "The central bank kept its policy rate at 14 percent.",
        "Microsoft",
        # Turkish
        "Türkiye'nin ihracatı 2024 yılında 262 milyar dolara ulaştı.",
        "Kazakistan'da buğday hasadı yüzde 56 arttı.",
    ],
)
def test_english_and_turkish_are_not_uzbek(text: str) -> None:
    with pytest.raises(UnknownLanguageError):
        detect(text)


def test_cyrillic_detection_is_unchanged() -> None:
    assert detect("Вилоятда 23 мингдан ортиқ қўшма корхона фаолият юритмоқда.") == "uz-Cyrl"
    assert detect("Биыл 5-6 млн тонна астық жиналады және экспортқа шығады.") == "kk"


def test_claims_on_a_latin_page_find_their_places_and_concepts() -> None:
    text = "Qozogʻistonda 2024-yilda 26,7 mln tonna don yigʻib olindi."
    claims = extract_claims(Document(id="a", text=text, lang=LATN))
    (claim,) = [c for c in claims if c.quantity.unit == "t"]
    assert claim.measure == "harvest"
    assert [p.code for p in claim.context] == ["KZ"]
    assert claim.context[0].text == "Qozogʻistonda"  # as written, not folded


def test_a_latin_claim_has_the_measure_of_its_cyrillic_twin() -> None:
    cyrillic = "Қозоғистонда 2024 йилда 26,7 млн тонна ғалла йиғиб олинди."
    latin = transliterator(LATN)(cyrillic).replace("\u02bb", "\u2019")
    (a,) = [c for c in extract_claims(Document(id="c", text=cyrillic, lang="uz-Cyrl")) if c.quantity.unit == "t"]
    (b,) = [c for c in extract_claims(Document(id="l", text=latin, lang=LATN)) if c.quantity.unit == "t"]
    assert a.time is not None
    assert b.time is not None
    assert (a.measure, a.quantity.value, [p.code for p in a.context], a.time.start, a.time.end) == (
        b.measure, b.quantity.value, [p.code for p in b.context], b.time.start, b.time.end)


# --- differential test against an independent generator (optional extra "oracles") ----------

HAVE_N2W2 = importlib.util.find_spec("num2words2") is not None
oracle = pytest.mark.skipif(not HAVE_N2W2, reason="num2words2 not installed (pip install factrecon[oracles])")


@oracle
@given(n=st.integers(1, 10**12))
def test_parse_num2words2_uzbek_latin(n: int) -> None:
    from num2words2 import num2words

    words = str(num2words(n, lang="uz"))  # writes "bir ming", "bir yuz": the other convention, read too
    if not any(ch.isdigit() for ch in words):  # it falls back to digits for some numbers: not an oracle there
        assert parse_number(words, LATN) == n
        # word for word ours, once its "bir" before yuz and ming is left out where ours leaves it out
        ours = spell(n, LATN).replace("\u02bb", "'").split()
        assert [w for w in words.split() if w != "bir"] == [w for w in ours if w != "bir"]


# --- facts across the languages: Kazakh places as Latin Uzbek writes them, plans, comparisons ------


def _latin_claims(text: str) -> list[Any]:
    return extract_claims(Document(id="l", text=text, lang=LATN))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Yettisuv viloyatida oʻrtacha maosh 350 ming tengeni tashkil etdi.", "KZ-JET"),
        ("Mangʻistau viloyatida oʻrtacha maosh 560 ming tengeni tashkil etdi.", "KZ-MAN"),
        ("Mangystau viloyatida 18 mln tonna neft qazib olindi.", "KZ-MAN"),
        ("Qyzylorda viloyatida 3 mln tonna neft qazib olindi.", "KZ-KZY"),
        ("Atyrau viloyatida 57 mln tonna neft qazib olindi.", "KZ-ATY"),
        ("Almatyda 2 mln kv. metr uy-joy qurildi.", "KZ-ALA"),
    ],
)
def test_kazakh_places_as_latin_uzbek_writes_them(text: str, code: str) -> None:
    [claim] = _latin_claims(text)
    assert code in [p.code for p in claim.context]


def test_a_plan_fulfilled_or_exceeded_is_no_level() -> None:
    text = "Viloyat dehqonlari 500 ming tonna paxta terib, davlat buyurtmasi rejasini 104 foizga bajardi."
    plan = next(c for c in _latin_claims(text) if c.quantity.unit == "percent")
    assert plan.measure == "cotton_plan"
    [over] = _latin_claims("Uy-joy qurish rejasi 2 mln kv. metrga oshirib bajarildi.")
    assert over.measure == "housing_over_plan"


def test_a_percentage_followed_by_more_is_a_change_but_a_decrease_to_is_a_level() -> None:
    text = "Pul oʻtkazmalari 2023-yildagi 10 mlrd dollarga nisbatan 2 mlrd dollar yoki 20 foiz koʻp."
    [pct] = [c for c in _latin_claims(text) if c.quantity.unit == "percent"]
    assert pct.quantity.change
    [level] = [c for c in _latin_claims("Rossiyaning ulushi 75 foizgacha kamaydi.") if c.quantity.unit == "percent"]
    assert not level.quantity.change


def test_many_flat_houses_are_not_more() -> None:
    text = ("Topshirilgan uy-joyning:\n— 11 mln kv. metri koʻp kvartirali uylar;\n"
            "— 6 mln kv. metri yakka tartibdagi uylar.")
    measures = [c.measure for c in _latin_claims(text)]
    assert measures
    assert not any(m.endswith("_change") for m in measures)


def test_a_list_goes_on_with_the_level_not_the_difference() -> None:
    text = ("Oʻtkazmalar 15 mlrd dollarni tashkil etdi, bu 12 mlrd dollarga nisbatan 3 mlrd dollar yoki 25 foiz koʻp.\n"
            "Joʻnatuvchi davlatlar (mln dollar):\nRossiya — 11 000\nQozogʻiston — 800")
    items = [c for c in _latin_claims(text) if c.quantity.value in (11_000_000_000, 800_000_000)]
    assert [c.measure for c in items] == ["remittance", "remittance"]


def test_in_this_respect_refers_to_the_rate_just_stated() -> None:
    text = ("Tugʻilish koeffitsiyenti har 1000 aholiga 19,1 ni tashkil etdi. "
            "Bu borada Namangan viloyati (24,2) yetakchi.")
    rate = next(c for c in _latin_claims(text) if c.quantity.value == Decimal("24.2"))
    assert (rate.measure, rate.quantity.unit) == ("birth_rate", "per_1000")


@pytest.mark.parametrize("apostrophe", ["\u02bb", "\u2018", "'", "`"])
def test_a_word_that_ends_in_g_apostrophe_keeps_its_letter(apostrophe: str) -> None:
    # gʻ is a letter and ends words ("mablagʻ", funds): the money that came from Russia is funds, however the
    # apostrophe is typed
    text = f"Rossiyadan kelgan mablag{apostrophe} bir yilda 29 foizga oshgan."
    (claim,) = extract_claims(Document(text, id="x", lang="uz-Latn"))
    assert claim.measure == "funds"
    assert {(p.code, p.role) for p in claim.context} == {("RU", "from")}


def test_a_closing_quote_is_no_letter_of_the_word_before_it() -> None:
    # 'Toshkent' in quotes is still the city: only gʻ and oʻ take an apostrophe at a word's end
    (claim,) = extract_claims(Document("'Toshkent' shahrida 120 ta yangi maktab qurildi.", id="x", lang="uz-Latn"))
    assert ("UZ-TK", "in") in {(p.code, p.role) for p in claim.context}
