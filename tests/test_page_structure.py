"""Pages read as pages: list items and their header, parts under a total, read-also lines, republished
articles; and linking on evidence (docs/explanation/linking.md). The texts are our own."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factrecon as fr
from claim_factory import claim, qty
from factrecon.copies import find_copies, fingerprint
from factrecon.model import Verdict
from factrecon.strategies import ArticleSet, article_sets

KK_LIST = """15:40, 26 Желтоқсан 2025 | GMT +5
Өзбекстанда биыл мақта жиналды
ТАШКЕНТ. KAZINFORM – Өзбек диқандары 2025 жылы мол өнім жинады.
Мақта өндіретін ірі өңірлер (2025 жыл):
- Қашқадария облысы – 535 мың тонна;
- Сурхандария облысы – 372 мың тонна;
- Жизақ облысы – 287 мың тонна.
Оқи отырыңыз: Қазақстанда биыл 430 мың тонна мақта жиналды
"""
UZ_LIST = """16.12.2025 | Жамият
Вилоятларда пахта ҳосили
Жорий йилда вилоятларда пахта терими якунланди.
Пахта етиштирган вилоятлар (2025 йил):
- Қашқадарё вилояти – 535 минг тонна;
- Сурхондарё вилояти – 327 минг тонна;
- Жиззах вилояти – 287 минг тонна.
Шунингдек ўқинг: Наманган вилояти 214,2 минг тоннадан зиёд ҳосил берди
"""


def _places(c: fr.Claim) -> set[tuple[str, str]]:
    return {(p.code, p.role) for p in c.context}


def test_a_list_item_keeps_the_place_at_the_head_of_its_line_and_its_header_s_measure() -> None:
    claims = fr.extract_claims(fr.Document(KK_LIST, id="kk"))
    items = {c.quantity.text: c for c in claims}
    assert ("UZ-QA", "of") in _places(items["535 мың тонна"])
    assert ("UZ-SU", "of") in _places(items["372 мың тонна"])
    assert ("UZ-QA", "of") not in _places(items["372 мың тонна"])
    # the header "Мақта өндіретін ірі өңірлер (2025 жыл):" gives the items their measure and year
    assert {c.measure for c in items.values()} == {"cotton"}
    assert all(c.time is not None and c.time.start.year == 2025 for c in items.values())


def test_a_regional_list_joins_region_with_region_and_flags_only_the_one_that_differs() -> None:
    report = fr.reconcile([fr.Document(KK_LIST, id="kk"), fr.Document(UZ_LIST, id="uz")])
    pairs = sorted(tuple(sorted(c.quantity.text for c in f.claims)) for f in report.facts)
    assert pairs == [("287 минг тонна", "287 мың тонна"), ("327 минг тонна", "372 мың тонна"),
                     ("535 минг тонна", "535 мың тонна")]
    (finding,) = report.findings
    assert finding.kind == "conflict"
    assert {c.quantity.text for c in finding.claims} == {"372 мың тонна", "327 минг тонна"}
    # the finding says why the two figures are one fact, and how strongly
    assert any("UZ-SU" in item for item in finding.evidence)
    assert finding.score is not None
    assert finding.score >= 1.25
    as_json = report.to_dict()["findings"][0]
    assert as_json["evidence"] == list(finding.evidence)
    assert as_json["score"] == finding.score
    assert "UZ-SU" in report.to_html()


def test_a_read_also_line_states_a_level_it_names_the_place_of_and_a_byline_nothing() -> None:
    claims = {c.quantity.text: c for c in fr.extract_claims(fr.Document(KK_LIST, id="kk"))}
    # "Оқи отырыңыз: Қазақстанда биыл 430 мың тонна ...": another story's headline, a fact of its place
    assert ("KZ", "in") in _places(claims["430 мың тонна"])
    assert not {"26", "2025", "+5"} & set(claims)  # "15:40, 26 Желтоқсан 2025 | GMT +5": the page's furniture
    uz = {c.quantity.text for c in fr.extract_claims(fr.Document(UZ_LIST, id="uz"))}
    assert any("214,2" in t for t in uz)


@pytest.mark.parametrize(
    ("lang", "line", "figure"),
    [
        ("kk", "Оқи отырыңыз: Экспорт 3 млрд долларға жетті", "3 млрд"),  # no place: what is it about?
        ("uz-Cyrl", "Шунингдек ўқинг: Экспорт 3 млрд долларга етди", "3 млрд"),
        ("ru", "Читайте также: Экспорт достиг $3 млрд", "3 млрд"),
        ("kk", "Оқи отырыңыз: Қазақстан экспортты 2 млрд долларға арттырды", "2 млрд"),  # a change: of which base?
        ("uz-Cyrl", "Шунингдек ўқинг: Ўзбекистон экспорти 12 фоизга ошди", "12 фоиз"),
        ("ru", "Читайте также: Экспорт Казахстана вырос на 12%", "12%"),
    ],
)
def test_a_read_also_line_states_no_figure_without_a_place_and_no_change(lang: str, line: str, figure: str) -> None:
    text = f"Биржа\nБүгін нарық ашылды.\n{line}\n"
    texts = {c.quantity.text for c in fr.extract_claims(fr.Document(text, id="t", lang=lang))}
    assert not any(figure in t for t in texts)
    # the same words as a sentence of the page's own story are a claim
    own = {c.quantity.text for c in fr.extract_claims(fr.Document(line.split(": ", 1)[1] + ".", id="o", lang=lang))}
    assert any(figure in t for t in own)


def test_a_page_s_timestamp_line_dates_its_relative_times() -> None:
    """"Жорий йилда" (this year) resolves against the date of the page's timestamp line."""
    text = "16.12.2025 | Жамият\nПахта\nЖорий йилда вилоятда 535,2 минг тонна пахта терилди.\n"
    (c,) = fr.extract_claims(fr.Document(text, id="uz", lang="uz-Cyrl"))
    assert c.time is not None
    assert (c.time.start.year, c.time.end.year) == (2025, 2025)


