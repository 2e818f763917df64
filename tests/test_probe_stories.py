"""Four stories of our own, each told by three or four pages in different languages and outlets, laid out as
agencies, ministries and channels lay them out (tests/data/probe/): a headline and dateline, bylines,
timestamps and view counters, a regional list, a table written as lines with its unit in the header, parts
under a total, growth split into its natural increase and migration, urban and rural residents, a plan beside
the actual, last year's figure beside this year's, a change beside its level, read-also lines of another
story, and a republished copy under a new headline.

Every story holds two or three deliberate conflicts (a misreported figure: swapped digits); everything else
the pages state agrees. The report must flag each conflict, group the figures the pages share, and flag
nothing else: a false flag costs an editor as much as a missed one.

  a  Kazakhstan's population on 1 October 2025 (kk agency, its republished copy, uz-Cyrl, ru with a table)
  b  Uzbekistan's meat, milk and eggs in January-September 2025 (uz-Cyrl with a table, kk, ru, uz-Latn)
  c  Kazakhstan's coal in 2025 (kk, uz-Cyrl, ru with a table of two years)
  d  Kazakh airlines' passengers in January-September 2025 (kk, uz-Cyrl, ru with a table, uz-Latn)

After them, small cases of two or three pages, one for each structure that made a false finding or hid a
deliberate conflict: a growth in people against a population, last year's figure beside a change, two months'
releases, women against the population, a city against its region, a channel's post of nine months' results.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

import factrecon as fr

DATA = Path(__file__).parent / "data" / "probe"
LANGS = {"kk": "kk", "uz": "uz-Cyrl", "ru": "ru", "uzlatn": "uz-Latn"}

# a short name of each page: its story letter and language (the copy is a_kk2)
PAGES = {
    "a_kk": "a_kk_kazinform-halyq-20-4-mln",
    "a_kk2": "a_kk_ortalyq-halyq-osimi",
    "a_uz": "a_uz_dunyo-qozogiston-aholisi",
    "a_ru": "a_ru_tengri-naselenie-9-mesyacev",
    "b_uz": "b_uz_uza-gosht-9-oy",
    "b_kk": "b_kk_kazinform-ozbekstan-et",
    "b_ru": "b_ru_podrobno-myaso-9-mesyacev",
    "b_lat": "b_uzlatn_kunuz-gosht-sut",
    "c_kk": "c_kk_kazinform-komir-2025",
    "c_uz": "c_uz_dunyo-komir-qazib-olish",
    "c_ru": "c_ru_kapital-dobycha-uglya",
    "d_kk": "d_kk_kazinform-aue-zholaushy",
    "d_uz": "d_uz_dunyo-qozogiston-aviatsiya",
    "d_ru": "d_ru_kursiv-passazhiropotok",
    "d_lat": "d_uzlatn_gazeta-aviayolovchilar",
}

# the deliberate conflicts: (page, figure as written) of the misreported figure, and of one page it disagrees with
CONFLICTS = [
    (("a_uz", "193,5 минг"), ("a_kk", "139,5 мың")),  # natural increase, digits swapped
    (("a_uz", "193,5 минг"), ("a_ru", "139,5 тыс.")),
    (("a_ru", "1 515,4"), ("a_kk", "1 551,4")),  # Astana's population in the table
    (("a_ru", "1 515,4"), ("a_uz", "1 551,4 минг")),  # (the uz page's list in a sentence, in brackets)
    (("b_kk", "6,3 пайызға"), ("b_uz", "3,6 фоизга")),  # the growth of meat
    (("b_ru", "203,5 тыс. тонн"), ("b_uz", "230,5")),  # Samarkand's meat in the list
    (("b_lat", "8 460,7 ming tonnani"), ("b_uz", "8 640,7 минг тоннага")),  # milk
    (("c_uz", "62,1 миллион тонна"), ("c_kk", "61,2 млн тонна")),  # Pavlodar's coal
    (("c_ru", "24,7 млн тонн"), ("c_kk", "27,4 млн тоннаны")),  # coal exports
    (("d_ru", "9,7%"), ("d_kk", "7,9%")),  # the growth of air passengers, in a headline and the body
    (("d_lat", "7 145,3 ming"), ("d_kk", "7 415,3")),  # Almaty airport, in a list by place in a sentence
    (("d_uz", "5 813,2 минг"), ("d_kk", "5 318,2 мың")),  # international flights, a part under the total
]

# figures that several pages state alike: each set must be one fact (and no finding)
SHARED = [
    {("a_kk", "20 438 912"), ("a_uz", "20 438 912"), ("a_ru", "20 438,9 тыс. человек")},
    {("a_kk", "281,6 мың"), ("a_uz", "281,6 минг"), ("a_ru", "281,6 тыс.")},
    {("a_kk", "13,3 мың"), ("a_uz", "13,3 минг"), ("a_ru", "13,3 тыс. человек")},  # net migration
    {("a_kk", "152,8 мың"), ("a_uz", "152,8 минг"), ("a_ru", "152,8 тыс. человек")},  # the growth, in all three
    {("a_kk", "12 870,4 мың"), ("a_uz", "12 870,4 минг нафари"), ("a_ru", "12 870,4 тыс. человек")},  # urban
    {("a_kk", "7 568,5 мың"), ("a_uz", "7 568,5 минг нафари"), ("a_ru", "7 568,5 тыс.")},  # rural
    {("a_kk", "2 332,6"), ("a_uz", "2 332,6 минг"), ("a_ru", "2 332,6")},
    {("a_kk", "1 250,8"), ("a_ru", "1 250,8")},
    {("a_kk", "2 160,3"), ("a_uz", "2 160,3 минг")},  # "(2 332,6 минг киши), Туркистон вилоятида (2 160,3 минг)"
    {("b_kk", "2 012,4 мың тонна"), ("b_ru", "2 012,4 тыс. тонн")},
    {("b_uz", "198,7"), ("b_kk", "198,7 мың тонна"), ("b_ru", "198,7 тыс. тонн"), ("b_lat", "198,7 ming tonna")},
    {("b_uz", "175,3"), ("b_ru", "175,3 тыс. тонн"), ("b_lat", "175,3 ming tonna")},
    {("b_uz", "1 942,5 минг тонна"), ("b_ru", "1 942,5 тыс. тонн")},
    {("c_kk", "104,7 млн тонна"), ("c_uz", "104,7 миллион тонна"), ("c_ru", "104,7 млн тонн")},
    {("c_kk", "107 млн тонна"), ("c_uz", "107 миллион тонна"), ("c_ru", "107 млн тонн")},
    # 2024's, in a bracket after the base of the comparison (uz) and before "годом ранее" (ru)
    {("c_kk", "109,8 млн тонна"), ("c_uz", "109,8 миллион тонна"), ("c_ru", "109,8 млн тонн")},
    {("c_kk", "36,9 млн тонна"), ("c_uz", "36,9 миллион тонна"), ("c_ru", "36,9")},
    {("c_kk", "4,6 пайызға"), ("c_uz", "4,6 фоиз"), ("c_ru", "4,6%")},
    {("d_kk", "9 872,4 мың"), ("d_uz", "9 872,4 минг"), ("d_ru", "9 872,4 тыс."), ("d_lat", "9 872,4 ming")},
    {("d_kk", "5 022,8"), ("d_uz", "5 022,8 минг"), ("d_ru", "5 022,8"), ("d_lat", "5 022,8 ming")},
    {("d_kk", "58,7 мың тоннаға"), ("d_uz", "58,7 минг тоннани"), ("d_ru", "58,7 тыс. тонн"),
     ("d_lat", "58,7 ming tonnaga")},
    {("d_kk", "13 млн"), ("d_ru", "13 млн")},  # the year's target
    {("d_kk", "9 149,6 мың"), ("d_ru", "9 149,6 тыс.")},  # last year's, "бұл көрсеткіш" (the indicator) in people
    {("d_kk", "9,1 млн"), ("d_ru", "9,1 млн")},  # Almaty airport in 2024, in both read-also lines
    # the exports to Russia, a part named by its place ("оның ішінде Ресейге", "в том числе в Россию")
    {("c_kk", "19,8 млн тонна"), ("c_uz", "19,8 миллион тонна"), ("c_ru", "19,8 млн тонн")},
]

# figures of different facts that share a number's neighbourhood, a measure or a place: never one fact
APART = [
    (("a_kk", "139,5 мың"), ("a_kk2", "13,3 мың")),  # natural increase and net migration
    (("b_uz", "230,5"), ("b_kk", "8 640,7 мың тоннаға")),  # meat and milk
    (("b_uz", "2 012,4 минг тонна"), ("b_ru", "1 942,5 тыс. тонн")),  # this year's meat and last year's
    (("b_uz", "1 980 минг тонна"), ("b_ru", "2 012,4 тыс. тонн")),  # the plan and the actual
    (("c_kk", "104,7 млн тонна"), ("c_uz", "107 миллион тонна")),  # the actual and the plan
    (("c_ru", "64,3"), ("c_kk", "61,2 млн тонна")),  # Pavlodar in 2024 and in 2025
    (("c_ru", "38,2"), ("c_uz", "36,9 миллион тонна")),  # Karaganda in 2024 and in 2025
    (("d_kk", "5 318,2 мың"), ("d_kk", "4 554,2 мың")),  # international and domestic flights
    (("d_kk", "9 149,6 мың"), ("d_ru", "9 872,4 тыс.")),  # last year's passengers and this year's
    (("d_kk", "9,1 млн"), ("d_uz", "7 415,3 минг")),  # Almaty in 2024 (read also) and in nine months of 2025
    (("d_kk", "12,3 пайызға"), ("d_ru", "9,7%")),  # cargo's growth and passengers'
]


@functools.cache
def _docs() -> tuple[fr.Document, ...]:
    return tuple(fr.read_document(p, lang=LANGS[p.stem.split("_")[1]]) for p in sorted(DATA.glob("*.txt")))


@functools.cache
def _report() -> fr.Report:
    return fr.reconcile(list(_docs()))


def _claim(page: str, text: str) -> fr.Claim:
    [doc] = [d for d in _docs() if d.id == PAGES[page]]
    found = [c for c in fr.extract_claims(doc) if c.quantity.text == text]
    assert found, f"{page} states no claim {text!r}"
    return found[0]


def _fact_of(page: str, text: str) -> str:
    """The fact that holds the figure (its index), or the claim's own id when no other page states it."""
    claim = _claim(page, text)
    return next((str(i) for i, f in enumerate(_report().facts) if claim.id in {c.id for c in f.claims}), claim.id)


