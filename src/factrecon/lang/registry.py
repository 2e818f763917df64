"""The languages factrecon reads: one folder each under ``lang/data/``, found at run time.

A language is the folder ``lang/data/<tag>/`` holding a ``language.toml`` (its
tag, aliases, script, CLDR locale and the hints that tell it from the others)
and the data files the rest of the code reads through :func:`read_lang`:
``numbers.toml``, ``cldr.toml``, ``concepts.toml``, ``context.toml``,
``places.toml``, ``sentences.toml`` and whatever later topics add. Nothing in
the code names a language; adding one is adding a folder
(docs/how-to/language-data.md walks through it).

A language may be *derived* from another one written in another script
(``derive = { from = "uz-Cyrl", transliterate = "transliteration.toml" }``):
:func:`read_lang` then reads the source language's file, writes every string
in it (keys and values) in the new script with the folder's transliteration
table, and lays the folder's own file of the same name, if there is one, over
the result (``extend`` appends to lists, anything else replaces); the files it
names in ``derive.own`` (a generated ``cldr.toml`` of its own locale) are its own
alone. Every string :func:`read_lang` returns is folded as the reader folds a text
(``common.toml`` ``[fold]``: one apostrophe for the six a page may type, one hyphen),
so a word of the data meets the word of the text however either was typed.
"""

from __future__ import annotations

import copy
import functools
import os
import re
from collections.abc import Callable, Mapping
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import attrs

from factrecon.errors import LanguageDataError
from factrecon.lang._toml import DATA, expect_list, expect_str, expect_table, fold_table, read_path

__all__ = [
    "Language",
    "Transliterator",
    "has_file",
    "language",
    "languages",
    "messages",
    "read_lang",
    "scripts",
    "tags",
    "transliterator",
    "ui_languages",
    "union_list",
]


@attrs.frozen
class Language:
    """What ``lang/data/<tag>/language.toml`` says of a language."""

    tag: str
    #: the English name, for messages and docs
    name: str
    #: other spellings of the tag users type (``kk-KZ``, ``uz_Cyrl``); matched case-insensitively
    aliases: tuple[str, ...]
    #: ISO 15924: ``Cyrl`` or ``Latn``
    script: str
    #: the babel locale scripts/gen_cldr.py reads for ``cldr.toml``
    cldr_locale: str
    #: the lower-case letters the language writes (a letter outside it points away from the language)
    alphabet: frozenset[str]
    #: letters (or letter pairs) that point to this language and away from the others of its script
    #: (``letters``, ``words`` and ``digraphs`` are lower case, with apostrophes folded to ``'``)
    letters: tuple[str, ...]
    #: frequent short words of news text, matched as whole words
    words: frozenset[str]
    #: letter pairs written as one letter: a letter outside the alphabet inside one (the c of ch) is no sign
    digraphs: tuple[str, ...] = ()
    #: the language whose data this one is written from, and the transliteration file (``None``: its own data)
    derive_from: str | None = None
    transliteration: str | None = None
    #: a derived language's data files that are its own alone, not laid over the source's (``cldr``)
    own: frozenset[str] = frozenset()


#: Folders of more languages, outside the package: ``FACTRECON_LANG_PATH`` (paths joined by
#: :data:`os.pathsep`), read once, when the languages are first asked for. A folder there
#: named like a package language is an error, not a replacement.
LANG_PATH_VARIABLE = "FACTRECON_LANG_PATH"


@functools.cache
def _folders() -> Mapping[str, Traversable]:
    """tag -> its folder: the package's data folder first, then each folder of ``FACTRECON_LANG_PATH``."""
    roots: list[Traversable] = [DATA]
    roots += [Path(p) for p in os.environ.get(LANG_PATH_VARIABLE, "").split(os.pathsep) if p.strip()]
    found: dict[str, Traversable] = {}
    for root in roots:
        if not root.is_dir():
            raise LanguageDataError(str(root), LANG_PATH_VARIABLE, "not a folder")
        for folder in sorted(root.iterdir(), key=lambda f: f.name):
            if folder.is_dir() and folder.joinpath("language.toml").is_file():
                if folder.name in found:
                    raise LanguageDataError(str(folder), "-", f"a second folder for the language {folder.name!r}")
                found[folder.name] = folder
    return dict(sorted(found.items()))


def _read_file(tag: str, filename: str) -> dict[str, Any]:
    """The TOML file *filename* of language *tag*'s own folder."""
    return read_path(_folders()[tag].joinpath(filename), f"lang/data/{tag}/{filename}")


