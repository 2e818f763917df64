"""Every example in README.md and docs/ runs, so that none of them can rot.

* ```` ```python ```` blocks with ``>>>`` prompts are doctests: their output is compared;
* other ```` ```python ```` blocks are run as scripts, one namespace per page (a page's
  blocks build on each other); an expression followed by ``  # <repr>`` is checked
  against that repr (the README's style); a ``test_*`` function a block defines is
  called, as pytest would; ``paths`` (the example corpus) and ``my_format`` stand for
  the reader's own data and code;
* every ``factrecon`` command line (``$ factrecon ...`` in a ```` ```console ```` block, or
  an indented ``factrecon ...`` line in the README) runs in a folder holding the names the
  examples use (``article.txt``, ``articles/``, ``path/to/articles``, ``examples/corpus``),
  and must exit 0 (or 1, a ``--fail-on`` hit).

docs/tutorial.ipynb is run by tests/test_notebook.py.
"""

from __future__ import annotations

import ast
import doctest
import os
import re
import shlex
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
_FENCE = re.compile(r"^( *)```(\w+)[^\n]*\n(.*?)^\1```", re.DOTALL | re.MULTILINE)
_CHECKED = re.compile(r"^(?P<code>\S.*?)\s{2,}# (?P<repr>[\[\('\"<A-Z0-9-].*)$")


def _blocks(page: Path, language: str) -> list[str]:
    return [textwrap.dedent(m[3]) for m in _FENCE.finditer(page.read_text("utf-8")) if m[2] == language]


def _rel(page: Path) -> str:
    return str(page.relative_to(ROOT))


@pytest.mark.parametrize("page", [p for p in PAGES if _blocks(p, "python")], ids=_rel)
def test_python_examples_run(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the examples name examples/corpus relative to the repository
    namespace: dict[str, Any] = {
        "__name__": "docs_example",  # a block's `if __name__ == "__main__":` part is a script's, not run here
        "paths": sorted(CORPUS.glob("*.txt")),
        "my_format": repr,
    }
    for block in _blocks(page, "python"):
        if "pandas" in block:  # (to_pandas, import pandas) the testing extra does not hold pandas
            pytest.importorskip("pandas", reason="the pandas extra")
        if ">>> " in block:
            _doctest(block, namespace, _rel(page))
            continue
        if "distributed" in block:
            pytest.importorskip("distributed", reason="the dask extra")
        exec(compile(block, _rel(page), "exec"), namespace)
        for line in block.splitlines():
            _check_comment(line, namespace)
        for name, value in list(namespace.items()):
            if name.startswith("test_") and callable(value):
                value()
                del namespace[name]


def _doctest(block: str, namespace: dict[str, Any], name: str) -> None:
    test = doctest.DocTestParser().get_doctest(block, namespace, name, name, 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    out: list[str] = []
    runner.run(test, out=out.append, clear_globs=False)
    namespace.update(test.globs)  # the DocTest ran on a copy: the page's next block builds on it
    assert runner.failures == 0, "".join(out)


def _check_comment(line: str, namespace: dict[str, Any]) -> None:
    """``expr  # repr``: the expression's value must print as the comment says."""
    m = _CHECKED.match(line)
    if not m:
        return
    try:
        tree = ast.parse(m["code"], mode="eval")
    except SyntaxError:
        return  # a statement with a comment, not an expression with its value
    value = eval(compile(tree, "<example>", "eval"), namespace)
    assert repr(value) == m["repr"], line


def _commands() -> Iterator[tuple[str, str]]:
    for page in PAGES:
        for block in _blocks(page, "console"):
            for line in block.splitlines():
                if line.startswith("$ ") and "factrecon" in _programs(line[2:]):
                    yield _rel(page), line[2:]
    readme = (ROOT / "README.md").read_text("utf-8")
    for line in readme.splitlines():
        if line.startswith("    factrecon "):
            yield "README.md", line.strip()


def _programs(command: str) -> set[str]:
    """The programs a shell line runs (the first word of each part of a pipeline or list)."""
    command = command.split(" #", 1)[0]
    return {shlex.split(part)[0] for part in re.split(r"[|;]", command) if part.strip()}


COMMANDS = list(_commands())


def test_the_docs_show_commands() -> None:
    assert len(COMMANDS) >= 5


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the names the examples use, and factrecon on PATH."""
    root = tmp_path_factory.mktemp("docs")
    shutil.copy(next(iter(sorted(CORPUS.glob("kk-*.txt")))), root / "article.txt")
    for folder in ("articles", "path/to/articles", "examples/corpus"):
        shutil.copytree(CORPUS, root / folder)
    return root


@pytest.mark.parametrize(("page", "command"), COMMANDS, ids=[f"{p}: {c}" for p, c in COMMANDS])
def test_command_examples_run(page: str, command: str, sandbox: Path) -> None:
    missing = [p for p in _programs(command) - {"factrecon", "echo", "cat"} if shutil.which(p) is None]
    if missing:
        pytest.skip(f"{', '.join(missing)} is not installed")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    run = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command], cwd=sandbox, env=env, capture_output=True, text=True, timeout=300
    )
    assert run.returncode in (0, 1), f"{page}: {command}\n{run.stderr}"
    assert "Traceback" not in run.stderr
