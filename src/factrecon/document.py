"""Documents: the text of one article with its id, language and publication date; sentences.

Offsets everywhere in factrecon index :attr:`Document.text`, which for a file
is the file's text exactly as read (a leading ``date YYYY-MM-DD`` header
included), so a span can be shown in the file an editor opens.
"""

from __future__ import annotations

import codecs
import datetime as dt
import functools
import json
import re
from os import PathLike
from pathlib import Path

import attrs

from factrecon.errors import DocumentError, InputTypeError, UnknownLanguageError, check_str
from factrecon.lang import canonical, reading_language
from factrecon.lang.registry import has_file, languages, read_lang, union_list
from factrecon.model import Span

__all__ = ["Document", "read_document", "sentences"]

# "date 2025-11-12" at the very start of a file (agency exports put the title on the same line)
_HEADER = re.compile(r"\A\ufeff?\s*date\s+(\d{4})-(\d{2})-(\d{2})\b")
# the same header as a line of its own, for finding the headline after it
_DATE_HEADER = r"date\s+\d{4}-\d{2}-\d{2}\s*"
_DATE_LINE = re.compile(rf"^\ufeff?\s*{_DATE_HEADER}")
# what may stand before a line's first word: spaces, and on the first line the date header (optional)
_LINE_OPENING = re.compile(rf"\ufeff?\s*(?:{_DATE_HEADER})?")


def _published(value: object) -> dt.date | None:
    if value is None or type(value) is dt.date:
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError as exc:
            raise DocumentError(f"published must be a date (YYYY-MM-DD), not {value!r}") from exc
    raise InputTypeError(f"published must be a datetime.date or an ISO date string, not {type(value).__name__}")


def _id(value: object) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str) or not value:
        raise DocumentError(f"a document id must be a non-empty string, not {value!r}")
    return value


# a lone surrogate (U+D800-U+DFFF) is no character: no UTF-8 encodes it, so no report could be written
_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_lone_surrogate(name: str, value: str | None) -> None:
    """Refuse a text, id or source holding a lone surrogate (JSON's "\\ud800", errors="surrogateescape")."""
    m = None if value is None else _SURROGATE.search(value)
    if m is not None:
        raise DocumentError(
            f"the {name} holds a lone surrogate (U+{ord(m.group()):04X}) at character {m.start()}: not Unicode text"
            + (" (a file name that is not UTF-8: rename the file)" if name == "id" else "")
            + (" (decode with errors='replace' or 'backslashreplace')" if name == "text" else "")
        )


def _lang(value: object) -> str:
    """"" stands for "detect from the text" until __attrs_post_init__ fills it in."""
    return "" if value is None else canonical(value)


@attrs.frozen
class Document:
    """One article.

    ``lang`` is detected from the text when not given (:func:`factrecon.lang.detect`;
    :class:`~factrecon.UnknownLanguageError` when it cannot be told); ``published`` resolves
    relative times ("last year").

    >>> Document("Өткен жылы 28 млрд доллардан асты.", id="a1", published="2025-11-12").lang
    'kk'
    """

    text: str = attrs.field(validator=lambda _i, _a, v: check_str(v, "text"))
    id: str = attrs.field(converter=_id)
    lang: str = attrs.field(default=None, converter=_lang)
    published: dt.date | None = attrs.field(default=None, converter=_published)
    source: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.source is not None and not isinstance(self.source, str):
            raise InputTypeError(f"source must be str, not {type(self.source).__name__}")
        for name in ("text", "id", "source"):
            _no_lone_surrogate(name, getattr(self, name))
        if not self.lang:
            object.__setattr__(self, "lang", reading_language(self.text))


