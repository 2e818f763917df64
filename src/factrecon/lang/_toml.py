"""Reading the language data files: TOML with errors that name the file and the key."""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from factrecon.errors import LanguageDataError

__all__ = [
    "DATA", "expect_list", "expect_list_table", "expect_str", "expect_str_table", "expect_table", "fold_table",
    "read_data", "read_path",
]

DATA = resources.files("factrecon.lang") / "data"


def read_data(name: str) -> dict[str, Any]:
    """Read ``lang/data/<name>`` (a path relative to the package's data folder) as TOML."""
    path = DATA.joinpath(*name.split("/"))
    return read_path(path, str(path))


def read_path(path: Traversable, where: str) -> dict[str, Any]:
    """Read the TOML file at *path*; errors name it as *where*."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise LanguageDataError(where, "-", f"cannot read: {exc}") from exc
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise LanguageDataError(where, "-", f"not valid TOML: {exc}") from exc


def expect_table(where: str, table: Mapping[str, Any], key: str) -> dict[str, Any]:
    """``table[key]``, which must be a TOML table; ``where`` names the file for errors."""
    value = table.get(key)
    if not isinstance(value, dict):
        raise LanguageDataError(where, key, f"expected a table, found {type(value).__name__}")
    return value


def expect_list(
    where: str, table: Mapping[str, Any], key: str, *, default: list[str] | None = None, allow_empty: bool = False
) -> list[str]:
    """``table[key]``, which must be a list of strings (non-empty ones unless *allow_empty*)."""
    value = table.get(key, default)
    if not isinstance(value, list) or not all(isinstance(v, str) and (v or allow_empty) for v in value):
        raise LanguageDataError(where, key, "expected a list of non-empty strings")
    return value


def expect_str(where: str, table: Mapping[str, Any], key: str) -> str:
    """``table[key]``, which must be a non-empty string."""
    value = table.get(key)
    if not isinstance(value, str) or not value:
        raise LanguageDataError(where, key, "expected a non-empty string")
    return value


def expect_list_table(where: str, table: Mapping[str, Any], key: str) -> dict[str, list[str]]:
    """``table[key]``, which must be a table whose values are lists of non-empty strings."""
    found = expect_table(where, table, key)
    for name, value in found.items():
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise LanguageDataError(where, f"{key}.{name}", "expected a list of non-empty strings")
    return found


def expect_str_table(where: str, table: Mapping[str, Any], key: str, *, single: bool = False) -> dict[str, str]:
    """``table[key]``, which must be a table of non-empty strings (of one character each when *single*)."""
    found = expect_table(where, table, key)
    for name, value in found.items():
        if not isinstance(value, str) or not value or (single and len(value) != 1):
            what = "a single character" if single else "a non-empty string"
            raise LanguageDataError(where, f"{key}.{name}", f"expected {what}, found {value!r}")
    return found


#: The keys of ``common.toml`` ``[fold]`` that map a character to one other, and what they map to.
ONE_TO_ONE = (("spaces", " "), ("newlines", "\n"), ("hyphens", "-"), ("apostrophes", "'"))


@functools.cache
def fold_table() -> Mapping[int, str]:
    """The one-to-one folds of ``common.toml`` (every apostrophe to ``'``, every hyphen to ``-``, ...), for
    ``str.translate``: what the reader does to a text, and the registry to the words of the data."""
    where = "lang/data/common.toml"
    fold = expect_table(where, read_data("common.toml"), "fold")
    table: dict[int, str] = {}
    for key, target in ONE_TO_ONE:
        for ch in expect_list(where, fold, key):
            if len(ch) != 1:  # a fold maps one character to one, so offsets survive
                raise LanguageDataError(where, f"fold.{key}", f"expected single characters, found {ch!r}")
            table[ord(ch)] = target
    return table
