"""T-SQL files shipped with sqlml, read with `sqlml.queries.read("return_features")`.

Each file is plain T-SQL that runs unchanged on SQL Server and on the embedded engine.
"""
from __future__ import annotations

from importlib import resources


def read(name: str) -> str:
    """The text of `<name>.sql` from this package."""
    filename = name if name.endswith(".sql") else f"{name}.sql"
    try:
        return resources.files(__name__).joinpath(filename).read_text(encoding="utf-8")
    except FileNotFoundError:
        known = ", ".join(sorted(p.name[:-4] for p in resources.files(__name__).iterdir() if p.name.endswith(".sql")))
        raise FileNotFoundError(f"No query named {name!r} ships with sqlml; known: {known}.") from None


def return_features_in_window() -> str:
    """`return_features.sql` counting only the sales sold within [@window_start, @window_end].

    Retraining compares windows of time; deriving the windowed query from the shipped one keeps one
    definition of the four features for modeling, scoring and retraining. Sales without a date
    cannot be placed in a window and are left out.
    """
    text = read("return_features").rstrip().rstrip(";")
    text = _replace_once(text, "    FROM dbo.store_sales AS s\n",
                         "    FROM dbo.store_sales AS s\n"
                         "    INNER JOIN dbo.date_dim AS d\n"
                         "        ON d.d_date_sk = s.ss_sold_date_sk\n")
    return _replace_once(text, "    WHERE s.ss_customer_sk IS NOT NULL\n",
                         "    WHERE s.ss_customer_sk IS NOT NULL\n"
                         "      AND d.d_date >= @window_start AND d.d_date <= @window_end\n")


def _replace_once(text: str, anchor: str, replacement: str) -> str:
    # A changed feature query must fail here, loudly, rather than drop the window in silence.
    if text.count(anchor) != 1:
        raise ValueError(f"return_features.sql no longer has exactly one {anchor.strip()!r}: "
                         "update sqlml.queries.return_features_in_window with it.")
    return text.replace(anchor, replacement)
