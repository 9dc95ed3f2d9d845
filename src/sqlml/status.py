"""The pages the book generates from the run, when it is built: the status page, the agenda, downloads.

    write_generated_pages(staging)      # called by course.stage_book_sources

- **The status page** (`content/status.md`), in the spirit of QuantEcon's: for each notebook, when
  it ran, on which engine and version, at which scale factor, how long it took, whether it passed,
  beside the module's time budget; then the versions of Python and the main packages. It reads the
  run's record: `_build/run.json` and each executed notebook's `sqlml` metadata when the run wrote
  them, else what papermill records in every executed notebook (start, duration, parameters, any
  exception) and the engine `_build/figures.json` names. Nothing on it is typed by hand.
- **The agenda** (`content/_agenda.md`, included by the first page's course card): each module's
  time budget and what a learner can do after it, from `assets/agenda.yml`, the one place both
  pages read the budgets from.
- **Downloads**: each chapter gets a line offering its source notebook (no outputs, to run) and the
  notebook as executed for the book, copied to `downloads/` in the book's source tree.
- **Tidy outputs**: in the book's copy of a chapter, consecutive printed text is one output and a
  blank printed output is dropped (`tidy_streams`).
"""
from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .errors import SqlmlError

AGENDA_FILE = Path("assets") / "agenda.yml"
AGENDA_PAGE = Path("content") / "_agenda.md"
STATUS_PAGE = Path("content") / "status.md"
DOWNLOADS = Path("downloads")
RUN_FILE = "run.json"            # written by `sqlml run` next to executed/ (see course.py)
FIGURES_FILE = "figures.json"    # written by `sqlml run` (see figures.py)
RUN_METADATA_KEY = "sqlml"       # an executed notebook's own record of its run, when present
#: The packages whose versions the status page shows when the run did not record them.
PACKAGES = ("sqlml", "duckdb", "sqlglot", "pandas", "scikit-learn", "skops", "papermill", "jupyter-book", "myst-nb")


# -- the agenda -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Module:
    page: str          # the page's name in content/: a notebook's stem, or setup
    title: str
    phase: str
    minutes: int       # the learner's time budget: reading, running, the activity
    outcome: str       # what a learner can do after the module


@dataclass(frozen=True)
class Agenda:
    modules: tuple[Module, ...]
    limit_minutes: int

    @property
    def total_minutes(self) -> int:
        return sum(m.minutes for m in self.modules)

    def budget(self, page: str) -> int | None:
        return next((m.minutes for m in self.modules if m.page == page), None)


def read_agenda(path: Path, notebooks: list[str]) -> Agenda:
    """The agenda in `path`, checked: every notebook once, positive budgets within the total limit."""
    import yaml

    where = f"The agenda {path}"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise SqlmlError(f"{where} cannot be read ({type(error).__name__}): restore it from the course.") from None
    if not isinstance(data, dict) or not isinstance(data.get("modules"), list):
        raise SqlmlError(f"{where} must hold total_limit_minutes and a list of modules.")
    modules = []
    for number, entry in enumerate(data["modules"], start=1):
        fields = {name: entry.get(name) if isinstance(entry, dict) else None
                  for name in ("page", "title", "phase", "minutes", "outcome")}
        empty = [name for name, value in fields.items() if value in (None, "")]
        if empty:
            raise SqlmlError(f"{where}: module {number} has no {', '.join(empty)}.")
        if not isinstance(fields["minutes"], int) or isinstance(fields["minutes"], bool) or fields["minutes"] <= 0:
            raise SqlmlError(f"{where}: the budget of {fields['page']} must be a whole number of minutes above 0, "
                             f"not {fields['minutes']!r}.")
        modules.append(Module(**{k: v if k == "minutes" else str(v) for k, v in fields.items()}))
    pages = [m.page for m in modules]
    repeated = sorted({p for p in pages if pages.count(p) > 1})
    missing = [n for n in notebooks if n not in pages]
    unknown = [p for p in pages if p not in notebooks and p != "setup"]
    if repeated or missing or unknown:
        problems = ([f"lists {', '.join(repeated)} twice"] if repeated else []) + \
                   ([f"has no budget for {', '.join(missing)}"] if missing else []) + \
                   ([f"names {', '.join(unknown)}, which is no notebook of the course"] if unknown else [])
        raise SqlmlError(f"{where} {'; '.join(problems)}: give each notebook one entry.")
    limit = data.get("total_limit_minutes")
    if not isinstance(limit, int) or isinstance(limit, bool) or limit <= 0:
        raise SqlmlError(f"{where}: total_limit_minutes must be a whole number of minutes above 0.")
    agenda = Agenda(tuple(modules), limit)
    if agenda.total_minutes > limit:
        raise SqlmlError(f"{where}: the budgets add up to {agenda.total_minutes} minutes, more than the "
                         f"{limit} the course promises; shorten a module's budget.")
    return agenda


