"""Deterministic news-style sentences and articles in Kazakh, Uzbek (Cyrillic) and Russian for the benchmarks.

Written for the benchmarks, not taken from any corpus: each sentence is a time
phrase, one to three figures with what they count, a verb, and filler words to
reach 10-14 words. The figures mix what agency news writes: digits with comma
decimals and space-grouped thousands, ``%`` and percent words with a case
suffix, currencies (``АҚШ доллары``, ``теңге``, ``сўм``, ``$``), scale words and
abbreviations with case suffixes (``мыңнан``, ``мингдан``, ``млрд-қа``),
number words written by :func:`factrecon.spell`, qualifiers (``астам``,
``ортиқ``, ``камида``, ``шамамен``, ``жуық``, ``гача``), ranges, years and
ordinals. Russian sentences carry the same kinds of figures as Russian agency
news writes them (``млрд тенге``, ``тыс.``, ``долларов США``, ``более``, ``свыше``,
``не менее``, ``около``, ``вырос на 12,5%``, number words in the case and gender
:func:`factrecon.spell` gives). The same seed gives the same text on every
machine; adding a language leaves the others' sentences unchanged (each has
its own random stream, and the articles alternate ``LANGS[k % 2]``, kk and uz-Cyrl).
"""

from __future__ import annotations

import random
from collections.abc import Callable

from factrecon import spell

__all__ = ["LANGS", "W2N_LANG", "article", "sentences"]

LANGS = ("kk", "uz-Cyrl", "ru")
W2N_LANG = {"kk": "kk", "uz-Cyrl": "uz_Cyrl", "ru": "ru"}  # words2num2's tags

# ---------------------------------------------------------------------------
# Kazakh suffix harmony on a figure: the suffix follows how the figure is read
# aloud, so "30-дан" (отыз), "25-тен" (бес), "4,4-ке" (төрт).

_KK_BACK = set("аоұы")
_KK_FRONT = set("әеөүіи")
_KK_VOICELESS = set("пфктсшщқхчц")
_KK_NASAL = set("мнң")


def _kk_spoken_end(number: str) -> str:
    """The last word of *number* ("4,4", "1 250", "30") as Kazakh words."""
    from decimal import Decimal

    return spell(Decimal(number.replace(" ", "").replace(",", ".")), "kk").split()[-1]


def _kk_front(word: str) -> bool:
    for ch in reversed(word):
        if ch in _KK_BACK:
            return False
        if ch in _KK_FRONT:
            return True
    return False


def kk_suffix(word: str, case: str) -> str:
    """The ablative (abl) or dative (dat) ending for a Kazakh word read as *word*."""
    front, last = _kk_front(word), word[-1]
    if case == "abl":
        onset = "н" if last in _KK_NASAL else "т" if last in _KK_VOICELESS else "д"
        return onset + ("ен" if front else "ан")
    onset = "к" if last in _KK_VOICELESS else "г"
    if not front:
        onset = {"к": "қ", "г": "ғ"}[onset]
    return onset + ("е" if front else "а")


# ---------------------------------------------------------------------------
# Figures


def _figure(rng: random.Random, decimal: bool | None = None) -> str:
    """A figure as news writes it before a scale word: 4,4 / 504,4 / 30 / 12."""
    if decimal is None:
        decimal = rng.random() < 0.5
    whole = rng.choice([rng.randint(1, 9), rng.randint(10, 99), rng.randint(100, 999)])
    return f"{whole},{rng.randint(1, 9)}" if decimal else str(whole)


def _grouped(rng: random.Random) -> str:
    """A large count with space-grouped thousands: 1 250 000, 23 400."""
    value = rng.choice([rng.randint(1_000, 99_999), rng.randint(100_000, 9_999_999)])
    return f"{value:,}".replace(",", " ")


def _percent(rng: random.Random) -> str:
    return f"{rng.randint(1, 60)},{rng.randint(1, 9)}" if rng.random() < 0.6 else str(rng.randint(1, 99))


def _year(rng: random.Random) -> int:
    return rng.randint(2015, 2026)


# ---------------------------------------------------------------------------
# Kazakh


