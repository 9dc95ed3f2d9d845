"""Mutation testing of the parts a learner trusts blindly, one target at a time, with mutmut 3.

    python mutation/run.py                 # every target, in order
    python mutation/run.py models drift    # some targets
    python mutation/run.py --list          # the targets, their files and their tests
    python mutation/run.py --again models  # only the last run's survivors, against the tests as they are now
    python mutation/run.py --report models # the scores of the run mutants/ holds, without running anything
    python mutation/run.py --sample 60 models   # 60 mutants per file, drawn with a fixed seed

mutmut copies the project into `mutants/` (git-ignored), plants one small bug at a time in the
target's functions and runs the target's own fast tests (never the course run) against each.
A mutant the tests fail on is killed; one they pass on survived. The score of a file is
killed / (mutants - equivalent mutants): `mutation/equivalent.md` names each surviving mutant that
cannot be told apart from the real code and says why; a survivor it does not name fails the run. The runner lowers its own priority (nice 10 unless told `--nice`) and
uses one worker unless told `--max-children`: the machines it runs on are shared.

mutmut's settings are in pyproject.toml ([tool.mutmut]); this script narrows them to one target
(the files mutated and the tests run) before it hands over to mutmut, and prints each file's score.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: target -> (files mutated, the fast tests that check them, the least score accepted)
TARGETS: dict[str, tuple[list[str], list[str], float]] = {
    "models": (["src/sqlml/models.py"], ["tests/test_models.py"], 0.90),
    "retraining": (["src/sqlml/retraining.py"], ["tests/test_retraining.py"], 0.90),
    "drift": (["src/sqlml/drift.py"], ["tests/test_drift.py"], 0.90),
    "checkpoints": (["src/sqlml/checkpoints.py"],
                    ["tests/test_checkpoints.py", "tests/test_bad_input.py::test_good_parameters_pass",
                     "tests/test_bad_input.py::test_a_parameter_of_the_wrong_type_is_named_with_the_type_it_needs",
                     # begin() and passed(): the course's phase, on a small database
                     "tests/test_course_state.py::test_a_notebooks_checkpoint_records_its_phase_with_the_run_id",
                     "tests/test_course_state.py::test_a_passed_checkpoint_leaves_the_file_whole_while_the_kernel_keeps_its_connection",
                     "tests/test_course_state.py::test_a_notebook_refuses_a_database_whose_new_data_was_moved_and_names_the_fix",
                     "tests/test_course_state.py::test_moved_data_is_seen_even_when_no_run_recorded_it",
                     "tests/test_course_state.py::test_events_from_before_a_reload_do_not_count"],
                    0.80),
    # test_embedded_engine's tests that start other processes or kernels are left out: slow, and they
    # test the file's locking, not the interpreter.
    # The other tests listed reach external/ too (found with coverage per test): user-defined functions,
    # databases and three-part names, the learner's error messages, sp_configure, INSERT ... EXEC.
    "external": (["src/sqlml/external/*"],
                 ["tests/test_external_script.py", "tests/test_procedures.py", "tests/test_embedded_engine.py",
                  "tests/tsql/test_try_catch.py", "tests/external", "tests/tsql/test_functions.py",
                  "tests/tsql/test_databases.py", "tests/tsql/test_learners_words.py",
                  "tests/tsql/test_statement_forms.py", "tests/tsql/test_conversions.py",
                  "tests/test_tsql_names.py::test_insert_exec_takes_unnamed_columns_by_position",
                  "tests/test_tsql_names.py::test_the_errors_come_from_a_procedure_too_with_its_name",
                  "-k", "not kernel and not another_process and not loads_nothing_heavy"], 0.80),
    # The T-SQL passes, each against the tests of its rules only (the translator runs for every statement:
    # the whole T-SQL suite would be minutes a mutant).
    "tsql-collation": (["src/sqlml/tsql/collation.py"],
                       ["tests/tsql/test_collation_boundaries.py", "tests/test_tsql_boundaries.py",
                        *(f"tests/test_tsql_translate.py::test_{name}" for name in (
                            "strings_compare_group_and_count_case_insensitively", "order_by_ignores_case",
                            "trailing_spaces_do_not_count_when_strings_compare",
                            "stored_trailing_spaces_do_not_count_in_equality_joins_in_and_variables",
                            "less_greater_and_between_ignore_trailing_spaces_between_strings",
                            "order_by_a_string_sorts_without_trailing_spaces_and_keeps_the_values",
                            "group_by_a_string_groups_values_that_differ_in_case_and_trailing_spaces",
                            "distinct_and_count_distinct_keep_one_of_the_equal_strings",
                            "union_removes_strings_equal_but_for_trailing_spaces_and_union_all_keeps_them",
                            "intersect_and_except_of_strings_are_refused_by_name",
                            "simple_case_in_over_a_union_and_scalar_subqueries_ignore_trailing_spaces",
                            "partition_by_a_string_ignores_trailing_spaces",
                            "grouping_constructs_it_cannot_make_faithful_are_refused",
                            "nullif_and_quantified_comparisons_ignore_trailing_spaces",
                            "strings_sort_compare_and_aggregate_in_the_collation_order",
                            "sum_of_integers_is_an_integer_and_overflows_like_sql_server"))], 0.80),
    "tsql-storage": (["src/sqlml/tsql/storage.py"],
                     ["tests/tsql/test_storage_boundaries.py", "tests/test_tsql_storage.py"], 0.80),
    "tsql-arithmetic": (["src/sqlml/tsql/arithmetic.py"],
                        ["tests/tsql/test_arithmetic_boundaries.py", "tests/test_tsql_boundaries.py",
                         "tests/tsql/test_decimal_variables.py",
                         *(f"tests/test_tsql_translate.py::test_{name}" for name in (
                             "integer_division_truncates_toward_zero", "decimal_division_has_sql_server_scale_and_truncates",
                             "division_by_zero_stops_the_statement", "plus_joins_strings_and_adds_numbers",
                             "numbers_cast_to_integers_truncate_and_avg_of_integers_is_an_integer",
                             "a_division_whose_operand_types_cannot_be_known_is_refused",
                             "sum_of_integers_is_an_integer_and_overflows_like_sql_server",
                             "avg_of_a_decimal_has_scale_six_or_more_and_truncates",
                             "a_decimal_division_through_isnull_is_typed_and_unknown_operands_are_refused",
                             "integer_overflow_in_arithmetic_is_msg_8115"))], 0.80),
}

#: mutmut's exit codes that count as the tests catching the mutant.
_KILLED = {1, 3, 36, -24, 24, 152, 255}
_NOT_RUN = {None, 2, 34}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Mutation testing of sqlml, one target at a time (mutmut 3).")
    parser.add_argument("targets", nargs="*", metavar="TARGET", help=f"any of {', '.join(TARGETS)} (default: all)")
    parser.add_argument("--list", action="store_true", help="print the targets and exit")
    parser.add_argument("--nice", type=int, default=10, metavar="N",
                        help="how much to lower the runner's priority (default 10; 19 yields to everything else)")
    parser.add_argument("--max-children", type=int, default=1, help="parallel mutmut workers (default 1)")
    parser.add_argument("--sample", type=int, metavar="N",
                        help="try N mutants per file, drawn with a fixed seed, instead of all of them")
    parser.add_argument("--again", action="store_true",
                        help="run again only the mutants that survived the target's last run (kept in mutants/) and that "
                             "equivalent.md does not name, against the tests as they are now; the others keep "
                             "their verdicts")
    parser.add_argument("--report", action="store_true",
                        help="print the scores of the run mutants/ holds (after editing equivalent.md), run nothing")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(*json.loads(args.child))
        return 0
    unknown = [name for name in args.targets if name not in TARGETS]
    if unknown:
        parser.error(f"unknown target {', '.join(unknown)}; the targets are {', '.join(TARGETS)}")
    if args.list:
        for name, (files, tests, least) in TARGETS.items():
            print(f"{name}: {' '.join(files)} <- {' '.join(tests)} (at least {least:.0%})")
        return 0
    os.chdir(ROOT)
    os.nice(args.nice)
    failed = []
    for name in args.targets or list(TARGETS):
        files, tests, least = TARGETS[name]
        if args.report:
            scores = {path: _score(path) for path in _expand(files)}
            scores = scores if any(total for _, total, _ in scores.values()) else None
        else:
            scores = _run_target(files, tests, args.max_children, args.sample, args.again)
        if scores is None:
            print(f"{name}: mutants/ holds no run of this target; run it without --again or --report first")
            failed.append(name)
            continue
        if not any(total for _, total, _ in scores.values()):   # e.g. mutmut's clean test run failed
            print(f"{name}: NOT RUN: mutmut ran no mutant of this target (see its output above)")
            failed.append(name)
            continue
        equivalent = _equivalent()
        for path, (killed, total, survivors) in scores.items():
            explained = [mutant for mutant in survivors if mutant in equivalent]
            unexplained = [mutant for mutant in survivors if mutant not in equivalent]
            for mutant in unexplained:
                print(f"SURVIVED {mutant}")
            counted = total - len(explained)
            score = killed / counted if counted else 1.0
            verdict = "ok" if score >= least and not unexplained else (
                f"BELOW {least:.0%}" if score < least else "survivors not explained in mutation/equivalent.md")
            print(f"SCORE {path}: {killed} killed of {total} mutants, {len(explained)} equivalent, "
                  f"{len(unexplained)} survived: {score:.1%} = killed / (mutants - equivalent); "
                  f"{killed / total if total else 1:.1%} of all ({verdict})", flush=True)
            if verdict != "ok":
                failed.append(path)
    return 1 if failed else 0


#: A mutant mutation/equivalent.md names, in backquotes: `sqlml.drift.x_psi__mutmut_3`.
_NAMED = re.compile(r"`(sqlml\.[^`\s]+__mutmut_\d+)`")


def _equivalent() -> set[str]:
    """The mutants mutation/equivalent.md explains (valid for the code of the date it gives)."""
    path = ROOT / "mutation" / "equivalent.md"
    return set(_NAMED.findall(path.read_text(encoding="utf-8"))) if path.exists() else set()


def _run_target(files: list[str], tests: list[str], max_children: int, sample: int | None,
                again: bool = False) -> dict[str, tuple[int, int, list[str]]] | None:
    """Run mutmut on one target in a child process (mutmut keeps global state) and read its results.

    Each target starts from an empty `mutants/`: mutmut keeps mutants and results across runs, and
    would neither mutate a file it copied unmutated for another target nor keep the results once
    the tests change.
    """
    import shutil
    import subprocess

    if again:   # mutmut runs again the mutants it is named, and keeps the others' verdicts
        previous = {path: _score(path) for path in _expand(files)}
        if not any(total for _, total, _ in previous.values()):
            return None
        equivalent = _equivalent()     # explained already: running them again would change nothing
        names = [mutant for _, _, survivors in previous.values() for mutant in survivors if mutant not in equivalent]
        sample = None
    else:
        shutil.rmtree(ROOT / "mutants", ignore_errors=True)
        names = [_mutant_glob(path) for path in files]
    child = [sys.executable, __file__, "--child", json.dumps([files, tests, max_children, sample, names])]
    if names:
        subprocess.run(child, cwd=ROOT, check=False)
    scores = {path: _score(path) for path in _expand(files)}
    for _, _, survivors in scores.values():
        for mutant in survivors:      # the planted change, while mutants/ still holds it
            shown = subprocess.run([str(Path(sys.executable).parent / "mutmut"), "show", mutant], cwd=ROOT,
                                   capture_output=True, text=True).stdout.splitlines()
            changed = [line for line in shown if line[:1] in "+-" and line[:3] not in ("+++", "---")]
            print("\n".join([f"~ {mutant}", *changed]), flush=True)
    return scores


def _child(files: list[str], tests: list[str], max_children: int, sample: int | None, names: list[str]) -> None:
    """mutmut's own `run`, with its settings narrowed to one target (and to a sample, if asked)."""
    import random

    import mutmut.__main__ as mutmut_main
    import mutmut.configuration

    settings = mutmut.configuration.config()
    settings.only_mutate = files
    settings.pytest_add_cli_args_test_selection = tests
    # pytest's unraisable-exception hook runs gc.collect() five times as each run ends: seconds per
    # mutant in a process holding scikit-learn, pandas and sqlglot. It turns nothing into a failure.
    settings.pytest_add_cli_args = [*settings.pytest_add_cli_args, "-p", "no:unraisableexception"]
    if sample:
        collect = mutmut_main.collect_source_file_mutation_data

        def sampled(*, mutant_names):
            mutants, by_path = collect(mutant_names=mutant_names)
            by_file: dict[str, list] = {}
            for entry in mutants:
                by_file.setdefault(str(entry[0].path), []).append(entry)
            chosen = []
            for path in sorted(by_file):   # the same seed, the same mutants, run after run
                entries = sorted(by_file[path], key=lambda entry: entry[1])
                chosen += random.Random(path).sample(entries, min(sample, len(entries)))
            return chosen, by_path

        mutmut_main.collect_source_file_mutation_data = sampled
    _fastest_tests_first()
    _warm_up_more()
    mutmut_main.cli(["run", "--max-children", str(max_children), *names])


