"""A place named once and then referred to: "here", "in this region" (``Мұнда``, ``в этом регионе``, ``Bu
hududda``) stand for the one place named just before them, and a sentence that refers back with a pronoun
("Бұл ...": this is ...) is about the place of the sentence before. The texts are our own
(docs/explanation/claims.md, "Places named once and referred to")."""

from __future__ import annotations

import pytest

import factrecon as fr


def claim(text: str, lang: str, figure: str) -> fr.Claim:
    doc = fr.Document(text, id="t", lang=lang, published="2025-03-10")
    (found,) = [c for c in fr.extract_claims(doc) if c.quantity.text.startswith(figure)]
    return found


def scope(c: fr.Claim) -> set[str]:
    """The codes the claim is about ("in", "of"), not the story's ("at")."""
    return {p.code for p in c.context if p.role in ("in", "of")}


@pytest.mark.parametrize(("text", "lang", "figure", "code"), [
    # "here" in the sentence after the one that names the region
    ("Өткен жылы Павлодар облысы көмір өндіруден алда болды. Мұнда 70 млн тонна көмір өндірілді.",
     "kk", "70 млн", "KZ-PAV"),
    ("Қостанай облысы астық жинауды аяқтады. Осы өңірде 5,2 млн тонна астық жиналды.", "kk", "5,2 млн", "KZ-KUS"),
    ("Костанайская область завершила уборку. Здесь собрано 5,2 млн тонн зерна.", "ru", "5,2 млн", "KZ-KUS"),
    ("Павлодарская область лидирует по добыче угля. В этом регионе добыто 70 млн тонн угля.",
     "ru", "70 млн", "KZ-PAV"),
    ("Қашқадарё вилояти пахта терими бўйича олдинда. Бу ҳудудда 880 минг тонна пахта йиғиб олинди.",
     "uz-Cyrl", "880 минг", "UZ-QA"),
    ("Qashqadaryo viloyati paxta terimi boʻyicha oldinda. Bu hududda 880 ming tonna paxta yigʻib olindi.",
     "uz-Latn", "880 ming", "UZ-QA"),
    # "here" in a later clause of the sentence that names the place
    ("Екінші орында Қостанай облысы тұр, алайда мұнда өнім 4,5%-ға азайды.", "kk", "4,5%", "KZ-KUS"),
])
def test_here_stands_for_the_place_named_before(text: str, lang: str, figure: str, code: str) -> None:
    c = claim(text, lang, figure)
    assert scope(c) == {code}
    assert any(p.code == code and p.role == "in" for p in c.context)


@pytest.mark.parametrize(("text", "lang", "figure"), [
    # "мұндай" (such) is no "мұнда" (here): whole words only
    ("Павлодар облысы көмір өндіруден алда болды. Мұндай көлем 70 млн тонна болды.", "kk", "70 млн"),
    # nothing named before
    ("Мұнда 70 млн тонна көмір өндірілді.", "kk", "70 млн"),
])
def test_here_without_one_place_before_names_none(text: str, lang: str, figure: str) -> None:
    assert scope(claim(text, lang, figure)) == set()


@pytest.mark.parametrize(("text", "lang"), [
    ("Павлодар және Қостанай облыстары алда болды. Мұнда 70 млн тонна көмір өндірілді.", "kk"),
    ("Павлодарская и Костанайская области лидируют. Здесь добыто 70 млн тонн угля.", "ru"),
])
def test_here_after_two_regions_is_both(text: str, lang: str) -> None:
    # two regions before "here": the figure is theirs together (no one region's, which another page's figure of
    # one of them could take for its own)
    assert scope(claim(text, lang, "70 млн")) == {"KZ-PAV", "KZ-KUS"}


def test_a_sentence_that_refers_back_is_about_the_place_before() -> None:
    text = ("Павлодар облысы көмір өндіруден алда болды. Мұнда 70 млн тонна көмір өндірілді. "
            "Бұл республикалық орташа деңгейден (40 млн тонна) 75%-ға жоғары.")
    # this is 75 % above the national average: the region's
    assert scope(claim(text, "kk", "75%")) == {"KZ-PAV"}
    # the bracketed figure is what its own head names (the national average), not the region's
    assert scope(claim(text, "kk", "40 млн")) == set()


def test_a_region_referred_to_by_here_conflicts_with_the_same_region_named() -> None:
    # one page names the region once and then says "here" and "this"; the other names it with the figure
    kk = ("Павлодар облысы жалақы бойынша алда\nЕкінші тоқсанда Павлодар облысы жалақы бойынша алға шықты. "
          "Мұнда орташа жалақы 510 мың теңгеге жетті. Бұл республикалық орташа деңгейден 21,4%-ға жоғары.\n")
    ru = ("Зарплаты по регионам\nВ Павлодарской области средняя зарплата на 23% превышает общенациональную. "
          "В Костанайской области средняя зарплата на 12,5% ниже общенациональной.\n")
    report = fr.reconcile([fr.Document(kk, id="kk", lang="kk", published="2025-10-06"),
                           fr.Document(ru, id="ru", lang="ru", published="2025-10-07")])
    flagged = [{c.quantity.text for c in f.claims} for f in report.findings]
    assert {"21,4%-ға", "23%"} in flagged


def test_here_after_another_region_raises_no_finding() -> None:
    # the same story's other region: "here" is Kostanay, so its gap is no conflict with Pavlodar's
    kk = ("Қостанай облысы жалақы бойынша\nЕкінші тоқсанда Қостанай облысында жалақы өсті. "
          "Мұнда орташа жалақы 370 мың теңгеге жетті. Бұл республикалық орташа деңгейден 12,5%-ға төмен.\n")
    ru = ("Зарплаты по регионам\nВ Павлодарской области средняя зарплата на 23% превышает общенациональную.\n")
    report = fr.reconcile([fr.Document(kk, id="kk", lang="kk", published="2025-10-06"),
                           fr.Document(ru, id="ru", lang="ru", published="2025-10-07")])
    assert not report.findings
