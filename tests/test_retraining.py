"""Retraining (sqlml.retraining): new data in, drift, challenger, promotion only when better.

The database is a small synthetic store with the TPC-DS columns retraining reads: customers of
three return behaviours buying from 1998 to 2002, the sales and returns after 2002-01-01 waiting
in the staging schema, as `sqlml data` leaves them.
"""
from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pandas as pd
import pytest
from sklearn.cluster import KMeans
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

import sqlml
from sqlml import retraining
from sqlml.models import ModelRegistry
from sqlml.retraining import (FEATURES, MODEL_NAME, evaluate, ingest_staged, plan, retrain, retrain_command,
                              split_holdout, window_features)

FIRST_DAY, CUTOFF, LAST_DAY = date(1998, 1, 1), date(2002, 1, 1), date(2002, 12, 31)
#: Share of items each behaviour returns.
RETURN_RATES = (0.02, 0.25, 0.6)


def synthetic_store(customers: int = 240, seed: int = 11):
    rng = np.random.RandomState(seed)
    days = (LAST_DAY - FIRST_DAY).days + 1
    date_dim = pd.DataFrame({"d_date_sk": np.arange(2450000, 2450000 + days, dtype="int64"),
                             "d_date": pd.date_range(FIRST_DAY, periods=days, freq="D").date})
    sales, returns = [], []
    ticket = 0
    for customer in range(1, customers + 1):
        rate = RETURN_RATES[customer % 3]
        for _ in range(rng.randint(6, 14)):
            ticket += 1
            day = rng.randint(0, days)
            for item in rng.choice(500, size=rng.randint(1, 5), replace=False):
                paid = round(float(rng.uniform(5, 120)), 2)
                sales.append((2450000 + day, int(item), customer, ticket, paid))
                if rng.rand() < rate:
                    back = min(day + int(rng.randint(1, 20)), days - 1)
                    returns.append((2450000 + back, int(item), customer, ticket, round(paid * rng.uniform(0.5, 1), 2)))
    sales = pd.DataFrame(sales, columns=["ss_sold_date_sk", "ss_item_sk", "ss_customer_sk", "ss_ticket_number",
                                         "ss_net_paid"])
    returns = pd.DataFrame(returns, columns=["sr_returned_date_sk", "sr_item_sk", "sr_customer_sk",
                                             "sr_ticket_number", "sr_return_amt"])
    return date_dim, sales, returns


@pytest.fixture(scope="module")
def store():
    return synthetic_store()


@pytest.fixture()
def url(tmp_path):
    return f"duckdb:///{tmp_path}/store.duckdb"


def load_store(db, store):
    date_dim, sales, returns = store
    cutoff_sk = int(date_dim.loc[date_dim["d_date"] == CUTOFF, "d_date_sk"].iat[0])
    db.load_frame(date_dim, "dbo.date_dim")
    db.load_frame(sales[sales["ss_sold_date_sk"] < cutoff_sk], "dbo.store_sales")
    db.load_frame(returns[returns["sr_returned_date_sk"] < cutoff_sk], "dbo.store_returns")
    db.load_frame(sales[sales["ss_sold_date_sk"] >= cutoff_sk], "staging.store_sales")
    db.load_frame(returns[returns["sr_returned_date_sk"] >= cutoff_sk], "staging.store_returns")


def recipe():
    return make_pipeline(StandardScaler(), KMeans(n_clusters=3, n_init=5, random_state=0))


def register_champion(db, *, stale: bool = False):
    """v1, trained on the window before the cutoff, as 06-deployment registers 05's model.

    `stale`: trained on a dozen customers only, as if the data had been tiny when it was made.
    """
    end = CUTOFF - timedelta(days=1)
    features = window_features(db, FIRST_DAY, end)
    if stale:
        features = features.nsmallest(12, "itemsRatio")
    model = recipe().fit(features[list(FEATURES)])
    return ModelRegistry(db).save(MODEL_NAME, model, train_start=FIRST_DAY, train_end=end)


@pytest.fixture()
def db(url, store):
    database = sqlml.connect(url)
    load_store(database, store)
    yield database
    database.close()


def models(db):
    return db.query("SELECT version, is_champion FROM dbo.models ORDER BY version")


