"""The measure a claim gets from the words a journalist writes around it: figures in percentage points,
generic words for the output or the money a story is about, the parts of a measure (the groups of
consumer prices, output per day, month on month), a list item or a bracket whose head names a part,
the whole a figure is taken from, ordinals (docs/explanation/claims.md). The texts are our own."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factrecon as fr
from factrecon.model import MeasureKey


def _claims(text: str, lang: str) -> dict[str, fr.Claim]:
    doc = fr.Document(text, id="t", lang=lang)
    return {c.quantity.text: c for c in fr.extract_claims(doc)}


def test_a_change_in_percentage_points_takes_the_rate_it_changes() -> None:
    claims = _claims("Ұлттық банк базалық мөлшерлемені 50 базистік тармаққа төмендетті.", "kk")
    assert claims["50 базистік тармаққа"].quantity.unit == "percentage_point"
    assert claims["50 базистік тармаққа"].measure == "base_rate"
    claims = _claims("Марказий банк асосий ставкани 0,5 фоиз бандига оширди.", "uz-Cyrl")
    assert claims["0,5 фоиз бандига"].measure == "base_rate"


def test_a_generic_word_for_output_measures_the_product_named_before_it() -> None:
    text = ("Былтыр облыста 2,1 млн тонна мақта жиналды. "
            "Келесі жылы өндірісті 2,5 млн тоннаға жеткізу көзделіп отыр.")
    claims = _claims(text, "kk")
    assert claims["2,1 млн тонна"].measure == "cotton"
    assert claims["2,5 млн тоннаға"].measure == "cotton"
    text = "Вилоятда ўтган йили 1,2 млн тонна нефть қазиб олинди. Жорий йил учун режа 1,4 миллион тонна."
    claims = _claims(text, "uz-Cyrl")
    assert claims["1,2 млн тонна"].measure == "oil"
    assert claims["1,4 миллион тонна"].measure == "oil"


def test_a_generic_word_for_output_with_no_product_named_stays_production_and_is_never_money() -> None:
    # (of a period: "йилига", per year with no period, is a plant's capacity, see below)
    claims = _claims("Корхонада ўтган йили 8 минг тонна маҳсулот ишлаб чиқарилди.", "uz-Cyrl")
    assert claims["8 минг тонна"].measure == "production"
    claims = _claims("Зауыттың жоспары бойынша 5 млрд теңге инвестиция салынады.", "kk")
    assert claims["5 млрд теңге"].measure == "investment"


def test_a_generic_word_for_money_measures_the_money_the_story_is_about() -> None:
    text = ("Хориждан келган пул ўтказмалари 3,2 млрд долларга етди. "
            "Россиядан келган маблағ 2,1 млрд долларни ташкил этди.")
    claims = _claims(text, "uz-Cyrl")
    assert claims["3,2 млрд долларга"].measure == "remittance"
    assert claims["2,1 млрд долларни"].measure == "remittance"
    text = "Елге шетелден 3,2 млрд доллар ақша аударымы келді. Ресейден келген қаражат 2,1 млрд долларға жетті."
    claims = _claims(text, "kk")
    assert claims["2,1 млрд долларға"].measure == "remittance"


def test_a_list_of_price_groups_under_a_header_reads_parts_of_inflation_not_the_total() -> None:
    text = ("Жылдық инфляция 9,4% болды.\n"
            "Тауар топтары бойынша жылдық баға өсімі:\n"
            "- азық-түлік тауарлары – 8,1%;\n"
            "- азық-түлікке жатпайтын тауарлар – 9,9%;\n"
            "- ақылы қызметтер – 10,6%.\n")
    claims = _claims(text, "kk")
    assert claims["9,4%"].measure == "inflation"
    assert claims["8,1%"].measure == "inflation>food"
    assert claims["9,9%"].measure == "inflation>non_food"
    assert claims["10,6%"].measure == "inflation>services"
    text = "Йиллик нарх ўсиши гуруҳлар бўйича:\n▪️ озиқ-овқат — 8,1%\n▪️ ноозиқ-овқат товарлари — 9,9%\n"
    claims = _claims(text, "uz-Cyrl")
    assert claims["8,1%"].measure == "inflation>food"
    assert claims["9,9%"].measure == "inflation>non_food"


def test_a_bracket_after_a_price_group_reads_its_contribution_as_a_part() -> None:
    text = ("Нархлар ўсишига энг катта ҳиссани озиқ-овқат маҳсулотлари (3,2 фоиз банди) "
            "ва уй-жой хизматлари (1,4 фоиз банди) қўшди.")
    claims = _claims(text, "uz-Cyrl")
    assert claims["3,2 фоиз банди"].measure == "inflation>food"
    assert claims["1,4 фоиз банди"].measure == "inflation>utilities"


def test_a_price_group_never_conflicts_with_the_total() -> None:
    kk = fr.Document("Жылдық инфляция 9,4% болды. Оның ішінде:\n- азық-түлік тауарлары – 8,1%;\n"
                     "- ақылы қызметтер – 10,6%.\n", id="a", lang="kk")
    uz = fr.Document("Йиллик инфляция 9,4 фоиз бўлди. Гуруҳлар кесимида нарх ўсиши:\n"
                     "- озиқ-овқат маҳсулотлари – 8,1 %\n- пуллик хизматлар – 10,6 %\n", id="b", lang="uz-Cyrl")
    report = fr.reconcile([kk, uz])
    assert report.findings == ()
    measures = {c.measure for c in fr.extract_claims(kk)} | {c.measure for c in fr.extract_claims(uz)}
    assert {"inflation", "inflation>food", "inflation>services"} <= measures


def test_a_part_word_before_a_measure_qualifies_it_when_it_fits_the_unit() -> None:
    text = "Елде былтыр 90 млн тонна мұнай өндірілді. Тәуліктік өндіріс 250 мың тоннаға жетті."
    claims = _claims(text, "kk")
    assert claims["90 млн тонна"].measure == "oil"
    assert claims["250 мың тоннаға"].measure == "oil>daily"
    claims = _claims("Қыркүйекте айлық инфляция 0,8% болды.", "kk")
    assert claims["0,8%"].measure == "inflation>monthly"
    # the average monthly wage is the wage
    claims = _claims("Орташа айлық жалақы 410 мың теңге болды.", "kk")
    assert claims["410 мың теңге"].measure == "wage"


def test_a_list_item_whose_head_names_a_measure_of_its_own_is_that_measure() -> None:
    text = "Резервтер құрылымы:\n- монетарлық алтын – 20,1 млрд доллар;\n- валюта – 15,2 млрд доллар.\n"
    claims = _claims(text, "kk")
    assert claims["20,1 млрд доллар"].measure == "gold"
    assert claims["15,2 млрд доллар"].measure == "fx_assets"
    # the National Fund's currency assets are the fund's
    claims = _claims("Ұлттық қордың валюталық активтері 60 млрд доллар болды.", "kk")
    assert claims["60 млрд доллар"].measure == "national_fund"


def test_a_genitive_before_a_figure_names_the_whole_and_the_words_after_it_the_measure() -> None:
    claims = _claims("Жаңа астықтың 3 млн тоннасы экспортқа жіберіледі.", "kk")
    assert claims["3 млн тоннасы"].measure == "export"
    claims = _claims("Янги ҳосилнинг 3 миллион тоннасини четга сотиш режалаштирилган.", "uz-Cyrl")
    assert claims["3 миллион тоннасини"].measure == "export"
    claims = _claims("Жаңа астықтың 3 млн тоннасы сақтауға қойылды.", "kk")
    assert claims["3 млн тоннасы"].measure == "harvest"


def test_an_ordinal_names_its_own_noun_and_its_phrase_ends_at_a_genitive() -> None:
    one = _claims("Қазақстан алтын қоры бойынша әлемде 15-орында тұр.", "kk")
    two = _claims("Қазақстан алтын қоры бойынша әлемде он бесінші орында.", "kk")
    (a,) = [c for c in one.values() if c.quantity.kind is fr.Kind.ORDINAL]
    (b,) = [c for c in two.values() if c.quantity.kind is fr.Kind.ORDINAL]
    assert a.measure == b.measure
    assert a.measure.endswith("#15")
    claims = _claims("Бұл Қазақстан мен Ресейдің XX өңіраралық форумының бағдарламасына енді.", "kk")
    (c,) = [c for c in claims.values() if c.quantity.kind is fr.Kind.ORDINAL]
    assert c.measure == "forum#20"


def test_people_in_a_sentence_about_tourists_are_tourists() -> None:
    claims = _claims("Ўн ойда Ўзбекистонга 5 млн хорижлик сайёҳ келди.", "uz-Cyrl")
    assert claims["5 млн"].measure == "tourist"


def test_the_indicator_is_what_the_figure_before_it_stated() -> None:
    text = ("Нефть маркази Атирауда ўртача маош 634,2 минг тенгени ташкил этди.\n"
            "Энг паст кўрсаткич — Чимкентда: 315 минг тенге.")
    claims = _claims(text, "uz-Cyrl")
    assert claims["315 минг тенге"].measure == "wage"
    text = "Туу коэффициенті 1000 тұрғынға шаққанда 21,4 болды. Бұл көрсеткіш бойынша Маңғыстау облысы (24,1) алда."
    claims = _claims(text, "kk")
    assert claims["24,1"].measure == "birth_rate"
    assert claims["24,1"].quantity.unit == "per_1000"


def test_a_numbered_list_and_an_item_with_a_qualifier_are_list_items() -> None:
    text = ("Туу деңгейі ең жоғары өңірлер (1000 тұрғынға шаққанда):\n"
            "1. Түркістан облысы – 26,1\n2. Маңғыстау облысы – 25,2\n")
    claims = _claims(text, "kk")
    assert [p.code for p in claims["26,1"].context][:1] == ["KZ-YUZ"]
    assert [p.code for p in claims["25,2"].context][:1] == ["KZ-MAN"]
    text = "Энг юқори маош:\nАстана шаҳри – 528,1 минг тенге\nАлмати шаҳри – қарийб 500 минг тенге\n"
    claims = _claims(text, "uz-Cyrl")
    assert claims["қарийб 500 минг тенге"].measure == "wage"
    assert claims["қарийб 500 минг тенге"].context[0].code == "KZ-ALA"
    # a dateline before a sentence is no list item
    claims = _claims("АСТАНА. Kazinform — Қозоғистонда 2024 йилда 18,9 млн квадрат метр уй-жой қурилди.", "uz-Cyrl")
    assert "KZ-AST" not in {p.code for p in claims["18,9 млн квадрат метр"].context if p.role == "of"}


def test_housing_kinds_are_parts_of_the_housing_commissioned() -> None:
    text = ("Пайдалануға берілген тұрғын үйдің:\n- 11 520,4 мың шаршы метрі – көппәтерлі үйлер;\n"
            "- 6 210,1 мың шаршы метрі – жеке тұрғын үйлер.\n")
    claims = _claims(text, "kk")
    assert claims["11 520,4 мың шаршы метрі"].measure == "housing>multi_apartment"
    assert claims["6 210,1 мың шаршы метрі"].measure == "housing>individual_housing"
    claims = _claims("🏘 Көппәтерлі үйлер – 11,5 млн ш.м., жеке үйлер – 6,2 млн ш.м.", "kk")
    assert claims["11,5 млн ш.м."].measure == "housing>multi_apartment"
    assert claims["6,2 млн ш.м."].measure == "housing>individual_housing"


def test_a_table_row_written_as_a_line_is_measured_by_its_label() -> None:
    text = ("Негізгі көрсеткіштер, млрд АҚШ доллары:\n"
            "Көрсеткіш | 01.01.2025 | 01.02.2025\n"
            "Жалпы халықаралық резервтер | 44,2 | 45,9\n"
            "Монетарлық алтын | 23,1 | 24,6\n")
    claims = _claims(text, "kk")
    assert claims["45,9"].measure == "reserves"
    assert claims["45,9"].quantity.unit == "USD"
    assert claims["23,1"].measure == "gold"
    # a byline's fields are no table: its figures are no claims
    claims = _claims("Daryo | 12.02.2025, 14:37 | 👁 2 450\nОлтин захираси 24,6 млрд долларни ташкил этди.", "uz-Cyrl")
    assert "2 450" not in claims


def test_the_price_of_one_unit_is_no_value_of_the_stock() -> None:
    text = "Январда бир трой унция олтин 2 650 доллар атрофида савдо қилинди."
    claims = _claims(text, "uz-Cyrl")
    assert claims["2 650 доллар атрофида"].measure == "gold>unit_price"


def test_a_part_after_another_part_of_the_same_sentence_is_named_by_its_own_words() -> None:
    text = "Резервы составили $45,9 млрд. Из них монетарное золото — $24,6 млрд, активы в СКВ — $21,3 млрд."
    claims = _claims(text, "ru")
    assert claims["$24,6 млрд"].measure == "gold"
    assert claims["$21,3 млрд."].measure == "fx_assets"


def test_a_decimal_comma_of_another_figure_breaks_no_clause() -> None:
    text = "Вилоятимиз пахтакорлари 110,5 минг гектардан 510,3 минг тонна ҳосил олди."
    claims = _claims(text, "uz-Cyrl")
    assert claims["510,3 минг тонна"].measure == "cotton"


def test_a_good_whose_price_changed_is_a_part_of_the_prices() -> None:
    claims = _claims("Бір айда кофе 3,1%-ға қымбаттады.", "kk")
    assert claims["3,1%-ға"].measure == "price>coffee"
    text = "Бир ой мобайнида қаҳва эса 3,1 фоизга қимматлашди. Авиачипталар нархи 5,2 фоизга пасайди."
    claims = _claims(text, "uz-Cyrl")
    assert claims["3,1 фоизга"].measure == "price>coffee"
    assert claims["5,2 фоизга"].measure == "price>airfares"
    # the next good of a list is not the first one's
    # prices as a whole are the inflation
    claims = _claims("Қыркүйекте бағалар орта есеппен 0,9%-ға өсті.", "kk")
    assert claims["0,9%-ға"].measure == "inflation"
    claims = _claims("Сентябрда нархлар бир йилда 11,9 фоизга ошди.", "uz-Cyrl")
    assert claims["11,9 фоизга"].measure == "inflation"
    claims = _claims("Есесіне кофе 3,1%-ға, апельсин 2,2%-ға қымбаттады.", "kk")
    assert claims["2,2%-ға"].measure != "price>coffee"


def test_a_read_also_line_opened_by_an_emoji_is_no_claim() -> None:
    claims = _claims("Экспорт 1,2 млрд долларға жетті.\n📌 Оқи отырыңыз: Қазақстанда пияз 2 есе қымбаттады\n", "kk")
    assert "2 есе" not in claims


def test_people_counted_as_an_amount_named_before_them_are_that_amount_whatever_else_the_sentence_says() -> None:
    text = "Табиий ўсиш 210 мингдан зиёд кишини ташкил этди, вафот этганлар сони эса 120,5 минг нафар бўлди."
    claims = _claims(text, "uz-Cyrl")
    assert claims["210 мингдан зиёд"].measure == "natural_increase"


def test_coordinated_percentages_after_a_growth_noun_are_changes() -> None:
    text = "Ең жоғары өсім Түркістан облысында (24,3%) және Шымкент қаласында (21,8%) тіркелді."
    claims = _claims(text, "kk")
    assert claims["24,3%"].quantity.change
    assert claims["21,8%"].quantity.change


def test_a_percentage_followed_by_a_comparison_is_a_change_and_less_is_downward() -> None:
    claims = _claims("Бу 2023 йилга нисбатан 5,9 фоиз кўп.", "uz-Cyrl")
    assert claims["5,9 фоиз"].quantity.change
    claims = _claims("Облыста 2,1 млн тонна мұнай алынды, бұл 2023 жылғы көрсеткіштен 7,5%-ға аз.", "kk")
    less = claims["7,5%-ға"].quantity
    assert less.change
    assert less.value is not None
    assert less.value < 0
    # a level reached with a verb that starts like a comparison is no change
    claims = _claims("Россиянинг улуши 71 фоизгача камайди.", "uz-Cyrl")
    assert not claims["71 фоизгача"].quantity.change


def test_a_good_that_got_cheaper_fell_in_price() -> None:
    claims = _claims("Бір айда әуе билеттері 3,8%-ға арзандады.", "kk")
    cheaper = claims["3,8%-ға"]
    assert cheaper.measure == "price>airfares"
    assert cheaper.quantity.value is not None
    assert cheaper.quantity.value < 0


def test_goods_sent_abroad_are_exports_and_money_sent_abroad_is_not() -> None:
    claims = _claims("Ҳисобот йилида хорижга 1,8 млн тонна мева-сабзавот маҳсулотлари жўнатилди.", "uz-Cyrl")
    assert claims["1,8 млн тонна"].measure == "export"
    text = "Хориждан келган пул ўтказмалари 14 млрд долларга етди. Хорижга жўнатилган пул эса 2,5 млрд долларга етди."
    claims = _claims(text, "uz-Cyrl")
    assert claims["2,5 млрд долларга"].measure == "remittance"


def test_a_change_restated_in_another_unit_after_that_is_is_a_change_in_both() -> None:
    # "the cotton harvest rose by 40 %, that is 1,4 times": the verb closes the second figure only
    text = "Вилоятда пахта ҳосили 40 фоизга, яъни 1,4 баравар ошди."
    claims = _claims(text, "uz-Cyrl")
    assert claims["40 фоизга"].quantity.change
    assert claims["1,4 баравар"].quantity.change
    assert claims["40 фоизга"].measure == claims["1,4 баравар"].measure != ""
    # the restatement first in the other order, and in Kazakh
    claims = _claims("Облыста мақта өнімі 1,4 есе, яғни 40 пайызға өсті.", "kk")
    assert claims["1,4 есе"].quantity.change
    assert claims["40 пайызға"].quantity.change
    # Uzbek Latin reads it through the transliteration, whatever apostrophe the page writes
    claims = _claims("Viloyatda paxta hosili 40 foizga, yaʼni 1,4 barobar oshdi.", "uz-Latn")
    assert claims["40 foizga"].quantity.change
    claims = _claims("Сбор хлопка вырос на 40%, то есть в 1,4 раза.", "ru")
    assert claims["40%"].quantity.change
    assert claims["1,4 раза"].quantity.change


def test_a_level_restated_after_that_is_stays_a_level() -> None:
    # a level and its change ("4 million tonnes, that is 40 % more"): only relative figures restate a change
    claims = _claims("Вилоятда 4 млн тонна, яъни 40 фоиз кўп пахта йиғилди.", "uz-Cyrl")
    assert not claims["4 млн тонна"].quantity.change
    # a share restated as a fraction is no change: nothing in the sentence grew
    claims = _claims("Пахтанинг 40 фоизи, яъни бешдан икки қисми экспорт қилинди.", "uz-Cyrl")
    assert not claims["40 фоизи"].quantity.change


def test_a_share_worded_with_its_part_alone_is_measured_by_the_whole_a_composition_word_named() -> None:
    # "in the composition of the reserves: gold 30 bn, currency 20 bn. So gold's share reached 60 %"
    text = ("Захиралар таркибида олтин 30,1 млрд долларни, валютадаги активлар эса 20,2 млрд долларни ташкил этади. "
            "Шу тариқа олтиннинг улуши 59,8 фоизга етди.")
    found = _claims(text, "uz-Cyrl")
    # measured by its whole; its frame holds the part's figure, the sentence before
    assert found["59,8 фоизга"].measure == "reserves"
    assert found["30,1 млрд долларни"].id in found["59,8 фоизга"].frame
    # the other wordings of the same share give the same key
    kk = _claims("Алтынның резервтер құрылымындағы үлесі 59,8%-ға жетті.", "kk")
    assert kk["59,8%-ға"].measure == "reserves"
    ru = _claims("Доля золота в резервах достигла 59,8%.", "ru")
    assert ru["59,8%"].measure == "reserves"
    latn = _claims("Zaxiralar tarkibi: oltin 30,1 mlrd dollar. Shu tariqa oltinning ulushi 59,8 foizga yetdi.",
                   "uz-Latn")
    assert latn["59,8 foizga"].measure == "reserves"


def test_a_share_of_a_place_keeps_its_place_and_a_share_with_no_whole_its_part() -> None:
    # "China's share of the country's foreign trade": the place tells the part, the trade is the whole
    claims = _claims("Хитойнинг мамлакат ташқи савдосидаги улуши 21,3 фоизни ташкил этди.", "uz-Cyrl")
    assert claims["21,3 фоизни"].measure == "trade_turnover"
    assert {p.code for p in claims["21,3 фоизни"].context} == {"CN"}
    # nothing names the whole: the share stays its part's, as before
    claims = _claims("Олтиннинг улуши 59,8 фоизга етди.", "uz-Cyrl")
    assert claims["59,8 фоизга"].measure == "gold"


def test_two_outlets_stating_a_share_in_two_wordings_conflict() -> None:
    kk = fr.Document("Резервтер 50,3 млрд доллар болды. Оның ішінде:\n- монетарлық алтын – 30,1 млрд доллар;\n"
                     "- валюта – 20,2 млрд доллар.\nАлтынның резервтер құрылымындағы үлесі 59,8%-ға жетті.\n",
                     id="kk", lang="kk")
    uz = fr.Document("Захиралар 50,3 млрд долларга етди. Захиралар таркибида олтин 30,1 млрд долларни, валютадаги "
                     "активлар эса 20,2 млрд долларни ташкил этади. Шу тариқа олтиннинг улуши 62,4 фоизга етди.\n",
                     id="uz", lang="uz-Cyrl")
    report = fr.reconcile([kk, uz])
    shares = [f for f in report.facts if f.measure == "reserves" and f.unit == "percent"]
    assert len(shares) == 1
    assert shares[0].verdict is fr.Verdict.CONFLICT
def test_money_put_into_a_project_is_the_project_s_value() -> None:
    # a project named in the dative, or a pronoun in the dative for the projects counted before
    claims = _claims("Жобаға 8,3 млрд теңге инвестиция салынды.", "kk")
    assert claims["8,3 млрд теңге"].measure == "project_value"
    claims = _claims("Келесі жылы 12 жаңа лойиҳа бошланади. Уларга 2,4 миллиард доллар сармоя киритилади.", "uz-Cyrl")
    assert claims["2,4 миллиард доллар"].measure == "project_value"
    claims = _claims("Келешекте 12 жоба басталады. Оларға 2,4 млрд доллар инвестиция салынбақ.", "kk")
    assert claims["2,4 млрд доллар"].measure == "project_value"
    # a factory or an enterprise that is built is a project: its cost is the project's value
    assert _claims("Цемент зауытының құны 40 млрд теңге.", "kk")["40 млрд теңге"].measure == "project_value"
    claims = _claims("Корхона қурилишига 9 миллиард 200 миллион сўм сарфланди.", "uz-Cyrl")
    assert claims["9 миллиард 200 миллион сўм"].measure == "project_value"
    claims = _claims("Loyihaga 8,3 milliard soʻm sarmoya kiritildi.", "uz-Latn")
    assert claims["8,3 milliard soʻm"].measure == "project_value"
    # investment into a region, or with nothing it is put into, stays investment
    assert _claims("Облысқа 500 млн доллар инвестиция тартылды.", "kk")["500 млн доллар"].measure == "investment"
    claims = _claims("Вилоятга 500 миллион доллар сармоя жалб қилинди.", "uz-Cyrl")
    assert claims["500 миллион доллар"].measure == "investment"
    assert _claims("Биыл 700 млн доллар инвестиция тартылды.", "kk")["700 млн доллар"].measure == "investment"


def test_the_investment_in_a_project_and_its_value_told_by_two_pages_are_one_fact() -> None:
    kk = "Ақтөбеде жаңа зауыт ашылды. Жобаға 8,3 млрд теңге инвестиция салынды."
    uz = "Ақтўбада янги завод очилди. Заводнинг қиймати 8,3 миллиард тенгени ташкил этади."
    report = fr.reconcile([fr.Document(kk, id="kk", published="2025-02-10"),
                           fr.Document(uz, id="uz", lang="uz-Cyrl", published="2025-02-10")])
    assert any({c.quantity.text for c in f.claims} == {"8,3 млрд теңге", "8,3 миллиард тенгени"} for f in report.facts)


def test_a_plant_s_yearly_output_is_its_capacity() -> None:
    # tonnes made each year, with no period of their own: what the plant is built to make, as its capacity
    doc = fr.Document("Зауыт жылына 600 мың тонна цемент шығарады. Жылдық қуаты — 600 мың тонна.", id="t", lang="kk")
    assert [c.measure for c in fr.extract_claims(doc)] == ["capacity", "capacity"]
    claims = _claims("Йилига 600 минг тонна цемент ишлаб чиқарадиган завод очилди.", "uz-Cyrl")
    assert claims["600 минг тонна"].measure == "capacity"
    claims = _claims("Бу ерда ҳар йили 600 минг тонна цемент тайёрланади.", "uz-Cyrl")
    assert claims["600 минг тонна"].measure == "capacity"
    claims = _claims("Yiliga 600 ming tonna sement ishlab chiqaradigan zavod ochildi.", "uz-Latn")
    assert claims["600 ming tonna"].measure == "capacity"
    # the output of a period is production; a product named is its own measure; money is no capacity
    claims = _claims("Зауытта өткен жылы 550 мың тонна өнім өндірілді.", "kk")
    assert claims["550 мың тонна"].measure == "production"
    assert _claims("Облыста жылына 2 млн тонна астық жиналады.", "kk")["2 млн тонна"].measure == "harvest"
    claims = _claims("Жобаға жылына 3 млрд теңге инвестиция салынады.", "kk")
    assert claims["3 млрд теңге"].measure == "project_value"
    # tonnes per year on a page that stated tonnes of a product before are of that product (the oil added)
    text = "Былтыр кен орнында 26 млн тонна мұнай өндірілді. Жаңа жоба жылына 3 млн тонна қосады."
    assert _claims(text, "kk")["3 млн тонна"].measure == "oil"
    text = "В прошлом году на месторождении добыли 26 млн тонн нефти. Новый проект добавит 3 млн тонн в год."
    assert _claims(text, "ru")["3 млн тонн"].measure == "oil"


@settings(max_examples=30, deadline=None)
@given(
    pct=st.integers(min_value=11, max_value=99),
    times=st.sampled_from(["1,2", "1,5", "1,9", "2,4"]),
    percent_first=st.booleans(),
    verb=st.sampled_from(["ошди", "кўпайди", "ўсди"]),
)
def test_a_restated_change_is_a_change_in_both_units_whichever_comes_first(
    pct: int, times: str, percent_first: bool, verb: str
) -> None:
    first, second = (f"{pct} фоизга", f"{times} баравар") if percent_first else (f"{times} баравар", f"{pct} фоизга")
    found = _claims(f"Вилоятда пахта ҳосили {first}, яъни {second} {verb}.", "uz-Cyrl")
    assert found[first].quantity.change
    assert found[second].quantity.change
    assert found[first].measure == found[second].measure


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        # a multiple of the total its clause names, after a sentence that names a part of it last
        ("uz-Cyrl", "Ўтган йили 20 млн тонна дон, шу жумладан 14 млн тонна буғдой олинди. "
                    "Демак, ялпи ҳосил 1,3 баравар ошди.", "1,3 баравар"),
        ("uz-Latn", "O'tgan yili 20 mln tonna don, shu jumladan 14 mln tonna bug'doy olindi. "
                    "Demak, yalpi hosil 1,3 baravar oshdi.", "1,3 baravar"),
        ("kk", "Биыл 5 млн тонна астық, оның ішінде 3 млн тонна бидай жиналды. "
               "Астық былтырғыдан 1,2 есе көп.", "1,2 есе"),
    ],
)
def test_a_multiple_measures_the_amount_its_clause_names_whatever_its_units(lang: str, text: str,
                                                                          figure: str) -> None:
    """"ялпи ҳосил 1,3 баравар ошди": the harvest grew, though a harvest is stated in tonnes, not in times."""
    assert MeasureKey.parse(_claims(text, lang)[figure].measure).concept == "harvest"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("kk", "Қазақстанның ЖІӨ-сі 4,8 пайызға өсті.", "4,8 пайызға"),
        ("kk", "Жалпы ішкі өнім 300 млрд долларға жетті.", "300 млрд долларға"),
        ("uz-Cyrl", "Ўзбекистон ЯИМи 90 млрд доллардан ошди.", "90 млрд доллардан ошди"),
        ("uz-Latn", "O'zbekiston YaIMi 90 mlrd dollardan oshdi.", "90 mlrd dollardan oshdi"),
        ("ru", "ВВП Казахстана вырос на 4,8%.", "4,8%"),
        ("ru", "Валовой внутренний продукт превысил $90 млрд.", "превысил $90 млрд"),
    ],
)
def test_the_gross_domestic_product_is_a_measure_in_every_language(lang: str, text: str, figure: str) -> None:
    (claim,) = [c for t, c in _claims(text, lang).items() if figure in t]
    assert claim.measure == "gdp"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        # the whole named right after a percentage, as the genitive names it before one
        ("ru", "Денежные переводы эквивалентны 11,5% ВВП.", "11,5%"),
        ("uz-Cyrl", "Пул ўтказмалари ЯИМнинг 11,5 фоизига тенг.", "11,5 фоизига"),
        ("kk", "Ақша аударымдары ЖІӨ-нің 11,5 пайызына тең.", "11,5 пайызына"),
    ],
)
def test_a_percentage_of_an_amount_named_after_it_is_measured_by_that_whole(lang: str, text: str,
                                                                             figure: str) -> None:
    assert _claims(text, lang)[figure].measure == "gdp"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("ru", "За год в стране родились 300 тыс. детей. Мальчиков среди них — 160 100, девочек — 139 900. "
               "Умерли 120 000 человек.", "160 100"),
        ("kk", "Былтыр 300 мың бала дүниеге келді. Ұл балалар 160 100 адам болды. Көз жұмғандар 120 мың адам.",
         "160 100"),
    ],
)
def test_people_are_measured_by_the_activity_their_paragraph_names_last_before_them(lang: str, text: str,
                                                                                   figure: str) -> None:
    """A demographic release names births, then the boys among them, then deaths: the boys were born."""
    claims = _claims(text, lang)
    assert claims[figure].measure == "birth"
    assert next(c for t, c in claims.items() if t.startswith("120")).measure == "death"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uz-Cyrl", "Саккиз ойда вилоятга 2,1 миллион хорижлик сайёҳ келди\n"
                    "Статистика бошқармаси саккиз ойлик натижаларни эълон қилди.\n"
                    "Қирғизистондан 410,2 минг, Қозоғистондан 96,4 минг киши келган."),
        ("uz-Latn", "Sakkiz oyda viloyatga 2,1 million xorijlik sayyoh keldi\n"
                    "Statistika boshqarmasi sakkiz oylik natijalarni e’lon qildi.\n"
                    "Qirg‘izistondan 410,2 ming, Qozog‘istondan 96,4 ming kishi kelgan."),
    ],
)
def test_people_whose_paragraph_names_no_activity_are_measured_by_the_headlines(lang: str, text: str) -> None:
    """A page headed by tourists who came counts "people who came" in a paragraph of their own as tourists;
    the same lines under a headline that names no activity stay people."""
    claims = _claims(text, lang)
    assert {claims[t].measure for t in claims if t.startswith(("410,2", "96,4"))} == {"tourist"}
    plain = text.split("\n", 1)[1]
    headed = "Саккиз ойлик натижалар эълон қилинди\n" if lang == "uz-Cyrl" else "Sakkiz oylik natijalar e’lon qilindi\n"
    claims = _claims(headed + plain, lang)
    assert {claims[t].measure for t in claims if t.startswith(("410,2", "96,4"))} == {"person"}


@pytest.mark.parametrize(
    ("lang", "text", "figure", "measure"),
    [
        ("ru", "Экспорт фруктов составил 2 млрд долларов.\nОсновные рынки:\nРоссия — $700 млн (35%);\n"
               "Китай — $300 млн.\nДоля России за год увеличилась на 0,4 процентных пункта.",
         "0,4 процентных пункта", "export"),
        ("ru", "Переводы в страну составили $10 млрд.\nБольшая часть приходит из России. "
               "Доля РФ снизилась до 70% с 72% годом ранее.", "72%", "remittance"),
        ("kk", "Жеміс экспорты 2 млрд долларға жетті.\nНегізгі нарықтар:\nРесей – 700 млн доллар;\n"
               "Қытай – 300 млн доллар.\nРесейдің үлесі бір жылда 0,4 пайыздық тармаққа өсті.",
         "0,4 пайыздық тармаққа", "export"),
        ("uz-Cyrl", "Мева экспорти 2 млрд долларга етди.\nАсосий бозорлар:\nРоссия – 700 млн доллар;\n"
                    "Хитой – 300 млн доллар.\nРоссиянинг улуши бир йилда 0,4 фоиз бандига ошди.",
         "0,4 фоиз бандига", "export"),
    ],
)
def test_a_place_s_share_that_names_no_whole_is_of_what_the_page_measured_last(lang: str, text: str, figure: str,
                                                                               measure: str) -> None:
    claim = _claims(text, lang)[figure]
    assert claim.measure == measure
    assert "RU" in {p.code for p in claim.context}


def test_a_share_with_no_place_and_no_whole_stays_unmeasured() -> None:
    text = "Экспорт фруктов составил 2 млрд долларов.\nДоля за год увеличилась на 0,4 процентных пункта."
    assert _claims(text, "ru")["0,4 процентных пункта"].measure == ""


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        # (a paragraph of its own: the receipts word is all that says what the money is)
        ("uz-Cyrl", "Пул ўтказмалари 12 млрд долларга етди.\nОйлар бўйича энг кўп тушум мартда қайд этилди — "
                    "1,2 млрд доллар.", "1,2 млрд доллар"),
        ("kk", "Ақша аударымдары 12 млрд долларға жетті.\nАйлар бойынша ең көп түсім наурызда тіркелді – "
               "1,2 млрд доллар.", "1,2 млрд доллар"),
    ],
)
def test_receipts_are_the_money_the_story_is_about(lang: str, text: str, figure: str) -> None:
    assert _claims(text, lang)[figure].measure == "remittance"


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("uz-Cyrl", "Ўтган йили 100 минг никоҳ ва 30 минг ажрим қайд этилди. Яъни ҳар 1000 никоҳга 300 та ажрим "
                    "тўғри келди.", "300 та"),
        ("uz-Latn", "O'tgan yili 100 ming nikoh va 30 ming ajrim qayd etildi. Ya'ni har 1000 ta nikohga 300 ta "
                    "ajrim to'g'ri keldi.", "300 ta"),
        ("kk", "Былтыр 100 мың неке және 30 мың ажырасу тіркелді. Яғни әр 1000 некеге 300 ажырасу келеді.", "300"),
    ],
)
def test_a_rate_no_rate_word_names_counts_the_events_named_right_after_it(lang: str, text: str,
                                                                           figure: str) -> None:
    claim = _claims(text, lang)[figure]
    assert (claim.quantity.unit, claim.measure) == ("per_1000", "divorce")
