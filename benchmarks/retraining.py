"""How long a retraining takes (what `sqlml retrain` does), at scale factors 0.1 and 1.

For each scale factor, on a fresh copy of a database made by `sqlml data` with a registered
champion (the course's recipe: standardised features, k-means with k = 5, 5 starts, seed 0):

- the move of the staged rows into dbo (one transaction);
- the retraining proper, step by step: the windows' features and drift, the challenger's fit,
  the evaluation on the holdout, saving (and maybe promoting) in the registry;
- a second run with no new data (what a scheduler pays on a quiet night);
- the peer: fitting the same recipe alone on the same customers, so the ratio shows what the
  rest of the pipeline (features in T-SQL, drift, evaluation, registry) costs on top of the fit.

    python benchmarks/retraining.py [--scale-factors 0.1 1] [--repeat 3] [--json FILE]

The databases are kept under data/benchmarks/ (git-ignored), so only the first run generates data.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import time
from pathlib import Path

import sqlml
from _common import add_json_option, write_json
from sqlml.paths import data_dir

K, N_INIT, SEED = 5, 5, 0


def recipe():
    from sklearn.cluster import KMeans
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import StandardScaler

    return Pipeline([("scale", StandardScaler()), ("kmeans", KMeans(n_clusters=K, n_init=N_INIT, random_state=SEED))])


def base_database(scale_factor: float) -> Path:
    """data/benchmarks/retrain_sf<SF>.duckdb: the course data with the champion registered."""
    from sqlml.data import ensure_data
    from sqlml.models import ModelRegistry
    from sqlml.retraining import FEATURES, current_features, sales_window

    path = data_dir() / "benchmarks" / f"retrain_sf{scale_factor:g}.duckdb"
    path.parent.mkdir(parents=True, exist_ok=True)
    url = f"duckdb:///{path}"
    ensure_data(url, scale_factor=scale_factor, progress=False)
    with sqlml.connect(url) as db:
        registry = ModelRegistry(db)
        if registry.champion_version("customer_returns") is None:
            features = current_features(db)
            first, last = sales_window(db)
            registry.save("customer_returns", recipe().fit(features[list(FEATURES)]), train_start=first,
                          train_end=last, metrics={"k": K}, champion=True)
    return path


def one_run(base: Path, scratch: Path) -> dict[str, float]:
    from sqlml.models import transaction
    from sqlml.retraining import FEATURES, current_features, ingest_staged, retrain

    shutil.copyfile(base, scratch)
    times: dict[str, float] = {}
    with sqlml.connect(f"duckdb:///{scratch}") as db:
        started = time.perf_counter()
        mark = [started]

        def checkpoint(step: str) -> None:
            now = time.perf_counter()
            times[f"until {step}"] = now - mark[0]
            mark[0] = now

        with transaction(db):
            ingest_staged(db)
            checkpoint("ingested")
            decision = retrain(db, checkpoint=checkpoint)
        now = time.perf_counter()
        times["until end"] = now - mark[0]
        times["total"] = now - started
        assert decision.challenger_version is not None, decision.summary()
        started = time.perf_counter()
        quiet = retrain(db)
        times["second run (no new data)"] = time.perf_counter() - started
        assert quiet.challenger_version is None
        features = current_features(db)
        started = time.perf_counter()
        recipe().fit(features[list(FEATURES)])
        times["peer: fit alone"] = time.perf_counter() - started
        times["customers"] = len(features)
        times["promoted"] = float(decision.promoted)
    scratch.unlink()
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale-factors", type=float, nargs="+", default=[0.1, 1.0])
    parser.add_argument("--repeat", type=int, default=3)
    add_json_option(parser)
    args = parser.parse_args(argv)
    results = []
    # A checkpoint's time is the step that ran before it.
    names = {"until ingested": "move staged rows", "until features": "plan (windows)",
             "until challenger": "features + drift + holdout",
             "until evaluation": "challenger fit", "until save": "evaluation",
             "until promote": "save", "until end": "promote + commit"}
    for scale_factor in args.scale_factors:
        base = base_database(scale_factor)
        runs = [one_run(base, base.with_name(base.stem + "_scratch.duckdb")) for _ in range(args.repeat)]
        median = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
        results.append({"scale_factor": scale_factor, "repeat": args.repeat,
                        "steps": {label: median.get(key, 0.0) for key, label in names.items()},
                        "total": median["total"], "second_run": median["second run (no new data)"],
                        "fit_alone": median["peer: fit alone"], "customers": int(median["customers"]),
                        "promoted": bool(median["promoted"])})
        print(f"\nscale factor {scale_factor:g}: {int(median['customers']):,} customers, "
              f"median of {args.repeat} runs (challenger promoted: {bool(median['promoted'])})")
        for key, label in names.items():
            print(f"  {label:<32} {median.get(key, 0.0):8.2f} s")
        print(f"  {'total (sqlml retrain)':<32} {median['total']:8.2f} s")
        print(f"  {'second run, no new data':<32} {median['second run (no new data)']:8.2f} s")
        print(f"  {'peer: the fit alone':<32} {median['peer: fit alone']:8.2f} s  "
              f"(total / fit = {median['total'] / median['peer: fit alone']:.2f})")
    write_json(args.json, {"scale_factors": results})
    return 0


if __name__ == "__main__":
    sys.exit(main())
