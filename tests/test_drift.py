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


# -- what the mutation run (mutation/run.py drift) showed no test held ---------------------------

def _expected_psi_of_first_half(bins: int) -> float:
    """PSI of 0..499 against 0..999 in `bins` quantile bins, counted by hand: the reference's
    quantile q is 999 q (numpy's linear rule), a value on an edge belongs to the bin on its left
    (no edge falls on an integer for the bin counts used here), and an empty bin counts as the
    documented small share."""
    from sqlml.drift import _EMPTY_SHARE

    def share(values: range, k: int) -> float:
        low, high = 999 * k / bins, 999 * (k + 1) / bins
        inside = sum(1 for value in values if low < value <= high or (k == 0 and value <= low))
        return inside / len(values) or _EMPTY_SHARE

    total = 0.0
    for k in range(bins):
        reference, current = share(range(1000), k), share(range(500), k)
        total += (current - reference) * np.log(current / reference)
    return total


@pytest.mark.parametrize("bins", [4, 5, 8, 10, 11, 20])
def test_psi_uses_as_many_quantile_bins_as_asked(bins):
    reference, current = np.arange(1000.0), np.arange(500.0)
    assert psi(reference, current, bins=bins) == pytest.approx(_expected_psi_of_first_half(bins))


def test_the_default_is_ten_bins_in_psi_and_in_the_report():
    reference, current = np.arange(1000.0), np.arange(500.0)
    assert psi(reference, current) == pytest.approx(_expected_psi_of_first_half(10))
    report = drift_report(pd.DataFrame({"x": reference}), pd.DataFrame({"x": current}), ["x"])
    assert report.loc[0, "psi"] == pytest.approx(_expected_psi_of_first_half(10))
    report = drift_report(pd.DataFrame({"x": reference}), pd.DataFrame({"x": current}), ["x"], bins=4)
    assert report.loc[0, "psi"] == pytest.approx(_expected_psi_of_first_half(4))


@pytest.mark.parametrize("value, level", [(0.0, "stable"), (0.0999, "stable"), (0.1, "moderate"),
                                          (0.2499, "moderate"), (0.25, "major"), (3.0, "major")])
def test_psi_levels_change_exactly_at_the_documented_thresholds(value, level):
    assert psi_level(value) == level


def test_the_report_flags_the_shifted_feature_and_not_the_steady_one_by_both_statistics(rng):
    reference = pd.DataFrame({"steady": rng.normal(size=5000), "shifted": rng.normal(size=5000)})
    current = pd.DataFrame({"steady": rng.normal(size=5000), "shifted": rng.normal(loc=1.0, size=5000)})
    report = drift_report(reference, current, ["steady", "shifted"]).set_index("feature")
    assert list(report.columns) == ["psi", "psi_level", "ks_statistic", "ks_pvalue", "reference_mean",
                                    "current_mean"]
    assert report.loc["shifted", "psi_level"] == "major" and report.loc["steady", "psi_level"] == "stable"
    assert report.loc["shifted", "ks_statistic"] > 0.3 and report.loc["steady", "ks_statistic"] < 0.05
    assert report.loc["shifted", "ks_pvalue"] < 1e-10 < report.loc["steady", "ks_pvalue"]
    for feature in ("steady", "shifted"):
        statistic, pvalue = ks(reference[feature], current[feature])
        assert report.loc[feature, "ks_statistic"] == pytest.approx(statistic)
        assert report.loc[feature, "ks_pvalue"] == pytest.approx(pvalue)
        assert report.loc[feature, "reference_mean"] == pytest.approx(reference[feature].mean())
        assert report.loc[feature, "current_mean"] == pytest.approx(current[feature].mean())


def test_nulls_from_the_database_are_left_out():
    # A column with NULLs comes back from an engine as objects holding None.
    reference = pd.Series([0.0, 1.0, None, 2.0, 3.0] * 200, dtype=object)
    current = pd.Series([0.0, 1.0, 2.0, 3.0, None] * 200, dtype=object)
    assert psi(reference, current) == pytest.approx(0.0)
    assert ks(reference, current)[0] == pytest.approx(0.0)
    report = drift_report(pd.DataFrame({"x": reference}), pd.DataFrame({"x": current}), ["x"])
    assert report.loc[0, "reference_mean"] == pytest.approx(1.5)


def test_one_value_in_a_window_is_enough_and_none_is_refused_by_name():
    assert psi([5.0], [5.0]) == pytest.approx(0.0)
    with pytest.raises(ValueError, match=r"^PSI needs values in both windows; one of them is empty\.$"):
        psi([], [1.0])
    with pytest.raises(ValueError, match="empty"):
        psi([1.0], [])


