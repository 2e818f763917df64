"""Stories of our own where the honest answer is "no finding": pages of one story (they share precise figures)
that state figures one rounding apart or a slip apart which are nevertheless two facts: a rise against a fall, a
month against a year, the year so far against a month (docs/explanation/linking.md, "Evidence against")."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factrecon as fr

# one CPI release told by two outlets: the annual inflation and the base rate are the story's shared figures
KK = ("Қарашада жылдық инфляция 12,6%-ға дейін баяулады\n"
      "АСТАНА. KAZINFORM – Статистика бюросының дерегінше, қарашада жылдық инфляция 12,6% болды.\n"
      "Базалық мөлшерлеме 16,5% деңгейінде сақталды.\n{s}\n")
RU = ("Инфляция в Казахстане в ноябре замедлилась\n"
      "По данным бюро статистики, годовая инфляция в ноябре составила 12,6%.\n"
      "Базовая ставка сохранена на уровне 16,5%.\n{s}\n")


def kinds(first: str, second: str, lang: str) -> list[str]:
    """The kinds of the findings between two pages of one language, published a day apart."""
    report = fr.reconcile([fr.Document(first, id="first", lang=lang, published="2025-10-20"),
                           fr.Document(second, id="second", lang=lang, published="2025-10-21")])
    return [str(f.kind) for f in report.findings]


def findings(kk: str, ru: str) -> list[set[str]]:
    report = fr.reconcile([fr.Document(KK.format(s=kk), id="kk", lang="kk", published="2025-12-03"),
                           fr.Document(RU.format(s=ru), id="ru", lang="ru", published="2025-12-03")])
    return [{c.quantity.text for c in f.claims} for f in report.findings]


def test_the_story_still_finds_one_good_one_rounding_apart() -> None:
    # the control: the same good, the same month, one rounding apart, is one fact that diverges
    assert findings("Бір айда қант 2,5%-ға қымбаттады.", "За месяц сахар подорожал на 2,4%.")


def test_a_rise_against_a_fall_is_no_rounding_apart() -> None:
    # "подешевел на 2,4%" (got cheaper) is −2,4 %, as "арзандады" is: not one step from +2,5 %
    assert not findings("Қант 2,5%-ға қымбаттады.", "Сахар подешевел на 2,4%.")
    [claim] = fr.extract_claims(fr.Document("Сахар подешевел на 2,4%.", id="x", lang="ru"))
    assert claim.quantity.value is not None
    assert claim.quantity.value < 0


@pytest.mark.parametrize("ru", ["За год сахар подорожал на 2,4%.", "За 12 месяцев сахар подорожал на 2,4%."])
def test_a_month_against_a_year_under_one_headline(ru: str) -> None:
    # "за год" under a headline of November is December to November, not a figure of no time
    assert not findings("Бір айда қант 2,5%-ға қымбаттады.", ru)


def test_the_year_so_far_against_a_month() -> None:
    # "жыл басынан бері" (since the start of the year) is January to November, not November
    assert not findings("Жыл басынан бері қант 2,5%-ға қымбаттады.", "За месяц сахар подорожал на 2,4%.")


@pytest.mark.parametrize(("text", "lang", "period"), [
    ("Қарашада инфляция 12,6% болды\nЖыл басынан бері қант 2,5%-ға қымбаттады.", "kk", "2025-01-01/2025-11-30"),
    ("Ноябрда инфляция 12,6 фоиз\nЙил бошидан буён шакар 2,5 фоизга қимматлашди.", "uz-Cyrl", "2025-01-01/2025-11-30"),
    ("Noyabrda inflyatsiya 12,6 foiz\nYil boshidan buyon shakar 2,5 foizga qimmatlashdi.", "uz-Latn",
     "2025-01-01/2025-11-30"),
    ("Инфляция в ноябре 12,6%\nЗа год сахар подорожал на 2,4%.", "ru", "2024-12-01/2025-11-30"),
])
def test_spans_end_where_the_headline_period_ends(text: str, lang: str, period: str) -> None:
    claims = fr.extract_claims(fr.Document(text, id="x", lang=lang, published="2025-12-01"))
    assert str(claims[-1].time) == period


# pages of other stories, in every language, with figures drawn near the story's own (2,4 %, 12,6 %, 16,5 %)
OTHERS = {
    "kk": "Алматыда жаңа мектеп ашылды\nАЛМАТЫ. Қалада {n} орындық мектеп ашылды, құрылысқа {v} млрд теңге жұмсалды.\n",
    "ru": "В Караганде открыли школу\nКАРАГАНДА. В городе открыта школа на {n} мест, строительство обошлось в {v} "
          "млрд тенге, а цены на сахар в области выросли на {p}%.\n",
    "uz-Cyrl": "Наманганда мактаб очилди\nНАМАНГАН. Шаҳарда {n} ўринли мактаб очилди, қурилишга {v} млрд сўм "
               "сарфланди.\n",
    "uz-Latn": "Andijonda maktab ochildi\nANDIJON. Shaharda {n} o‘rinli maktab ochildi, qurilishga {v} mlrd so‘m "
               "sarflandi, shakar {p} foizga qimmatlashdi.\n",
}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(sorted(OTHERS)), st.sampled_from(["2,4", "2,5", "12,6", "16,5", "4,7", "8,15"]),
       st.sampled_from(["2,4", "2,5", "2,6", "12,6"]), st.integers(min_value=20, max_value=900),
       st.sampled_from(["Бір айда қант 2,5%-ға қымбаттады.", "Жыл басынан бері қант 2,5%-ға қымбаттады."]))
def test_an_unrelated_page_makes_no_finding_between_the_story_pages(lang: str, v: str, p: str, n: int,
                                                                     kk: str) -> None:
    """Adding a page of another story never creates a finding between the original pages."""
    pages = [fr.Document(KK.format(s=kk), id="kk", lang="kk", published="2025-12-03"),
             fr.Document(RU.format(s="За год сахар подорожал на 2,4%."), id="ru", lang="ru", published="2025-12-03")]
    before = {frozenset(c.id for c in f.claims) for f in fr.reconcile(pages).findings}
    other = fr.Document(OTHERS[lang].format(n=n, v=v, p=p), id="other", lang=lang, published="2025-12-02")
    after = fr.reconcile([*pages, other]).findings
    between = {frozenset(c.id for c in f.claims) for f in after if all(c.doc_id != "other" for c in f.claims)}
    assert between <= before


# a region's harvest story against the country's: the two yields are a slip apart (14,6 and 14,7), the pages share
# the national harvest and name the region; the honest answer is two facts, the region's yield and the country's
REGION = ("Жамбыл облысында 1,2 млн тонна астық жиналды\n"
          "ТАРАЗ. KAZINFORM – Биыл Қазақстанда 22,8 млн тонна астық жиналды, оның 1,2 млн тоннасы Жамбыл облысына "
          "тиесілі.\n{here} орташа өнімділік гектарына 14,6 центнер болды.\n")
NATION = ("Елде астық жинау аяқталды\n"
          "Биыл елімізде 22,8 млн тонна астық жиналды. Орташа өнімділік гектарына 14,7 центнерді құрады.\n"
          "Жамбыл облысында 1,2 млн тонна астық алынды.\n")


@pytest.mark.parametrize("here", ["Мұнда", "Облыста"])
def test_a_regions_yield_against_the_countrys_in_the_sentence_after_it(here: str) -> None:
    report = fr.reconcile([fr.Document(REGION.format(here=here), id="region", lang="kk", published="2025-10-20"),
                           fr.Document(NATION, id="nation", lang="kk", published="2025-10-21")])
    assert not report.findings


def test_a_sentence_that_names_no_place_after_one_that_names_the_country_is_the_countrys() -> None:
    claims = fr.extract_claims(fr.Document(NATION, id="nation", lang="kk", published="2025-10-21"))
    [yield_] = [c for c in claims if c.quantity.text.startswith("14,7")]
    assert {p.code for p in yield_.context if p.role == "in"} == {"KZ"}
    # after a sentence that names a region (or several places) it stays without one
    text = ("Елде астық жинау аяқталды\nБиыл Жамбыл облысында 1,2 млн тонна астық жиналды. "
            "Орташа өнімділік 14,7 центнер.\n")
    claims = fr.extract_claims(fr.Document(text, id="r", lang="kk", published="2025-10-21"))
    [yield_] = [c for c in claims if c.quantity.text.startswith("14,7")]
    assert not [p for p in yield_.context if p.role == "in"]  # only the story's place ("at")


@pytest.mark.parametrize(("here", "lang", "text"), [
    ("Облыста", "kk", "Биыл Қазақстанда 22,8 млн тонна астық жиналды, оның 1,2 млн тоннасы Жамбыл облысына тиесілі. "
                      "Облыста орташа өнімділік 14,6 центнер болды."),
    ("Вилоятда", "uz-Cyrl", "Бу йил Қашқадарё вилоятида 535 минг тонна пахта йиғилди. "
                            "Вилоятда ҳосилдорлик 31,2 центнерни ташкил этди."),
])
def test_the_region_bare_stands_for_the_region_named_before(here: str, lang: str, text: str) -> None:
    claims = fr.extract_claims(fr.Document("Ҳосил\n" + text, id="x", lang=lang, published="2025-10-21"))
    last = claims[-1]
    assert [p.text for p in last.context if p.role == "in"] == [here]
    assert "-" in last.context[0].code


# a change "compared with last year" on a page of January-October, against another page's growth of last year
JAN_OCT = ("Январь-октябрь: пул ўтказмалари 13,2 млрд доллар\n"
           "ТОШКЕНТ. Марказий банк маълумотларига кўра, январь-октябрь ойларида пул ўтказмалари 13,24 млрд долларга "
           "етди.\nБу ўтган йилга нисбатан 28,4 фоизга кўп.\nРоссиядан 9,12 млрд доллар келди.\n")
LAST_YEAR = ("Пул ўтказмалари: ўтган йил якунлари\n"
             "Жорий йилнинг ўн ойида мамлакатга 13,24 млрд доллар пул ўтказмаси келди, шундан Россиядан 9,12 млрд "
             "доллар.\n2024 йилда пул ўтказмалари 28,3 фоизга ошиб, 14,8 млрд долларга етган эди.\n")


def test_a_change_against_last_year_is_of_the_months_before_it() -> None:
    report = fr.reconcile([fr.Document(JAN_OCT, id="a", lang="uz-Cyrl", published="2025-11-20"),
                           fr.Document(LAST_YEAR, id="b", lang="uz-Cyrl", published="2025-11-21")])
    assert not report.findings
    claims = fr.extract_claims(fr.Document(JAN_OCT, id="a", lang="uz-Cyrl", published="2025-11-20"))
    [change] = [c for c in claims if c.quantity.text.startswith("28,4")]
    assert str(change.time) == "2025-01-01/2025-10-31"


@pytest.mark.parametrize(("lang", "text"), [
    ("uz-Latn", "Pul\nYanvar-oktabr oylarida pul oʻtkazmalari 13,24 mlrd dollarga yetdi. Bu oʻtgan yilga nisbatan "
                "28,4 foizga koʻp."),
    ("kk", "Аударымдар\nҚаңтар-қазан айларында аударымдар 13,24 млрд долларға жетті. Бұл өткен жылмен салыстырғанда "
           "28,4%-ға көп."),
    ("ru", "Переводы\nВ январе-октябре переводы достигли 13,24 млрд долларов. Это на 28,4% больше по сравнению с "
           "прошлым годом."),
])
def test_last_year_as_the_base_in_every_language(lang: str, text: str) -> None:
    claims = fr.extract_claims(fr.Document(text, id="x", lang=lang, published="2025-11-20"))
    assert str(claims[-1].time) == "2025-01-01/2025-10-31"


# a target for a stated year ("by 2030") against another page's output per year: one rounding apart, two facts
TARGET = ("Навоийда кон-металлургия комбинати\n"
          "НАВОИЙ. Комбинат 2030 йилигача 35 тонна олтин ишлаб чиқаради. Лойиҳа қиймати 1,28 млрд доллар.\n")
PER_YEAR = ("Навоий комбинати қуввати\n"
            "Лойиҳа қиймати 1,28 млрд доллар, комбинат йилига 34 тонна олтин ишлаб чиқаради.\n")


def test_a_stated_years_figure_against_one_of_no_period_is_no_rounding_apart() -> None:
    report = fr.reconcile([fr.Document(TARGET, id="a", lang="uz-Cyrl", published="2025-10-20"),
                           fr.Document(PER_YEAR, id="b", lang="uz-Cyrl", published="2025-10-21")])
    assert not report.findings
    # both without a period of their own, the story's one rounding apart still links them
    report = fr.reconcile([fr.Document(TARGET.replace("2030 йилигача ", ""), id="a", lang="uz-Cyrl",
                                       published="2025-10-20"),
                           fr.Document(PER_YEAR.replace("йилига ", ""), id="b", lang="uz-Cyrl",
                                       published="2025-10-21")])
    assert [str(f.kind) for f in report.findings] == ["divergent"]


# a headline's figure of two cities against another page's figure of one of them: the whole of two is no one's
TWO_CITIES = {
    "kk": ("Алматы мен Астанада 50 мыңнан астам пәтер пайдалануға берілді\n"
           "АСТАНА. KAZINFORM – Қаңтар-қазан айларында елде 12,84 млн шаршы метр тұрғын үй пайдалануға берілді.\n"
           "Тұрғын үй құрылысына 2,31 трлн теңге инвестиция салынды.\n",
           "Астанада тұрғын үй құрылысы\n"
           "Қаңтар-қазан айларында елімізде 12,84 млн шаршы метр тұрғын үй салынды, құрылысқа 2,31 трлн теңге "
           "инвестиция салынды.\nАстанада 31 240 пәтер пайдалануға берілді.\n"),
    "uz-Cyrl": ("Тошкент ва Самарқандда 40 мингдан ортиқ хонадон фойдаланишга топширилди\n"
                "ТОШКЕНТ. Январь-октябрь ойларида республикада 11,2 млн квадрат метр уй-жой қурилди. Қурилишга "
                "18,6 трлн сўм сарфланди.\n",
                "Самарқандда уй-жой қурилиши\n"
                "Январь-октябрь ойларида мамлакатда 11,2 млн квадрат метр уй-жой қурилди, бунга 18,6 трлн сўм "
                "йўналтирилди.\nСамарқанд вилоятида 24 315 та хонадон фойдаланишга топширилди.\n"),
}


@pytest.mark.parametrize("lang", sorted(TWO_CITIES))
def test_a_headline_of_two_cities_against_one_citys_figure(lang: str) -> None:
    assert not kinds(*TWO_CITIES[lang], lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("kk", "Пәтер\nАлматы мен Астанада 50 мыңнан астам пәтер берілді."),
    ("uz-Latn", "Uy\nToshkent va Samarqandda 40 mingdan ortiq xonadon foydalanishga topshirildi."),
    ("ru", "Жильё\nВ Алматы и Астане сдано более 50 тысяч квартир."),
])
def test_two_places_joined_by_and_are_both_where(lang: str, text: str) -> None:
    [claim] = fr.extract_claims(fr.Document(text, id="x", lang=lang, published="2025-11-20"))
    assert len({p.code for p in claim.context if p.role == "in"}) == 2


@pytest.mark.parametrize("head", ["Товар | 2023 | 2024", "2023 | 2024", "| 2023 | 2024"])
def test_a_head_row_with_no_cell_over_the_labels_stands_over_the_last_cells(head: str) -> None:
    # "2023 | 2024" over "Зерно | 412,6 | 455,1": the 412,6 is 2023's, not 2024's (and the 455,1 is 2024's)
    text = f"Экспорт области по годам, млн долларов:\n{head}\nЗерно | 412,6 | 455,1\n"
    got = {c.quantity.text: str(c.time) for c in fr.extract_claims(fr.Document(text, id="t", lang="ru"))}
    assert (got["412,6"], got["455,1"]) == ("2023-01-01/2023-12-31", "2024-01-01/2024-12-31")


# the first phase's money against the second's, a slip apart, on two pages of one plant's story
FIRST_PHASE = ("Маңғыстауда су тұщыту зауыты салынады\nАҚТАУ. KAZINFORM – Облыста тәулігіне 50 мың текше метр су "
               "тұщытатын зауыт салынады. Жобаға 61,4 млрд теңге инвестиция салынады.\n"
               "Жобаның бірінші кезегіне 12,5 млрд теңге жұмсалды.\n")
SECOND_PHASE = ("Ақтаудағы тұщыту зауыты: жоба құны\nМаңғыстау облысында тәулігіне 50 мың текше метр су тұщытатын "
                "зауыттың құрылысы басталды. Жобаның құны – 61,4 млрд теңге.\n"
                "Зауыттың {n} кезегіне 12,4 млрд теңге жұмсалады.\n")


def test_the_first_phase_against_the_second() -> None:
    assert not kinds(FIRST_PHASE, SECOND_PHASE.format(n="екінші"), "kk")
    # the same phase on both pages is one fact that diverges
    assert kinds(FIRST_PHASE, SECOND_PHASE.format(n="бірінші"), "kk") == ["divergent"]


# "here" after two places is both of them: another page's figure of one of them is another fact
BOTH_HERE = ("Oktabrda narxlar 0,9 foizga oshdi\nStatistika agentligi ma'lumotlariga ko'ra, oktabrda iste'mol narxlari "
             "0,9 foizga oshdi, yillik inflyatsiya 7,94 foiz bo'ldi.\nToshkent shahri va Samarqand viloyatida narxlar "
             "eng ko'p oshdi. Bu yerda shakar 2,5 foizga qimmatlashdi.\n")
ONE_HERE = ("Samarqandda narxlar\nOktabrda yillik inflyatsiya 7,94 foizni tashkil etdi, oylik inflyatsiya 0,9 foiz.\n"
            "Samarqand viloyatida shakar 2,4 foizga qimmatlashdi.\n")


def test_here_after_two_places_is_both() -> None:
    assert not kinds(BOTH_HERE, ONE_HERE, "uz-Latn")
    claims = fr.extract_claims(fr.Document(BOTH_HERE, id="x", lang="uz-Latn", published="2025-11-05"))
    assert {p.code for p in claims[-1].context if p.role == "in"} == {"UZ-TK", "UZ-SA"}
