"""`sqlml parity A B`: do two course runs agree, figure by figure?

A and B are runs' figures (`_build/figures.json`, see sqlml.figures), typically the same course on
the embedded engine and on SQL Server at the same scale factor. The rules:

- a count (rows, customers, k) must be equal;
- a text (a segment's name, a decision, a window, a model's hash) must be equal;
- a number must agree within a relative tolerance (`DEFAULT_RELATIVE` of the larger value); a number
  glued as rounded text ('0.453', '8.7%') may also move by one unit of its last digit, since values
  that agree to many digits can round apart;
- a notebook widens the tolerance of a named figure, or makes it informational, with
  `sqlml.figures.tolerance(name, reason=...)`; the report prints the reason;
- a figure in one run only, or a notebook executed in one run only, is a difference;
- a different scale factor is a difference (the runs would not be comparable);
- the engines and their versions are shown, and never a failure.

The report is one table of what differs; the exit code is 1 when anything fails.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .figures import DEFAULT_RELATIVE, read_figures

FAIL, SHOWN = "DIFFERS", "shown"


@dataclass(frozen=True)
class Row:
    """One line of the report: a figure (or a property of the runs) that is not the same in A and B."""

    figure: str
    a: str
    b: str
    rule: str
    verdict: str          # FAIL, or SHOWN for what is reported without failing

    @property
    def fails(self) -> bool:
        return self.verdict == FAIL


@dataclass
class Comparison:
    a: dict
    b: dict
    rows: list[Row]
    compared: int

    @property
    def failures(self) -> list[Row]:
        return [row for row in self.rows if row.fails]

    @property
    def ok(self) -> bool:
        return not self.failures


def compare(a: dict, b: dict) -> Comparison:
    """Compare two runs' figures (as `sqlml.figures.read_figures` returns them)."""
    rows: list[Row] = []
    rows += _run_rows(a, b)
    tolerances = _merged_tolerances(a.get("tolerances", {}), b.get("tolerances", {}))
    figures_a, figures_b = a["figures"], b["figures"]
    names = sorted(set(figures_a) | set(figures_b))
    for name in names:
        row = compare_figure(name, figures_a.get(name), figures_b.get(name), tolerances.get(name))
        if row is not None:
            rows.append(row)
    return Comparison(a, b, rows, len(names))


def _run_rows(a: dict, b: dict) -> list[Row]:
    rows = []
    if (a.get("engine"), a.get("engine_version")) != (b.get("engine"), b.get("engine_version")):
        rows.append(Row("(engine)", _engine(a), _engine(b), "shown, not compared", SHOWN))
    if not _close(float(a.get("scale_factor", 0)), float(b.get("scale_factor", 0)), 1e-12):
        rows.append(Row("(scale factor)", f"{a.get('scale_factor')}", f"{b.get('scale_factor')}",
                        "must be equal: run both at the same --scale-factor", FAIL))
    for notebook in sorted(set(a.get("missing_notebooks", [])) ^ set(b.get("missing_notebooks", []))):
        in_a = notebook not in a.get("missing_notebooks", [])
        rows.append(Row(f"(notebook {notebook})", "executed" if in_a else "not executed",
                        "not executed" if in_a else "executed", "every notebook in both runs", FAIL))
    return rows


def _engine(run: dict) -> str:
    return f"{run.get('engine', '?')}: {run.get('engine_version', '?')}"


def _merged_tolerances(a: dict, b: dict) -> dict:
    """A figure's rule from either run; where both give one, the wider (both reasons kept)."""
    merged = dict(a)
    for name, rule in b.items():
        if name not in merged or merged[name] == rule:
            merged[name] = rule
            continue
        mine = merged[name]
        merged[name] = {
            "reason": mine["reason"] if mine["reason"] == rule["reason"] else f"{mine['reason']} / {rule['reason']}",
            "relative": max(mine.get("relative", 0), rule.get("relative", 0)) or None,
            "informational": mine.get("informational", False) or rule.get("informational", False),
        }
    return merged


