"""Ctrl+C in `sqlml`: always noted, raised at once except while a notebook executes.

Raised at an arbitrary point inside papermill, nbclient, asyncio or ZeroMQ, a KeyboardInterrupt can
leave the notebook's kernel running (holding the database file, so it cannot be checkpointed),
surface as another error (`DeadKernelError`), or be lost in a garbage-collector callback. So while
`sqlml.executor` runs a notebook it takes the interrupt over: the cell that runs is interrupted in
the kernel, as Jupyter's Interrupt button does, and the run stops at the next cell boundary.
"""
from __future__ import annotations

import contextlib
import threading
from typing import Callable, Iterator

#: Set by `sqlml`'s Ctrl+C handler; checked where an interrupt may have been taken over or lost.
INTERRUPTED = threading.Event()

_taker: Callable[[], None] | None = None


@contextlib.contextmanager
def taken_over_by(taker: Callable[[], None]) -> Iterator[None]:
    """While the block runs, a Ctrl+C calls `taker()` (in the signal handler: keep it to a few
    system calls) instead of raising KeyboardInterrupt. The block must check INTERRUPTED itself."""
    global _taker
    previous, _taker = _taker, taker
    try:
        yield
    finally:
        _taker = previous


def take_over() -> bool:
    """Called by the Ctrl+C handler: hand the interrupt to whoever took it over; False if no one did."""
    taker = _taker
    if taker is None:
        return False
    taker()
    return True