def _read_language(tag: str) -> Language:
    where = f"lang/data/{tag}/language.toml"
    raw = _read_file(tag, "language.toml")
    declared = expect_str(where, raw, "tag")
    if declared != tag:
        raise LanguageDataError(where, "tag", f"the folder is {tag!r} but the file says {declared!r}")
    script = expect_str(where, raw, "script")
    if script not in ("Cyrl", "Latn"):
        raise LanguageDataError(where, "script", f"expected Cyrl or Latn, found {script!r}")
    detect = expect_table(where, raw, "detect")
    derive = raw.get("derive")
    derive_from = transliteration = None
    own: list[str] = []
    if derive is not None:
        if not isinstance(derive, dict):
            raise LanguageDataError(where, "derive", "expected a table { from = ..., transliterate = ... }")
        derive_from = expect_str(where, derive, "from")
        transliteration = expect_str(where, derive, "transliterate")
        own = expect_list(where, derive, "own", default=[])
    return Language(
        tag=tag,
        name=expect_str(where, raw, "name"),
        aliases=tuple(expect_list(where, raw, "aliases", default=[])),
        script=script,
        cldr_locale=expect_str(where, raw, "cldr_locale"),
        alphabet=frozenset(expect_str(where, detect, "alphabet")),
        letters=tuple(_fold(w.lower()) for w in expect_list(where, detect, "letters", default=[])),
        words=frozenset(_fold(w.lower()) for w in expect_list(where, detect, "words", default=[])),
        digraphs=tuple(_fold(w.lower()) for w in expect_list(where, detect, "digraphs", default=[])),
        derive_from=derive_from,
        transliteration=transliteration,
        own=frozenset(own),
    )


@functools.cache
def languages() -> tuple[Language, ...]:
    """Every language with a folder, ordered by tag."""
    found = tuple(_read_language(tag) for tag in _folders())
    known = {lang.tag for lang in found}
    for lang in found:
        if lang.derive_from is not None and lang.derive_from not in known:
            raise LanguageDataError(f"lang/data/{lang.tag}/language.toml", "derive.from",
                                    f"no language folder {lang.derive_from!r}")
    return found


def tags() -> tuple[str, ...]:
    """The tags of every language, ordered."""
    return tuple(lang.tag for lang in languages())


@functools.cache
def _by_tag() -> Mapping[str, Language]:
    return {lang.tag: lang for lang in languages()}


def language(tag: str) -> Language:
    """The :class:`Language` of a canonical tag (``KeyError`` for another; see :func:`factrecon.lang.canonical`)."""
    return _by_tag()[tag]


@functools.cache
def scripts(tag: str) -> Mapping[str, str]:
    """The one language of *tag* in each script it is written in: script -> tag (``{"Cyrl": "uz-Cyrl",
    "Latn": "uz-Latn"}``). A language and the ones derived from it, or from the one it derives from, are one
    language; a language written in one script maps that script to itself."""
    root = language(tag).derive_from or tag
    found = {lang.script: lang.tag for lang in languages() if root in (lang.tag, lang.derive_from)}
    return {**found, language(tag).script: tag}


# ---------------------------------------------------------------------------
# Transliteration (a derived language's data, written in its own script)


@attrs.frozen
class Transliterator:
    """Writes text in another script, letter by letter, with rules for a letter's position.

    ``letters`` maps one lower-case letter to what it becomes; ``word_start``
    and ``after_vowel`` give another rendering where the letter starts a word
    or follows a vowel (Uzbek Cyrillic ``е`` is ``ye`` there, ``e`` elsewhere).
    Capitals follow the letter's case: ``Ш`` → ``Sh`` in a word, ``SH`` in a word of capitals
    (``АҚШ`` → ``AQSH``).
    """

    letters: Mapping[str, str]
    word_start: Mapping[str, str]
    after_vowel: Mapping[str, str]
    vowels: frozenset[str]
    _pattern: re.Pattern[str] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        keys = sorted(set(self.letters) | set(self.word_start) | set(self.after_vowel), key=len, reverse=True)
        object.__setattr__(self, "_pattern", re.compile("|".join(map(re.escape, keys)), re.IGNORECASE))

    def __call__(self, text: str) -> str:
        def one(m: re.Match[str]) -> str:
            found = m.group()
            low = found.lower()
            at = m.start()
            before = text[at - 1] if at else ""
            if (not before or not before.isalpha()) and low in self.word_start:
                out = self.word_start[low]
            elif before.lower() in self.vowels and low in self.after_vowel:
                out = self.after_vowel[low]
            else:
                out = self.letters.get(low, found)
            if found[:1].isupper() and out:
                # a capital in a word of capitals (ШАКАР → SHAKAR) is all capitals, else only its first letter
                end = m.end()
                caps = found.isupper() and len(found) > 1
                caps = caps or (end < len(text) and text[end].isupper()) or (at > 0 and text[at - 1].isupper())
                out = out.upper() if caps else out[0].upper() + out[1:]
            return out

        return self._pattern.sub(one, text)


