"""The book: built by the session's course run (see test_notebooks.executed_course)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from test_notebooks import CONTENT, ROOT, source_notebooks


def test_config_builds_from_executed_notebooks_and_fetches_nothing():
    config = yaml.safe_load((ROOT / "_config.yml").read_text())
    assert config["execute"]["execute_notebooks"] == "off"
    assert config["only_build_toc_files"] is True
    assert config["html"]["use_search_bar"] is True
    launch = config.get("launch_buttons", {})
    assert not launch.get("binderhub_url") and not launch.get("thebe") and not launch.get("colab_url")


def test_toc_lists_every_notebook_and_page():
    from sqlml.course import _toc_documents

    documents = set(_toc_documents(ROOT / "_toc.yml"))
    for notebook in source_notebooks():
        assert f"content/{notebook.stem}" in documents, f"{notebook.name} is missing from _toc.yml"
    for page in ("content/intro", "content/setup", "content/project-documents"):
        assert page in documents


def test_project_templates_are_reachable_from_the_book():
    page = (CONTENT / "project-documents.md").read_text()
    for template in ("Charter.md", "DataDictionary.md", "ModelReport.md", "ProjectCloseout.md"):
        assert (ROOT / "assets" / "project" / template).exists()
        assert f"../assets/project/{template}" in page


@pytest.mark.slow
def test_the_book_has_a_page_for_every_notebook(executed_course):
    executed_course.require_success()
    html = executed_course.home / "_build" / "html"
    assert (html / "index.html").exists()
    for notebook in source_notebooks():
        page = html / "content" / f"{notebook.stem}.html"
        assert page.exists(), f"no page for {notebook.stem}"
    assert (html / "search.html").exists() and (html / "searchindex.js").exists()


@pytest.mark.slow
def test_book_pages_show_results_not_errors(executed_course):
    executed_course.require_success()
    html = executed_course.home / "_build" / "html" / "content"
    for notebook in source_notebooks():
        text = (html / f"{notebook.stem}.html").read_text()
        assert "Traceback (most recent call last)" not in text, f"{notebook.stem} shows a traceback"
        assert 'class="output traceback' not in text and "output error" not in text
    modeling = (html / "05-modeling.html").read_text()
    assert len(re.findall(r"<img [^>]*src=\"[^\"]+\.png\"", modeling)) >= 3, "elbow, silhouette, profiles"
    assert "Checkpoint passed" in modeling


@pytest.mark.slow
def test_book_search_index_knows_the_course_words(executed_course):
    executed_course.require_success()
    index = (executed_course.home / "_build" / "html" / "searchindex.js").read_text().lower()
    for word in ("launchpad", "silhouette", "charter"):
        assert word in index


def test_book_refuses_to_build_without_executed_notebooks(tmp_path, monkeypatch):
    from sqlml.course import build_book
    from sqlml.errors import SqlmlError
    from conftest import copy_course

    home = copy_course(tmp_path / "course")
    monkeypatch.setenv("SQLML_HOME", str(home))
    with pytest.raises(SqlmlError, match=r"No executed copy of 01-architecture.*sqlml run"):
        build_book()
    assert not (home / "_build" / "html").exists()


# -- the agenda, the status page and the downloads (src/sqlml/status.py) ----------------------------
def _notebook_names() -> list[str]:
    return [p.stem for p in source_notebooks()]


def test_the_agenda_budgets_every_notebook_within_the_promised_four_hours():
    from sqlml.status import AGENDA_FILE, read_agenda

    agenda = read_agenda(ROOT / AGENDA_FILE, _notebook_names())
    assert agenda.limit_minutes == 240, "the original workshop promised 4 hours or less"
    assert agenda.total_minutes <= agenda.limit_minutes
    assert [m.page for m in agenda.modules if m.page != "setup"] == _notebook_names()


@pytest.mark.parametrize("change, message", [
    (lambda a: a["modules"].pop(), r"has no budget for 08-retraining"),
    (lambda a: a["modules"].append(dict(a["modules"][1])), r"lists 01-architecture twice"),
    (lambda a: a["modules"][1].update(page="09-extra"), r"names 09-extra, which is no notebook"),
    (lambda a: a["modules"][1].update(minutes=0), r"budget of 01-architecture must be a whole number"),
    (lambda a: a["modules"][1].update(minutes="20"), r"budget of 01-architecture must be a whole number"),
    (lambda a: a["modules"][1].pop("outcome"), r"module 2 has no outcome"),
    (lambda a: a["modules"][5].update(minutes=400), r"add up to \d+ minutes, more than the 240"),
])
def test_a_broken_agenda_is_refused_with_what_to_fix(tmp_path, change, message):
    from sqlml.errors import SqlmlError
    from sqlml.status import AGENDA_FILE, read_agenda

    agenda = yaml.safe_load((ROOT / AGENDA_FILE).read_text())
    change(agenda)
    path = tmp_path / "agenda.yml"
    path.write_text(yaml.safe_dump(agenda))
    with pytest.raises(SqlmlError, match=message):
        read_agenda(path, _notebook_names())


def _executed_copy(folder: Path, name: str, *, start: str, seconds: float, scale: float,
                   exception: bool = False, own: dict | None = None) -> Path:
    import json

    metadata = {"papermill": {"start_time": start, "duration": seconds, "exception": exception,
                              "parameters": {"database_url": None, "scale_factor": scale}},
                "language_info": {"name": "python", "version": "3.11.7"}}
    if own is not None:
        metadata["sqlml"] = own
    path = folder / f"{name}.ipynb"
    path.write_text(json.dumps({"cells": [], "metadata": metadata, "nbformat": 4, "nbformat_minor": 5}))
    return path


def test_the_status_page_shows_what_papermill_recorded_and_the_runs_engine(tmp_path):
    from sqlml.status import AGENDA_FILE, notebook_run, read_agenda, software_versions, status_markdown

    agenda = read_agenda(ROOT / AGENDA_FILE, _notebook_names())
    figures = {"engine": "embedded", "engine_version": "DuckDB 1.5.5"}
    first = _executed_copy(tmp_path, "01-architecture", start="2026-12-02T09:47:23.5+00:00", seconds=3.61, scale=0.01)
    second = _executed_copy(tmp_path, "05-modeling", start="2026-12-02T09:48:40+00:00", seconds=9.5, scale=0.01,
                            exception=True)
    runs = [notebook_run(path, None, figures) for path in (first, second)]
    versions, origin = software_versions(None, [first])
    page = status_markdown(runs, agenda, versions, origin, "papermill's record")
    rows = {line.split("|")[1].strip(): [cell.strip() for cell in line.split("|")[2:-1]]
            for line in page.splitlines() if line.startswith("| {doc}")}
    assert rows["{doc}`01 Architecture <01-architecture>`"] == [
        "2026-12-02 09:47", "DuckDB 1.5.5", "0.01", "3.6 s", "20 min", "yes"]
    assert rows["{doc}`05 Modeling <05-modeling>`"] == [
        "2026-12-02 09:48", "DuckDB 1.5.5", "0.01", "9.5 s", "45 min", "**no**"]
    assert "| python | 3.11.7 |" in page  # the kernel's Python, from the executed notebook


def test_the_status_page_prefers_the_runs_own_record(tmp_path):
    from sqlml.status import AGENDA_FILE, notebook_run, read_agenda, software_versions, status_markdown

    agenda = read_agenda(ROOT / AGENDA_FILE, _notebook_names())
    own = {"run_id": "20261202T0936Z-3f2a9c", "notebook": "06-deployment", "started_at": "2026-12-02T10:00:00Z",
           "seconds": 12.25, "passed": True, "engine": "sqlserver",
           "engine_version": "Microsoft SQL Server 2022 (RTM-CU15) | 16.0.4135.4 (X64)", "scale_factor": 1.0}
    path = _executed_copy(tmp_path, "06-deployment", start="2026-12-02T09:00:00+00:00", seconds=99.0, scale=0.01,
                          own=own)
    run_file = {"versions": {"python": "3.12.1", "duckdb": "1.5.5"}}
    versions, origin = software_versions(run_file, [path])
    page = status_markdown([notebook_run(path, run_file, None)], agenda, versions, origin, "the run's record")
    assert "| 2026-12-02 10:00 | Microsoft SQL Server 2022 (RTM-CU15) \\| 16.0.4135.4 (X64) | 1 | 12.2 s | 35 min | yes |" \
        in page, page
    assert "`20261202T0936Z-3f2a9c`" in page and "| python | 3.12.1 |" in page


def _table_rows(path: Path) -> list[list[str]]:
    """The text of each body row's cells in a built page's tables."""
    from html import unescape

    rows = []
    for body in re.findall(r"<tbody>(.*?)</tbody>", path.read_text(), re.S):
        for row in re.findall(r"<tr[^>]*>(.*?)</tr>", body, re.S):
            cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
            rows.append([" ".join(unescape(re.sub(r"<[^>]+>", " ", c)).split()) for c in cells])
    return rows


def _html_text(path: Path) -> str:
    from html import unescape

    return unescape(re.sub(r"<[^>]+>", " ", path.read_text()))


@pytest.mark.slow
def test_the_built_status_page_matches_the_session_run(executed_course):
    """The status page against the truth outside it: the executed notebooks' own records and DuckDB."""
    import duckdb
    import json

    executed_course.require_success()
    status = executed_course.home / "_build" / "html" / "content" / "status.html"
    rows = {cells[0]: cells[1:] for cells in _table_rows(status)}
    for notebook in source_notebooks():
        recorded = json.loads((executed_course.executed / notebook.name).read_text())["metadata"]
        seconds = (recorded.get("sqlml") or {}).get("seconds") or recorded["papermill"]["duration"]
        row = next((cells for title, cells in rows.items() if title.startswith(notebook.stem[:2] + " ")), None)
        assert row, f"no status row for {notebook.stem}: {list(rows)}"
        ran_at, engine, scale, run_time, budget, passed = row
        assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", ran_at)
        assert engine == f"DuckDB {duckdb.__version__}"
        assert float(scale) == 0.01
        assert run_time == f"{seconds:.1f} s"
        assert passed == "yes"
    software = {cells[0]: cells[1] for cells in _table_rows(status) if len(cells) == 2}
    assert re.fullmatch(r"\d+\.\d+\.\d+", software["python"]), software
    assert software["duckdb"] == duckdb.__version__ and "pandas" in software


