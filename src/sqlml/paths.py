"""Where the course lives on disk, whatever directory Python was started in."""
from __future__ import annotations

import os
from pathlib import Path

DEFAULT_DATABASE_NAME = "tpcxbb_1gb"


def _looks_like_course_root(path: Path) -> bool:
    return (path / "_toc.yml").is_file() and (path / "content").is_dir()


def course_root() -> Path:
    """The course's root folder.

    `SQLML_HOME` wins; then the checkout this package was installed from (editable installs,
    the usual case); then the nearest parent of the working directory that holds `_toc.yml`
    and `content/`. That makes the default database the same file from the repo root,
    from `content/` (where Jupyter starts the notebooks) and from the tests.
    """
    if os.environ.get("SQLML_HOME"):
        return Path(os.environ["SQLML_HOME"]).expanduser().resolve()
    source_checkout = Path(__file__).resolve().parents[2]
    if _looks_like_course_root(source_checkout):
        return source_checkout
    here = Path.cwd().resolve()
    for candidate in (here, *here.parents):
        if _looks_like_course_root(candidate):
            return candidate
    return here


def require_course_root() -> Path:
    """The course's root folder, or a SqlmlError saying why it is not one (a wrong SQLML_HOME)."""
    from .errors import SqlmlError

    root = course_root()
    if _looks_like_course_root(root):
        return root
    if os.environ.get("SQLML_HOME"):
        raise SqlmlError(f"SQLML_HOME={os.environ['SQLML_HOME']} is not the course's folder (it holds no _toc.yml "
                         "and content/): point it at the folder of the course (the one with README.md and "
                         "content/), or unset it.")
    raise SqlmlError(f"{root} is not inside the course's folder (no _toc.yml and content/ here or above): run "
                     "the command from the course's folder, or set SQLML_HOME to it.")


def data_dir() -> Path:
    return course_root() / "data"


def build_dir() -> Path:
    return course_root() / "_build"


def default_database_path() -> Path:
    return data_dir() / f"{DEFAULT_DATABASE_NAME}.duckdb"


def default_database_url() -> str:
    return f"duckdb:///{default_database_path()}"
