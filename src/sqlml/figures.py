"""The figures of one course run, in `_build/figures.json`, for `sqlml parity` to compare.

    write_figures(database_url, scale_factor)    # what `sqlml run` does after the notebooks
    read_figures(path)                           # a run's figures, checked

A run's figures come from two places:

- every value a notebook glued (`sqlml.course.glue`, myst-nb's glue), read from the executed
  notebooks in `_build/executed/`: what the book's prose shows;
- fingerprints of the tables a later phase relies on, read from the database after the run:
  cluster sizes and profiles, the campaign's targets, the success criteria's measurements, the
  model registry's metrics, and the drift between the champion's window and the new data.

Each figure has a kind that says how two runs compare it: `count` (exact), `number` (a relative
tolerance; a glued text such as '0.453' or '8.7%' also allows one unit of its last digit, the most
a rounding can move), `text` (exact), `image` (only that it exists: pixels depend on fonts).
A notebook that expects a figure to differ between engines says so with `tolerance(...)`, giving
the reason, which the parity report shows.
"""
from __future__ import annotations

import ast
import hashlib
import json
import math
import re
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable

from .errors import FiguresError

if TYPE_CHECKING:
    from .connection import Database

FORMAT = 1
FIGURES_FILE = "figures.json"
GLUE_PREFIX = "application/papermill.record/"
#: Glued under this prefix, a value is not a figure but a notebook's tolerance for one.
TOLERANCE_PREFIX = "parity_tolerance:"
#: Full-precision numbers of two runs agree within this share of the larger one, unless widened.
DEFAULT_RELATIVE = 1e-6
#: The sample 07-acceptance measures the silhouette on (the same size and seed).
SILHOUETTE_SAMPLE, RANDOM_STATE = 3000, 0
MODEL_NAME = "customer_returns"


# -- the notebooks' side ------------------------------------------------------------------------
def tolerance(figure: str, *, reason: str, relative: float | None = None, informational: bool = False) -> None:
    """Declare, in a notebook, how far `figure` (a name this notebook glues) may differ between runs.

    `relative` widens the relative tolerance of a number; `informational=True` shows a difference
    in the report without failing the check (for a value that depends on the engine by nature).
    `reason` is required: the report prints it next to the figure.
    """
    rule = _tolerance_rule(figure, reason=reason, relative=relative, informational=informational)
    from .glue import glue

    glue(TOLERANCE_PREFIX + figure, rule, display=False)


def _tolerance_rule(figure: str, *, reason: Any, relative: Any, informational: Any) -> dict:
    if not isinstance(figure, str) or not figure.strip():
        raise FiguresError(f"tolerance() needs the name of a glued figure, such as 'largest_psi'; got {figure!r}.")
    if not isinstance(reason, str) or not reason.strip():
        raise FiguresError(f"tolerance({figure!r}) needs a reason: say why the engines may differ on it.")
    if relative is None and not informational:
        raise FiguresError(f"tolerance({figure!r}) widens nothing: give relative=0.01 (for example) "
                           "or informational=True.")
    if relative is not None and not (isinstance(relative, (int, float)) and not isinstance(relative, bool)
                                     and 0 < relative < 1):
        raise FiguresError(f"tolerance({figure!r}): relative must be a number between 0 and 1, such as 0.01; "
                           f"got {relative!r}.")
    rule: dict[str, Any] = {"reason": " ".join(reason.split())}
    if relative is not None:
        rule["relative"] = float(relative)
    if informational:
        rule["informational"] = True
    return rule


# -- one figure ---------------------------------------------------------------------------------
_COUNT_TEXT = re.compile(r"^[+-]?\d{1,3}(,\d{3})*$|^[+-]?\d+$")
_NUMBER_TEXT = re.compile(r"^([+-]?(?:\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d+))?)(%?)$")


def figure(value: Any, *, source: str) -> dict:
    """A figure as figures.json stores it: its kind, its value and the text it was read from."""
    if isinstance(value, (bool,)):
        return {"kind": "text", "value": str(value), "source": source}
    if isinstance(value, int):
        return {"kind": "count", "value": value, "source": source}
    if isinstance(value, (float, Decimal)):
        number = float(value)
        if math.isnan(number) or math.isinf(number):
            return {"kind": "text", "value": str(number), "source": source}
        return {"kind": "number", "value": number, "source": source}
    if isinstance(value, (datetime, date)):
        return {"kind": "text", "value": value.isoformat(), "source": source}
    if isinstance(value, str):
        return _text_figure(value, source)
    return {"kind": "text", "value": repr(value), "source": source}


