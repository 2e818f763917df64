"""The tables in the docs generated from the language data (forms, languages) must be current."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from factrecon.lang import SUPPORTED

ROOT = Path(__file__).resolve().parents[1]


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_forms_doc", ROOT / "scripts" / "gen_forms_doc.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_forms_tables_are_current() -> None:
    committed = (ROOT / "docs" / "reference" / "forms-tables.md").read_text(encoding="utf-8")
    assert committed == _generator().render(), "run python scripts/gen_forms_doc.py"
    assert "`мыңдаған`" in committed
    assert "`минглаб`" in committed


def test_languages_table_is_current() -> None:
    committed = (ROOT / "docs" / "reference" / "languages-table.md").read_text(encoding="utf-8")
    assert committed == _generator().render_languages(), "run python scripts/gen_forms_doc.py"
    for tag in SUPPORTED:
        assert f"| `{tag}` |" in committed
