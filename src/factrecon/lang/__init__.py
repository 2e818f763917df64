"""Language tags and detection; the languages themselves are folders of data (see :mod:`.registry`)."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping

from factrecon.errors import UnknownLanguageError, check_str
from factrecon.lang._toml import fold_table
from factrecon.lang.registry import languages, tags

__all__ = ["SUPPORTED", "canonical", "detect", "reading_language", "script_of"]

#: The tags of the languages factrecon reads, one per folder of ``lang/data`` (ordered).
SUPPORTED: tuple[str, ...] = tags()


@functools.cache
def _aliases() -> Mapping[str, str]:
    found: dict[str, str] = {}
    for lang in languages():
        for spelling in (lang.tag, *lang.aliases):
            found[spelling.replace("_", "-").lower()] = lang.tag
    return found


def canonical(tag: object) -> str:
    """The BCP 47 tag factrecon uses for *tag* (``"uz_Cyrl"`` → ``"uz-Cyrl"``).

    Raises :class:`~factrecon.UnknownLanguageError` for a language we have no data for.
    """
    if not isinstance(tag, str):
        raise UnknownLanguageError(tag, SUPPORTED)
    found = _aliases().get(tag.strip().replace("_", "-").lower())
    if found is None:
        raise UnknownLanguageError(tag, SUPPORTED)
    return found


# a word, after the apostrophes are folded to one (oʻ, gʻ and the tutuq belgisi stay inside it)
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


@functools.cache
def script_of(ch: str) -> str:
    """The ISO 15924 script of a letter factrecon reads (``Cyrl``, ``Latn``), or ``""``."""
    name = unicodedata.name(ch, "")
    if name.startswith("CYRILLIC"):
        return "Cyrl"
    if name.startswith("LATIN"):
        return "Latn"
    return ""


#: How much of a text detection reads: a page's language shows long before this, and a
#: long document is then told at a bounded cost.
DETECT_SPAN = 20_000
_LETTER = re.compile(r"[^\W\d_]")


def _scripts(letters: Counter[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for ch, n in letters.items():
        if ch.isalpha():
            script = script_of(ch)
            counts[script] = counts.get(script, 0) + n
    return counts


def scores(text: str) -> dict[str, float]:
    """Evidence for each language of the text's main script (see ``[detect]`` in a language.toml).

    A telling letter counts one, a frequent word two (words are the stronger sign on a
    short text), a letter outside the language's alphabet minus three (but inside one of its
    digraphs: the c of Uzbek ch). Languages of another script than most of the text's letters
    are not scored. Apostrophes are folded first, as the reader folds them: ``oʻ``, ``o‘``,
    ``o'`` are one letter.
    """
    check_str(text)
    text = text[:DETECT_SPAN]
    counts = _scripts(Counter(text))
    letters = sum(counts.values())
    if not letters:
        return {}
    script, most = max(sorted(counts.items()), key=lambda kv: kv[1])
    if not script or most * 2 < letters:
        return {}
    low = text.lower().translate(fold_table())
    words = _WORD.findall(low)
    seen = {ch: n for ch, n in Counter(low).items() if ch.isalpha() and script_of(ch) == script}
    found: dict[str, float] = {}
    for lang in languages():
        if lang.script != script:
            continue
        score = float(sum(map(low.count, lang.letters)))
        outside = sum(n for ch, n in seen.items() if ch not in lang.alphabet)
        # a letter outside the alphabet inside a digraph (c in ch) is the language's own
        outside -= sum(low.count(pair) * sum(ch not in lang.alphabet for ch in pair) for pair in lang.digraphs)
        score -= 3 * outside
        if lang.words:
            score += 2 * sum(map(lang.words.__contains__, words))
        found[lang.tag] = score
    return found


def detect(text: str) -> str:
    """The language of *text*, from its script, the letters only one language writes and its frequent words.

    Raises :class:`~factrecon.UnknownLanguageError` (``tag`` is ``None``) when the text is in no
    language factrecon reads, or gives no sign of which one (a text of digits, a bare name):
    pass ``lang=`` then. Two languages of one script with equal evidence are not guessed between.
    """
    found = scores(text)
    ranked = sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))
    if ranked and ranked[0][1] > 0 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    raise UnknownLanguageError(None, SUPPORTED)


def reading_language(text: str) -> str:
    """The language to read *text* in when none is given: :func:`detect`'s answer.

    A text without a single letter (digits, signs, nothing) reads the same in every
    language, so it is read in the first one rather than refused; a text with letters
    whose language cannot be told raises :class:`~factrecon.UnknownLanguageError`.
    """
    check_str(text)
    if not _LETTER.search(text):
        return SUPPORTED[0]
    return detect(text)
