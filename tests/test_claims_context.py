"""The context of a claim as agency pages write it: the dateline is furniture, not a place of the facts;
"as of the first of a month" is the level at the end of the month before; N months of a stated year are
its first N months; a purpose is no target; "АҚШ" is a place except inside "АҚШ доллары".
The texts are our own (docs/explanation/claims.md, docs/explanation/linking.md)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factrecon as fr


def claims(text: str, lang: str, published: str | None = "2025-03-10") -> dict[str, fr.Claim]:
    doc = fr.Document(text, id="t", lang=lang, published=published)
    return {c.quantity.text: c for c in fr.extract_claims(doc)}


def codes(c: fr.Claim) -> set[str]:
    return {p.code for p in c.context}


# -- the dateline ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "figure", "city"), [
    # an agency's dateline in capitals, the agency's name and a dash
    ("10:00, 3 Наурыз 2025 | GMT +5\nЕлде ет өндірісі өсті\nАСТАНА. KAZINFORM — Өткен жылы 1,2 млн тонна ет "
     "өндірілді.\n", "kk", "1,2 млн тонна", "KZ-AST"),
    # a city, a comma, a day and an abbreviated month, the agency after a dash
    ("ТОШКЕНТ, 4 мар — Sputnik.\nҚўшни давлатда гўшт ишлаб чиқариш ошди\nЎтган йили 1,2 млн тонна гўшт "
     "етиштирилди.\n", "uz-Cyrl", "1,2 млн тонна", "UZ-TK"),
    # the agency in brackets
    ("ТОШКЕНТ, 4 март (ЎзА). Ўтган йили 1,2 млн тонна гўшт етиштирилди.\n", "uz-Cyrl", "1,2 млн тонна", "UZ-TK"),
])
def test_an_agency_s_dateline_is_no_place_of_the_claims(text: str, lang: str, figure: str, city: str) -> None:
    assert city not in codes(claims(text, lang)[figure])


@pytest.mark.parametrize(("text", "city"), [
    # a reporter's dateline alone, or a regional paper's timestamp line: where this story happened
    ("АҚТАУ. Өткен жылы облыста 1,2 млн тонна ет өндірілді.\n", "KZ-MAN"),
    ("Атырау, 4 наурыз 09:10\nЕт өндірісі туралы\nӨткен жылы 1,2 млн тонна ет өндірілді.\n", "KZ-ATY"),
])
def test_a_reporter_s_dateline_is_the_story_s_place_not_the_figure_s(text: str, city: str) -> None:
    found = claims(text, "kk")["1,2 млн тонна"]
    assert {(p.code, p.role) for p in found.context if p.code == city} == {(city, "at")}


def test_a_place_named_after_the_dateline_is_still_the_figure_s() -> None:
    text = "АСТАНА. KAZINFORM — Атырау облысында өткен жылы 1,2 млн тонна ет өндірілді.\n"
    found = claims(text, "kk")["1,2 млн тонна"]
    assert "KZ-ATY" in codes(found)
    assert "KZ-AST" not in codes(found)


@pytest.mark.parametrize("text", [
    # a sentence that opens with a city and a comma is no dateline: its place is the figure's
    "Шымкентте, өткен жылы 1,2 млн тонна ет өндірілді.\n",
    # nor a list item (a dash after the name), nor a city written in lower case before a full stop
    "- Шымкент – 1,2 млн тонна;\n",
])
def test_a_city_that_opens_an_ordinary_line_stays_a_place(text: str) -> None:
    assert "KZ-SHY" in codes(claims(text, "kk")["1,2 млн тонна"])


def test_two_pages_datelined_in_two_capitals_still_join_on_one_figure() -> None:
    kk = ("АСТАНА. KAZINFORM — Қазақстанда өткен жылы 87,3 млн тонна мұнай өндірілді. Экспорт 31,6 млн тонна "
          "болды.\n")
    uz = ("ТОШКЕНТ, 4 мар — Sputnik.\nҚозоғистонда ўтган йили 87,3 млн тонна нефть қазиб олинди. Экспорт "
          "31,6 млн тонна бўлди.\n")
    report = fr.reconcile([fr.Document(kk, id="kk", published="2025-03-04"),
                           fr.Document(uz, id="uz", lang="uz-Cyrl", published="2025-03-04")])
    joined = [f for f in report.facts if {c.doc_id for c in f.claims} == {"kk", "uz"}]
    assert any(c.quantity.text.startswith("87,3") for f in joined for c in f.claims)
    assert not report.findings


@settings(max_examples=30, deadline=None)
@given(city=st.sampled_from(["АСТАНА", "АЛМАТЫ", "ШЫМКЕНТ", "ТАШКЕНТ"]),
       agency=st.sampled_from(["KAZINFORM", "Kazinform", "Sputnik", "ҚазАқпарат"]))
def test_whatever_the_dateline_the_claims_carry_the_same_places(city: str, agency: str) -> None:
    body = "Өткен жылы Қостанай облысында 4,6 млн тонна астық жиналды.\n"
    plain = claims(body, "kk")["4,6 млн тонна"]
    datelined = claims(f"{city}. {agency} — {body}", "kk")["4,6 млн тонна"]
    assert codes(datelined) == codes(plain)


# -- periods --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "figure"), [
    ("2025 жылғы 1 ақпандағы жағдай бойынша резервтер 46,2 млрд доллар болды.", "kk", "46,2 млрд доллар"),
    ("2025 йил 1 февраль ҳолатига захиралар 46,2 млрд долларни ташкил этди.", "uz-Cyrl", "46,2 млрд долларни"),
])
def test_a_level_as_of_the_first_of_a_month_is_the_level_at_the_end_of_the_month_before(
        text: str, lang: str, figure: str) -> None:
    time = claims(text, lang)[figure].time
    assert time is not None
    assert (time.start, time.end) == (dt.date(2025, 1, 1), dt.date(2025, 1, 31))


def test_a_level_as_of_the_first_of_january_is_december_s() -> None:
    time = claims("2025 жылғы 1 қаңтардағы жағдай бойынша халық саны 20,3 млн адам болды.", "kk")["20,3 млн"].time
    assert time is not None
    assert (time.start, time.end) == (dt.date(2024, 12, 1), dt.date(2024, 12, 31))


def test_a_start_date_is_not_an_as_of_date() -> None:
    # "from 1 January 2025": the minimum wage of January on, not a level at the end of December
    time = claims("2025 йил 1 январдан бошлаб энг кам иш ҳақи 85 минг тенге бўлди.", "uz-Cyrl")["85 минг тенге"].time
    assert time is not None
    assert time.start == dt.date(2025, 1, 1)


def test_as_of_and_end_of_month_join_as_one_fact() -> None:
    kk = "2025 жылғы 1 ақпандағы жағдай бойынша Ұлттық Банктің резервтері 46,27 млрд доллар болды."
    uz = "Миллий банк захиралари 2025 йил январь ойи якунида 46,27 млрд долларга етди."
    report = fr.reconcile([fr.Document(kk, id="kk", published="2025-02-10"),
                           fr.Document(uz, id="uz", lang="uz-Cyrl", published="2025-02-11")])
    assert any({c.doc_id for c in f.claims} == {"kk", "uz"} for f in report.facts)


@pytest.mark.parametrize(("text", "lang", "figure"), [
    ("2024 йилнинг дастлабки тўққиз ойида юртимизга 5,1 млн нафар сайёҳ келди.", "uz-Cyrl", "5,1 млн нафар"),
    ("2024 жылдың тоғыз айында елге 5,1 млн турист келді.", "kk", "5,1 млн"),
])
def test_n_months_of_a_stated_year_are_its_first_n_months(text: str, lang: str, figure: str) -> None:
    time = claims(text, lang)[figure].time
    assert time is not None
    assert (time.start, time.end) == (dt.date(2024, 1, 1), dt.date(2024, 9, 30))


def test_an_aside_s_year_is_not_the_time_of_the_parts_listed_after_it() -> None:
    text = ("Былтыр елдің көршілермен саудасы 52,4 млрд долларға жетті (2023 жылы – 49,1 млрд доллар). "
            "Оның ішінде:\n- Ресей – 27,2 млрд доллар;\n- Қытай – 25,2 млрд доллар.\n")
    found = claims(text, "kk", published="2025-02-01")
    for part in ("27,2 млрд доллар", "25,2 млрд доллар"):
        time = found[part].time
        assert time is not None, part
        assert time.start.year == 2024, part


# -- status and places ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "figure"), [
    ("Өткен жылы елге туристік мақсатпен 2,1 млн адам келді.", "kk", "2,1 млн"),
    ("Ўтган йили юртимизга туризм мақсадида 2,1 млн нафар хорижлик келди.", "uz-Cyrl", "2,1 млн нафар"),
])
def test_a_purpose_is_no_target(text: str, lang: str, figure: str) -> None:
    assert claims(text, lang)[figure].status != "target"


@pytest.mark.parametrize(("text", "lang", "figure"), [
    ("Биыл экспортты 3 млрд долларға жеткізу мақсат етіп қойылды.", "kk", "3 млрд долларға"),
    ("Жорий йилда экспортни 3 млрд долларга етказиш мақсад қилинган.", "uz-Cyrl", "3 млрд долларга"),
])
def test_a_goal_set_is_still_a_target(text: str, lang: str, figure: str) -> None:
    assert claims(text, lang)[figure].status == "target"


def test_the_united_states_is_a_place_but_not_inside_the_dollar_s_name() -> None:
    found = claims("АҚШдан келган пул ўтказмалари 612 млн АҚШ долларига етди.", "uz-Cyrl")
    assert ("US", "from") in {(p.code, p.role) for p in found["612 млн АҚШ долларига"].context}
    plain = claims("Экспорт 612 млн АҚШ долларына жетті.", "kk")["612 млн АҚШ долларына"]
    assert "US" not in codes(plain)


# -- change and level ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "change"), [
    # a change verb after "nearly" closing a dative figure: grew by nearly 40 %
    ("Тауар айналымы бір жылда 40%-ға жуық өсті.", "kk", True),
    ("Савдо ҳажми бир йилда 40 фоизга яқин ошди.", "uz-Cyrl", True),
    # "up to" a level, then a verb of increase: a target level, not a change
    ("Тараптар сауданы 40 млрд долларға дейін арттырмақ.", "kk", False),
])
def test_a_change_verb_after_an_approximate_dative_figure(text: str, lang: str, change: bool) -> None:
    (q,) = [q for q in fr.find_quantities(text, lang) if q.unit != "year"]
    assert q.change is change


def test_one_year_s_many_figures_of_a_measure_raise_no_conflict_between_far_apart_figures() -> None:
    # two pages, each stating several oil figures for 2024 and sharing none: the year alone cannot say
    # that a field's 27,4 Mt and the country's 86,9 Mt are one fact
    kk = ("Атырау, 5 ақпан 10:20\nӨңір мұнайы\nЭнергетика министрлігінің дерегінше, 2024 жылы Теңізде 27,4 млн тонна "
          "мұнай өндірілген. Жыл басында бұл кен орны үшін 28,2 млн тонна межеленген еді.\n")
    uz = ("ТОШКЕНТ, 6 фев — Sputnik.\nҚўшни мамлакатда нефть қазиб олиш\n"
          "https://example.uz/20250206/neft-12345.html\n"
          "Ўтган йили 86,9 миллион тонна нефть қазиб олинди. 2024 йилда 91,2 миллион тонна режалаштирилган эди.\n")
    report = fr.reconcile([fr.Document(kk, id="kk", published="2025-02-05"),
                           fr.Document(uz, id="uz", lang="uz-Cyrl")])
    assert not report.findings, [f.evidence for f in report.findings]


def test_the_date_in_a_page_s_address_dates_its_relative_times() -> None:
    uz = ("ТОШКЕНТ, 6 фев — Sputnik.\nҚўшни мамлакатда нефть қазиб олиш\n"
          "https://example.uz/20250206/neft-12345.html\nЎтган йили 86,9 миллион тонна нефть қазиб олинди.\n")
    time = claims(uz, "uz-Cyrl", published=None)["86,9 миллион тонна"].time
    assert time is not None
    assert time.start == dt.date(2024, 1, 1)


@pytest.mark.parametrize(("text", "lang", "figure"), [
    ("Қордың активтері бір айда 0,73%-ға азайып, 61,2 млрд доллар болды.", "kk", "0,73%-ға"),
    ("Жамғарма активлари бир ойда 0,73 фоизга камайди.", "uz-Cyrl", "0,73 фоизга"),
    ("Активы фонда за месяц снизились на 0,73%.", "ru", "0,73%"),
])
def test_a_change_with_a_verb_of_decline_is_downward(text: str, lang: str, figure: str) -> None:
    q = claims(text, lang)[figure].quantity
    assert q.change
    assert q.value is not None
    assert q.value < 0
    assert q.low is not None
    assert q.high is not None
    assert q.low <= q.value <= q.high


def test_a_change_with_a_verb_of_growth_stays_upward() -> None:
    q = claims("Қордың активтері бір айда 0,73%-ға өсті.", "kk")["0,73%-ға"].quantity
    assert q.change
    assert q.value is not None
    assert q.value > 0


def test_a_decline_told_by_two_pages_is_one_consistent_fact() -> None:
    kk = "2025 жылғы қаңтарда Ұлттық қордың активтері 0,73%-ға азайып, 61,2 млрд доллар болды."
    uz = "2025 йил январь ойида Миллий жамғарма активлари 0,73 фоизга камайиб, 61,2 млрд долларни ташкил этди."
    report = fr.reconcile([fr.Document(kk, id="kk", published="2025-02-10"),
                           fr.Document(uz, id="uz", lang="uz-Cyrl", published="2025-02-11")])
    assert not report.findings


def test_a_headline_s_rounder_figure_restates_the_body_s() -> None:
    kk = ("Қазақстан халқы 20,3 миллионнан асты\nҰлттық статистика бюросының дерегінше, 2025 жылғы 1 қаңтардағы "
          "жағдай бойынша ел халқы 20 312 456 адамға жетті.\n")
    uz = ("Қозоғистон аҳолиси\n2025 йил 1 январь ҳолатига кўра, мамлакат аҳолиси 20 312 456 кишини ташкил этди.\n")
    report = fr.reconcile([fr.Document(kk, id="kk", published="2025-02-10"),
                           fr.Document(uz, id="uz", lang="uz-Cyrl", published="2025-02-11")])
    (fact,) = [f for f in report.facts if {c.doc_id for c in f.claims} == {"kk", "uz"}]
    assert {c.quantity.text for c in fact.claims} >= {"20,3 миллионнан асты", "20 312 456"}
    assert not report.findings


def test_a_headline_s_target_does_not_restate_a_body_figure() -> None:
    # "up to 30 billion" holds 4,4 billion, but is no rounding of it: two statements
    kk = "Сауданы 30 млрд долларға дейін арттырмақ\nҚазірдің өзінде 4,4 млрд долларлық 14 жоба аяқталды.\n"
    claims_ = fr.extract_claims(fr.Document(kk, id="kk", published="2025-02-10"))
    from factrecon.cluster import doc_statements
    from factrecon.document import headline_end
    found = doc_statements(claims_, headline_end(kk))
    texts = [[c.quantity.text for c in s.claims] for s in found]
    assert not any(len(t) > 1 and any(x.startswith("30") for x in t) and any(x.startswith("4,4") for x in t)
                   for t in texts)


@pytest.mark.parametrize(("text", "lang", "qualifier", "change"), [
    # a unit of two words takes its case from the ending of the second: "nearly" after the dative
    ("Бир йилда 17 миллион квадрат метрга яқин уй-жой қурилди.", "uz-Cyrl", "nearly", False),
    ("Бір жылда 17 млн шаршы метрге жуық тұрғын үй салынды.", "kk", "nearly", False),
    # a unit written in marks with an ending: the dative before a change verb makes a change
    ("Режа 4,2 млн кв. метрга ошириб бажарилди.", "uz-Cyrl", "exact", True),
])
def test_a_unit_of_several_words_keeps_its_ending_s_case(text: str, lang: str, qualifier: str, change: bool) -> None:
    (q,) = [q for q in fr.find_quantities(text, lang) if q.unit == "m2"]
    assert q.qualifier.value == qualifier
    assert q.change is change


def test_coordinated_bracketed_percentages_after_a_growth_word_are_all_changes() -> None:
    text = "Ең жоғары өсім Ақтөбе облысында (31,4%) және Павлодар облысында (22,6%) тіркелді."
    found = claims(text, "kk")
    assert found["31,4%"].quantity.change
    assert found["22,6%"].quantity.change
    # a bracketed share after a level is no change
    plain = claims("Ақтөбе облысында 1,2 млн тонна (12,6%) және Павлодар облысында 0,9 млн тонна (9,4%) "
                   "өндірілді.", "kk")
    assert not plain["9,4%"].quantity.change


@pytest.mark.parametrize(("text", "lang", "figures"), [
    # two percentages with one ending, the verb after the second: both are changes
    ("Резервтер ақпанда 2,41%-ға, ал бір жылда 18,3%-ға өсіп, 52 млрд доллардан асты.", "kk", ("2,41%-ға", "18,3%-ға")),
    # a list of bracketed percentages after a growth word, parted by commas
    ("Ўсиш суръати бўйича Туркия (61 фоиз), Германия (27 фоиз) ва Корея (19 фоиз) олдинда.", "uz-Cyrl",
     ("61 фоиз", "27 фоиз", "19 фоиз")),
])
def test_percentages_that_share_a_verb_or_a_growth_word_are_changes(text: str, lang: str,
                                                                     figures: tuple[str, ...]) -> None:
    found = claims(text, lang)
    assert all(found[f].quantity.change for f in figures)


def test_a_level_before_a_change_of_another_ending_stays_a_level() -> None:
    found = claims("Үлесі 77%, ал экспорт бір жылда 18,3%-ға өсті.", "kk")
    assert not found["77%"].quantity.change
    assert found["18,3%-ға"].quantity.change


def test_a_list_takes_the_one_time_of_the_sentence_before_its_header() -> None:
    text = ("Министрлік 2026 жылы өндірісті 99,1 млн тоннаға жеткізуді көздеп отыр. Жаңа жоспардағы өңірлер:\n"
            "- Атырау облысы – 58,3 млн тонна;\n- Маңғыстау облысы – 18,2 млн тонна.\n")
    time = claims(text, "kk")["58,3 млн тонна"].time
    assert time is not None
    assert time.start.year == 2026
    # a sentence of two times names none of them for the list
    two = ("Былтыр сауда 94,8 млрд долларға жетті (2023 жылы – 89,4 млрд доллар). Оның ішінде:\n"
           "- Ресей – 27,2 млрд доллар;\n- Қытай – 25,2 млрд доллар.\n")
    part = claims(two, "kk", published="2025-02-01")["27,2 млрд доллар"].time
    assert part is None or part.start.year == 2024


@pytest.mark.parametrize(("text", "lang", "figure", "expected"), [
    ("Қозоғистонда нефть қазиб олиш\nҚўшни мамлакатда ўтган йили 86,9 миллион тонна нефть қазиб олинди.\n",
     "uz-Cyrl", "86,9 миллион тонна", ("KZ", "in")),
    # the dative is no role of its own: a place with no case to tell
    ("Өзбекстанға аударымдар өсті\nКөрші елге былтыр 14,2 млрд доллар аударылды.\n", "kk", "14,2 млрд доллар",
     ("UZ", "at")),
])
def test_the_neighbouring_country_is_the_country_the_story_is_about(
        text: str, lang: str, figure: str, expected: tuple[str, str]) -> None:
    found = claims(text, lang, published="2025-02-01")[figure]
    assert expected in {(p.code, p.role) for p in found.context}


def test_the_neighbouring_countries_name_no_one_country() -> None:
    found = claims("Өзбекстан экспорты\nКөрші елдерге былтыр 14,2 млрд доллар жөнелтілді.\n", "kk",
                   published="2025-02-01")["14,2 млрд доллар"]
    assert "UZ" not in codes(found)


@pytest.mark.parametrize(("text", "lang", "figure"), [
    ("Күзде болжам 91,2 млн тоннаға дейін түзетілді.", "kk", "91,2 млн тоннаға дейін"),
    ("Кузда прогноз 91,2 миллион тоннагача туширилди.", "uz-Cyrl", "91,2 миллион тоннагача"),
])
def test_a_forecast_is_a_figure_to_come(text: str, lang: str, figure: str) -> None:
    assert claims(text, lang)[figure].status == "planned"


@pytest.mark.parametrize(
    ("text", "lang", "change"),
    [
        ("Биыл облыста 3,4 млн тонна мақта жиналды. Былтыр 2,1 млн тонна болған. Сонымен, өнім 62 пайызға артты.",
         "kk", "62 пайызға"),
        ("Бу йил вилоятда 3,4 млн тонна пахта йиғилди. Ўтган йили 2,1 млн тонна бўлган эди. Шу тариқа ҳосил 62 "
         "фоизга ошди.", "uz-Cyrl", "62 фоизга"),
        ("В этом году в области собрали 3,4 млн тонн хлопка. В прошлом году — 2,1 млн тонн. Таким образом, сбор "
         "вырос на 62%.", "ru", "62%"),
    ],
)
def test_a_sentence_opened_by_thus_is_framed_with_the_figures_it_draws_on(text: str, lang: str, change: str) -> None:
    found = claims(text, lang)
    levels = {c.id for c in found.values() if c.quantity.unit == "t"}
    assert len(levels) == 2
    # both levels of its paragraph, the one two sentences back too
    assert levels <= set(found[change].frame)


def test_a_sentence_with_no_connective_is_framed_alone() -> None:
    text = "Биыл облыста 3,4 млн тонна мақта жиналды. Былтыр 2,1 млн тонна болған. Өнім 62 пайызға артты."
    assert claims(text, "kk")["62 пайызға"].frame == ()


def test_two_changes_drawn_from_the_same_levels_diverge_when_they_differ() -> None:
    # a regional paper's rounded change against an agency's, each concluded from last year's level
    pages = {
        "kk": "Елде биыл 30,2 млн тонна астық жиналды. Былтыр бұл көрсеткіш 19,4 млн тонна болған. Сонымен, өнім 55 "
              "пайызға артты.",
        "uz-Cyrl": "Қозоғистонда бу йил 30,2 миллион тонна дон йиғилди. Ўтган йили 19,4 млн тонна дон олинган эди. Шу "
                   "тариқа ҳосил 56 фоизга ошди.",
    }
    report = fr.reconcile([fr.Document(text, id=lang, lang=lang) for lang, text in pages.items()])
    assert [f.verdict for f in report.facts if f.unit == "percent"] == [fr.Verdict.DIVERGENT]


_HEADLINE_PAGE = ("Иқтисодиёт | 11:25 / 21.03.2025\n2 дақиқада ўқилади\n"
                  "Германиядан келган пул ўтказмалари 300 млн доллардан ошди\n"
                  "2024 йилда Ўзбекистонга хориждан келган пул ўтказмалари 16,3 миллиард долларга етди. 2023 йилда "
                  "улар 12,6 млрд долларни ташкил этган эди.\n")


@pytest.mark.parametrize(("listed", "found"), [
    # the headline's "more than 300 million" against another outlet's precise 362 million from Germany
    ("Германия – 362 млн доллар", [fr.FindingKind.DIVERGENT]),
    # more than 300 million holds 318 million: nothing to report
    ("Германия – 318 млн доллар", []),
])
def test_a_headline_s_rounder_figure_is_clearly_the_fact_another_page_of_its_story_states(
    listed: str, found: list[fr.FindingKind]
) -> None:
    body = ("Пул ўтказмалари ортмоқда\nЎтган йили Ўзбекистонга 16,3 млрд доллар пул ўтказмаси келди, 2023 йилда бу "
            "кўрсаткич 12,6 млрд доллар "
            f"эди.\nЎтказмалар энг кўп жўнатилган давлатлар:\n— Россия — 12,1 млрд доллар;\n— {listed};\n")
    report = fr.reconcile([fr.Document(_HEADLINE_PAGE, id="a", lang="uz-Cyrl"),
                           fr.Document(body, id="b", lang="uz-Cyrl")])
    assert [f.kind for f in report.findings] == found


def test_a_headline_s_figure_about_one_place_never_meets_another_place_s() -> None:
    body = ("Пул ўтказмалари ортмоқда\nЎтган йили Ўзбекистонга 16,3 млрд доллар пул ўтказмаси келди, 2023 йилда бу "
            "кўрсаткич 12,6 млрд доллар "
            "эди.\nЎтказмалар энг кўп жўнатилган давлатлар:\n— Россия — 12,1 млрд доллар;\n— Туркия — 405 млн "
            "доллар;\n")
    report = fr.reconcile([fr.Document(_HEADLINE_PAGE, id="a", lang="uz-Cyrl"),
                           fr.Document(body, id="b", lang="uz-Cyrl")])
    assert not report.findings


def test_a_headline_s_figure_with_no_period_never_meets_another_page_s_figure_of_a_stated_year() -> None:
    # the other page states only the year before's figure from Germany: no paraphrase of the headline's
    body = ("Пул ўтказмалари ортмоқда\nЎтган йили Ўзбекистонга 16,3 млрд доллар пул ўтказмаси келди, 2023 йилда бу "
            "кўрсаткич 12,6 млрд доллар эди. 2023 йилда Германиядан 210 млн доллар келган эди.\n")
    report = fr.reconcile([fr.Document(_HEADLINE_PAGE, id="a", lang="uz-Cyrl"),
                           fr.Document(body, id="b", lang="uz-Cyrl")])
    assert not report.findings


def test_a_headline_s_bound_is_restated_by_the_body_s_exact_figure_of_the_same_digits() -> None:
    # "up to 30 billion" in the headline, "30 billion" in the body: the document states its target once
    kk = ("Елдер сауданы 40 млрд долларға дейін арттырмақ\nМинистрдің айтуынша, өткен жылы сауда 31 млрд доллардан "
          "асты. Алдағы міндет — сауда көлемін 40 млрд долларға жеткізу.\n")
    uz = ("Икки давлат савдони ошириш ниятида\nВазирнинг айтишича, асосий вазифа — савдо айланмасини 40 миллиард "
          "долларга етказиш.\n")
    report = fr.reconcile([fr.Document(kk, id="kk", published="2025-02-10"),
                           fr.Document(uz, id="uz", lang="uz-Cyrl", published="2025-02-11")])
    (fact,) = [f for f in report.facts if any(c.quantity.text.startswith("40") for c in f.claims)]
    assert {c.quantity.text for c in fact.claims} == {
        "40 млрд долларға дейін", "40 млрд долларға", "40 миллиард долларга"}
    assert not report.findings
    # (an exact headline is no bound: two exact figures of one size are one run already, or two figures)
    from factrecon.cluster import _within_stated
    head, body = (c.quantity for c in fr.extract_claims(fr.Document(kk, id="kk")) if c.quantity.text.startswith("40"))
    assert _within_stated(body, head)
    assert not _within_stated(body, body)


def test_a_period_inherited_from_the_page_s_headline_does_not_hide_a_headline_s_paraphrase() -> None:
    # the list items take the headline's year (inherited, stated by no figure of theirs)
    body = ("Ўзбекистонга 2024 йилда 16,3 млрд доллар пул ўтказмаси келди\nЎтган йили 2023 йилдагидан кўп маблағ "
            "келди: 2023 йилда бу кўрсаткич 12,6 млрд доллар эди.\nЎтказмалар энг кўп жўнатилган давлатлар:\n"
            "— Россия — 12,1 млрд доллар;\n— Германия — 362 млн доллар;\n")
    listed = next(c for c in fr.extract_claims(fr.Document(body, id="b", lang="uz-Cyrl"))
                  if c.quantity.text.startswith("362"))
    assert listed.time is not None
    assert listed.time.text == ""
    report = fr.reconcile([fr.Document(_HEADLINE_PAGE, id="a", lang="uz-Cyrl"),
                           fr.Document(body, id="b", lang="uz-Cyrl")])
    assert [f.kind for f in report.findings] == [fr.FindingKind.DIVERGENT]
