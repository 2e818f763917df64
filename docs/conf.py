"""Sphinx configuration for the factrecon documentation (MyST Markdown, furo theme).

Build with ``make docs`` (``sphinx -W``: every warning is an error).
"""

from __future__ import annotations

import logging
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The package is installed in the venv (pip install -e); the path is a fallback
# so that autodoc documents this checkout even from a plain interpreter.
sys.path.insert(0, str(ROOT / "src"))

project = "factrecon"
author = "The factrecon developers"
copyright = "the factrecon developers, MIT licence"
try:
    release = metadata.version("factrecon")
except metadata.PackageNotFoundError:  # pragma: no cover - docs built without installing
    release = "0.1.0"
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.viewcode",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = [  # the generated tables are included by supported-forms.md and languages.md
    "_build", "**/.ipynb_checkpoints", "reference/forms-tables.md", "reference/languages-table.md",
]

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}

# No intersphinx: the build must work offline.


html_theme = "furo"
html_title = f"factrecon {release}"


# docs/explanation/verdicts.md and docs/schema/ are written by another engineer:
# the toctrees pick them up with a glob (``verdict[s]``, ``/schema/*``), which
# matches nothing until they land. Sphinx 9 logs an empty glob without a warning
# type, so ``suppress_warnings`` cannot silence it; this filter drops exactly
# that message and nothing else.
class _AllowEmptyGlob(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return getattr(record, "subtype", None) != "empty_glob"


def setup(app: object) -> dict[str, bool]:
    logging.getLogger("sphinx.sphinx.directives.other").addFilter(_AllowEmptyGlob())
    return {"parallel_read_safe": True}