@pytest.mark.slow
def test_the_course_card_shows_each_budget_from_the_agenda(executed_course):
    from sqlml.status import AGENDA_FILE, read_agenda

    executed_course.require_success()
    agenda = read_agenda(ROOT / AGENDA_FILE, _notebook_names())
    page = " ".join(_html_text(executed_course.home / "_build" / "html" / "content" / "intro.html").split())
    for module in agenda.modules:
        assert f"{module.title} {module.phase} {module.minutes} min" in page, module
    assert "Audience." in page and "Level." in page and "Prerequisites." in page


@pytest.mark.slow
def test_each_chapter_offers_its_source_and_executed_notebook(executed_course):
    import nbformat

    executed_course.require_success()
    html = executed_course.home / "_build" / "html"
    for notebook in source_notebooks():
        page = (html / "content" / f"{notebook.stem}.html").read_text()
        links = re.findall(r'class="reference download internal" download="" href="([^"]+)"', page)
        files = [nbformat.read(html / "content" / link, as_version=4) for link in links
                 if link.endswith(f"{notebook.stem}.ipynb")]
        assert len(files) == 2, f"{notebook.stem}: {links}"
        with_outputs = [any(c.get("outputs") for c in nb.cells if c.cell_type == "code") for nb in files]
        assert sorted(with_outputs) == [False, True], f"{notebook.stem}: a source and an executed notebook"


