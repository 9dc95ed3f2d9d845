"""Retraining: new data arrives, a challenger is trained, and it replaces the champion only if better.

The steps, shared by `08-retraining` and `sqlml retrain`:

1. `ingest_staged(db)`: move the rows waiting in `staging.store_sales` / `staging.store_returns`
   into `dbo`, in one transaction; rows already in `dbo` are never copied twice.
2. `plan(db, name)`: the champion's training window, and the new window after it up to the last
   sale in `dbo`. No new window means nothing to do.
3. `drift_report` (sqlml.drift) of the four features between the two windows.
4. `train_challenger`: the champion's own recipe (same algorithm and hyper-parameters, refitted
   from scratch) on every customer's current features, except a holdout of customers drawn from
   the new window.
5. `evaluate`: champion and challenger label the same holdout; each labelling is scored with the
   silhouette in the champion's feature space (its scaler, if it has one), Davies-Bouldin is
   reported beside it, and the adjusted Rand index says how much the assignments moved.
6. `decide`: promote when the challenger's silhouette beats the champion's by the margin.
   The margin is the larger of a floor (default 0.01) and twice the silhouette's own sampling
   noise on this holdout, so a promotion is never the luck of one sample.
7. The challenger is saved as a new version (history), and promoted or not, in one transaction.

`retrain(db)` runs 2-7 (`plan`, `prepare`, `train_challenger`, `evaluate`, `record`, which the
notebook calls one by one); `retrain_command(url)` runs 1-7 in one transaction and prints the decision.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, Callable

from .errors import SqlmlError
from .models import ModelRegistry, RegistryError, transaction

if TYPE_CHECKING:
    import pandas as pd

    from .connection import Database

MODEL_NAME = "customer_returns"
FEATURES = ("orderRatio", "itemsRatio", "monetaryRatio", "frequency")
DEFAULT_MARGIN = 0.01
HOLDOUT_FRACTION = 0.3
#: Silhouette is quadratic in the number of points; scored on a sample of at most this many.
SILHOUETTE_SAMPLE = 4000
RANDOM_STATE = 0

#: Moving the staged rows, as a nightly load would. NOT EXISTS on each table's key keeps a row
#: from being copied twice, even if the staging table were filled again with rows already moved.
INGEST_SQL = """
BEGIN TRANSACTION;

INSERT INTO dbo.store_sales
SELECT s.* FROM staging.store_sales AS s
WHERE NOT EXISTS (SELECT 1 FROM dbo.store_sales AS d
                  WHERE d.ss_item_sk = s.ss_item_sk AND d.ss_ticket_number = s.ss_ticket_number);
DELETE FROM staging.store_sales;

INSERT INTO dbo.store_returns
SELECT r.* FROM staging.store_returns AS r
WHERE NOT EXISTS (SELECT 1 FROM dbo.store_returns AS d
                  WHERE d.sr_item_sk = r.sr_item_sk AND d.sr_ticket_number = r.sr_ticket_number);
DELETE FROM staging.store_returns;

