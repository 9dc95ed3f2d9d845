"""The notebooks as tests: stored clean, written to the course's conventions, and executed in order.

The course runs once per test session (`executed_course`), at scale factor 0.01, in a temporary
copy of the course (SQLML_HOME points at it), so the learner's own data and _build stay untouched.
Every test that needs executed notebooks reuses that one run.

Regression: the outputs that must not change (checkpoint lines, tables of counts and profiles,
glued numbers) are compared with references in tests/notebook_references/ using pytest-notebook's
diffing, with volatile parts (timings, paths, memory addresses, figures, package versions)
ignored. Regenerate the references after an intended change with
`SQLML_REGEN_REFERENCES=1 pytest tests/test_notebooks.py`.
"""
from __future__ import annotations

import copy
import os
import re
import shutil
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "content"
REFERENCES = Path(__file__).resolve().parent / "notebook_references"
OUR_NOTEBOOKS = ["01-architecture", "02-methodology", "03-business-understanding",
                 "04-data-understanding", "05-modeling"]
#: Every module, each with a reference of its outputs (and prose) in tests/notebook_references/.
REFERENCED_NOTEBOOKS = OUR_NOTEBOOKS + ["06-deployment", "07-acceptance", "08-retraining"]


def source_notebooks() -> list[Path]:
    return sorted(p for p in CONTENT.glob("[0-9][0-9]-*.ipynb"))