@pytest.mark.parametrize(("wrong", "right"), CONFLICTS, ids=[w[0] + ":" + w[1] for w, _ in CONFLICTS])
def test_each_deliberate_conflict_is_found(wrong: tuple[str, str], right: tuple[str, str]) -> None:
    ids = {_claim(*wrong).id, _claim(*right).id}
    assert any(ids <= {c.id for c in f.claims} and str(f.kind) == "conflict" for f in _report().findings)


def test_no_finding_but_the_deliberate_conflicts() -> None:
    # (every claim of a misreported figure: the ru page states its 9,7 % in the headline and the body)
    docs = {d.id: d for d in _docs()}
    wrong = {c.id for (page, text), _ in CONFLICTS for c in fr.extract_claims(docs[PAGES[page]])
             if c.quantity.text == text}
    for finding in _report().findings:
        # every finding holds one of the misreported figures (an arithmetic check too: the ru page's 9,7 % against
        # its own two levels): none is between two figures that agree
        assert wrong & {c.id for c in finding.claims}, finding.message
    facts = [f for f in _report().findings if str(f.kind) in ("conflict", "divergent")]
    assert len(facts) == len({w for w, _ in CONFLICTS})


@pytest.mark.parametrize("shared", SHARED, ids=[":".join(sorted(p for p, _ in s)) + ":" + min(s)[1] for s in SHARED])
def test_a_figure_the_pages_share_is_one_fact(shared: set[tuple[str, str]]) -> None:
    facts = {_fact_of(*mention) for mention in shared}
    assert len(facts) == 1
    assert str(_report().facts[int(facts.pop())].verdict) == "consistent"


