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
