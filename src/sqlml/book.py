"""The HTML book: its sources staged from the course and the executed notebooks, built by Jupyter Book.

    build_book()               # what `sqlml book` does: _build/html/index.html
    build_book_if_changed()    # what `sqlml run` does after the notebooks: skipped when nothing changed

Also the folders a run and the book share (`content/`, `_build/executed/`, `_build/html/`, ...).
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Callable

from .errors import SqlmlError
from .executor import one_line
from .paths import build_dir, content_dir, course_root, executed_dir, generated_dir, html_dir
from .paths import toc_documents as _toc_documents

#: What a page of the book may pull in besides the notebooks (copied into the staging tree).
BOOK_SOURCE_FILES = ("_config.yml", "_toc.yml")
BOOK_SOURCE_DIRS = ("assets", "_ext")


def echo_line(line: str) -> None:
    print(line, flush=True)


def show_path(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


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

    missing, executed_copies = [], []
    for document in _toc_documents(staging / "_toc.yml"):
        relative = Path(document)
        source_notebook = root / relative.with_suffix(".ipynb")
        if not source_notebook.exists():
            continue
        executed = executed_dir() / source_notebook.name
        if executed.exists():
            executed_copies.append(executed)
            shutil.copy2(executed, staging / relative.with_suffix(".ipynb"))
        else:
            missing.append(source_notebook.stem)
    if missing:
        raise SqlmlError(f"No executed copy of {', '.join(missing)} in {executed_dir()}: run "
                         f"`sqlml run` (or `sqlml run --only {missing[0]}`) before `sqlml book`.")
    from .run_record import check_one_run

    check_one_run(executed_copies)
    from .status import write_generated_pages  # the status page, the agenda and the downloads, from the run

    write_generated_pages(staging)
    return staging


def build_book(*, echo: Callable[[str], None] | None = None) -> Path:
    """Build the HTML book into `_build/html` from the executed notebooks; returns its index page.

    Jupyter Book 1.x runs with execution off (`_config.yml`) and warnings as errors
    (`-W --keep-going`), so a broken reference or a missing glue value fails the build.
    """
    echo = echo or echo_line
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
        first = one_line(problems[0] if problems else
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
    echo(f"Book written to {show_path(target / 'index.html')}")
    return target / "index.html"


def build_book_if_changed(*, echo: Callable[[str], None] | None = None) -> tuple[Path, bool]:
    """`build_book`, unless what the book is made of is what it was last built from: the pages and
    notebooks in `content/`, the executed notebooks, `_build/generated/`, the run's record
    (`_build/run.json`), the config and the assets (their SHA-256 is kept in
    `_build/book-source.sha256`). Returns the index page and whether it was built."""
    import hashlib

    root = course_root()
    files = [root / name for name in BOOK_SOURCE_FILES] + [build_dir() / "run.json"]
    for folder in [root / name for name in BOOK_SOURCE_DIRS] + [content_dir(), executed_dir(), generated_dir()]:
        if folder.is_dir():
            files.extend(p for p in folder.rglob("*") if p.is_file() and ".ipynb_checkpoints" not in p.parts
                         and "__pycache__" not in p.parts and not p.name.startswith("."))
    digest = hashlib.sha256()
    for path in sorted(f for f in files if f.is_file()):
        digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    stamp = build_dir() / "book-source.sha256"
    index = html_dir() / "index.html"
    if index.exists() and stamp.exists() and stamp.read_text().strip() == digest.hexdigest():
        return index, False
    stamp.unlink(missing_ok=True)
    index = build_book(echo=echo or (lambda _line: None))
    stamp.write_text(digest.hexdigest() + "\n")
    return index, True


def book_pages(html: Path | None = None) -> list[str]:
    """The HTML pages of the built book, relative to `_build/html` (a help for tests and checks)."""
    html = html or html_dir()
    return sorted(str(p.relative_to(html)) for p in html.rglob("*.html") if "_static" not in p.parts)