COMMIT TRANSACTION;
"""

SALES_DATES_SQL = """
SELECT MIN(d.d_date) AS first_day, MAX(d.d_date) AS last_day
FROM dbo.store_sales AS s
INNER JOIN dbo.date_dim AS d ON d.d_date_sk = s.ss_sold_date_sk
"""


class RetrainError(SqlmlError):
    """Retraining cannot start or finish; nothing was changed."""


# -- step 1: new data ------------------------------------------------------------------------

@dataclass(frozen=True)
class IngestResult:
    sales_moved: int
    returns_moved: int
    staged: bool      # whether the staging tables exist at all

    def describe(self) -> str:
        if not self.staged:
            return "No staging tables (staging.store_sales, staging.store_returns): no new data to move."
        if not (self.sales_moved or self.returns_moved):
            return "The staging tables are empty: no new data to move."
        return (f"Moved {self.sales_moved:,} sales rows and {self.returns_moved:,} returns rows "
                "from staging into dbo.")


def ingest_staged(db: "Database") -> IngestResult:
    """Move the staged sales and returns into dbo, in one transaction (see INGEST_SQL)."""
    if not (db.table_exists("staging.store_sales") and db.table_exists("staging.store_returns")):
        return IngestResult(0, 0, staged=False)
    before = _counts(db)
    with transaction(db):
        # INGEST_SQL's own BEGIN/COMMIT belong to a notebook cell; here the statements run inside
        # the caller's transaction, so that a whole `sqlml retrain` is all or nothing.
        for statement in _ingest_statements():
            db.execute(statement)
        after = _counts(db)
    return IngestResult(after[0] - before[0], after[1] - before[1], staged=True)


def _ingest_statements() -> list[str]:
    body = INGEST_SQL.replace("BEGIN TRANSACTION;", "").replace("COMMIT TRANSACTION;", "")
    return [part.strip() for part in body.split(";") if part.strip()]


def _counts(db: "Database") -> tuple[int, int]:
    return (int(db.scalar("SELECT COUNT(*) AS n FROM dbo.store_sales")),
            int(db.scalar("SELECT COUNT(*) AS n FROM dbo.store_returns")))


# -- step 2: the windows ---------------------------------------------------------------------

@dataclass(frozen=True)
class Plan:
    name: str
    champion_version: int
    champion_window: tuple[date, date]
    new_window: tuple[date, date] | None     # the sales after the champion's window (None: none yet)
    latest_trained_version: int
    latest_trained_end: date
    last_sale: date | None = None

    @property
    def has_new_data(self) -> bool:
        """Whether dbo holds sales after the window of every version trained so far.

        False after a contest on the current data, whatever its outcome: training the same
        recipe on the same data again would only repeat it.
        """
        return self.last_sale is not None and self.last_sale > self.latest_trained_end


def plan(db: "Database", name: str = MODEL_NAME) -> Plan:
    """Which window the champion was trained on, and what new window the data now holds."""
    registry = ModelRegistry(db)
    try:
        champion = registry.record(name)
    except RegistryError as error:
        raise RetrainError(f"Nothing to retrain: {error}") from None
    if champion.train_end is None:
        raise RetrainError(f"Version {champion.version} of {name!r} has no training window recorded; "
                           "save models with train_start and train_end so retraining knows what is new.")
    versions = registry.list(name)
    ends = versions.dropna(subset=["train_end"])
    latest = ends.loc[ends["train_end"].map(_to_date).idxmax()]
    latest_end = _to_date(latest["train_end"])
    first_day, last_day = sales_window(db)
    new_window = None
    if last_day is not None and last_day > champion.train_end:
        new_window = (champion.train_end + timedelta(days=1), last_day)
    return Plan(name, champion.version, (champion.train_start or first_day, champion.train_end), new_window,
                int(latest["version"]), latest_end, last_day)


def sales_window(db: "Database") -> tuple[date | None, date | None]:
    """The first and last days with a sale in dbo: the window a model trained now has seen."""
    dates = db.query(SALES_DATES_SQL)
    return _to_date(dates.iat[0, 0]), _to_date(dates.iat[0, 1])


def window_features(db: "Database", start: date, end: date) -> "pd.DataFrame":
    """The four features of each customer who bought something between `start` and `end`."""
    from .queries import return_features_in_window

    frame = db.query(return_features_in_window(), {"window_start": start, "window_end": end})
    return _typed(frame)


def current_features(db: "Database") -> "pd.DataFrame":
    """The four features of every customer on all of dbo: the query 05-modeling trains on."""
    from .queries import read

    return _typed(db.query(read("return_features")))


def _typed(frame: "pd.DataFrame") -> "pd.DataFrame":
    frame = frame.copy()
    frame["customer"] = frame["customer"].astype("int64")
    for feature in FEATURES:
        frame[feature] = frame[feature].astype(float)
    return frame.reset_index(drop=True)


# -- steps 4-6: challenger, evaluation, decision ----------------------------------------------

def split_holdout(current: "pd.DataFrame", new_customers, fraction: float = HOLDOUT_FRACTION,
                  random_state: int = RANDOM_STATE) -> tuple["pd.DataFrame", "pd.DataFrame"]:
    """(training rows, holdout rows): the holdout is `fraction` of the customers active in the
    new window, drawn with a fixed seed; the challenger never sees them."""
    import numpy as np

    active = np.sort(np.asarray(sorted(set(new_customers) & set(current["customer"])), dtype="int64"))
    if active.size < 10:
        raise RetrainError(f"Only {active.size} customers bought something in the new window; "
                           "at least 10 are needed to judge a challenger.")
    rng = np.random.RandomState(random_state)
    chosen = set(rng.choice(active, size=max(2, int(round(active.size * fraction))), replace=False).tolist())
    in_holdout = current["customer"].isin(chosen)
    return current[~in_holdout].reset_index(drop=True), current[in_holdout].reset_index(drop=True)


def train_challenger(champion: Any, training: "pd.DataFrame") -> Any:
    """The champion's recipe, unfitted (sklearn.clone), fitted on `training`."""
    from sklearn.base import clone

    challenger = clone(champion)
    challenger.fit(_matrix(challenger, training))
    return challenger