def compare_figure(name: str, a: dict | None, b: dict | None, rule: dict | None = None) -> Row | None:
    """The report's row for one figure, or None when A and B agree under its rule."""
    rule = rule or {}
    informational = bool(rule.get("informational"))
    reason = f" ({rule['reason']})" if rule.get("reason") else ""
    verdict = SHOWN if informational else FAIL
    if a is None or b is None:
        return Row(name, _shown(a), _shown(b), "present in both runs", FAIL)
    if a["kind"] != b["kind"]:
        return Row(name, _shown(a), _shown(b), f"same kind ({a['kind']} / {b['kind']})", verdict)
    kind = a["kind"]
    if kind == "image":
        return None
    if kind == "number":
        relative = float(rule.get("relative") or DEFAULT_RELATIVE)
        unit = _last_digit_unit(a, b)
        allowed = max(relative * max(abs(a["value"]), abs(b["value"])), unit)
        if abs(a["value"] - b["value"]) <= allowed * (1 + 1e-9):
            return None
        text = f"within {relative:g} relative" + (f" or {unit:g} (last digit)" if unit else "")
        if informational:
            text = "shown, not a failure"
        return Row(name, _shown(a), _shown(b), text + reason, verdict)
    if a["value"] == b["value"]:
        return None
    text = "shown, not a failure" if informational else "equal"
    return Row(name, _shown(a), _shown(b), text + reason, verdict)


def _last_digit_unit(a: dict, b: dict) -> float:
    """One unit of the last printed digit when both numbers were glued as rounded text, else 0."""
    if a.get("decimals") is None or b.get("decimals") is None:
        return 0.0
    return 10.0 ** -min(int(a["decimals"]), int(b["decimals"]))


def _close(x: float, y: float, relative: float) -> bool:
    return math.isclose(x, y, rel_tol=relative, abs_tol=0.0)


def _shown(item: dict | None, limit: int = 48) -> str:
    if item is None:
        return "(missing)"
    if item["kind"] == "image":
        return "(image)"
    value: Any = item.get("text", item["value"])
    text = f"{value:.10g}" if isinstance(value, float) else str(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


# -- the report ---------------------------------------------------------------------------------
def _describe(run: dict) -> str:
    return (f"{run['path']}: {run.get('engine')} ({run.get('engine_version')}), scale factor "
            f"{run.get('scale_factor')}, {len(run['figures'])} figures")


def text_report(result: Comparison) -> str:
    """The report as a terminal shows it: the two runs, one table of what differs, a verdict."""
    lines = [f"A  {_describe(result.a)}", f"B  {_describe(result.b)}", ""]
    if result.rows:
        header = ("figure", "A", "B", "rule", "verdict")
        body = [(r.figure, r.a, r.b, r.rule, r.verdict) for r in result.rows]
        widths = [max(len(str(row[i])) for row in (header, *body)) for i in range(5)]
        widths[3] = min(widths[3], 70)
        for row in (header, tuple("-" * w for w in widths), *body):
            lines.append("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)).rstrip())
        lines.append("")
    lines.append(_verdict(result))
    return "\n".join(lines)


def markdown_report(result: Comparison) -> str:
    """The same report as Markdown (the workflow uploads it; GitHub renders it as a table)."""
    def cell(text: str) -> str:
        return str(text).replace("|", "\\|")

    lines = ["# Engine parity", "", f"- A: {cell(_describe(result.a))}", f"- B: {cell(_describe(result.b))}", ""]
    if result.rows:
        lines += ["| figure | A | B | rule | verdict |", "|---|---|---|---|---|"]
        lines += [f"| {cell(r.figure)} | {cell(r.a)} | {cell(r.b)} | {cell(r.rule)} | {r.verdict} |"
                  for r in result.rows]
        lines.append("")
    lines.append(_verdict(result))
    return "\n".join(lines) + "\n"


def _verdict(result: Comparison) -> str:
    failures = len(result.failures)
    if failures:
        return (f"{failures} difference(s) in {result.compared} figures: the runs disagree "
                "(see docker/README.md, 'When the engines disagree').")
    shown = f"; {len(result.rows)} shown for information" if result.rows else ""
    return (f"No difference in {result.compared} figures (counts and texts equal, numbers within "
            f"{DEFAULT_RELATIVE:g} relative unless a notebook widened one){shown}.")


def parity_command(a: str, b: str, report: str | None = None) -> int:
    """`sqlml parity A B [--report FILE]`: print the report; 1 when the runs differ, else 0."""
    result = compare(read_figures(a), read_figures(b))
    print(text_report(result))
    if report:
        target = Path(report)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(markdown_report(result), encoding="utf-8")
    return 0 if result.ok else 1
