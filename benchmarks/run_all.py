"""Rerun every benchmark in benchmarks/ and regenerate the results table in benchmarks/README.md.

    python benchmarks/run_all.py            # the recorded settings (scale factor 1; about 10 minutes)
    python benchmarks/run_all.py --quick    # a smoke check: scale factor 0.01, few repeats (a minute or two)
    python benchmarks/run_all.py --only feature_query scoring

Each script runs in its own process, in turn, with the arguments recorded in BENCHMARKS below plus
`--json FILE`; its own table streams to the terminal as it goes. The figures are kept in
data/benchmarks/results.json (results-quick.json for --quick), merged with earlier runs there when
--only picks a few, and rendered as one Markdown table. A full run writes that table into
benchmarks/README.md between the `results` markers; a quick run writes data/benchmarks/results-quick.md
instead (pass --write-readme to put it in the README anyway).

A new benchmark script must be added to BENCHMARKS (tests/test_benchmarks.py checks it).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
README = HERE / "README.md"
BEGIN = "<!-- results:begin (written by benchmarks/run_all.py; rerun it rather than editing by hand) -->"
END = "<!-- results:end -->"


@dataclass(frozen=True)
class Row:
    what: str
    sqlml: str
    peer: str
    ratio: str
    goal: str = "—"
    met: str = "—"
    note: str = ""
    measured: str = ""   # the figure the goal is about, if not the ratio


def _s(seconds: float) -> str:
    return f"{seconds:.2f} s" if seconds >= 1 else f"{seconds * 1000:.1f} ms"


def _met(ok: bool) -> str:
    return "yes" if ok else "**no**"


def _goal_at(scale_factor: float, goal: str, ok: bool) -> tuple[str, str]:
    """A goal set at scale factor 1 is judged only there (a quick run at 0.01 says n/a)."""
    return (goal, _met(ok)) if scale_factor == 1 else (f"{goal} at sf 1", "n/a")


# ---- one renderer per script: its JSON in, table rows out -------------------------------------

def data_load_rows(r: dict) -> list[Row]:
    return [Row(f"Data generation + load, sf {x['sf']:g}", f"{x['total']:.1f} s, {x['rows_per_s']:,.0f} rows/s",
                f"dsdgen alone {x['generate']:.1f} s", f"{x['total'] / x['generate']:.2f}",
                note=f"`ensure_data` into a fresh file; the peer is dsdgen's generation inside it; {x['rows']:,} rows in 7 tables, {x['mb']:.0f} MB file; load alone {x['load']:.2f} s "
                     f"({x['load_rows_per_s']:,.0f} rows/s); median of {r['repeat']} run(s)")
            for x in r["scale_factors"]]


def data_memory_rows(r: dict) -> list[Row]:
    rows = []
    for x in r["scale_factors"]:
        peak, goal = x["peak_bytes"] / 2**30, r["goal_bytes"] / 2**30
        peer = (f"dsdgen in memory {x['peer_peak_bytes'] / 2**30:.2f} GB" if "peer_peak_bytes" in x else "—")
        ratio = f"{x['peak_bytes'] / x['peer_peak_bytes']:.2f}" if "peer_peak_bytes" in x else "—"
        rows.append(Row(f"Peak memory of `sqlml data`, sf {x['sf']:g}", f"{peak:.2f} GB in {x['seconds']:.0f} s", peer,
                        ratio, f"≤ {goal:g} GB", _met(x["peak_bytes"] <= r["goal_bytes"]),
                        note=f"peak resident set size of a fresh process running `ensure_data(force=True)` (generation "
                             "in a scratch file, tables copied into the new file it attaches, snapshot kept), "
                             f"{x['rows']:,} rows, {x['file_mb']:.0f} MB "
                             "file; the peer is dsdgen alone into an in-memory DuckDB (the old way's least)"
                             + (f", {x['peer_seconds']:.0f} s" if "peer_seconds" in x else ""),
                        measured=f"{peak:.2f} GB"))
    return rows


def data_restore_rows(r: dict) -> list[Row]:
    sf = r["scale_factor"]
    return [Row(f"Restore the loaded data from its snapshot, sf {sf:g}", _s(r["restore"]),
                f"generate + load again {_s(r['regenerate'])}", f"{r['ratio']:.3f}",
                *_goal_at(sf, "≤ 0.10", r["ratio"] <= 0.10),
                note=f"`restore_snapshot` after imitating the course's changes, median of {r['repeat']}; the peer is "
                     f"`ensure_data(force=True)` in the same run; snapshot {r['snapshot_mb']:.0f} MB")]


def feature_query_rows(r: dict) -> list[Row]:
    median, least = r["median"], r["min"]
    sqlml, direct, pandas = (median[k] for k in ("sqlml (T-SQL, translated)", "DuckDB direct",
                                                  "pandas (frames in memory)"))
    sf = f"sf {r['scale_factor']:g}"
    return [
        Row(f"Four-feature query via sqlml, {sf}", _s(sqlml), f"DuckDB direct {_s(direct)}", f"{sqlml / direct:.2f}",
            *_goal_at(r["scale_factor"], "≤ 1.10", sqlml / direct <= 1.10),
            note=f"{r['customers']:,} customers, median of {r['repeat']} interleaved runs (fastest: sqlml "
                 f"{_s(least['sqlml (T-SQL, translated)'])}, direct {_s(least['DuckDB direct'])}); splitting + "
                 f"translating alone {r['translate_seconds'] * 1000:.1f} ms. The goal (issue 2) is set at sf 1"),
        Row(f"Four-feature query in pandas, {sf}", _s(pandas), f"DuckDB direct {_s(direct)}",
            f"{pandas / direct:.2f}", note="pandas works on frames already in memory (reading them is not timed)"),
    ]


def external_script_rows(r: dict) -> list[Row]:
    rows = []
    for x in r["sizes"]:
        worst = max(x["plain"], x["shaped"])
        small = x["rows"] < 100_000
        rows.append(Row(f"External script, {x['rows']:,} rows", _s(worst), f"DuckDB fetch {_s(x['direct'])}",
                        f"{x['ratio']:.2f}", "≤ +20 ms/call" if small else "≤ 1.30",
                        _met(x["extra_seconds"] <= 0.020 if small else x["ratio"] <= 1.30),
                        measured=f"{x['extra_seconds'] * 1000:+.1f} ms per call" if small else "",
                        note=f"`OutputDataSet = InputDataSet`; worst of without ({_s(x['plain'])}) and with "
                             f"WITH RESULT SETS ({_s(x['shaped'])}); extra per call {x['extra_seconds'] * 1000:+.1f} ms;"
                             f" sqlml SELECT of the same rows {_s(x['select'])}; median of {x['repeat']}"))
    return rows


def course_run_rows(r: dict) -> list[Row]:
    total, sf = r["total"], f"sf {r['scale_factor']:g}"
    rows = [Row(f"Course run: {name}", f"{seconds:.1f} s", "whole run", f"{seconds / total:.2f}")
            for name, seconds in r["notebooks"]]
    rows.append(Row("Book build (Jupyter Book, -W)", f"{r['book']:.1f} s", "whole run", f"{r['book'] / total:.2f}"))
    rows.append(Row(f"Whole course run + book, {sf}", f"{total:.1f} s", f"goal {r['goal']:.0f} s",
                    f"{total / r['goal']:.2f}", *_goal_at(r["scale_factor"], f"≤ {r['goal']:.0f} s", total <= r["goal"]), measured=f"{total:.1f} s",
                    note="every notebook as `sqlml run` executes it (papermill, one kernel each, about 1.5 to 2 s "
                         "of each is the kernel's start), then the book; data already generated. The goal "
                         "(issue 4) is set at sf 1"))
    return rows


def run_cache_rows(r: dict) -> list[Row]:
    sf, cases, goals = r["scale_factor"], r["cases"], r["goals_met"]
    full = cases["full run (--force)"]["seconds"]
    wanted = {"nothing changed": (f"≤ {r['goal_rerun_seconds']:.0f} s, none executed", "none executed"),
              "prose of 05 edited": ("book only", "none executed, book built"),
              "code cell of 06 edited": ("06, 07, 08 only", "06, 07, 08 executed")}
    rows = [Row(f"`sqlml run` --force, sf {sf:g}", f"{full:.1f} s", "itself", "1.00",
                note="every notebook and the book, in a new process; data already made")]
    for label, (goal, _) in wanted.items():
        case = cases[label]
        executed = ", ".join(case["executed"]) or "none"
        goal_text, met = (goal, _met(goals[label])) if sf == 1 or label != "nothing changed" else (
            f"{goal} at sf 1", "n/a")
        rows.append(Row(f"`sqlml run`, {label}, sf {sf:g}", f"{case['seconds']:.1f} s", f"full run {full:.1f} s",
                        f"{case['seconds'] / full:.2f}", goal_text, met, measured=f"{case['seconds']:.1f} s",
                        note=f"executed: {executed}; book {'built' if case['book_built'] else 'unchanged'}"))
    return rows


def retraining_rows(r: dict) -> list[Row]:
    rows = []
    for x in r["scale_factors"]:
        steps = ", ".join(f"{label} {seconds:.2f}" for label, seconds in x["steps"].items() if seconds)
        rows.append(Row(f"Retraining (`sqlml retrain`), sf {x['scale_factor']:g}", f"{x['total']:.2f} s",
                        f"the fit alone {x['fit_alone']:.2f} s", f"{x['total'] / x['fit_alone']:.2f}",
                        note=f"{x['customers']:,} customers; steps (s): {steps}; a second run with no new data "
                             f"{x['second_run']:.2f} s; promoted: {'yes' if x['promoted'] else 'no'}; "
                             f"median of {x['repeat']}"))
    return rows


def scoring_rows(r: dict) -> list[Row]:
    n = r["customers"]
    return [Row(f"Scoring procedure, sf {r['scale_factor']:g}", f"{n / r['procedure']:,.0f} rows/s",
                f"plain Python {n / r['python']:,.0f} rows/s", f"{r['procedure'] / r['python']:.2f}",
                note=f"`INSERT ... EXEC dbo.score_customers` ({_s(r['procedure'])}) against query + registry "
                     f"load + predict + load_frame in Python ({_s(r['python'])}), {n:,} customers, same clusters; "
                     f"`predict` alone {_s(r['predict'])}; ratio is time over time; median of {r['repeat']}")]


def translation_rows(r: dict) -> list[Row]:
    query = r["statements"]["four-feature query"]
    return [
        Row("Connect + prepare_connection", f"{r['prepared_ms']:.1f} ms", f"connect alone {r['connect_ms']:.1f} ms",
            f"{r['prepared_ms'] / r['connect_ms']:.2f}", note=f"sf {r['scale_factor']:g} file"),
        Row("Translate four-feature query, first / cached", f"{query['first_ms']:.1f} / {query['cached_ms']:.2f} ms",
            f"running it {query['run_ms']:.0f} ms", f"{query['first_ms'] / query['run_ms']:.3f} / "
            f"{query['cached_ms'] / query['run_ms']:.4f}",
            note="split + parse + type with the catalog + generate"
            + (f"; CPU time of the first translation {query['first_cpu_ms']:.1f} ms, in a new process "
               f"{r['new_process_ms']:.0f} ms ({r['new_process_cpu_ms']:.0f} ms CPU, sqlglot's optimizer imported)"
               if "first_cpu_ms" in query else "")
            + "; other statements: " + "; ".join(
                f"{label} {x['first_ms']:.2f} / {x['cached_ms']:.3f} ms (runs in {x['run_ms']:.2f} ms)"
                for label, x in r["statements"].items() if label != "four-feature query")),
    ]


def exact_arithmetic_rows(r: dict) -> list[Row]:
    return [Row(f"Exact decimal arithmetic: {label}, sf {r['scale_factor']:g}", _s(x["sqlml"]),
                f"DuckDB's own arithmetic {_s(x['peer'])}" if "past" not in label else f"in DOUBLE {_s(x['peer'])}",
                f"{x['sqlml'] / x['peer']:.2f}",
                note=f"the translated SQL on the same connection, median of {r['repeat']} interleaved runs")
            for label, x in r["cases"].items()]


def connect_rows(r: dict) -> list[Row]:
    return [Row(f"New connection, file with {label.removeprefix('a ')}" if label != "no views"
                else "New connection, file without views", f"{x['prepared_ms']:.1f} ms",
                f"connect alone {x['connect_ms']:.1f} ms", f"{x['prepared_ms'] / x['connect_ms']:.2f}")
            for label, x in r["files"].items()] + ([Row(
                "A SELECT on a released file (open, run, checkpoint, close)", f"{r['statement']['released_ms']:.1f} ms",
                f"file held {r['statement']['held_ms']:.1f} ms",
                f"{r['statement']['released_ms'] / r['statement']['held_ms']:.2f}",
                note="what lets several notebooks share the file")] if "statement" in r else [])


@dataclass(frozen=True)
class Benchmark:
    full: list[str]
    quick: list[str]
    rows: Callable[[dict], list[Row]]


#: Every script in benchmarks/, in the order the table shows them, with its recorded arguments.
BENCHMARKS: dict[str, Benchmark] = {
    "data_load": Benchmark(["--scale-factors", "0.01", "0.1", "1", "--repeat", "1"],
                           ["--scale-factors", "0.01"], data_load_rows),
    "data_memory": Benchmark(["--scale-factors", "0.1", "1", "3"], ["--scale-factors", "0.01", "--no-peer"],
                             data_memory_rows),
    "data_restore": Benchmark(["--scale-factor", "1", "--repeat", "5"], ["--scale-factor", "0.01", "--repeat", "1"],
                              data_restore_rows),
    "feature_query": Benchmark(["--scale-factor", "1", "--repeat", "15"],
                               ["--scale-factor", "0.01", "--repeat", "3"], feature_query_rows),
    "external_script": Benchmark(["--repeat-small", "30", "--repeat-large", "7"],
                                 ["--repeat-small", "3", "--repeat-large", "1"], external_script_rows),
    "course_run": Benchmark(["--scale-factor", "1"], ["--scale-factor", "0.01"], course_run_rows),
    "run_cache": Benchmark(["--scale-factor", "1"], ["--scale-factor", "0.01"], run_cache_rows),
    "retraining": Benchmark(["--scale-factors", "0.1", "1", "--repeat", "3"],
                            ["--scale-factors", "0.01", "--repeat", "1"], retraining_rows),
    "scoring": Benchmark(["--scale-factor", "1", "--repeat", "5"], ["--scale-factor", "0.01", "--repeat", "1"],
                         scoring_rows),
    "translation": Benchmark(["--scale-factor", "1", "--repeat", "15"], ["--scale-factor", "0.01", "--repeat", "3"],
                             translation_rows),
    "exact_arithmetic": Benchmark(["--scale-factor", "1", "--repeat", "5"],
                                  ["--scale-factor", "0.01", "--repeat", "1", "--wide-rows", "2000"],
                                  exact_arithmetic_rows),
    "connect": Benchmark(["--repeat", "25"], ["--repeat", "3"], connect_rows),
}


def script_names() -> list[str]:
    """The benchmark scripts in this folder (helpers start with an underscore)."""
    return sorted(p.stem for p in HERE.glob("*.py") if not p.name.startswith("_") and p.name != "run_all.py")


def command(name: str, quick: bool) -> str:
    spec = BENCHMARKS[name]
    return " ".join(["python", f"benchmarks/{name}.py", *(spec.quick if quick else spec.full)])


def run_one(name: str, quick: bool) -> dict:
    """Run one script (its output streams through); its figures, or why it failed."""
    spec = BENCHMARKS[name]
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / f"{name}.json"
        load_before = os.getloadavg()[0]
        started = time.perf_counter()
        process = subprocess.run([sys.executable, str(HERE / f"{name}.py"), *(spec.quick if quick else spec.full),
                                  "--json", str(out)], env={**os.environ, "PYTHONUNBUFFERED": "1"})
        seconds = time.perf_counter() - started
        entry = {"command": command(name, quick), "seconds": seconds, "load_before": load_before,
                 "load_after": os.getloadavg()[0], "finished": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}
        if process.returncode != 0 or not out.exists():
            return {**entry, "error": f"exit code {process.returncode}"}
        return {**entry, "result": json.loads(out.read_text())}


def render(results: dict[str, dict], quick: bool) -> str:
    """The results section: the table, the notes under it, the commands."""
    rows: list[tuple[Row, str]] = []
    for name in BENCHMARKS:
        entry = results.get(name)
        if entry is None:
            rows.append((Row(f"`{name}.py`", "not run yet", "—", "—"), name))
        elif "error" in entry:
            rows.append((Row(f"`{name}.py`", f"FAILED ({entry['error']})", "—", "—"), name))
        else:
            rows.extend((row, name) for row in BENCHMARKS[name].rows(entry["result"]))
    finished = sorted(e["finished"] for e in results.values() if "finished" in e)
    when = f"{finished[0][:16]} to {finished[-1][:16]} UTC" if finished else "never"
    lines = [f"Measured {when} on {os.cpu_count()} cores ({platform.python_implementation()} "
             f"{platform.python_version()}, {platform.machine()}), "
             + ("**quick mode** (smoke check at small sizes; not figures to quote)." if quick else
                "the settings recorded in `benchmarks/run_all.py`."),
             "Ratio = sqlml's time over its peer's time, both from the same run (below 1: faster than the peer; "
             "for rows/s figures too, the ratio is of times).", "",
             "| # | What | sqlml | Peer | Ratio | Goal | Met |", "|---:|---|---|---|---:|---|---|"]
    notes = []
    for number, (row, name) in enumerate(rows, start=1):
        lines.append(f"| {number} | {row.what} | {row.sqlml} | {row.peer} | {row.ratio} | {row.goal} | {row.met} |")
        if row.note:
            notes.append(f"{number}. {row.note}.")
    goals = [f"- row {number}, {row.what}: {row.goal}, measured {row.measured or row.ratio}: "
             f"{ {'yes': 'met', 'n/a': 'not judged at this scale factor'}.get(row.met, 'NOT met')}" for number, (row, _) in enumerate(rows, start=1)
             if row.goal != "—"]
    lines += ["", "Goals (from the issues) in this run:", "", *(goals or ["- none measured"])]
    lines += ["", "Notes (by row number):", "", *notes, "", "Commands that reproduce each row, with the script's "
              "own run time and the machine's load (1-minute average before / after; 2 cores shared with other "
              "work):", ""]
    for name in BENCHMARKS:
        numbers = [number for number, (_, owner) in enumerate(rows, start=1) if owner == name]
        span = f"row {numbers[0]}" if len(numbers) == 1 else f"rows {numbers[0]}-{numbers[-1]}"
        entry = results.get(name)
        if entry is not None:
            lines.append(f"- {span}: `{entry['command']}` ({entry['seconds']:.0f} s, load {entry['load_before']:.1f} / "
                         f"{entry['load_after']:.1f})" + (f", **{entry['error']}**" if "error" in entry else ""))
        else:
            lines.append(f"- {span}: `{command(name, quick)}` (not run yet)")
    return "\n".join(lines) + "\n"


def write_readme_section(section: str) -> None:
    text = README.read_text()
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        tail = rest.split(END, 1)[1]
    else:
        head, tail = text.rstrip() + "\n\n## Results\n\n", "\n"
    README.write_text(f"{head}{BEGIN}\n{section}{END}{tail}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small scale factors and repeats: a smoke check")
    parser.add_argument("--only", nargs="+", choices=list(BENCHMARKS), metavar="NAME",
                        help=f"run only these (one of: {', '.join(BENCHMARKS)}); the others keep their last figures")
    parser.add_argument("--write-readme", action="store_true", help="with --quick: write the README's table anyway")
    parser.add_argument("--render-only", action="store_true", help="run nothing; rewrite the table from the saved figures")
    args = parser.parse_args(argv)

    missing = sorted(set(script_names()) - set(BENCHMARKS))
    if missing:
        parser.error(f"benchmark script(s) not registered in run_all.BENCHMARKS: {', '.join(missing)}")
    from sqlml.paths import data_dir

    store = data_dir() / "benchmarks" / ("results-quick.json" if args.quick else "results.json")
    store.parent.mkdir(parents=True, exist_ok=True)
    results = json.loads(store.read_text()) if store.exists() else {}
    selected = [] if args.render_only else (args.only or list(BENCHMARKS))
    started = time.perf_counter()
    for index, name in enumerate(selected, start=1):
        print(f"\n[{index}/{len(selected)}] {command(name, args.quick)}  (load {os.getloadavg()[0]:.1f})", flush=True)
        results[name] = run_one(name, args.quick)
        state = results[name].get("error", "done")
        print(f"[{index}/{len(selected)}] {name}: {state} in {results[name]['seconds']:.0f} s "
              f"({time.perf_counter() - started:.0f} s so far)", flush=True)
        store.write_text(json.dumps(results, indent=2) + "\n")   # after each one: an interrupted run keeps the rest

    section = render(results, args.quick)
    print("\n" + section)
    if args.quick and not args.write_readme:
        target = store.with_suffix(".md")
        target.write_text(section)
    else:
        write_readme_section(section)
        target = README
    print(f"Figures: {store}; table written to {target}")
    failed = [name for name in selected if "error" in results[name]]
    if failed:
        print(f"FAILED: {', '.join(failed)} (their output is above)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
