"""Execute one notebook with papermill, and stop it cleanly on Ctrl+C.

    execute_notebook(source, database_url=None, scale_factor=0.01)   # -> _build/executed/NAME.ipynb

The notebook executes into a hidden file beside its published name, renamed into place only when
every cell finished, so an interrupted or failed run never leaves a half-executed notebook for the
book. A failure raises NotebookFailed, which names the notebook, the cell and the error.

Ctrl+C (see `sqlml.interrupts`): the kernel runs in a session of its own, so a terminal's Ctrl+C
reaches only `sqlml`. While a cell runs, `sqlml` passes the interrupt on to the kernel (a
KeyboardInterrupt in the cell, as Jupyter's Interrupt button); while the kernel starts or between
cells, the next cell does not start. Either way papermill and nbclient end as after a failing cell:
the kernel is shut down before `execute_notebook` raises KeyboardInterrupt, so nothing holds the
database file afterwards. A second Ctrl+C kills the kernel at once.
"""
from __future__ import annotations

import contextlib
import os
import signal
from pathlib import Path

from .errors import SqlmlError
from .interrupts import INTERRUPTED, taken_over_by

KERNEL_NAME = "python3"


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


class _Stopped(Exception):
    """Raised by a cell hook when Ctrl+C came before the cell: papermill ends the notebook there."""


class _KernelWatch:
    """The kernel of the notebook being executed and whether one of its cells runs (nbclient's hooks)."""

    def __init__(self) -> None:
        self.manager = None  # the kernel manager nbclient made (its provisioner knows the process group)
        self.cell_running = False
        self.presses = 0

    def manager_class(self) -> type:
        from jupyter_client.manager import AsyncKernelManager

        watch = self

        class WatchedKernelManager(AsyncKernelManager):
            def __init__(self, **kwargs) -> None:
                super().__init__(**kwargs)
                watch.manager = self

        return WatchedKernelManager

    def hooks(self) -> dict:
        return {"kernel_manager_class": self.manager_class(), "on_cell_start": self._before_cell,
                "on_cell_execute": self._cell_sent, "on_cell_executed": self._cell_replied}

    def _before_cell(self, **_: object) -> None:
        if INTERRUPTED.is_set():
            raise _Stopped

    def _cell_sent(self, **_: object) -> None:
        if INTERRUPTED.is_set():
            raise _Stopped
        self.cell_running = True

    def _cell_replied(self, **_: object) -> None:
        self.cell_running = False

    def interrupt(self) -> None:
        """Ctrl+C (called in the signal handler): interrupt the running cell; kill the kernel on a second press.

        A SIGINT that reaches an idle kernel is ignored by it (ipykernel listens only while a
        request runs); the next cell hook then stops the notebook.
        """
        self.presses += 1
        if not (self.cell_running or self.presses > 1):
            return
        group = getattr(getattr(self.manager, "provisioner", None), "pgid", None)
        if group:
            with contextlib.suppress(OSError):
                os.killpg(group, signal.SIGINT if self.presses == 1 else signal.SIGKILL)


def one_line(text: object, limit: int = 400) -> str:
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
            return number, one_line(source[0], 80) if source else ""
    return None, ""


def execute_notebook(source: Path, *, database_url: str | None, scale_factor: float,
                     output_dir: Path | None = None) -> Path:
    """Execute one notebook with papermill into `output_dir` (default `_build/executed/`).

    The kernel starts in the notebook's folder, so relative paths in the notebooks mean the same as
    when a learner opens them in Jupyter. Returns the executed notebook's path.
    """
    import papermill
    from papermill.exceptions import PapermillExecutionError

    from .connection import password_in_environment

    if output_dir is None:
        from .paths import executed_dir

        output_dir = executed_dir()
    output_dir.mkdir(parents=True, exist_ok=True)
    final = output_dir / source.name
    partial = output_dir / f".{source.stem}.running.ipynb"
    failed = output_dir / f"{source.stem}.failed.ipynb"
    failed.unlink(missing_ok=True)
    watch = _KernelWatch()
    # The kernel gets the password through the environment, never in the URL: papermill writes the
    # parameters into the executed notebook, the failed copy and so the book.
    try:
        with password_in_environment(database_url) as notebook_url, taken_over_by(watch.interrupt):
            if INTERRUPTED.is_set():
                raise _Stopped
            papermill.execute_notebook(
                str(source), str(partial),
                parameters={"database_url": notebook_url, "scale_factor": float(scale_factor)},
                kernel_name=KERNEL_NAME, cwd=str(source.parent), progress_bar=False, log_output=False,
                language="python",
                # The kernel's own log (a warning about its local TCP transport, the interrupt sent at
                # shutdown) is noise to a learner; errors in cells still come back through papermill.
                extra_arguments=["--IPKernelApp.log_level=CRITICAL"],
                **watch.hooks(),
            )
            partial.replace(final)  # only a finished notebook takes the published name
    except _Stopped:
        final.unlink(missing_ok=True)
        raise KeyboardInterrupt from None
    except PapermillExecutionError as error:
        # A stale copy from an earlier run would otherwise be published next to fresh results.
        final.unlink(missing_ok=True)
        if error.ename == "KeyboardInterrupt" or INTERRUPTED.is_set():  # the cell was interrupted
            raise KeyboardInterrupt from None
        kept = None
        if partial.exists():
            partial.replace(failed)
            kept = failed
        number, first_line = _failing_cell(failed)
        raise NotebookFailed(source.stem, number, first_line, error.ename, one_line(error.evalue),
                             kept) from None
    except Exception as error:  # the kernel died or could not start
        final.unlink(missing_ok=True)
        if INTERRUPTED.is_set():  # killed by a second Ctrl+C
            raise KeyboardInterrupt from None
        raise NotebookFailed(source.stem, None, "", type(error).__name__,
                             one_line(error) or "the kernel stopped", None) from None
    finally:
        partial.unlink(missing_ok=True)
    return final


__all__ = ["KERNEL_NAME", "NotebookFailed", "execute_notebook"]
