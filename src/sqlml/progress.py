"""Progress on standard error for long work (generating and loading the data): an elapsed-time bar
for one long call, a row bar for a copy, closing lines; nothing at all when progress is off."""
from __future__ import annotations

import contextlib
import sys
import threading
from typing import Iterator

class Reporter:
    """Progress bars and closing lines on standard error, or nothing when progress is off."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = bool(enabled)

    def line(self, text: str) -> None:
        if self.enabled:
            print(text, file=sys.stderr, flush=True)

    @contextlib.contextmanager
    def timer(self, description: str) -> Iterator[None]:
        """An elapsed-time bar while a single long call (dsdgen) runs in this thread."""
        if not self.enabled:
            yield
            return
        from tqdm.auto import tqdm

        done = threading.Event()
        bar = tqdm(total=None, desc=description, bar_format="{desc}: {elapsed}", file=sys.stderr, leave=True)

        def tick() -> None:
            while not done.wait(0.5):
                bar.refresh()

        ticker = threading.Thread(target=tick, daemon=True)
        ticker.start()
        try:
            yield
        finally:
            done.set()
            ticker.join()
            bar.close()

    @contextlib.contextmanager
    def bar(self, total: int, description: str) -> Iterator["Bar"]:
        if not self.enabled:
            yield Bar(None)
            return
        from tqdm.auto import tqdm

        with tqdm(total=total, desc=description, unit=" rows", unit_scale=True, file=sys.stderr) as bar:
            yield Bar(bar)


class Bar:
    def __init__(self, bar) -> None:
        self._bar = bar

    def update(self, count: int, table: str) -> None:
        if self._bar is not None:
            self._bar.set_postfix_str(table, refresh=False)
            self._bar.update(count)
