"""A Sphinx extension for the book: each script tag once per page.

Under Jupyter Book 1.0, sphinx-thebe registers its inline configuration script twice (once with
no file name, once with an empty one), and the second `const THEBE_JS_URL` stops the page with
"Identifier 'THEBE_JS_URL' has already been declared" in the reader's browser console. Keeping
the first copy of each identical script fixes that and changes nothing else.
"""
from __future__ import annotations


def _drop_repeated_scripts(app, pagename, templatename, context, doctree) -> None:
    scripts = context.get("script_files")
    if not scripts:
        return
    seen: set[tuple] = set()
    unique = []
    for script in scripts:
        # Compare what the browser gets: the file (None and "" both mean inline) and attributes.
        attributes = getattr(script, "attributes", {}) or {}
        filename = getattr(script, "filename", script) or ""
        key = (filename, tuple(sorted((k, str(v)) for k, v in attributes.items())))
        if key not in seen:
            seen.add(key)
            unique.append(script)
    context["script_files"] = unique


def setup(app):
    app.connect("html-page-context", _drop_repeated_scripts)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