def read(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(path, as_version=4)


# The session's course run (`executed_course`, `CourseRun`, `copy_course`) lives in conftest.py,
# shared with the book and browser tests.
from conftest import SCALE_FACTOR, CourseRun, copy_course  # noqa: E402,F401


# -- sources ---------------------------------------------------------------------------------------
def test_the_course_has_the_first_five_modules():
    assert [p.stem for p in source_notebooks()][:5] == OUR_NOTEBOOKS


@pytest.mark.parametrize("path", source_notebooks(), ids=lambda p: p.stem)
def test_sources_are_stored_without_outputs(path):
    notebook = read(path)
    dirty = [i for i, cell in enumerate(notebook.cells)
             if cell.cell_type == "code" and (cell.outputs or cell.execution_count is not None)]
    assert not dirty, f"{path.name}: cells {dirty} hold outputs or execution counts; clear them before committing"
    assert notebook.metadata.get("kernelspec", {}).get("name") == "python3"


@pytest.mark.parametrize("path", source_notebooks(), ids=lambda p: p.stem)
def test_notebooks_follow_the_course_conventions(path):
    notebook = read(path)
    code = [c for c in notebook.cells if c.cell_type == "code"]
    markdown = "\n".join(c.source for c in notebook.cells if c.cell_type == "markdown")
    first = code[0]
    assert "parameters" in first.metadata.get("tags", []), "the first code cell must be tagged parameters"
    assert "database_url" in first.source and "scale_factor" in first.source
    sources = "\n".join(c.source for c in code)
    assert "%load_ext sqlml" in sources and "%tsql_connect database_url" in sources
    assert any(c.source.startswith("%%tsql") for c in code), "T-SQL belongs in %%tsql cells"
    assert re.search(r"^#+ Activity", markdown, re.M), "every module has an activity for the learner"
    folded = any({"hide-input", "hide-cell"} & set(c.metadata.get("tags", [])) for c in code)
    assert folded or "{dropdown}" in markdown, "the activity's solution is folded away in the book"
    # Numbers in the prose come from the run: {eval}`glued.NAME` is the value the notebook glued, read
    # from the run by the book (_ext/eval_from_glue.py) and evaluated by the kernel in JupyterLab
    # (jupyterlab-myst), which cannot render {glue:...} roles.
    assert "{eval}`glued." in markdown and "{glue:" not in markdown
    for cell in code:   # a cell the book folds is folded in JupyterLab too
        tags, hidden = set(cell.metadata.get("tags", [])), cell.metadata.get("jupyter", {})
        assert ("hide-input" not in tags or hidden.get("source_hidden")) and (
            "hide-output" not in tags or hidden.get("outputs_hidden")), cell.source[:60]
    # every figure shows in the notebook: none is glued with display=False
    assert not re.search(r"glue\([^)]*\bfig\b[^)]*display=False", sources), "a figure is glued without showing it"
    assert re.search(r"^#+ Checkpoint", markdown, re.M), "every module ends with a checkpoint"


def test_modeling_shows_the_feature_query_that_ships_with_sqlml():
    from sqlml.queries import read as read_query

    cells = [c.source for c in read(CONTENT / "05-modeling.ipynb").cells
             if c.cell_type == "code" and c.source.startswith("%%tsql features")]
    assert len(cells) == 1, "05-modeling keeps the features with one '%%tsql features <<' cell"
    shown = cells[0].split("\n", 1)[1]
    assert " ".join(shown.split()) == " ".join(read_query("return_features").split())


# -- execution -------------------------------------------------------------------------------------
def _errors(notebook: nbformat.NotebookNode) -> list[str]:
    return [f"{o.get('ename')}: {o.get('evalue')}" for c in notebook.cells if c.cell_type == "code"
            for o in c.outputs if o.get("output_type") == "error"]


@pytest.mark.slow
def test_every_notebook_executes_in_order(executed_course):
    executed_course.require_success()
    names = [name for name, _ in executed_course.timings]
    assert names == [p.stem for p in source_notebooks()]
    for name in names:
        notebook = read(executed_course.executed / f"{name}.ipynb")
        assert not _errors(notebook), f"{name}: {_errors(notebook)}"
    assert not list(executed_course.executed.glob(".*.running.ipynb")), "no half-executed notebook is left"


@pytest.mark.slow
@pytest.mark.parametrize("name", OUR_NOTEBOOKS)
def test_checkpoints_pass(executed_course, name):
    executed_course.require_success()
    notebook = read(executed_course.executed / f"{name}.ipynb")
    text = "".join(o.get("text", "") for c in notebook.cells if c.cell_type == "code"
                   for o in c.outputs if o.get("output_type") == "stream")
    assert "Checkpoint passed" in text


@pytest.mark.slow
def test_the_run_leaves_the_modeling_results_in_the_database(executed_course):
    executed_course.require_success()
    import sqlml

    with sqlml.connect(executed_course.database_url) as db:
        profiles = db.query("SELECT cluster, name, customers FROM dbo.cluster_profiles")
        assert profiles["name"].is_unique and len(profiles) >= 2
        champions = db.query("SELECT version FROM dbo.models WHERE name = N'customer_returns' AND is_champion = 1")
        assert len(champions) == 1
        enabled = db.query("EXEC sp_configure 'external scripts enabled'")
        assert int(enabled["run_value"].iloc[0]) == 1


@pytest.mark.slow
def test_a_notebook_run_out_of_order_names_what_to_run_first(executed_course, tmp_path):
    """05-modeling on a database with the data but nothing else: it says to run 03 first."""
    executed_course.require_success()
    from sqlml.course import NotebookFailed, execute_notebook
    from sqlml.run_cache import executed_key

    fresh = tmp_path / "fresh.duckdb"
    # The database as 04 left it (saved by the run), so that only the missing table stops 05.
    after_04 = executed_key(executed_course.executed / "04-data-understanding.ipynb")
    shutil.copy2(executed_course.home / "_build" / "cache" / f"{after_04}.duckdb", fresh)
    import sqlml

    with sqlml.connect(f"duckdb:///{fresh}") as db:
        db.execute("DROP TABLE dbo.success_criteria;")
    with pytest.raises(NotebookFailed) as failure:
        execute_notebook(executed_course.home / "content" / "05-modeling.ipynb",
                         database_url=f"duckdb:///{fresh}", scale_factor=SCALE_FACTOR, output_dir=tmp_path)
    message = str(failure.value)
    assert "05-modeling failed at cell" in message
    assert "PrerequisiteMissing" in message and "run 03-business-understanding first" in message
    assert not (tmp_path / "05-modeling.ipynb").exists(), "a failed notebook is not published"


@pytest.mark.slow
def test_a_failing_cell_is_named_with_its_notebook(executed_course, tmp_path):
    executed_course.require_success()
    from sqlml.course import NotebookFailed, execute_notebook

    notebook = read(executed_course.home / "content" / "02-methodology.ipynb")
    connect = next(i for i, c in enumerate(notebook.cells) if "%tsql_connect" in c.source)
    notebook.cells.insert(connect + 1, nbformat.v4.new_code_cell("%%tsql\nSELECT * FROM dbo.no_such_table;"))
    broken = tmp_path / "02-methodology.ipynb"
    nbformat.write(notebook, broken)
    with pytest.raises(NotebookFailed) as failure:
        execute_notebook(broken, database_url=executed_course.database_url, scale_factor=SCALE_FACTOR,
                         output_dir=tmp_path / "out")
    number = connect + 2  # 1-based, as Jupyter users count
    assert failure.value.cell == number
    assert f"02-methodology failed at cell {number} (%%tsql)" in str(failure.value)
    assert "no_such_table" in str(failure.value)
    assert "\n" not in str(failure.value)


# -- regression ------------------------------------------------------------------------------------
#: Text that legitimately differs between runs and machines.
VOLATILE_TEXT = [
    (re.compile(r"0x[0-9a-fA-F]+"), "0xADDRESS"),
    (re.compile(r"(/[\w.+-]+)+/(course|data|_build)\b[\w./-]*"), "PATH"),
    (re.compile(r"\b\d+(\.\d+)? ?(s|ms|seconds)\b"), "TIME"),
    (re.compile(r"<Figure size [^>]*>"), "<Figure>"),
    (re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d+)?"), "TIMESTAMP"),
    # A model's SHA-256 (06, 07) changes with the skops and scikit-learn versions that wrote it.
    (re.compile(r"\b(?=[0-9a-f]*[a-f])[0-9a-f]{12,64}\b"), "SHA256"),
]
#: Cells whose output depends on the machine, not on the course: the runtime's package versions
#: and how many distributions it has installed.
VOLATILE_CELLS = ("NEEDED = [", "import importlib.metadata")
#: Output parts that are not text a reader checks: figures, HTML twins of text tables, metadata.
IGNORED_PATHS = [
    "/metadata", "/cells/*/metadata", "/cells/*/execution_count", "/cells/*/id",
    "/cells/*/outputs/*/metadata", "/cells/*/outputs/*/execution_count",
    "/cells/*/outputs/*/data/image/png", "/cells/*/outputs/*/data/image/svg+xml",
    "/cells/*/outputs/*/data/text/html", "/cells/*/outputs/*/data/application/papermill.record/image/png",
    "/cells/*/outputs/*/data/application/papermill.record/text/html",
    "/cells/*/outputs/*/traceback",
]


def regression_view(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The executed notebook without papermill's injected cell, with volatile text replaced."""
    view = copy.deepcopy(notebook)
    view.metadata = {"kernelspec": notebook.metadata.get("kernelspec", {})}
    view.cells = [c for c in view.cells if "injected-parameters" not in c.metadata.get("tags", [])
                  and "parameters" not in c.metadata.get("tags", [])]
    for cell in view.cells:
        cell.metadata = {}
        if cell.cell_type != "code":
            continue
        cell.execution_count = None
        cell.outputs = _coalesce_streams(cell.outputs)
        for output in cell.outputs:  # figures and HTML twins of text tables are not compared
            if "execution_count" in output:
                output["execution_count"] = None
            for mime in [m for m in output.get("data", {}) if "image/" in m or m.endswith("text/html")]:
                del output["data"][mime]
        if cell.source.lstrip().startswith(VOLATILE_CELLS) or any(v in cell.source for v in VOLATILE_CELLS):
            cell.outputs = []
            continue
        for output in cell.outputs:
            if "text" in output:
                output["text"] = _steady(output["text"])
            for mime, value in list(output.get("data", {}).items()):
                if isinstance(value, str) and (mime.startswith("text/plain") or mime.endswith("text/plain")
                                               or mime == "text/markdown"):
                    output["data"][mime] = _steady(value)
    return view


def _coalesce_streams(outputs: list) -> list:
    """Join consecutive writes to the same stream: how the kernel splits them depends on timing."""
    joined: list = []
    for output in outputs:
        if (output.get("output_type") == "stream" and joined and joined[-1].get("output_type") == "stream"
                and joined[-1].get("name") == output.get("name")):
            joined[-1]["text"] += output["text"]
        else:
            joined.append(output)
    return joined


def _steady(text: str) -> str:
    for pattern, replacement in VOLATILE_TEXT:
        text = pattern.sub(replacement, text)
    return text


@pytest.mark.slow
@pytest.mark.parametrize("name", REFERENCED_NOTEBOOKS)
def test_outputs_match_the_references(executed_course, name):
    executed_course.require_success()
    from pytest_notebook.diffing import diff_notebooks, diff_to_string, filter_diff

    actual = regression_view(read(executed_course.executed / f"{name}.ipynb"))
    reference_file = REFERENCES / f"{name}.ipynb"
    if os.environ.get("SQLML_REGEN_REFERENCES"):
        REFERENCES.mkdir(exist_ok=True)
        nbformat.write(actual, reference_file)
    if not reference_file.exists():
        pytest.fail(f"No reference for {name}: run SQLML_REGEN_REFERENCES=1 pytest tests/test_notebooks.py "
                    "and review the files it writes in tests/notebook_references/.", pytrace=False)
    reference = read(reference_file)
    diff = filter_diff(diff_notebooks(reference, actual), IGNORED_PATHS)
    if diff:
        pytest.fail(f"{name}'s outputs changed:\n" + diff_to_string(reference, diff, use_color=False),
                    pytrace=False)


# -- part two (06-08): deployment, acceptance, retraining ------------------------------------------
@pytest.mark.slow
def test_part_two_leaves_a_registry_a_filled_closeout_and_a_quiet_second_retrain(executed_course, capsys):
    executed_course.require_success()
    import sqlml
    from sqlml.retraining import retrain_command

    for name in ("06-deployment", "07-acceptance", "08-retraining"):
        notebook = read(executed_course.executed / f"{name}.ipynb")
        text = "".join(o.get("text", "") for c in notebook.cells if c.cell_type == "code"
                       for o in c.outputs if o.get("output_type") == "stream")
        assert "Checkpoint passed" in text, name
    closeout = (executed_course.home / "_build" / "generated" / "ProjectCloseout.md").read_text(encoding="utf-8")
    assert "{{" not in closeout and "customer_returns version 1" in closeout
    count = ("SELECT name, COUNT(*) AS versions, SUM(CASE WHEN is_champion = 1 THEN 1 ELSE 0 END) AS champions "
             "FROM dbo.models GROUP BY name")
    with sqlml.connect(executed_course.database_url) as db:
        before = db.query(count)
    assert (before["versions"] >= 2).all() and (before["champions"] == 1).all(), before
    assert retrain_command(executed_course.database_url) == 0
    said = capsys.readouterr().out
    assert "NOT PROMOTED" in said and "No new data" in said
    with sqlml.connect(executed_course.database_url) as db:
        assert db.query(count).equals(before)


# -- the runner's edges (no kernel needed) ---------------------------------------------------------
def test_sqlml_run_refuses_an_unknown_notebook_in_one_line(tmp_path, monkeypatch, capsys):
    from sqlml.cli import main

    monkeypatch.setenv("SQLML_HOME", str(copy_course(tmp_path / "course")))
    assert main(["run", "--only", "99-nothing", "--scale-factor", "0.01", "--no-book"]) == 1
    error = capsys.readouterr().err.strip()
    assert error.startswith("sqlml run: error: No notebook named '99-nothing'") and "05-modeling" in error
    assert "\n" not in error
    assert not (tmp_path / "course" / "data").exists(), "bad input is refused before any data is made"


def test_an_interrupted_notebook_leaves_no_executed_copy(tmp_path, monkeypatch):
    """A run stopped half-way (Ctrl+C) must not leave a half-executed notebook for the book."""
    import papermill

    from sqlml.course import execute_notebook

    source = copy_course(tmp_path / "course") / "content" / "02-methodology.ipynb"
    output = tmp_path / "executed"

    def interrupted(input_path, output_path, **kwargs):
        Path(output_path).write_text(Path(input_path).read_text())  # papermill writes as it goes
        raise KeyboardInterrupt

    monkeypatch.setattr(papermill, "execute_notebook", interrupted)
    with pytest.raises(KeyboardInterrupt):
        execute_notebook(source, database_url=None, scale_factor=SCALE_FACTOR, output_dir=output)
    assert list(output.iterdir()) == []


@pytest.mark.slow
def test_a_forced_second_run_starts_again_from_the_data_before_retraining(executed_course, tmp_path, monkeypatch):
    """08-retraining moves the staged rows into dbo; `sqlml run --force` puts back the database as
    it was before 01 (saved by the first run) and executes every notebook again."""
    executed_course.require_success()
    import sqlml.course as course

    home = tmp_path / "course"
    shutil.copytree(executed_course.home, home)
    url = f"duckdb:///{home / 'data' / 'course.duckdb'}"
    assert course.new_data_already_moved(url), "after a full run the staged rows are in dbo"

    ran = []
    monkeypatch.setenv("SQLML_HOME", str(home))
    monkeypatch.setattr(course, "_run_one", lambda source, *args: ran.append(source.stem) or
                        shutil.copy2(home / "_build" / "executed" / source.name, tmp_path / source.name))
    course.run_course(database_url=url, scale_factor=SCALE_FACTOR, build=False, echo=lambda line: None,
                      force=True)
    assert not course.new_data_already_moved(url), "the run restored the data with its staged rows"
    assert ran == [p.stem for p in source_notebooks()]