def _matrix(model: Any, frame: "pd.DataFrame"):
    """The features as the model was fitted: a DataFrame if it knows their names, else an array."""
    columns = list(FEATURES)
    if hasattr(model, "feature_names_in_"):
        return frame[list(model.feature_names_in_)]
    return frame[columns] if _fits_on_frames(model) else frame[columns].to_numpy()


def _fits_on_frames(model: Any) -> bool:
    # An unfitted clone has no feature_names_in_; fit it on a DataFrame so it learns the names.
    return not hasattr(model, "n_features_in_")


@dataclass(frozen=True)
class Evaluation:
    silhouette: float
    davies_bouldin: float
    cluster_sizes: dict[int, int]


@dataclass(frozen=True)
class Comparison:
    champion: Evaluation
    challenger: Evaluation
    agreement_ari: float           # adjusted Rand index between the two labellings of the holdout
    silhouette_noise: float        # std of the champion's silhouette over resamples of the holdout
    margin: float                  # the margin the challenger must beat
    holdout_size: int

    @property
    def improvement(self) -> float:
        return self.challenger.silhouette - self.champion.silhouette

    @property
    def challenger_wins(self) -> bool:
        return self.improvement > self.margin


def evaluate(champion: Any, challenger: Any, holdout: "pd.DataFrame", *, min_margin: float = DEFAULT_MARGIN,
             sample_size: int = SILHOUETTE_SAMPLE, random_state: int = RANDOM_STATE) -> Comparison:
    """Score both models on the same holdout, in the same space (the champion's)."""
    import numpy as np
    from sklearn.metrics import adjusted_rand_score

    space = _feature_space(champion, holdout)
    labels = {"champion": champion.predict(_matrix(champion, holdout)),
              "challenger": challenger.predict(_matrix(challenger, holdout))}
    n = len(holdout)
    size = min(n, sample_size)
    rng = np.random.RandomState(random_state)
    sample = rng.choice(n, size=size, replace=False) if size < n else np.arange(n)
    scores = {who: _evaluation(space, lab, sample) for who, lab in labels.items()}
    # How much the champion's silhouette moves from one sample of the holdout to another.
    resamples = [rng.choice(n, size=size, replace=True) for _ in range(5)]
    noise = float(np.std([_silhouette(space, labels["champion"], idx) for idx in resamples]))
    margin = max(min_margin, 2 * noise)
    return Comparison(scores["champion"], scores["challenger"],
                      float(adjusted_rand_score(labels["champion"], labels["challenger"])), noise, margin, n)


def _feature_space(champion: Any, frame: "pd.DataFrame"):
    """The holdout as the champion measures distance: through its preprocessing steps, if any."""
    import numpy as np

    steps = getattr(champion, "steps", None)
    if steps and len(steps) > 1:
        return np.asarray(champion[:-1].transform(_matrix(champion, frame)), dtype=float)
    return frame[list(FEATURES)].to_numpy(dtype=float)


