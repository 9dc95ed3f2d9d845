"""`sqlml data` on SQL Server: the generated tables created with SQL Server types and bulk-loaded
in one transaction, which a failure rolls back (procedures, dbo.models and other objects stay)."""
from __future__ import annotations

import datetime as dt
import time
from typing import TYPE_CHECKING

from .tpcds import (METADATA_COLUMNS, METADATA_TABLE, SQLSERVER_CHUNK_ROWS, STAGING_SCHEMA, TABLES, metadata_row, parts,
                    quote, select_part)
from .errors import DataError

if TYPE_CHECKING:
    from .progress import Reporter
    from .tpcds import Generated


def sqlserver_type(duckdb_type: str, longest: int | None = None) -> str:
    """The SQL Server type a generated column gets."""
    kind = duckdb_type.upper()
    if kind in ("BIGINT", "INTEGER"):
        return "INT"
    if kind.startswith("DECIMAL"):
        return kind
    if kind == "DATE":
        return "DATE"
    if kind == "DOUBLE":
        return "FLOAT"
    if kind == "VARCHAR":
        return f"VARCHAR({max(longest or 1, 1)})"
    raise DataError(f"No SQL Server type is defined for the generated type {duckdb_type}.")


def sqlserver_table_ddl(generator: "Generated", table: str, part: str) -> str:
    from .engines.sqlserver import quote_name

    columns = generator.columns(table)
    text_columns = [name for name, kind in columns if kind.upper() == "VARCHAR"]
    longest: dict[str, int] = {}
    if text_columns:
        lengths = generator.connection.execute(
            "SELECT " + ", ".join(f"max(length({quote(c)}))" for c in text_columns) + f" FROM {quote(table)}").fetchone()
        longest = {c: int(v or 1) for c, v in zip(text_columns, lengths)}
    body = ",\n    ".join(f"{quote_name(name)} {sqlserver_type(kind, longest.get(name))} NULL"
                          for name, kind in columns)
    return f"CREATE TABLE {quote_name(part)}.{quote_name(table)} (\n    {body}\n)"


def load_sqlserver(url: str, generator: "Generated", scale_factor: float, cutoff: dt.date,
                    say: "Reporter") -> dict[str, int]:
    from .engines.sqlserver import SqlServerDatabase, ensure_database, quote_name

    started = time.perf_counter()
    ensure_database(url)
    db = SqlServerDatabase(url)
    rows: dict[str, int] = {}
    try:
        total = sum(generator.connection.execute(f"SELECT count(*) FROM {quote(t)}").fetchone()[0] for t in TABLES)
        with db.transaction():
            cursor = db.connection.cursor()
            cursor.execute(f"IF SCHEMA_ID(N'{STAGING_SCHEMA}') IS NULL EXEC('CREATE SCHEMA {STAGING_SCHEMA}')")
            for table in TABLES:
                for part in ["dbo", STAGING_SCHEMA]:
                    cursor.execute(f"DROP TABLE IF EXISTS {quote_name(part)}.{quote_name(table)}")
            cursor.execute(f"DROP TABLE IF EXISTS {METADATA_TABLE}")
            with say.bar(total, "Loading tables into SQL Server") as bar:
                for table in TABLES:
                    for part in parts(table):
                        cursor.execute(sqlserver_table_ddl(generator, table, part))
                        reader = generator.connection.execute(
                            select_part(generator, table, part, cutoff)).to_arrow_reader(SQLSERVER_CHUNK_ROWS)
                        count = 0
                        for batch in reader:
                            frame = batch.to_pandas(integer_object_nulls=True, date_as_object=True)
                            db.load_frame(frame, f"{part}.{table}", if_exists="append")
                            count += len(frame)
                            bar.update(len(frame), f"{part}.{table}")
                        rows[f"{part}.{table}"] = count
            columns = ", ".join(f"{name} {types[1]}" for name, types in METADATA_COLUMNS.items())
            cursor.execute(f"CREATE TABLE {METADATA_TABLE} ({columns})")
            row = metadata_row(scale_factor, cutoff, generator.version, time.perf_counter() - started)
            cursor.execute(f"INSERT INTO {METADATA_TABLE} VALUES ({', '.join('?' for _ in row)})", *row.values())
            cursor.close()
    finally:
        db.close()
    return rows