@pytest.mark.parametrize(("one", "other"), APART, ids=[a[1] + "/" + b[1] for a, b in APART])
def test_different_facts_stay_apart(one: tuple[str, str], other: tuple[str, str]) -> None:
    assert _fact_of(*one) != _fact_of(*other)


def test_the_republished_copy_is_one_source_with_its_original() -> None:
    copies = {d.id: d.copy_of for d in _report().documents}
    assert copies[PAGES["a_kk2"]] == PAGES["a_kk"]


@pytest.mark.parametrize(("page", "text", "measure"), [
    ("b_uz", "230,5", "meat"),
    ("b_uz", "1 050,2", "milk"),  # the table's columns: "Вилоят | Гўшт | Сут"
    ("a_ru", "1 515,4", "population"),  # the table's header above its head row, not the rural line before it
    ("b_lat", "8 460,7 ming tonnani", "milk"),
    ("b_ru", "6,2 млрд", "egg"),
    ("c_kk", "61,2 млн тонна", "coal"),
    ("c_ru", "104,7 млн тонн", "coal"),
    ("d_ru", "9,7%", "passenger"),  # a change of what is counted, no share of it
    ("d_uz", "7 415,3 минг", "passenger"),  # "Алмати аэропорти орқали 7 415,3 минг, Остона ... 5 022,8 минг йўловчи"
    ("d_kk", "5 318,2 мың", "passenger>international"),  # the part named before its figure, not by the total's noun
    ("d_uz", "5 813,2 минг", "passenger>international"),  # "халқаро рейсларда": the same part in uz-Cyrl
    ("d_kk", "4 554,2 мың", "passenger>domestic"),
])
def test_the_products_are_told_apart(page: str, text: str, measure: str) -> None:
    # meat and milk (coal and oil) are different facts, never one "production"
    assert _claim(page, text).measure == measure


