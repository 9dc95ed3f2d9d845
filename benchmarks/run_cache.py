"""The run cache of `sqlml run`, side by side with a full run: nothing changed, a prose edit, a code edit.

    python benchmarks/run_cache.py                       # scale factor 1 (the goals are set there)
    python benchmarks/run_cache.py --scale-factor 0.01 [--json FILE] [--no-edits]

In a copy of the course under data/benchmarks/cache-course/ (its own data, _build and cache; the
course's own folders are left alone) the data is made first (not timed), then `sqlml run` is timed
as a learner types it, each time in a new process, book included:

1. a full run (`--force`: every notebook executes),
2. the same command again with nothing changed (goal: at most 10 s at scale factor 1),
3. after a sentence is added to a markdown cell of 05-modeling (goal: no notebook executes; the
   book is built again),
4. after a comment is added to a code cell of 06-deployment (goal: 06, 07 and 08 execute, no other).

Which notebooks executed is read from the command's own output (`[n/8] NAME done in ...`).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from _common import add_json_option, scratch_dir, write_json

ROOT = Path(__file__).resolve().parents[1]
RERUN_GOAL_SECONDS = 10.0


def copy_course(target: Path) -> Path:
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for name in ("_config.yml", "_toc.yml"):
        shutil.copy2(ROOT / name, target / name)
    for folder in ("content", "assets", "_ext"):
        if (ROOT / folder).is_dir():
            shutil.copytree(ROOT / folder, target / folder, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    return target


def edit(notebook: Path, kind: str, text: str) -> None:
    data = json.loads(notebook.read_text(encoding="utf-8"))
    cell = [c for c in data["cells"] if c["cell_type"] == kind][-1]
    cell["source"] = ([text] if kind == "code" else []) + list(cell["source"]) + ([] if kind == "code" else [text])
    notebook.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def timed_run(home: Path, scale_factor: float, *extra: str) -> tuple[float, list[str], bool, str]:
    env = {**os.environ, "SQLML_HOME": str(home)}
    env.pop("SQLML_DATABASE_URL", None)
    started = time.perf_counter()
    process = subprocess.run([sys.executable, "-m", "sqlml.cli", "run", "--scale-factor", f"{scale_factor:g}", *extra],
                             cwd=home, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"sqlml run failed ({process.returncode}): {process.stderr[-2000:]}")
    executed = re.findall(r"^\[\d+/\d+\] (\S+) done in", process.stdout, flags=re.M)
    return seconds, executed, "Book built" in process.stdout, process.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale-factor", type=float, default=1.0)
    parser.add_argument("--no-edits", action="store_true",
                        help="time only the full run and the rerun with nothing changed (cases 1 and 2)")
    add_json_option(parser)
    args = parser.parse_args(argv)

    home = copy_course(scratch_dir() / "cache-course")
    from sqlml.data import ensure_data

    print(f"Preparing the data (scale factor {args.scale_factor:g}, not timed)...", flush=True)
    ensure_data(f"duckdb:///{home / 'data' / 'tpcxbb_1gb.duckdb'}", scale_factor=args.scale_factor, progress=False)

    cases = {}
    cases["full run (--force)"] = timed_run(home, args.scale_factor, "--force")
    cases["nothing changed"] = timed_run(home, args.scale_factor)
    if not args.no_edits:
        edit(home / "content" / "05-modeling.ipynb", "markdown", "\n\nA sentence added for the benchmark.")
        cases["prose of 05 edited"] = timed_run(home, args.scale_factor)
        edit(home / "content" / "06-deployment.ipynb", "code", "# a comment added for the benchmark\n")
        cases["code cell of 06 edited"] = timed_run(home, args.scale_factor)
    shutil.rmtree(home)

    full = cases["full run (--force)"][0]
    rerun = cases["nothing changed"][0]
    goals = {"nothing changed": rerun <= RERUN_GOAL_SECONDS and not cases["nothing changed"][1]}
    if not args.no_edits:
        goals["prose of 05 edited"] = cases["prose of 05 edited"][1] == [] and cases["prose of 05 edited"][2]
        goals["code cell of 06 edited"] = cases["code cell of 06 edited"][1] == ["06-deployment", "07-acceptance",
                                                                                "08-retraining"]
    print()
    print(f"`sqlml run` at scale factor {args.scale_factor:g}, book included, each in a new process:")
    print()
    print("| Case | Seconds | Against the full run | Notebooks executed | Book | Goal met |")
    print("|---|---|---|---|---|---|")
    for label, (seconds, executed, built, _) in cases.items():
        names = ", ".join(executed) if len(executed) < 8 else "all 8"
        print(f"| {label} | {seconds:.1f} | {seconds / full:.2f} | {names or 'none'} | "
              f"{'built' if built else 'unchanged'} | {'—' if label not in goals else ('yes' if goals[label] else 'NO')} |")
    write_json(args.json, {"scale_factor": args.scale_factor, "goal_rerun_seconds": RERUN_GOAL_SECONDS,
                           "cases": {label: {"seconds": s, "executed": e, "book_built": b}
                                     for label, (s, e, b, _) in cases.items()},
                           "goals_met": goals})
    return 0


if __name__ == "__main__":
    sys.exit(main())