def read_document(path: str | Path, *, errors: str = "strict", lang: str | None = None) -> Document:
    """Read a ``.txt`` or ``.json`` article.

    ``.txt``: the id is the file's stem, the text the file's text as read; an
    optional leading ``date YYYY-MM-DD`` gives the publication date.
    ``.json``: an object with ``"text"`` (required), ``"id"`` (default: the
    stem), ``"lang"``, ``"published"``, ``"source"``.

    *lang* is the language of a document that does not say its own (a ``.json``
    ``"lang"`` wins); without either it is detected from the text.

    Invalid UTF-8 raises :class:`~factrecon.DocumentError` naming the file and
    the byte offset, unless *errors* (as for :meth:`bytes.decode`, e.g.
    ``"replace"``) says otherwise; an unknown handler is a :class:`~factrecon.DocumentError`.
    A missing file raises :class:`FileNotFoundError`; a *path* that is not a
    str or path-like raises :class:`~factrecon.InputTypeError`.
    """
    if not isinstance(path, str | PathLike):
        raise InputTypeError(f"path must be str or os.PathLike, not {type(path).__name__}")
    check_str(errors, "errors")
    try:
        codecs.lookup_error(errors)
    except LookupError as exc:
        raise DocumentError(f"errors={errors!r} is not a decoding error handler (e.g. 'strict', 'replace')") from exc
    path = Path(path)
    if path.is_dir():
        raise DocumentError(f"{path}: is a directory, not a document")
    raw = path.read_bytes()
    try:
        # plain utf-8 (not utf-8-sig), so that the byte offset counts from the file's first byte
        text = raw.decode("utf-8", errors=errors)
    except UnicodeDecodeError as exc:
        raise DocumentError(f"{path}: not valid UTF-8 at byte {exc.start} ({exc.reason})") from exc
    if text.startswith("\ufeff"):
        text = text[1:]
    suffix = path.suffix.lower()
    if suffix == ".json":
        return _from_json(path, text, lang)
    if suffix not in (".txt", ".text", ".md", ""):
        raise DocumentError(f"{path}: unsupported file type {suffix!r} (expected .txt or .json)")
    m = _HEADER.match(text)
    published = None
    if m:
        try:
            published = dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError as exc:
            raise DocumentError(f"{path}: the date header {m.group().strip()!r} is not a date") from exc
    try:
        return Document(text, id=path.stem, lang=lang, published=published, source=str(path))
    except DocumentError as exc:  # a lone surrogate (errors="surrogateescape", a file name that is not UTF-8)
        raise DocumentError(f"{path}: {exc}") from exc
    except UnknownLanguageError as exc:
        raise UnknownLanguageError(exc.tag, exc.supported, str(path)) from exc


def _parse_json(path: Path, text: str) -> object:
    """The JSON value of *text*; a DocumentError naming *path* when it does not parse."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise DocumentError(f"{path}: not valid JSON: {exc}") from exc
    except RecursionError as exc:  # [[[[...]]]] thousands deep: the parser recurses once per level
        raise DocumentError(f"{path}: not a document: JSON nested too deeply") from exc


def _from_json(path: Path, text: str, lang: str | None = None) -> Document:
    data = _parse_json(path, text)
    if not isinstance(data, dict):
        raise DocumentError(f"{path}: expected a JSON object with a \"text\" field")
    if "text" not in data:
        raise DocumentError(f"{path}: the JSON document has no \"text\" field")
    if not isinstance(data["text"], str):
        raise DocumentError(f"{path}: \"text\" must be a string")
    try:
        return Document(
            data["text"],
            # an "id" given is the id, checked like any other: "" or null is an error, never the stem
            id=data.get("id", path.stem),
            lang=data.get("lang") or lang,
            published=data.get("published"),
            source=data.get("source", str(path)),
        )
    except (DocumentError, InputTypeError) as exc:  # a bad field is the file's fault: name the file
        raise DocumentError(f"{path}: {exc}") from exc
    except UnknownLanguageError as exc:
        raise UnknownLanguageError(exc.tag, exc.supported, str(path)) from exc


# ---------------------------------------------------------------------------
# Sentences

# A sentence ends at . ! ? … (with closing quotes/brackets) followed by space and
# an upper-case letter, a quote, a dash or a digit; or at a line break.
# Linear on any text: a match starts only at the first mark of a run (the look-behind) and
# the possessive quantifiers never give back what they took, so a run of 1 MB of dots is
# read once, not once per dot (a run either ends a sentence as a whole or not at all).
# The capital letters of the scripts factrecon reads (Latin and Cyrillic, with their
# extensions), from the Unicode character database: a fact of the scripts, not of a language.
_UPPER = "".join(
    re.escape(chr(c)) for lo, hi in ((0x41, 0x5A), (0xC0, 0x24F), (0x400, 0x52F)) for c in range(lo, hi + 1)
    if chr(c).isupper()
)
_END = re.compile(rf"(?<![.!?…])[.!?…]++[»\"”’)\]]*+(?=\s++[«\"“—–\-(\[{_UPPER}\d])|\n+")
# the next word is capitalised (Келажакда, В), not an acronym (АҚШ) or a number
_CAPITALISED_NEXT = re.compile(rf"\s+[{_UPPER}](?:[^\W\d_{_UPPER}]|(?!\w))")
# the next word, whatever its case, for the words that open a sentence
_NEXT_WORD = re.compile(r"\s+(\w+)")


@attrs.frozen
class _Abbreviations:
    """What may stand before a full stop, read from every language's ``sentences.toml``."""

    never: re.Pattern[str]  # never ends a sentence (and an initial: "М.")
    soft: re.Pattern[str]  # ends one before a capitalised word: "млн.", "руб.", "п.п."
    year: re.Pattern[str]  # ends one only before a word that opens sentences: "г.", "ж."
    openers: frozenset[str]  # those words, in lower case