def test_a_september_with_its_voiced_ending_is_september() -> None:
    # "қаңтар-қыркүйегінде": қыркүйек voices its к before a vowel; January-September, not January
    assert str(_claim("b_kk", "2 012,4 мың тонна").time) == "2025-01-01/2025-09-30"


@pytest.mark.parametrize(("lang", "grew"), [
    ("kk", "Жыл басынан бері Қарағанды облысының халқы 12,4 мың адамға көбейді."),
    ("uz-Cyrl", "Йил бошидан буён Қарағанда вилояти аҳолиси 12,4 минг кишига кўпайди."),
    ("ru", "С начала года население Карагандинской области увеличилось на 12,4 тыс. человек."),
])
def test_a_growth_in_people_is_no_level_of_the_population(lang: str, grew: str) -> None:
    # "grew by 12,4 thousand people" against the region's population of 1 135,2 thousand: a change and a level,
    # two facts, not a conflict (the pages share the births, so their identity would be clear)
    births = {"kk": "Облыста 9 айда 14 250 нәресте дүниеге келді.",
              "uz-Cyrl": "Вилоятда 9 ойда 14 250 чақалоқ туғилди.",
              "ru": "В области за 9 месяцев родились 14 250 младенцев."}
    grown = fr.Document(f"Облыс халқы өсті\n{grew} {births[lang]}\n", id="grown", lang=lang, published="2025-11-14")
    level = fr.Document("Өңірлердегі халық саны\nАСТАНА. KAZINFORM – 2025 жылғы 1 қазандағы жағдай бойынша Қарағанды "
                        "облысының халқы 1 135,2 мың адам болды. Облыста 9 айда 14 250 нәресте дүниеге келді.\n",
                        id="level", lang="kk", published="2025-11-14")
    [change] = [c for c in fr.extract_claims(grown) if c.quantity.text.startswith("12,4")]
    assert change.quantity.change
    assert not fr.reconcile([grown, level]).findings


AGENCY = ("2025 жылы Қазақстанда 104,7 млн тонна көмір өндірілді\nАСТАНА. KAZINFORM – Өткен жылы елімізде 104,7 млн "
          "тонна көмір өндірілді. Павлодар облысында 61,2 млн тонна, Қарағанды облысында 36,9 млн тонна көмір "
          "өндірілді.\n")


