"""Drift measures (sqlml.drift): PSI and KS read what happened to a feature's distribution."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from sqlml.drift import drift_report, ks, plot_drift, psi, psi_level


@pytest.fixture(scope="module")
def rng():
    return np.random.RandomState(3)


def test_the_same_distribution_is_stable(rng):
    value = psi(rng.normal(size=20000), rng.normal(size=20000))
    assert 0 <= value < 0.01
    assert psi_level(value) == "stable"


def test_a_shifted_distribution_is_a_major_shift(rng):
    value = psi(rng.normal(size=20000), rng.normal(loc=1.0, size=20000))
    assert value > 0.25 and psi_level(value) == "major"


def test_psi_grows_with_the_shift(rng):
    reference = rng.normal(size=20000)
    values = [psi(reference, rng.normal(loc=shift, size=20000)) for shift in (0.0, 0.2, 0.5, 1.0)]
    assert values == sorted(values)
    assert psi_level(values[1]) in ("stable", "moderate")


def test_psi_matches_the_formula_on_a_hand_made_case():
    # Reference: half zeros, half ones; current: a quarter zeros. Two bins, edge at 0.
    reference = [0] * 50 + [1] * 50
    current = [0] * 25 + [1] * 75
    expected = (0.25 - 0.5) * np.log(0.25 / 0.5) + (0.75 - 0.5) * np.log(0.75 / 0.5)
    assert psi(reference, current) == pytest.approx(expected)


def test_a_spike_at_zero_gets_its_own_bin():
    # Most customers never return anything: the ratios pile up at 0. Moving people off zero is drift.
    reference = np.r_[np.zeros(900), np.linspace(0.1, 1, 100)]
    current = np.r_[np.zeros(500), np.linspace(0.1, 1, 500)]
    assert psi(reference, current) > 0.25


def test_ks_detects_a_shift_and_not_noise(rng):
    statistic, pvalue = ks(rng.normal(size=3000), rng.normal(size=3000))
    assert pvalue > 0.001 and statistic < 0.05
    statistic, pvalue = ks(rng.normal(size=3000), rng.normal(loc=0.5, size=3000))
    assert pvalue < 1e-10 and statistic > 0.15


def test_missing_values_are_ignored_and_empty_windows_refused(rng):
    reference = np.r_[rng.normal(size=1000), [np.nan] * 10]
    assert np.isfinite(psi(reference, rng.normal(size=1000)))
    with pytest.raises(ValueError, match="empty"):
        psi(reference, [np.nan])


def test_the_report_has_a_row_per_feature_and_the_plot_a_panel(rng):
    reference = pd.DataFrame({"a": rng.normal(size=2000), "b": rng.exponential(size=2000)})
    current = pd.DataFrame({"a": rng.normal(size=2000), "b": rng.exponential(scale=2, size=2000)})
    report = drift_report(reference, current, ["a", "b"])
    assert report["feature"].tolist() == ["a", "b"]
    assert report.set_index("feature").loc["b", "psi"] > report.set_index("feature").loc["a", "psi"]
    assert report.set_index("feature").loc["b", "current_mean"] == pytest.approx(current["b"].mean())
    import matplotlib
    matplotlib.use("Agg")
    figure = plot_drift(reference, current, ["a", "b"], report)
    titled = [axis.get_title() for axis in figure.axes if axis.get_visible()]
    assert len(titled) == 2 and titled[1].startswith("b: PSI")
