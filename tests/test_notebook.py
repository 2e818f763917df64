"""docs/tutorial.ipynb runs from top to bottom (nbclient, the venv's python3 kernel), so the tutorial cannot rot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "docs" / "tutorial.ipynb"


def _text(cell: dict[str, Any]) -> str:
    parts = []
    for out in cell.get("outputs", []):
        if "text" in out:
            parts.append(out["text"])
        data = out.get("data", {})
        parts.append(data.get("text/plain", ""))
        parts.append(data.get("text/html", ""))
    return "".join(parts)


def test_tutorial_notebook_runs() -> None:
    nbformat = pytest.importorskip("nbformat", reason="needs the dev extra (nbformat)")
    nbclient = pytest.importorskip("nbclient", reason="needs the dev extra (nbclient)")
    pytest.importorskip("ipykernel", reason="needs the dev extra (ipykernel)")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    assert not any(c.get("outputs") for c in nb.cells if c.cell_type == "code"), "commit the notebook without outputs"
    client = nbclient.NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(ROOT / "docs")}}
    )
    client.execute()  # raises CellExecutionError, with the cell and traceback, when a cell fails
    outputs = "\n".join(_text(c) for c in nb.cells if c.cell_type == "code")
    assert "kk-oral-forum-birlesken-zhobalar" in outputs
    assert "uz-Cyrl-forum-qoshma-loyihalar" in outputs
    assert "Conflict on project (count)" in outputs  # the 14-vs-30 conflict, explained
    assert "'30 та'" in outputs
    assert "'14'" in outputs
    assert "<table" in outputs  # the report's notebook view and the DataFrame
