"""The shape of the package: no import cycle, and no language named in the code.

docs/explanation/design.md draws the modules as floors whose imports run
downward; these tests keep it so.
"""

from __future__ import annotations

import ast
from pathlib import Path

import factrecon
from factrecon.lang import SUPPORTED

SRC = Path(factrecon.__file__).resolve().parent


def _module_imports() -> dict[str, set[str]]:
    """Each module's imports of other factrecon modules, at import time (not inside functions or TYPE_CHECKING)."""
    modules = {}
    for path in SRC.rglob("*.py"):
        name = ".".join(("factrecon", *path.relative_to(SRC).with_suffix("").parts)).removesuffix(".__init__")
        modules[name] = path
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                continue
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                continue
            for n in ast.walk(node):
                if isinstance(n, ast.ImportFrom) and n.module and n.module in modules:
                    graph[name].add(n.module)
                    graph[name].update(f"{n.module}.{a.name}" for a in n.names if f"{n.module}.{a.name}" in modules)
                elif isinstance(n, ast.Import):
                    graph[name].update(a.name for a in n.names if a.name in modules)
    return graph


def test_the_module_graph_has_no_cycle() -> None:
    graph = _module_imports()
    graph.pop("factrecon")  # the package's __init__ gathers the public names from every floor
    for edges in graph.values():
        edges.discard("factrecon")
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(name: str, path: list[str]) -> None:
        state[name] = 1
        for nxt in sorted(graph.get(name, ())):
            if nxt.startswith(name + ".") or name.startswith(nxt + "."):
                continue  # a package and its own submodules
            assert state.get(nxt) != 1, f"import cycle: {' -> '.join([*path, nxt])}"
            if nxt not in state:
                visit(nxt, [*path, nxt])
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])


def test_no_language_tag_in_the_code() -> None:
    """A language is a folder of data: no Python module names one in its code (docs and examples may)."""
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
            and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)
        }
        named = [
            n.value for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and n.value in SUPPORTED and id(n) not in docstrings
        ]
        assert not named, f"{path.name} names a language in its code: {named}"