def _text_figure(text: str, source: str) -> dict:
    """A glued string: '1,000' is a count, '0.453' and '8.7%' are rounded numbers, the rest text."""
    stripped = text.strip()
    if _COUNT_TEXT.match(stripped):
        return {"kind": "count", "value": int(stripped.replace(",", "")), "text": text, "source": source}
    match = _NUMBER_TEXT.match(stripped)
    if match and re.search(r"\d", match.group(1)):
        digits = match.group(2) or ""
        return {"kind": "number", "value": float(match.group(1).replace(",", "")), "text": text,
                "decimals": len(digits), "source": source}
    return {"kind": "text", "value": text, "source": source}


# -- glued figures ------------------------------------------------------------------------------
def glued_figures(executed: Path, names: Iterable[str]) -> tuple[dict, dict, list[str]]:
    """(figures, tolerances, notebooks without an executed copy) from the executed notebooks.

    A figure is named `notebook:glue_name` (several notebooks glue a `champion_version`).
    """
    import nbformat

    figures: dict[str, dict] = {}
    tolerances: dict[str, dict] = {}
    missing: list[str] = []
    for name in names:
        path = executed / f"{name}.ipynb"
        if not path.exists():
            missing.append(name)
            continue
        try:
            notebook = nbformat.read(path, as_version=4)
        except Exception as error:
            raise FiguresError(f"Could not read the executed notebook {path} ({type(error).__name__}: "
                               f"{error}): run `sqlml run` again.") from None
        for cell in notebook.cells:
            for output in cell.get("outputs", []):
                glued = output.get("metadata", {}).get("scrapbook", {}).get("name")
                if glued:
                    _read_glued(name, str(glued), output.get("data", {}), figures, tolerances)
    return figures, tolerances, missing


def _read_glued(notebook: str, glued: str, data: dict, figures: dict, tolerances: dict) -> None:
    bundle = {key.removeprefix(GLUE_PREFIX): value for key, value in data.items()}
    plain = bundle.get("text/plain")
    plain = "".join(plain) if isinstance(plain, list) else plain
    if glued.startswith(TOLERANCE_PREFIX):
        target = glued[len(TOLERANCE_PREFIX):]
        try:
            rule = ast.literal_eval(plain or "")
            rule = _tolerance_rule(target, reason=rule.get("reason"), relative=rule.get("relative"),
                                   informational=rule.get("informational", False))
        except (ValueError, SyntaxError, AttributeError, FiguresError) as error:
            raise FiguresError(f"{notebook} glues a tolerance for {target!r} that cannot be read ({error}): "
                               "use sqlml.figures.tolerance(name, reason=..., relative=...).") from None
        tolerances[f"{notebook}:{target}"] = rule
        return
    key = f"{notebook}:{glued}"
    if any(mime.startswith("image/") for mime in bundle):
        figures[key] = {"kind": "image", "value": None, "source": notebook}
        return
    try:
        value = ast.literal_eval(plain) if plain is not None else None
    except (ValueError, SyntaxError):  # an object's repr, such as a DataFrame's
        value = plain
    figures[key] = figure(value, source=notebook)


# -- the database's figures ---------------------------------------------------------------------
def _plain(value: Any) -> Any:
    """A database value as a plain Python value (numpy and pandas types, NULLs, decimals)."""
    if value is None:
        return None
    try:
        import pandas as pd

        if value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
            return None
        if isinstance(value, pd.Timestamp):
            return value.to_pydatetime()
    except ImportError:  # pragma: no cover - pandas is a dependency
        pass
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        return value.item()
    return value


class _Collector:
    def __init__(self, db: "Database") -> None:
        self.db = db
        self.figures: dict[str, dict] = {}

    def add(self, name: str, value: Any) -> None:
        value = _plain(value)
        self.figures[f"db:{name}"] = (figure(value, source="database") if value is not None
                                      else {"kind": "text", "value": "NULL", "source": "database"})

    def has(self, *tables: str) -> bool:
        return all(self.db.table_exists(table) for table in tables)


