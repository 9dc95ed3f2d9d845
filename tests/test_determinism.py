"""`sqlml run` twice from scratch at the same scale factor gives the same results.

The session's course run (`executed_course`) is compared with a second run made here from
nothing: a fresh copy of the course, its own database file, the data generated again. The
two must agree on

- every customer's cluster (dbo.customer_clusters),
- every registered model version: algorithm, hyperparameters, training window, metrics and the
  SHA-256 of the serialized model (so the fitted models are byte for byte the same),
- the filled closeout (_build/generated/ProjectCloseout.md).

Only what is a clock reading is masked: dbo.models.created_at is left out, and in the closeout
a date, a time of day or a duration (digits followed by s/ms/seconds/minutes) would be masked.
"""
from __future__ import annotations

import json
import re

import pytest

from conftest import CourseRun, run_course_copy

#: Clock readings that may legitimately differ between two runs (none are expected, see the docstring).
CLOCK_READINGS = [
    (re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d(:\d\d(\.\d+)?)?( ?UTC)?"), "<TIMESTAMP>"),
    (re.compile(r"\b\d+(\.\d+)? ?(s|ms|seconds|minutes)\b"), "<DURATION>"),
]
MODEL_COLUMNS = "name, version, algorithm, hyperparameters, train_start, train_end, metrics, sha256, is_champion"


@pytest.fixture(scope="module")
def second_run(executed_course, tmp_path_factory) -> CourseRun:
    """The course run again from scratch: its own copy, its own database, the data made anew."""
    executed_course.require_success()
    run = run_course_copy(tmp_path_factory.mktemp("again"), build=False)
    run.require_success()
    return run


def _clusters(run: CourseRun):
    import sqlml

    with sqlml.connect(run.database_url) as db:
        frame = db.query("SELECT * FROM dbo.customer_clusters")
    return frame.sort_values(list(frame.columns)).reset_index(drop=True)


def _models(run: CourseRun) -> list[dict]:
    import sqlml

    with sqlml.connect(run.database_url) as db:
        frame = db.query(f"SELECT {MODEL_COLUMNS} FROM dbo.models ORDER BY name, version")
    rows = frame.astype(object).where(frame.notna(), None).to_dict("records")
    for row in rows:
        row["metrics"] = json.loads(row["metrics"])
        row["hyperparameters"] = json.loads(row["hyperparameters"])
        row["sha256"] = str(row["sha256"]).strip()
    return rows


def _closeout(run: CourseRun) -> str:
    text = (run.home / "_build" / "generated" / "ProjectCloseout.md").read_text(encoding="utf-8")
    for pattern, replacement in CLOCK_READINGS:
        text = pattern.sub(replacement, text)
    return text


@pytest.mark.slow
def test_the_same_customers_fall_in_the_same_clusters(executed_course, second_run):
    first, again = _clusters(executed_course), _clusters(second_run)
    assert len(first) > 0
    assert list(first.columns) == list(again.columns)
    mismatched = first.compare(again) if first.shape == again.shape else f"{first.shape} vs {again.shape}"
    assert first.equals(again), f"cluster assignments differ between two runs:\n{mismatched}"


@pytest.mark.slow
def test_every_model_version_has_the_same_metrics_and_fingerprint(executed_course, second_run):
    first, again = _models(executed_course), _models(second_run)
    assert len(first) >= 2, "05 registers the champion and 08 a challenger"
    assert [(r["name"], r["version"]) for r in first] == [(r["name"], r["version"]) for r in again]
    for one, other in zip(first, again):
        assert one == other, f"{one['name']} version {one['version']} differs between two runs"


@pytest.mark.slow
def test_the_filled_closeout_is_the_same(executed_course, second_run):
    first, again = _closeout(executed_course), _closeout(second_run)
    assert "{{" not in first
    assert first == again


@pytest.mark.slow
def test_sqlml_parity_finds_no_difference_between_the_two_runs(executed_course, second_run):
    """The figures `sqlml run` writes, of both runs; nothing in them may depend on the clock or the machine."""
    from sqlml.parity import compare
    from test_parity import figures_of  # collected again: a test elsewhere reruns the session's folder

    first, again = figures_of(executed_course), figures_of(second_run)
    result = compare(first, again)
    assert len(first["figures"]) > 150
    assert result.rows == [], [row for row in result.rows]