@functools.cache
def _abbreviations() -> _Abbreviations:
    """The abbreviations of every language (a page may quote another language's).

    A number's decimal point is never followed by a space, so it never looks
    like an end. An abbreviation is a whole word: not preceded by a letter or a
    full stop, so "п." (пункт) is not the end of "п.п.".
    """

    def alternatives(key: str) -> str:
        words = sorted(union_list("sentences", key), key=len, reverse=True)
        return "|".join(re.escape(w) for w in words)

    def pattern(key: str) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w.])(?:{alternatives(key)})\.$")

    never = re.compile(rf"(?:\b[{_UPPER}]|(?<![\w.])(?:{alternatives('never_end')}))\.$")
    openers = frozenset(w.lower() for w in union_list("sentences", "openers"))
    return _Abbreviations(never, pattern("end_before_capitalised"), pattern("end_before_opener"), openers)


def sentences(text: str) -> list[Span]:
    """The sentences of *text* as spans (leading and trailing spaces left out).

    Survives initials (``М. Жакибаев``), abbreviations (``млрд.``, ``т.б.``) and
    decimals (``504,4``, ``4.4``); a line break always ends a sentence.
    """
    check_str(text)
    abbr = _abbreviations()
    spans: list[Span] = []
    start = 0
    for m in _END.finditer(text):
        if m.group()[0] == "." and _abbreviation_ends_here(text, m.start(), m.end(), abbr) is False:
            continue
        _add(spans, text, start, m.end() if m.group()[0] != "\n" else m.start())
        start = m.end()
    _add(spans, text, start, len(text))
    return spans


def _abbreviation_ends_here(text: str, dot: int, after: int, abbr: _Abbreviations) -> bool | None:
    """Whether the full stop at *dot* ends a sentence: None when no abbreviation stands before it.

    A scale or a unit ends one before a capitalised word ("4,4 млн кв. м. Алматы ...", "±1 п.п. Новая"), not
    before lower case or an acronym ("тыс. тонн", "млрд. АҚШ доллари"); a year's abbreviation only before a
    word that opens sentences ("в 2024 г. В 2025 году"), as "В 2024 г. Казахстан ..." goes on.
    """
    before = max(0, dot - 8)
    if abbr.never.search(text, before, dot + 1):
        return False
    if abbr.soft.search(text, before, dot + 1):
        return bool(_CAPITALISED_NEXT.match(text, after))
    if abbr.year.search(text, before, dot + 1):
        word = _NEXT_WORD.match(text, after)
        return word is not None and word.group(1)[0].isupper() and word.group(1).lower() in abbr.openers
    return None


def _add(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))


