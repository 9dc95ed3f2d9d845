"""Microsoft's ML Services quickstarts and tutorials, run verbatim on the embedded engine.

Each file under `tests/corpus/` is one page (or a page and the one it builds on): its URL, Microsoft's
T-SQL exactly as the page shows it, step by step, and the output the page shows (the original workshop,
Microsoft's sqlworkshops repository, is cited by its GitHub address, its notebooks' cells verbatim). The
steps of a file run in order on one database, as a learner runs them in one query window. The data is
made locally: the iris table by the page's own procedure (scikit-learn's bundled copy of iris), the retail
tables by TPC-DS's generator at scale factor 0.01 in a file named `tpcxbb_1gb` (the `tpcds_file` fixture;
`database:` names it otherwise, as the workshop's `Analysis`), the ski rental tutorial's TutorialDB (a
.bak download on the page) by `make_rental_data`, the taxi tutorial's NYCTaxi_Sample by `make_taxi_data`.

What fails today is a strict xfail in KNOWN_FAILURES with the reason: the measure of issue 15 is how many
steps run, `python -m pytest tests/test_ms_corpus.py -q` (passed / (passed + xfailed)).

An `expect` holds any of:
  ok: true               the step runs without an error
  error: TEXT            the step fails, and TEXT is in the error (the page says it fails)
  refused: TEXT          the embedded engine refuses it by name (R, which only SQL Server runs), TEXT in it
  messages: |            these lines, in order and together, are among the messages (right spaces aside)
  messages_start: |      the messages start with these lines
  columns: [...]         the last result set's column names
  rows: [[...], ...]     the last result set's rows ({starts_with: "0x80"} matches a varbinary's hex)
  row_count: N           its number of rows ({raw_rows: SQL}: as many as SQL gives on the raw data file)
  contains: [[...], ...] these rows are among its rows
  sorted_by: COLUMN      its rows come in the order of COLUMN
  distinct_values: {COLUMN: [...]}
  majority_equal: [A, B] more than half of its rows have A = B
Placeholders {python_version}, {pandas_version} and {sklearn_version} stand for what the page shows
of its own server's installation.
"""
from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest
import yaml

import sqlml
from sqlml.errors import SqlmlError, UnsupportedError

CORPUS = Path(__file__).parent / "corpus"
ENABLE = "EXEC sp_configure 'external scripts enabled', 1; RECONFIGURE;"
# Pages that enable external scripts themselves: their messages say "changed from 0 to 1".
SELF_ENABLING = {"python-package-information", "python-ski-rental-tutorial", "sqlworkshops-ml-services"}
PAGES = ("https://learn.microsoft.com/", "https://github.com/microsoft/sqlworkshops/")

#: (file, step) -> why it fails on the embedded engine today. Strict: a step that starts to pass fails
#: the run until its line is removed here.
KNOWN_FAILURES: dict[tuple[str, str], str] = {}


def _scenarios() -> dict[str, dict]:
    return {path.stem: yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted(CORPUS.glob("*.yml"))}


SCENARIOS = _scenarios()


def _cases():
    for stem, scenario in SCENARIOS.items():
        for index, step in enumerate(scenario["steps"]):
            marks = []
            reason = KNOWN_FAILURES.get((stem, step["name"]))
            if reason:
                marks.append(pytest.mark.xfail(reason=reason, strict=True))
            yield pytest.param(stem, index, id=f"{stem}::{step['name']}", marks=marks)


class _Run:
    """One scenario's database and how far its steps have run."""

    def __init__(self, url: str, raw_file: Path | None) -> None:
        self.database = sqlml.connect(url)
        self.raw_file = raw_file
        self.done = 0


@pytest.fixture(scope="module")
def runs(tmp_path_factory, request):
    opened: dict[str, _Run] = {}

    def run_for(stem: str) -> _Run:
        if stem not in opened:
            scenario = SCENARIOS[stem]
            folder = tmp_path_factory.mktemp(stem)
            raw = None
            if scenario.get("data") == "retail":
                raw = request.getfixturevalue("tpcds_file")
                path = folder / f"{scenario.get('database', 'tpcxbb_1gb')}.duckdb"
                shutil.copy(raw, path)
            else:
                path = folder / "quickstart.duckdb"
            if scenario.get("data") == "rentals":
                raw = make_rental_data(folder / "TutorialDB.duckdb")
            if scenario.get("data") == "taxi":
                raw = make_taxi_data(folder / "NYCTaxi_Sample.duckdb")
                shutil.copy(raw, path)
            run = _Run(f"duckdb:///{path}", raw)
            if stem not in SELF_ENABLING:
                run.database.execute(ENABLE)   # the installation guide's step, done before any page
            opened[stem] = run
        return opened[stem]

    yield run_for
    for run in opened.values():
        run.database.close()