KK_PARTS = """ date 2025-02-11 Қазақстан халқы 20 миллионнан асты
АСТАНА. KAZINFORM — Ұлттық статистика бюросы 2024 жылғы демографиялық ахуалдың қорытындысын жариялады.
2025 жылғы 1 қаңтардағы жағдай бойынша ел халқы 20 286 084 адамға жетті, оның ішінде:
- қала тұрғындары – 12 774 743;
- ауыл тұрғындары – 7 511 341.
"""
UZ_PARTS = """ date 2025-02-12 Қозоғистон аҳолиси 20 миллиондан ошди
ASTANA. Kazinform — Қозоғистон Миллий статистика бюроси демографик ҳолат бўйича маълумот эълон қилди.
2025 йил 1 январь ҳолатига кўра, мамлакат аҳолиси 20 286 084 кишини ташкил этди. Шундан 12 774 743 нафари \
шаҳарларда, 7 511 341 нафари қишлоқ жойларда яшайди.
"""


def test_parts_under_a_total_are_not_the_total() -> None:
    for text in (KK_PARTS, UZ_PARTS):
        by_text = {c.quantity.text.split(" нафари")[0]: c for c in fr.extract_claims(fr.Document(text, id="d"))}
        total, urban, rural = by_text["20 286 084"], by_text["12 774 743"], by_text["7 511 341"]
        assert total.measure == "population"
        # urban and rural residents are measures of their own (as "Қала тұрғындары 12 774,7 мың адам" states one
        # without the total), never the total's, and different ones
        assert (urban.measure, rural.measure) == ("urban", "rural")
    report = fr.reconcile([fr.Document(KK_PARTS, id="kk"), fr.Document(UZ_PARTS, id="uz")])
    assert report.findings == ()  # a part never conflicts with its total, nor with another part
    assert any(f.measure == "population" and f.verdict is Verdict.CONSISTENT for f in report.facts)


def test_a_table_takes_its_measure_from_its_header_line_and_its_places_from_its_rows() -> None:
    text = "Тоғыз айда өңірлерде жиналған астық (мың тонна):\nҚашқадария – 808,9\nСурхандария – 826,5\n"
    rows = [c for c in fr.extract_claims(fr.Document(text, id="t", lang="kk")) if "," in c.quantity.text]
    assert [c.measure for c in rows] == ["harvest", "harvest"]
    assert [sorted(code for code, role in _places(c) if role == "of") for c in rows] == [["UZ-QA"], ["UZ-SU"]]


