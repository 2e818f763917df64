"""Normalisation with an offset map (pipeline step 1).

``normalize(text)`` returns the text factrecon reads (NFC; every space, dash,
apostrophe and line break folded to one character each; invisible characters
dropped; Latin look-alikes inside Cyrillic words read as Cyrillic and Cyrillic
letters inside Roman numerals read as Latin) and a map back to the original, so
that every span reported later points into the text the user gave us.

Most folds replace one character by one character, so the map is the identity
and costs nothing; only dropped characters, CRLF pairs and NFC compositions
need the per-character map.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from array import array
from collections.abc import Mapping
from typing import Any

import attrs

from factrecon.errors import LanguageDataError, check_str
from factrecon.lang._toml import expect_list, expect_str_table, expect_table, fold_table, read_data

__all__ = ["Normalized", "Tokens", "normalize", "tokenize"]

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# A run of letters with a Latin letter in it. The lookbehind makes a match start
# only at the start of a run and the lazy scan stops at its first Latin letter,
# so the search is linear (the plain "[^\W\d_]*[A-Za-z]" retried from every
# letter of a long all-Cyrillic run: quadratic, 25 s for 40,000 letters).
_LATIN_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]*?[A-Za-z][^\W\d_]*")


@attrs.frozen
class _Folds:
    table: Mapping[int, str]  # one character -> one character (str.translate)
    invisible: frozenset[str]
    to_cyrillic: Mapping[int, str]
    to_latin: Mapping[int, str]
    roman: Mapping[str, str]
    special: re.Pattern[str]  # anything that needs the slow path
    special_chars: re.Pattern[str]  # one of its characters: a search for this is 4x faster than for special
    folded: re.Pattern[str]  # any character of table (most texts have none: str.translate is skipped)
    touched: re.Pattern[str]  # what normalize may change but for NFC: a special or folded character, a Latin letter


def _characters(where: str, table: Mapping[str, Any], key: str) -> list[str]:
    """``table[key]``: a list of single characters (a fold maps one character, so offsets survive)."""
    found = expect_list(where, table, key)
    for ch in found:
        if len(ch) != 1:
            raise LanguageDataError(where, key, f"expected single characters, found {ch!r}")
    return found


@functools.cache
def _folds() -> _Folds:
    where = "lang/data/common.toml"
    fold = expect_table(where, read_data("common.toml"), "fold")
    table = dict(fold_table())
    invisible = frozenset(_characters(where, fold, "invisible"))
    latin_to_cyr = expect_str_table(where, fold, "latin_to_cyrillic", single=True)
    roman = expect_str_table(where, fold, "roman", single=True)
    for name, letters in (("latin_to_cyrillic", latin_to_cyr), ("roman", roman)):
        _characters(where, {f"fold.{name}": list(letters)}, f"fold.{name}")  # its keys are letters too
    special = re.compile("[" + re.escape("".join(sorted(invisible))) + "]|\r\n")
    folded = "".join(sorted(map(chr, table)))
    return _Folds(
        table=table,
        invisible=invisible,
        to_cyrillic={ord(k): v for k, v in latin_to_cyr.items()},
        to_latin={ord(v): k for k, v in latin_to_cyr.items()},
        roman=dict(roman),
        special=special,
        special_chars=re.compile("[" + re.escape("".join(sorted(invisible)) + "\r") + "]"),
        folded=re.compile("[" + re.escape(folded) + "]"),
        touched=re.compile("[" + re.escape("".join(sorted(invisible)) + "\r" + folded) + "A-Za-z]"),
    )


@attrs.frozen(eq=False)
class Normalized:
    """A normalised text and the way back to the original.

    ``starts[i]`` / ``ends[i]`` give the original range that normalised
    character ``i`` came from; both are ``None`` when the map is the identity.
    """

    text: str
    original: str
    starts: array[int] | None = None
    ends: array[int] | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of :attr:`text` to the span of :attr:`original` it came from."""
        if self.starts is None or self.ends is None:
            return start, end
        if start >= end:
            at = self.starts[start] if start < len(self.starts) else len(self.original)
            return at, at
        return self.starts[start], self.ends[end - 1]


def _fold_words(text: str, folds: _Folds) -> str:
    """Resolve Latin/Cyrillic look-alikes inside words that mix the two scripts."""
    # no Latin letter at all (most texts): the ASCII part of the text has nothing to change case;
    # twice as fast as searching the whole text for [A-Za-z]
    ascii_part = text.encode("ascii", "ignore")
    if ascii_part.lower() == ascii_part.upper():
        return text
    pieces: list[str] = []
    last = 0
    for m in _LATIN_WORD.finditer(text):
        word = m.group()
        if not _CYRILLIC.search(word):
            continue
        if all(ch in folds.roman for ch in word):
            fixed = "".join(folds.roman[ch] for ch in word)
        else:
            latin = sum(1 for ch in word if "A" <= ch <= "z")
            fixed = word.translate(folds.to_cyrillic if len(word) - latin >= latin else folds.to_latin)
        pieces += [text[last : m.start()], fixed]
        last = m.end()
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def _with_map(text: str, folds: _Folds) -> tuple[str, array[int], array[int]]:
    """The slow path: drop invisible characters, join CRLF, compose to NFC, keeping a map."""
    out: list[str] = []
    starts: array[int] = array("q")
    ends: array[int] = array("q")
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        j = i + 1
        if ch in folds.invisible:
            i = j
            continue
        if ch == "\r" and j < n and text[j] == "\n":
            out.append("\n")
            starts.append(i)
            ends.append(j + 1)
            i = j + 1
            continue
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = unicodedata.normalize("NFC", text[i:j]) if j > i + 1 else ch
        if j > i + 1:
            # marks NFC could not compose (a stress mark on a Cyrillic letter) are dropped like invisibles
            cluster = "".join(c for c in cluster if c not in folds.invisible)
        for c in cluster:
            out.append(c)
            starts.append(i)
            ends.append(j)
        i = j
    return "".join(out), starts, ends


