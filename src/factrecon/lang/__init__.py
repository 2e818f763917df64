"""Language tags, detection and the per-language data (loaded lazily, cached)."""

from __future__ import annotations

from factrecon.errors import UnknownLanguageError, check_str

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

# Letters only one of the two languages writes (see docs/reference/languages.md):
# Kazakh ә ө ұ ү і ң (and һ, rarely); Uzbek Cyrillic ў ҳ.
_KK_ONLY = frozenset("әөұүіңӘӨҰҮІҢ")
_UZ_ONLY = frozenset("ўҳЎҲ")


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
    # str.count runs at C speed: a few passes beat one Python loop over every character
    kk = sum(map(text.count, _KK_ONLY))
    uz = sum(map(text.count, _UZ_ONLY))
    return "uz-Cyrl" if uz > kk else "kk"
