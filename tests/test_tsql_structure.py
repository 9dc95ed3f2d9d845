"""The T-SQL core's shape: its modules import each other without a cycle (counting imports placed inside
functions, which only hide one), and none is longer than the team's limit, so each stays one concern."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "sqlml" / "tsql"
MAX_LINES = 600


def tsql_imports(path: Path) -> set[str]:
    """The sibling modules of tsql/ one module imports, wherever the import statement stands."""
    names = set()
    siblings = {p.stem for p in PACKAGE.glob("*.py")}
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                names.add(node.module.split(".")[0])
            else:   # from . import a, b
                names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("sqlml.tsql."):
            names.add(node.module.split(".")[2])
    return (names & siblings) - {path.stem}


def graph() -> dict[str, set[str]]:
    return {path.stem: tsql_imports(path) for path in PACKAGE.glob("*.py") if path.stem != "__init__"}


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a list of modules (the first repeated at the end), None when there is none."""
    state: dict[str, str] = {}
    path: list[str] = []

    def visit(module: str) -> list[str] | None:
        state[module] = "open"
        path.append(module)
        for target in sorted(edges.get(module, ())):
            if state.get(target) == "open":
                return path[path.index(target):] + [target]
            if target not in state:
                found = visit(target)
                if found:
                    return found
        path.pop()
        state[module] = "done"
        return None

    for module in sorted(edges):
        if module not in state:
            found = visit(module)
            if found:
                return found
    return None


def test_the_cycle_finder_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None


def test_tsql_modules_import_each_other_without_a_cycle():
    edges = graph()
    assert len(edges) > 10 and "translate" in edges
    cycle = find_cycle(edges)
    assert cycle is None, "import cycle in sqlml.tsql: " + " -> ".join(cycle)


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("*.py")), ids=lambda p: p.name)
def test_no_tsql_module_is_longer_than_the_limit(path):
    count = len(path.read_text().splitlines())
    assert count <= MAX_LINES, f"{path.name} has {count} lines (limit {MAX_LINES}): split it by concern"