@functools.cache
def transliterator(tag: str) -> Transliterator:
    """The transliteration table of a derived language (from its folder)."""
    lang = language(tag)
    if lang.transliteration is None:
        raise LanguageDataError(f"lang/data/{tag}/language.toml", "derive", "not a derived language")
    name = lang.transliteration
    where = f"lang/data/{tag}/{name}"
    raw = _read_file(tag, name)

    def table(key: str) -> dict[str, str]:
        found = raw.get(key, {})
        if not isinstance(found, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in found.items()):
            raise LanguageDataError(where, key, "expected a table of strings")
        return {k.lower(): v for k, v in found.items()}

    return Transliterator(
        letters=table("letters"),
        word_start=table("word_start"),
        after_vowel=table("after_vowel"),
        vowels=frozenset(expect_list(where, raw, "vowels", default=[])),
    )


def _written(value: Any, write: Callable[[str], str]) -> Any:
    """*value* (parsed TOML) with *write* applied to every string, keys included."""
    if isinstance(value, str):
        return write(value)
    if isinstance(value, list):
        return [_written(v, write) for v in value]
    if isinstance(value, dict):
        return {write(k): _written(v, write) for k, v in value.items()}
    return value


def _lay_over(base: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """*base* with *extra* laid over it: tables merge, ``extend`` tables append to lists, the rest replaces."""
    out = dict(base)
    for key, value in extra.items():
        if key == "extend" and isinstance(value, dict):
            continue
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _lay_over(out[key], value)
        else:
            out[key] = value
    extend = extra.get("extend")
    if isinstance(extend, dict):
        out = _extend(out, extend)
    return out


def _extend(base: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        have = out.get(key)
        if isinstance(value, dict) and isinstance(have, dict):
            out[key] = _extend(have, value)
        elif isinstance(value, list) and isinstance(have, list):
            out[key] = have + [v for v in value if v not in have]
        else:
            out[key] = value
    return out


def _has(tag: str, filename: str) -> bool:
    """Whether language *tag*'s folder, or its source language's, holds *filename*."""
    source = language(tag).derive_from
    return _folders()[tag].joinpath(filename).is_file() or (source is not None and _has(source, filename))


def has_file(tag: str, name: str) -> bool:
    """Whether language *tag* has data file *name* (``"structure"``), its own or its source's."""
    return _has(tag, f"{name}.toml")


@functools.cache
def _read_lang(tag: str, name: str) -> dict[str, Any]:
    lang = language(tag)
    own_exists = _folders()[tag].joinpath(f"{name}.toml").is_file()
    if lang.derive_from is None or name in lang.own:
        return _folded(_read_file(tag, f"{name}.toml"))
    base: dict[str, Any] = {}
    if has_file(lang.derive_from, name):
        base = _written(_read_lang(lang.derive_from, name), transliterator(tag))
    if own_exists:
        base = _lay_over(base, _read_file(tag, f"{name}.toml"))
    elif not base:
        raise LanguageDataError(f"lang/data/{tag}/{name}.toml", "-", "no such file, here or in the source language")
    return _folded(base)


def _fold(text: str) -> str:
    return text.translate(fold_table())


def _folded(table: dict[str, Any]) -> dict[str, Any]:
    """A parsed file with every string folded as the reader folds a text (``'`` for every apostrophe)."""
    return {_fold(k): _written(v, _fold) for k, v in table.items()}


def read_lang(tag: str, name: str) -> dict[str, Any]:
    """The parsed ``lang/data/<tag>/<name>.toml`` (a fresh copy: callers may change it).

    For a derived language: its source's file, transliterated, with its own file laid over it.
    """
    return copy.deepcopy(_read_lang(tag, name))


def union_list(name: str, key: str) -> list[str]:
    """The list *key* of every language's *name* file, joined without repeats (in tag order).

    For words read whatever the document's language, because a page quotes others
    (sentence-ending abbreviations, the words of the sum check). A language without
    the file or the key adds nothing.
    """
    found: list[str] = []
    for lang in languages():
        if not has_file(lang.tag, name):
            continue
        table = _read_lang(lang.tag, name)
        if key in table:
            found += [w for w in expect_list(f"lang/data/{lang.tag}/{name}.toml", table, key) if w not in found]
    return found


def ui_languages() -> tuple[str, ...]:
    """The languages the report's words are translated into: those with a ``messages.po`` (own or derived)."""
    return tuple(lang.tag for lang in languages() if _has(lang.tag, "messages.po"))


@functools.cache
def messages(tag: str) -> Mapping[str, str]:
    """The report's words in *tag*: English message id -> translation (``lang/data/<tag>/messages.po``).

    A derived language's catalog is its source's, transliterated, with its own file laid over it.
    """
    from babel.messages.pofile import read_po

    lang = language(tag)
    found: dict[str, str] = {}
    if lang.derive_from is not None and _has(lang.derive_from, "messages.po"):
        write = transliterator(tag)
        found = {en: write(text) for en, text in messages(lang.derive_from).items()}
    path = _folders()[tag].joinpath("messages.po")
    if path.is_file():
        with path.open("rb") as handle:
            catalog = read_po(handle)
        found |= {str(m.id): str(m.string) for m in catalog if m.id and isinstance(m.id, str) and m.string}
    return found