def row_counts(db):
    return tuple(int(db.scalar(f"SELECT COUNT(*) AS n FROM {t}")) for t in
                 ("dbo.store_sales", "dbo.store_returns", "staging.store_sales", "staging.store_returns"))


# -- new data ------------------------------------------------------------------------------------

def test_ingest_moves_the_staged_rows_once(db, store):
    before = row_counts(db)
    result = ingest_staged(db)
    assert (result.sales_moved, result.returns_moved) == (before[2], before[3])
    assert row_counts(db) == (before[0] + before[2], before[1] + before[3], 0, 0)
    again = ingest_staged(db)
    assert (again.sales_moved, again.returns_moved) == (0, 0)
    assert "empty" in again.describe()
    assert row_counts(db)[:2] == (len(store[1]), len(store[2]))


def test_ingest_never_copies_a_row_already_in_dbo(db):
    ingest_staged(db)
    db.execute("INSERT INTO staging.store_sales SELECT TOP (5) * FROM dbo.store_sales")
    assert ingest_staged(db).sales_moved == 0
    assert row_counts(db)[2] == 0


def test_an_ingest_interrupted_half_way_moves_nothing(db, monkeypatch):
    before = row_counts(db)
    original = db.execute

    def fail_on_the_returns(script, params=None):
        if "INSERT INTO dbo.store_returns" in script:
            raise KeyboardInterrupt()
        return original(script, params)

    monkeypatch.setattr(db, "execute", fail_on_the_returns)
    with pytest.raises(KeyboardInterrupt):
        ingest_staged(db)
    monkeypatch.undo()
    assert row_counts(db) == before


# -- windows and the holdout ---------------------------------------------------------------------

def test_no_new_data_means_nothing_is_trained(db):
    register_champion(db)
    assert not plan(db).has_new_data
    decision = retrain(db)
    assert not decision.promoted and decision.challenger_version is None
    assert "No new data" in decision.reason
    assert models(db)["version"].tolist() == [1]


def test_after_the_ingest_the_new_window_follows_the_champions(db):
    register_champion(db)
    ingest_staged(db)
    the_plan = plan(db)
    assert the_plan.champion_window == (FIRST_DAY, CUTOFF - timedelta(days=1))
    assert the_plan.new_window[0] == CUTOFF
    assert CUTOFF < the_plan.new_window[1] <= LAST_DAY


def test_window_features_count_only_the_windows_sales(db):
    ingest_staged(db)
    old = window_features(db, FIRST_DAY, CUTOFF - timedelta(days=1))
    new = window_features(db, CUTOFF, LAST_DAY)
    every = window_features(db, FIRST_DAY, LAST_DAY)
    assert every["frequency"].sum() == old["frequency"].sum() + new["frequency"].sum()
    assert list(old.columns) == ["customer", *FEATURES]
    assert ((every[list(FEATURES[:3])] >= 0) & (every[list(FEATURES[:3])] <= 1)).all().all()


def test_the_holdout_is_drawn_from_the_new_window_and_never_trained_on():
    current = pd.DataFrame({"customer": np.arange(100), **{f: np.linspace(0, 1, 100) for f in FEATURES}})
    new_customers = range(50, 100)
    training, holdout = split_holdout(current, new_customers, fraction=0.3, random_state=0)
    assert len(holdout) == 15 and set(holdout["customer"]) <= set(new_customers)
    assert not set(training["customer"]) & set(holdout["customer"])
    assert len(training) + len(holdout) == 100
    again = split_holdout(current, new_customers, fraction=0.3, random_state=0)[1]
    assert again["customer"].tolist() == holdout["customer"].tolist()


# -- the decision, on features ----------------------------------------------------------------

def blobs(rng, n=300):
    centers = np.array([[0.05, 0.05, 0.05, 1], [0.3, 0.3, 0.3, 4], [0.7, 0.7, 0.7, 9]])
    points = np.vstack([c + rng.normal(scale=[0.03, 0.03, 0.03, 0.5], size=(n, 4)) for c in centers])
    return pd.DataFrame(points, columns=list(FEATURES))


def test_a_challenger_that_separates_better_wins():
    rng = np.random.RandomState(0)
    data = blobs(rng)
    champion = make_pipeline(StandardScaler(), KMeans(n_clusters=3, n_init=1, random_state=0)).fit(data.iloc[:20])
    challenger = make_pipeline(StandardScaler(), KMeans(n_clusters=3, n_init=5, random_state=0)).fit(data)
    comparison = evaluate(champion, challenger, blobs(rng, 100))
    assert comparison.challenger_wins
    assert comparison.challenger.silhouette > comparison.champion.silhouette + comparison.margin
    assert comparison.challenger.davies_bouldin < comparison.champion.davies_bouldin