@pytest.mark.slow
def test_the_templates_and_the_filled_closeout_download_as_markdown(executed_course):
    executed_course.require_success()
    html = executed_course.home / "_build" / "html"
    page = (html / "content" / "project-documents.html").read_text()
    links = re.findall(r'class="reference download internal" download="" href="([^"]+)"', page)
    names = sorted(Path(link).name for link in links)
    assert names == sorted(["Charter.md", "DataDictionary.md", "ModelReport.md", "ProjectCloseout.md",
                            "ProjectCloseout.md"]), names
    filled = [(html / "content" / link).read_text() for link in links if link.endswith("ProjectCloseout.md")]
    assert sum("{{" in text for text in filled) == 1, "one template with blanks, one closeout filled from the run"


def _stream(text: str, name: str = "stdout") -> dict:
    return {"output_type": "stream", "name": name, "text": text}


TABLE = {"output_type": "display_data", "data": {"text/plain": "a table"}, "metadata": {}}


@pytest.mark.parametrize("outputs, expected", [
    ([_stream("(1 row affected)\n"), _stream("\n")], [_stream("(1 row affected)\n\n")]),
    ([_stream("\n")], []),
    ([_stream("(5 rows affected)\n"), TABLE, _stream("(5 rows affected)\n")],
     [_stream("(5 rows affected)\n"), TABLE, _stream("(5 rows affected)\n")]),
    ([_stream("out\n"), _stream("err\n", "stderr")], [_stream("out\n"), _stream("err\n", "stderr")]),
    ([TABLE], [TABLE]),
])
def test_the_book_shows_printed_text_in_one_box_and_no_blank_box(outputs, expected):
    from sqlml.status import tidy_streams

    assert tidy_streams(outputs) == expected
