"""Environment variables set for a block of code, and put back as they were afterwards."""
from __future__ import annotations

import contextlib
import os
from typing import Iterator, Mapping


@contextlib.contextmanager
def environment(changes: Mapping[str, str | None]) -> Iterator[None]:
    """Set each variable of `changes` (None removes it) while the block runs; then restore every one
    of them, also those the block changed itself, to what it was before (or remove it if it was unset).

    A notebook kernel started inside the block inherits the changes (how `sqlml run` hands it the
    run's id and the database password).
    """
    saved = {name: os.environ.get(name) for name in changes}
    try:
        for name, value in changes.items():
            _put(name, value)
        yield
    finally:
        for name, value in saved.items():
            _put(name, value)


def _put(name: str, value: str | None) -> None:
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = value