def test_an_equal_challenger_does_not_win():
    rng = np.random.RandomState(1)
    data = blobs(rng)
    champion = make_pipeline(StandardScaler(), KMeans(n_clusters=3, n_init=5, random_state=0)).fit(data)
    challenger = make_pipeline(StandardScaler(), KMeans(n_clusters=3, n_init=5, random_state=1)).fit(blobs(rng))
    comparison = evaluate(champion, challenger, blobs(rng, 100))
    assert not comparison.challenger_wins
    assert comparison.agreement_ari > 0.95
    assert comparison.margin >= 0.01


# -- the whole run, both outcomes -------------------------------------------------------------

def test_a_challenger_no_better_is_kept_but_not_promoted(db):
    register_champion(db)
    ingest_staged(db)
    decision = retrain(db)
    assert not decision.promoted
    assert decision.challenger_version == 2 and decision.champion_after == 1
    assert models(db).values.tolist() == [[1, True], [2, False]]
    record = ModelRegistry(db).record(MODEL_NAME, 2)
    assert record.train_end == decision.new_window[1]
    # What the registry keeps of the contest: every figure the decision was made on, under its name.
    comparison, sizes = decision.comparison, decision.sizes
    assert record.metrics == {
        "holdout_silhouette": comparison.challenger.silhouette,
        "holdout_davies_bouldin": comparison.challenger.davies_bouldin,
        "champion_holdout_silhouette": comparison.champion.silhouette,
        "agreement_ari": comparison.agreement_ari, "margin": comparison.margin,
        "training_customers": sizes["training_customers"], "holdout_customers": sizes["holdout_customers"],
        "compared_with_version": 1}
    assert sizes["holdout_customers"] == comparison.holdout_size > 0
    assert sizes["training_customers"] + sizes["holdout_customers"] == len(retraining.current_features(db))
    assert sizes["training_window_customers"] == len(window_features(db, FIRST_DAY, CUTOFF - timedelta(days=1)))
    assert sizes["new_window_customers"] == len(window_features(db, *decision.new_window))
    assert decision.reason == (f"The challenger's silhouette on the holdout is {comparison.improvement:+.4f} "
                               f"against the champion's, not more than the margin {comparison.margin:.4f}; "
                               "the champion stays.")
    assert set(decision.drift["feature"]) == set(FEATURES)
    assert "NOT PROMOTED" in decision.summary() and "margin" in decision.summary()
    # Nothing new since version 2: the next run trains nothing.
    again = retrain(db)
    assert not again.promoted and "No new data" in again.reason and "version 2" in again.reason
    assert len(models(db)) == 2


def test_a_better_challenger_is_promoted(db):
    register_champion(db, stale=True)
    ingest_staged(db)
    decision = retrain(db)
    assert decision.promoted, decision.summary()
    assert models(db).values.tolist() == [[1, False], [2, True]]
    log = ModelRegistry(db).promotions(MODEL_NAME)
    comparison = decision.comparison
    # The promotion's log keeps the reason the decision gives.
    assert decision.reason == (f"The challenger's silhouette on the holdout is {comparison.improvement:+.4f} "
                               f"above the champion's, more than the margin {comparison.margin:.4f}.")
    assert log["version"].tolist() == [1, 2] and log["reason"].iat[1] == decision.reason
    assert "PROMOTED: version 2" in decision.summary()


@pytest.mark.parametrize("step", ["features", "challenger", "evaluation", "save", "promote"])
def test_a_retrain_interrupted_before_its_end_changes_nothing(db, step):
    register_champion(db, stale=True)
    ingest_staged(db)

    def stop(at):
        if at == step:
            raise KeyboardInterrupt()

    with pytest.raises(KeyboardInterrupt):
        retrain(db, checkpoint=stop)
    assert models(db).values.tolist() == [[1, True]]
    assert ModelRegistry(db).promotions(MODEL_NAME)["version"].tolist() == [1]


