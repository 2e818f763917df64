"""Vegetables are a part of an export's or a harvest's produce ("оның ішінде көкөніс", "в том числе овощей"), in
every language alike; "fruit and vegetables" (жеміс-көкөніс, мева-сабзавот, фрукты и овощи) is the whole produce,
not its vegetables (a phrase in [not] of concepts.toml). The texts are our own (docs/explanation/claims.md,
"Generic words, parts and wholes")."""

from __future__ import annotations

import pytest

import factrecon as fr
from factrecon.lexicon import lexicon


def measures(text: str, lang: str) -> dict[str, str]:
    doc = fr.Document(text, id="t", lang=lang, published="2025-02-01")
    return {c.quantity.text: c.measure for c in fr.extract_claims(doc)}


@pytest.mark.parametrize(("text", "lang", "part"), [
    ("Қазақстанға экспорт 412,6 мың тоннаға жетті, оның ішінде көкөніс – 287,3 мың тонна.", "kk", "287,3 мың тонна"),
    ("Қозоғистонга экспорт 412,6 минг тоннага етди, шундан сабзавот — 287,3 минг тонна.", "uz-Cyrl",
     "287,3 минг тонна"),
    ("Qozogʻistonga eksport 412,6 ming tonnaga yetdi, shundan sabzavot — 287,3 ming tonna.", "uz-Latn",
     "287,3 ming tonna"),
    ("Экспорт в Казахстан составил 412,6 тыс. тонн фруктов и овощей, в том числе овощей — 287,3 тыс. тонн.", "ru",
     "287,3 тыс. тонн"),
])
def test_vegetables_under_a_total_are_its_part(text: str, lang: str, part: str) -> None:
    found = measures(text, lang)
    assert found[part] == "export>vegetables"
    # the total of fruit and vegetables stays the export itself
    assert [m for t, m in found.items() if t != part] == ["export"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Өзбекстан жеміс-көкөніс экспортын 3,5 млрд долларға жеткізбек.", "kk"),
    ("Ҳукумат мева-сабзавот экспортини 3,5 млрд долларга етказишни режалаштирган.", "uz-Cyrl"),
    ("Hukumat meva-sabzavot eksportini 3,5 mlrd dollarga yetkazishni rejalashtirgan.", "uz-Latn"),
])
def test_fruit_and_vegetables_is_the_whole_produce(text: str, lang: str) -> None:
    assert list(measures(text, lang).values()) == ["export"]


def test_a_phrase_in_not_excludes_only_its_last_word_after_the_others() -> None:
    lex = lexicon()
    assert ("жеміс", "көкөніс") in lex.excluded_phrases["vegetables"]

    class W:
        def __init__(self, low: str) -> None:
            self.low = low

    words = [W("жеміс"), W("көкөніс"), W("экспорты")]
    assert lex.at(words, 1, "kk") is None  # "fruit and vegetables"
    alone = lex.at([W("көкөніс"), W("экспорты")], 0, "kk")
    assert alone is not None
    assert alone.concept.key == "vegetables"


def test_a_scale_slip_on_the_vegetables_part_is_a_conflict() -> None:
    kk = ("Өзбекстан экспорты өсті\nӨзбекстан 2024 жылы 1,95 млн тонна өнім экспорттады, құны 1 512,6 млн доллар. "
          "Ресейдің үлесі – 37,6%.\nҚазақстанға экспорт 412,6 мың тоннаға жетті, оның ішінде көкөніс – 287,3 мың "
          "тонна.\n")
    ru = ("Экспорт Узбекистана вырос\nВ 2024 году Узбекистан экспортировал 1,95 млн тонн продукции на 1 512,6 млн "
          "долларов. Доля России — 37,6%.\nЭкспорт в Казахстан составил 412,6 тыс. тонн, в том числе овощей — 287,3 "
          "млн тонн.\n")
    report = fr.reconcile([fr.Document(kk, id="kk", lang="kk", published="2025-01-27"),
                           fr.Document(ru, id="ru", lang="ru", published="2025-01-25")])
    flagged = [{c.quantity.text for c in f.claims} for f in report.findings]
    assert {"287,3 мың тонна", "287,3 млн тонн"} in flagged
    assert len(flagged) == 1  # the totals and the rest agree