_KK_OPEN = [
    "Өткен жылы", "Биыл", "Есепті кезеңде", "Қаңтар-тамыз айларында", "Ресми деректерге сәйкес",
    "Ведомство мәліметінше", "Статистика бюросының хабарлауынша", "Жыл басынан бері",
]
_KK_NOUNS = ["жоба", "кәсіпорын", "адам", "жұмыс орны", "мектеп", "нысан", "отбасы", "тұрғын үй"]
_KK_PLACES = ["елімізде", "өңірде", "облыста", "Алматыда", "Астанада", "Шымкентте", "Қарағанды облысында"]
_KK_FILL = ["жалпы", "тағы", "барлығы", "қазіргі", "шамада", "биылғы", "жаңа", "ірі", "өңірлік", "мемлекеттік"]
_KK_VERBS = ["іске асырылды", "бөлінді", "тіркелді", "жоспарланып отыр", "қаржыландырылды", "салынды",
             "экспортталды", "құрады"]


def _kk_amount(rng: random.Random) -> list[str]:
    """A money, tonnage or count phrase, with its scale, suffix and qualifier."""
    x = _figure(rng)
    kind = rng.randrange(12)
    if kind == 0:
        return [x, "млрд", "теңге"]
    if kind == 1:
        return [x, "млн", "АҚШ", "доллары"]
    if kind == 2:
        return [f"${x}", "млрд"]
    if kind == 3:
        return [x, "млрд", "астам", "долларға"]
    if kind == 4:
        return [f"{x}", "мыңнан", "астам", rng.choice(_KK_NOUNS)]
    if kind == 5:
        return [x, "млрд", "теңгеге", "жуық"] if rng.random() < 0.5 else [x, "млрд-қа", "жетті"]
    if kind == 6:
        return ["кемінде", x, "миллион", "тонна"]
    if kind == 7:
        return ["шамамен", _grouped(rng), "гектар"]
    if kind == 8:
        n = rng.randint(2, 99_999)
        return [spell(n, "kk"), rng.choice(_KK_NOUNS)]
    if kind == 9:
        a = rng.randint(2, 8)
        return [f"{a}-{a + rng.randint(1, 3)}", "млн", "тонна"]
    if kind == 10:
        n = rng.randint(2, 999)
        return [f"{n}-{kk_suffix(_kk_spoken_end(str(n)), 'abl')}", "астам", rng.choice(_KK_NOUNS)]
    return [_grouped(rng), rng.choice(_KK_NOUNS)]


def _kk_percent(rng: random.Random) -> list[str]:
    p = _percent(rng)
    kind = rng.randrange(4)
    if kind == 0:
        return [p, "пайыз" + kk_suffix("пайыз", "dat"), "өсті"]
    if kind == 1:
        return [f"{p}%-{kk_suffix(_kk_spoken_end(p), 'dat')}", "артты"]
    if kind == 2:
        return [f"{p}%", "құрады"]
    return [spell(int(p.split(",")[0]), "kk"), "пайызға", "азайды"]


def _kk_sentence(rng: random.Random) -> list[str]:
    """Chunks: an opener, [a year], a place, one or two amounts, a verb or a percent change."""
    chunks = [rng.choice(_KK_OPEN)]
    if rng.random() < 0.3:
        chunks.append(f"{_year(rng)} жылы")
    chunks.append(rng.choice(_KK_PLACES))
    chunks.append(" ".join(_kk_amount(rng)))
    if rng.random() < 0.5:
        chunks.append("және " + " ".join(_kk_amount(rng)))
    if rng.random() < 0.4:
        chunks.append("көрсеткіш " + " ".join(_kk_percent(rng)))
    else:
        chunks.append(rng.choice(_KK_VERBS))
    if rng.random() < 0.15:
        chunks.append(f"деп {rng.randint(2, 30)}-отырыста айтылды")
    return chunks


# ---------------------------------------------------------------------------
# Uzbek (Cyrillic): suffixes do not harmonise; news writes "30 дан", "30-дан", "30дан".


_UZ_OPEN = [
    "Ўтган йили", "Жорий йилда", "Ҳисобот даврида", "Январь-август ойларида", "Расмий маълумотларга кўра",
    "Вазирлик хабарига кўра", "Статистика агентлиги маълумотига кўра", "Йил бошидан буён",
]
_UZ_NOUNS = ["лойиҳа", "корхона", "киши", "иш ўрни", "мактаб", "объект", "оила", "хонадон"]
_UZ_PLACES = ["мамлакатимизда", "вилоятда", "Тошкентда", "Самарқандда", "Андижон вилоятида", "республикада"]
_UZ_FILL = ["жами", "яна", "умумий", "жорий", "янги", "йирик", "ҳудудий", "давлат", "қўшимча", "тўлиқ"]
_UZ_VERBS = ["амалга оширилди", "ажратилди", "рўйхатга олинди", "режалаштирилган", "молиялаштирилди", "қурилди",
             "экспорт қилинди", "ташкил этди"]