def test_the_random_state_and_fraction_given_to_retrain_draw_its_holdout(db, monkeypatch):
    """retrain(holdout_fraction=0.4, random_state=7) holds out what split_holdout draws with them: a run is
    repeatable by its seed, and the share held out is the one asked for."""
    register_champion(db, stale=True)
    ingest_staged(db)
    seeds = []
    draw = retraining.split_holdout
    monkeypatch.setattr(retraining, "split_holdout", lambda *args: seeds.append(args[2:]) or draw(*args))

    def stop(at):
        if at == "challenger":
            raise KeyboardInterrupt()

    with pytest.raises(KeyboardInterrupt):
        retrain(db, holdout_fraction=0.4, random_state=7, checkpoint=stop)
    assert seeds == [(0.4, 7)]


def test_a_version_saved_without_a_first_day_still_counts_as_the_latest_trained(db):
    """A challenger saved with train_end only (no train_start) still marks what has been trained on."""
    register_champion(db)
    features = window_features(db, FIRST_DAY, date(2002, 6, 30))
    ModelRegistry(db).save(MODEL_NAME, recipe().fit(features[list(FEATURES)]), train_end=date(2002, 6, 30))
    the_plan = plan(db)
    assert (the_plan.champion_version, the_plan.latest_trained_version, the_plan.latest_trained_end) == \
        (1, 2, date(2002, 6, 30))


# -- the command -------------------------------------------------------------------------------

def test_the_command_ingests_retrains_and_a_second_run_says_why_it_does_nothing(url, store, capsys):
    with sqlml.connect(url) as db:
        load_store(db, store)
        register_champion(db)
    assert retrain_command(url) == 0
    first = capsys.readouterr().out
    assert "Moved" in first and "Silhouette" in first and "PROMOTED" in first
    assert retrain_command(url) == 0
    second = capsys.readouterr().out
    assert "No new data" in second and "NOT PROMOTED" in second
    with sqlml.connect(url) as db:
        frame = models(db)
        assert len(frame) == 2 and frame["is_champion"].sum() == 1


def test_the_command_interrupted_moves_no_data_and_saves_no_model(url, store, monkeypatch):
    with sqlml.connect(url) as db:
        load_store(db, store)
        register_champion(db)
        before = row_counts(db)

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt()

    monkeypatch.setattr(retraining, "train_challenger", interrupted)
    from sqlml.cli import main
    assert main(["retrain", "--database", url]) == 130
    with sqlml.connect(url) as db:
        assert row_counts(db) == before
        assert models(db)["version"].tolist() == [1]


def test_the_command_without_a_model_says_what_to_run_first(url, store, capsys):
    with sqlml.connect(url) as db:
        load_store(db, store)
    from sqlml.cli import main
    assert main(["retrain", "--database", url]) == 1
    error = capsys.readouterr().err
    assert "run 05-modeling" in error and len(error.strip().splitlines()) == 1


def test_the_command_retrains_the_model_it_is_named_and_nothing_else(url, store):
    with sqlml.connect(url) as db:
        load_store(db, store)
        register_champion(db)
        before = row_counts(db)
    with pytest.raises(retraining.RetrainError, match="^Nothing to retrain: No model named 'churn' is registered"):
        retrain_command(url, "churn")
    with sqlml.connect(url) as db:       # the ingest was part of the refused run: nothing moved
        assert row_counts(db) == before
        assert models(db)["version"].tolist() == [1]


def test_the_same_contest_run_twice_stores_one_challenger(db):
    # What 08-retraining does when a learner runs it again: the steps, on the same data.
    register_champion(db)
    ingest_staged(db)
    decisions = []
    for _ in range(2):
        the_plan = plan(db)
        round_ = retraining.prepare(db, the_plan)
        challenger = retraining.train_challenger(round_.champion, round_.training)
        comparison = evaluate(round_.champion, challenger, round_.holdout)
        decisions.append(retraining.record(db, round_, challenger, comparison))
    assert [d.challenger_version for d in decisions] == [2, 2]
    assert [d.promoted for d in decisions] == [False, False]
    assert models(db).values.tolist() == [[1, True], [2, False]]
    assert not plan(db).has_new_data


def test_prepare_without_any_new_sale_says_what_to_do(db):
    register_champion(db)
    with pytest.raises(retraining.RetrainError, match="Move the staged rows in first"):
        retraining.prepare(db, plan(db))


