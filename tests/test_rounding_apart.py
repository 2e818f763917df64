"""Two figures one rounding apart ("2,5%" and a truncated "2,4%": exact, the same step, that step apart) of two
pages that tell one story (they share precise figures of other measures) are one fact, a divergence, even when
neither states its period or place; further apart, or on pages that share nothing, they stay apart.
The texts are our own (docs/explanation/linking.md, the story row)."""

from __future__ import annotations

import pytest

import factrecon as fr
from factrecon import cluster
from factrecon.document import headline_end

# one story in two languages: annual inflation, the base rate, and one good's monthly rise
KK = ("Қазанда жылдық инфляция 13,4%-ға жетті\nҚазақстанда тұтыну бағасының жылдық өсімі қазанда 13,4% болды.\n"
      "Жылдық мәндегі баға өсімі тауар топтары бойынша:\n- азық-түлік тауарлары – 13,2%;\n"
      "- ақылы қызметтер – 16,1%.\nБазалық мөлшерлеме 16,5% деңгейінде сақталды.\nБір айда қант {kk}-ға қымбаттады.\n")
RU = ("Годовая инфляция в октябре ускорилась до 13,4%\nВ октябре годовая инфляция в Казахстане составила 13,4%.\n"
      "Базовая ставка сохранена на уровне 16,5%.\n"
      "Сахар за месяц подорожал на {ru}.\n")
# another story that shares no figure with the first
RU_OTHER = "Цены на сахар\nСахар за месяц подорожал на {ru}.\n"


def findings(kk: str, ru: str) -> list[tuple[str, set[str]]]:
    report = fr.reconcile([fr.Document(kk, id="kk", lang="kk", published="2025-11-03"),
                           fr.Document(ru, id="ru", lang="ru", published="2025-11-04")])
    return [(str(f.kind), {c.quantity.text for c in f.claims}) for f in report.findings]


def test_one_rounding_apart_on_pages_of_one_story_is_a_divergence() -> None:
    found = findings(KK.format(kk="3,7%"), RU.format(ru="3,6%"))
    assert ("divergent", {"3,7%-ға", "3,6%"}) in found
    # the evidence says why, in words
    report = fr.reconcile([fr.Document(KK.format(kk="3,7%"), id="kk", lang="kk", published="2025-11-03"),
                           fr.Document(RU.format(ru="3,6%"), id="ru", lang="ru", published="2025-11-04")])
    (finding,) = [f for f in report.findings if {c.quantity.text for c in f.claims} == {"3,7%-ға", "3,6%"}]
    assert any("one rounding apart" in e for e in finding.evidence)


@pytest.mark.parametrize("ru", ["3,5%", "3,9%"])
def test_two_steps_apart_stay_apart(ru: str) -> None:
    assert not [f for f in findings(KK.format(kk="3,7%"), RU.format(ru=ru)) if "3,7%-ға" in f[1]]


def test_one_rounding_apart_on_pages_that_share_nothing_stay_apart() -> None:
    assert not findings(KK.format(kk="3,7%"), RU_OTHER.format(ru="3,6%"))


def test_adjacent_needs_the_same_step_and_two_digits() -> None:
    def statement(text: str, lang: str, figure: str) -> cluster.Statement:
        doc = fr.Document(text, id=lang, lang=lang, published="2025-11-03")
        found = cluster.doc_statements(fr.extract_claims(doc), headline_end(text))
        return next(s for s in found if s.claims[0].quantity.text.startswith(figure))

    def adjacent(x: str, y: str) -> bool:
        a = statement(f"Бір айда қант {x}-ға қымбаттады.", "kk", x)
        b = statement(f"Сахар за месяц подорожал на {y}.", "ru", y)
        return cluster._adjacent(a, b)

    assert adjacent("3,7%", "3,6%")
    assert adjacent("36%", "37%")
    assert not adjacent("3,7%", "3,65%")  # another step: a rounding of it, not one step off
    assert not adjacent("4%", "3%")  # one significant digit: too coarse to say
    assert not adjacent("3,7%", "3,7%")  # the same figure agrees
