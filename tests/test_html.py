"""The HTML report's markup, without a browser: escaping, marks on the quantities, number lines, words."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

import factrecon as fr
from factrecon._html import UI, UI_PLURAL, ui_words
from factrecon.cli import main
from factrecon.report import Report

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"


class _Marks(HTMLParser):
    """Collects every <mark>: its attributes and its text; and every tag name."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[tuple[dict[str, str | None], str]] = []
        self.tags: set[str] = set()
        self._open: list[tuple[dict[str, str | None], list[str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        if tag == "mark":
            self._open.append((dict(attrs), []))

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            attrs, text = self._open.pop()
            self.marks.append((attrs, "".join(text)))

    def handle_data(self, data: str) -> None:
        for _, text in self._open:
            text.append(data)


def _parse(page: str) -> _Marks:
    parser = _Marks()
    parser.feed(page)
    return parser


@pytest.fixture(scope="module")
def corpus() -> tuple[list[Any], Any]:
    docs = [fr.read_document(p) for p in sorted(CORPUS.glob("*.txt"))]
    return docs, fr.reconcile(docs)


def test_self_contained_and_findings_first(corpus: tuple[list[Any], Any]) -> None:
    _, report = corpus
    page = report.to_html()
    assert "http" not in page
    assert "<script src" not in page
    assert "<link" not in page
    assert page.index("class='finding") < page.index("class='fact ") < page.index("class='doc'")
    assert page.count("<svg") == sum(1 for g in report.findings if g.readings)


def test_every_number_of_every_document_is_marked(corpus: tuple[list[Any], Any]) -> None:
    docs, report = corpus
    marks = _parse(report.to_html()).marks
    texts = {d.id: d.text for d in docs}
    for attrs, shown in marks:
        doc, start, end = attrs["data-doc"], int(attrs["data-start"] or 0), int(attrs["data-end"] or 0)
        assert doc is not None
        assert texts[doc][start:end] == shown
    spans = {(a["data-doc"], int(a["data-start"] or 0), int(a["data-end"] or 0)) for a, _ in marks}
    for d in docs:
        for q in fr.find_quantities(d.text, lang=d.lang):
            assert (d.id, q.start, q.end) in spans
    claimed = {a["data-claim"] for a, _ in marks if a.get("data-claim")}
    assert {c.id for f in report.facts for c in f.claims} <= claimed


def test_text_is_escaped() -> None:
    text = "date 2025-01-02\n<u>Тест</u> & \"қала\": 30 та лойиҳа <script>alert(1)</script> 'x'.\n"
    other = "date 2025-01-02\nБу ерда 14 та лойиҳа бор.\n"
    docs = [fr.Document(text, id="a<&>'\"", lang="uz-Cyrl"), fr.Document(other, id="b", lang="uz-Cyrl")]
    page = fr.reconcile(docs).to_html(title="<T & T>")
    assert "<script>alert" not in page
    assert "<u>Тест" not in page
    assert "&lt;T &amp; T&gt;" in page
    parsed = _parse(page)
    assert "u" not in parsed.tags
    assert any(shown == "30 та" for _, shown in parsed.marks)
    assert {a["data-doc"] for a, _ in parsed.marks} >= {"a<&>'\"", "b"}


def test_number_line_draws_open_sides(corpus: tuple[list[Any], Any]) -> None:
    _, report = corpus
    page = report.to_html()
    open_ended = [g for g in report.findings if any(r.stated.high is None for r in g.readings)]
    assert open_ended  # "30-дан астам" is (30, +inf)
    section = page[page.index(f"id='{open_ended[0].id}'") :]
    section = section[: section.index("</svg>")]
    assert "<path d='M" in section  # the arrow towards +inf
    assert "fill='#fff'" in section  # the hollow, excluded end at 30


def test_ui_words_can_be_replaced(corpus: tuple[list[Any], Any]) -> None:
    _, report = corpus
    words = {key: f"«{key}»" for key in UI} | {"lang": "kk"}
    words |= {"n_documents": "{n}D", "n_facts": "{n}F", "n_findings": "{n}G", "facts_shown": "{shown}/{total}"}
    words["chars"] = "{start}-{end}"
    words["published"] = "{date}"
    page = report.to_html(ui=words)
    assert "<html lang='kk'>" in page
    assert "«findings»" in page
    assert ">Findings<" not in page
    assert f"{len(report.documents)}D, {len(report.facts)}F, {len(report.findings)}G" in page


def test_empty_report() -> None:
    page = Report().to_html()
    assert UI["no_findings"] in page
    assert UI["no_facts"] in page


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{\w+\}", text))


@pytest.mark.parametrize("lang", ["kk", "uz-Cyrl"])
def test_catalogs_translate_every_word(lang: str) -> None:
    """Each babel catalog has every UI word and counted phrase, translated, with the same {placeholders}."""
    from babel.messages.pofile import read_po

    path = ROOT / "src" / "factrecon" / "lang" / "data" / lang / "messages.po"
    with path.open("rb") as handle:
        catalog = read_po(handle)
    table = {m.id: m.string for m in catalog if m.id}
    english = {v for k, v in UI.items() if k != "lang"}
    assert len(english) == len(UI) - 1  # msgids are the English words: no two keys share one
    assert set(table) == english | set(UI_PLURAL.values())
    words = ui_words(lang)
    assert words["lang"] == lang
    for key, en in UI.items():
        if key != "lang":
            assert words[key] == table[en]
            assert words[key]
            assert words[key] != en, key
            assert _placeholders(words[key]) == _placeholders(en), key
    for key, (one, many) in UI_PLURAL.items():
        forms = table[(one, many)]
        assert len(forms) == catalog.num_plurals == 2, key
        assert all(form and _placeholders(form) == _placeholders(many) for form in forms), key


def test_counted_phrases_agree_with_their_number() -> None:
    one = fr.reconcile([fr.Document("Биыл 30 бірлескен жоба іске асырылды.", id="a")])
    page = one.to_html()
    assert "1 document, 0 facts, 0 findings" in page
    assert "1 documents" not in page


def test_the_renderer_escapes_everything_but_its_own_markup() -> None:
    from factrecon._html import Markup, fill

    evil = "<script>alert('x')</script>"
    out = fill("empty", text=evil)
    assert out == "<p class='empty'>&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;</p>"
    assert isinstance(out, Markup)
    assert fill("code", text=out) == f"<code>{out}</code>"  # a filled block goes in as it is
    assert "&amp;lt;script" in fill("code", text=str(out))  # the same text as a plain str is escaped again
    with pytest.raises(TypeError, match="takes"):
        fill("empty", txt="typo")


def test_the_page_is_the_template(corpus: tuple[list[Any], Any]) -> None:
    """Every tag of the page comes from src/factrecon/templates/report.html (no markup in Python strings)."""
    template = (ROOT / "src" / "factrecon" / "templates" / "report.html").read_text("utf-8")
    _, report = corpus
    for tag in set(re.findall(r"<(\w+)", report.to_html())):
        assert f"<{tag}" in template, tag
    assert "<" not in "".join(re.findall(r'f"([^"]*)"', (ROOT / "src" / "factrecon" / "_html.py").read_text()))


def _plain(page: str) -> str:
    """The page without the English explanations (the reconciler's messages and rules), spaces made plain."""
    page = re.sub(r"<details class='message'>.*?</details>|<p class='rule'>.*?</p>", "", page, flags=re.S)
    return " ".join(page.replace("\xa0", " ").replace("\u202f", " ").split())


def test_numbers_and_measures_in_the_readers_language(corpus: tuple[list[Any], Any]) -> None:
    _, report = corpus
    en, kk, uz = (_plain(report.to_html(ui=lang)) for lang in ("en", "kk", "uz-Cyrl"))
    assert "[6,150,000, 6,250,000]" in en or "6,150,000" in en
    assert "6 150 000" in kk
    assert "6,150,000" not in kk
    assert "5,8 млн" in kk
    assert "5.8M" in en
    for page in (en, kk, uz):
        assert "(count)" not in page
        assert "~kombayn" not in page
        assert "project_value" not in page
    assert "projects" in en
    assert "value of projects" in en
    assert "жобалар" in kk
    assert "жобалар құны" in kk
    assert "лойиҳалар" in uz


def test_measure_names() -> None:
    from factrecon.report import measure_name

    assert measure_name("project") == "projects"
    assert measure_name("project", "kk") == "жобалар"
    assert measure_name("project_value", "uz-Cyrl") == "лойиҳалар қиймати"
    assert measure_name("forum#21") == "forum №21"
    assert measure_name("~kombayn", "kk", ["комбайн", "комбайндар", "комбайн"]) == "комбайн"
    assert measure_name("duration") == "duration"
    assert measure_name("inflation>food") == "inflation: food products"
    assert measure_name("inflation>food", "kk") == "inflation: азық-түлік тауарлары"


def test_the_number_line_labels_both_figures(corpus: tuple[list[Any], Any]) -> None:
    _, report = corpus
    for g in report.findings:
        if not g.readings:
            continue
        svg = report.plot(g).svg
        labels = re.findall(r"class='figure' fill='[^']+'>([^<]+)<", svg)
        figures = {c.quantity.value for c in g.claims if c.quantity.value is not None}
        assert len(labels) >= len(figures) >= 1, (g.id, labels)
        assert svg.startswith("<svg xmlns='http://www.w3.org/2000/svg'")


def test_ui_lang(corpus: tuple[list[Any], Any], tmp_path: Path) -> None:
    _, report = corpus
    kk = report.to_html(ui="kk")
    assert "<html lang='kk'>" in kk
    assert "Табылған мәселелер" in kk
    assert "қайшылық" in kk
    assert report.to_html(ui="en") == report.to_html()
    ru = report.to_html(ui="ru")
    assert "<html lang='ru'>" in ru
    assert "Замечания" in ru
    with pytest.raises(ValueError, match="uz-Cyrl"):
        report.to_html(ui="tt")
    out = tmp_path / "r.html"
    assert main(["check", str(CORPUS), "--out", str(out), "--ui-lang", "uz-Cyrl"]) == 0
    page = out.read_text("utf-8")
    assert "<html lang='uz-Cyrl'>" in page
    assert "Топилмалар" in page
    assert "зиддият" in page