def test_after_a_promotion_the_contest_is_not_replayed(db):
    register_champion(db, stale=True)
    ingest_staged(db)
    assert retrain(db).promoted
    assert plan(db).new_window is None            # the new champion has seen every sale
    with pytest.raises(retraining.RetrainError, match="nothing new to train on"):
        retraining.prepare(db, plan(db))


def test_the_windowed_features_are_the_shipped_query_over_a_window(db):
    # One definition of the features: over every day with a sale, the windowed query gives what
    # the shipped query gives for the customers whose sales all have a date.
    from sqlml.queries import read

    ingest_staged(db)
    every = window_features(db, FIRST_DAY, LAST_DAY).set_index("customer").sort_index()
    shipped = db.query(read("return_features")).set_index("customer").sort_index()
    undated = set(db.query("SELECT DISTINCT ss_customer_sk AS customer FROM dbo.store_sales "
                           "WHERE ss_sold_date_sk IS NULL AND ss_customer_sk IS NOT NULL")["customer"])
    keep = [c for c in shipped.index if c not in undated]
    assert len(keep) > 0
    pd.testing.assert_frame_equal(every.loc[keep, list(FEATURES)].astype(float),
                                  shipped.loc[keep, list(FEATURES)].astype(float), check_dtype=False)


# -- what the mutation run (mutation/run.py retraining) showed no test held ---------------------

def _comparison(champion: float, challenger: float, margin: float):
    from sqlml.retraining import Comparison, Evaluation

    return Comparison(Evaluation(champion, 1.0, {0: 5, 1: 5}), Evaluation(challenger, 1.0, {0: 5, 1: 5}),
                      agreement_ari=0.5, silhouette_noise=margin / 2, margin=margin, holdout_size=10)


@pytest.mark.parametrize("champion, challenger, margin, wins", [
    # Values exact in binary, so the improvement is exactly the margin where it should be.
    (0.5, 0.625, 0.125, False),            # exactly at the margin: not better by the margin
    (0.5, 0.625 + 2 ** -20, 0.125, True),  # just above it
    (0.5, 0.5, 0.0, False),                # equal, with no margin at all
    (0.5, 0.25, 0.125, False),             # worse
])
def test_a_challenger_must_beat_the_champion_by_more_than_the_margin(champion, challenger, margin, wins):
    comparison = _comparison(champion, challenger, margin)
    assert comparison.improvement == challenger - champion
    assert comparison.challenger_wins is wins


def _separated_blobs(rng, n):
    # Well apart in the ratios; the frequency, in its own unit, is mostly noise.
    centers = np.array([[0.05, 0.1, 0.05, 4], [0.5, 0.4, 0.5, 6], [0.9, 0.8, 0.9, 8]])
    points = np.vstack([c + rng.normal(scale=[0.04, 0.04, 0.04, 3], size=(n, 4)) for c in centers])
    return pd.DataFrame(points, columns=list(FEATURES))


def test_both_models_are_scored_on_the_same_rows_in_the_champions_space():
    # A holdout of 600 rows scored on a sample of 150: the path larger scale factors take.
    from sklearn.metrics import adjusted_rand_score, davies_bouldin_score, silhouette_score
    from sklearn.preprocessing import MinMaxScaler

    rng = np.random.RandomState(5)
    training, holdout = _separated_blobs(rng, 300), _separated_blobs(rng, 200)
    champion = make_pipeline(StandardScaler(), KMeans(n_clusters=3, n_init=5, random_state=0)).fit(training)
    # The same partition, learnt through another scaler: in the champion's space it scores the same.
    challenger = make_pipeline(MinMaxScaler(), KMeans(n_clusters=3, n_init=5, random_state=3)).fit(training)
    labels = champion.predict(holdout)
    assert adjusted_rand_score(labels, challenger.predict(holdout)) == 1.0
    sampled = evaluate(champion, challenger, holdout, sample_size=150)
    assert sampled.holdout_size == 600
    assert sampled.challenger.silhouette == sampled.champion.silhouette
    assert sampled.challenger.davies_bouldin == pytest.approx(sampled.champion.davies_bouldin)
    assert not sampled.challenger_wins and sampled.agreement_ari == 1.0
    # Cluster sizes count the whole holdout, not the sample.
    assert sorted(sampled.champion.cluster_sizes.values()) == [200, 200, 200]
    space = champion[:-1].transform(holdout)
    full = silhouette_score(space, labels)
    assert sampled.champion.silhouette == pytest.approx(full, abs=0.03)
    assert sampled.champion.silhouette != pytest.approx(silhouette_score(holdout, labels), abs=0.03)
    whole = evaluate(champion, challenger, holdout, sample_size=600)
    assert whole.champion.silhouette == pytest.approx(full)
    assert whole.champion.davies_bouldin == pytest.approx(davies_bouldin_score(space, labels))