@pytest.mark.parametrize(("lang", "text"), [
    ("uz-Cyrl", "Қозоғистонда ўтган йили кўмир қазиб олиш 2024 йилдагидан (105,6 миллион тонна) 0,9 фоиз камайди."),
    ("kk", "Өткен жылы көмір өндіру 2024 жылғы көрсеткіштен (105,6 млн тонна) 0,9 пайызға азайды."),
    ("ru", "Добыча угля в Казахстане в 2025 году снизилась на 0,9% против 105,6 млн тонн годом ранее."),
    ("ru", "Добыча угля в 2025 году снизилась на 0,9% по сравнению с 2024 годом (105,6 млн тонн)."),
])
def test_last_years_figure_beside_the_change_is_last_years(lang: str, text: str) -> None:
    # the figure a change is measured against, in a bracket after its base or before "годом ранее", is 2024's: one
    # rounding from this year's 104,7 on the agency's page, it was a false conflict while it took the sentence's year
    regions = {"kk": "Павлодар облысында 61,2 млн тонна, Қарағанды облысында 36,9 млн тонна көмір өндірілді.",
               "uz-Cyrl": "Павлодар вилоятида 61,2 миллион тонна, Қарағанда вилоятида 36,9 миллион тонна кўмир "
                          "қазиб олинган.",
               "ru": "В Павлодарской области добыто 61,2 млн тонн, в Карагандинской — 36,9 млн тонн."}
    page = fr.Document(f"Көмір\n{text} {regions[lang]}\n", id="page", lang=lang, published="2026-01-15")
    [base] = [c for c in fr.extract_claims(page) if c.quantity.text.startswith("105,6")]
    assert str(base.time) == "2024-01-01/2024-12-31"
    assert not fr.reconcile([fr.Document(AGENCY, id="agency", lang="kk", published="2026-01-14"), page]).findings


@pytest.mark.parametrize(("lang", "text"), [
    ("uz-Cyrl", "2025 йил январь-сентябрь ойларида 2 012,4 минг тонна гўшт етиштирилди. Ўтган йили мазкур даврда "
                "1 942,5 минг тонна гўшт етиштирилган эди."),
    ("uz-Latn", "2025-yil yanvar-sentabr oylarida 2 012,4 ming tonna go‘sht yetishtirildi. O‘tgan yili mazkur davrda "
                "1 942,5 ming tonna go‘sht yetishtirilgan edi."),
    ("kk", "2025 жылдың қаңтар-қыркүйегінде 2 012,4 мың тонна ет өндірілді. Өткен жылы осы кезеңде 1 942,5 мың тонна "
           "ет өндірілген."),
])
def test_last_year_in_this_period_is_the_same_months_of_last_year(lang: str, text: str) -> None:
    # "ўтган йили мазкур даврда" (last year, in this period): January-September 2024, not the whole of 2024
    claims = fr.extract_claims(fr.Document(text, id="x", lang=lang, published="2025-10-22"))
    assert [str(c.time) for c in claims] == ["2025-01-01/2025-09-30", "2024-01-01/2024-09-30"]


@pytest.mark.parametrize("lang", ["kk", "ru", "uz-Cyrl"])
def test_a_head_row_of_years_under_a_unit_states_no_figures(lang: str) -> None:
    # "Регион | 2024 | 2025" under "(млн тонн):" names the columns' years: no claims of 2 024 million tonnes
    head = {"kk": "Өңірлер бойынша көмір өндіру (млн тонна):\nӨңір",
            "ru": "Добыча угля по регионам (млн тонн):\nРегион",
            "uz-Cyrl": "Вилоятлар кесимида кўмир қазиб олиш (млн тонна):\nВилоят"}[lang]
    text = f"Көмір\n{head} | 2024 | 2025\nПавлодар | 64,3 | 61,2\nҚарағанды | 2021 | 2030\n"
    claims = fr.extract_claims(fr.Document(text, id="x", lang=lang, published="2026-01-14"))
    assert [(c.quantity.text, c.quantity.unit, str(c.time)[:4]) for c in claims] == [
        ("64,3", "t", "2024"), ("61,2", "t", "2025"), ("2021", "t", "2024"), ("2030", "t", "2025")]


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Экспорт угля составил 27,4 млн тонн, в том числе в Россию — 19,8 млн тонн."),
    ("kk", "Көмір экспорты 27,4 млн тоннаны құрады, оның ішінде Ресейге 19,8 млн тонна жөнелтілді."),
    ("uz-Cyrl", "Кўмир экспорти 27,4 миллион тоннани ташкил этди, шундан Россияга 19,8 миллион тонна жўнатилди."),
])
def test_a_part_named_by_the_place_it_went_to(lang: str, text: str) -> None:
    # neither the preposition ("в") nor the verb ("жөнелтілді", shipped) names the part: the place does
    claims = fr.extract_claims(fr.Document(text, id="x", lang=lang, published="2026-01-14"))
    assert [c.measure for c in claims] == ["export", "export"]
    assert [p.code for p in claims[1].context] == ["RU"]