ARTICLE = """Шымкентте жаңа тоқыма фабрикасы ашылды
ШЫМКЕНТ. KAZINFORM – Шымкент қаласында жылына 4 200 тонна иірілген жіп шығаратын тоқыма фабрикасы \
іске қосылды. Жобаның құны 12,5 млрд теңгені құрады. Кәсіпорында 350 адам жұмыс істейді, олардың 70 \
пайызға жуығы – әйелдер. Өнімнің 60 пайызы Ресей мен Қытайға экспортталады. Фабрика 8 гектар жерде \
орналасқан. Қала әкімдігінің мәліметінше, алдағы уақытта кәсіпорын қуатын 5 мың тоннаға дейін арттыру \
жоспарланып отыр. Жоба аясында 120 жаңа жұмыс орны ашылды.
Дереккөз: Kazinform
"""


def test_a_republished_article_is_one_source_with_its_original() -> None:
    original = fr.Document(ARTICLE, id="a-agency", lang="kk")
    # the same body under another name, a new headline and without the footer
    body = ARTICLE.split("\n", 1)[1].rsplit("Дереккөз", 1)[0]
    copy = fr.Document("Оңтүстік астанада фабрика іске қосылды\n" + body, id="b-portal", lang="kk")
    other = fr.Document(ARTICLE.replace("12,5 млрд", "15,2 млрд").replace("350 адам", "530 адам"),
                        id="c-paper", lang="kk")
    assert find_copies([(d.id, _body(d)) for d in (original, copy, other)]) == {"b-portal": "a-agency"}
    report = fr.reconcile([original, copy, other])
    assert {d.id: d.copy_of for d in report.documents} == {"a-agency": None, "b-portal": "a-agency", "c-paper": None}
    without = fr.reconcile([original, other])
    assert sorted(f.verdict for f in report.facts) == sorted(f.verdict for f in without.facts)
    # no finding between the copy and its original; the copy's figures sit in its original's facts
    for finding in report.findings:
        assert {"a-agency", "b-portal"} - {c.doc_id for c in finding.claims} or "c-paper" in {
            c.doc_id for c in finding.claims}
    assert any("b-portal" in {c.doc_id for c in f.claims} for f in report.facts)
    assert report.to_dict()["documents"][1]["copy_of"] == "a-agency"


def _body(doc: fr.Document) -> str:
    return fingerprint(doc.text, fr.extract_claims(doc))


def test_two_claims_join_only_on_evidence_beyond_measure_and_unit() -> None:
    bare = [claim("a", qty("30"), "project"), claim("b", qty("31", start=5), "project")]
    assert fr.reconcile(bare).facts == ()  # nothing for or against: abstain
    twins = [claim("a", qty("880946", unit="t"), "harvest"), claim("b", qty("880946", unit="t", start=5), "harvest")]
    (fact,) = fr.reconcile(twins).facts  # a precise figure stated twice is evidence enough
    assert fact.verdict is Verdict.CONSISTENT


def test_a_figure_that_found_its_twin_is_not_another_claim_s_conflicting_partner() -> None:
    """Within a pair of documents the claims align one to one, best evidence first."""
    a1 = claim("a", qty("880946", unit="t"), "harvest", year=2025)
    a2 = claim("a", qty("709198", unit="t", start=40), "harvest", year=2025)
    b1 = claim("b", qty("880946", unit="t"), "harvest", year=2025)
    report = fr.reconcile([a1, a2, b1])
    (fact,) = report.facts
    assert {c.quantity.text for c in fact.claims} == {"880946"}
    assert report.findings == ()


#: A paragraph without figures that makes an article long enough to be told as a copy (find_copies reads
#: bodies of 200 characters and more); the article's id makes it its own.
_STORY = "Бұл хабарды {id} агенттігінің тілшісі облыс әкімдігінің баспасөз қызметіне сілтеме жасап дайындады. "


@settings(max_examples=25, deadline=None)
@given(article_sets(), st.data())
def test_a_republished_copy_changes_no_verdict(a: ArticleSet, data: st.DataObject) -> None:
    """Republished under another id, with a new headline and its last line cut, an article adds no fact
    and changes no verdict: it is one source with its original."""
    i = data.draw(st.integers(0, len(a.documents) - 1))
    doc = a.documents[i]
    long = fr.Document(doc.text + _STORY.format(id=doc.id) * 3 + "\nДереккөз: агенттік\n", id=doc.id,
                       lang=doc.lang, published=doc.published)
    docs = [*a.documents[:i], long, *a.documents[i + 1 :]]
    body = long.text.split("\n", 1)[1].rsplit("\n", 2)[0]
    copy = fr.Document("Жаңа тақырып\n" + body + "\n", id="zz-copy", lang=doc.lang, published=doc.published)
    before = fr.reconcile(docs)
    after = fr.reconcile([*docs, copy])
    assert {d.id: d.copy_of for d in after.documents}["zz-copy"] == doc.id
    assert [(f.measure, f.unit, f.verdict) for f in after.facts] == [(f.measure, f.unit, f.verdict)
                                                                       for f in before.facts]
    assert [g.kind for g in after.findings] == [g.kind for g in before.findings]


