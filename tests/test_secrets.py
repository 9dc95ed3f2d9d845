"""Secrets and identifiers: no password in any message, log or notebook, whatever it holds; every
name that reaches SQL quoted; model versions whole numbers only.

The passwords below hold the characters that break naive redaction: `@` (which ends the user
info at the *last* one), `:`, `%` (percent escapes), `;` and braces (ODBC's delimiters).
"""
from __future__ import annotations

import hashlib
import sys
import types
from urllib.parse import quote

import nbformat
import pytest

import sqlml
from sqlml.cli import main
from sqlml.connection import url_scheme
from sqlml.errors import ConnectError, SqlmlError

PASSWORDS = ["Zq@Hidden", "Zq:Hid:den", "Zq%Hid%25den", "Zq;Hid;den", "Zq{Hid}}den", "Zq@:%;{Hid}den@"]


def leaks(text: str, password: str) -> bool:
    """Whether any recognisable piece of the password shows: as written, percent-decoded, or the
    part after any of its special characters (what a redaction that stops too early leaves)."""
    from urllib.parse import unquote

    pieces = {password, unquote(password), quote(password, safe="")}
    pieces |= {part for part in __import__("re").split(r"[@:%;{}]", password) if len(part) >= 3 and part != "Zq"}
    return any(piece and piece in text for piece in pieces)


def url_with(password: str, scheme: str = "mssql+pyodbc", encoded: bool = False) -> str:
    written = quote(password, safe="") if encoded else password
    return f"{scheme}://sa:{written}@db.example:1433/tpcxbb_1gb?driver=ODBC+Driver+18+for+SQL+Server"


@pytest.mark.parametrize("password", PASSWORDS)
@pytest.mark.parametrize("encoded", [False, True], ids=["as typed", "percent-encoded"])
def test_redact_url_hides_the_whole_password_and_keeps_the_rest(password, encoded):
    from sqlml.connection import redact_url

    url = url_with(password, encoded=encoded)
    shown = redact_url(url)
    assert not leaks(shown, password), shown
    assert shown.startswith("mssql+pyodbc://sa:***@") and "db.example:1433/tpcxbb_1gb" in shown


@pytest.mark.parametrize("url", ["mssql+pyodbc://sa@db/x?PWD=Zq;HiddenPwd&Encrypt=no",
                                 "mssql+pyodbc://db/x?uid=sa&password=ZqHiddenPwd",
                                 "sa:ZqHiddenPwd@db/x"])
def test_redact_url_hides_passwords_in_the_query_and_in_strings_that_are_not_urls(url):
    from sqlml.connection import redact_url

    assert "HiddenPwd" not in redact_url(url)


@pytest.mark.parametrize("password", PASSWORDS)
def test_an_unknown_url_scheme_is_named_without_the_password(password):
    with pytest.raises(ConnectError, match=r"Unknown database URL 'sqlite://sa:\*\*\*@") as caught:
        url_scheme(url_with(password, scheme="sqlite"))
    assert not leaks(str(caught.value), password)


@pytest.mark.parametrize("password", PASSWORDS)
@pytest.mark.parametrize("command", [["data", "--scale-factor", "0.01"], ["sql", "-"], ["retrain"]])
@pytest.mark.parametrize("scheme, broken", [("sqlite", ""), ("mssql+pyodbc", ":notaport"), ("duckdb", "")])
def test_the_cli_never_prints_the_password_of_a_bad_url(capsys, monkeypatch, tmp_path, password, command,
                                                       scheme, broken):
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("SELECT 1"))
    monkeypatch.setenv("SQLML_HOME", str(tmp_path))
    url = url_with(password, scheme=scheme).replace("db.example:1433", "db.example" + broken)
    if scheme == "duckdb":  # duckdb://sa:...@ (two slashes, no path): a malformed embedded URL
        url = f"duckdb://sa:{password}@db.example/x.duckdb"
    code = main([*command, "--database", url])
    captured = capsys.readouterr()
    assert code == 1
    assert not leaks(captured.err + captured.out, password), captured.err
    assert captured.err.strip().count("\n") == 0 and "sa:***@" in captured.err


class _DriverError(Exception):
    """pyodbc.Error as the real driver raises it: (SQLSTATE, message)."""


@pytest.mark.parametrize("password", PASSWORDS)
@pytest.mark.parametrize("state, message", [
    ("28000", "[Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Login failed for user 'sa'. (18456)"),
    ("08001", "[Microsoft][ODBC Driver 18 for SQL Server]TCP Provider: Error code 0x2749 (10057)"),
    # A driver that quotes its connection string back: the fallback message must not pass it on.
    ("IM999", "[unixODBC]Invalid value PWD={PASSWORD} in the connection string"),
])
def test_connection_errors_never_show_the_password(monkeypatch, password, state, message):
    from sqlml.engines.sqlserver import DEFAULT_DRIVER

    fake = types.ModuleType("pyodbc")
    fake.Error = _DriverError
    fake.drivers = lambda: [DEFAULT_DRIVER]

    def refuse(connection_string, autocommit=True, timeout=0):
        assert password in connection_string or quote(password, safe="") in connection_string or \
            password.replace("}", "}}") in connection_string
        raise _DriverError(state, message.replace("{PASSWORD}", "{" + password.replace("}", "}}") + "}"))

    fake.connect = refuse
    monkeypatch.setitem(sys.modules, "pyodbc", fake)
    with pytest.raises(ConnectError) as caught:
        sqlml.connect(url_with(password, encoded=True))
    assert not leaks(str(caught.value), password), str(caught.value)


