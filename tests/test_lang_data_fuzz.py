"""Random edits to the language data: only LanguageDataError, naming the file and the key, may escape.

Languages are folders that users add and edit (docs/how-to/language-data.md), so a
mistake in a data file must be reported as one, never as a KeyError or a TypeError
from deep inside the reader. Each case parses every TOML file under lang/data (the
folder is walked: whatever files it holds), makes one random edit to one of them
(a key deleted, a value of the wrong type, an empty string or list, a list item
removed) in what the TOML reader returns (no file on disk is touched), then loads
the languages and reads, extracts, reconciles, parses and spells.

The edits come from fixed seeds, so a failure is replayed by its seed:
``FACTRECON_DATA_FUZZ_SEEDS=1234 pytest tests/test_lang_data_fuzz.py``;
``FACTRECON_DATA_FUZZ_EDITS`` sets how many edits (default 200).
"""

from __future__ import annotations

import contextlib
import copy
import os
import random
import sys
import tomllib
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import factrecon as fr
from factrecon.errors import LanguageDataError, NumberParseError, UnsupportedNumberError
from factrecon.lang import _toml

_ROOT = Path(str(_toml.DATA))
FILES = {p.relative_to(_ROOT).as_posix(): p.read_text(encoding="utf-8") for p in sorted(_ROOT.rglob("*.toml"))}
_PARSED = {text: tomllib.loads(text) for text in FILES.values()}

EDITS = int(os.environ.get("FACTRECON_DATA_FUZZ_EDITS", "200"))
_SEEDS = os.environ.get("FACTRECON_DATA_FUZZ_SEEDS")
SEEDS = [int(s) for s in _SEEDS.split(",")] if _SEEDS else list(range(EDITS))

# what a careless edit puts where something else belongs
_VALUES: list[Any] = [
    "", "x", "бір", 0, -1, 7, 1.5, True, [], {}, [""], ["x"], [0], [[]], {"x": "y"}, {"x": 1}, {"": ""},
]

SAMPLES = {
    "kk": (
        "ШЫМКЕНТ. Биыл Қазақстанда 30 бірлескен жоба іске асырылды. Олардың жалпы құны 4,4 млрд доллардан "
        "асады, 2025 жылы 23 мыңнан астам жұмыс орны ашылды. Тауар айналымы 12,7 пайызға өсті. ХХI форум."
    ),
    "uz-Cyrl": (
        "Жорий йилда 30 та қўшма лойиҳа амалга оширилди, уларнинг умумий қиймати 4,4 миллиард долларни "
        "ташкил этади. Ўтган йилнинг шу даврига нисбатан 9,8 фоизга кўп, 5-6 минг тонна, бешта корхона."
    ),
}


def _nodes(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every key path in a parsed TOML value (tables by key, arrays by index)."""
    if isinstance(value, dict):
        for key, child in value.items():
            yield (*path, key)
            yield from _nodes(child, (*path, key))
    elif isinstance(value, list):
        for k, child in enumerate(value):
            yield (*path, k)
            yield from _nodes(child, (*path, k))


def _edit(seed: int) -> tuple[str, str, Callable[[dict[str, Any]], None]]:
    """(file, what the edit does, the edit) for one seed."""
    rng = random.Random(seed)
    name = rng.choice(sorted(FILES))
    nodes = list(_nodes(_PARSED[FILES[name]]))
    path = rng.choice(nodes)
    op = rng.choice(["delete", "replace", "replace", "add"])
    value = copy.deepcopy(rng.choice(_VALUES))
    extra = rng.choice(["", "x", "бір", "жоба", "USD"])

    def apply(data: dict[str, Any]) -> None:
        parent: Any = data
        for key in path[:-1]:
            parent = parent[key]
        last = path[-1]
        if op == "delete":
            del parent[last]
        elif op == "replace":
            parent[last] = value
        elif isinstance(parent[last], dict):
            parent[last][extra] = value
        elif isinstance(parent[last], list):
            parent[last].append(value)
        else:
            parent[last] = value

    where = ".".join(map(str, path))
    return name, f"{op} {where}" + ("" if op == "delete" else f" = {value!r}"), apply


class _EditedToml:
    """Stands for tomllib in factrecon.lang._toml: parses as it does, and edits one file's table."""

    TOMLDecodeError = tomllib.TOMLDecodeError

    def __init__(self, text: str, apply: Callable[[dict[str, Any]], None]) -> None:
        self.text, self.apply = text, apply

    def loads(self, text: str) -> dict[str, Any]:
        known = _PARSED.get(text)
        data = copy.deepcopy(known) if known is not None else tomllib.loads(text)
        if text == self.text:
            self.apply(data)
        return data


def _clear_caches() -> None:
    """Forget every cached reading of the data (functools caches in every factrecon module)."""
    for module_name, module in list(sys.modules.items()):
        if module_name == "factrecon" or module_name.startswith("factrecon."):
            for value in list(vars(module).values()):
                clear = getattr(value, "cache_clear", None)
                if callable(clear):
                    clear()


@pytest.fixture
def fresh() -> Iterator[None]:
    _clear_caches()
    yield
    _clear_caches()


def _workload() -> None:
    """What a user does with the data: load it, read, extract, reconcile, parse, spell."""
    from factrecon.lang.data import load

    docs = []
    for tag, text in SAMPLES.items():
        load(tag)
        fr.find_quantities(text, tag)
        fr.find_quantities(text)  # detection reads every language's data
        doc = fr.Document(text, id=tag, lang=tag, published="2025-11-12")
        fr.extract_claims(doc)
        docs.append(doc)
        for text_number in ("екі мың жиырма бес", "30,8", "бесеуі", "икки минг"):
            with contextlib.suppress(NumberParseError):
                fr.parse_number(text_number, tag)
        for number in (2025, Decimal("30.8"), 10**15 + 7, -3, 0):
            with contextlib.suppress(UnsupportedNumberError):
                fr.spell(number, tag)
                fr.spell(abs(int(number)), tag, ordinal=True)
    fr.reconcile(docs).to_json()


@pytest.mark.usefixtures("fresh")
def test_the_unedited_data_passes_the_workload() -> None:
    _workload()


@pytest.mark.usefixtures("fresh")
def test_random_edits_raise_only_language_data_error(monkeypatch: pytest.MonkeyPatch) -> None:
    escaped: list[str] = []
    for seed in SEEDS:
        name, what, apply = _edit(seed)
        monkeypatch.setattr(_toml, "tomllib", _EditedToml(FILES[name], apply))
        _clear_caches()
        try:
            _workload()
        except LanguageDataError as exc:
            if not exc.path.endswith(".toml") or not exc.key:
                escaped.append(f"seed {seed}: {name}: {what}: LanguageDataError without file and key: {exc}")
        except Exception as exc:  # what the test is for: nothing else may escape
            tb = exc.__traceback__
            while tb is not None and tb.tb_next is not None:
                tb = tb.tb_next
            at = f"{Path(tb.tb_frame.f_code.co_filename).name}:{tb.tb_lineno}" if tb else "?"
            escaped.append(f"seed {seed}: {name}: {what}: {type(exc).__name__}: {exc} (at {at})")
    monkeypatch.undo()
    assert not escaped, f"{len(escaped)} of {len(SEEDS)} edits escaped:\n" + "\n".join(escaped)
