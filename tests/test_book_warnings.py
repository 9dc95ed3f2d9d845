"""The book build treats warnings as errors: a glued value the prose names but no notebook made
fails the build (sqlml.course.build_book, Jupyter Book with -W), instead of a page with a hole."""
from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pytest

from sqlml.course import GLUE_PREFIX, build_book
from sqlml.errors import SqlmlError

ROOT = Path(__file__).resolve().parent.parent

TINY_AGENDA = """total_limit_minutes: 240
modules:
  - page: 01-tiny
    title: 01 Tiny
    phase: Modeling
    minutes: 5
    outcome: read one glued number
"""

TINY_TOC = """format: jb-book
root: content/intro
chapters:
  - file: content/01-tiny
"""


def tiny_book(home: Path, prose: str) -> Path:
    """A one-chapter book with the course's configuration and an agenda of its own: its executed
    notebook glues `margin` (as sqlml.course.glue does) and its prose shows `prose`."""
    home.mkdir(parents=True)
    shutil.copy2(ROOT / "_config.yml", home / "_config.yml")
    for folder in ("_ext", "assets"):
        shutil.copytree(ROOT / folder, home / folder, ignore=shutil.ignore_patterns("__pycache__"))
    (home / "_toc.yml").write_text(TINY_TOC)
    (home / "assets" / "agenda.yml").write_text(TINY_AGENDA)
    (home / "content").mkdir()
    (home / "content" / "intro.md").write_text("# A tiny book\n\nOne chapter.\n")
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    code = nbformat.v4.new_code_cell("glue('margin', 0.01, display=False)", execution_count=1)
    code.outputs = [nbformat.v4.new_output(
        "display_data", data={GLUE_PREFIX + "text/plain": "0.01"},
        metadata={"scrapbook": {"name": "margin", "mime_prefix": GLUE_PREFIX}})]
    notebook.cells = [nbformat.v4.new_markdown_cell("# Tiny chapter"), code,
                      nbformat.v4.new_markdown_cell(f"The margin is {prose}.")]
    source = nbformat.v4.new_notebook(metadata=notebook.metadata, cells=[
        nbformat.v4.new_code_cell(cell.source) if cell.cell_type == "code" else cell for cell in notebook.cells])
    nbformat.write(source, home / "content" / "01-tiny.ipynb")
    # What a run records on the executed copy (the status page reads it).
    notebook.metadata["papermill"] = {"start_time": "2026-01-01T00:00:00", "duration": 1.0, "exception": None,
                                      "parameters": {"scale_factor": 0.01}}
    (home / "_build" / "executed").mkdir(parents=True)
    nbformat.write(notebook, home / "_build" / "executed" / "01-tiny.ipynb")
    return home


# Both ways the prose shows a glued value: myst-nb's role, and the {eval} form JupyterLab evaluates.
@pytest.mark.parametrize("role", ["{{glue:text}}`{}`", "{{eval}}`glued.{}`"])
def test_an_unknown_glue_name_fails_the_build_and_a_known_one_builds(tmp_path, monkeypatch, role):
    monkeypatch.setenv("SQLML_HOME", str(tiny_book(tmp_path / "unknown", role.format("margni"))))
    with pytest.raises(SqlmlError, match=r"The book did not build.*margni"):
        build_book(echo=lambda line: None)
    assert not (tmp_path / "unknown" / "_build" / "html").exists()
    # The same book naming the glued value builds, and the page shows the value.
    monkeypatch.setenv("SQLML_HOME", str(tiny_book(tmp_path / "known", role.format("margin"))))
    index = build_book(echo=lambda line: None)
    page = (index.parent / "content" / "01-tiny.html").read_text()
    assert "The margin is" in page and "0.01" in page
