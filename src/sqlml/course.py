"""Run the course: make the data, execute the notebooks in order with papermill, build the book.

    run_course()            # what `sqlml run` does
    build_book()            # what `sqlml book` does

The notebook sources in `content/` are never written to. Each notebook executes into a temporary
file under `_build/executed/` that is renamed into place only when it finished, so an interrupted
or failed run never leaves a half-executed notebook for the book to publish. The book is built
from those executed notebooks with execution off and warnings as errors.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable, Sequence

from .errors import SqlmlError
from .paths import build_dir, course_root

KERNEL_NAME = "python3"
NOTEBOOK_PATTERN = re.compile(r"^\d\d-[a-z0-9-]+\.ipynb$")

#: What a page of the book may pull in besides the notebooks (copied into the staging tree).
BOOK_SOURCE_FILES = ("_config.yml", "_toc.yml")
BOOK_SOURCE_DIRS = ("assets", "_ext")


def content_dir() -> Path:
    return course_root() / "content"


def executed_dir() -> Path:
    return build_dir() / "executed"


def html_dir() -> Path:
    return build_dir() / "html"


def generated_dir() -> Path:
    """Files a notebook writes for the book (for example the filled closeout): `_build/generated/`.

    The book's staging tree gets a copy at `generated/`, so a page can include
    `../generated/ProjectCloseout.md`.
    """
    return build_dir() / "generated"


def notebooks() -> list[Path]:
    """The course's notebooks in the order they run: `content/NN-name.ipynb`, sorted by number."""
    found = sorted(p for p in content_dir().glob("*.ipynb") if NOTEBOOK_PATTERN.match(p.name))
    if not found:
        raise SqlmlError(f"No notebooks found in {content_dir()}: run sqlml from the course folder "
                         "or set SQLML_HOME to it.")
    return found


def select_notebooks(only: str | None) -> list[Path]:
    """All notebooks, or the one `only` names (`05-modeling`, `05-modeling.ipynb` or `05`)."""
    every = notebooks()
    if not only:
        return every
    wanted = Path(only).name.removesuffix(".ipynb")
    matches = [p for p in every if p.stem == wanted or p.stem.split("-", 1)[0] == wanted]
    if not matches:
        names = ", ".join(p.stem for p in every)
        raise SqlmlError(f"No notebook named {only!r}: choose one of {names}.")
    return matches


class NotebookFailed(SqlmlError):
    """A notebook raised an error; the message names the notebook, the cell and the error."""

    def __init__(self, notebook: str, cell: int | None, cell_start: str, ename: str, evalue: str,
                 kept: Path | None) -> None:
        self.notebook, self.cell, self.ename, self.evalue = notebook, cell, ename, evalue
        where = f"cell {cell}" if cell is not None else "a cell"
        if cell_start:
            where += f" ({cell_start})"
        text = f"{notebook} failed at {where}: {ename}: {evalue}"
        if kept is not None:
            text += f" [the executed copy with the traceback is {kept}]"
        super().__init__(text)


def _one_line(text: str, limit: int = 400) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _failing_cell(notebook_file: Path) -> tuple[int | None, str]:
    """The failing cell's number in the source notebook (1-based) and its first line.

    Counted in the executed copy by its error output, skipping the cell papermill injects after
    the parameters cell, so the number is the one a learner sees in Jupyter.
    """
    if not notebook_file.exists():
        return None, ""
    import nbformat

    try:
        cells = nbformat.read(notebook_file, as_version=4).cells
    except Exception:  # the copy is only a help for the message
        return None, ""
    number = 0
    for cell in cells:
        # papermill adds the injected parameters and, on failure, two markdown cells of its own.
        if {"injected-parameters", "papermill-error-cell-tag"} & set(cell.get("metadata", {}).get("tags", [])):
            continue
        number += 1
        if any(output.get("output_type") == "error" for output in cell.get("outputs", [])):
            source = cell.source.strip().splitlines()
            return number, _one_line(source[0], 80) if source else ""
    return None, ""