def test_the_sample_is_drawn_without_repeats_and_the_noise_sets_the_margin():
    rng = np.random.RandomState(6)
    training, holdout = _separated_blobs(rng, 300), _separated_blobs(rng, 100)
    champion = make_pipeline(StandardScaler(), KMeans(n_clusters=3, n_init=5, random_state=0)).fit(training)
    seen = []
    original = retraining._evaluation

    def spy(space, labels, index):
        seen.append(np.asarray(index))
        return original(space, labels, index)

    import unittest.mock
    with unittest.mock.patch.object(retraining, "_evaluation", spy):
        comparison = evaluate(champion, champion, holdout, sample_size=120, min_margin=0.0)
    assert len(seen) == 2 and np.array_equal(seen[0], seen[1])        # the same rows for both models
    assert len(seen[0]) == 120 and len(set(seen[0].tolist())) == 120  # a sample, each row once
    assert comparison.silhouette_noise > 0 and comparison.margin == 2 * comparison.silhouette_noise
    floor = evaluate(champion, champion, holdout, sample_size=120, min_margin=0.5)
    assert floor.margin == 0.5


def test_a_labelling_with_one_cluster_scores_worst():
    from sqlml.retraining import _evaluation

    space = np.arange(20, dtype=float).reshape(10, 2)
    result = _evaluation(space, np.zeros(10, dtype=int), np.arange(10))
    assert result.silhouette == -1.0 and result.davies_bouldin == float("inf")
    assert result.cluster_sizes == {0: 10}


def test_a_labelling_with_two_clusters_gets_its_silhouette():
    """Two clusters are the fewest a silhouette is defined for: scored, not taken for the one-cluster case."""
    from sklearn.metrics import silhouette_score

    from sqlml.retraining import _evaluation

    space = np.vstack([np.zeros((5, 2)), np.full((5, 2), 10.0)]) + np.arange(10).reshape(10, 1) * 0.01
    labels = np.repeat([0, 1], 5)
    result = _evaluation(space, labels, np.arange(10))
    assert result.silhouette == pytest.approx(silhouette_score(space, labels)) and result.silhouette > 0.9
    assert result.cluster_sizes == {0: 5, 1: 5}


def test_a_database_without_staging_tables_moves_nothing_and_says_so(tmp_path):
    with sqlml.connect(f"duckdb:///{tmp_path / 'plain.duckdb'}") as db:
        assert ingest_staged(db) == retraining.IngestResult(0, 0, staged=False)


def test_a_model_without_a_scaler_is_scored_on_the_raw_features():
    from sklearn.metrics import silhouette_score

    rng = np.random.RandomState(7)
    training, holdout = _separated_blobs(rng, 100), _separated_blobs(rng, 50)
    champion = KMeans(n_clusters=3, n_init=5, random_state=0).fit(training.to_numpy())
    comparison = evaluate(champion, champion, holdout)
    labels = champion.predict(holdout.to_numpy())
    assert comparison.champion.silhouette == pytest.approx(silhouette_score(holdout.to_numpy(), labels))


@pytest.mark.parametrize("result, line", [
    (retraining.IngestResult(0, 0, staged=False),
     "No staging tables (staging.store_sales, staging.store_returns): no new data to move."),
    (retraining.IngestResult(0, 0, staged=True), "The staging tables are empty: no new data to move."),
    (retraining.IngestResult(1234, 5, staged=True),
     "Moved 1,234 sales rows and 5 returns rows from staging into dbo."),
    (retraining.IngestResult(0, 5, staged=True), "Moved 0 sales rows and 5 returns rows from staging into dbo."),
])
def test_the_ingest_says_in_one_line_what_it_moved(result, line):
    assert result.describe() == line


