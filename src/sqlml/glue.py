"""Glue for the notebooks: myst-nb's `glue` without its slow import, and `glued.NAME` for {eval}.

    from sqlml.course import glue, glued      # as the notebooks import them (re-exported there)
    glue("k", 4)                              # {glue:text}`k` in the book, glued.k in JupyterLab
"""
from __future__ import annotations

GLUE_PREFIX = "application/papermill.record/"


class _Glued:
    """The values glued so far, as attributes: `{eval}`glued.NAME`` in a Markdown cell.

    JupyterLab (with jupyterlab-myst) evaluates `glued.NAME` in the kernel when the cell renders;
    the book reads the same NAME from the run's glued outputs (_ext/eval_from_glue.py), so a
    sentence shows the same number in both without the book executing anything.
    """

    def __repr__(self) -> str:
        return f"glued({', '.join(sorted(vars(self)))})"


class _Text(str):
    """A glued string shown bare (without quotes), as {glue:text} shows it."""

    def __repr__(self) -> str:
        return str(self)


glued = _Glued()


def glue(name: str, variable: object, display: bool = True) -> None:
    """myst-nb's `glue` (same output, read by the book's {glue:...} roles), and `glued.NAME` for {eval}.

    `myst_nb.glue` imports nbformat and, through it, jsonschema's format checkers, which take
    about 3 s in every kernel; this copy of its dozen lines needs only IPython.
    """
    from IPython.core.formatters import format_display_data
    from IPython.display import display as ipython_display

    mimebundle, metadata = format_display_data(variable)
    prefix = "" if display else GLUE_PREFIX
    metadata["scrapbook"] = {"name": name, "mime_prefix": prefix}
    ipython_display({prefix + mime: value for mime, value in mimebundle.items()}, raw=True, metadata=metadata)
    setattr(glued, name, _Text(variable) if isinstance(variable, str) else variable)
