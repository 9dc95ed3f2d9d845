"""What every benchmark script shares: the --json option that run_all.py reads, the scratch folder, the
course data at a scale factor and a stopwatch.

Each script prints its own human-readable table; with `--json FILE` it also writes its figures as
one JSON object, so run_all.py can regenerate benchmarks/README.md's table from a fresh run.
"""
from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path
from typing import Callable, Iterable


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", metavar="FILE", default=None,
                        help="also write the figures as JSON to FILE (run_all.py reads it)")


def write_json(path: str | None, results: dict) -> None:
    if path:
        results = {**results, "load_average": list(os.getloadavg()), "cores": os.cpu_count()}
        Path(path).write_text(json.dumps(results, indent=2, default=float) + "\n")


def scratch_dir() -> Path:
    """data/benchmarks/ (git-ignored): benchmark data never touches the course's own database."""
    from sqlml.paths import data_dir

    folder = data_dir() / "benchmarks"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def add_course_data_options(parser: argparse.ArgumentParser) -> None:
    """--scale-factor, --repeat and --database, for the scripts that time queries on the course data."""
    parser.add_argument("--scale-factor", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--database", help="an embedded database already holding the data at that scale factor")


def course_data(database: str | None, scale_factor: float) -> str:
    """The URL of an embedded database holding the course's data at `scale_factor`: `database`, or
    data/benchmarks/features_sf<SF>.duckdb, generated the first time (not timed)."""
    from sqlml.data import ensure_data

    url = database or f"duckdb:///{scratch_dir() / f'features_sf{scale_factor:g}.duckdb'}"
    ensure_data(url, scale_factor=scale_factor, progress=False)
    return url


def timed(action: Callable[[], object]) -> float:
    """Seconds `action()` takes (wall clock)."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def table_per_scale_factor(header: str, scale_factors: Iterable[float], measure: Callable[[float], dict],
                           row: Callable[[dict], str]) -> list[dict]:
    """Measure each scale factor in turn, printing its Markdown row as soon as it is known (a long run
    shows its progress); `header` is the table's two first lines. Returns the measurements in order."""
    print(header)
    results = []
    for scale_factor in scale_factors:
        result = measure(scale_factor)
        results.append(result)
        print(row(result), flush=True)
    return results
