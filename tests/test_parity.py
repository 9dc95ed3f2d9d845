"""A run's figures (`_build/figures.json`) and `sqlml parity A B`.

The session's course run writes the figures; they are checked against what the executed notebooks
hold and against the database, then compared with copies changed on purpose (each change must be
found and named), with a notebook re-executed from changed code, and with a database whose data
was changed. Two independent runs of the embedded engine agreeing is in test_determinism.py.
"""
from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

import sqlml
from sqlml.errors import FiguresError
from sqlml.figures import TOLERANCE_PREFIX, _text_figure, figure, read_figures, tolerance
from sqlml.parity import FAIL, SHOWN, compare, compare_figure, markdown_report, text_report

SQLML = Path(sys.executable).with_name("sqlml")


# -- what a glued text means --------------------------------------------------------------------
@pytest.mark.parametrize("text, kind, value, decimals", [
    ("1,000", "count", 1000, None),
    ("23,559", "count", 23559, None),
    ("0", "count", 0, None),
    ("8.7%", "number", 8.7, 1),
    ("100.00%", "number", 100.0, 2),
    ("55%", "number", 55.0, 0),
    ("0.453", "number", 0.453, 3),
    ("-0.0369", "number", -0.0369, 4),
    ("1,234.5", "number", 1234.5, 1),
    ("4 of 4", "text", "4 of 4", None),
    ("1998-01-02 to 2001-12-31", "text", "1998-01-02 to 2001-12-31", None),
    ("80fcba846bfe", "text", "80fcba846bfe", None),
    ("%", "text", "%", None),
    (".", "text", ".", None),
])
def test_a_glued_text_is_read_as_a_count_a_rounded_number_or_text(text, kind, value, decimals):
    read = _text_figure(text, "nb")
    assert (read["kind"], read["value"], read.get("decimals")) == (kind, value, decimals)


@pytest.mark.parametrize("value, kind", [(6, "count"), (0.4534, "number"), (True, "text"), (float("nan"), "text"),
                                         ("High-value returners", "text"), (None, "text")])
def test_a_database_value_keeps_its_kind(value, kind):
    assert figure(value, source="database")["kind"] == kind


# -- the rules, one figure at a time ------------------------------------------------------------
def _n(value, text=None, decimals=None):
    item = {"kind": "number", "value": value, "source": "x"}
    if text is not None:
        item.update(text=text, decimals=decimals)
    return item


def _c(value):
    return {"kind": "count", "value": value, "source": "x"}


def _t(value):
    return {"kind": "text", "value": value, "source": "x"}


@pytest.mark.parametrize("a, b, rule, verdict", [
    (_c(29), _c(29), None, None),
    (_c(29), _c(30), None, FAIL),                                         # counts are exact
    (_t("Non-returners"), _t("Non-returners"), None, None),
    (_t("promoted"), _t("not promoted"), None, FAIL),
    (_n(0.4534), _n(0.4534 * (1 + 1e-9)), None, None),                     # summation-order noise
    (_n(0.4534), _n(0.4534 * (1 + 1e-4)), None, FAIL),                     # beyond 1e-6 relative
    (_n(0.4534), _n(0.4534 * (1 + 1e-4)), {"relative": 1e-3, "reason": "r"}, None),  # widened
    (_n(0.4534), _n(0.46), {"relative": 1e-3, "reason": "r"}, FAIL),       # beyond the widened one
    (_n(0.453, "0.453", 3), _n(0.454, "0.454", 3), None, None),            # a rounding flip
    (_n(0.453, "0.453", 3), _n(0.455, "0.455", 3), None, FAIL),            # two units: a change
    (_n(8.7, "8.7%", 1), _n(8.9, "8.9%", 1), None, FAIL),
    (_t("80fcba846bfe"), _t("272b7d423dd5"), {"informational": True, "reason": "r"}, SHOWN),
    (_c(6), None, None, FAIL),                                             # missing in B
    (None, _c(6), None, FAIL),                                             # missing in A
    (_c(6), _t("6 segments"), None, FAIL),                                 # a count became text
    ({"kind": "image", "value": None, "source": "x"}, {"kind": "image", "value": None, "source": "x"}, None, None),
])
def test_each_figure_is_compared_by_its_kind_and_rule(a, b, rule, verdict):
    row = compare_figure("nb:figure", a, b, rule)
    assert (row.verdict if row else None) == verdict


