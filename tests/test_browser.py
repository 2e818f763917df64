"""The HTML report in a real browser: headless Debian chromium, driven by Playwright.

.ci/run installs chromium (``apt-get install -y chromium``); Playwright is told to
use it (``executable_path``), so ``playwright install`` is never needed. Skipped,
with the reason, only when /usr/bin/chromium (or $FACTRECON_CHROMIUM) is absent or
the playwright package is not installed.

``FACTRECON_SCREENSHOT=docs/report.png pytest -m browser`` refreshes the screenshot in the docs.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import factrecon as fr

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"
CHROMIUM = os.environ.get("FACTRECON_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
KK = "kk-oral-forum-birlesken-zhobalar"
UZ = "uz-Cyrl-forum-qoshma-loyihalar"


@pytest.fixture(scope="module")
def report() -> Any:
    docs = [fr.read_document(p) for p in sorted(CORPUS.glob("*.txt"))]
    return fr.reconcile(docs)


@pytest.fixture(scope="module")
def page(report: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no chromium at {CHROMIUM}: apt-get install -y chromium (.ci/run does)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs playwright: pip install -e '.[dev]'")
    path = tmp_path_factory.mktemp("browser") / "report.html"
    path.write_text(report.to_html(), encoding="utf-8")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        )
        context = browser.new_context(viewport={"width": 1200, "height": 900}, offline=True)
        requests: list[str] = []
        pg = context.new_page()
        pg.on("request", lambda r: requests.append(r.url))
        errors: list[str] = []
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.goto(path.as_uri())
        pg.wait_for_load_state("load")
        yield pg
        assert not errors, errors
        assert [u for u in requests if not u.startswith("file:")] == []  # self-contained: no network
        shot = os.environ.get("FACTRECON_SCREENSHOT")
        if shot:
            pg.set_viewport_size({"width": 1200, "height": 1900})
            pg.evaluate("window.scrollTo(0, 0)")
            pg.screenshot(path=shot)
        browser.close()


def test_findings_render_with_both_articles(page: Any) -> None:
    """The 30-vs-14 projects conflict is on the page, with the kk and the uz sentence side by side."""
    findings = page.locator("section.finding")
    assert findings.count() >= 1
    assert page.locator("section.finding").first.get_attribute("data-kind") == "conflict"  # findings first
    conflict = (
        page.locator("section.finding[data-kind=conflict]")
        .filter(has=page.locator(f"div.claim[data-doc='{KK}'] mark", has_text="14"))
        .filter(has=page.locator(f"div.claim[data-doc='{UZ}'] mark", has_text="30 та"))
    )
    assert conflict.count() == 1
    assert conflict.locator("svg line.stated").count() == 2  # drawn on the number line
    kk_card = conflict.locator(f"div.claim[data-doc='{KK}']")
    uz_card = conflict.locator(f"div.claim[data-doc='{UZ}']")
    kk, uz = kk_card.bounding_box(), uz_card.bounding_box()
    assert abs(kk["y"] - uz["y"]) < 2  # side by side
    assert kk["x"] != uz["x"]
    assert "жоба" in kk_card.inner_text()  # each article's own sentence
    assert "лойиҳа" in uz_card.inner_text()


def test_highlights_sit_on_the_quantities(page: Any, report: Any) -> None:
    """Every <mark> shows exactly the text of its quantity; every recognised number of every document is marked."""
    marks = page.eval_on_selector_all(
        "mark.q",
        "ms => ms.map(m => [m.dataset.doc, +m.dataset.start, +m.dataset.end, m.textContent, m.dataset.claim || ''])",
    )
    texts = {d.id: d.text for d in report.documents}
    assert marks
    for doc_id, start, end, shown, _ in marks:
        assert shown == texts[doc_id][start:end], (doc_id, start, end, shown)
    claims = {c.id: c for c in report.claims}
    for _doc, start, end, shown, claim_id in marks:
        if claim_id:
            q = claims[claim_id].quantity
            assert (q.start, q.end, q.text) == (start, end, shown)
    in_docs = {(m[0], m[1], m[2]) for m in marks}
    for d in report.documents:
        for q in fr.find_quantities(d.text, lang=d.lang):
            assert (d.id, q.start, q.end) in in_docs, (d.id, q.text)
    # in the document section the marks sit in the running text: the text between them is the document's
    for d in report.documents:
        shown = page.locator(f"article.doc[data-doc='{d.id}'] .doctext").inner_text()
        assert " ".join(shown.split()) == " ".join(d.text.split())


def test_filter_by_verdict(page: Any, report: Any) -> None:
    rows = page.locator("tr.fact")
    total = len(report.facts)
    by_verdict = {v: sum(f.verdict.value == v for f in report.facts) for v in ("conflict", "divergent", "consistent")}
    assert rows.count() == total
    assert page.locator("tr.fact:visible").count() == total
    page.locator("input[data-filter][value=consistent]").uncheck()
    assert page.locator("tr.fact:visible").count() == total - by_verdict["consistent"]
    page.locator("input[data-filter][value=divergent]").uncheck()
    visible = page.locator("tr.fact:visible")
    assert visible.count() == by_verdict["conflict"]
    assert {visible.nth(i).get_attribute("data-verdict") for i in range(visible.count())} == {"conflict"}
    assert page.locator("#fact-count").inner_text().startswith(f"{by_verdict['conflict']} of {total}")
    for v in ("consistent", "divergent"):
        page.locator(f"input[data-filter][value={v}]").check()
    assert page.locator("tr.fact:visible").count() == total


def _visible(page: Any, selector: str) -> int:
    return int(page.locator(f"{selector}:visible").count())


def test_the_verdict_filter_acts_on_findings_too(page: Any, report: Any) -> None:
    kinds = [g.kind for g in report.findings]
    assert _visible(page, "section.finding") == len(kinds)
    page.locator("input[data-filter][value=conflict]").uncheck()
    assert _visible(page, "section.finding") == len(kinds) - kinds.count("conflict")
    assert _visible(page, "section.finding[data-kind=conflict]") == 0
    assert page.locator("#finding-count").inner_text().startswith(f"{len(kinds) - kinds.count('conflict')} of ")
    page.locator("input[data-filter][value=conflict]").check()
    assert _visible(page, "section.finding") == len(kinds)


def test_filter_by_document_and_by_text(page: Any, report: Any) -> None:
    page.select_option("#doc-filter", KK)
    with_kk = [g for g in report.findings if KK in {c.doc_id for c in g.claims}]
    assert _visible(page, "section.finding") == len(with_kk)
    assert _visible(page, "tr.fact") == sum(KK in {c.doc_id for c in f.claims} for f in report.facts)
    assert _visible(page, "article.doc") == 1
    assert page.locator("article.doc:visible").get_attribute("data-doc") == KK
    page.select_option("#doc-filter", "")
    page.fill("#search", "30 та")
    shown = page.locator("tr.fact:visible")
    assert 0 < shown.count() < len(report.facts)
    assert all("30 та" in shown.nth(i).inner_text() for i in range(shown.count()))
    page.fill("#search", "")
    assert _visible(page, "tr.fact") == len(report.facts)
    assert _visible(page, "article.doc") == len(report.documents)


@pytest.mark.parametrize(("width", "height"), [(1200, 900), (375, 812)])
def test_no_sideways_scrolling(page: Any, width: int, height: int) -> None:
    """At a desktop's and at a phone's width the page fits: nothing sticks out to the right."""
    page.set_viewport_size({"width": width, "height": height})
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    boxes = page.locator("section.finding").first.locator("div.claim")
    first, second = boxes.nth(0).bounding_box(), boxes.nth(1).bounding_box()
    if width < 500:
        assert second["y"] > first["y"]  # the claims stack
        assert first["width"] <= width
    else:
        assert abs(second["y"] - first["y"]) < 2  # side by side
    page.set_viewport_size({"width": 1200, "height": 900})