def execute_notebook(source: Path, *, database_url: str | None, scale_factor: float,
                     output_dir: Path | None = None) -> Path:
    """Execute one notebook with papermill into `output_dir` (default `_build/executed/`).

    The kernel starts in `content/`, so relative paths in the notebooks mean the same as when a
    learner opens them in Jupyter. Returns the executed notebook's path.
    """
    import papermill
    from papermill.exceptions import PapermillExecutionError

    from .connection import password_in_environment

    output_dir = output_dir or executed_dir()
    output_dir.mkdir(parents=True, exist_ok=True)
    final = output_dir / source.name
    partial = output_dir / f".{source.stem}.running.ipynb"
    failed = output_dir / f"{source.stem}.failed.ipynb"
    failed.unlink(missing_ok=True)
    # The kernel gets the password through the environment, never in the URL: papermill writes the
    # parameters into the executed notebook, the failed copy and so the book.
    try:
        with password_in_environment(database_url) as notebook_url:
            papermill.execute_notebook(
                str(source), str(partial),
                parameters={"database_url": notebook_url, "scale_factor": float(scale_factor)},
                kernel_name=KERNEL_NAME, cwd=str(source.parent), progress_bar=False, log_output=False,
                language="python",
                # The kernel's own log (a warning about its local TCP transport, the interrupt sent at
                # shutdown) is noise to a learner; errors in cells still come back through papermill.
                extra_arguments=["--IPKernelApp.log_level=CRITICAL"],
            )
        partial.replace(final)  # only a finished notebook takes the published name
    except PapermillExecutionError as error:
        # A stale copy from an earlier run would otherwise be published next to fresh results.
        final.unlink(missing_ok=True)
        kept = None
        if partial.exists():
            partial.replace(failed)
            kept = failed
        number, first_line = _failing_cell(failed)
        raise NotebookFailed(source.stem, number, first_line, error.ename, _one_line(error.evalue),
                             kept) from None
    except Exception as error:  # the kernel died or could not start
        final.unlink(missing_ok=True)
        raise NotebookFailed(source.stem, None, "", type(error).__name__,
                             _one_line(error) or "the kernel stopped", None) from None
    finally:
        partial.unlink(missing_ok=True)
    return final


def run_course(database_url: str | None = None, scale_factor: float = 1.0, only: str | None = None,
               build: bool = True, *, echo: Callable[[str], None] | None = None) -> list[tuple[str, float]]:
    """Make the data if missing, execute the notebooks in order, then build the book.

    Stops at the first notebook that fails (NotebookFailed names it, the cell and the error).
    Returns each executed notebook's name and run time in seconds.
    """
    echo = echo or _print
    if not (isinstance(scale_factor, (int, float)) and scale_factor > 0):
        raise SqlmlError(f"scale factor must be a number above 0, such as 0.01 or 1; got {scale_factor!r}")
    selected = select_notebooks(only)

    from .data import ensure_data

    started = time.perf_counter()
    echo(f"Checking the course data (scale factor {scale_factor:g})...")
    ensure_data(database_url, scale_factor=scale_factor)
    if only is None and new_data_already_moved(database_url):
        # 08-retraining moves the staged sales into dbo; the course tells the story from before that.
        echo("An earlier run already moved the new data into dbo (08-retraining): loading the data "
             "again so that the course starts from its beginning...")
        ensure_data(database_url, scale_factor=scale_factor, force=True)
    echo(f"Data ready in {time.perf_counter() - started:.1f} s.")

    timings: list[tuple[str, float]] = []
    for number, source in enumerate(selected, start=1):
        echo(f"[{number}/{len(selected)}] {source.stem} ...")
        began = time.perf_counter()
        produced = _run_one(source, database_url, scale_factor)
        seconds = time.perf_counter() - began
        timings.append((source.stem, seconds))
        echo(f"[{number}/{len(selected)}] {source.stem} done in {seconds:.1f} s -> {_show(produced)}")
    from .figures import write_figures  # the run's figures, for `sqlml parity`
    write_figures(database_url, scale_factor, echo=echo)
    if build:
        echo("Building the book...")
        began = time.perf_counter()
        index = build_book(echo=lambda _line: None)
        echo(f"Book built in {time.perf_counter() - began:.1f} s: {_show(index)}")
    echo(f"Course run finished in {time.perf_counter() - started:.1f} s.")
    return timings


def new_data_already_moved(database_url: str | None) -> bool:
    """Whether the staged sales were moved into dbo already (08-retraining ran on this database)."""
    from .connection import connect

    with connect(database_url) as db:
        if not db.table_exists("staging.store_sales"):
            return False
        return int(db.scalar("SELECT COUNT(*) AS staged FROM staging.store_sales") or 0) == 0


def _run_one(source: Path, database_url: str | None, scale_factor: float) -> Path:
    return execute_notebook(source, database_url=database_url, scale_factor=scale_factor)


def _print(line: str) -> None:
    print(line, flush=True)