def test_a_preposition_after_a_count_counts_nothing() -> None:
    text = "В январе-августе 2025 года экспорт составил 504,4 млн долларов против 459,1 млн в аналогичном периоде."
    claims = fr.extract_claims(fr.Document(text, id="x", lang="ru", published="2025-10-01"))
    assert [c.measure for c in claims] == ["export", ""]  # not "~v", which another page's "в" would meet


@pytest.mark.parametrize(("lang", "text"), [
    ("kk", "Жыл басынан бері ел халқы 152,8 мың адамға көбейді. Оның ішінде табиғи өсім 139,5 мың адам, көші-қон "
           "сальдосы 13,3 мың адам болды."),
    ("uz-Cyrl", "Йил бошидан буён аҳоли сони 152,8 минг кишига кўпайган. Шундан табиий ўсиш 139,5 минг кишини, "
                "миграция сальдоси 13,3 минг кишини ташкил этди."),
    ("ru", "С начала года население увеличилось на 152,8 тыс. человек, из них естественный прирост составил 139,5 "
           "тыс., а миграционное сальдо — 13,3 тыс. человек."),
])
def test_the_parts_of_a_growth_are_named_before_their_people(lang: str, text: str) -> None:
    # "оның ішінде табиғи өсім 139,5 мың адам": the people after the figure are its unit, the part is named before
    # it; the natural increase and the net migration were one measure, population>person
    claims = fr.extract_claims(fr.Document(text, id="x", lang=lang, published="2025-11-14"))
    assert [c.measure for c in claims] == ["population", "natural_increase", "net_migration"]


@pytest.mark.parametrize(("lang", "text"), [
    ("kk", "Қала тұрғындары 12 870,4 мың адам, ауыл тұрғындары 7 568,5 мың адам."),
    ("kk", "Оның ішінде қала тұрғындары – 12 870,4 мың адам, ауыл тұрғындары – 7 568,5 мың адам."),
    ("uz-Cyrl", "Аҳолининг 12 870,4 минг нафари шаҳарларда, 7 568,5 минг нафари қишлоқ жойларида яшайди."),
    ("ru", "Городское население — 12 870,4 тыс. человек, сельское — 7 568,5 тыс."),
])
def test_urban_and_rural_residents_are_measures_of_their_own(lang: str, text: str) -> None:
    # with or without the total, in a sentence or after dashes, elided ("сельское —"): never "person", never the
    # population, and the second part never the first's
    claims = fr.extract_claims(fr.Document(text, id="x", lang=lang, published="2025-11-14"))
    assert [c.measure for c in claims] == ["urban", "rural"]


def test_farming_is_no_rural_population() -> None:
    [claim] = fr.extract_claims(fr.Document("В сельском хозяйстве занято 1,2 млн человек.", id="x", lang="ru"))
    assert claim.measure != "rural"


SEXES = {
    "kk": "Халық саны\n2025 жылғы 1 қазанда ел халқының 10 486,2 мыңы әйелдер, 9 952,7 мыңы ерлер. Қаңтар-қыркүйекте "
          "281,6 мың нәресте дүниеге келді.\n",
    "uz-Cyrl": "Аҳоли\n2025 йил 1 октябрь ҳолатига аҳолининг 10 486,2 минг нафари аёллар, 9 952,7 минг нафари "
               "эркаклар. Январь-сентябрь ойларида 281,6 минг чақалоқ туғилди.\n",
    "ru": "Население\nНа 1 октября 2025 года женщин — {women} тыс., мужчин — 9 952,7 тыс. человек. За январь-сентябрь "
          "родились 281,6 тыс. детей.\n",
}