def test_the_plot_shows_each_windows_distribution_function_as_a_reader_sees_it(rng):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    features = ["a", "b", "c"]
    reference = pd.DataFrame({name: rng.normal(size=300) for name in features})
    current = pd.DataFrame({name: rng.normal(loc=0.5, size=200) for name in features})
    figure = plot_drift(reference, current, features)       # the report is computed when not given
    report = drift_report(reference, current, features).set_index("feature")
    shown = [axis for axis in figure.axes if axis.get_visible()]
    assert len(figure.axes) == 4 and len(shown) == 3           # two columns; the fourth panel hidden
    assert [axis.get_subplotspec().rowspan.start for axis in figure.axes] == [0, 0, 1, 1]
    for axis, feature in zip(shown, features):
        row = report.loc[feature]
        assert axis.get_title() == (f"{feature}: PSI {row['psi']:.3f} ({row['psi_level']}), "
                                    f"KS {row['ks_statistic']:.3f}")
        assert axis.get_xlabel() == feature and axis.get_ylabel() == "share of customers at or below"
        old, new = axis.get_lines()
        assert (old.get_label(), new.get_label()) == ("training window", "new window")
        assert (old.get_linestyle(), new.get_linestyle()) == ("-", "--")
        # An ECDF holds its height up to the next value: steps drawn after each point.
        assert old.get_drawstyle() == new.get_drawstyle() == "steps-post"
        for line, frame in ((old, reference), (new, current)):
            # A step function through the sorted values, rising by 1/n to 1.
            assert np.array_equal(np.unique(line.get_xdata()), np.sort(frame[feature].to_numpy()))
            heights = line.get_ydata()
            assert heights[-1] == pytest.approx(1.0) and heights[0] == pytest.approx(1 / len(frame))
    assert [text.get_text() for text in shown[0].get_legend().get_texts()] == ["training window", "new window"]
    assert all(axis.get_legend() is None for axis in shown[1:])
    assert figure._suptitle.get_text() == "Feature distributions: training window against the new window"
    # A report handed in is the one shown (here one made with four bins), not computed again.
    coarse = drift_report(reference, current, ["a"], bins=4)
    one_row = plot_drift(reference, current, ["a"], coarse, labels=("before", "after"))
    assert one_row.axes[0].get_title().startswith(f"a: PSI {coarse.loc[0, 'psi']:.3f} ")
    assert f"{coarse.loc[0, 'psi']:.3f}" != f"{report.loc['a', 'psi']:.3f}"
    assert figure.get_figheight() == pytest.approx(2 * one_row.get_figheight())
    assert [line.get_label() for line in one_row.axes[0].get_lines()] == ["before", "after"]
    plt.close("all")


# The top tenth of the customers moves down into the ninth tenth, or the bottom tenth up into the
# second; everything else stays. Ten quantile bins see it (an end bin empties); five would not (the
# moved customers stay inside their end bin).
@pytest.mark.parametrize("moved", [
    lambda values: np.where(values >= 900, values - 100, values),
    lambda values: np.where(values < 100, values + 100, values),
], ids=["top tenth down", "bottom tenth up"])
def test_a_shift_only_ten_bins_see_is_flagged_by_both_statistics(moved):
    reference = np.arange(1000.0)
    shifted = moved(reference)
    report = drift_report(pd.DataFrame({"steady": reference, "shifted": reference}),
                          pd.DataFrame({"steady": reference.copy(), "shifted": shifted}),
                          ["steady", "shifted"]).set_index("feature")
    assert report.loc["steady", "psi"] == pytest.approx(0.0) and report.loc["steady", "psi_level"] == "stable"
    assert report.loc["shifted", "psi_level"] == "major"
    assert report.loc["shifted", "psi"] == pytest.approx(_expected_psi_of_ten_bins_for_a_tenth_moved())
    assert report.loc["steady", "ks_statistic"] == 0.0 and report.loc["steady", "ks_pvalue"] == 1.0
    assert report.loc["shifted", "ks_statistic"] == pytest.approx(0.1) and report.loc["shifted", "ks_pvalue"] < 0.001
    assert psi(reference, shifted, bins=5) == pytest.approx(0.0)


def _expected_psi_of_ten_bins_for_a_tenth_moved() -> float:
    from sqlml.drift import _EMPTY_SHARE

    # Eight bins keep a tenth each; the one the tenth moved into holds two, the end bin none.
    return (0.2 - 0.1) * np.log(0.2 / 0.1) + (_EMPTY_SHARE - 0.1) * np.log(_EMPTY_SHARE / 0.1)
