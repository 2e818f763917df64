"""Claims: the counted noun of each concept in both languages, and words that only begin like one (own sentences)."""

from __future__ import annotations

import pytest

import factrecon as fr


def measure_of(text: str, lang: str, figure: str) -> str:
    got = {c.quantity.text: c for c in fr.extract_claims(fr.Document(text, id="f", lang=lang))}
    return got[figure].measure


@pytest.mark.parametrize(
    ("lang", "text", "figure", "concept"),
    [
        ("kk", "Биыл 40 жаңа кәсіпорын ашылды.", "40", "enterprise"),
        ("uz-Cyrl", "Бу йил 40 та янги корхона очилди.", "40 та", "enterprise"),
        ("kk", "Облыста 15 бірлескен кәсіпорын жұмыс істейді.", "15", "joint_venture"),
        ("uz-Cyrl", "Вилоятда 15 та қўшма корхона фаолият юритмоқда.", "15 та", "joint_venture"),
        ("kk", "Оқу орнында 1200 білім алушы оқиды.", "1200", "student"),
        ("uz-Cyrl", "Ҳудудда 1200 та талаба таҳсил олмоқда.", "1200 та", "student"),
        ("kk", "Жыл сайын 500 оқушы мектеп бітіреді.", "500", "pupil"),
        ("uz-Cyrl", "Мактабни 500 нафар ўқувчи битирди.", "500 нафар", "pupil"),
        ("kk", "Сапар барысында 17 құжатқа қол қойылды.", "17", "document"),
        ("uz-Cyrl", "Ташриф давомида 17 та ҳужжат имзоланди.", "17 та", "document"),
        ("kk", "Былтыр 12 келісім жасалды.", "12", "agreement"),
        ("uz-Cyrl", "Ўтган йили 12 та битим тузилди.", "12 та", "agreement"),
        ("kk", "Аудан 4 млн тонна астық жинады.", "4 млн тонна", "harvest"),
        ("uz-Cyrl", "Вилоят 4 миллион тонна ғалла йиғди.", "4 миллион тонна", "harvest"),
        ("kk", "Облысқа 500 млн доллар инвестиция тартылды.", "500 млн доллар", "investment"),
        ("uz-Cyrl", "Вилоятга 500 миллион доллар сармоя жалб қилинди.", "500 миллион доллар", "investment"),
        ("kk", "Орташа жалақы 400 мың теңгеге жетті.", "400 мың теңгеге", "wage"),
        ("uz-Cyrl", "Ўртача иш ҳақи 5 миллион сўмга етди.", "5 миллион сўмга", "wage"),
        ("kk", "Экспорт көлемі 2 млрд долларды құрады.", "2 млрд долларды", "export"),
        ("uz-Cyrl", "Экспорт ҳажми 2 миллиард долларни ташкил этди.", "2 миллиард долларни", "export"),
        # the head noun counts, not its genitive or locative modifier, nor the demonym before it
        ("kk", "Қазақстанда 9 ресейлік университеттің филиалы жұмыс істейді.", "9", "branch"),
        ("uz-Cyrl", "Қозоғистонда 9 та Россия университетининг филиали ишламоқда.", "9 та", "branch"),
        ("kk", "Ресейде 5 мыңнан астам қазақстандық университеттерде оқиды.", "5 мыңнан астам", "student"),
        ("uz-Cyrl", "Тошкентда 300 нафар ёш мутахассис ишлайди.", "300 нафар", "person"),
        ("kk", "Облыста 5 мемлекеттік бағдарлама іске асырылуда.", "5", "programme"),
        ("uz-Cyrl", "Ўтган йили 12 та давлат дастури қабул қилинди.", "12 та", "programme"),  # the compound's head
        ("kk", "Облыста 14 жоба құны 4 млрд доллар.", "14", "project"),  # an amount is not a compound head
        ("kk", "Ауданда 3 жаңа мектеп салынды.", "3", "school"),
        ("uz-Cyrl", "Туманда 3 та янги мактаб қурилди.", "3 та", "school"),
        ("kk", "Облысқа 20 мың турист келді.", "20 мың", "tourist"),
        ("uz-Cyrl", "Вилоятга 20 минг сайёҳ келди.", "20 минг", "tourist"),
        # the noun right after a count is what it counts, in any case: "in the other 15 regions the wage is
        # lower" counts regions, not wages
        ("kk", "Басқа 15 өңірдің бәрінде жалақы төмен.", "15", "region"),
        ("uz-Cyrl", "Қолган 15 та ҳудудда иш ҳақи паст.", "15 та", "region"),
        # a foreigner, in either word, is a person measured by what they came for
        ("uz-Cyrl", "Ўзбекистонга туристик мақсадда 6,5 миллионга яқин чет эллик келган.", "6,5 миллионга яқин",
         "tourist"),
        ("uz-Latn", "O‘zbekistonga turistik maqsadda 6,5 millionga yaqin chet ellik kelgan.", "6,5 millionga yaqin",
         "tourist"),
        ("uz-Cyrl", "Ўзбекистонга 5,7 млн хорижлик келган.", "5,7 млн", "person"),
        # outside the lexicon: the cognate key of the noun, past the adjectives before it
        ("kk", "Фермерлер 40 жаңа трактор сатып алды.", "40", "~traktor"),
        ("uz-Cyrl", "Фермерлар 40 та янги трактор сотиб олди.", "40 та", "~traktor"),
    ],
)
def test_a_counted_or_measured_noun_maps_to_its_concept(lang: str, text: str, figure: str, concept: str) -> None:
    assert measure_of(text, lang, figure) == concept


@pytest.mark.parametrize(
    ("lang", "text", "figure", "not_this"),
    [
        ("kk", "Облыста 5 мемлекеттік бағдарлама іске асырылуда.", "5", "country"),  # "state-", not "state"
        ("kk", "Астанада 2 елшілік ашылды.", "2", "country"),  # "embassy" begins like ел "country"
        ("kk", "Облыс 3 құнды жобаны қолдады.", "3", "value"),  # "valuable"
        ("kk", "Тағы 40 бағытталған бағдарлама бар.", "40", "direction"),  # "aimed at"
        ("kk", "Облыста 5 өңірлік орталық ашылды.", "5", "region"),  # "regional"
        ("kk", "Мың елу жоба іске асырылды.", "Мың елу", "country"),  # елу is 50, not ел
    ],
)
def test_a_word_that_only_begins_like_a_stem_is_not_its_concept(lang: str, text: str, figure: str,
                                                                not_this: str) -> None:
    assert measure_of(text, lang, figure) != not_this


@pytest.mark.parametrize(
    ("lang", "text", "measures"),
    [
        ("kk", "Форумда 7 өңіраралық және 10 коммерциялық құжатқа қол қойылды.",
         {"7": "document", "10": "document"}),
        ("uz-Cyrl", "Форумда 7 та ҳудудлараро ва 10 та тижорий жами 17 та ҳужжат имзоланди.",
         {"7 та": "document", "10 та": "document", "17 та": "document"}),
        # each count with its own noun keeps it
        ("kk", "Ауданда 5 мектеп және 3 аурухана салынды.", {"5": "school", "3": "hospital"}),
    ],
)
def test_counts_joined_by_a_conjunction_share_the_noun_named_last(lang: str, text: str,
                                                                  measures: dict[str, str]) -> None:
    for figure, measure in measures.items():
        assert measure_of(text, lang, figure) == measure
