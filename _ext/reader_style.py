"""A Sphinx extension for the book: the course's own style sheet, `static/sqlml-book.css`.

It makes code and outputs wrap inside the page instead of hiding behind a horizontal scroll bar,
and lets wide result tables shrink to the page. Kept next to this file so that the book's source
tree (which `sqlml book` assembles from `_ext/`) carries it.
"""
from __future__ import annotations

from pathlib import Path

STATIC = Path(__file__).resolve().parent / "static"


def _add_static_path(app) -> None:
    if str(STATIC) not in app.config.html_static_path:
        app.config.html_static_path.append(str(STATIC))


def setup(app):
    app.connect("builder-inited", _add_static_path)
    app.add_css_file("sqlml-book.css")
    return {"parallel_read_safe": True, "parallel_write_safe": True}