def _uz_amount(rng: random.Random) -> list[str]:
    x = _figure(rng)
    kind = rng.randrange(12)
    if kind == 0:
        return [x, "млрд", "сўм"]
    if kind == 1:
        return [x, "миллион", "АҚШ", "долларига"]
    if kind == 2:
        return [f"${x}", "млрд"]
    if kind == 3:
        return [x, "млрд", "долларгача"]
    if kind == 4:
        return [x, "мингдан", "ортиқ", rng.choice(_UZ_NOUNS)]
    if kind == 5:
        return [x, "млн", "долларга", "яқин"]
    if kind == 6:
        return ["камида", x, "миллион", "тонна"]
    if kind == 7:
        return ["тахминан", _grouped(rng), "гектар"]
    if kind == 8:
        return [spell(rng.randint(2, 99_999), "uz-Cyrl"), rng.choice(_UZ_NOUNS)]
    if kind == 9:
        a = rng.randint(2, 8)
        return [f"{a}-{a + rng.randint(1, 3)}", "млн", "тонна"]
    if kind == 10:
        return [f"{rng.randint(2, 999)}{rng.choice(['-дан', ' дан', 'дан'])}", "ортиқ", rng.choice(_UZ_NOUNS)]
    return [_grouped(rng), "нафар", rng.choice(_UZ_NOUNS)]


def _uz_percent(rng: random.Random) -> list[str]:
    p = _percent(rng)
    kind = rng.randrange(4)
    if kind == 0:
        return [p, "фоизга", "ошди"]
    if kind == 1:
        return [f"{p}%", "га", "ўсди"]
    if kind == 2:
        return [f"{p}%", "ни", "ташкил", "этди"]
    return [spell(int(p.split(",")[0]), "uz-Cyrl"), "фоизга", "камайди"]


def _uz_sentence(rng: random.Random) -> list[str]:
    """Chunks: an opener, [a year], a place, one or two amounts, a verb or a percent change."""
    chunks = [rng.choice(_UZ_OPEN)]
    if rng.random() < 0.3:
        chunks.append(f"{_year(rng)} йилда")
    chunks.append(rng.choice(_UZ_PLACES))
    chunks.append(" ".join(_uz_amount(rng)))
    if rng.random() < 0.5:
        chunks.append("ва " + " ".join(_uz_amount(rng)))
    if rng.random() < 0.4:
        chunks.append("кўрсаткич " + " ".join(_uz_percent(rng)))
    else:
        chunks.append(rng.choice(_UZ_VERBS))
    if rng.random() < 0.15:
        chunks.append(f"деб {rng.randint(2, 30)}-йиғилишда таъкидланди")
    return chunks


# ---------------------------------------------------------------------------
# Russian: a counted noun agrees with the figure (1 проект, 2 проекта, 5 проектов); after a
# scale word or a fraction it is genitive plural or singular.


def ru_form(n: int, forms: tuple[str, str, str]) -> str:
    """The form of a noun counted by the whole number *n*: (one, few, many)."""
    if n % 100 in range(11, 15):
        return forms[2]
    return forms[0] if n % 10 == 1 else forms[1] if n % 10 in (2, 3, 4) else forms[2]


_RU_OPEN = [
    "В прошлом году", "В текущем году", "За отчетный период", "За январь-август", "По официальным данным",
    "По данным ведомства", "Как сообщает бюро статистики", "С начала года",
]
_RU_NOUNS = [("проект", "проекта", "проектов"), ("предприятие", "предприятия", "предприятий"),
             ("человек", "человека", "человек"), ("рабочее место", "рабочих места", "рабочих мест"),
             ("школа", "школы", "школ"), ("объект", "объекта", "объектов"), ("семья", "семьи", "семей")]
_RU_PLACES = ["в стране", "в регионе", "в области", "в Алматы", "в Астане", "в Шымкенте",
              "в Карагандинской области", "в Ташкенте"]
_RU_FILL = ["всего", "также", "в целом", "ныне", "вновь", "текущего", "новых", "крупных", "региональных",
            "государственных"]
_RU_VERBS = ["реализовано", "выделено", "зарегистрировано", "запланировано", "профинансировано", "построено",
             "экспортировано", "составило"]
_RU_HECTARES = ("гектар", "гектара", "гектаров")