@settings(max_examples=25, deadline=None)
@given(article_sets(min_documents=3))
def test_removing_every_figure_s_exact_twin_never_creates_a_finding_between_unrelated_lines(a: ArticleSet) -> None:
    """Without the agreeing figures that link them, claims of different lines (another measure, a hard
    negative) never meet in a finding; a finding left is about one line of the article set."""
    claims = [c for d in a.documents for c in fr.extract_claims(d)]
    figures: dict[tuple[object, str], set[str]] = {}
    for c in claims:
        figures.setdefault((c.quantity.value, c.quantity.unit), set()).add(c.doc_id)
    alone = [c for c in claims if len(figures[(c.quantity.value, c.quantity.unit)]) == 1]
    report = fr.reconcile(alone)
    lines = {(f.measure, f.unit) for f in a.facts}
    for finding in report.findings:
        assert finding.fact is not None
        assert (finding.fact.measure, finding.fact.unit) in lines
        assert len({c.measure for c in finding.claims}) == 1


@settings(max_examples=30, deadline=None)
@given(st.permutations(["a-agency", "b-portal", "c-paper", "d-copy"]))
def test_copies_do_not_depend_on_the_order_of_the_documents(order: list[str]) -> None:
    body = _body(fr.Document(ARTICLE, id="x", lang="kk"))
    other = _body(fr.Document(ARTICLE.replace("12,5 млрд", "15,2 млрд"), id="y", lang="kk"))
    text, mark, figures = body.partition("\x1f")
    bodies = {"a-agency": body, "b-portal": text[:-40] + mark + figures, "c-paper": other, "d-copy": body}
    assert find_copies([(d, bodies[d]) for d in order]) == {"b-portal": "a-agency", "d-copy": "a-agency"}


def test_an_article_that_changed_a_figure_written_in_words_is_not_a_copy() -> None:
    """A copy restates its original's figures; one in words changed ("625" against "more than 125") is
    another source, and its figure is compared, not folded away."""
    story = _STORY.format(id="uza") * 3
    story += "Қишлоқ хўжалиги вазирлигининг маълумотларига кўра, мавсумнинг якунлари эълон қилинди."
    original = "Янгиликлар\n\nБу йил олти юз йигирма бешта лойиҳа амалга оширилди.\n\n" + story
    edited = "Янгиликлар\n\nБу йил юз йигирма бешдан ортиқ лойиҳа амалга оширилди.\n\n" + story
    docs = [fr.Document(t, id=i, lang="uz-Cyrl", published="2025-11-12") for i, t in (("a", original), ("b", edited))]
    assert find_copies((d.id, _body(d)) for d in docs) == {}
    same = fr.Document(original.replace("олти юз йигирма бешта", "625 та"), id="c", lang="uz-Cyrl")
    assert find_copies((d.id, _body(d)) for d in (docs[0], same)) == {"c": "a"}


RU_PART_BY_PLACE = (
    "В 2024 году в страну поступило 14,8 млрд долларов денежных переводов, из них $11,5 млрд — из России. "
    "Годом ранее переводы составили 11,4 млрд долларов."
)


def test_a_part_named_by_its_place_after_a_dash_is_about_that_place() -> None:
    """"из них $11,5 млрд — из России": the part's name stands after the dash that ends the figure's clause.
    The part is the total's measure about that place (as "оның ішінде Қазақстанмен ..." is), never the
    total itself and never a nameless part; a part named by a noun stays a part."""
    by_text = {c.quantity.text: c for c in fr.extract_claims(fr.Document(RU_PART_BY_PLACE, id="d", lang="ru"))}
    total, russia = by_text["14,8 млрд долларов"], by_text["$11,5 млрд"]
    assert total.measure == "remittance"
    assert not _places(total)
    assert russia.measure == "remittance"
    assert _places(russia) == {("RU", "from")}
    cash = RU_PART_BY_PLACE.replace("из России", "наличными")
    by_text = {c.quantity.text: c for c in fr.extract_claims(fr.Document(cash, id="d", lang="ru"))}
    assert by_text["$11,5 млрд"].measure.startswith("remittance>")
    assert not _places(by_text["$11,5 млрд"])


