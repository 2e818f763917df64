"""Periods as news writes them: quarters, halves, "in N months", month ranges and several months in one
sentence, in kk, uz-Cyrl, uz-Latn and ru; the period a page's headline gives its body (our own sentences)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factrecon as fr


def claims(text: str, lang: str, published: str | None = "2025-11-12") -> dict[str, fr.Claim]:
    doc = fr.Document(text, id="t", lang=lang, published=published)
    return {c.quantity.text: c for c in fr.extract_claims(doc)}


def days(c: fr.Claim) -> tuple[dt.date, dt.date] | None:
    return None if c.time is None else (c.time.start, c.time.end)


Q2 = (dt.date(2025, 4, 1), dt.date(2025, 6, 30))
Q3 = (dt.date(2025, 7, 1), dt.date(2025, 9, 30))
H1 = (dt.date(2025, 1, 1), dt.date(2025, 6, 30))
NINE = (dt.date(2025, 1, 1), dt.date(2025, 9, 30))


@pytest.mark.parametrize(
    ("lang", "text", "figure", "period"),
    [
        # quarters
        ("kk", "2025 жылдың үшінші тоқсанында экспорт 504,4 млн долларды құрады.", "504,4 млн долларды", Q3),
        ("kk", "2025 жылғы 3-тоқсанда экспорт 504,4 млн долларды құрады.", "504,4 млн долларды", Q3),
        ("uz-Cyrl", "2025 йилнинг учинчи чорагида экспорт 504,4 миллион долларни ташкил этди.",
         "504,4 миллион долларни", Q3),
        ("uz-Cyrl", "2025 йилнинг III чораги якунларига кўра экспорт 504,4 миллион долларни ташкил этди.",
         "504,4 миллион долларни", Q3),
        ("uz-Latn", "2025-yilning uchinchi choragida eksport 504,4 million dollarni tashkil etdi.",
         "504,4 million dollarni", Q3),
        ("ru", "В третьем квартале 2025 года экспорт составил 504,4 млн долларов.", "504,4 млн долларов", Q3),
        ("ru", "Экспорт в III квартале 2025 года составил 504,4 млн долларов.", "504,4 млн долларов", Q3),
        # halves
        ("kk", "2025 жылдың бірінші жартыжылдығында экспорт 504,4 млн долларды құрады.", "504,4 млн долларды", H1),
        ("uz-Cyrl", "2025 йилнинг биринчи ярмида экспорт 504,4 миллион долларни ташкил этди.",
         "504,4 миллион долларни", H1),
        ("uz-Cyrl", "2025 йилнинг биринчи ярим йиллигида экспорт 504,4 миллион долларни ташкил этди.",
         "504,4 миллион долларни", H1),
        ("uz-Latn", "2025-yilning birinchi yarim yilligida eksport 504,4 million dollarni tashkil etdi.",
         "504,4 million dollarni", H1),
        ("ru", "По итогам первого полугодия 2025 года экспорт составил 504,4 млн долларов.",
         "504,4 млн долларов", H1),
        ("kk", "Экспорт 2025 жылдың бірінші жартысында 504,4 млн долларды құрады.", "504,4 млн долларды", H1),
        ("uz-Latn", "2025-yilning 1-yarim yilligida eksport 504,4 million dollarni tashkil etdi.",
         "504,4 million dollarni", H1),
        # a half named without an ordinal is the first half, as the first six months
        ("kk", "2025 жылдың жартыжылдығында экспорт 504,4 млн долларды құрады.", "504,4 млн долларды", H1),
        ("ru", "За полугодие 2025 года экспорт составил 504,4 млн долларов.", "504,4 млн долларов", H1),
        ("uz-Cyrl", "2025 йил ярим йиллик якунларига кўра экспорт 504,4 миллион долларни ташкил этди.",
         "504,4 миллион долларни", H1),
        # a quarter as its ordinal with the noun in one word, or the abbreviation
        ("kk", "2025 жылғы 2-тоқсанда экспорт 504,4 млн долларды құрады.", "504,4 млн долларды", Q2),
        ("uz-Latn", "2025-yil 2-chorakda eksport 504,4 million dollarni tashkil etdi.", "504,4 million dollarni", Q2),
        ("ru", "Экспорт во II кв. 2025 г. составил 504,4 млн долларов.", "504,4 млн долларов", Q2),
        # the first N months of a stated year
        ("kk", "2025 жылғы 9 айда экспорт 504,4 млн долларды құрады.", "504,4 млн долларды", NINE),
        ("uz-Cyrl", "2025 йилнинг 9 ойида экспорт 504,4 миллион долларни ташкил этди.", "504,4 миллион долларни", NINE),
        ("uz-Latn", "2025-yilning 9 oyida eksport 504,4 million dollarni tashkil etdi.", "504,4 million dollarni",
         NINE),
        ("ru", "За 9 месяцев 2025 года экспорт составил 504,4 млн долларов.", "504,4 млн долларов", NINE),
        ("ru", "В 2025 году за девять месяцев экспорт составил 504,4 млн долларов.", "504,4 млн долларов", NINE),
        # January-September, with the year before or after
        ("kk", "2025 жылғы қаңтар-қыркүйекте экспорт 504,4 млн долларды құрады.", "504,4 млн долларды", NINE),
        ("uz-Cyrl", "2025 йил январь-сентябрь ойларида экспорт 504,4 миллион долларни ташкил этди.",
         "504,4 миллион долларни", NINE),
        ("uz-Latn", "2025-yil yanvar-sentabr oylarida eksport 504,4 million dollarni tashkil etdi.",
         "504,4 million dollarni", NINE),
        ("ru", "В январе–сентябре 2025 года экспорт составил 504,4 млн долларов.", "504,4 млн долларов", NINE),
    ],
)
def test_a_part_of_a_stated_year(lang: str, text: str, figure: str, period: tuple[dt.date, dt.date]) -> None:
    assert days(claims(text, lang)[figure]) == period


@pytest.mark.parametrize(
    ("lang", "text", "figure", "period"),
    [
        # no year: the last such part that has ended by the publication date (12 November 2025)
        ("kk", "Тоғыз айда елге 719,9 мың турист келді.", "719,9 мың", NINE),
        ("kk", "Үшінші тоқсанда жалақы 420,9 мың теңге болды.", "420,9 мың теңге", Q3),
        ("uz-Cyrl", "9 ойда хорижга 4,6 млн киши чиққан.", "4,6 млн", NINE),
        ("uz-Cyrl", "Январь-сентябрь ойларида экспорт 504,4 миллион долларни ташкил этди.",
         "504,4 миллион долларни", NINE),
        ("uz-Latn", "To‘qqiz oyda eksport 2,2 mlrd dollarni tashkil etdi.", "2,2 mlrd dollarni", NINE),
        ("ru", "За 9 месяцев в страну въехали 5,7 млн иностранцев.", "5,7 млн", NINE),
        ("ru", "В третьем квартале экспорт составил 504,4 млн долларов.", "504,4 млн долларов", Q3),
        ("kk", "Экспорт 3-тоқсанда 504,4 млн долларды құрады.", "504,4 млн долларды", Q3),
        ("uz-Cyrl", "Экспорт 3-чоракда 504,4 миллион долларни ташкил этди.", "504,4 миллион долларни", Q3),
        # a half without an ordinal: the last first half ended by the publication date
        ("kk", "Экспорт жартыжылдықта 504,4 млн долларды құрады.", "504,4 млн долларды", H1),
        ("uz-Cyrl", "Экспорт ярим йилликда 504,4 миллион долларни ташкил этди.", "504,4 миллион долларни", H1),
        ("uz-Latn", "Eksport yarim yillikda 504,4 million dollarni tashkil etdi.", "504,4 million dollarni", H1),
        ("ru", "За полугодие экспорт составил 504,4 млн долларов.", "504,4 млн долларов", H1),
        # a part that has not ended by the publication date is last year's
        ("kk", "Төртінші тоқсанда жалақы 420,9 мың теңге болды.", "420,9 мың теңге",
         (dt.date(2024, 10, 1), dt.date(2024, 12, 31))),
    ],
)
def test_a_part_of_a_year_without_one_is_the_last_ended(lang: str, text: str, figure: str,
                                                       period: tuple[dt.date, dt.date]) -> None:
    got = claims(text, lang)[figure]
    assert days(got) == period
    assert got.time is not None
    assert got.time.relative


@pytest.mark.parametrize(
    ("lang", "text", "level", "change"),
    [
        ("kk", "2025 жылдың екінші тоқсанында орташа жалақы 380,4 мың теңге болды. Өткен жылғы сәйкес тоқсанмен "
               "салыстырғанда жалақы 7,6%-ға өсті.", "380,4 мың теңге", "7,6%-ға"),
        ("uz-Cyrl", "Ўртача иш ҳақи 2025 йилнинг II чорагида ҳисобланди. У 380,4 минг тенгени ташкил этиб, бир йилда "
                    "7,6 фоизга ошди.", "380,4 минг тенгени", "7,6 фоизга"),
        ("uz-Latn", "O‘rtacha ish haqi 2025-yilning II choragida hisoblandi. U 380,4 ming tengeni tashkil etib, bir "
                    "yilda 7,6 foizga oshdi.", "380,4 ming tengeni", "7,6 foizga"),
        ("ru", "Средняя зарплата во II квартале 2025 года составила 380,4 тыс. тенге. За год она выросла на 7,6%.",
         "380,4 тыс. тенге", "7,6%"),
    ],
)
def test_a_quarters_change_over_a_year_is_of_the_quarter(lang: str, text: str, level: str, change: str) -> None:
    got = claims(text, lang)
    # against the same quarter a year before: the quarter's change, not the twelve months up to its end
    assert days(got[level]) == days(got[change]) == Q2


def test_a_months_change_over_a_year_is_the_twelve_months_to_its_end() -> None:
    got = claims("Резервы в январе 2025 года выросли на 2,1%, а за год выросли на 18,4%.", "ru")
    assert days(got["2,1%"]) == (dt.date(2025, 1, 1), dt.date(2025, 1, 31))
    assert days(got["18,4%"]) == (dt.date(2024, 2, 1), dt.date(2025, 1, 31))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("kk", "Соңғы 3 айда елге 719,9 мың турист келді."),
        ("ru", "За последние 3 месяца в страну въехали 719,9 тыс. туристов."),
    ],
)
def test_the_last_n_months_are_not_the_first(lang: str, text: str) -> None:
    for c in claims(text, lang).values():
        assert days(c) != (dt.date(2025, 1, 1), dt.date(2025, 3, 31))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("kk", "2025 жылдың екінші тоқсанында экспорт 504,4 млн долларды құрады."),
        ("uz-Cyrl", "2025 йилнинг иккинчи чорагида экспорт 504,4 миллион долларни ташкил этди."),
        ("uz-Latn", "2025-yilning ikkinchi choragida eksport 504,4 million dollarni tashkil etdi."),
        ("ru", "Во втором квартале 2025 года экспорт составил 504,4 млн долларов."),
    ],
)
def test_the_ordinal_of_a_quarter_is_no_claim(lang: str, text: str) -> None:
    assert [c.quantity.kind for c in claims(text, lang).values()] == [fr.Kind.CARDINAL]


SEP = (dt.date(2025, 9, 1), dt.date(2025, 9, 30))
AUG = (dt.date(2025, 8, 1), dt.date(2025, 8, 31))


@pytest.mark.parametrize(
    ("lang", "text", "september", "august", "after"),
    [
        ("kk", "Қыркүйекте жылдық инфляция 12,9%-ға дейін үдеді (тамызда – 12,2%), ал айлық инфляция 1,1% болды.",
         "12,9%-ға дейін", "12,2%", "1,1%"),
        ("uz-Cyrl", "Сентябрда йиллик инфляция 12,9 фоизга етди (августда – 12,2 фоиз), ойлик ўсиш эса 1,1 фоиз бўлди.",
         "12,9 фоизга", "12,2 фоиз", "1,1 фоиз"),
        ("uz-Latn", "Sentabrda yillik inflyatsiya 12,9 foizga yetdi (avgustda – 12,2 foiz), "
                    "oylik o‘sish esa 1,1 foiz bo‘ldi.",
         "12,9 foizga", "12,2 foiz", "1,1 foiz"),
        ("ru", "В сентябре годовая инфляция ускорилась до 12,9% после 12,2% в августе, за месяц цены выросли на 1,1%.",
         "до 12,9%", "12,2%", "1,1%"),
    ],
)
def test_two_months_in_one_sentence_each_figure_its_own(lang: str, text: str, september: str, august: str,
                                                         after: str) -> None:
    got = claims(text, lang)
    assert days(got[september]) == SEP
    assert days(got[august]) == AUG
    # a bracketed aside's month, or a month written right after another figure, is not the next figure's
    assert days(got[after]) == SEP


@pytest.mark.parametrize(
    ("lang", "text", "figures"),
    [
        ("uz-Cyrl", "Энг юқори тушум июлда кузатилди — 1,785 млрд доллар, энг паст кўрсаткич эса февралга тўғри "
                    "келди — 738 млн доллар.", ("1,785 млрд доллар", "738 млн доллар")),
        ("kk", "Ең жоғары түсім шілдеде тіркелді – 1,785 млрд доллар, ең төменгісі ақпанда – 738 млн доллар.",
         ("1,785 млрд доллар", "738 млн доллар")),
    ],
)
def test_two_single_months_are_not_a_range(lang: str, text: str, figures: tuple[str, str]) -> None:
    got = claims(text, lang)
    assert days(got[figures[0]]) == (dt.date(2025, 7, 1), dt.date(2025, 7, 31))
    assert days(got[figures[1]]) == (dt.date(2025, 2, 1), dt.date(2025, 2, 28))


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("kk", "Қаңтар-қыркүйек айларында экспорт 504,4 млн долларды құрады, ал импорт 300 млн доллар болды.",
         "300 млн доллар"),
        ("uz-Cyrl", "Январь ва сентябрь ойларида экспорт 504,4 миллион долларни ташкил этди.",
         "504,4 миллион долларни"),
        ("ru", "С января по сентябрь экспорт составил 504,4 млн долларов.", "504,4 млн долларов"),
    ],
)
def test_a_month_range_stays_one_period(lang: str, text: str, figure: str) -> None:
    assert days(claims(text, lang)[figure]) == NINE


@pytest.mark.parametrize(
    ("lang", "text", "change"),
    [
        ("kk", "Орташа жалақы 2025 жылдың екінші тоқсанында 420,9 мың теңге болды. Өткен жылғы сәйкес "
               "тоқсанмен салыстырғанда номиналды өсім 9,8%-ды құрады.", "9,8%-ды"),
        ("uz-Cyrl", "2025 йилнинг дастлабки ўн ойида 6,5 млн хорижлик келди. Ўтган йилнинг шу даврига "
                    "қиёслаганда улар 17,2 фоизга кўпайган.", "17,2 фоизга"),
    ],
)
def test_a_sentence_naming_only_its_base_is_of_the_period_before(lang: str, text: str, change: str) -> None:
    got = claims(text, lang)[change]
    assert got.time is not None
    assert got.time.start.year == 2025
    assert got.time.end < dt.date(2025, 12, 1)


def test_a_date_with_its_month_as_a_word_states_its_year() -> None:
    text = "Международные резервы на 1 февраля 2025 года составили $47,1 млрд."
    got = claims(text, "ru", "2025-02-12")["$47,1 млрд."]
    # as of 1 February: the level at the end of January
    assert days(got) == (dt.date(2025, 1, 1), dt.date(2025, 1, 31))


def test_a_numeric_timestamp_is_no_year_of_the_sentence() -> None:
    got = claims("10:12 / 23.01.2025 Савдо айланмаси 94,8 млрд долларга етди", "uz-Cyrl", "2025-03-01")
    assert got
    assert all(days(c) != (dt.date(2025, 1, 1), dt.date(2025, 12, 31)) for c in got.values())


ORDINALS = {
    "kk": ["бірінші", "екінші", "үшінші", "төртінші"],
    "uz-Cyrl": ["биринчи", "иккинчи", "учинчи", "тўртинчи"],
    "ru": ["первом", "втором", "третьем", "четвёртом"],
}
QUARTER = {
    "kk": "{year} жылдың {n} тоқсанында экспорт 504,4 млн долларды құрады.",
    "uz-Cyrl": "{year} йилнинг {n} чорагида экспорт 504,4 миллион долларни ташкил этди.",
    "ru": "В {n} квартале {year} года экспорт составил 504,4 млн долларов.",
}


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(sorted(QUARTER)), st.integers(1, 4), st.integers(1990, 2040),
       st.dates(dt.date(1995, 1, 1), dt.date(2045, 12, 31)))
def test_a_quarter_is_three_months_within_its_year(lang: str, n: int, year: int, published: dt.date) -> None:
    text = QUARTER[lang].format(year=year, n=ORDINALS[lang][n - 1])
    got = [c for c in claims(text, lang, published.isoformat()).values() if c.quantity.kind is fr.Kind.CARDINAL]
    assert len(got) == 1
    assert days(got[0]) == (dt.date(year, 3 * n - 2, 1),
                            dt.date(year, 3 * n, 30 if n in (2, 3) else 31))


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 11), st.dates(dt.date(1995, 1, 1), dt.date(2045, 12, 31)))
def test_n_months_without_a_year_start_in_january_and_end_by_publication(n: int, published: dt.date) -> None:
    text = f"{n} ойда экспорт 504,4 миллион долларни ташкил этди."
    got = claims(text, "uz-Cyrl", published.isoformat())["504,4 миллион долларни"]
    assert got.time is not None
    start, end = got.time.start, got.time.end
    assert start <= end
    assert (start.month, start.day) == (1, 1)
    assert start.year == end.year
    assert end.month == n
    assert end <= dt.date(published.year, published.month, 28) or end.month == published.month


@pytest.mark.parametrize(
    ("lang", "text", "other", "period"),
    [
        ("kk", "2025 жылдың 9 айында экспорт 504,4 млн долларды құрады, импорт 300 млн долларға жетті.",
         "300 млн долларға", NINE),
        ("kk", "Биыл 9 айда экспорт 504,4 млн долларды құрады, импорт 300 млн долларға жетті.",
         "300 млн долларға", NINE),
        ("kk", "Биыл үшінші тоқсанда экспорт 504,4 млн долларды құрады, импорт 300 млн долларға жетті.",
         "300 млн долларға", Q3),
        ("uz-Cyrl", "2025 йилнинг дастлабки тўққиз ойида экспорт 504,4 миллион долларни ташкил этди, импорт эса "
                    "300 миллион долларга етди.", "300 миллион долларга", NINE),
        ("uz-Cyrl", "Жорий йилнинг биринчи ярмида экспорт 504,4 миллион долларни ташкил этди, импорт эса "
                    "300 миллион долларга етди.", "300 миллион долларга", H1),
        ("ru", "В этом году за 9 месяцев экспорт составил 504,4 млн долларов, импорт — 300 млн долларов.",
         "300 млн долларов", NINE),
    ],
)
def test_the_part_after_a_year_is_the_whole_sentences(lang: str, text: str, other: str,
                                                      period: tuple[dt.date, dt.date]) -> None:
    # the clause without the months is of the same part of the year, not the whole year
    assert days(claims(text, lang)[other]) == period


def test_the_noun_of_a_quarter_is_no_count_of_ninety() -> None:
    # kk тоқсан is both "quarter" and "ninety"
    got = claims("2025 жылдың II тоқсанында жалақы 420,9 мың теңге болды.", "kk")
    assert list(got) == ["420,9 мың теңге"]
    assert days(got["420,9 мың теңге"]) == (dt.date(2025, 4, 1), dt.date(2025, 6, 30))


def test_a_year_named_as_the_very_same_period_is_the_base() -> None:
    text = ("Ўзбекистон 2025 йил январь–сентябрь ойларида 8,4 млн тонна ғалла йиғиб олди. "
            "Ялпи ҳосил 2024 йилнинг худди шу давридагидан 11,2 фоиз ортиқ бўлди.")
    got = claims(text, "uz-Cyrl")
    change = next(c for t, c in got.items() if t.startswith("11,2"))
    assert days(change) == NINE


def test_the_first_of_the_first_n_months_is_no_claim() -> None:
    got = claims("За первые 9 месяцев 2025 года в Узбекистан въехали 5,7 млн иностранцев.", "ru")
    assert list(got) == ["5,7 млн"]
    assert days(got["5,7 млн"]) == NINE


# -- the period a page's headline gives the figures of its body that state none --------------------------

YEAR_2024 = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("kk",
         "Облыстың көмір өндірісі 2024 жылы қалай өзгерді\n"
         "Облыста 2024 жылы 41,2 млн тонна көмір өндірілді.\n"
         "Жаңа разрезде жабдық 12 күн тоқтап тұрды. Соған қарамастан разрезден 6,3 млн тонна көмір алынды.\n",
         "6,3 млн тонна"),
        ("ru",
         "Добыча угля в области в 2024 году: итоги\n"
         "В области в 2024 году добыли 41,2 млн тонн угля.\n"
         "Новый разрез простоял 12 дней. Тем не менее с разреза получено 6,3 млн тонн угля.\n",
         "6,3 млн тонн"),
        ("uz-Latn",
         "Viloyatda 2024-yilda qancha ko‘mir qazib olindi\n"
         "Viloyatda 2024-yilda 41,2 mln tonna ko‘mir qazib olindi.\n"
         "Yangi konda uskunalar 12 kun to‘xtab turdi. Shunga qaramay, kondan 6,3 mln tonna ko‘mir olindi.\n",
         "6,3 mln tonna"),
    ],
)
def test_a_paragraph_that_names_no_time_is_of_the_headlines_period(lang: str, text: str, figure: str) -> None:
    c = claims(text, lang)[figure]
    assert days(c) == YEAR_2024
    assert c.time is not None
    assert c.time.text == ""  # inherited: evidence against another period, never for this one


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        # a paragraph that names its own time, even one the page cannot resolve (no publication date)
        ("kk",
         "Облыстың көмір өндірісі 2024 жылы қалай өзгерді\n"
         "Облыста 41,2 млн тонна көмір өндірілді.\n"
         "Биыл облыста 45 млн тонна көмір өндіру көзделген.\n",
         "45 млн тонна"),
        # a capacity per year is of no period
        ("kk",
         "Облыстың көмір өндірісі 2024 жылы қалай өзгерді\n"
         "Облыста 41,2 млн тонна көмір өндірілді.\n"
         "Жаңа разрез жылына 3 млн тонна көмір береді.\n",
         "3 млн тонна"),
        ("ru",
         "Добыча угля в области в 2024 году: итоги\n"
         "В области добыли 41,2 млн тонн угля.\n"
         "Новый разрез будет давать 3 млн тонн угля в год.\n",
         "3 млн тонн"),
        # a plan is of another time than the page's results
        ("ru",
         "Добыча угля в области в 2024 году: итоги\n"
         "В области добыли 41,2 млн тонн угля.\n"
         "Власти планируют довести добычу до 50 млн тонн.\n",
         "до 50 млн тонн"),
    ],
)
def test_figures_of_another_time_do_not_take_the_headlines_period(lang: str, text: str, figure: str) -> None:
    assert claims(text, lang, published=None)[figure].time is None


def test_a_headline_of_two_times_gives_the_page_no_period() -> None:
    text = ("Добыча угля: итоги 2024 года и план на 2025 год\n"
            "Новый разрез простоял 12 дней. Тем не менее с разреза получено 6,3 млн тонн угля.\n")
    assert claims(text, "ru")["6,3 млн тонн"].time is None


def test_a_timestamp_line_is_not_the_headline() -> None:
    text = ("3 февраля 2025, 10:15\n"
            "Добыча угля в области в 2024 году: итоги\n"
            "Новый разрез простоял 12 дней. Тем не менее с разреза получено 6,3 млн тонн угля.\n")
    assert days(claims(text, "ru")["6,3 млн тонн"]) == YEAR_2024


def test_a_one_line_text_has_no_headline_to_take_a_period_from() -> None:
    text = "В 2024 году добыли 41,2 млн тонн угля. Новый разрез дал 6,3 млн тонн угля."
    assert claims(text, "ru")["6,3 млн тонн"].time is None


@pytest.mark.parametrize(
    ("lang", "text", "item"),
    [
        ("ru",
         "Торговля области в 2024 году\n"
         "В 2024 году оборот области составил 12,4 млрд долларов.\n"
         "Фото: Агентство\n"
         "Оборот с соседями вырос до $5,6 млрд (в 2023 году — $4,9 млрд):\n"
         "Казахстан — $3,2 млрд;\n"
         "Кыргызстан — $2,4 млрд.\n",
         "$3,2 млрд"),
        ("kk",
         "Облыстың 2024 жылғы саудасы\n"
         "2024 жылы облыстың сауда айналымы 12,4 млрд долларға жетті.\n"
         "Фото: Агенттік\n"
         "Көршілермен сауда 5,6 млрд долларға өсті (2023 жылы – 4,9 млрд доллар):\n"
         "Қазақстан – 3,2 млрд доллар;\n"
         "Қырғызстан – 2,4 млрд доллар.\n",
         "3,2 млрд доллар"),
    ],
)
def test_a_list_under_a_header_with_an_aside_is_of_the_headers_own_time(lang: str, text: str, item: str) -> None:
    got = claims(text, lang)
    # the aside's year is the contrasted figure's; the header's figure and its list are of the page's time,
    # the time stated before the photo credit
    assert days(got[item]) == YEAR_2024
    head = next(c for t, c in got.items() if "5,6" in t)
    assert days(head) == YEAR_2024


# -- a change compares two periods: it is of the later one --------------------------------------------------

@pytest.mark.parametrize(
    ("lang", "text", "base", "changes"),
    [
        ("uz-Cyrl",
         "2024 йилда вилоят экспорти 7,4 млрд долларга етди. Бу 2023 йилдаги 6,1 млрд долларга нисбатан 1,3 млрд "
         "долларга ёки 21,3 фоизга кўп.", "6,1 млрд долларга", ("1,3 млрд долларга", "21,3 фоизга")),
        ("uz-Latn",
         "2024-yilda viloyat eksporti 7,4 mlrd dollarga yetdi. 2023-yilda bu ko‘rsatkich 6,1 mlrd dollar bo‘lgan, "
         "ya’ni bir yilda eksport 21,3 foizga oshgan.", "6,1 mlrd dollar", ("21,3 foizga",)),
        ("kk",
         "2024 жылы облыс экспорты 7,4 млрд долларға жетті. Салыстыру үшін, 2023 жылы экспорт 6,1 млрд доллар "
         "болған, яғни бір жылда 1,3 млрд долларға артқан.", "6,1 млрд доллар", ("1,3 млрд долларға",)),
        ("ru",
         "В 2024 году экспорт области достиг 7,4 млрд долларов. В 2023 году он составлял 6,1 млрд долларов, то есть "
         "за год экспорт вырос на 21,3%.", "6,1 млрд долларов", ("21,3%",)),
    ],
)
def test_a_change_against_an_earlier_years_level_is_of_the_later_year(lang: str, text: str, base: str,
                                                                     changes: tuple[str, ...]) -> None:
    got = claims(text, lang)
    assert days(got[base]) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    for change in changes:
        assert days(got[change]) == YEAR_2024


def test_a_change_of_its_own_year_stays_in_it() -> None:
    got = claims("2024 жылы облыс экспорты 7,4 млрд долларға жетті. 2023 жылы экспорт 6,1 млрд долларға жетіп, "
                 "12%-ға өсті.", "kk")
    assert days(got["12%-ға"]) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))


def test_a_difference_after_the_same_period_of_last_year_is_of_this_period() -> None:
    got = claims("2024 йилнинг январь-октябрь ойларида 6,4 млн турист келди. Бу ўтган йилнинг шу давридагидан "
                 "950 мингдан ортиқ кўп.", "uz-Cyrl")
    assert days(got["950 мингдан ортиқ"]) == (dt.date(2024, 1, 1), dt.date(2024, 10, 31))


# -- the day something happened is no period ---------------------------------------------------------------

@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("uz-Latn", "Markaziy bank 14-mart kuni asosiy stavkani 13,5 foizga tushirdi.", "13,5 foizga"),
        ("ru", "14 марта 2025 года Нацбанк снизил ставку до 13,5%.", "до 13,5%"),
        ("ru", "Новая ставка в 13,5% действует с 17 марта.", "13,5%"),
        ("uz-Cyrl", "2025 йил 14 мартда Марказий банк асосий ставкани 13,5 фоизга туширди.", "13,5 фоизга"),
        ("kk", "Ұлттық банк 14 наурызда базалық мөлшерлемені 13,5%-ға төмендетті.", "13,5%-ға"),
    ],
)
def test_an_event_date_is_not_the_figures_period(lang: str, text: str, figure: str) -> None:
    assert claims(text, lang)[figure].time is None


MAR = (dt.date(2025, 3, 1), dt.date(2025, 3, 31))


@pytest.mark.parametrize(
    ("lang", "text", "figure", "period"),
    [
        # a level as of a day is the level of its month
        ("ru", "По данным совета, на 14 марта у страны было 212,4 тонны золота.", "212,4 тонны", MAR),
        ("uz-Cyrl", "Кенгаш маълумотларига кўра, 14 март ҳолатига мамлакатда 212,4 тонна олтин бор эди.", "212,4 тонна",
         MAR),
        # as of the first of a month: the end of the month before
        ("ru", "Резервы на 1 апреля 2025 года составили 39,4 млрд долларов.", "39,4 млрд долларов", MAR),
        # a numeric date before the headline is no day of its month
        ("kk", " date 2025-04-02 Наурызда жылдық инфляция 9,1%-ға жетті\nБағалар өсті.", "9,1%-ға", MAR),
    ],
)
def test_a_day_that_dates_a_level_gives_its_month(lang: str, text: str, figure: str,
                                                  period: tuple[dt.date, dt.date]) -> None:
    assert days(claims(text, lang)[figure]) == period


@pytest.mark.parametrize(
    ("lang", "text", "month_figure", "year_figure"),
    [
        ("ru", "В марте тонна стоила около $640, а за весь 2024 год цена выросла на 12%.", "около $640", "12%"),
        ("kk", "Наурызда бір тонна 640 доллар тұрды, ал 2024 жылы баға 12%-ға өсті.", "640 доллар", "12%-ға"),
    ],
)
def test_a_month_and_a_year_in_one_sentence_are_two_times(lang: str, text: str, month_figure: str,
                                                          year_figure: str) -> None:
    got = claims(text, lang)
    assert days(got[month_figure]) == MAR
    assert days(got[year_figure]) == YEAR_2024


DEC_2024 = (dt.date(2024, 12, 1), dt.date(2024, 12, 31))


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("kk", "Қордың активтері 61,3 млрд долларға жетті (2024 жылдың соңында – 59,7 млрд доллар).",
         "59,7 млрд доллар"),
        ("uz-Latn", "2024-yil oxirida fond aktivlari 59,7 mlrd dollar bo‘lgan edi.", "59,7 mlrd dollar"),
        ("ru", "На конец 2024 года активы фонда составляли 59,7 млрд долларов.", "59,7 млрд долларов"),
    ],
)
def test_the_end_of_a_year_is_its_december(lang: str, text: str, figure: str) -> None:
    assert days(claims(text, lang)[figure]) == DEC_2024


def test_a_figure_set_against_the_first_takes_the_time_written_after_it() -> None:
    got = claims("Валовые резервы на 1 марта 2025 года составили 61,3 млрд долларов против 59,7 млрд долларов на "
                 "конец декабря. Из них золото — 30,2 млрд долларов.", "ru", published="2025-03-05")
    assert days(got["61,3 млрд долларов"]) == (dt.date(2025, 2, 1), dt.date(2025, 2, 28))
    assert days(got["59,7 млрд долларов"]) == DEC_2024
    # the parts are of the sentence's first total, not of the figure it is set against
    assert days(got["30,2 млрд долларов"]) == (dt.date(2025, 2, 1), dt.date(2025, 2, 28))


def test_a_time_written_after_another_figure_is_that_figures() -> None:
    text = ("Экспорт угля в 2024 году: итоги\n"
            "Доля Китая в экспорте снизилась до 41% с 44% в 2023 году.\n"
            "Банк повысил ставку до 16%, это третье в текущем году решение по ставке.\n")
    got = claims(text, "ru")
    assert days(got["44%"]) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    assert days(got["до 41%"]) == YEAR_2024  # the page's period, not the 44 %'s year
    # "this year" is the third decision's, not the rate's
    assert days(got["до 16%"]) == YEAR_2024


@pytest.mark.parametrize(
    ("lang", "text", "first", "second", "periods"),
    [
        ("kk",
         "Қордың активтері\nКөрсеткіш | 01.01.2025 | 01.04.2025\nВалюталық активтер | 59,7 | 61,3\n",
         "59,7", "61,3", (DEC_2024, MAR)),
        ("ru",
         "Экспорт области по годам, млн долларов:\nТовар | 2023 | 2024\nЗерно | 412,6 | 455,1\n",
         "412,6", "455,1", ((dt.date(2023, 1, 1), dt.date(2023, 12, 31)), YEAR_2024)),
    ],
)
def test_a_tables_head_row_gives_each_column_its_time(lang: str, text: str, first: str, second: str,
                                                      periods: tuple[tuple[dt.date, dt.date], ...]) -> None:
    got = claims(text, lang)
    assert (days(got[first]), days(got[second])) == periods