def _hours(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest:02d} min" if rest else f"{hours} h"


def agenda_markdown(agenda: Agenda) -> str:
    """The course card's agenda: a table of the modules, their budgets and outcomes, and the total."""
    lines = ["| Module | Phase | Time | After it, you can |", "|---|---|---|---|"]
    for m in agenda.modules:
        lines.append(f"| {{doc}}`{_cell(m.title)} <{m.page}>` | {_cell(m.phase)} | {m.minutes} min | "
                     f"{_cell(m.outcome)} |")
    lines += ["", f"**Total: {_hours(agenda.total_minutes)}**, within the {_hours(agenda.limit_minutes)} or less "
                  "that the workshop promises. Most of that time goes to reading, running the cells and the "
                  "activities: the {doc}`status page <status>` shows how long the machine took to run each "
                  "notebook for this book.", ""]
    return "\n".join(lines)


# -- the run ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class NotebookRun:
    notebook: str
    started_at: str | None       # ISO 8601, UTC
    seconds: float | None
    passed: bool
    engine: str                  # "DuckDB 1.5.5", or SQL Server's @@VERSION (first line)
    scale_factor: float | None
    run_id: str | None


def _read_json(path: Path) -> dict | None:
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return content if isinstance(content, dict) else None


def notebook_run(executed: Path, run_file: dict | None, figures: dict | None) -> NotebookRun:
    """What the run recorded about one executed notebook (see the module's docstring for the sources)."""
    notebook = _read_json(executed)
    if notebook is None:
        raise SqlmlError(f"{executed} is not a readable notebook: run `sqlml run` again.")
    metadata = notebook.get("metadata", {})
    own = metadata.get(RUN_METADATA_KEY) or next(
        (r for r in (run_file or {}).get("notebooks", []) if r.get("notebook") == executed.stem), None)
    papermill = metadata.get("papermill") or {}
    if own:
        return NotebookRun(executed.stem, own.get("started_at"), _number(own.get("seconds")),
                           bool(own.get("passed")), str(own.get("engine_version") or own.get("engine") or "unknown"),
                           _number(own.get("scale_factor")), own.get("run_id"))
    if not papermill:
        raise SqlmlError(f"{executed} carries no record of its run (no papermill metadata): run `sqlml run` again.")
    engine = (run_file or {}).get("engine_version") or (figures or {}).get("engine_version") or "unknown"
    return NotebookRun(executed.stem, papermill.get("start_time"), _number(papermill.get("duration")),
                       papermill.get("exception") in (None, False), str(engine),
                       _number((papermill.get("parameters") or {}).get("scale_factor")), None)


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def software_versions(run_file: dict | None, executed: list[Path]) -> tuple[dict[str, str], str]:
    """The versions of Python and the main packages, and where they come from."""
    recorded = (run_file or {}).get("versions")
    if isinstance(recorded, dict) and recorded:
        return {str(k): str(v) for k, v in recorded.items()}, "The versions the run recorded."
    from importlib import metadata

    found: dict[str, str] = {}
    kernel = next((_read_json(p) or {} for p in executed), {}).get("metadata", {}).get("language_info", {})
    if kernel.get("version"):
        found["python"] = str(kernel["version"])  # the kernel's, from the executed notebook
    for name in PACKAGES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return found, ("Python's version is the kernel's, from the executed notebooks; the packages' are those "
                   "installed when the book was built.")


def _when(stamp: str | None) -> str:
    if not stamp:
        return "unknown"
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return _cell(stamp)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M")


def _cell(text: Any) -> str:
    """Text that is safe in a Markdown table cell (one line, no column break)."""
    return " ".join(str(text).split()).replace("|", "\\|")