@pytest.mark.parametrize("kwargs, message", [
    ({"reason": ""}, "needs a reason"),
    ({"reason": "engines differ"}, "widens nothing"),
    ({"reason": "engines differ", "relative": 2}, "between 0 and 1"),
    ({"reason": "engines differ", "relative": "0.1"}, "between 0 and 1"),
])
def test_a_tolerance_must_say_why_and_how_much(kwargs, message):
    with pytest.raises(FiguresError, match=message):
        tolerance("largest_psi", **kwargs)


# -- the session's run --------------------------------------------------------------------------
def figures_of(run) -> dict:
    """A session run's figures, collected again from its database and executed notebooks.

    The same function `sqlml run` calls; collected here because a test elsewhere runs the course
    again in the session's folder (with its notebooks stubbed), which rewrites _build/figures.json.
    """
    from sqlml.figures import collect_figures

    names = [p.stem for p in sorted((run.home / "content").glob("[0-9][0-9]-*.ipynb"))]
    figures = collect_figures(run.database_url, 0.01, names, run.executed)
    figures["path"] = str(run.home)
    return figures


@pytest.fixture(scope="module")
def run_figures(executed_course) -> dict:
    executed_course.require_success()
    return figures_of(executed_course)


def _glued_names(executed: Path) -> set[str]:
    names = set()
    for path in executed.glob("[0-9][0-9]-*.ipynb"):
        if path.name.endswith(".failed.ipynb"):
            continue
        for cell in nbformat.read(path, as_version=4).cells:
            for output in cell.get("outputs", []):
                name = output.get("metadata", {}).get("scrapbook", {}).get("name")
                if name and not name.startswith(TOLERANCE_PREFIX):
                    names.add(f"{path.stem}:{name}")
    return names


@pytest.mark.slow
def test_every_run_writes_its_engine_scale_factor_and_every_glued_figure(executed_course, run_figures):
    written = read_figures(executed_course.home)  # _build/figures.json, as `sqlml run` wrote it
    assert written["engine"] == "embedded"
    assert written["engine_version"] == f"DuckDB {__import__('duckdb').__version__}"
    assert written["scale_factor"] == 0.01
    assert written["missing_notebooks"] == []
    glued = _glued_names(executed_course.executed)
    assert len(glued) > 50
    assert glued == {name for name in written["figures"] if not name.startswith("db:")}
    assert glued == {name for name in run_figures["figures"] if not name.startswith("db:")}
    # 01-architecture says why its package count differs between engines.
    assert written["tolerances"]["01-architecture:package_count"]["informational"] is True
    assert "its own Python" in written["tolerances"]["01-architecture:package_count"]["reason"]


@pytest.mark.slow
def test_the_fingerprints_agree_with_what_the_notebooks_glued(run_figures):
    figures = {name: item["value"] for name, item in run_figures["figures"].items()}
    k = figures["05-modeling:chosen_k"]
    sizes = [figures[f"db:customer_clusters.size[cluster {c}]"] for c in range(k)]
    assert sum(sizes) == figures["05-modeling:customer_count"]
    assert sizes == [figures[f"db:cluster_profiles[cluster {c}].customers"] for c in range(k)]
    assert sizes == [figures[f"db:customer_scores.size[cluster {c}]"] for c in range(k)]
    target = figures["07-acceptance:target_cluster"]
    assert figures["db:campaign_targets.customers"] == figures["07-acceptance:target_customers"] == sizes[target]
    assert figures["db:campaign_targets.with_email"] == figures["07-acceptance:target_with_email"]
    assert figures[f"db:cluster_profiles[cluster {target}].name"] == figures["07-acceptance:target_name"]
    assert figures["db:models[customer_returns v1].metrics.k"] == k
    assert round(figures["db:models[customer_returns v1].metrics.silhouette"], 3) == figures["05-modeling:final_silhouette"]
    assert figures["db:models[customer_returns v2].metrics.holdout_customers"] == figures["08-retraining:holdout_customers"]
    psi = {feature: figures[f"db:drift[{feature}].psi"]
           for feature in ("orderRatio", "itemsRatio", "monetaryRatio", "frequency")}
    assert max(psi, key=psi.get) == figures["08-retraining:largest_psi_feature"]
    assert round(max(psi.values()), 3) == figures["08-retraining:largest_psi"]
    assert figures["db:drift.reference_customers"] == figures["08-retraining:old_customers"]
    assert figures["db:drift.new_customers"] == figures["08-retraining:new_customers"]
    for criterion in ("coverage", "describable", "reproducible", "separation"):
        assert f"db:success_criteria[{criterion}].measured_after_run" in figures


