"""Starting the course again from the loaded data: restoring the snapshot against generating again.

In one run, on one fresh file: `ensure_data(..., force=True)` (dsdgen and the load, which also keeps
the snapshot), then the course's changes are imitated (the staged rows moved into dbo, a table
added, a write-ahead log left behind) and `restore_snapshot` puts the loaded data back, several
times (median). The ratio is restore time over regeneration time.

    python benchmarks/data_restore.py [--scale-factor 1] [--repeat 5] [--json FILE]

The goal (issue 10): at scale factor 1, restoring takes at most a tenth of regenerating.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import duckdb

from _common import add_json_option, scratch_dir, write_json
from sqlml.data import ensure_data
from sqlml.snapshot import restore_snapshot, snapshot_path

GOAL_RATIO = 0.10


def imitate_the_course(path: Path) -> None:
    with duckdb.connect(str(path)) as connection:
        connection.execute("CREATE TABLE dbo.models (name VARCHAR, model BLOB)")
        connection.execute("INSERT INTO dbo.store_sales SELECT * FROM staging.store_sales")
        connection.execute("DELETE FROM staging.store_sales")
    path.with_name(path.name + ".wal").write_bytes(b"\0" * 4096)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale-factor", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=5, help="restores timed (median)")
    add_json_option(parser)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(dir=scratch_dir()) as folder:
        path = Path(folder) / "bench.duckdb"
        url = f"duckdb:///{path}"
        started = time.perf_counter()
        ensure_data(url, scale_factor=args.scale_factor, force=True, progress=False)
        regenerate = time.perf_counter() - started
        restores = []
        for _ in range(args.repeat):
            imitate_the_course(path)
            started = time.perf_counter()
            assert restore_snapshot(url, scale_factor=args.scale_factor)
            restores.append(time.perf_counter() - started)
        mb = snapshot_path(path).stat().st_size / 2**20
    restore = statistics.median(restores)
    ratio = restore / regenerate
    print("| scale factor | regenerate (s) | restore the snapshot (s, median) | ratio | goal ≤ 0.10 | snapshot (MB) |")
    print("|---:|---:|---:|---:|---|---:|")
    print(f"| {args.scale_factor:g} | {regenerate:.2f} | {restore:.3f} | {ratio:.3f} | "
          f"{'met' if ratio <= GOAL_RATIO else 'NOT met'} | {mb:.0f} |")
    write_json(args.json, {"scale_factor": args.scale_factor, "regenerate": regenerate, "restore": restore,
                           "restores": restores, "ratio": ratio, "snapshot_mb": mb, "repeat": args.repeat})
    return 0


if __name__ == "__main__":
    sys.exit(main())
