"""benchmarks/run_all.py knows every benchmark script, and every script's command line works.

No timings here: speed is measured by the benchmarks themselves, recorded in benchmarks/README.md.
"""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS_DIR = Path(__file__).resolve().parents[1] / "benchmarks"


def load_run_all():
    spec = importlib.util.spec_from_file_location("benchmarks_run_all", BENCHMARKS_DIR / "run_all.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module   # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


run_all = load_run_all()
SCRIPTS = sorted(p.stem for p in BENCHMARKS_DIR.glob("*.py") if not p.name.startswith("_") and p.stem != "run_all")


def test_run_all_registers_every_benchmark_script():
    assert SCRIPTS, "no benchmark scripts found"
    assert sorted(run_all.BENCHMARKS) == SCRIPTS
    assert run_all.script_names() == SCRIPTS


@pytest.mark.parametrize("name", SCRIPTS)
def test_each_script_help_works_and_offers_json(name):
    process = subprocess.run([sys.executable, str(BENCHMARKS_DIR / f"{name}.py"), "--help"],
                             capture_output=True, text=True, timeout=60)
    assert process.returncode == 0, process.stderr
    assert "--json" in process.stdout, f"{name}.py cannot hand its figures to run_all.py"


@pytest.mark.parametrize("name", SCRIPTS)
def test_recorded_arguments_are_ones_the_script_accepts(name):
    """Every option run_all passes (full and quick) appears in the script's --help."""
    process = subprocess.run([sys.executable, str(BENCHMARKS_DIR / f"{name}.py"), "--help"],
                             capture_output=True, text=True, timeout=60)
    spec = run_all.BENCHMARKS[name]
    for option in (a for a in spec.full + spec.quick if a.startswith("--")):
        assert option in process.stdout, f"run_all passes {option} to {name}.py, which does not take it"


def test_run_all_help_works():
    process = subprocess.run([sys.executable, str(BENCHMARKS_DIR / "run_all.py"), "--help"],
                             capture_output=True, text=True, timeout=60)
    assert process.returncode == 0, process.stderr
    assert "--quick" in process.stdout


def test_a_missed_goal_shows_in_the_table():
    result = {"scale_factor": 1.0, "repeat": 3, "customers": 10, "translate_seconds": 0.001, "overhead": 0.5,
              "median": {"sqlml (T-SQL, translated)": 1.5, "DuckDB direct": 1.0, "pandas (frames in memory)": 2.0},
              "min": {"sqlml (T-SQL, translated)": 1.4, "DuckDB direct": 0.9, "pandas (frames in memory)": 1.9}}
    section = run_all.render({"feature_query": {"command": "x", "seconds": 1, "load_before": 0, "load_after": 0,
                                                "finished": "2026-01-01T00:00:00+00:00", "result": result}},
                             quick=False)
    row = next(line for line in section.splitlines() if "via sqlml" in line)
    assert "| 1.50 |" in row and "**no**" in row
    assert "not run yet" in section   # the other scripts are listed, not silently dropped
