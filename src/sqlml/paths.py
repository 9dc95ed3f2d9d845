"""Where the course lives on disk, whatever directory Python was started in."""
from __future__ import annotations

import os
import re
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


NOTEBOOK_PATTERN = re.compile(r"^\d\d-[a-z0-9-]+\.ipynb$")


def notebooks() -> list[Path]:
    """The course's notebooks in the order they run: `content/NN-name.ipynb`, sorted by number."""
    from .errors import SqlmlError

    found = sorted(p for p in content_dir().glob("*.ipynb") if NOTEBOOK_PATTERN.match(p.name))
    if not found:
        raise SqlmlError(f"No notebooks found in {content_dir()}: run sqlml from the course folder "
                         "or set SQLML_HOME to it.")
    return found


def toc_documents(toc_file: Path) -> list[str]:
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