def status_markdown(runs: list[NotebookRun], agenda: Agenda, versions: dict[str, str], versions_from: str,
                    source: str) -> str:
    run_ids = sorted({r.run_id for r in runs if r.run_id})
    lines = ["# Execution status", "",
             "Every notebook of this book was executed before the book was built; this page is generated "
             f"from {source}, when the book is built. The budget is the time a learner is expected to spend "
             "on the module; the run time is how long the machine took to execute its notebook. Each "
             "chapter offers its source notebook and the notebook as executed for this book for download.", ""]
    if run_ids:
        lines += [f"Run: {', '.join(f'`{i}`' for i in run_ids)}.", ""]
    lines += ["| Notebook | Ran at (UTC) | Engine | Scale factor | Run time | Budget | Passed |",
              "|---|---|---|---|---|---|---|"]
    titles = {m.page: m.title for m in agenda.modules}
    for r in runs:
        budget = agenda.budget(r.notebook)
        lines.append(
            f"| {{doc}}`{_cell(titles.get(r.notebook, r.notebook))} <{r.notebook}>` | {_when(r.started_at)} "
            f"| {_cell(r.engine)} | {'unknown' if r.scale_factor is None else f'{r.scale_factor:g}'} "
            f"| {'unknown' if r.seconds is None else f'{r.seconds:.1f} s'} "
            f"| {'none' if budget is None else f'{budget} min'} | {'yes' if r.passed else '**no**'} |")
    total = sum(r.seconds or 0 for r in runs)
    lines += ["", f"The notebooks ran in {total:.1f} s in all; the course's budget is "
                  f"{_hours(agenda.total_minutes)} of a learner's time.", "",
              "## Software", "", versions_from, "", "| Software | Version |", "|---|---|"]
    lines += [f"| {_cell(name)} | {_cell(version)} |" for name, version in versions.items()]
    return "\n".join(lines) + "\n"


# -- downloads --------------------------------------------------------------------------------------
def add_downloads(staging: Path, sources: list[Path], executed: list[Path]) -> None:
    """Copy each chapter's source and executed notebook into the book and offer them on its page."""
    import nbformat

    for folder, files in (("notebooks", sources), ("executed", executed)):
        target = staging / DOWNLOADS / folder
        target.mkdir(parents=True, exist_ok=True)
        for path in files:
            shutil.copy2(path, target / path.name)
    for path in executed:
        page = staging / "content" / path.name
        notebook = nbformat.read(page, as_version=4)
        offer = nbformat.v4.new_markdown_cell(
            f"**Download this notebook:** {{download}}`the source <../{DOWNLOADS.as_posix()}/notebooks/{path.name}>` "
            f"to run it yourself, or {{download}}`as executed for this book "
            f"<../{DOWNLOADS.as_posix()}/executed/{path.name}>`, with this run's outputs.")
        if notebook.get("nbformat_minor", 0) < 5:
            offer.pop("id", None)  # cell ids came with nbformat 4.5
        notebook.cells.insert(1 if notebook.cells else 0, offer)
        for cell in notebook.cells:
            if cell.cell_type == "code":
                cell.outputs = tidy_streams(cell.outputs)
        nbformat.write(notebook, page)


def tidy_streams(outputs: list) -> list:
    """A cell's outputs as a reader should see them: consecutive printed text in one box, no blank box.

    The kernel sends printed text in chunks on a timer, so one `print` can arrive as two outputs,
    the second only a line break, which the book would draw as an empty output box. Text that
    a table separates stays apart, in its order.
    """
    tidied: list = []
    for output in outputs:
        if output.get("output_type") == "stream":
            previous = tidied[-1] if tidied else None
            if previous is not None and previous.get("output_type") == "stream" and previous.get("name") == output.get("name"):
                previous["text"] = previous["text"] + output["text"]
                continue
        tidied.append(output)
    return [o for o in tidied if not (o.get("output_type") == "stream" and not str(o.get("text", "")).strip())]


# -- the whole -------------------------------------------------------------------------------------
def write_generated_pages(staging: Path) -> None:
    """Write the agenda, the status page and the downloads into the book's source tree `staging`."""
    from .paths import build_dir, content_dir, course_root, executed_dir, notebooks
    from .paths import toc_documents as _toc_documents

    names = [p.stem for p in notebooks()]
    executed = [executed_dir() / f"{name}.ipynb" for name in names if (executed_dir() / f"{name}.ipynb").exists()]
    if STATUS_PAGE.with_suffix("").as_posix() not in _toc_documents(staging / "_toc.yml"):
        # A book whose table of contents has no status page (such as a test's one-chapter book)
        # gets its downloads only: the agenda and the status page are the course's.
        add_downloads(staging, [content_dir() / path.name for path in executed], executed)
        return
    agenda = read_agenda(course_root() / AGENDA_FILE, names)
    (staging / AGENDA_PAGE).write_text(agenda_markdown(agenda), encoding="utf-8")
    run_file = _read_json(build_dir() / RUN_FILE)
    figures = _read_json(build_dir() / FIGURES_FILE)
    runs = [notebook_run(path, run_file, figures) for path in executed]
    versions, versions_from = software_versions(run_file, executed)
    source = (f"the run's record (`_build/{RUN_FILE}` and each executed notebook's metadata)" if run_file
              else "what papermill recorded in each executed notebook and the engine the run recorded "
                   f"in `_build/{FIGURES_FILE}`")
    (staging / STATUS_PAGE).write_text(status_markdown(runs, agenda, versions, versions_from, source),
                                       encoding="utf-8")
    add_downloads(staging, [content_dir() / path.name for path in executed], executed)