def normalize(text: str) -> Normalized:
    """Normalise *text* for reading numbers; see the module docstring.

    >>> n = normalize("ХХI форум, 1\u00a0250\u00a0000")
    >>> n.text
    'XXI форум, 1 250 000'
    >>> n.to_original(0, 3)
    (0, 3)
    """
    check_str(text)
    if unchanged(text):
        return Normalized(text, text)
    return _normalize(text)


def _normalize(text: str) -> Normalized:
    """:func:`normalize` without its shortcut for a text it leaves as it is."""
    folds = _folds()
    plain = folds.special_chars.search(text) is None or folds.special.search(text) is None
    if plain and unicodedata.is_normalized("NFC", text):
        return Normalized(_fold_words(_translate(text, folds), folds), text)
    folded, starts, ends = _with_map(text, folds)
    return Normalized(_fold_words(_translate(folded, folds), folds), text, starts, ends)


def unchanged(text: str) -> bool:
    """True when :func:`normalize` gives *text* itself with the identity map (most texts; find_quantities
    then needs no :class:`Normalized`). One regex search and the NFC quick check: no character to drop,
    fold or compose, and no Latin letter (a look-alike needs one)."""
    return _folds().touched.search(text) is None and unicodedata.is_normalized("NFC", text)


def _translate(text: str, folds: _Folds) -> str:
    """The one-to-one folds; a regex search (C speed) first, since str.translate looks up every character."""
    return text if folds.folded.search(text) is None else text.translate(folds.table)


# A token is a run of digits, a run of letters (with inner apostrophes: oʻ, gʻ),
# or one other character; spaces are not tokens, but each token records whether
# a space or a line break stood before it. One regex pass, no backtracking: each
# match is the spaces before a token, then the token (letters | digits | other),
# so re.findall hands back every token with its spaces at C speed and the
# offsets are a running sum of their lengths. Letters come first (the commonest
# token) and every repeat is possessive (`++`, `*+`: no backtracking state is
# kept); neither changes what matches, since the three alternatives start with
# different characters and nothing follows them. Together 10% faster.
_TOKEN = re.compile(r"(\s*+)(?:([^\W\d_]++(?:'[^\W\d_]++)*+)|(\d++)|(\S))")

NUM, WORD, PUNCT = 0, 1, 2


@attrs.define(eq=False)
class Tokens:
    """The tokens of a normalised text, as parallel lists (fast to index). Built once, never changed.

    ``gap[i]`` is 0 when token ``i`` touches the previous one, 1 after spaces,
    2 after a line break.
    """

    kind: list[int]
    start: list[int]
    end: list[int]
    text: list[str]
    low: list[str]
    gap: list[int]

    def __len__(self) -> int:
        return len(self.kind)


def tokenize(text: str, start: int = 0, stop: int | None = None) -> Tokens:
    """Split a normalised text into digit runs, words and single punctuation marks.

    With *start*/*stop*, only ``text[start:stop]`` is read (offsets stay those of
    *text*); both must fall between tokens, i.e. on a space or an end of *text*,
    and *stop* must not follow a space.
    """
    lists: _Lists = ([], [], [], [], [])
    kind, starts, ends, texts, gap = lists
    chunks = text.split() if start == 0 and stop is None else []
    if chunks and " ".join(chunks) == text:
        # The usual text: words apart by one space each (no line break, no other spacing). A chunk between
        # two spaces that is all letters or all digits is one token, found without the regex (half
        # of the chunks of a news sentence; the regex costs about 500 instructions a character).
        pos = 0
        for chunk in chunks:
            end = pos + len(chunk)
            if chunk.isalpha():  # a subset of [^\W\d_]
                kind.append(WORD)
            elif chunk.isdecimal():  # what \d matches
                kind.append(NUM)
            elif not chunk[-1].isalnum() and chunk[:-1].isalpha():
                # a word and a mark, "бөлінді." (isalnum: what the word and digit patterns match)
                kind += (WORD, PUNCT)
                starts += (pos, end - 1)
                ends += (end - 1, end)
                texts += (chunk[:-1], chunk[-1])
                gap += (1 if pos else 0, 0)
                pos = end + 1
                continue
            else:
                # from the space before the chunk, so that its first token has gap 1
                _cut(text, pos - 1 if pos else 0, end, lists)
                pos = end + 1
                continue
            starts.append(pos)
            ends.append(end)
            texts.append(chunk)
            gap.append(1 if pos else 0)
            pos = end + 1
    else:
        # spaces at the end would make findall retry the spaces pattern from each of them (quadratic)
        _cut(text, start, len(text.rstrip()) if stop is None else stop, lists)
    return Tokens(kind, starts, ends, texts, list(map(str.lower, texts)), gap)


_Lists = tuple[list[int], list[int], list[int], list[str], list[int]]  # kind, start, end, text, gap


def _cut(text: str, start: int, stop: int, lists: _Lists) -> None:
    """Append the tokens of ``text[start:stop]`` to *lists* (the token regex, any spacing)."""
    kind, starts, ends, texts, gap = lists
    pos = start
    for spaces, word, digits, other in _TOKEN.findall(text, start, stop):
        if spaces:
            pos += len(spaces)
            gap.append(2 if "\n" in spaces else 1)
        else:
            gap.append(0)
        token = word or digits or other
        kind.append(WORD if word else NUM if digits else PUNCT)
        starts.append(pos)
        pos += len(token)
        ends.append(pos)
        texts.append(token)
