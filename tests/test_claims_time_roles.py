"""Claims: comparison periods, relative months, roles written as words, number words as nouns (our own sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

import factrecon as fr


def claims(text: str, lang: str, published: str | None = "2025-11-12") -> dict[str, fr.Claim]:
    doc = fr.Document(text, id="t", lang=lang, published=published)
    return {c.quantity.text: c for c in fr.extract_claims(doc)}


def days(c: fr.Claim) -> tuple[dt.date, dt.date] | None:
    return None if c.time is None else (c.time.start, c.time.end)


def roles(c: fr.Claim) -> set[tuple[str, str]]:
    return {(p.code, p.role) for p in c.context}


@pytest.mark.parametrize(
    ("lang", "text", "now", "before", "change"),
    [
        ("uz-Cyrl",
         "Вилоятнинг савдо айланмаси 2025 йил январь-август ойларида 504,4 миллион долларга етди, "
         "бу ўтган йилнинг шу даврига нисбатан 9,8% га кўп (459,1 миллион доллар).",
         "504,4 миллион долларга", "459,1 миллион доллар", "9,8% га"),
        ("kk",
         "Облыстың сауда айналымы 2025 жылғы қаңтар-тамыз айларында 504,4 млн долларға жетті, "
         "бұл өткен жылдың осы кезеңімен салыстырғанда 9,8 пайызға өсті (459,1 млн доллар).",
         "504,4 млн долларға", "459,1 млн доллар", "9,8 пайызға"),
    ],
)
def test_the_same_period_last_year_is_the_comparison_base(lang: str, text: str, now: str, before: str,
                                                         change: str) -> None:
    got = claims(text, lang)
    assert days(got[now]) == (dt.date(2025, 1, 1), dt.date(2025, 8, 31))
    assert days(got[before]) == (dt.date(2024, 1, 1), dt.date(2024, 8, 31))
    assert got[before].measure == got[now].measure == "trade_turnover"
    # the change compares the two periods: it stays in the sentence's own
    assert days(got[change]) == (dt.date(2025, 1, 1), dt.date(2025, 8, 31))


def test_the_same_period_of_a_leap_year_ends_on_the_last_day_of_february() -> None:
    text = ("2024 йил январь-февраль ойларида савдо айланмаси 40 миллион долларга етди, "
            "ўтган йилнинг шу даврида 35 миллион доллар.")
    got = claims(text, "uz-Cyrl")
    assert days(got["35 миллион доллар"]) == (dt.date(2023, 1, 1), dt.date(2023, 2, 28))


def test_this_year_with_months_is_those_months() -> None:
    got = claims("Жорий йил январь-август ойларида савдо айланмаси 504,4 миллион долларга етди.", "uz-Cyrl")
    c = got["504,4 миллион долларга"]
    assert days(c) == (dt.date(2025, 1, 1), dt.date(2025, 8, 31))
    assert c.time is not None
    assert c.time.relative


def test_by_a_year_with_a_future_passive_is_planned() -> None:
    c = claims("2030 йилга келиб камида 3,8 миллион янги иш ўрни яратилади.", "uz-Cyrl")["камида 3,8 миллион"]
    assert c.measure == "job"
    assert c.status == "planned"
    assert days(c) == (dt.date(2030, 1, 1), dt.date(2030, 12, 31))


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("uz-Cyrl", "Вилоятнинг Россия Федерацияси билан савдо айланмаси 504,4 миллион долларга етди.",
         "504,4 миллион долларга"),
        ("uz-Cyrl", "Вилоятнинг Россия билан савдо айланмаси 504,4 миллион долларга етди.", "504,4 миллион долларга"),
        ("kk", "Облыстың Ресей Федерациясымен сауда айналымы 504,4 млн долларға жетті.", "504,4 млн долларға"),
        ("kk", "Облыстың Ресеймен сауда айналымы 504,4 млн долларға жетті.", "504,4 млн долларға"),
    ],
)
def test_a_trade_partner_is_with_in_both_languages(lang: str, text: str, figure: str) -> None:
    assert ("RU", "with") in roles(claims(text, lang)[figure])


def test_a_conjunction_is_not_a_with_ending() -> None:
    c = claims("Қазақстан мен Ресей 14 жобаны аяқтады.", "kk")["14"]
    assert c.measure == "project"
    assert c.status == "completed"
    assert ("KZ", "with") not in roles(c)


def test_number_words_are_not_the_counted_noun() -> None:
    """``елу`` (50) begins like ``ел`` (country): the value of 1050 projects is still a project value."""
    got = claims("Қазірдің өзінде 4,4 млрд долларға мың елу жоба мәресіне жетті.", "kk")
    assert got["4,4 млрд долларға"].measure == "project_value"
    assert got["мың елу"].measure == "project"


@pytest.mark.parametrize(
    ("lang", "text", "share"),
    [
        ("kk", "Облыста 2 мыңнан астам компания жұмыс істейді, олардың 50 пайызы ресейлік.", "50 пайызы"),
        ("uz-Cyrl", "Вилоятда 2 мингдан ортиқ компания бор, уларнинг 50 фоизи хорижий.", "50 фоизи"),
    ],
)
def test_a_percentage_of_them_is_a_share_of_the_set_named_before(lang: str, text: str, share: str) -> None:
    assert claims(text, lang)[share].measure == "company_share"


@pytest.mark.parametrize(
    ("lang", "text", "jobs"),
    [
        ("kk", "Алдағы жылдары 40 жаңа жоба қолға алынбақ. Бұл 5 мыңнан астам жұмыс орнын ашады.", "5 мыңнан астам"),
        ("uz-Cyrl", "Келажакда 12 та янги лойиҳа режалаштирилган. Бу 4 мингдан ортиқ иш ўрнини беради.",
         "4 мингдан ортиқ"),
    ],
)
def test_a_sentence_continued_by_a_pronoun_keeps_the_status(lang: str, text: str, jobs: str) -> None:
    c = claims(text, lang)[jobs]
    assert c.measure == "job"
    assert c.status == "planned"


@pytest.mark.parametrize(
    ("lang", "text", "change"),
    [
        ("uz-Cyrl", "Савдо айланмаси 500 миллион долларга етди, бу 9,8% га кўп.", "9,8% га"),
        ("kk", "Тауар айналымы 500 млн долларға жетті, бұл 9,8 пайызға өсті.", "9,8 пайызға"),
    ],
)
def test_a_change_in_percent_measures_what_the_sentence_measures(lang: str, text: str, change: str) -> None:
    c = claims(text, lang)[change]
    assert c.quantity.change
    assert c.measure == "trade_turnover"


@pytest.mark.parametrize(
    ("lang", "text", "figure", "measure", "context"),
    [
        ("kk", "Оралда 14 колледж көрмеге қатысты.", "14", "college", {("KZ-ZAP", "in")}),
        ("kk", "Ақтөбе облысында 30 жоба іске асырылуда.", "30", "project", {("KZ-AKT", "in")}),
        ("uz-Cyrl", "Оқтепа вилоятида 30 та лойиҳа амалга оширилмоқда.", "30 та", "project", {("KZ-AKT", "in")}),
        ("kk", "Орынбордан 200 кәсіпкер келді.", "200", "entrepreneur", {("RU-ORE", "from")}),
        ("uz-Cyrl", "Оренбургдан 200 нафар тадбиркор келди.", "200 нафар", "entrepreneur", {("RU-ORE", "from")}),
        ("kk", "Мәскеуде 5 келісім жасалды.", "5", "agreement", {("RU-MOW", "in")}),
        ("uz-Cyrl", "Москвада 5 та битим тузилди.", "5 та", "agreement", {("RU-MOW", "in")}),
        ("kk", "Астанада 3 мың адам жиналды.", "3 мың", "person", {("KZ-AST", "in")}),
        ("uz-Cyrl", "Тошкентда 3 минг киши йиғилди.", "3 минг", "person", {("UZ-TK", "in")}),
        ("kk", "Батыс Қазақстан облысының 12 кәсіпорны экспортқа шықты.", "12", "enterprise", {("KZ-ZAP", "of")}),
        ("uz-Cyrl", "Ғарбий Қозоғистон вилоятининг 12 та корхонаси экспортга чиқди.", "12 та", "enterprise",
         {("KZ-ZAP", "of")}),
        ("uz-Cyrl", "Қозоғистонлик 500 нафар талаба Россияда ўқимоқда.", "500 нафар", "student",
         {("KZ", "from"), ("RU", "in")}),
    ],
)
def test_gazetteer_places_with_their_roles(lang: str, text: str, figure: str, measure: str,
                                           context: set[tuple[str, str]]) -> None:
    c = claims(text, lang)[figure]
    assert c.measure == measure
    assert roles(c) == context


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("kk", "Елімізде 2026 жылғы 1 қаңтардан бастап ең төменгі жалақы 90 000 теңге болады.", "90 000 теңге"),
        ("uz-Cyrl", "Мамлакатда 2026 йил 1 январдан бошлаб энг кам иш ҳақи 90 000 тенге этиб белгиланди.",
         "90 000 тенге"),
        ("ru", "С 1 января 2026 года минимальная зарплата составит 90 тыс. тенге.", "90 тыс. тенге"),
        ("uz-Latn", "2026-yil 1-yanvardan boshlab eng kam ish haqi 90 000 tenge etib belgilandi.", "90 000 tenge"),
    ],
)
def test_a_level_from_the_first_of_a_month_holds_for_the_rest_of_its_year(lang: str, text: str, figure: str) -> None:
    """"From 1 January 2026" sets a level in force from that day: its period runs to the end of the year, not the
    month of January; and the minimum wage is a measure of its own, never the average wage."""
    c = claims(text, lang, published="2025-12-20")[figure]
    assert c.measure == "min_wage"
    assert days(c) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    from_july = claims(text.replace("1 қаңтардан", "1 шілдеден").replace("1 январдан", "1 июлдан")
                       .replace("1 января", "1 июля").replace("1-yanvardan", "1-iyuldan"), lang, published="2025-12-20")
    assert days(from_july[figure]) == (dt.date(2026, 7, 1), dt.date(2026, 12, 31))


def test_a_level_as_of_the_first_of_a_month_is_no_start() -> None:
    """"На 1 января 2026 года" (as of) is a level at a date, not a level in force for the rest of the year."""
    c = claims("Резервы на 1 января 2026 года составили 50,1 млрд долларов.", "ru", published="2026-01-10")
    found = days(c["50,1 млрд долларов"])
    assert found is not None
    assert found[1] < dt.date(2026, 12, 31)


def test_two_minimum_wages_for_one_year_conflict_whatever_the_wage_figures_around_them() -> None:
    """Pages that state many wages of one year (regions, the average) cannot tell two of them apart by the
    year; the minimum wage is its own measure, so two pages' minimum wages for 2026 are one fact."""
    a = ("Мамлакатда ўртача иш ҳақи 2026 йилда 420 минг тенгени ташкил этди, Атирау вилоятида 540 минг тенге. "
         "Қозоғистонда 2026 йил 1 январдан бошлаб энг кам иш ҳақи 92 000 тенге этиб белгиланган.")
    b = ("Средняя зарплата в 2026 году составила 421 тыс. тенге, в Атырауской области — 541 тыс. тенге. "
         "В 2026 году минимальная зарплата в Казахстане — 85 тыс. тенге.")
    report = fr.reconcile([fr.Document(a, id="a", lang="uz-Cyrl"), fr.Document(b, id="b", lang="ru")])
    flagged = [f for f in report.findings if f.fact is not None and f.fact.measure == "min_wage"]
    assert len(flagged) == 1
    assert {c.doc_id for c in flagged[0].claims} == {"a", "b"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("kk", "Қыркүйекте қант 3,4%-ға, кофе 2,8%-ға, апельсин 1,9%-ға, бензин 0,6%-ға қымбаттады."),
        ("uz-Cyrl", "Сентябрда шакар 3,4%-га, қаҳва 2,8%-га, апельсин 1,9%-га, бензин 0,6%-га қимматлашди."),
    ],
)
def test_a_list_of_goods_shares_the_verb_after_its_last_figure(lang: str, text: str) -> None:
    """Goods listed with their percentages and one verb after the last ("... қымбаттады", rose): each figure
    is a change of its good's price, the first as much as the last."""
    found = claims(text, lang)
    goods = [c for c in found.values() if c.measure.startswith("price>")]
    assert {c.measure for c in goods} == {"price>sugar", "price>coffee", "price>orange", "price>petrol"}
    assert all(c.quantity.change for c in goods)


def test_goods_reported_one_by_one_are_their_price_in_russian_too() -> None:
    """"Апельсины подорожали на 2,4%" is the price of oranges, as "апельсин 2,5%-ға қымбаттады" is."""
    c = claims("За месяц апельсины подорожали на 2,4%, а авиабилеты подешевели на 4,2%.", "ru")
    assert c["2,4%"].measure == "price>orange"
    assert c["4,2%"].measure == "price>airfares"
