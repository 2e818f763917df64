"""Language tags, detection and the per-language data (loaded lazily, cached)."""

from __future__ import annotations

import functools

from factrecon.errors import UnknownLanguageError, check_str
from factrecon.lang._toml import expect_list, expect_table, read_data

__all__ = ["SUPPORTED", "canonical", "detect"]

SUPPORTED: tuple[str, ...] = ("kk", "uz-Cyrl")

_ALIASES = {
    "kk": "kk",
    "kk-cyrl": "kk",
    "kk-kz": "kk",
    "kk-cyrl-kz": "kk",
    "kaz": "kk",
    "uz-cyrl": "uz-Cyrl",
    "uz-cyrl-uz": "uz-Cyrl",
    "uzb-cyrl": "uz-Cyrl",
}


@functools.cache
def _telling_letters() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The letters only Kazakh writes and those only Uzbek writes (lang/data/common.toml, [detect])."""
    where = "lang/data/common.toml"
    table = expect_table(where, read_data("common.toml"), "detect")
    return tuple(expect_list(where, table, "kk")), tuple(expect_list(where, table, "uz-Cyrl"))


def canonical(tag: object) -> str:
    """The BCP 47 tag factrecon uses for *tag* (``"uz_Cyrl"`` → ``"uz-Cyrl"``).

    Raises :class:`~factrecon.UnknownLanguageError` for a language we have no data for
    (plain ``"uz"`` included: factrecon reads only the Cyrillic script).
    """
    if not isinstance(tag, str):
        raise UnknownLanguageError(tag, SUPPORTED)
    found = _ALIASES.get(tag.strip().replace("_", "-").lower())
    if found is None:
        raise UnknownLanguageError(tag, SUPPORTED)
    return found


def detect(text: str) -> str:
    """Guess ``"kk"`` or ``"uz-Cyrl"`` from the letters only one of them uses.

    Ties (no telling letter at all, e.g. a text of digits) go to ``"kk"``;
    both languages read digits the same way.
    """
    check_str(text)
    kk_only, uz_only = _telling_letters()
    # str.count runs at C speed: a few passes beat one Python loop over every character
    kk = sum(map(text.count, kk_only))
    uz = sum(map(text.count, uz_only))
    return "uz-Cyrl" if uz > kk else "kk"