def _silhouette(space, labels, index) -> float:
    import numpy as np
    from sklearn.metrics import silhouette_score

    chosen = labels[index]
    if np.unique(chosen).size < 2:
        return -1.0                     # one cluster explains nothing: the worst score
    return float(silhouette_score(space[index], chosen))


def _evaluation(space, labels, index) -> Evaluation:
    import numpy as np
    from sklearn.metrics import davies_bouldin_score

    chosen = labels[index]
    bouldin = float(davies_bouldin_score(space[index], chosen)) if np.unique(chosen).size > 1 else float("inf")
    values, counts = np.unique(labels, return_counts=True)
    return Evaluation(_silhouette(space, labels, index), bouldin,
                      {int(v): int(c) for v, c in zip(values, counts)})


# -- the whole run ---------------------------------------------------------------------------

@dataclass
class Decision:
    name: str
    promoted: bool
    reason: str
    champion_version: int                  # the champion before this run
    challenger_version: int | None = None  # saved challenger, if one was trained
    new_window: tuple[date, date] | None = None
    comparison: Comparison | None = None
    drift: "pd.DataFrame | None" = None
    ingest: IngestResult | None = None
    sizes: dict[str, int] = field(default_factory=dict)

    @property
    def champion_after(self) -> int:
        return self.challenger_version if self.promoted else self.champion_version

    def summary(self) -> str:
        lines = []
        if self.ingest is not None:
            lines.append(self.ingest.describe())
        if self.new_window:
            lines.append(f"New window: {self.new_window[0]} to {self.new_window[1]}.")
        if self.drift is not None and not self.drift.empty:
            lines.append("Drift (PSI / KS): " + "; ".join(
                f"{r.feature} {r.psi:.3f} {r.psi_level} / {r.ks_statistic:.3f}" for r in self.drift.itertuples()))
        if self.comparison is not None:
            c = self.comparison
            lines.append(
                f"Holdout: {c.holdout_size:,} customers of the new window. Silhouette: champion v{self.champion_version} "
                f"{c.champion.silhouette:.4f}, challenger v{self.challenger_version} {c.challenger.silhouette:.4f} "
                f"(difference {c.improvement:+.4f}, margin {c.margin:.4f}). Davies-Bouldin: "
                f"{c.champion.davies_bouldin:.4f} vs {c.challenger.davies_bouldin:.4f}. "
                f"Agreement (ARI): {c.agreement_ari:.3f}.")
        verdict = (f"PROMOTED: version {self.challenger_version} is now the champion of {self.name!r}."
                   if self.promoted else f"NOT PROMOTED: version {self.champion_version} stays the champion of "
                   f"{self.name!r}.")
        lines.append(f"{verdict} {self.reason}")
        return "\n".join(lines)


@dataclass
class Round:
    """One retraining round's material: the windows' features, the drift, the split, the champion."""

    name: str
    plan: Plan
    champion: Any
    old: "pd.DataFrame"          # features over the champion's training window
    new: "pd.DataFrame"          # features over the new window
    current: "pd.DataFrame"      # features over all of dbo, as 05-modeling computes them
    drift: "pd.DataFrame"
    training: "pd.DataFrame"
    holdout: "pd.DataFrame"


def no_new_data(the_plan: Plan) -> Decision:
    return Decision(the_plan.name, False,
                    f"No new data: the last sale in dbo is not after {the_plan.latest_trained_end}, the end of the "
                    f"window version {the_plan.latest_trained_version} was trained on. Nothing was trained or "
                    "promoted.", the_plan.champion_version)


def prepare(db: "Database", the_plan: Plan, *, holdout_fraction: float = HOLDOUT_FRACTION,
            random_state: int = RANDOM_STATE) -> Round:
    """Steps 3-4 up to the split: features of both windows and of all data, drift, holdout.

    It needs sales after the champion's window only: run again on the same data (a notebook
    executed twice), it repeats the same contest, and `record` finds the same challenger.
    """
    from .drift import drift_report

    if the_plan.new_window is None:
        raise RetrainError(f"No sale in dbo is dated after {the_plan.champion_window[1]}, the end of the champion's "
                           "window: there is nothing new to train on. Move the staged rows in first "
                           "(sqlml.retraining.ingest_staged, or sqlml retrain).")
    start, end = the_plan.new_window
    old = window_features(db, *the_plan.champion_window)
    new = window_features(db, start, end)
    current = current_features(db)
    drift = drift_report(old, new, FEATURES)
    champion = ModelRegistry(db).load(the_plan.name, the_plan.champion_version)
    training, holdout = split_holdout(current, new["customer"], holdout_fraction, random_state)
    return Round(the_plan.name, the_plan, champion, old, new, current, drift, training, holdout)


