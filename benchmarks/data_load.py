"""Generation plus load of the course data on the embedded engine, per scale factor.

For each scale factor: `sqlml.data.ensure_data(..., force=True)` into a fresh file in a temporary
folder, timed end to end and split into dsdgen's generation and the load (tables copied into a new
file, split at the cutoff, swapped in). Rows/s counts every row loaded (all seven tables).

    python benchmarks/data_load.py [--scale-factors 0.01 0.1 1] [--repeat 1] [--json FILE]

The scratch files live under data/benchmarks/ (git-ignored) and are removed after each run.

SQL Server is not measured here (no server on this machine).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

from _common import add_json_option, scratch_dir, table_per_scale_factor, write_json
from sqlml.data import ensure_data


def measure(scale_factor: float, repeat: int) -> dict:
    runs = []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory(dir=scratch_dir()) as folder:
            path = Path(folder) / "bench.duckdb"
            report = ensure_data(f"duckdb:///{path}", scale_factor=scale_factor, force=True, progress=False)
            size = path.stat().st_size
        runs.append((report.seconds, report.generate_seconds, report.total_rows, size))
    total = statistics.median(r[0] for r in runs)
    generate = statistics.median(r[1] for r in runs)
    rows = runs[0][2]
    return {"sf": scale_factor, "total": total, "generate": generate, "load": total - generate, "rows": rows,
            "rows_per_s": rows / total, "load_rows_per_s": rows / max(total - generate, 1e-9),
            "mb": runs[0][3] / 2**20}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale-factors", type=float, nargs="+", default=[0.01, 0.1, 1.0])
    parser.add_argument("--repeat", type=int, default=1, help="runs per scale factor (median)")
    add_json_option(parser)
    args = parser.parse_args(argv)
    results = table_per_scale_factor(
        "| scale factor | rows loaded | generate (s) | load (s) | total (s) | rows/s overall | rows/s load only "
        "| file (MB) |\n|---:|---:|---:|---:|---:|---:|---:|---:|",
        args.scale_factors, lambda scale_factor: measure(scale_factor, args.repeat),
        lambda r: (f"| {r['sf']:g} | {r['rows']:,} | {r['generate']:.2f} | {r['load']:.2f} | {r['total']:.2f} | "
                   f"{r['rows_per_s']:,.0f} | {r['load_rows_per_s']:,.0f} | {r['mb']:.0f} |"))
    write_json(args.json, {"repeat": args.repeat, "scale_factors": results})
    return 0


if __name__ == "__main__":
    sys.exit(main())