def is_document_json(path: Path) -> bool:
    """Whether a ``.json`` file holds a document (an object with a string ``"text"``).

    A folder of articles may hold other JSON (an ``expected.json``); readers of
    folders (``factrecon check``, :mod:`factrecon.dask`) skip those. A file that
    cannot be read or is not JSON at all is no such file: it raises
    :class:`~factrecon.DocumentError` naming it (a corrupt article must not drop
    out of a check unseen).
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{path}: cannot be read: {exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DocumentError(f"{path}: not valid UTF-8 at byte {exc.start} ({exc.reason})") from exc
    data = _parse_json(path, text.removeprefix("\ufeff"))
    return isinstance(data, dict) and isinstance(data.get("text"), str)


def headline(text: str) -> tuple[int, int]:
    """Where the headline is: the first non-empty line that is no page furniture (:func:`_furniture`), without
    an optional "date YYYY-MM-DD" before it; the first non-empty line when the first few are all furniture.

    (start, end) offsets into *text*, the end that of its line; (0, 0) for a text without one.
    """
    pos = 0
    first: tuple[int, int] | None = None
    seen = 0
    for line in text.splitlines(keepends=True):
        m = _DATE_LINE.match(line)
        start = m.end() if m else 0
        body = line[start:].strip()
        if body:
            found = pos + start, pos + len(line.rstrip("\r\n"))
            if not _furniture(body):
                return found
            first = first or found
            seen += 1
            if seen == _FURNITURE_LINES:
                break
        pos += len(line)
    return first or (0, 0)


#: How many lines of furniture a page may open with before its headline (a section, a timestamp, a counter, a
#: reading time, a photo credit, a dateline)
_FURNITURE_LINES = 6
# two letters in a row: a line without them is no headline ("8 934", "👁 3 056", "25.11.2024, 09:30")
_LETTERS = re.compile(r"[^\W\d_]{2}")
# a dateline alone on its line: a place in capitals, a comma or a full stop, and little else ("ТОШКЕНТ, 3 фев —
# Sputnik.")
_DATELINE_ALONE = re.compile(r"^[^\W\d_]{3,}[.,]\s")
_DATELINE_LENGTH = 40
# a clock time, and how many runs of letters a timestamp line holds at most (a month's name, a "GMT")
_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d\d(?!\d)")
_STAMP_WORDS = 3


def _furniture(line: str) -> bool:
    """Is *line* (stripped) page furniture rather than a headline: fields ("Иқтисодиёт | 11:25 / 21.01.2025",
    "Daryo | 12.02.2025, 14:37 | 👁 2 450"), no word ("8 934"), a dateline alone, a reading time or a counter
    ("2 дақиқада ўқилади", "Көрілім: 642"), a credit ("Фото: Kazinform")? The words are every language's
    (``structure.toml``: ``[furniture]``, ``[lines].furniture``): a page quotes others, and a headline is
    found before its language is known."""
    if "|" in line or not _LETTERS.search(line):
        return True
    if len(line) <= _DATELINE_LENGTH and _CLOCK.search(line) and len(_LETTERS.findall(line)) <= _STAMP_WORDS:
        return True  # a timestamp: "3 февраля 2025, 10:15", "19 Қараша 2024 12:20"
    if len(line) <= _DATELINE_LENGTH and _DATELINE_ALONE.match(line) and line.split()[0][:-1].isupper():
        return True
    low = line.lower()
    starts, phrases = _furniture_words()
    return low.startswith(starts) or (len(low.split()) <= _FURNITURE_WORDS and any(p in low for p in phrases))


# a reading time or a counter is a short line ("2 дақиқада ўқилади", "👁 842 рет қаралды")
_FURNITURE_WORDS = 5


@functools.cache
def _furniture_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words that open a furniture line (a credit, tags, a counter's label) and the phrases of a reading
    time or a counter, of every language's ``structure.toml``."""
    starts: list[str] = []
    phrases: list[str] = []
    for lang in languages():
        if not has_file(lang.tag, "structure"):
            continue
        raw = read_lang(lang.tag, "structure")
        lines, furniture = raw.get("lines", {}), raw.get("furniture", {})
        starts += [w.lower() for w in [*lines.get("furniture", []), *furniture.get("labels", [])]]
        phrases += [w.lower() for w in furniture.get("after", [])]
    return tuple(dict.fromkeys(starts)), tuple(dict.fromkeys(phrases))


def headline_end(text: str) -> int:
    """Where the headline ends (:func:`headline`): claims before it are in the headline."""
    return headline(text)[1]
