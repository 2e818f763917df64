"""find_quantities on news pages: units and forms of issue 16, page furniture, table heads, rates, shares.

Each form has its reading and, next to it, a look-alike that must not be read so (a negative).
The words come from lang/data/<tag>/structure.toml, numbers.toml and lang/data/units.toml.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factrecon import Kind, find_quantities
from factrecon.errors import LanguageDataError
from factrecon.quantities import _factor

D = Decimal
Row = tuple[str, str | None, str | None, str, str]  # text, low, high, unit, qualifier


def _read(text: str, lang: str) -> list[Row]:
    return [
        (q.text, None if q.low is None else str(q.low), None if q.high is None else str(q.high), q.unit,
         q.qualifier.value)
        for q in find_quantities(text, lang)
        if q.kind is not Kind.DATE
    ]


KK: list[tuple[str, list[Row]]] = [
    # area, volume, yields (converted from centners), percentage points, basis points
    ("12,5 млн шаршы метр үй салынды", [("12,5 млн шаршы метр", "12500000", "12500000", "m2", "exact")]),
    ("ауданы 8 мың кв.м құрайды", [("8 мың кв.м", "8000", "8000", "m2", "exact")]),
    ("2,4 млн ш.м. үй", [("2,4 млн ш.м.", "2400000", "2400000", "m2", "exact")]),
    ("4,4 млн м2 үй", [("4,4 млн м2", "4400000", "4400000", "m2", "exact")]),
    ("1,5 пайыздық пунктке", [("1,5 пайыздық пунктке", "1.5", "1.5", "percentage_point", "exact")]),
    ("40 млн текше метр су", [("40 млн текше метр", "40000000", "40000000", "m3", "exact")]),
    ("гектарына 16,2 центнер", [("16,2 центнер", "1.62", "1.62", "t/ha", "exact")]),
    ("(18,5 ц/га)", [("18,5 ц/га", "1.85", "1.85", "t/ha", "exact")]),
    ("әр гектардан 4,6 тоннадан өнім", [("4,6 тоннадан", "4.6", "4.6", "t/ha", "exact")]),
    # the area a harvest came from is no yield: "from 16,5 million hectares, 26,7 million tonnes"
    ("16,5 млн гектардан 26,7 млн тонна", [("16,5 млн гектардан", "16500000", "16500000", "ha", "exact"),
                                         ("26,7 млн тонна", "26700000", "26700000", "t", "exact")]),
    ("тұрғын үй (1,9 п.т.)", [("1,9 п.т.", "1.9", "1.9", "percentage_point", "exact")]),
    ("150 базистік тармаққа өсті", [("150 базистік тармаққа", "1.50", "1.50", "percentage_point", "exact")]),
    # a limit closing a change that happened is the level reached; a target keeps the bound
    ("16,5%-дан 18%-ға дейін көтерді", [("16,5%-дан", "16.5", "16.5", "percent", "exact"),
                                       ("18%-ға дейін", "18", "18", "percent", "exact")]),
    ("болжам 88,4 млн тоннаға дейін түзетілді", [("88,4 млн тоннаға дейін", "88400000", "88400000", "t", "exact")]),
    ("96,2 млн тоннаға дейін жеткізуді көздейді", [("96,2 млн тоннаға дейін", "0", "96200000", "t", "up_to")]),
    ("сыйымдылығы 1 000 тоннаға дейін жетеді", [("1 000 тоннаға дейін", "0", "1000", "t", "up_to")]),
    # one figure in digits and scale words, to its last part
    ("4 мың 200 тонна", [("4 мың 200 тонна", "4200", "4200", "t", "exact")]),
    ("3 млн 415 мың 200 адам", [("3 млн 415 мың 200", "3415200", "3415200", "count", "exact")]),
    ("1,5 мың 200 адам", [("1,5 мың", "1500", "1500", "count", "exact"), ("200", "200", "200", "count", "exact")]),
    ("30 мың 5 жыл", [("30 мың", "30000", "30000", "count", "exact"), ("5 жыл", "5", "5", "year", "exact")]),
    # signs, subunits, qualifiers in the possessive
    ("минус он бес градус", [("минус он бес", "-15", "-15", "count", "exact")]),
    ("(–2,1%)", [("–2,1%", "-2.1", "-2.1", "percent", "exact")]),
    ("25 теңге 24 тиын", [("25 теңге 24 тиын", "25.24", "25.24", "KZT", "exact")]),
    ("25 теңге 240 адам", [("25 теңге", "25", "25", "KZT", "exact"), ("240", "240", "240", "count", "exact")]),
    ("70 пайызға жуығы", [("70 пайызға жуығы", "63", "70", "percent", "nearly")]),
    ("17 млн тоннадан сәл ғана асқан", [("17 млн тоннадан сәл ғана асқан", "17000000", None, "t", "more_than")]),
    ("2 есе өсті", [("2 есе", "2", "2", "times", "exact")]),
    # shares in words
    ("бестен бірінен астамы", [("бестен бірінен астамы", "20", None, "percent", "more_than")]),
    ("төрттен үші", [("төрттен үші", "75", "75", "percent", "exact")]),
    ("жартысынан астамын", [("жартысынан астамын", "50", None, "percent", "more_than")]),
    ("бірінші жартысында", [("бірінші", "1", "1", "ordinal", "exact")]),
    # a number word that is a noun here
    ("екінші тоқсанында", [("екінші", "2", "2", "ordinal", "exact")]),
    ("сәйкес тоқсанмен салыстырғанда", []),
    ("тоқсан адам", [("тоқсан", "90", "90", "count", "exact")]),
    # rates
    ("1000 тұрғынға шаққанда 18,29 болды", [("18,29", "18.29", "18.29", "per_1000", "exact")]),
    ("1000 отбасыға 500 пәтер берілді", [("1000", "1000", "1000", "count", "exact"),
                                       ("500", "500", "500", "count", "exact")]),
    # coordination: the unit of the sibling with the same scale
    ("Астанада 4,4 млн, Алматыда 2,4 млн шаршы метр", [("4,4 млн", "4400000", "4400000", "m2", "exact"),
                                                      ("2,4 млн шаршы метр", "2400000", "2400000", "m2", "exact")]),
    ("Астанада 4 адам, Алматыда 2,4 млн шаршы метр", [("4", "4", "4", "count", "exact"),
                                                     ("2,4 млн шаршы метр", "2400000", "2400000", "m2", "exact")]),
]

UZ: list[tuple[str, list[Row]]] = [
    ("3,6 млн квадрат метр уй", [("3,6 млн квадрат метр", "3600000", "3600000", "m2", "exact")]),
    ("4,4 млн кв. м", [("4,4 млн кв. м", "4400000", "4400000", "m2", "exact")]),
    ("350 миллион куб метр сув", [("350 миллион куб метр", "350000000", "350000000", "m3", "exact")]),
    ("гектаридан 16 центнердан ортиқ", [("16 центнердан ортиқ", "1.6", None, "t/ha", "more_than")]),
    ("1,5 фоиз бандига оширди", [("1,5 фоиз бандига", "1.5", "1.5", "percentage_point", "exact")]),
    ("77 фоизгача камайди", [("77 фоизгача", "77", "77", "percent", "exact")]),
    ("14,7 фоизгача (Қарағанди вилояти) бўлди", [("14,7 фоизгача", "14.7", "14.7", "percent", "exact")]),
    ("3,5 млрд долларгача етказиш", [("3,5 млрд долларгача", "0", "3500000000", "USD", "up_to")]),
    ("4 минг 200 тонна", [("4 минг 200 тонна", "4200", "4200", "t", "exact")]),
    ("101 сўм 22 тийин", [("101 сўм 22 тийин", "101.22", "101.22", "UZS", "exact")]),
    ("минус беш даража", [("минус беш", "-5", "-5", "count", "exact")]),
    ("70 фоизга яқини", [("70 фоизга яқини", "63", "70", "percent", "nearly")]),
    ("2 баравар ошди", [("2 баравар", "2", "2", "times", "exact")]),
    ("қарийб ярми", [("қарийб ярми", "45", "50", "percent", "nearly")]),
    ("учдан бир қисмидан кўпини", [("учдан бир қисмидан кўпини", "33.33333333333333333333333333", None,
                                   "percent", "more_than")]),
    ("йилнинг биринчи ярмида", [("биринчи", "1", "1", "ordinal", "exact")]),
    ("5,7 млн чет эллик", [("5,7 млн", "5700000", "5700000", "count", "exact")]),
    ("эллик киши", [("эллик", "50", "50", "count", "exact")]),
    ("ҳар 1000 никоҳга 329 та ажрим", [("329 та", "329", "329", "per_1000", "exact")]),
]


@pytest.mark.parametrize(("text", "expected"), KK, ids=[t for t, _ in KK])
def test_kazakh_page_forms(text: str, expected: list[Row]) -> None:
    assert _read(text, "kk") == expected


@pytest.mark.parametrize(("text", "expected"), UZ, ids=[t for t, _ in UZ])
def test_uzbek_page_forms(text: str, expected: list[Row]) -> None:
    assert _read(text, "uz-Cyrl") == expected


# --------------------------------------------------------------------------- furniture

FURNITURE = [
    ("kk", "10:15, 11 Ақпан 2025 | GMT +5"),
    ("kk", "14.02.2025, 09:30 | Қоғам | 👁 1 205"),
    ("kk", "👁 5,8 мың | 16.01.2025 12:40"),
    ("kk", "Атырау, 20 қаңтар 11:05 | 👁 842 рет қаралды"),
    ("kk", "Назерке Бекова | Қаралым: 415"),
    ("kk", "Жарияланды: 2025-11-15 UTC+6"),
    ("uz-Cyrl", "Иқтисодиёт | 18:40 / 20.01.2025 | 👁 12 487 | 3 дақиқада ўқилади"),
    ("uz-Cyrl", "👁 18,4K · 10.10.2025, 12:31"),
    ("uz-Cyrl", "Кўрилди: 3 215"),
    ("uz-Cyrl", "Ўзбекистон | 19:02 / 18.11.2024 | 4 870"),
    ("uz-Cyrl", "Иқтисодиёт | 11:25 / 21.01.2025\n8 934\n2 дақиқада ўқилади"),
]


@pytest.mark.parametrize(("lang", "text"), FURNITURE, ids=[t for _, t in FURNITURE])
def test_page_furniture_is_no_claim(lang: str, text: str) -> None:
    assert _read(text, lang) == []


def test_dates_are_read_whole_as_dates() -> None:
    got = find_quantities("22.09.2025, 14:05 | 21 Қараша 2024 | 2025-11-15", "kk")
    assert [(q.text, q.kind) for q in got] == [
        ("22.09.2025", Kind.DATE), ("21 Қараша 2024", Kind.DATE), ("2025-11-15", Kind.DATE)
    ]


def test_list_markers_are_no_claims_but_their_figures_are() -> None:
    got = _read("Үш өңір:\n1. Түркістан облысы – 25,05\n2. Маңғыстау облысы – 24,47", "kk")
    assert [row[0] for row in got] == ["Үш", "25,05", "24,47"]


def test_a_lone_figure_as_the_whole_text_is_read() -> None:
    assert _read("8 934", "uz-Cyrl") == [("8 934", "8934", "8934", "count", "exact")]


def test_a_decimal_with_latin_letters_after_it_is_a_counter() -> None:
    assert _read("👀 12,4K", "kk") == []
    assert _read("Өнім 12,4 мың тонна", "kk") == [("12,4 мың тонна", "12400", "12400", "t", "exact")]


# --------------------------------------------------------------------------- table and list heads

def test_a_head_gives_scale_and_unit_to_the_bare_figures_under_it() -> None:
    text = "Жиналған дән (мың тонна):\nҚашқадария – 808,9\nСурхандария – 826,5\nЖыл қорытындысында 8,4 млн тонна."
    assert _read(text, "kk") == [
        ("808,9", "808900", "808900", "t", "exact"),
        ("826,5", "826500", "826500", "t", "exact"),
        ("8,4 млн тонна", "8400000", "8400000", "t", "exact"),
    ]


def test_a_table_head_with_a_currency() -> None:
    text = ("Негізгі көрсеткіштер, млрд АҚШ доллары:\nКөрсеткіш | 01.01.2025 | 01.02.2025\n"
            "Жалпы резервтер | 45,6 | 47,1\nТолығырақ ақпарат: сайтта")
    assert _read(text, "kk") == [("45,6", "45600000000", "45600000000", "USD", "exact"),
                                 ("47,1", "47100000000", "47100000000", "USD", "exact")]


def test_a_head_reaches_only_its_list() -> None:
    text = "Келгендер (минг нафар):\n— Тожикистон – 1 878,5;\n— Россия – 686,7.\nЖами 10 600 нафар сайёҳ 5 кунда."
    assert _read(text, "uz-Cyrl") == [
        ("1 878,5", "1878500", "1878500", "count", "exact"),
        ("686,7", "686700", "686700", "count", "exact"),
        ("10 600 нафар", "10600", "10600", "count", "exact"),
        ("5 кунда", "5", "5", "day", "exact"),
    ]


def test_a_colon_line_without_a_scale_is_no_head() -> None:
    text = "Ең жоғары өңірлер:\n- Түркістан – 25,05\n- Маңғыстау – 24,47"
    assert [row[1] for row in _read(text, "kk")] == ["25.05", "24.47"]


def test_the_other_items_of_a_list_lend_their_unit() -> None:
    text = "Етакчилар:\n▪️ Манғистау — 575,1 минг тенге\n▪️ Улитау — 549,3 минг тенге\n▪️ Астана — 520 мингдан ортиқ"
    assert [row[3] for row in _read(text, "uz-Cyrl")] == ["KZT", "KZT", "KZT"]


NAMES = st.sampled_from(["Ақмола", "Қостанай", "Түркістан облысы", "Шымкент қаласы", "Алматы"])
MARKS = st.sampled_from(["- ", "— ", "• ", ""])


@given(
    rows=st.lists(st.tuples(MARKS, NAMES, st.integers(1, 99_999), st.integers(0, 9)), min_size=1, max_size=8),
    head=st.sampled_from([("(мың тонна)", D(1000), "t"), (", млн АҚШ доллары", D(10) ** 6, "USD"),
                          ("(млрд теңге)", D(10) ** 9, "KZT"), ("(тонна)", D(1), "t")]),
)
def test_every_bare_figure_under_a_head_takes_its_scale_and_unit(
    rows: list[tuple[str, str, int, int]], head: tuple[str, Decimal, str]
) -> None:
    words, scale, unit = head
    lines = [f"{mark}{name} – {whole},{tenth}" for mark, name, whole, tenth in rows]
    text = f"Өңірлер бойынша{words}:\n" + "\n".join(lines)
    got = find_quantities(text, "kk")
    assert [text[q.start:q.end] for q in got] == [q.text for q in got]  # spans slice back to the surface
    assert [(q.value, q.unit) for q in got] == [
        (D(f"{whole}.{tenth}") * scale, unit) for _, _, whole, tenth in rows
    ]


@given(day=st.integers(1, 31), month=st.integers(1, 12), year=st.integers(1990, 2099),
       hour=st.integers(0, 23), minute=st.integers(0, 59), views=st.integers(0, 999_999),
       tonnes=st.integers(1, 999))
def test_a_byline_changes_nothing_read_in_the_text_under_it(
    day: int, month: int, year: int, hour: int, minute: int, views: int, tonnes: int
) -> None:
    body = f"Облыста {tonnes} мың тонна астық жиналды."
    byline = f"{day:02}.{month:02}.{year}, {hour:02}:{minute:02} | GMT +5 | 👁 {views:,}".replace(",", " ")
    alone = [(q.text, q.value, q.unit) for q in find_quantities(body, "kk")]
    paged = find_quantities(byline + "\n" + body, "kk")
    assert [(q.text, q.value, q.unit) for q in paged if q.kind is not Kind.DATE] == alone
    assert all(q.kind is Kind.DATE for q in paged if q.start < len(byline))


@given(value=st.decimals(min_value=D("0.1"), max_value=D(99), places=1), lang=st.sampled_from(["kk", "uz-Cyrl"]))
def test_a_limit_is_reached_after_a_past_verb_and_a_bound_before_a_target(value: Decimal, lang: str) -> None:
    written = str(value).replace(".", ",")
    if lang == "kk":
        reached, target = f"{written}%-ға дейін көтерді", f"{written}%-ға дейін жеткізуді көздейді"
    else:
        reached, target = f"{written} фоизгача камайди", f"{written} фоизгача етказишни режалаштирмоқда"
    (done,) = find_quantities(reached, lang)
    (goal,) = find_quantities(target, lang)
    assert (done.low, done.high, done.qualifier.value) == (value, value, "exact")
    assert (goal.low, goal.high, goal.qualifier.value) == (0, value, "up_to")


def test_a_conversion_factor_must_be_positive() -> None:
    assert _factor("units.toml", "centner_per_ha", "0.1") == D("0.1")
    for bad in ("0", "-1", "x", True, None):
        with pytest.raises(LanguageDataError):
            _factor("units.toml", "centner_per_ha", bad)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("kk", "2024 ж. 1 қаңтардағы жағдай", ["2024 ж.", "1 қаңтардағы"]),
    ("uz-Cyrl", "2024 й. 1 январь ҳолатига", ["2024 й.", "1 январь"]),
    ("kk", "© 2025 Kazinform", ["2025"]),
    ("kk", "ҚР Ұлттық статистика бюросы, 2025", ["2025"]),
    ("kk", "(2024)", ["2024"]),
    ("kk", "Жарияланды:\n2024", ["2024"]),
])
def test_bare_years_and_year_abbreviations_are_dates(lang: str, text: str, expected: list[str]) -> None:
    got = find_quantities(text, lang)
    assert [q.text for q in got] == expected
    assert all(q.kind is Kind.DATE for q in got)


@pytest.mark.parametrize("text", ["Барлығы – 2024.", "Жалпы 2024 адам", "Алматы – 2024\nАстана – 1990", "2024"])
def test_a_value_after_a_dash_or_before_a_noun_stays_a_count(text: str) -> None:
    assert all(q.kind is Kind.CARDINAL for q in find_quantities(text, "kk"))


def test_a_head_with_a_counted_noun_or_a_percent_sign() -> None:
    assert _read("Өңірлер (мың адам):\n- Алматы – 2 280,5", "kk") == [
        ("2 280,5", "2280500", "2280500", "count", "exact")]
    assert _read("Үлесі (%):\n- Ресей – 37,6", "kk") == [("37,6", "37.6", "37.6", "percent", "exact")]
    # without a scale, words in brackets are no head: the figures stay as written
    assert _read("Өңірлер (Алматы облысы):\n- Алматы – 2 280,5", "kk") == [
        ("2 280,5", "2280.5", "2280.5", "count", "exact")]


def test_a_list_under_a_head_without_a_unit_continues_the_figure_before_it() -> None:
    text = ("Туу коэффициенті 1000 тұрғынға шаққанда 18,29 болды. Үлесі – 14,3 пайыз.\n"
            "Ең жоғары өңірлер:\n- Түркістан облысы – 25,05;\n- Маңғыстау облысы – 24,47.")
    assert [row[3] for row in _read(text, "kk")] == ["per_1000", "percent", "per_1000", "per_1000"]
    text = "Йиллик инфляция 12,9 фоиз бўлди. Ҳудудлар кесимида:\n— Олмаота – 11,6\n— Қарағанди – 14,7"
    assert [row[3] for row in _read(text, "uz-Cyrl")] == ["percent", "percent", "percent"]


@pytest.mark.parametrize("text", [
    # the items are no rates: far from the percentage, as counts in thousands are
    "Өсім 1,3 пайыз болды. Өңірлер бойынша:\n- Алматы – 2 280,5\n- Астана – 1 423,7",
    # written with other decimals than the figure before the list
    "Өсім 1,3 пайыз болды. Өңірлер бойынша:\n- Алматы – 2,25\n- Астана – 1,75",
    # whole numbers continue nothing
    "Зауыт 5 жыл ішінде салынды. Жобалар:\n- Алматы – 2\n- Астана – 1",
    # the figure is more than three lines above the head
    "Өсім 1,3 пайыз болды.\nЖаңалық.\nТағы.\nСоңы.\nӨңірлер бойынша:\n- Алматы – 2,2\n- Астана – 1,7",
])
def test_a_list_continues_no_figure_of_another_shape_or_far_away(text: str) -> None:
    assert [row[3] for row in _read(text, "kk")][1:] == ["count", "count"]


def test_more_after_a_comparison_base_is_a_difference_not_a_bound() -> None:
    (q,) = [q for q in find_quantities("Ҳосил ўтган йилнинг шу давридагидан 11,2 фоиз ортиқ бўлди.", "uz-Cyrl")
            if q.kind is Kind.CARDINAL]
    assert (q.low, q.high, q.qualifier.value, q.change) == (D("11.2"), D("11.2"), "exact", True)
    # a source in the ablative is no comparison base, and a figure in the ablative is "more than"
    assert _read("Вилоятдан 23 минг ортиқ киши келди.", "uz-Cyrl")[0][2:] == (None, "count", "more_than")
    assert _read("ўтган йилдагидан 500 мингдан ортиқ", "uz-Cyrl")[0][2:] == (None, "count", "more_than")