@pytest.mark.parametrize("password", PASSWORDS[-2:])
def test_tsql_connect_never_echoes_the_password(password):
    from IPython.core.interactiveshell import InteractiveShell

    ip = InteractiveShell.instance()
    ip.run_line_magic("load_ext", "sqlml")
    try:
        ip.user_ns["database_url"] = url_with(password, scheme="sqlite")
        for line in ("%tsql_connect database_url", f"%tsql_connect {url_with(password)}",
                     f"%tsql_connect '{url_with(password, scheme='sqlite')}'"):
            result = ip.run_cell(line)
            assert not result.success
            error = result.error_in_exec or result.error_before_exec
            assert not leaks(str(error), password), str(error)
    finally:
        ip.user_ns.pop("database_url", None)
        sqlml.magic.disconnect()


def test_a_failed_notebook_copy_holds_no_password(tmp_path, monkeypatch):
    """The parameter papermill writes into the notebook (and so into the failed copy and the book)
    holds the URL without its password; the kernel gets the password from the environment."""
    from sqlml.course import NotebookFailed, execute_notebook

    password = PASSWORDS[-1]
    monkeypatch.delenv("SQLML_DATABASE_PASSWORD", raising=False)
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    notebook.cells = [
        nbformat.v4.new_code_cell("database_url = None\nscale_factor = 1.0", metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell(
            "import hashlib\nfrom sqlml.engines.sqlserver import parse_url\n"  # the kernel can still log in:
            "assert hashlib.sha256(parse_url(database_url).password.encode()).hexdigest() == "
            f"{hashlib.sha256(password.encode()).hexdigest()!r}\n"
            "raise RuntimeError(f'cannot reach {database_url}')"),
    ]
    source = tmp_path / "content" / "99-secret.ipynb"
    source.parent.mkdir()
    nbformat.write(notebook, source)
    with pytest.raises(NotebookFailed) as caught:
        execute_notebook(source, database_url=url_with(password, encoded=True), scale_factor=1.0,
                         output_dir=tmp_path / "executed")
    failed = tmp_path / "executed" / "99-secret.failed.ipynb"
    text = failed.read_text()
    assert "cannot reach mssql+pyodbc://sa@db.example:1433/tpcxbb_1gb" in text  # it ran, and failed where meant
    assert not leaks(text, password) and not leaks(str(caught.value), password)
    assert "SQLML_DATABASE_PASSWORD" not in __import__("os").environ  # put back as it was


# -- identifiers and versions ------------------------------------------------------------------------

def test_load_frame_quotes_the_table_name_so_it_cannot_run_sql(tmp_path):
    import pandas as pd

    # Pasted between double quotes, this name would end the identifier and run three statements.
    hostile = """x" AS SELECT 1 AS a; SET schema = 'dbo'; DROP TABLE customer; CREATE TABLE "y"""
    with sqlml.connect(f"duckdb:///{tmp_path / 'course.duckdb'}") as db:
        db.load_frame(pd.DataFrame({"c_customer_sk": [1, 2]}), "dbo.customer")
        db.load_frame(pd.DataFrame({"a": [7]}), hostile)
        assert db.scalar("SELECT COUNT(*) FROM dbo.customer") == 2
        names = db.connection.execute("SELECT schema_name, table_name FROM duckdb_tables() ORDER BY 2").fetchall()
        assert ("dbo", hostile) in names  # the name was taken for what it is: a name
        db.load_frame(pd.DataFrame({"a": [8]}), hostile, if_exists="append")
        assert db.connection.execute(f'SELECT list(a ORDER BY a) FROM dbo."{hostile.replace(chr(34), 2 * chr(34))}"'
                                     ).fetchone()[0] == [7, 8]


@pytest.mark.parametrize("version", [2.7, 2.0, "2", True, None, float("nan")])
def test_promote_refuses_a_version_that_is_not_a_whole_number(tmp_path, version):
    from sklearn.cluster import KMeans
    import numpy as np

    from sqlml.models import ModelRegistry

    with sqlml.connect(f"duckdb:///{tmp_path / 'course.duckdb'}") as db:
        registry = ModelRegistry(db)
        for seed in (1, 2):
            model = KMeans(n_clusters=2, n_init=1, random_state=seed).fit(np.arange(8.0).reshape(4, 2) * seed)
            registry.save("customer_returns", model, champion=(seed == 1))
        with pytest.raises(SqlmlError, match="must be a whole number"):
            registry.promote("customer_returns", version)
        assert registry.champion_version("customer_returns") == 1
        registry.promote("customer_returns", np.int64(2))  # a version read from a DataFrame is fine
        assert registry.champion_version("customer_returns") == 2