def record(db: "Database", round_: Round, challenger: Any, comparison: Comparison,
           checkpoint: Callable[[str], None] | None = None) -> Decision:
    """Step 7: save the challenger as a new version and promote it if it won, in one transaction."""
    step = checkpoint or (lambda _: None)
    the_plan = round_.plan
    if comparison.challenger_wins:
        reason = (f"The challenger's silhouette on the holdout is {comparison.improvement:+.4f} above the "
                  f"champion's, more than the margin {comparison.margin:.4f}.")
    else:
        reason = (f"The challenger's silhouette on the holdout is {comparison.improvement:+.4f} against the "
                  f"champion's, not more than the margin {comparison.margin:.4f}; the champion stays.")
    metrics = {"holdout_silhouette": comparison.challenger.silhouette,
               "holdout_davies_bouldin": comparison.challenger.davies_bouldin,
               "champion_holdout_silhouette": comparison.champion.silhouette,
               "agreement_ari": comparison.agreement_ari, "margin": comparison.margin,
               "training_customers": len(round_.training), "holdout_customers": len(round_.holdout),
               "compared_with_version": the_plan.champion_version}
    from .models import serialize

    registry = ModelRegistry(db)
    step("save")
    with transaction(db):
        # The same recipe on the same data gives the same model, byte for byte: a contest run
        # again (a notebook executed twice) reuses that version instead of storing a copy.
        version = registry.find(round_.name, serialize(challenger)[1])
        if version is None:
            version = registry.save(round_.name, challenger, train_start=the_plan.champion_window[0],
                                    train_end=the_plan.new_window[1], metrics=metrics)
        step("promote")
        if comparison.challenger_wins and registry.champion_version(round_.name) != version:
            registry.promote(round_.name, version, reason=reason)
    return Decision(round_.name, comparison.challenger_wins, reason, the_plan.champion_version, version,
                    the_plan.new_window, comparison, round_.drift,
                    sizes={"training_window_customers": len(round_.old), "new_window_customers": len(round_.new),
                           "training_customers": len(round_.training), "holdout_customers": len(round_.holdout)})


def retrain(db: "Database", name: str = MODEL_NAME, *, min_margin: float = DEFAULT_MARGIN,
            holdout_fraction: float = HOLDOUT_FRACTION, random_state: int = RANDOM_STATE,
            checkpoint: Callable[[str], None] | None = None) -> Decision:
    """Steps 2-7. Writes to the registry only at the end, in one transaction.

    `checkpoint(step)` is called between steps (the tests use it to interrupt a run).
    """
    step = checkpoint or (lambda _: None)
    the_plan = plan(db, name)
    if not the_plan.has_new_data:
        return no_new_data(the_plan)
    step("features")
    round_ = prepare(db, the_plan, holdout_fraction=holdout_fraction, random_state=random_state)
    step("challenger")
    challenger = train_challenger(round_.champion, round_.training)
    step("evaluation")
    comparison = evaluate(round_.champion, challenger, round_.holdout, min_margin=min_margin,
                          random_state=random_state)
    return record(db, round_, challenger, comparison, checkpoint)


def retrain_command(database_url: str | None = None, name: str = MODEL_NAME) -> int:
    """`sqlml retrain`: move the staged data in, retrain, print the decision. All or nothing."""
    from .connection import connect

    with connect(database_url) as db:
        with transaction(db):
            ingest = ingest_staged(db)
            decision = retrain(db, name)
        decision.ingest = ingest
        print(decision.summary())
    return 0


def _to_date(value: Any) -> date | None:
    from .models import _as_date

    return _as_date(value)