# A channel's post: a headline with the page's figure, then goods listed in money with no measure of their own.
KK_GOODS = """Қырғызстан биыл 820 млн долларлық көкөніс экспорттады
Ұлттық статистика комитеті қаңтар-қазан айларының қорытындысын шығарды.
🥔 Картоп – 96,4 млн $
🧅 Пияз – 41,7 млн $
"""
UZ_GOODS = """Қирғизистон жорий йилда 820 млн долларлик сабзавот экспорт қилди
Миллий статистика қўмитаси якунларни эълон қилди.
🥔 Картошка – 96,4 млн $
🧅 Пиёз – 41,7 млн $
"""


@pytest.mark.parametrize("text", [KK_GOODS, UZ_GOODS])
def test_a_list_of_goods_in_money_goes_on_with_the_page_s_measure_in_that_currency(text: str) -> None:
    items = {c.quantity.text: c for c in fr.extract_claims(fr.Document(text, id="post"))}
    # the export, of the good its line's head names
    assert items["96,4 млн $"].measure == "export>potato"
    assert items["41,7 млн $"].measure == "export>onion"


def test_money_in_a_list_with_no_measure_stated_before_it_stays_unnamed() -> None:
    # nothing on the page names what the money measures: the list cannot say it either
    text = "Нарықтағы бағалар\n🥔 Картоп – 96,4 млн $\n🧅 Пияз – 41,7 млн $\n"
    items = {c.quantity.text: c for c in fr.extract_claims(fr.Document(text, id="post"))}
    assert items["96,4 млн $"].measure == ""


def test_two_posts_listing_the_same_goods_join_figure_by_figure() -> None:
    report = fr.reconcile([fr.Document(KK_GOODS, id="kk"), fr.Document(UZ_GOODS, id="uz")])
    joined = {tuple(sorted(c.doc_id for c in f.claims)) for f in report.facts if "96,4 млн $" in
              {c.quantity.text for c in f.claims}}
    assert joined == {("kk", "uz")}
    assert not report.findings


def test_a_list_right_under_the_headline_is_the_body_not_where_the_story_is_told_from() -> None:
    # a channel's post: its first lines are a list of cities; the first city is an item's place, no dateline
    text = ("Қазақстанда биыл 15 млн шаршы метр тұрғын үй салынды\n"
            "🏙 Шымкент – 2 млн шаршы метр\n🏙 Ақтөбе – 1,1 млн шаршы метр\n")
    items = {c.quantity.text: c for c in fr.extract_claims(fr.Document(text, id="post"))}
    assert ("KZ-SHY", "at") not in _places(items["15 млн шаршы метр"])
    assert ("KZ-SHY", "at") not in _places(items["1,1 млн шаршы метр"])
    assert ("KZ-SHY", "of") in _places(items["2 млн шаршы метр"])
    # a lede that names its city still tells where the story is
    lede = "Шымкентте тұрғын үй құрылысы өсті\nБиыл 2 млн шаршы метр салынды.\n"
    told = fr.extract_claims(fr.Document(lede, id="lede"))
    assert ("KZ-SHY", "at") in _places(told[0])


@pytest.mark.parametrize(("lang", "text", "lines"), [
    ("kk", "Тақырып\nМәтін 12 мың тонна.\nОқи отырыңыз: Павлодарда 64,3 млн тонна\n👁 812",
     ["Оқи отырыңыз: Павлодарда 64,3 млн тонна"]),
    ("ru", "Заголовок\n👉 Читайте также: уголь 61,2 млн тонн\nТекст", ["👉 Читайте также: уголь 61,2 млн тонн"]),
    ("uz-Cyrl", "Сарлавҳа\nШунингдек ўқинг: 2 миллион тонна гўшт\n", ["Шунингдек ўқинг: 2 миллион тонна гўшт"]),
    ("uz-Latn", "Sarlavha\nShuningdek oʻqing: 2 million tonna goʻsht", ["Shuningdek oʻqing: 2 million tonna goʻsht"]),
    ("kk", "Тақырып\nМәтінде «оқи отырыңыз» деген сөз бар.\n", []),  # in the middle of a line: no read-also line
])
def test_read_also_lines_are_found_in_the_text(lang: str, text: str, lines: list[str]) -> None:
    """The "read also" lines (another story's headline a page links to) slice back to their lines."""
    from factrecon._page import read_also_lines

    assert [text[a:b] for a, b in read_also_lines(text, lang)] == lines