def test_women_are_no_population() -> None:
    # "ел халқының 10 486,2 мыңы әйелдер" (10 486,2 thousand of the population are women) was the population: a false
    # conflict with another page's 20 438,9 thousand
    total = ("Население Казахстана превысило 20,4 млн\nЧисленность населения на 1 октября 2025 года составила "
             "20 438,9 тыс. человек. За январь-сентябрь родились 281,6 тыс. детей.\n")
    docs = [fr.Document(SEXES["kk"], id="kk", lang="kk", published="2025-11-14"),
            fr.Document(total, id="ru", lang="ru", published="2025-11-14")]
    assert [c.measure for c in fr.extract_claims(docs[0])] == ["women", "men", "birth"]
    assert not fr.reconcile(docs).findings


def test_a_misreported_count_of_women_is_found() -> None:
    docs = [fr.Document(text.format(women="10 468,2"), id=lang, lang=lang, published="2025-11-14")
            for lang, text in SEXES.items()]
    [finding] = fr.reconcile(docs).findings
    assert {c.quantity.text for c in finding.claims} >= {"10 468,2 тыс.", "10 486,2 мыңы"}


@pytest.mark.parametrize(("nov_lang", "aug_lang"), [("kk", "kk"), ("uz-Cyrl", "ru")])
def test_two_months_releases_with_no_period_written_are_no_conflict(nov_lang: str, aug_lang: str) -> None:
    # "since the start of the year" on pages published three months apart: the growth (98,4 and 152,8 thousand)
    # and the population they reached are two months' figures; the populations, eight digits each and 54 400 apart,
    # are no agreement of the frames (they were counted +0.99 as "figures stated with them agree")
    text = {
        "kk": "Ел халқы\nАСТАНА. KAZINFORM – Жыл басынан бері ел халқы {grew} мың адамға көбейіп, {level} адамға "
              "жетті. Бұл туралы Ұлттық статистика бюросы хабарлады.\n",
        "uz-Cyrl": "Қозоғистон аҳолиси\nЙил бошидан буён Қозоғистон аҳолиси {grew} минг кишига кўпайиб, {level} "
                   "кишига етди.\n",
        "ru": "Население Казахстана\nС начала года население Казахстана увеличилось на {grew} тыс. человек и "
              "достигло {level} человек.\n",
    }
    docs = [fr.Document(text[nov_lang].format(grew="152,8", level="20 438 912"), id="nov", lang=nov_lang,
                        published="2025-11-14"),
            fr.Document(text[aug_lang].format(grew="98,4", level="20 384 512"), id="aug", lang=aug_lang,
                        published="2025-08-12")]
    assert not fr.reconcile(docs).findings


TASHKENT = {
    "uz-Cyrl": "Аҳоли сони\nТОШКЕНТ. 2025 йил 1 октябрь ҳолатига Ўзбекистон аҳолиси 37 862,4 минг кишини ташкил этди.\n"
               "Вилоятлар кесимида (минг киши):\n- Тошкент шаҳри – 3 095,5\n- Тошкент вилояти – 3 009,2\n"
               "- Самарқанд вилояти – 4 280,6\n",
    "ru": "Население Узбекистана\nНа 1 октября 2025 года население Узбекистана составило 37 862,4 тыс. человек. В "
          "Ташкенте проживают 3 095,5 тыс. человек, в Ташкентской области — {region} тыс., в Самаркандской — 4 280,6 "
          "тыс.\n",
    "kk": "Өзбекстан халқы\nТАШКЕНТ. KAZINFORM – 2025 жылғы 1 қазандағы жағдай бойынша Өзбекстан халқы 37 862,4 мың "
          "адам болды. Ташкент қаласында 3 095,5 мың, Ташкент облысында 3 009,2 мың адам тұрады.\n",
}


