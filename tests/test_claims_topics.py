"""What a figure measures when the words next to it do not say: its sentence's topic, its list's
header, the sentence it refers back to, its paragraph's lead; the time of its own clause; a unit only
one concept is stated in (docs/explanation/claims.md). The texts are our own."""

from __future__ import annotations

import datetime as dt

import pytest

import factrecon as fr


def _claims(text: str, lang: str, published: dt.date | None = None) -> dict[str, fr.Claim]:
    doc = fr.Document(text, id="t", lang=lang, published=published)
    return {c.quantity.text: c for c in fr.extract_claims(doc)}


def test_a_figure_takes_the_topic_its_sentence_names_before_its_clause() -> None:
    # the clause of 9,1% ("наурызда 9,1% болды") names nothing; the sentence's topic is inflation
    claims = _claims("Инфляция, Ұлттық банктің бағалауынша, наурызда 9,1% болды.", "kk")
    assert claims["9,1%"].measure == "inflation"


def test_a_sentence_that_refers_back_measures_the_change_of_what_the_one_before_stated() -> None:
    text = "Ўртача иш ҳақи 3,1 млн сўмни ташкил этди. Бу ўтган йилга нисбатан 14 фоизга кўп."
    claims = _claims(text, "uz-Cyrl")
    assert claims["3,1 млн сўмни"].measure == "wage"
    change = claims["14 фоизга"]
    assert change.quantity.change
    assert change.measure == "wage"
    # a new paragraph without the pronoun is about something else: no measure is carried over
    other = _claims("Ўртача иш ҳақи 3,1 млн сўмни ташкил этди.\nЎтган йилга нисбатан 14 фоизга кўп.", "uz-Cyrl")
    assert other["14 фоизга"].measure == ""


def test_a_list_under_a_header_takes_the_header_s_topic() -> None:
    text = "Экспорт бўйича етакчи маҳсулотлар:\n- Узум – 120,5 млн доллар;\n- Олча – 40,2 млн доллар.\n"
    claims = _claims(text, "uz-Cyrl")
    assert claims["120,5 млн доллар"].measure == "export"
    assert claims["40,2 млн доллар"].measure == "export"


def test_a_sentence_naming_two_times_gives_each_figure_its_own() -> None:
    text = "Былтыр экспорт 2,5 млрд долларға жетті (2023 жылы – 2,1 млрд доллар)."
    claims = _claims(text, "kk", published=dt.date(2025, 2, 1))
    this, before = claims["2,5 млрд долларға"], claims["2,1 млрд доллар"]
    assert this.time is not None
    assert this.time.start.year == 2024
    assert before.time is not None
    assert before.time.start.year == 2023


def test_a_year_that_is_the_base_of_a_comparison_is_not_the_time_of_the_change() -> None:
    text = ("2024 жылы елде 15 млн шаршы метр тұрғын үй пайдалануға берілді. "
            "Бұл 2023 жылғы көрсеткіштен 6,4%-ға артық.")
    claims = _claims(text, "kk")
    change = claims["6,4%-ға"]
    assert change.measure == "housing"
    assert change.time is not None
    assert change.time.start.year == 2024


def test_a_unit_only_one_concept_is_stated_in_names_it() -> None:
    claims = _claims("Биыл 16,5 млн гектардан орташа есеппен гектарына 14 центнер жиналды.", "kk")
    assert claims["16,5 млн гектардан"].measure == "area"
    assert claims["14 центнер"].measure == "yield"


def test_people_are_measured_by_what_their_paragraph_says_they_do() -> None:
    text = "Меҳмонларнинг аксарияти қўшни давлатлардан. Тожикистондан 1,2 млн, Қирғизистондан 0,9 млн киши келган.\n"
    claims = _claims(text, "uz-Cyrl")
    assert claims["1,2 млн"].measure == "tourist"
    assert claims["0,9 млн"].measure == "tourist"


def test_a_difference_is_not_the_level() -> None:
    text = ("Пул ўтказмалари 12,5 млрд долларни ташкил этди. "
            "Бу 2023 йилдагидан 2,1 млрд долларга ёки 20 фоизга кўп.")
    claims = _claims(text, "uz-Cyrl")
    assert claims["12,5 млрд долларни"].measure == "remittance"
    assert claims["2,1 млрд долларга"].measure == "remittance_change"


def test_money_converted_into_another_currency_is_no_claim_of_its_own() -> None:
    claims = _claims("Ўртача иш ҳақи 420 минг тенгени (тахминан 800 доллар) ташкил этди.", "uz-Cyrl")
    assert claims["420 минг тенгени"].measure == "wage"
    assert claims["тахминан 800 доллар"].measure == ""


def test_a_percentage_compared_with_an_average_is_a_gap() -> None:
    text = "Маңғыстауда орташа жалақы 575 мың теңге. Бұл республикалық орташа деңгейден 36,6%-ға жоғары."
    claims = _claims(text, "kk")
    assert claims["36,6%-ға"].measure == "wage_gap"


