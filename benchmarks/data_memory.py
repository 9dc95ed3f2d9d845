"""Peak memory of `sqlml data` per scale factor, against dsdgen generating in memory (the old way).

Each measurement runs in a fresh process, so its peak resident set size (the kernel's `ru_maxrss`
for that child) is its own: `ensure_data(..., force=True)` into a fresh file (generation in a
scratch DuckDB file, whose connection copies the tables into the new file it attaches, the snapshot
kept), and, as the peer, dsdgen alone into an in-memory DuckDB, which is what the load did before
and what it needed at the least.

    python benchmarks/data_memory.py [--scale-factors 0.1 1 3] [--no-peer] [--json FILE]

The goal (issue 10): at most 2 GB at any scale factor. Scratch files live under data/benchmarks/.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import add_json_option, scratch_dir, table_per_scale_factor, write_json

GOAL_BYTES = 2 * 2**30

LOAD = """
import sys
from sqlml.data import ensure_data
report = ensure_data(sys.argv[1], scale_factor=float(sys.argv[2]), force=True, progress=False)
print(report.total_rows, report.generate_seconds)
"""

GENERATE_IN_MEMORY = """
import sys, time, duckdb
from sqlml.data import load_tpcds
connection = duckdb.connect(":memory:")
load_tpcds(connection)
started = time.perf_counter()
connection.execute(f"CALL dsdgen(sf={float(sys.argv[2])!r})")
print(0, time.perf_counter() - started)
"""


def run_measured(code: str, *args: str) -> tuple[float, int, str]:
    """(wall seconds, peak RSS in bytes, stdout) of `python -c code args` in a child process."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True)
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"measurement failed with exit code {process.returncode}: {code.strip().splitlines()[-2]}")
    return seconds, usage.ru_maxrss * 1024, output  # ru_maxrss is in KiB on Linux


def measure(scale_factor: float, peer: bool) -> dict:
    with tempfile.TemporaryDirectory(dir=scratch_dir()) as folder:
        path = Path(folder) / "bench.duckdb"
        seconds, peak, output = run_measured(LOAD, f"duckdb:///{path}", repr(scale_factor))
        size = path.stat().st_size
    rows, generate = output.split()[-2:]
    result = {"sf": scale_factor, "seconds": seconds, "peak_bytes": peak, "rows": int(rows),
              "generate_seconds": float(generate), "file_mb": size / 2**20}
    if peer:
        peer_seconds, peer_peak, _ = run_measured(GENERATE_IN_MEMORY, "", repr(scale_factor))
        result.update(peer_seconds=peer_seconds, peer_peak_bytes=peer_peak)
    return result


def _row(r: dict) -> str:
    peer = f"{r['peer_peak_bytes'] / 2**30:.2f} GB | {r['peer_seconds']:.1f}" if "peer_peak_bytes" in r else "— | —"
    return (f"| {r['sf']:g} | {r['peak_bytes'] / 2**30:.2f} GB | {r['seconds']:.1f} | {peer} | "
            f"{'met' if r['peak_bytes'] <= GOAL_BYTES else 'NOT met'} |")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale-factors", type=float, nargs="+", default=[0.1, 1.0, 3.0])
    parser.add_argument("--no-peer", action="store_true", help="skip the in-memory dsdgen peer")
    add_json_option(parser)
    args = parser.parse_args(argv)
    results = table_per_scale_factor(
        "| scale factor | sqlml data peak RSS | time (s) | dsdgen in memory peak RSS | its time (s) | goal ≤ 2 GB |\n"
        "|---:|---:|---:|---:|---:|---|",
        args.scale_factors, lambda scale_factor: measure(scale_factor, not args.no_peer), _row)
    write_json(args.json, {"scale_factors": results, "goal_bytes": GOAL_BYTES})
    return 0


if __name__ == "__main__":
    sys.exit(main())