def database_figures(db: "Database") -> dict[str, dict]:
    """Fingerprints of the tables the later phases read, each group only if its tables exist."""
    collect = _Collector(db)
    for group in (_data_sizes, _clusters, _campaign, _success_criteria, _registry, _drift):
        group(collect)
    return collect.figures


def _data_sizes(c: _Collector) -> None:
    for table in ("dbo.customer", "dbo.store_sales", "dbo.store_returns", "staging.store_sales",
                  "staging.store_returns"):
        if c.has(table):
            c.add(f"rows[{table}]", int(c.db.scalar(f"SELECT COUNT(*) AS row_count FROM {table}")))


def _clusters(c: _Collector) -> None:
    for table in ("customer_clusters", "customer_scores"):
        if c.has(f"dbo.{table}"):
            sizes = c.db.query(f"SELECT cluster, COUNT(*) AS customers FROM dbo.{table} "
                               "GROUP BY cluster ORDER BY cluster")
            for row in sizes.itertuples(index=False):
                c.add(f"{table}.size[cluster {int(row.cluster)}]", int(row.customers))
    if c.has("dbo.cluster_profiles"):
        profiles = c.db.query("SELECT cluster, name, customers, customer_share, orderRatio, itemsRatio, "
                              "monetaryRatio, frequency FROM dbo.cluster_profiles ORDER BY cluster")
        for row in profiles.to_dict("records"):
            cluster = int(row.pop("cluster"))
            for column, value in row.items():
                c.add(f"cluster_profiles[cluster {cluster}].{column}", value)


def _campaign(c: _Collector) -> None:
    if not c.has("dbo.campaign_targets"):
        return
    reach = c.db.query("SELECT COUNT(*) AS customers, COUNT(email_address) AS with_email, "
                       "COUNT(DISTINCT cluster) AS clusters, MIN(cluster) AS cluster "
                       "FROM dbo.campaign_targets").iloc[0]
    for column in ("customers", "with_email", "clusters", "cluster"):
        c.add(f"campaign_targets.{column}", reach[column])
    ids = c.db.query("SELECT customer FROM dbo.campaign_targets ORDER BY customer")["customer"]
    listing = ",".join(str(int(value)) for value in ids)
    c.add("campaign_targets.customer_list_sha256", hashlib.sha256(listing.encode()).hexdigest()[:16])


# 07-acceptance's measurements of the success criteria, taken again on the database as the run left it,
# over the sales of the scoring model's window. They are not 07's numbers (08-retraining has since
# moved returns that arrived later into dbo, which changes the features); the glued ones are.
_COVERAGE_SQL = """
SELECT COUNT(*) AS customers, SUM(CASE WHEN scores = 1 THEN 1 ELSE 0 END) AS with_one_segment
FROM (
    SELECT buyers.customer, COUNT(s.customer) AS scores
    FROM (SELECT DISTINCT ss.ss_customer_sk AS customer
          FROM dbo.store_sales AS ss
          INNER JOIN dbo.date_dim AS d ON d.d_date_sk = ss.ss_sold_date_sk
          WHERE ss.ss_customer_sk IS NOT NULL AND d.d_date >= @window_start AND d.d_date <= @window_end) AS buyers
    LEFT OUTER JOIN dbo.customer_scores AS s ON s.customer = buyers.customer
    GROUP BY buyers.customer
) AS per_customer;
"""
_NAMING_SQL = """
SELECT COUNT(*) AS segments, COUNT(DISTINCT name) AS distinct_names,
       SUM(CASE WHEN name IS NULL OR LEN(name) = 0 THEN 1 ELSE 0 END) AS unnamed
FROM dbo.cluster_profiles;
"""
_REPRODUCED_SQL = """
SELECT COUNT(*) AS modeled, SUM(CASE WHEN s.cluster = c.cluster THEN 1 ELSE 0 END) AS same_segment
FROM dbo.customer_clusters AS c
LEFT OUTER JOIN dbo.customer_scores AS s ON s.customer = c.customer;
"""


