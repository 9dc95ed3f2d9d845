"""Data drift between two windows of the same features: PSI and the two-sample KS test.

PSI (population stability index) bins the reference window by its own quantiles and sums
(new% - ref%) * ln(new% / ref%) over the bins. The usual reading, kept here:
below 0.1 stable, 0.1 to 0.25 moderate, above 0.25 a major shift.

The KS test compares the two empirical distribution functions. On tens of thousands of customers
its p-value is tiny for differences nobody would act on, so the report gives the statistic (the
largest gap between the two ECDFs, 0 to 1) next to it; PSI is the figure to act on.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

import numpy as np

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.figure import Figure

#: Where PSI readings change meaning.
PSI_MODERATE = 0.1
PSI_MAJOR = 0.25
#: How many quantile bins of the reference window PSI compares, unless told otherwise.
PSI_BINS = 10
#: Keeps empty bins from making PSI infinite: a bin with no rows counts as this share.
_EMPTY_SHARE = 1e-4


def psi(reference: Sequence[float], current: Sequence[float], bins: int = PSI_BINS) -> float:
    """The population stability index of `current` against `reference`.

    Bin edges are the reference's quantiles; repeated edges (features with many equal values,
    such as the ratios of customers who never return anything) merge into one bin.
    """
    reference = _clean(reference)
    current = _clean(current)
    if reference.size == 0 or current.size == 0:
        raise ValueError("PSI needs values in both windows; one of them is empty.")
    # The edges between the bins; the first and the last bin are open to -inf and +inf.
    inner = np.unique(np.quantile(reference, np.linspace(0, 1, bins + 1)[1:-1]))
    ref_share = _shares(reference, inner)
    cur_share = _shares(current, inner)
    return float(np.sum((cur_share - ref_share) * np.log(cur_share / ref_share)))


def _shares(values: np.ndarray, inner_edges: np.ndarray) -> np.ndarray:
    # Values equal to an edge go to the bin on its left, so a spike at 0 forms its own bin.
    index = np.searchsorted(inner_edges, values, side="left")
    counts = np.bincount(index, minlength=inner_edges.size + 1)
    shares = counts / counts.sum()
    return np.where(shares == 0, _EMPTY_SHARE, shares)


def psi_level(value: float) -> str:
    if value < PSI_MODERATE:
        return "stable"
    if value < PSI_MAJOR:
        return "moderate"
    return "major"


def ks(reference: Sequence[float], current: Sequence[float]) -> tuple[float, float]:
    """The two-sample Kolmogorov-Smirnov statistic and its p-value."""
    from scipy.stats import ks_2samp

    result = ks_2samp(_clean(reference), _clean(current))
    return float(result.statistic), float(result.pvalue)


def drift_report(reference: "pd.DataFrame", current: "pd.DataFrame", features: Sequence[str],
                 bins: int = PSI_BINS) -> "pd.DataFrame":
    """One row per feature: PSI, its reading, the KS statistic and p-value, and both windows' means."""
    import pandas as pd

    rows = []
    for feature in features:
        value = psi(reference[feature], current[feature], bins)
        statistic, pvalue = ks(reference[feature], current[feature])
        rows.append({"feature": feature, "psi": value, "psi_level": psi_level(value),
                     "ks_statistic": statistic, "ks_pvalue": pvalue,
                     "reference_mean": float(np.mean(_clean(reference[feature]))),
                     "current_mean": float(np.mean(_clean(current[feature])))})
    return pd.DataFrame(rows)


def plot_drift(reference: "pd.DataFrame", current: "pd.DataFrame", features: Sequence[str],
               report: "pd.DataFrame | None" = None, labels: tuple[str, str] = ("training window", "new window"),
               ) -> "Figure":
    """The two windows' empirical distribution functions, one panel per feature.

    The ECDF shows what KS measures (the largest vertical gap) and works for the spikes at zero
    that histograms hide.
    """
    import matplotlib.pyplot as plt

    report = report if report is not None else drift_report(reference, current, features)
    by_feature = report.set_index("feature")
    columns = 2
    rows = (len(features) + columns - 1) // columns
    figure, axes = plt.subplots(rows, columns, figsize=(10, 3.4 * rows))
    for axis, feature in zip(axes.flat, features):
        for frame, label, style in ((reference, labels[0], "-"), (current, labels[1], "--")):
            values = np.sort(_clean(frame[feature]))
            axis.step(values, np.arange(1, values.size + 1) / values.size, style, where="post", label=label)
        row = by_feature.loc[feature]
        axis.set_title(f"{feature}: PSI {row['psi']:.3f} ({row['psi_level']}), KS {row['ks_statistic']:.3f}")
        axis.set_xlabel(feature)
        axis.set_ylabel("share of customers at or below")
        axis.grid(alpha=0.3)
    for axis in list(axes.flat)[len(features):]:
        axis.set_visible(False)
    axes.flat[0].legend(loc="lower right")
    figure.suptitle("Feature distributions: training window against the new window")
    figure.tight_layout()
    return figure


def _clean(values: Sequence[float]) -> np.ndarray:
    array = np.asarray(values, dtype=float)
    return array[np.isfinite(array)]
