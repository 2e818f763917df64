"""Numbers in words as an outside generator writes them, read back by find_quantities.

The words here come from a speller of this module's own (the grammar of each language: the
Kazakh vowel harmony and consonant assimilation of the case endings, the Uzbek endings, the six
Russian cases of every part of a cardinal), not from factrecon.spell, so a form the project's
speller never writes is still read: a case ending on a homograph after a number word ("он
бірге"), "-ка"/"-қа" after к/қ, "двумястами", "тремястами", the Latin apostrophes.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factrecon import Kind, Qualifier, find_quantities
from factrecon.lang.data import load

D = Decimal

# ----------------------------------------------------------------------------- Kazakh
KK_U = ["нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"]
KK_T = ["", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"]
KK_S = [(10**12, "триллион"), (10**9, "миллиард"), (10**6, "миллион"), (10**3, "мың")]


def tri(n, units, tens, hundred, one_hundred):
    """1..999 in Kazakh or Uzbek words: [unit] hundred, ten, unit."""
    h, r = divmod(n, 100)
    t, u = divmod(r, 10)
    w = [one_hundred if h == 1 else f"{units[h]} {hundred}"] if h else []
    return " ".join(w + ([tens[t]] if t else []) + ([units[u]] if u else []))


def kk_tri(n, one_hundred="жүз"):
    return tri(n, KK_U, KK_T, "жүз", one_hundred)


def kk_card(n, bir=False):
    if n == 0:
        return "нөл"
    w = []
    for v, name in KK_S:
        g, n = divmod(n, v)
        if g:
            w.append((("бір " if bir else "") + name) if g == 1 else kk_tri(g) + " " + name)
    if n:
        w.append(kk_tri(n, "бір жүз" if bir else "жүз"))
    return " ".join(w)


KK_VOW = set("аәеиоөұүыіэюя")
KK_BACK = set("аоұыя")
KK_VOICELESS = set("пфкқтсшщчхцһ")
KK_NASAL = set("мнң")


def kk_back(word):
    for ch in reversed(word):
        if ch in KK_VOW:
            return ch in KK_BACK
    return True


def kk_suffix(word, case):
    b = kk_back(word)
    last = word[-1]
    a = "а" if b else "е"
    y = "ы" if b else "і"
    vow, vl, nas = last in KK_VOW, last in KK_VOICELESS, last in KK_NASAL
    if case == "dat":
        return word + (("қ" if vl else "ғ") if b else ("к" if vl else "г")) + a
    if case == "loc":
        return word + ("т" if vl else "д") + a
    if case == "abl":
        return word + ("т" if vl else "н" if nas else "д") + a + "н"
    if case == "gen":
        return word + ("н" if vow or nas else "т" if vl else "д") + y + "ң"
    if case == "acc":
        return word + ("н" if vow else "т" if vl else "д") + y
    if case == "instr":
        return word + ("п" if vl else "б" if last in "зж" else "м") + "ен"
    if case == "locattr":
        return word + ("т" if vl else "д") + a + ("ғы" if b else "гі")
    if case == "px3":
        return word + ("с" if vow else "") + y
    if case.startswith("px3+"):
        base = word + ("с" if vow else "") + y
        c = case[4:]
        return base + {"acc": "н", "dat": "н" + a, "loc": "нд" + a, "abl": "н" + a + "н", "gen": "н" + y + "ң"}[c]
    raise ValueError(case)


KK_CASES = ["dat", "loc", "abl", "gen", "acc", "instr", "locattr", "px3", "px3+dat", "px3+loc", "px3+abl", "px3+acc"]


def kk_ord_word(word):
    stem = {"қырық": "қырқ", "жиырма": "жиырмас"}.get(word, word)
    b = kk_back(stem)
    if stem[-1] in KK_VOW:
        return stem + ("ншы" if b else "нші")
    return stem + ("ыншы" if b else "інші")


def with_last(phrase, f):
    ws = phrase.split(" ")
    ws[-1] = f(ws[-1])
    return " ".join(ws)


# ----------------------------------------------------------------------------- Uzbek
UZ_U = ["нол", "бир", "икки", "уч", "тўрт", "беш", "олти", "етти", "саккиз", "тўққиз"]
UZ_T = ["", "ўн", "йигирма", "ўттиз", "қирқ", "эллик", "олтмиш", "етмиш", "саксон", "тўқсон"]
UZ_S = [(10**12, "триллион"), (10**9, "миллиард"), (10**6, "миллион"), (10**3, "минг")]


def uz_tri(n, bir=False):
    return tri(n, UZ_U, UZ_T, "юз", "бир юз" if bir else "юз")


def uz_card(n, bir=False):
    if n == 0:
        return "нол"
    w = []
    for v, name in UZ_S:
        g, n = divmod(n, v)
        if g:
            if g == 1:
                w.append(("бир " + name) if (bir or v > 1000) else name)
            else:
                w.append(uz_tri(g) + " " + name)
    if n:
        w.append(uz_tri(n, bir))
    return " ".join(w)


UZ_VOW = set("аеиоуўэюяё")


def uz_suffix(word, case):
    last = word[-1]
    vow = last in UZ_VOW
    if case == "dat":
        return word + ("ка" if last == "к" else "қа" if last == "қ" else "га")
    if case == "px3":
        return word + ("си" if vow else "и")
    if case == "px3+dat":
        return word + ("си" if vow else "и") + "га"
    if case == "px3+abl":
        return word + ("си" if vow else "и") + "дан"
    if case == "ord":
        return word + ("нчи" if vow else "инчи")
    return word + {"loc": "да", "abl": "дан", "gen": "нинг", "acc": "ни", "locattr": "даги", "lim": "гача",
                   "cls": "та", "distr": "тадан", "approx": "тача"}[case]


UZ_CASES = ["dat", "loc", "abl", "gen", "acc", "locattr", "lim", "cls", "distr", "px3", "px3+dat", "px3+abl"]

LAT = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "j", "з": "z", "и": "i",
       "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
       "у": "u", "ф": "f", "х": "x", "ч": "ch", "ш": "sh", "ъ": "ʼ", "ь": "", "э": "e", "ю": "yu", "я": "ya",
       "ў": "oʻ", "қ": "q", "ғ": "gʻ", "ҳ": "h"}


def uz_lat(text, apo="ʻ"):
    out = []
    for k, ch in enumerate(text):
        low = ch.lower()
        if low == "е" and (k == 0 or not text[k - 1].isalpha() or text[k - 1].lower() in UZ_VOW):
            s = "ye"
        else:
            s = LAT.get(low, ch)
        s = s.replace("ʻ", apo)
        if ch != low and s:
            s = s[0].upper() + s[1:]
        out.append(s)
    return "".join(out)


# ----------------------------------------------------------------------------- Russian
RU_NOM = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять",
          "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать",
          "семнадцать", "восемнадцать", "девятнадцать"]
RU_TENS = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят",
           "девяносто"]
RU_HUND = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"]


def ru_unit_case(n, case, fem=False):
    """0..19 in a case."""
    if n == 1:
        if fem:
            return {"nom": "одна", "gen": "одной", "dat": "одной", "acc": "одну", "ins": "одной", "pre": "одной"}[case]
        return {"nom": "один", "gen": "одного", "dat": "одному", "acc": "один", "ins": "одним", "pre": "одном"}[case]
    if n == 2:
        return {"nom": "две" if fem else "два", "gen": "двух", "dat": "двум", "acc": "две" if fem else "два",
                "ins": "двумя", "pre": "двух"}[case]
    if n == 3:
        return {"nom": "три", "gen": "трёх", "dat": "трём", "acc": "три", "ins": "тремя", "pre": "трёх"}[case]
    if n == 4:
        return {"nom": "четыре", "gen": "четырёх", "dat": "четырём", "acc": "четыре", "ins": "четырьмя",
                "pre": "четырёх"}[case]
    nom = RU_NOM[n]
    if case in ("nom", "acc"):
        return nom
    if n == 0:
        return {"gen": "ноля", "dat": "нолю", "ins": "нолём", "pre": "ноле"}[case]
    stem = nom[:-1]  # пять -> пят
    if n == 8:
        stem = "восьм"
    if case == "ins":
        return ("восемью" if n == 8 else nom + "ю")
    return stem + "и"


def ru_ten_case(t, case):
    nom = RU_TENS[t]
    if case in ("nom", "acc"):
        return nom
    if t in (4, 9):
        return "девяноста" if t == 9 else "сорока"
    if t in (2, 3):
        return nom[:-1] + ("ью" if case == "ins" else "и")
    # 50..80: пятьдесят
    first = {5: "пят", 6: "шест", 7: "сем", 8: "восем"}[t]
    if case == "ins":
        return first + "ьюдесятью"
    first = {5: "пяти", 6: "шести", 7: "семи", 8: "восьми"}[t]
    return first + "десяти"


def ru_hund_case(h, case):
    if case in ("nom", "acc"):
        return RU_HUND[h]
    if h == 1:
        return "ста"
    u = ru_unit_case(h, "gen")  # двух, трёх, пяти
    if case == "gen":
        return u + ("сот")
    if case == "dat":
        return ru_unit_case(h, "dat") + "стам"
    if case == "ins":
        return ru_unit_case(h, "ins") + "стами"
    return u + "стах"


def ru_tri(n, case, fem=False):
    w = []
    h, r = divmod(n, 100)
    if h:
        w.append(ru_hund_case(h, case))
    if r >= 20:
        t, u = divmod(r, 10)
        w.append(ru_ten_case(t, case))
        if u:
            w.append(ru_unit_case(u, case, fem))
    elif r:
        w.append(ru_unit_case(r, case, fem))
    return " ".join(w)


def ru_plural(n):
    if n % 10 == 1 and n % 100 != 11:
        return "one"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "few"
    return "many"


RU_SCALE_FORMS = {
    "тысяча": {"nom": ("тысяча", "тысячи", "тысяч"), "acc": ("тысячу", "тысячи", "тысяч"),
               "gen": ("тысячи", "тысяч", "тысяч"), "dat": ("тысяче", "тысячам", "тысячам"),
               "ins": ("тысячей", "тысячами", "тысячами"), "pre": ("тысяче", "тысячах", "тысячах")},
}
for _w in ("миллион", "миллиард", "триллион"):
    RU_SCALE_FORMS[_w] = {"nom": (_w, _w + "а", _w + "ов"), "acc": (_w, _w + "а", _w + "ов"),
                          "gen": (_w + "а", _w + "ов", _w + "ов"), "dat": (_w + "у", _w + "ам", _w + "ам"),
                          "ins": (_w + "ом", _w + "ами", _w + "ами"), "pre": (_w + "е", _w + "ах", _w + "ах")}
RU_SCALES = [(10**12, "триллион"), (10**9, "миллиард"), (10**6, "миллион"), (10**3, "тысяча")]


def ru_card(n, case="nom", one=True):
    if n == 0:
        return ru_unit_case(0, case)
    w = []
    for v, name in RU_SCALES:
        g, n = divmod(n, v)
        if not g:
            continue
        fem = name == "тысяча"
        forms = RU_SCALE_FORMS[name][case]
        p = ru_plural(g)
        if case in ("nom", "acc"):
            form = forms[{"one": 0, "few": 1, "many": 2}[p]]
        else:
            form = forms[0] if p == "one" else forms[1]
        if g == 1 and not one:
            w.append(form)
        else:
            w.append(ru_tri(g, case, fem) + " " + form)
    if n:
        w.append(ru_tri(n, case))
    return " ".join(w)


# ----------------------------------------------------------------------------- checks

CARRIER = {
    "kk": "Ресми дерек бойынша {} деп көрсетілген.",
    "uz-Cyrl": "Расмий маълумотга кўра {} деб кўрсатилган.",
    "uz-Latn": "Rasmiy maʼlumotlarga koʻra {} deb koʻrsatilgan.",
    "ru": "По официальным данным, {} указано в отчёте.",
}


def read_one(lang: str, phrase: str, carrier: str | None = None):  # type: ignore[no-untyped-def]
    """The one quantity overlapping *phrase* in its carrier sentence; it must cover the whole phrase."""
    sentence = (carrier or CARRIER[lang]).format(phrase)
    start = sentence.index(phrase)
    end = start + len(phrase)
    over = [q for q in find_quantities(sentence, lang) if q.start < end and q.end > start]
    assert len(over) == 1, (phrase, [(q.text, q.value) for q in over])
    q = over[0]
    assert q.start <= start, (phrase, q.text)
    assert q.end >= end, (phrase, q.text)
    return q


def _homograph_alone(lang: str, phrase: str) -> bool:
    """A number the data says ends in a word that is no number there: a homograph alone ("онда", "жүзі")
    or one of [numbers.homographs] never ("алпыс үшін": "for sixty")."""
    data, last = load(lang), phrase.split()[-1].lower()
    return last in data.homographs and (" " not in phrase or last not in data.continuations)


NUMBERS = st.integers(min_value=2, max_value=10**12 - 1) | st.sampled_from(
    [10, 11, 21, 40, 50, 90, 100, 101, 1001, 1_000_000]
)


@given(NUMBERS, st.sampled_from(["", *KK_CASES]))
def test_kazakh_spelled_number_with_any_case_ending_reads_back(n: int, case: str) -> None:
    phrase = kk_card(n) if not case else with_last(kk_card(n), lambda w: kk_suffix(w, case))
    if _homograph_alone("kk", phrase):
        return
    q = read_one("kk", phrase)
    assert (q.value, q.kind) == (n, Kind.CARDINAL)


@given(NUMBERS, st.sampled_from(["", "dat", "loc", "abl", "acc", "gen", "px3"]))
def test_kazakh_spelled_ordinal_with_any_case_ending_reads_back(n: int, case: str) -> None:
    phrase = with_last(kk_card(n), kk_ord_word)
    if case:
        phrase = with_last(phrase, lambda w: kk_suffix(w, case))
    if _homograph_alone("kk", phrase):
        return
    q = read_one("kk", phrase)
    assert (q.value, q.kind) == (n, Kind.ORDINAL)


UZ_LATN_APOSTROPHES = ["ʻ", "'", "`", "‘", "’"]


@given(NUMBERS, st.sampled_from(["", *UZ_CASES]), st.sampled_from(["uz-Cyrl", "uz-Latn"]),
       st.sampled_from(UZ_LATN_APOSTROPHES), st.booleans())
def test_uzbek_spelled_number_with_any_ending_reads_back(n: int, case: str, lang: str, apo: str, bir: bool) -> None:
    phrase = uz_card(n, bir)
    if case:
        phrase = with_last(phrase, lambda w: uz_suffix(w, case))
    if lang == "uz-Latn":
        phrase = uz_lat(phrase, apo)
    if _homograph_alone(lang, phrase):
        return
    q = read_one(lang, phrase)
    assert (q.value, q.kind) == (n, Kind.CARDINAL)


@given(NUMBERS, st.sampled_from(["nom", "gen", "dat", "acc", "ins", "pre"]), st.booleans())
def test_russian_spelled_number_in_any_case_reads_back(n: int, case: str, one: bool) -> None:
    if case == "ins" and str(n).startswith("7") and len(str(n)) in (1, 4, 7, 10):
        return  # "семью" (by seven) is "family": not read as a number's first word (numbers.toml homographs)
    q = read_one("ru", ru_card(n, case, one=one))
    assert (q.value, q.kind) == (n, Kind.CARDINAL)


@pytest.mark.parametrize(
    ("lang", "phrase", "value", "kind"),
    [
        # a homograph after a number word goes on with it
        ("kk", "он бірге", 11, Kind.CARDINAL),
        ("kk", "тоғыз жүз онда", 910, Kind.CARDINAL),
        ("kk", "екі жүзі", 200, Kind.CARDINAL),
        ("kk", "мың біріншіден", 1001, Kind.ORDINAL),
        ("uz-Cyrl", "ўн бирга", 11, Kind.CARDINAL),
        ("uz-Cyrl", "икки юзи", 200, Kind.CARDINAL),
        ("uz-Cyrl", "юз биринчидан", 101, Kind.ORDINAL),
        ("uz-Latn", "o'n birga", 11, Kind.CARDINAL),
        # a decimal in words with a scale word after it
        ("kk", "үш бүтін оннан екі миллион", 3_200_000, Kind.CARDINAL),
        ("uz-Cyrl", "уч бутун ўндан икки миллион", 3_200_000, Kind.CARDINAL),
        ("ru", "две целых пять десятых миллиона", 2_500_000, Kind.CARDINAL),
        # the point read aloud as "comma", or as "and" before a denominator
        ("ru", "восемь запятая шесть", D("8.6"), Kind.CARDINAL),
        ("kk", "сегіз үтір алты", D("8.6"), Kind.CARDINAL),
        ("ru", "восемь и шесть десятых", D("8.6"), Kind.CARDINAL),
        ("ru", "две целых и пять десятых", D("2.5"), Kind.CARDINAL),
        # "and a half", half a million
        ("ru", "два с половиной миллиона", 2_500_000, Kind.CARDINAL),
        # half of a scale in one word
        ("ru", "полмиллиона", 500_000, Kind.CARDINAL),
        ("ru", "полумиллиардом", 500_000_000, Kind.CARDINAL),
        # the ordinal of a round thousand or million in one word
        ("ru", "двухтысячный", 2000, Kind.ORDINAL),
        ("ru", "стотысячным", 100_000, Kind.ORDINAL),
        ("ru", "миллион пятитысячный", 1_005_000, Kind.ORDINAL),
        # a homograph first, with a number word after it
        ("ru", "семью миллиардами", 7_000_000_000, Kind.CARDINAL),
        # the apostrophe of oʻ left out
        ("uz-Latn", "toqson toqqiz", 99, Kind.CARDINAL),
        ("uz-Latn", "ottiz ming", 30_000, Kind.CARDINAL),
        # the oblique cases of the hundreds
        ("ru", "двумястами", 200, Kind.CARDINAL),
        ("ru", "пятистам двадцати пяти", 525, Kind.CARDINAL),
        ("ru", "двадцать пятого", 25, Kind.ORDINAL),
        ("ru", "сотом", 100, Kind.ORDINAL),
        # ў typed as у
        ("uz-Cyrl", "турт минг", 4000, Kind.CARDINAL),
        ("uz-Cyrl", "уттиз", 30, Kind.CARDINAL),
    ],
)
def test_forms_an_outside_generator_writes(lang: str, phrase: str, value: object, kind: Kind) -> None:
    q = read_one(lang, phrase)
    assert (q.value, q.kind) == (value, kind)


@pytest.mark.parametrize(
    ("lang", "phrase", "value", "unit"),
    [
        ("kk", "бір пайыз", 1, "percent"),
        ("kk", "нөл пайыз", 0, "percent"),
        ("ru", "одного процента", 1, "percent"),
        ("ru", "три с половиной процента", D("3.5"), "percent"),
        ("uz-Cyrl", "бир фоиз", 1, "percent"),
        ("uz-Latn", "bir dollar", 1, "USD"),
        # a count of parts before a fraction word
        ("ru", "две трети", D("66.7"), "percent"),
        ("ru", "трёх четвертей", 75, "percent"),
    ],
)
def test_one_or_zero_before_a_per_cent_or_currency_word_is_a_quantity(lang: str, phrase: str, value: object,
                                                                       unit: str) -> None:
    q = read_one(lang, phrase)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    ("lang", "sentence", "phrase", "value", "kind"),
    [
        # an ordinal in words before a year or month word is a date
        ("kk", "Зауыт екі мың жиырма төртінші жылы ашылды.", "екі мың жиырма төртінші жылы", 2024, Kind.DATE),
        ("uz-Cyrl", "Завод икки минг йигирма тўртинчи йилда очилди.", "икки минг йигирма тўртинчи йилда", 2024,
         Kind.DATE),
        ("uz-Latn", "Zavod ikki ming yigirma toʻrtinchi yilda ochildi.", "ikki ming yigirma toʻrtinchi yilda", 2024,
         Kind.DATE),
        ("ru", "Завод открыли в две тысячи двадцать четвёртом году.", "две тысячи двадцать четвёртом году", 2024,
         Kind.DATE),
        ("ru", "Совещание прошло двадцать пятого ноября.", "двадцать пятого ноября", 25, Kind.DATE),
        ("ru", "Совещание прошло первого января.", "первого января", 1, Kind.DATE),
        ("ru", "Это было в двухтысячном году.", "двухтысячном году", 2000, Kind.DATE),
        # a cardinal in words before a year word counts years
        ("ru", "На это уйдёт двадцать пять лет.", "двадцать пять лет", 25, Kind.CARDINAL),
        ("kk", "Бұған жиырма бес жыл керек.", "жиырма бес жыл", 25, Kind.CARDINAL),
        ("kk", "Бұған мың жыл керек.", "мың жыл", 1000, Kind.CARDINAL),
    ],
)
def test_an_ordinal_in_words_before_a_year_or_month_word_is_a_date(lang: str, sentence: str, phrase: str,
                                                                   value: int, kind: Kind) -> None:
    q = read_one(lang, phrase, sentence.replace(phrase, "{}"))
    assert (q.value, q.kind) == (value, kind)


@pytest.mark.parametrize(
    ("lang", "phrase", "low", "high"),
    [
        ("kk", "екі-үш", 2, 3),
        ("kk", "бес-алты мың", 5000, 6000),
        ("uz-Cyrl", "беш-олти минг", 5000, 6000),
        ("uz-Latn", "ikki-uch", 2, 3),
        ("ru", "пять-шесть тысяч", 5000, 6000),
    ],
)
def test_two_numbers_in_words_joined_by_a_hyphen_are_a_range(lang: str, phrase: str, low: int, high: int) -> None:
    q = read_one(lang, phrase)
    assert (q.low, q.high, q.qualifier) == (low, high, Qualifier.RANGE)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("kk", "Олар бірге жұмыс істейді."),  # "together"
        ("kk", "Біріншіден, бұл маңызды."),  # "firstly"
        ("kk", "Ол онда тұрады."),  # "there"
        ("uz-Cyrl", "Улар бирга ишлади."),
        ("ru", "Он один из лучших."),  # "one of"
        ("ru", "Он любит семью."),  # "family"
        ("uz-Cyrl", "Ундан кейин ун нархи ошди."),  # "from it", "flour": never ўн typed with у
        ("uz-Latn", "Undan keyin tort sotildi."),  # "from it", "cake"
        ("kk", "Бір адам келді."),  # the article
    ],
)
def test_homographs_and_the_article_alone_stay_silent(lang: str, sentence: str) -> None:
    assert find_quantities(sentence, lang) == []


def test_and_between_two_numbers_is_no_point_without_a_denominator() -> None:
    """"пять и шесть" is five and six, not 5.6: "и" is the point only before "десятых", "сотых"."""
    assert [q.value for q in find_quantities("Пришли пять и шесть человек.", "ru")] == [5, 6]


def test_a_homograph_first_needs_a_number_word_that_goes_on_with_it() -> None:
    """"семью двумя тысячами": "семью" is "family" here, as no number is "7 2000"."""
    [q] = find_quantities("Мы поддержали семью двумя тысячами рублей.", "ru")
    assert (q.text, q.value) == ("двумя тысячами рублей", 2000)


def test_a_postposition_after_a_number_word_is_not_part_of_it() -> None:
    """"мың үшін" is "for a thousand" ([numbers.homographs] never), not 1003."""
    q = read_one("kk", "мың", "Әр {} үшін сыйлық берілді.")
    assert (q.value, q.text) == (1000, "мың")
