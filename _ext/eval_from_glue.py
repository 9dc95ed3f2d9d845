"""A Sphinx extension for the book: `{eval}`glued.NAME`` shows the value the notebook glued as NAME.

The notebooks write the numbers of their prose as `{eval}`glued.NAME``. In JupyterLab,
jupyterlab-myst evaluates that expression in the notebook's kernel (`sqlml.course.glued` holds
every glued value), so a learner reads the number beside the sentence. The book is built from
the executed notebooks without a kernel (execution is off), where myst-nb's own `{eval}` cannot
run; this role reads the same value from the run's glue outputs instead, exactly as
`{glue:text}`NAME`` would. Anything other than `glued.NAME` is refused with a warning (an error
under -W).
"""
from __future__ import annotations

import re

from myst_nb.ext.glue.roles import PasteTextRole

PREFIX = "glued."
_NAME = re.compile(r"glued\.(?P<name>[A-Za-z_]\w*)")


class GluedEvalRole(PasteTextRole):
    def run(self):
        match = _NAME.fullmatch(self.text.strip())
        if match is None:
            message = self.document.reporter.warning(
                f"{{eval}}`{self.text}`: the book shows only glued values, written {{eval}}`glued.NAME`",
                line=self.line)
            return [], [message]
        self.text = match["name"]
        return super().run()


def setup(app):
    # After myst-nb (a local extension loads later): its kernel-bound {eval} is replaced.
    app.add_role("eval", GluedEvalRole(), override=True)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