def make_rental_data(path: Path) -> Path:
    """TutorialDB's dbo.rental_data, made locally: one row a day from 2013 to 2015, rentals that grow with
    snow and on weekends and holidays, from a fixed seed (the tutorial restores it from a .bak download)."""
    import duckdb
    import numpy as np
    import pandas as pd

    days = pd.date_range("2013-01-01", "2015-12-31", freq="D")
    random = np.random.default_rng(15)
    snow = (random.random(len(days)) < 0.3).astype("int32")
    holiday = (random.random(len(days)) < 0.05).astype("int32")
    weekday = (days.dayofweek.to_numpy() + 1).astype("int32")
    rentals = (20 + 200 * snow + 100 * holiday + 60 * (weekday >= 6) + random.integers(0, 40, len(days))).astype("int32")
    frame = pd.DataFrame({"Year": days.year.astype("int32"), "Month": days.month.astype("int32"),
                          "Day": days.day.astype("int32"), "RentalCount": rentals, "WeekDay": weekday,
                          "Holiday": holiday, "Snow": snow})
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE SCHEMA dbo")
        con.execute("CREATE TABLE dbo.rental_data AS SELECT * FROM frame")
    return path


TAXI_TABLES = """CREATE TABLE dbo.nyctaxi_sample (
    medallion varchar(50) NOT NULL, hack_license varchar(50) NOT NULL, vendor_id char(3) NULL,
    rate_code char(3) NULL, store_and_fwd_flag char(3) NULL, pickup_datetime datetime NOT NULL,
    dropoff_datetime datetime NULL, passenger_count int NULL, trip_time_in_secs bigint NULL,
    trip_distance float NULL, pickup_longitude varchar(30) NULL, pickup_latitude varchar(30) NULL,
    dropoff_longitude varchar(30) NULL, dropoff_latitude varchar(30) NULL, payment_type char(3) NULL,
    fare_amount float NULL, surcharge float NULL, mta_tax float NULL, tolls_amount float NULL,
    total_amount float NULL, tip_amount float NULL, tipped int NULL, tip_class int NULL);
CREATE TABLE dbo.nyc_taxi_models (name varchar(30) NOT NULL DEFAULT('default model') PRIMARY KEY,
    model varbinary(max) NOT NULL);"""


def make_taxi_data(path: Path) -> Path:
    """NYCTaxi_Sample's dbo.nyctaxi_sample (the tutorial restores a .bak download), made locally: its
    23 columns with the sample's types (coordinates are varchar(30) there), 2,000 trips in Manhattan in
    June 2013 from a fixed seed, tips on about half of them; and the empty dbo.nyc_taxi_models."""
    import duckdb
    import numpy as np
    import pandas as pd

    with sqlml.connect(f"duckdb:///{path}") as database:
        database.execute(TAXI_TABLES)
    n, random = 2000, np.random.default_rng(15)
    pickup = pd.Timestamp("2013-06-01") + pd.to_timedelta(random.integers(0, 30 * 86400, n), unit="s")
    seconds = random.integers(60, 3600, n)
    fare = np.round(2.5 + seconds / 60 * 0.8, 2)
    tip = np.where(random.random(n) < 0.5, np.round(fare * 0.2, 2), 0.0)
    place = lambda low: [f"{v:.6f}" for v in low + random.random(n) * 0.05]   # noqa: E731
    frame = pd.DataFrame({
        "medallion": [f"M{i % 300:05d}" for i in range(n)], "hack_license": [f"H{i % 700:05d}" for i in range(n)],
        "vendor_id": "CMT", "rate_code": "1  ", "store_and_fwd_flag": "N  ", "pickup_datetime": pickup,
        "dropoff_datetime": pickup + pd.to_timedelta(seconds, unit="s"),
        "passenger_count": random.integers(1, 6, n).astype("int32"), "trip_time_in_secs": seconds.astype("int64"),
        "trip_distance": np.where(random.random(n) < 0.05, 0.0, np.round(seconds / 300, 2)),
        "pickup_longitude": place(-74.0), "pickup_latitude": place(40.74),
        "dropoff_longitude": place(-74.0), "dropoff_latitude": place(40.74), "payment_type": "CRD",
        "fare_amount": fare, "surcharge": 0.5, "mta_tax": 0.5, "tolls_amount": 0.0, "total_amount": fare + 1 + tip,
        "tip_amount": tip, "tipped": (tip > 0).astype("int32"),
        "tip_class": np.select([tip == 0, tip <= 5, tip <= 10, tip <= 20], [0, 1, 2, 3], 4).astype("int32")})
    with duckdb.connect(str(path)) as con:
        con.execute("INSERT INTO dbo.nyctaxi_sample SELECT * FROM frame")
    return path


def _placeholders(text: str) -> str:
    import pandas
    import sklearn
    return (text.replace("{python_version}", sys.version).replace("{pandas_version}", pandas.__version__)
            .replace("{sklearn_version}", sklearn.__version__))


def _lines(text: str) -> list[str]:
    return [line.rstrip() for line in _placeholders(text).rstrip("\n").split("\n")]