def _scoring_window(db: "Database") -> tuple[date, date] | None:
    """The training window of the model that gave dbo.customer_scores its segments."""
    from .models import ModelRegistry

    version = db.scalar("SELECT MAX(model_version) AS version FROM dbo.customer_scores")
    if version is None:
        return None
    record = ModelRegistry(db).record(MODEL_NAME, int(version))
    if record.train_start is None or record.train_end is None:
        return None
    return record.train_start, record.train_end


def _success_criteria(c: _Collector) -> None:
    if not c.has("dbo.success_criteria"):
        return
    criteria = c.db.query("SELECT criterion, threshold FROM dbo.success_criteria ORDER BY criterion")
    for row in criteria.itertuples(index=False):
        c.add(f"success_criteria[{row.criterion}].threshold", row.threshold)
    if not c.has("dbo.cluster_profiles", "dbo.customer_clusters", "dbo.customer_scores", "dbo.models"):
        return
    window = _scoring_window(c.db)
    if window is None:
        return
    bounds = {"window_start": window[0], "window_end": window[1]}
    coverage = c.db.query(_COVERAGE_SQL, bounds).iloc[0]
    naming = c.db.query(_NAMING_SQL).iloc[0]
    reproduced = c.db.query(_REPRODUCED_SQL).iloc[0]
    measured = {
        "coverage": _share(coverage["with_one_segment"], coverage["customers"]),
        "describable": _share(_plain(naming["distinct_names"]) - (_plain(naming["unnamed"]) or 0),
                              naming["segments"]),
        "reproducible": _share(reproduced["same_segment"], reproduced["modeled"]),
        "separation": _separation(c.db, window),
    }
    for criterion, value in measured.items():
        c.add(f"success_criteria[{criterion}].measured_after_run", value)


def _share(part: Any, whole: Any) -> float | None:
    part, whole = _plain(part), _plain(whole)
    return None if not whole else float(part or 0) / float(whole)


def _separation(db: "Database", window: tuple[date, date]) -> float | None:
    """The silhouette of the scored segments on 07-acceptance's sample (standardised features)."""
    import numpy as np
    from sklearn.metrics import silhouette_score
    from sklearn.preprocessing import StandardScaler

    from .retraining import FEATURES, window_features

    scores = db.query("SELECT customer, cluster FROM dbo.customer_scores ORDER BY customer")
    scores["customer"] = scores["customer"].astype("int64")
    scored = window_features(db, *window).merge(scores, on="customer", how="inner")
    if scored["cluster"].nunique() < 2:
        return None
    standardised = StandardScaler().fit_transform(scored[list(FEATURES)].astype(float))
    sample = np.random.RandomState(RANDOM_STATE).choice(
        len(standardised), size=min(SILHOUETTE_SAMPLE, len(standardised)), replace=False)
    return float(silhouette_score(standardised[sample], scored["cluster"].to_numpy()[sample]))


def _registry(c: _Collector) -> None:
    if not c.has("dbo.models"):
        return
    from .models import ModelRegistry

    registry = ModelRegistry(c.db)
    versions = registry.list()
    for row in versions.itertuples(index=False):
        record = registry.record(str(row.name), int(row.version))
        prefix = f"models[{record.name} v{record.version}]"
        c.add(f"{prefix}.algorithm", record.algorithm)
        c.add(f"{prefix}.hyperparameters", json.dumps(record.hyperparameters, sort_keys=True))
        c.add(f"{prefix}.train_window", f"{record.train_start} to {record.train_end}")
        c.add(f"{prefix}.is_champion", "yes" if record.is_champion else "no")
        c.add(f"{prefix}.sha256", record.sha256[:16])
        for metric, value in sorted(record.metrics.items()):
            c.add(f"{prefix}.metrics.{metric}", value)
    if c.has("dbo.model_promotions"):
        promotions = c.db.query("SELECT name, version FROM dbo.model_promotions ORDER BY promoted_at, version")
        c.add("model_promotions.versions", ", ".join(f"{r.name} v{int(r.version)}"
                                                     for r in promotions.itertuples(index=False)))


