"""Numbers in the notebooks' prose that repeat a constant of the code are glued from that constant,
so that changing the constant changes the text (and the notebook references catch it)."""
from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

CONTENT = Path(__file__).resolve().parents[1] / "content"

#: (notebook, glue name, the constant the glued value is made from)
GLUED_CONSTANTS = [
    ("03-business-understanding", "coverage_threshold", "thresholds['coverage']"),
    ("03-business-understanding", "separation_threshold", "thresholds['separation']"),
    ("05-modeling", "few_returns", "FEW_RETURNS"),
    ("05-modeling", "stands_out", "STANDS_OUT"),
    ("08-retraining", "psi_bins", "PSI_BINS"),
    ("08-retraining", "psi_moderate", "PSI_MODERATE"),
    ("08-retraining", "psi_major", "PSI_MAJOR"),
    ("08-retraining", "margin_floor", "retraining.DEFAULT_MARGIN"),
]


def _sources(name: str) -> tuple[str, str]:
    notebook = nbformat.read(CONTENT / f"{name}.ipynb", as_version=4)
    prose = "\n".join(c.source for c in notebook.cells if c.cell_type == "markdown")
    code = "\n".join(c.source for c in notebook.cells if c.cell_type == "code")
    return prose, code


@pytest.mark.parametrize("name, glued, constant", GLUED_CONSTANTS, ids=lambda v: str(v))
def test_the_prose_shows_the_constant_through_glue(name, glued, constant):
    prose, code = _sources(name)
    # The book's {glue:text} role, or {eval}`glued.NAME` (JupyterLab evaluates it; the book shows the glued value).
    assert f"{{glue:text}}`{glued}`" in prose or f"{{eval}}`glued.{glued}`" in prose
    assert re.search(rf'glue\("{glued}", f"\{{{re.escape(constant)}:[^"]*\}}"', code) or \
        re.search(rf'glue\("{glued}", {re.escape(constant)},', code), f"{glued} is not glued from {constant}"


def test_08_takes_the_thresholds_from_the_drift_module():
    _, code = _sources("08-retraining")
    assert "from sqlml.drift import PSI_BINS, PSI_MAJOR, PSI_MODERATE" in code


@pytest.mark.parametrize("name, typed", [
    ("08-retraining", r"below 0\.1\b|0\.1 to 0\.25|above 0\.25|at least 0\.01|\bten bins"),
    ("05-modeling", r"at least 0\.5 standard|half an order"),
    ("03-business-understanding", r"coverage 100 ?%|least 0\.25 on a sample"),
])
def test_no_constant_is_typed_into_the_prose(name, typed):
    prose, _ = _sources(name)
    assert not re.search(typed, prose)