def _cell(value):
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "0x" + bytes(value).hex().upper()
    if hasattr(value, "item"):   # numpy scalars
        return value.item()
    return value


def _matches(expected, got) -> bool:
    if isinstance(expected, dict):
        return isinstance(got, str) and got.startswith(expected["starts_with"])
    if isinstance(expected, str):
        return got == _placeholders(expected)
    if isinstance(expected, float) or isinstance(got, float):
        return got is not None and abs(float(got) - float(expected)) <= 1e-9 * max(1.0, abs(float(expected)))
    return got == expected


def _row_matches(expected: list, got: list) -> bool:
    return len(expected) == len(got) and all(_matches(e, g) for e, g in zip(expected, got))


def _run_step(run: _Run, step: dict):
    """(results, error) of one step."""
    try:
        return run.database.execute(step["tsql"]), None
    except SqlmlError as error:
        return getattr(error, "results", None) or [], error


def check(run: _Run, step: dict, results, error) -> None:
    expect = step["expect"]
    if "refused" in expect:
        assert isinstance(error, UnsupportedError), f"expected a refusal by name, got {error!r}"
        assert expect["refused"] in str(error) and "SQL Server runs it" in str(error), str(error)
        return
    if "error" in expect:
        assert error is not None, "the page says this step fails, and it ran"
        assert expect["error"] in str(error), str(error)
        return
    assert error is None, f"{type(error).__name__}: {error}"
    messages = [line.rstrip() for r in results if r.message is not None for line in r.message.split("\n")]
    if "messages" in expect:
        wanted = _lines(expect["messages"])
        assert any(messages[i:i + len(wanted)] == wanted for i in range(len(messages) - len(wanted) + 1)), (
            f"expected the lines {wanted} among the messages {messages}")
    if "messages_start" in expect:
        wanted = _lines(expect["messages_start"])
        assert messages[:len(wanted)] == wanted, messages
    frames = [r.frame for r in results if r.frame is not None]
    table_keys = {"columns", "rows", "row_count", "contains", "sorted_by", "distinct_values", "majority_equal"}
    if not table_keys & set(expect):
        return
    assert frames, "the step returned no result set"
    frame = frames[-1]
    rows = [[_cell(v) for v in row] for row in frame.itertuples(index=False, name=None)]
    if "columns" in expect:
        assert [str(c) for c in frame.columns] == expect["columns"]
    if "rows" in expect:
        assert len(rows) == len(expect["rows"]) and all(map(_row_matches, expect["rows"], rows)), rows[:10]
    if "row_count" in expect:
        wanted = expect["row_count"]
        if isinstance(wanted, dict) and "rentals" in wanted:
            import duckdb
            where = "" if wanted["rentals"] == "all" else f' WHERE "Year" = {int(wanted["rentals"])}'
            with duckdb.connect(str(run.raw_file), read_only=True) as raw:
                wanted = raw.execute(f"SELECT count(*) FROM dbo.rental_data{where}").fetchone()[0]
        elif isinstance(wanted, dict):
            import duckdb
            with duckdb.connect(str(run.raw_file), read_only=True) as raw:
                wanted = len(raw.execute(wanted["raw_rows"]).fetchall())
        assert len(rows) == wanted
    for expected_row in expect.get("contains", []):
        assert any(_row_matches(expected_row, row) for row in rows), f"{expected_row} not among {rows[:5]}..."
    if "sorted_by" in expect:
        values = [str(v).lower() for v in frame[expect["sorted_by"]]]
        assert values == sorted(values)
    for column, values in expect.get("distinct_values", {}).items():
        assert sorted(frame[column].dropna().unique().tolist()) == values
    if "majority_equal" in expect:
        left, right = expect["majority_equal"]
        assert (frame[left] == frame[right]).sum() > len(frame) / 2


@pytest.mark.parametrize("stem, index", list(_cases()))
def test_microsoft_tsql_runs_verbatim(runs, stem, index):
    step = SCENARIOS[stem]["steps"][index]
    if step.get("needs") and importlib.util.find_spec(step["needs"]) is None:
        pytest.skip(f"the page's script imports {step['needs']}, which this Python does not have")
    run = runs(stem)
    for earlier in SCENARIOS[stem]["steps"][run.done:index]:   # a step selected alone: its page's steps first
        _run_step(run, earlier)
    results, error = _run_step(run, step)
    run.done = index + 1
    check(run, step, results, error)


def test_every_step_cites_its_page_and_says_what_to_expect():
    for stem, scenario in SCENARIOS.items():
        assert scenario["page"].startswith(PAGES), stem
        assert scenario.get("data") in ("none", "retail", "rentals", "taxi"), stem
        for step in scenario["steps"]:
            assert step.get("tsql") and step.get("expect"), (stem, step.get("name"))
            assert str(step.get("page", scenario["page"])).startswith(PAGES)
    assert set(KNOWN_FAILURES) <= {(stem, step["name"]) for stem, s in SCENARIOS.items() for step in s["steps"]}
