"""The library's shape: its modules import each other without a cycle (counting imports placed inside
functions, which only hide one, and those for type checking), in the T-SQL core and in the whole of
`sqlml`; and no module is longer than the team's limit, so each stays one concern."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

LIBRARY = Path(__file__).resolve().parents[1] / "src" / "sqlml"
PACKAGE = LIBRARY / "tsql"
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


def module_name(path: Path) -> str:
    """`sqlml.external.scope` for src/sqlml/external/scope.py; a package is its __init__'s name."""
    parts = path.relative_to(LIBRARY.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def library_imports(path: Path, modules: set[str]) -> set[str]:
    """The modules of sqlml that one module imports, relative imports resolved, wherever they stand."""
    package = module_name(path) if path.stem == "__init__" else module_name(path).rpartition(".")[0]
    names = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                source = f"{base}.{node.module}" if node.module else base
            else:
                source = node.module or ""
            # `from package import module` imports the module; `from module import name`, the module.
            imported = {f"{source}.{alias.name}" for alias in node.names} & modules
            names.update(imported or {source})
    return {name for name in names if name in modules} - {module_name(path)}


def library_graph() -> dict[str, set[str]]:
    paths = list(LIBRARY.rglob("*.py"))
    modules = {module_name(path) for path in paths}
    return {module_name(path): library_imports(path, modules) for path in paths}


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


def test_the_library_graph_resolves_relative_imports():
    edges = library_graph()
    assert "sqlml.tsql.catalog" in edges["sqlml.external.procedures"]        # from ..tsql.catalog import
    assert "sqlml.external.system_procedures" in edges["sqlml.external.interpreter"]   # from . import module
    assert "sqlml.database" in edges["sqlml.engines.embedded"]              # from ..database import name


def test_the_library_imports_without_a_cycle():
    """The engines register themselves with `sqlml.database`, and `sqlml.connection` imports them: the
    registry needs no loop. `external/` names no engine (its `interfaces.Host`), and the statement kinds
    the interpreter hands out take it as an `interfaces.Runner`."""
    edges = library_graph()
    assert len(edges) > 50
    cycle = find_cycle(edges)
    assert cycle is None, "import cycle in sqlml: " + " -> ".join(cycle)


@pytest.mark.parametrize("path", sorted(LIBRARY.rglob("*.py")), ids=lambda p: str(p.relative_to(LIBRARY)))
def test_no_module_is_longer_than_the_limit(path):
    count = len(path.read_text().splitlines())
    assert count <= MAX_LINES, f"{path.name} has {count} lines (limit {MAX_LINES}): split it by concern"
