"""TPC-DS as the course keeps it: the seven tables, the cutoff that splits the facts between dbo and
staging, the course's column types, the metadata row that records a load, and the checks of a load's
arguments. `sqlml.data` (the embedded load), `sqlml.data_sqlserver` and `sqlml.snapshot` read it."""
from __future__ import annotations

import contextlib
import datetime as dt
import math
import numbers
from dataclasses import dataclass
from typing import Any

from .errors import DataError

#: The tables the course uses, dimensions first.
TABLES = ("date_dim", "item", "store", "customer", "customer_address", "store_sales", "store_returns")
#: Fact tables split at the cutoff, with the date key that places each row.
DATED_TABLES = {"store_sales": "ss_sold_date_sk", "store_returns": "sr_returned_date_sk"}
DEFAULT_CUTOFF = dt.date(2002, 1, 1)
DEFAULT_SCALE_FACTOR = 1.0
METADATA_TABLE = "dbo.sqlml_metadata"
STAGING_SCHEMA = "staging"
GENERATOR = "dsdgen (DuckDB tpcds extension)"
#: Rows fetched from the generator per bulk-load call on SQL Server.
SQLSERVER_CHUNK_ROWS = 100_000
#: The largest scale factor accepted. dsdgen's own limit is far higher, but at 100 the data is
#: about 100 GB raw and takes hours here; beyond it, dsdgen aborts the whole Python process.
MAX_SCALE_FACTOR = 100.0


def validate_scale_factor(value: Any) -> float:
    """The scale factor as a float above 0, or a DataError that says what is wrong."""
    number: float | None = None
    if isinstance(value, numbers.Real) and not isinstance(value, bool):
        number = float(value)
    elif isinstance(value, str):
        with contextlib.suppress(ValueError):
            number = float(value)
    if number is None or not math.isfinite(number) or number <= 0:
        raise DataError(f"scale factor must be a number above 0, such as 0.01 or 1; got {value!r}")
    if number > MAX_SCALE_FACTOR:
        raise DataError(f"scale factor must be at most {MAX_SCALE_FACTOR:g} (about {MAX_SCALE_FACTOR:g} GB of "
                        f"raw data, hours of generation); got {value!r}. The course uses 1.")
    return number


def validate_cutoff(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            return dt.date.fromisoformat(value)
    raise DataError(f"cutoff must be a date such as 2002-01-01; got {value!r}")


def same_data(metadata: dict[str, Any], scale_factor: float, cutoff: dt.date) -> bool:
    try:
        same_scale = math.isclose(float(metadata["scale_factor"]), scale_factor, rel_tol=1e-9)
        return same_scale and validate_cutoff(metadata["cutoff_date"]) == cutoff
    except (KeyError, TypeError, ValueError, DataError):
        return False


def metadata_row(scale_factor: float, cutoff: dt.date, generator_version: str, seconds: float) -> dict[str, Any]:
    from . import __version__

    return {
        "scale_factor": scale_factor,
        "cutoff_date": cutoff,
        "generator": GENERATOR,
        "generator_version": generator_version,
        "sqlml_version": __version__,
        "loaded_at": dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0),
        "load_seconds": round(seconds, 3),
    }


METADATA_COLUMNS = {  # column -> (DuckDB type, SQL Server type)
    "scale_factor": ("DOUBLE", "FLOAT"),
    "cutoff_date": ("DATE", "DATE"),
    "generator": ("VARCHAR", "NVARCHAR(100)"),
    "generator_version": ("VARCHAR", "NVARCHAR(100)"),
    "sqlml_version": ("VARCHAR", "NVARCHAR(50)"),
    "loaded_at": ("TIMESTAMP", "DATETIME2(0)"),
    "load_seconds": ("DOUBLE", "FLOAT"),
}


@dataclass
class Generated:
    connection: Any
    version: str

    def columns(self, table: str) -> list[tuple[str, str]]:
        return [(row[0], row[1]) for row in self.connection.execute(f"DESCRIBE {quote(table)}").fetchall()]


def select_part(generator: "Generated", table: str, part: str, cutoff: dt.date) -> str:
    """SELECT of one part of a table ("dbo" or "staging"), with the course's column types."""
    if table not in DATED_TABLES:
        columns = ", ".join(_cast_column(name, kind) for name, kind in generator.columns(table))
        return f"SELECT {columns} FROM {quote(table)}"
    columns = ", ".join(_cast_column(name, kind, "t.") for name, kind in generator.columns(table))
    joins = f"LEFT JOIN date_dim AS d ON t.{quote(DATED_TABLES[table])} = d.d_date_sk"
    dated = "d.d_date"
    if table == "store_returns":
        # A return with no date of its own cannot predate its sale: it follows the sale's date.
        joins += (" LEFT JOIN store_sales AS s ON s.ss_item_sk = t.sr_item_sk AND s.ss_ticket_number = t.sr_ticket_number"
                  " LEFT JOIN date_dim AS sd ON s.ss_sold_date_sk = sd.d_date_sk")
        dated = "COALESCE(d.d_date, sd.d_date)"
    staged = f"{dated} >= DATE '{cutoff.isoformat()}'"
    condition = staged if part == STAGING_SCHEMA else f"({dated} IS NULL OR NOT {staged})"
    return f"SELECT {columns} FROM {quote(table)} AS t {joins} WHERE {condition}"


def _cast_column(name: str, kind: str, qualifier: str = "") -> str:
    # dsdgen's keys and counts are BIGINT; INTEGER holds them at any scale factor the course uses
    # and matches the INT the SQL Server tables get.
    if kind.upper() == "BIGINT":
        return f"CAST({qualifier}{quote(name)} AS INTEGER) AS {quote(name)}"
    return f"{qualifier}{quote(name)}"


def parts(table: str) -> list[str]:
    return ["dbo", STAGING_SCHEMA] if table in DATED_TABLES else ["dbo"]


def quote(name: str) -> str:
    """A DuckDB identifier, quoted (the generator's names are plain, but no name goes in bare)."""
    return '"' + name.replace('"', '""') + '"'
