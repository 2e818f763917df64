"""The language data: it loads, the generated tier is current, broken files are reported well."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import factrecon.lang.data as lang_data
from factrecon import LanguageDataError, UnknownLanguageError
from factrecon.lang import SUPPORTED, canonical, detect, reading_language
from factrecon.lang.data import load

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "src" / "factrecon" / "lang" / "data"


@pytest.fixture
def fresh_cache() -> Iterator[None]:
    """Clear the load cache before and after, so a monkeypatched reader is seen and then forgotten."""
    load.cache_clear()
    yield
    load.cache_clear()


def _gen_cldr() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_cldr", REPO / "scripts" / "gen_cldr.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("gen_cldr", module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("tag", SUPPORTED)
def test_each_language_loads(tag: str) -> None:
    data = load(tag)
    assert data.tag == tag
    assert data.decimal_separator == ","
    assert len(data.words) > 1000  # stems x suffix chains
    assert all(data.months[m] for m in range(1, 13))


@pytest.mark.parametrize(
    ("tag", "word", "role", "value"),
    [
        ("kk", "мыңнан", "scale", 1000),
        ("kk", "миллиардқа", "scale", 10**9),
        ("kk", "жиырмасыншы", "ten", 20),
        ("kk", "қырқыншы", "ten", 40),
        ("kk", "төртеуі", "collective", 4),
        ("kk", "мыңдаған", "vague", 1000),
        ("kk", "жарым", "fraction", Decimal("0.5")),
        ("uz-Cyrl", "мингдан", "scale", 1000),
        ("uz-Cyrl", "бешта", "digit", 5),
        ("uz-Cyrl", "йигирманчи", "ten", 20),
        ("uz-Cyrl", "минглаб", "vague", 1000),
        ("uz-Cyrl", "ярим", "fraction", Decimal("0.5")),
        ("uz-Cyrl", "трилион", "scale", 10**12),  # CLDR's spelling
        ("uz-Cyrl", "триллион", "scale", 10**12),  # the news spelling
        ("ru", "двадцати", "ten", 20),  # every case form is a stem of its own
        ("ru", "трёхсот", "hundred", 300),
        ("ru", "пятьюстами", "hundred", 500),
        ("ru", "полутора", "fraction", Decimal("1.5")),
        ("ru", "миллионов", "scale", 10**6),
        ("ru", "тысячами", "scale", 1000),
        ("ru", "седьмое", "digit", 7),  # an ordinal from the ordinal stem седьм-
        ("ru", "сороковой", "ten", 40),
        ("ru", "двое", "collective", 2),
        ("ru", "вдвое", "times", 2),
        ("ru", "десятки", "vague", 10),
    ],
)
def test_expanded_forms(tag: str, word: str, role: str, value: int | Decimal) -> None:
    forms = [f for f in load(tag).forms(word) if f.role == role]
    assert forms, f"{word!r} has no {role} reading"
    assert forms[0].value == value


@pytest.mark.parametrize(
    ("tag", "word"),
    [("kk", w) for w in ("оның", "онда", "оны", "жүзеге", "бірлескен", "бірге", "жетті", "алтын")]
    + [("uz-Cyrl", w) for w in ("учун", "юзасидан", "юзага", "бирга", "олтин", "учрашув")]
    + [("ru", w) for w in ("семью", "пятиый", "пятьюой")],  # "family"; no ordinal on a case form (stems_only)
)
def test_homographs_have_no_reading(tag: str, word: str) -> None:
    assert load(tag).forms(word) == ()


def test_months_come_from_cldr_and_the_hand_written_file() -> None:
    kk, uz = load("kk"), load("uz-Cyrl")
    assert "наурыз" in kk.months[3]
    assert "январ" in uz.months[1]  # CLDR
    assert "январь" in uz.months[1]  # hand-written: news writes the soft sign
    assert any(f.role == "month" for f in uz.forms("декабрда"))


def test_cldr_metres_abbreviation_is_not_a_scale() -> None:
    assert not any(f.role in ("scale", "abbr") for f in load("kk").forms("м."))


@pytest.mark.parametrize("tag", SUPPORTED)
def test_generated_tier_is_current(tag: str) -> None:
    committed = (DATA / tag / "cldr.toml").read_text(encoding="utf-8")
    from babel.core import get_global

    cldr = f"from CLDR {get_global('cldr')['version']} (babel)"
    if cldr not in committed.splitlines()[0]:  # babel is a dependency at any version; the dev extra pins it
        pytest.skip(f"the installed babel has another CLDR ({cldr}); the dev extra pins the one the files came from")
    assert _gen_cldr().render(tag) == committed, "stale: run python scripts/gen_cldr.py"


# --- broken data files ---------------------------------------------------------


def _broken_reader(tag: str, name_part: str, change: Any) -> Any:
    real = lang_data.read_lang

    def read(lang: str, name: str) -> dict[str, Any]:
        table = real(lang, name)
        if (lang, name) == (tag, name_part):
            change(table)
        return table

    return read


@pytest.mark.usefixtures("fresh_cache")
@pytest.mark.parametrize(
    ("change", "key"),
    [
        (lambda t: t["numbers"]["units"].__setitem__("бір", "one"), "units.бір"),
        (lambda t: t.__delitem__("qualifiers"), "qualifiers"),
        (lambda t: t["qualifiers"]["before"].__setitem__("кемінде", "sometimes"), "qualifiers.before.кемінде"),
        (lambda t: t["qualifiers"]["after"].__setitem__("астам", {"bound": "more_than"}), "qualifiers.after.астам"),
        (lambda t: t["suffixes"]["chains"].__setitem__("number", ["", "nosuch"]), "suffixes.chains.number"),
        (lambda t: t["units"].__setitem__("USD", "доллар"), "USD"),
    ],
)
def test_broken_file_names_file_and_key(monkeypatch: pytest.MonkeyPatch, change: Any, key: str) -> None:
    monkeypatch.setattr(lang_data, "read_lang", _broken_reader("kk", "numbers", change))
    with pytest.raises(LanguageDataError) as info:
        load("kk")
    assert "kk/numbers.toml" in info.value.path
    assert info.value.key == key
    assert "kk/numbers.toml" in str(info.value)
    assert key in str(info.value)


@pytest.mark.usefixtures("fresh_cache")
def test_broken_generated_tier_names_its_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lang_data, "read_lang", _broken_reader("uz-Cyrl", "cldr", lambda t: t.__delitem__("months")))
    with pytest.raises(LanguageDataError, match=r"uz-Cyrl/cldr\.toml: months"):
        load("uz-Cyrl")


def test_invalid_toml_is_a_language_data_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from factrecon.lang import _toml

    (tmp_path / "kk.toml").write_text("[numbers\nbroken = ", encoding="utf-8")
    monkeypatch.setattr(_toml, "DATA", tmp_path)
    with pytest.raises(LanguageDataError, match="not valid TOML"):
        _toml.read_data("kk.toml")
    with pytest.raises(LanguageDataError, match="cannot read"):
        _toml.read_data("missing.toml")


# --- tags and detection -----------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "tag"),
    [("kk", "kk"), ("KK", "kk"), ("kk-KZ", "kk"), ("kk_Cyrl", "kk"), ("uz-Cyrl", "uz-Cyrl"), ("uz_Cyrl", "uz-Cyrl"),
     ("UZ-CYRL-UZ", "uz-Cyrl"), ("ru", "ru"), ("ru-KZ", "ru"), ("RU_RU", "ru"), ("rus", "ru")],
)
def test_canonical(given: str, tag: str) -> None:
    assert canonical(given) == tag


@pytest.mark.parametrize("bad", ["uz", "uz-Arab", "tt", "en", "", "kazakh", None, 7])
def test_unknown_language_lists_supported(bad: object) -> None:
    with pytest.raises(UnknownLanguageError) as info:
        canonical(bad)
    assert isinstance(info.value, ValueError)
    for tag in SUPPORTED:
        assert tag in str(info.value)


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Қазақстан мен Ресей арасындағы тауар айналымы 4,4 млрд долларға жетті.", "kk"),
        ("Ўзбекистон ва Қозоғистон ўртасидаги савдо айланмаси 23 мингдан ортиқ.", "uz-Cyrl"),
        ("Тошкентда 2025 йилда ҳосил йиғилди", "uz-Cyrl"),
        ("Өскемен қаласында екі мың адам", "kk"),
        ("Қазақстанда астық жинау аяқталды", "kk"),  # a headline: no ә ө ұ ү і ң, but қ and ы
        ("Ўзбекистонда ғалла", "uz-Cyrl"),
        # headlines of one story in the three languages
        ("В Казахстане собрали 26,7 млн тонн зерна", "ru"),
        ("Қазақстанда 26,7 млн тонна астық жиналды", "kk"),
        ("Қозоғистонда 26,7 млн тонна ғалла ҳосили йиғилди", "uz-Cyrl"),
        ("Товарооборот Казахстана и Узбекистана вырос на 12,5%", "ru"),
        ("Нацбанк повысил базовую ставку до 18%", "ru"),
        ("Ещё один рекорд в экспорте", "ru"),  # щ, and a frequent word
        ("Ўзбекистон ва Қозоғистон савдоси 12,5 фоизга ошди", "uz-Cyrl"),
        ("Қазақстан мен Өзбекстан саудасы 12,5 пайызға өсті", "kk"),
    ],
)
def test_detect(text: str, tag: str) -> None:
    assert detect(text) == tag


@pytest.mark.parametrize(
    "text",
    ["2025", "", "The harvest reached 26 million tonnes.", "Hasat 26 milyon tona ulaştı.", "Қазан", "1 234 567,8",
     "Астана", "Бишкек"],  # a bare name written alike in kk, uz-Cyrl and ru
)
def test_detect_says_when_it_cannot_tell(text: str) -> None:
    with pytest.raises(UnknownLanguageError, match="cannot tell the language") as info:
        detect(text)
    assert info.value.tag is None


def test_a_text_without_letters_is_read_in_any_language() -> None:
    assert reading_language("2025") == reading_language("") == SUPPORTED[0]
    with pytest.raises(UnknownLanguageError):
        reading_language("The harvest reached 26 million tonnes.")
