"""`sqlml sql`: run a T-SQL script file against the configured database, as `sqlcmd -i` does."""
from __future__ import annotations

import sys
from pathlib import Path

from .errors import SqlmlError


def format_results(results) -> str:
    """Result sets as text tables and messages as lines, in order."""
    import pandas as pd

    parts = []
    for result in results:
        if result.frame is not None:
            with pd.option_context("display.max_rows", 200, "display.max_columns", 50, "display.width", 200):
                parts.append(result.frame.to_string(index=False) if len(result.frame.columns) else "")
        elif result.message:
            parts.append(result.message)
    return "\n".join(parts)


def run_script_command(script: str, database_url: str | None) -> int:
    from . import connect

    if script == "-":
        text = sys.stdin.read()
    else:
        path = Path(script)
        if not path.is_file():
            raise SqlmlError(f"No such script file: {script}. Give a .sql file, or - to read standard input.")
        text = path.read_text(encoding="utf-8-sig")
    with connect(database_url) as db:
        results = db.execute(text)
    output = format_results(results)
    if output:
        print(output)
    return 0