def _ru_amount(rng: random.Random) -> list[str]:
    """A money, tonnage or count phrase, with its scale, qualifier and agreeing noun."""
    x = _figure(rng)
    kind = rng.randrange(12)
    if kind == 0:
        return [x, "млрд", "тенге"]
    if kind == 1:
        return [x, "млн", "долларов", "США"]
    if kind == 2:
        return [f"${x}", "млрд"]
    if kind == 3:
        return ["более", x, "млрд", "долларов"]
    if kind == 4:
        return ["свыше", x, "тыс.", rng.choice(_RU_NOUNS)[2]]
    if kind == 5:
        return ["около", x, "млрд", "сумов"] if rng.random() < 0.5 else ["до", x, "млрд", "рублей"]
    if kind == 6:
        return ["не", "менее", x, "миллиона" if "," in x else "миллионов", "тонн"]
    if kind == 7:
        grouped = _grouped(rng)
        return ["порядка", grouped, _RU_HECTARES[1 if ru_form(int(grouped.replace(" ", "")), _RU_HECTARES)
                                                 == _RU_HECTARES[0] else 2]]
    if kind == 8:
        n = rng.randint(2, 99_999)
        return [spell(n, "ru"), ru_form(n, rng.choice(_RU_NOUNS))]
    if kind == 9:
        a = rng.randint(2, 8)
        return [f"{a}-{a + rng.randint(1, 3)}", "млн", "тонн"]
    if kind == 10:
        n = rng.randint(2, 999)
        return ["более", str(n), ru_form(n, rng.choice(_RU_NOUNS))]
    grouped = _grouped(rng)
    return [grouped, ru_form(int(grouped.replace(" ", "")), rng.choice(_RU_NOUNS))]


def _ru_percent(rng: random.Random) -> list[str]:
    p = _percent(rng)
    kind = rng.randrange(4)
    if kind == 0:
        return ["вырос", "на", p, "процента" if "," in p else ru_form(int(p), ("процент", "процента", "процентов"))]
    if kind == 1:
        return ["увеличился", "на", f"{p}%"]
    if kind == 2:
        return ["составил", f"{p}%"]
    n = int(p.split(",")[0])
    return ["снизился", "на", spell(n, "ru"), ru_form(n, ("процент", "процента", "процентов"))]


def _ru_sentence(rng: random.Random) -> list[str]:
    """Chunks: an opener, [a year], a place, one or two amounts, a verb or a percent change."""
    chunks = [rng.choice(_RU_OPEN)]
    if rng.random() < 0.3:
        chunks.append(f"в {_year(rng)} году")
    chunks.append(rng.choice(_RU_PLACES))
    chunks.append(rng.choice(_RU_VERBS))
    chunks.append(" ".join(_ru_amount(rng)))
    if rng.random() < 0.5:
        chunks.append("и " + " ".join(_ru_amount(rng)))
    if rng.random() < 0.4:
        chunks.append("а показатель " + " ".join(_ru_percent(rng)))
    if rng.random() < 0.15:
        chunks.append(f"сообщили на {rng.randint(2, 30)}-м заседании")
    return chunks


# ---------------------------------------------------------------------------

_MAKERS: dict[str, tuple[Callable[[random.Random], list[str]], list[str]]] = {
    "kk": (_kk_sentence, _KK_FILL),
    "uz-Cyrl": (_uz_sentence, _UZ_FILL),
    "ru": (_ru_sentence, _RU_FILL),
}


def _count(chunks: list[str]) -> int:
    return sum(len(c.split()) for c in chunks)


def sentences(lang: str, n: int, seed: int = 2025) -> list[str]:
    """*n* sentences of 10-14 words in *lang* ("kk", "uz-Cyrl" or "ru"), the same for the same seed."""
    make, fill = _MAKERS[lang]
    rng = random.Random(f"{lang}:{seed}")
    out: list[str] = []
    while len(out) < n:
        chunks = make(rng)
        target = rng.randint(10, 14)
        # filler words go between whole chunks (never inside a figure's phrase)
        while _count(chunks) < target:
            chunks.insert(rng.randint(1, len(chunks) - 1), rng.choice(fill))
        if _count(chunks) > 14:
            continue
        out.append(" ".join(chunks) + ".")
    return out


def article(lang: str, index: int, seed: int = 2025, length: int = 8) -> str:
    """A short article: *length* sentences from one stream, in paragraphs of two."""
    body = sentences(lang, length, seed=seed * 1_000_003 + index)
    return "\n\n".join(" ".join(body[k : k + 2]) for k in range(0, len(body), 2))