@pytest.mark.parametrize(("region", "conflicts"), [("3 009,2", 0), ("3 090,2", 1)])
def test_a_city_and_its_region_are_told_apart(region: str, conflicts: int) -> None:
    # Tashkent city and Tashkent region, in a list, after "в" and in the locative; people who live ("тұрады",
    # "проживают") in a place are its population
    docs = [fr.Document(text.format(region=region), id=lang, lang=lang, published="2025-10-10")
            for lang, text in TASHKENT.items()]
    assert {c.measure for d in docs for c in fr.extract_claims(d)} == {"population"}
    findings = fr.reconcile(docs).findings
    assert len(findings) == conflicts
    assert all({c.quantity.text for c in f.claims} >= {"3 090,2 тыс.", "3 009,2"} for f in findings)


POSTS = {
    "uz-Cyrl": "🥩 9 ойлик натижалар\nГўшт етиштириш — 2 012,4 минг тонна (+3,6%)\n"
               "🥛 Сут — 8 640,7 минг тонна (+{milk}%)\n🥚 Тухум — 6,2 млрд дона\n👁 15 320\n",
    "uz-Latn": "📊 To‘qqiz oy yakunlari\n🥩 Go‘sht — 2 012,4 ming tonna (+3,6%)\n🥛 Sut — 8 640,7 ming tonna (+2,9%)\n"
               "🥚 Tuxum — 6,2 mlrd dona\n",
}


@pytest.mark.parametrize(("milk", "found"), [("2,9", 0), ("2,3", 1)])
def test_channel_posts_of_nine_months_results(milk: str, found: int) -> None:
    # "9 ойлик натижалар", "To‘qqiz oy yakunlari" (nine months' results) name the posts' period: no claim of a
    # duration of nine months, and the emoji lines are January-September's
    docs = [fr.Document(text.format(milk=milk), id=lang, lang=lang, published="2025-10-22")
            for lang, text in POSTS.items()]
    for doc in docs:
        claims = fr.extract_claims(doc)
        assert [c.measure for c in claims] == ["meat", "meat", "milk", "milk", "egg"]
        assert {str(c.time) for c in claims} == {"2025-01-01/2025-09-30"}
    assert len(fr.reconcile(docs).findings) == found


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("uz-Cyrl", "Кўмир қазиб олиш 0,9 фоиз камайди.", "-0.9"),
    ("uz-Latn", "Ko‘mir qazib olish 0,9 foiz kamaydi.", "-0.9"),
    ("kk", "Көмір өндірісі 5 пайыз өсті.", "5"),
])
def test_a_percentage_with_no_ending_before_a_change_verb_is_a_change(lang: str, text: str, value: str) -> None:
    # as "0,9 фоизга камайди" is; a level of coal of 0,9 % would meet another page's share
    [claim] = fr.extract_claims(fr.Document(text, id="x", lang=lang))
    assert claim.quantity.change
    assert str(claim.quantity.value) == value


def test_an_old_read_also_headline_is_no_conflict() -> None:
    # "Оқи отырыңыз: Павлодар облысында 64,3 млн тонна көмір өндірілді" on a page about Karaganda is another story's
    # headline, of no stated year; another page's Pavlodar figure of 2025 (61,2) is another fact
    kar = ("Қарағанды облысында 36,9 млн тонна көмір өндірілді\nҚАРАҒАНДЫ. Өткен жылы облыста 36,9 млн тонна көмір "
           "өндірілді. Елде барлығы 104,7 млн тонна көмір алынды.\nОқи отырыңыз: Павлодар облысында 64,3 млн тонна "
           "көмір өндірілді\n👁 812\n")
    nat = ("Добыча угля в 2025 году\nВ 2025 году в Казахстане добыто 104,7 млн тонн угля. В Павлодарской области — "
           "61,2 млн тонн, в Карагандинской — 36,9 млн тонн.\n")
    docs = [fr.Document(kar, id="kar", lang="kk", published="2026-01-14"),
            fr.Document(nat, id="nat", lang="ru", published="2026-01-14")]
    assert not fr.reconcile(docs).findings
    # the same line's figure is the other story's: it still meets that story's own page as one fact
    other = fr.Document("Павлодар облысында 64,3 млн тонна көмір өндірілді\nПАВЛОДАР. Облыста 64,3 млн тонна көмір "
                        "өндірілді.\n", id="pav", lang="kk", published="2025-01-10")
    facts = fr.reconcile([docs[0], other]).facts
    assert any({c.doc_id for c in f.claims} == {"kar", "pav"} for f in facts)