def _show(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


# -- glue for the notebooks -----------------------------------------------------------------------
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


# -- the book -------------------------------------------------------------------------------------
def _toc_documents(toc_file: Path) -> list[str]:
    """Every document the table of contents names (`content/01-architecture`, ...)."""
    import yaml

    toc = yaml.safe_load(toc_file.read_text())
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key in ("root", "file"):
                if isinstance(node.get(key), str):
                    found.append(node[key])
            for value in node.values():
                if isinstance(value, (list, dict)):
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(toc)
    return found


def stage_book_sources(staging: Path) -> Path:
    """Assemble the book's source tree in `staging`: config, toc, pages, assets, executed notebooks.

    Notebooks come from `_build/executed/`, never from `content/` (the sources hold no outputs).
    """
    root = course_root()
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    for name in BOOK_SOURCE_FILES:
        shutil.copy2(root / name, staging / name)
    for name in BOOK_SOURCE_DIRS:
        if (root / name).is_dir():
            shutil.copytree(root / name, staging / name)
    shutil.copytree(content_dir(), staging / "content",
                    ignore=shutil.ignore_patterns("*.ipynb", ".ipynb_checkpoints", "__pycache__"))
    if generated_dir().is_dir():
        shutil.copytree(generated_dir(), staging / "generated")

    missing = []
    for document in _toc_documents(staging / "_toc.yml"):
        relative = Path(document)
        source_notebook = root / relative.with_suffix(".ipynb")
        if not source_notebook.exists():
            continue
        executed = executed_dir() / source_notebook.name
        if executed.exists():
            shutil.copy2(executed, staging / relative.with_suffix(".ipynb"))
        else:
            missing.append(source_notebook.stem)
    if missing:
        raise SqlmlError(f"No executed copy of {', '.join(missing)} in {executed_dir()}: run "
                         f"`sqlml run` (or `sqlml run --only {missing[0]}`) before `sqlml book`.")
    from .status import write_generated_pages  # the status page, the agenda and the downloads, from the run

    write_generated_pages(staging)
    return staging


def build_book(*, echo: Callable[[str], None] | None = None) -> Path:
    """Build the HTML book into `_build/html` from the executed notebooks; returns its index page.

    Jupyter Book 1.x runs with execution off (`_config.yml`) and warnings as errors
    (`-W --keep-going`), so a broken reference or a missing glue value fails the build.
    """
    echo = echo or _print
    from .paths import require_course_root
    require_course_root()  # a wrong SQLML_HOME is said in one line, not as a missing _config.yml
    staging = stage_book_sources(build_dir() / "book-source")
    # jupyter_book has no __main__; its console script is this click group.
    command = [sys.executable, "-c", "from jupyter_book.cli.main import main; main()",
               "build", str(staging), "--builder", "html", "-W", "--keep-going"]
    process = subprocess.run(command, capture_output=True, text=True, cwd=staging)
    built = staging / "_build" / "html"
    if process.returncode != 0 or not (built / "index.html").exists():
        log = build_dir() / "book-build.log"
        log.write_text(process.stdout + "\n" + process.stderr)
        output = re.sub(r"\x1b\[[0-9;]*m", "", process.stdout + "\n" + process.stderr).splitlines()
        problems = [line for line in output if "WARNING" in line or "ERROR" in line or "Error" in line]
        last = next((line for line in reversed(output) if line.strip()), "")
        first = _one_line(problems[0] if problems else
                          f"jupyter-book exited with code {process.returncode}: {last}", 300)
        raise SqlmlError(f"The book did not build ({len(problems)} problem(s)); the first: {first} "
                         f"[full log: {log}]")
    target = html_dir()
    aside = build_dir() / "html.old"
    if aside.exists():
        shutil.rmtree(aside)
    if target.exists():
        target.replace(aside)
    shutil.move(str(built), str(target))
    shutil.rmtree(aside, ignore_errors=True)
    echo(f"Book written to {_show(target / 'index.html')}")
    return target / "index.html"


def book_pages(html: Path | None = None) -> list[str]:
    """The HTML pages of the built book, relative to `_build/html` (a help for tests and checks)."""
    html = html or html_dir()
    return sorted(str(p.relative_to(html)) for p in html.rglob("*.html") if "_static" not in p.parts)


__all__: Sequence[str] = ("build_book", "execute_notebook", "glue", "notebooks", "run_course", "select_notebooks",
                          "stage_book_sources", "NotebookFailed")
