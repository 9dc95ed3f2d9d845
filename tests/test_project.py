"""The project's own files agree with each other."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def _normalise(requirement: str) -> str:
    return re.sub(r"\s+", "", requirement).lower().replace("_", "-")


def test_environment_yml_lists_the_same_dependencies_as_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = set(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        wanted |= set(extra)
    environment = yaml.safe_load((ROOT / "environment.yml").read_text())
    pip_section = next(d["pip"] for d in environment["dependencies"] if isinstance(d, dict))
    listed = {r for r in pip_section if not r.startswith("-e")}
    assert {_normalise(r) for r in listed} == {_normalise(r) for r in wanted}


def test_duckdb_is_pinned_to_the_tpcds_extension_version():
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    pins = {d.split("==")[0]: d.split("==")[1] for d in deps if "==" in d}
    assert pins["duckdb"] == pins["duckdb-extension-tpcds"]


def test_jupyter_book_stays_below_2():
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    assert any(d.startswith("jupyter-book") and "<2" in d for d in deps)


def test_gitignore_covers_generated_and_secret_files():
    ignored = (ROOT / ".gitignore").read_text().split()
    for entry in ("data/", "_build/", ".env"):
        assert entry in ignored


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text()
    match = re.search(r"<!-- test-command -->\s*```bash\n(.+?)\n```", readme, re.S)
    assert match, "README.md must show the test command under <!-- test-command -->"
    assert "pytest" in match.group(1)
    assert "<!-- test-command -->" in (ROOT / ".ci" / "run").read_text()


def test_every_relative_import_names_something_its_module_has():
    # An import inside a function runs only when that path is taken: `from .data import
    # _explain_write_failure` (a name data.py never had) turned a full disk during `sqlml run --from`
    # into an ImportError. Each relative import is checked here against the module it names.
    import ast
    import importlib

    source = ROOT / "src"
    missing = []
    for path in sorted((source / "sqlml").rglob("*.py")):
        parts = list(path.relative_to(source).with_suffix("").parts)
        package = parts if parts[-1] == "__init__" else parts[:-1]
        package = [p for p in package if p != "__init__"]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom) or not node.level:
                continue
            base = package[:len(package) - node.level + 1]
            target = ".".join(base + ([node.module] if node.module else []))
            module = importlib.import_module(target)
            for alias in node.names:
                if hasattr(module, alias.name):
                    continue
                try:
                    importlib.import_module(f"{target}.{alias.name}")
                except ImportError:
                    missing.append(f"{path.relative_to(ROOT)}:{node.lineno}: {alias.name} from {target}")
    assert not missing, missing