def test_a_percentage_written_with_a_plus_or_named_a_growth_is_a_change() -> None:
    claims = _claims("Шымкентте тұрғын үй құрылысындағы өсім 26,1% болды. Түркістан облысы (+27,7%).", "kk")
    assert claims["26,1%"].quantity.change
    assert claims["27,7%"].quantity.change  # the sign stands before the figure's text


@pytest.mark.parametrize(("text", "lang", "figure"), [
    ("Шымкент қаласы — 1,6 млн шаршы метр (−12,4%).", "kk", "−12,4%"),
    ("• Самарқанд вилояти — 1,9 млн кв. м (−8,5%);", "uz-Cyrl", "−8,5%"),
])
def test_a_percentage_written_with_a_minus_is_a_change(text: str, lang: str, figure: str) -> None:
    # a share is never below nothing: the signed percentage after a level is how much it fell
    claim = _claims(text, lang)[figure]
    assert claim.quantity.change
    assert claim.quantity.value is not None
    assert claim.quantity.value < 0


@pytest.mark.parametrize(("text", "lang", "figure"), [
    ("Айырма 2,3 пайыздық тармақ болды.", "kk", "2,3 пайыздық тармақ"),
    ("Разрыв составил 2,3 процентного пункта.", "ru", "2,3 процентного пункта"),
    ("Farq 150 bazis punktni tashkil etdi.", "uz-Latn", "150 bazis punktni"),
])
def test_percentage_points_are_a_change_by_their_unit(text: str, lang: str, figure: str) -> None:
    # a percentage point is the difference of two percentages, whatever verb (or none) the sentence has
    assert _claims(text, lang)[figure].quantity.change


def test_a_rate_below_zero_is_its_level() -> None:
    # deflation: inflation's own level can be negative ("−0,3%" in a month), no change of it
    claim = _claims("Қыркүйекте айлық инфляция −0,3% болды.", "kk")["−0,3%"]
    assert claim.measure.startswith("inflation")
    assert not claim.quantity.change


def test_a_rate_s_percentage_with_a_verb_of_change_is_its_level() -> None:
    # "prices rose 12,9 % in a year" states the annual inflation: the same fact as "inflation was 12,9 %"
    rose = _claims("Истеъмол нархлари бир йилда 12,9 фоизга ошди.", "uz-Cyrl")["12,9 фоизга"]
    level = _claims("Жылдық инфляция 12,9% болды.", "kk")["12,9%"]
    assert rose.measure == level.measure == "inflation"
    assert not rose.quantity.change
    assert not level.quantity.change


def test_a_bracketed_aside_states_the_time_of_its_own_figure_only() -> None:
    text = ("2024 йилда 26,7 млн тонна ғалла йиғилди.\n"
            "Буғдой ҳосили 19,8 млн тоннага етди (2023 йилда — 12,1 млн тонна).")
    claims = _claims(text, "uz-Cyrl")
    wheat, before = claims["19,8 млн тоннага"], claims["12,1 млн тонна"]
    assert wheat.measure == "wheat"
    assert wheat.time is not None
    assert wheat.time.start.year == 2024
    assert before.time is not None
    assert before.time.start.year == 2023


def test_a_part_that_is_a_measure_of_its_own_is_that_measure() -> None:
    claims = _claims("Биыл 26,7 млн тонна астық жиналды, оның ішінде бидай – 19,8 млн тонна.", "kk")
    assert claims["26,7 млн тонна"].measure == "harvest"
    assert claims["19,8 млн тонна"].measure == "wheat"


def test_a_rank_written_as_a_count_is_no_claim() -> None:
    text = "Туристер саны бойынша Тәжікстан мен Қырғызстан алғашқы екі орында."
    claims = _claims(text, "kk")
    assert all(c.measure == "" for c in claims.values())


def test_a_page_s_own_country_is_a_place() -> None:
    claims = _claims("2024 жылы елімізде 87,7 млн тонна мұнай өндірілді.", "kk")
    assert ("KZ", "in") in {(p.code, p.role) for p in claims["87,7 млн тонна"].context}


def test_a_time_named_only_after_a_colon_is_the_next_clause_s() -> None:
    text = "Қозоғистон аҳолиси 20,2 миллиондан ошди: ўтган йили 368 670 чақалоқ туғилди"
    claims = _claims(text, "uz-Cyrl", published=dt.date(2025, 2, 12))
    assert claims["20,2 миллиондан ошди"].time is None
    births = claims["368 670"].time
    assert births is not None
    assert births.start.year == 2024


def test_bare_figures_after_a_rate_take_its_measure_and_unit() -> None:
    text = ("Туғилиш коэффициенти 1000 аҳолига 18,3 ни ташкил қилди. "
            "Бу кўрсаткич бўйича Туркистон вилояти (25,05) ва Чимкент шаҳри (23,68) олдинда.")
    claims = _claims(text, "uz-Cyrl")
    for figure in ("25,05", "23,68"):
        assert claims[figure].measure == "birth_rate"
        assert claims[figure].quantity.unit == "per_1000"