def _fastest_tests_first() -> None:
    """Hand each mutant its tests fastest first: pytest runs them in that order and stops at the first
    failure, so a mutant a quick test catches costs that test, not the database tests before it."""
    from mutmut.state import state
    from mutmut.workers import isolation

    for runner in (isolation.ForkServerRunner, isolation.ForkRunner):
        def submit(self, mutant_name, tests, cpu_time_limit, estimated_time, _submit=runner.submit):
            ordered = sorted(tests, key=lambda test: (state().duration_by_test[test], test))
            return _submit(self, mutant_name, ordered, cpu_time_limit, estimated_time)

        runner.submit = submit


#: Imported once by mutmut's fork server (after it collected the tests, so from mutants/src), instead
#: of once per mutant: the engines and the T-SQL translator load on the first connection.
PRELOAD = ("sqlml.engines", "sqlml.engines.embedded", "sqlml.tsql", "skops.io", "sklearn.metrics",
           "scipy.stats", "matplotlib.pyplot")


def _warm_up_more() -> None:
    """The fork server imports PRELOAD, then freezes what it holds, so that each mutant's process
    neither imports it again nor walks it in every garbage collection."""
    import gc
    import importlib

    from mutmut.runners.harness import PytestRunner

    collect_only = PytestRunner.warm_up

    def warm_up(self):
        collect_only(self)
        for module in PRELOAD:
            try:
                importlib.import_module(module)
            except ImportError:
                pass
        gc.collect()
        gc.freeze()

    PytestRunner.warm_up = warm_up


def _expand(files: list[str]) -> list[str]:
    out = []
    for pattern in files:
        out += sorted(str(p.relative_to(ROOT)) for p in ROOT.glob(pattern) if p.suffix == ".py")
    return out


def _mutant_glob(path: str) -> str:
    """mutmut's names for a file's mutants: src/sqlml/models.py -> sqlml.models.*"""
    module = path.removeprefix("src/").removesuffix(".py").removesuffix("*").rstrip("/").replace("/", ".")
    return module + ".*"


def _score(path: str) -> tuple[int, int, list[str]]:
    """(killed, mutants tried, the names of those not killed) for one file."""
    meta = ROOT / "mutants" / (path + ".meta")
    if not meta.exists():
        return 0, 0, []
    codes = json.loads(meta.read_text())["exit_code_by_key"]
    counted = {name: code for name, code in codes.items() if code not in _NOT_RUN}
    survivors = sorted(name for name, code in counted.items() if code not in _KILLED)
    return len(counted) - len(survivors), len(counted), survivors


if __name__ == "__main__":
    sys.exit(main())