def test_no_new_data_says_which_version_and_window_and_that_nothing_changed():
    the_plan = retraining.Plan(MODEL_NAME, 3, (FIRST_DAY, CUTOFF), None, latest_trained_version=4,
                               latest_trained_end=LAST_DAY, last_sale=LAST_DAY)
    decision = retraining.no_new_data(the_plan)
    assert (decision.promoted, decision.champion_version, decision.challenger_version) == (False, 3, None)
    assert decision.reason == ("No new data: the last sale in dbo is not after 2002-12-31, the end of the window "
                               "version 4 was trained on. Nothing was trained or promoted.")
    assert decision.champion_after == 3
    assert decision.summary() == "NOT PROMOTED: version 3 stays the champion of 'customer_returns'. " + decision.reason


def test_too_few_new_customers_to_judge_a_challenger_is_one_clear_line():
    current = pd.DataFrame({"customer": np.arange(20), **{f: np.linspace(0, 1, 20) for f in FEATURES}})
    with pytest.raises(retraining.RetrainError) as refused:
        split_holdout(current, range(9))
    assert str(refused.value) == ("Only 9 customers bought something in the new window; at least 10 are needed "
                                  "to judge a challenger.")
    training, holdout = split_holdout(current, range(10), fraction=0.3)
    # Both parts are plain frames numbered from 0, with the same columns as the features.
    assert list(holdout.columns) == list(current.columns) and list(training.columns) == list(current.columns)
    assert holdout.index.tolist() == list(range(len(holdout))) and len(holdout) == 3


def test_the_summary_says_what_moved_what_drifted_how_both_scored_and_the_verdict():
    drift = pd.DataFrame({"feature": ["orderRatio", "frequency"], "psi": [0.31234, 0.04],
                          "psi_level": ["major", "stable"], "ks_statistic": [0.2, 0.01]})
    comparison = retraining.Comparison(retraining.Evaluation(0.41, 0.9, {0: 5, 1: 5}),
                                       retraining.Evaluation(0.43, 0.8, {0: 6, 1: 4}), agreement_ari=0.875,
                                       silhouette_noise=0.004, margin=0.01, holdout_size=1234)
    decision = retraining.Decision(MODEL_NAME, True, "It won.", 3, 4, (date(2002, 1, 1), date(2002, 12, 31)),
                                   comparison, drift, retraining.IngestResult(10, 2, staged=True))
    assert decision.summary().splitlines() == [
        "Moved 10 sales rows and 2 returns rows from staging into dbo.",
        "New window: 2002-01-01 to 2002-12-31.",
        "Drift (PSI / KS): orderRatio 0.312 major / 0.200; frequency 0.040 stable / 0.010",
        "Holdout: 1,234 customers of the new window. Silhouette: champion v3 0.4100, challenger v4 0.4300 "
        "(difference +0.0200, margin 0.0100). Davies-Bouldin: 0.9000 vs 0.8000. Agreement (ARI): 0.875.",
        "PROMOTED: version 4 is now the champion of 'customer_returns'. It won."]
    assert decision.champion_after == 4
    kept = retraining.Decision(MODEL_NAME, False, "It lost.", 3, 4, drift=drift.iloc[:0])
    assert kept.summary() == "NOT PROMOTED: version 3 stays the champion of 'customer_returns'. It lost."
    assert kept.champion_after == 3


@pytest.mark.parametrize("last_sale, new", [(None, False), (LAST_DAY - timedelta(days=1), False), (LAST_DAY, False),
                                            (LAST_DAY + timedelta(days=1), True)])
def test_there_is_new_data_only_after_the_last_day_a_version_was_trained_on(last_sale, new):
    the_plan = retraining.Plan(MODEL_NAME, 1, (FIRST_DAY, CUTOFF), None, latest_trained_version=2,
                               latest_trained_end=LAST_DAY, last_sale=last_sale)
    assert the_plan.has_new_data is new


@pytest.mark.parametrize("active, fraction, held_out", [(10, 0.3, 3), (10, 0.1, 2), (10, 0.0, 2), (40, 0.3, 12),
                                                        (41, 0.25, 10)])
def test_the_holdout_is_the_fraction_of_the_new_customers_and_never_fewer_than_two(active, fraction, held_out):
    current = pd.DataFrame({"customer": np.arange(100), **{f: np.linspace(0, 1, 100) for f in FEATURES}})
    training, holdout = split_holdout(current, range(active), fraction=fraction)
    assert len(holdout) == held_out and len(training) == 100 - held_out