@pytest.mark.slow
def test_a_run_compared_with_a_copy_of_itself_has_no_difference(executed_course, tmp_path):
    executed_course.require_success()
    copied = tmp_path / "figures.json"
    shutil.copy2(executed_course.home / "_build" / "figures.json", copied)
    done = subprocess.run([str(SQLML), "parity", str(executed_course.home), str(copied)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "No difference in" in done.stdout and "DIFFERS" not in done.stdout


def _changed(run: dict) -> dict:
    """The run's figures changed on purpose, one change of each sort, returning what each should say."""
    changed = copy.deepcopy(run)
    figures = changed["figures"]
    figures["db:campaign_targets.customers"]["value"] += 1
    figures["db:drift[frequency].psi"]["value"] *= 1.001
    del figures["05-modeling:chosen_k"]
    figures["08-retraining:decision"]["value"] = "promoted"
    changed["engine_version"] = "DuckDB 0.0.0-changed"
    return changed


@pytest.mark.slow
def test_each_difference_made_on_purpose_is_found_and_named(run_figures, tmp_path, capsys):
    from sqlml.cli import main

    changed = _changed(run_figures)
    result = compare(run_figures, changed)
    found = {row.figure: row for row in result.rows}
    assert set(found) == {"(engine)", "db:campaign_targets.customers", "db:drift[frequency].psi",
                          "05-modeling:chosen_k", "08-retraining:decision"}
    assert found["db:campaign_targets.customers"].rule == "equal"
    assert found["db:drift[frequency].psi"].rule.startswith("within 1e-06 relative")
    assert found["05-modeling:chosen_k"].b == "(missing)"
    assert found["(engine)"].verdict == SHOWN and "0.0.0-changed" in found["(engine)"].b
    assert len(result.failures) == 4

    path = tmp_path / "changed.json"
    path.write_text(json.dumps(changed))
    report = tmp_path / "report" / "parity.md"
    assert main(["parity", run_figures["path"], str(path), "--report", str(report)]) == 1
    printed = capsys.readouterr().out
    assert "4 difference(s)" in printed
    for name in found:
        assert name in printed and name.replace("|", "\\|") in report.read_text()
    assert report.read_text().count("| DIFFERS |") == 4


@pytest.mark.slow
def test_a_different_engine_version_alone_is_shown_but_not_a_failure(run_figures, tmp_path):
    other = copy.deepcopy(run_figures)
    other.update(engine="sqlserver", engine_version="SQL Server 16.0.4135.4 (RTM-CU15, Developer Edition (64-bit))")
    result = compare(run_figures, other)
    assert result.ok and [row.figure for row in result.rows] == ["(engine)"]
    assert "SQL Server 16.0" in text_report(result) and "1 shown for information" in markdown_report(result)


@pytest.mark.slow
def test_runs_at_different_scale_factors_are_not_comparable(run_figures):
    other = copy.deepcopy(run_figures)
    other["scale_factor"] = 1.0
    assert [row.figure for row in compare(run_figures, other).failures] == ["(scale factor)"]


# -- a run whose code or data was changed -------------------------------------------------------
@pytest.fixture
def course_copy(executed_course, tmp_path, monkeypatch) -> Path:
    """The session's course folder (notebooks, executed notebooks, database) copied, SQLML_HOME on it."""
    executed_course.require_success()
    home = tmp_path / "course"
    shutil.copytree(executed_course.home, home, ignore=shutil.ignore_patterns("html", "book-source"))
    monkeypatch.setenv("SQLML_HOME", str(home))
    monkeypatch.delenv("SQLML_DATABASE_URL", raising=False)
    return home


@pytest.mark.slow
def test_a_notebook_run_from_changed_code_differs_where_it_changed(course_copy, run_figures):
    from sqlml.course import execute_notebook
    from sqlml.figures import write_figures

    source = course_copy / "content" / "02-methodology.ipynb"
    notebook = nbformat.read(source, as_version=4)
    cells = [cell for cell in notebook.cells if cell.cell_type == "code" and 'glue("template_count"' in cell.source]
    assert len(cells) == 1, "02-methodology glues template_count"
    # Changed code: the templates counted with the steps that have none, a figure renamed, and a
    # tolerance the notebook declares for a figure it glues.
    cells[0].source = (cells[0].source
                       .replace("len(templates)", 'len(plan["template"])')
                       .replace('glue("phase_count"', 'glue("phases"')
                       + '\nfrom sqlml.figures import tolerance'
                       '\ntolerance("phases", informational=True, reason="a test: phases are counted apart")')
    nbformat.write(notebook, source)
    url = f"duckdb:///{course_copy / 'data' / 'course.duckdb'}"
    execute_notebook(source, database_url=url, scale_factor=0.01)
    changed = read_figures(write_figures(url, 0.01))

    assert changed["tolerances"]["02-methodology:phases"] == {
        "reason": "a test: phases are counted apart", "informational": True}
    found = {row.figure: row for row in compare(run_figures, changed).rows}
    assert set(found) == {"02-methodology:template_count", "02-methodology:phase_count", "02-methodology:phases"}
    assert (found["02-methodology:template_count"].a, found["02-methodology:template_count"].b) == ("4", "6")
    assert found["02-methodology:phase_count"].b == "(missing)"
    assert found["02-methodology:phases"].a == "(missing)" and found["02-methodology:phases"].verdict == FAIL


@pytest.mark.slow
def test_a_database_whose_data_changed_differs_in_its_fingerprints(course_copy, run_figures):
    from sqlml.figures import write_figures

    url = f"duckdb:///{course_copy / 'data' / 'course.duckdb'}"
    with sqlml.connect(url) as db:
        db.execute("DELETE FROM dbo.campaign_targets WHERE customer = "
                   "(SELECT MIN(customer) FROM dbo.campaign_targets WHERE email_address IS NOT NULL);"
                   "UPDATE dbo.cluster_profiles SET name = 'Renamed' WHERE cluster = 2;")
    changed = read_figures(write_figures(url, 0.01))
    failures = {row.figure for row in compare(run_figures, changed).failures}
    assert failures == {"db:campaign_targets.customers", "db:campaign_targets.with_email",
                        "db:campaign_targets.customer_list_sha256", "db:cluster_profiles[cluster 2].name"}


# -- bad input ----------------------------------------------------------------------------------
@pytest.mark.parametrize("content, message", [
    (None, "No figures at"),
    ("not json", "is not a figures file"),
    ('{"format": 99, "figures": {}}', "is not a figures file of format 1"),
])
def test_parity_refuses_what_is_not_a_run_in_one_line(tmp_path, content, message):
    target = tmp_path / "figures.json"
    if content is not None:
        target.write_text(content)
    good = tmp_path / "good.json"
    good.write_text('{"format": 1, "figures": {}, "engine": "embedded", "engine_version": "x", "scale_factor": 1}')
    done = subprocess.run([str(SQLML), "parity", str(target), str(good)], capture_output=True, text=True)
    assert done.returncode == 1
    assert done.stderr.startswith("sqlml parity: error: ") and message in done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


@pytest.mark.slow
def test_a_run_that_stopped_early_has_the_figures_it_reached_and_no_error(course_copy, run_figures):
    from sqlml.figures import write_figures

    url = f"duckdb:///{course_copy / 'data' / 'course.duckdb'}"
    with sqlml.connect(url) as db:
        db.execute("DROP TABLE dbo.campaign_targets; DROP TABLE dbo.model_promotions; DROP TABLE dbo.models;")
    (course_copy / "_build" / "executed" / "08-retraining.ipynb").unlink()
    partial = read_figures(write_figures(url, 0.01))
    assert partial["missing_notebooks"] == ["08-retraining"]
    assert not [name for name in partial["figures"] if name.startswith(("db:models", "db:drift", "db:campaign"))]
    assert "db:cluster_profiles[cluster 0].name" in partial["figures"]
    rows = {row.figure: row for row in compare(run_figures, partial).failures}
    assert "(notebook 08-retraining)" in rows and rows["08-retraining:decision"].b == "(missing)"


def test_the_queries_behind_the_fingerprints_are_tsql():
    import sqlglot

    from sqlml import figures

    texts = [value for name, value in vars(figures).items() if name.endswith("_SQL")]
    assert len(texts) == 3
    for text in texts:
        assert sqlglot.parse(text, read="tsql")