def _drift(c: _Collector) -> None:
    """08-retraining's drift report, between the windows of the last contest in the registry."""
    if not c.has("dbo.models"):
        return
    from .drift import drift_report
    from .models import ModelRegistry
    from .retraining import FEATURES, window_features

    registry = ModelRegistry(c.db)
    contests = [registry.record(str(r.name), int(r.version)) for r in registry.list(MODEL_NAME).itertuples()]
    contests = [r for r in contests if "compared_with_version" in r.metrics]
    if not contests:
        return
    challenger = max(contests, key=lambda r: r.version)
    champion = registry.record(MODEL_NAME, int(challenger.metrics["compared_with_version"]))
    if None in (champion.train_start, champion.train_end, challenger.train_end):
        return
    from datetime import timedelta

    old = window_features(c.db, champion.train_start, champion.train_end)
    new = window_features(c.db, champion.train_end + timedelta(days=1), challenger.train_end)
    c.add("drift.reference_customers", len(old))
    c.add("drift.new_customers", len(new))
    report = drift_report(old, new, FEATURES)
    for row in report.to_dict("records"):
        feature = row.pop("feature")
        for column, value in row.items():
            c.add(f"drift[{feature}].{column}", value)


# -- the engine ---------------------------------------------------------------------------------
def engine_version(db: "Database") -> str:
    """The engine's name and version: 'DuckDB 1.5.5', 'SQL Server 16.0.4135.4 (RTM-CU15, Developer ...)'."""
    if db.engine == "embedded":
        import duckdb

        return f"DuckDB {duckdb.__version__}"
    row = db.query("SELECT CAST(SERVERPROPERTY('ProductVersion') AS nvarchar(128)) AS version, "
                   "CAST(SERVERPROPERTY('ProductUpdateLevel') AS nvarchar(128)) AS update_level, "
                   "CAST(SERVERPROPERTY('ProductLevel') AS nvarchar(128)) AS level, "
                   "CAST(SERVERPROPERTY('Edition') AS nvarchar(128)) AS edition").iloc[0]
    level = "-".join(str(v) for v in (row["level"], row["update_level"]) if _plain(v))
    return f"SQL Server {row['version']} ({level}, {row['edition']})"


# -- the whole file -----------------------------------------------------------------------------
def collect_figures(database_url: str | None, scale_factor: float, notebooks: Iterable[str],
                    executed: Path) -> dict:
    """Everything figures.json holds for one run (see the module's docstring)."""
    import sqlml

    from .connection import connect

    figures, tolerances, missing = glued_figures(executed, notebooks)
    with connect(database_url) as db:
        figures.update(database_figures(db))
        engine, version = db.engine, engine_version(db)
    return {"format": FORMAT, "engine": engine, "engine_version": version, "scale_factor": float(scale_factor),
            "sqlml_version": sqlml.__version__, "missing_notebooks": missing,
            "tolerances": dict(sorted(tolerances.items())), "figures": dict(sorted(figures.items()))}


def write_figures(database_url: str | None, scale_factor: float, *,
                  echo: Callable[[str], None] | None = None) -> Path:
    """Write `_build/figures.json` for the course run that just finished; returns its path."""
    from .paths import executed_dir, notebooks
    from .paths import build_dir

    content = collect_figures(database_url, scale_factor, [p.stem for p in notebooks()], executed_dir())
    target = build_dir() / FIGURES_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{FIGURES_FILE}.writing")
    partial.write_text(json.dumps(content, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    partial.replace(target)
    if echo:
        echo(f"Figures of this run ({len(content['figures'])}) written to {target}")
    return target


def read_figures(path: str | Path) -> dict:
    """A run's figures: `path` is a figures.json, or a folder holding one (a course folder, `_build`)."""
    path = Path(path)
    candidates = [path] if path.suffix == ".json" else [path / FIGURES_FILE, path / "_build" / FIGURES_FILE]
    found = next((p for p in candidates if p.is_file()), None)
    if found is None:
        raise FiguresError(f"No figures at {path}: give a figures.json, or a folder that holds one "
                           "(`sqlml run` writes _build/figures.json).")
    try:
        content = json.loads(found.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise FiguresError(f"{found} is not a figures file ({type(error).__name__}: {error}): run "
                           "`sqlml run` again to write it.") from None
    if not isinstance(content, dict) or content.get("format") != FORMAT or not isinstance(content.get("figures"), dict):
        raise FiguresError(f"{found} is not a figures file of format {FORMAT}: run `sqlml run` again to write it.")
    content.setdefault("tolerances", {})
    content["path"] = str(found)
    return content
