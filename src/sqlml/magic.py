"""`%load_ext sqlml`: T-SQL cells in Jupyter.

    %tsql_connect database_url        # a URL, None (the default database) or a sqlml Database
    %%tsql                            # the cell is T-SQL: tables and messages are shown in order
    %%tsql features <<                # keeps the last result set in `features` (no table shown)
    top = %tsql SELECT TOP (5) * FROM dbo.customer   # the line form returns the last result set

A `@x` that the cell uses without declaring it is bound from the Python variable `x`: the value
travels as a parameter, never as text, so quotes in it cannot change the statement.

One Database per kernel: `current_database()` gives Python code the same Database the cells use.
The embedded engine opens its file only while a statement runs, so several notebooks can be open
at once (see `sqlml.engines.embedded.EmbeddedDatabase`); at the end of each cell the extension
lets go of a file that Python code held through the raw DuckDB connection.

Choices, and why:
- `name <<` keeps the result set quiet, as ipython-sql's `<<` does and as an assignment does in
  Python: the next cell decides what to show (`name.head()`, a plot). It prints no row counts
  either; other messages (PRINT, warnings) still print.
- Row counts follow their table in both forms, as SQL Server Management Studio shows them: the
  line form, whose table is the cell's value (shown last), prints the counts after it.
- `%load_ext sqlml` runs again silently, so a notebook can be re-run from the top.
- A cell runs one GO batch at a time and shows each batch's output when it finishes. It stops
  at the first error; what ran before stays done, as on SQL Server.
- Once the extension is loaded, a sqlml error (a T-SQL error, a missing prerequisite, a
  connection problem) shows as its message alone, in a Python cell too. The cell still fails,
  so papermill and the notebook tests stop on it.
"""
from __future__ import annotations

import datetime
import decimal
import keyword
import re
import uuid
from typing import TYPE_CHECKING, Any

from .errors import SqlmlError, TsqlError

if TYPE_CHECKING:
    from .connection import Database

__all__ = ["current_database", "disconnect", "load_ipython_extension", "python_parameters", "use_database"]

# -- the kernel's database ---------------------------------------------------------------------

_current: "Database | None" = None
_owned = False  # whether this module opened _current (and so may close it)


def current_database() -> "Database":
    """The database `%%tsql` cells run on; connects with `sqlml.connect()` on first use."""
    global _current, _owned
    if _current is None:
        from .connection import connect
        _current, _owned = connect(), True
    return _current


def use_database(target: "str | Database | None") -> "Database":
    """Make `target` (a URL, None for the default, or a Database) the current database.

    Connecting again to the URL already in use keeps that connection, so re-running a notebook's
    connect cell does not invalidate a `db` taken from `current_database()` earlier.
    """
    global _current, _owned
    from .connection import Database, connect, resolve_url

    if isinstance(target, Database):
        if target is not _current:
            disconnect()
            _current, _owned = target, False
        return target
    if target is not None and not isinstance(target, str):
        raise SqlmlError(f"%tsql_connect needs a database URL (a string), None or a sqlml Database, "
                         f"not {type(target).__name__}.")
    url = resolve_url(target)
    if _current is not None and getattr(_current, "url", None) == url:
        return _current
    database = connect(url)
    disconnect()
    _current, _owned = database, True
    return database


def disconnect() -> None:
    """Forget the current database, closing it if this module opened it."""
    global _current, _owned
    if _current is not None and _owned:
        _current.close()
    _current, _owned = None, False


# -- which @variables come from Python ----------------------------------------------------------

# Words that start a statement: a DECLARE list or an EXEC argument list ends before them.
_STATEMENT_STARTS = frozenset("""
    ALTER BEGIN BREAK CLOSE COMMIT CONTINUE CREATE DEALLOCATE DECLARE DELETE DROP ELSE EXEC EXECUTE
    FETCH GOTO IF INSERT MERGE OPEN PRINT RAISERROR RETURN ROLLBACK SELECT SET THROW TRUNCATE
    UPDATE USE WAITFOR WHILE WITH
""".split())
_ROUTINES = frozenset({"PROC", "PROCEDURE", "FUNCTION", "TRIGGER"})


def _lexemes(batch: str):
    """(kind, text) for the parts of a batch that matter here, from the one T-SQL tokenizer
    (tsql/tokens.py); strings, quoted names and comments are skipped."""
    from sqlglot.tokens import TokenType

    from .tsql.tokens import VARIABLE, TokenError, tokenize

    try:
        tokens = tokenize(batch)
    except TokenError:
        return    # something left open: the engine reports it when the cell runs
    for token in tokens:
        if token.is_string or token.type == TokenType.IDENTIFIER:
            continue
        if token.type is VARIABLE:
            yield ("system" if token.is_system_variable else "variable"), token.text
        elif token.text in ("(", ")", ",", ";", "="):
            yield "punct", token.text
        elif token.text[:1].isalpha() or token.text[:1] == "_":
            yield "word", token.text
        else:
            yield "other", token.text


def cell_variables(script: str) -> list[str]:
    """The `@names` a script uses as variables without declaring them, in order of first use.

    Not counted: variables the script DECLAREs, @@system functions, parameter names in
    `EXEC proc @name = ...`, and anything in the body of a CREATE PROCEDURE / FUNCTION /
    TRIGGER (it runs later, with its own parameters). Names are returned without the `@`.
    """
    from .tsql import split_batches

    declared: set[str] = set()
    used: dict[str, None] = {}
    for batch in split_batches(script):
        lexemes = list(_lexemes(batch.text))
        mode = None            # "declare" or "exec" while inside such a statement
        expect_declared = False
        depth = cases = 0
        words: list[str] = []  # the statement's first words, to spot CREATE [OR ALTER] PROC
        for index, (kind, text) in enumerate(lexemes):
            starts_name = expect_declared
            expect_declared = False
            if kind == "word":
                word = text.upper()
                if word == "CASE":
                    cases += 1
                elif word == "END" and cases:
                    cases -= 1
                elif depth == 0 and (word in _STATEMENT_STARTS or word == "END"):
                    mode, words = None, []
                words.append(word)
                if word in _ROUTINES and words[0] in ("CREATE", "ALTER"):
                    break      # a routine takes the rest of its batch
                if word == "DECLARE" and depth == 0:
                    mode, expect_declared = "declare", True
                elif word in ("EXEC", "EXECUTE"):
                    mode = "exec"
            elif kind == "punct":
                if text == "(":
                    depth += 1
                elif text == ")":
                    depth = max(depth - 1, 0)
                elif text == ";":
                    mode, words, depth, cases = None, [], 0, 0
                elif text == "," and mode == "declare" and depth == 0 and not cases:
                    expect_declared = True
            elif kind == "variable":
                name = text[1:]
                following = lexemes[index + 1][1] if index + 1 < len(lexemes) else ""
                if mode == "declare" and starts_name:
                    declared.add(name.lower())
                elif mode == "exec" and following == "=":
                    pass       # the called procedure's parameter name, not a variable
                else:
                    used.setdefault(name, None)
    return [name for name in used if name.lower() not in declared]


_SCALARS = (type(None), bool, int, float, str, bytes, decimal.Decimal, datetime.date, datetime.time,
            datetime.timedelta, uuid.UUID)


def python_parameters(script: str, namespace: dict[str, Any]) -> dict[str, Any]:
    """The values of the Python variables `script` uses as undeclared `@x`, to bind as parameters."""
    params: dict[str, Any] = {}
    for name in cell_variables(script):
        if not name.isidentifier() or name not in namespace:
            continue   # no such Python variable: the engine reports the undeclared variable
        value = namespace[name]
        if isinstance(value, (bytearray, memoryview)):
            value = bytes(value)
        elif hasattr(value, "dtype") and hasattr(value, "item") and getattr(value, "ndim", None) == 0:
            value = value.item()   # a NumPy scalar such as numpy.int64
        if not isinstance(value, _SCALARS):
            raise SqlmlError(
                f"@{name} would take the Python variable {name}, which is a {type(value).__name__}; only "
                "numbers, strings, bytes, dates and None can be bound. DECLARE @"
                f"{name} in the cell, or rename the Python variable.")
        params[name] = value
    return params


# -- the magics ----------------------------------------------------------------------------------

_KEEP = re.compile(r"^\s*(?P<name>[^\W\d]\w*)\s*<<\s*(?P<rest>.*)$", re.DOTALL)


def _split_keep(line: str) -> tuple[str | None, str]:
    """`name << rest` -> (name, rest); anything else -> (None, line)."""
    match = _KEEP.match(line)
    if not match:
        return None, line
    name = match["name"]
    if keyword.iskeyword(name):
        from IPython.core.error import UsageError
        raise UsageError(f"{name!r} is a Python keyword: choose another variable name before <<.")
    return name, match["rest"]


def _show(results) -> None:
    """Each result set as a table and each message as text, in the order they came."""
    from IPython.display import display

    for result in results:
        if result.frame is not None:
            display(result.frame)
        elif result.message is not None:
            _say(result.message)


_ROW_COUNT = re.compile(r"^\(\d+ rows? affected\)$")


def _show_messages(results) -> None:
    """Messages only, without the row counts: what a `name <<` cell prints."""
    for result in results:
        if result.frame is None and result.message is not None and not _ROW_COUNT.match(result.message):
            print(result.message, flush=True)


class _LineOutput:
    """The line form's output: messages before its last table print at once, those after it once the
    table (the cell's value) has been shown, so the row count sits under its table as in a cell."""

    def __init__(self, shell) -> None:
        self.shell = shell
        self.seen: list = []

    def __call__(self, results) -> None:
        self.seen.extend(results)

    def finish(self, *, keep: bool, returns_table: bool) -> None:
        show = _show_messages if keep else _print_messages
        last_table = max((i for i, r in enumerate(self.seen) if r.frame is not None), default=-1)
        if not returns_table or last_table < 0:
            show(self.seen)
            return
        show(self.seen[:last_table + 1])
        after = self.seen[last_table + 1:]
        if after:
            def print_after(*_):
                self.shell.events.unregister("post_execute", print_after)
                show(after)
            self.shell.events.register("post_execute", print_after)


def _print_messages(results) -> None:
    for result in results:
        if result.frame is None and result.message is not None:
            _say(result.message)


def _say(message: str) -> None:
    # One write with its line break: print() writes them apart, and the kernel, which sends text on
    # a timer, can send the line break alone as a second, blank output under the cell.
    print(f"{message}\n", end="", flush=True)


def _run(shell, script: str, show) -> list:
    """Run `script` on the current database, binding its Python variables; raise the SQL error alone."""
    from .scripts import ScriptFailed, run_batches

    params = python_parameters(script, shell.user_ns)
    try:
        return run_batches(current_database(), script, params or None, on_results=show)
    except ScriptFailed as failure:
        raise _with_hint(failure.error, script, shell.user_ns) from None


_UNDECLARED = re.compile(r'^Must declare the scalar variable "@(?P<name>[^"]+)"\.$')


def _with_hint(error: TsqlError, script: str, namespace: dict) -> TsqlError:
    """Msg 137 for an `@x` the cell uses undeclared: say that a Python variable `x` would be bound."""
    undeclared = _UNDECLARED.match(getattr(error, "text", ""))
    if undeclared and getattr(error, "number", None) == 137:
        name = undeclared["name"]
        if name in cell_variables(script) and name.isidentifier() and name not in namespace:
            error.text += (f" No Python variable {name} exists to bind it: define {name} in a Python cell "
                           f"(for example {name} = 2002) and run this cell again, or DECLARE @{name} in this cell.")
            error.args = (error._format(),)
    return error


def _last_frame(results, name: str):
    frames = [r.frame for r in results if r.frame is not None]
    if not frames:
        from IPython.core.error import UsageError
        raise UsageError(f"The T-SQL ran but returned no result set to keep in {name}: "
                         "end it with a SELECT, or drop the '<<'.")
    return frames[-1]


def _short_error(shell, etype, value, tb, tb_offset=None) -> None:
    """A sqlml error as its one message, without the Python traceback a learner cannot act on.

    The cell still fails (papermill and nbclient see an error); only the display is short.
    """
    text = str(value) if isinstance(value, TsqlError) else f"{etype.__name__}: {value}"
    shell._showtraceback(etype, value, [text])  # what ipykernel overrides to send the error output


def _make_magics_class():
    from IPython.core.error import UsageError

    from .connection import redact_url
    from IPython.core.magic import Magics, line_cell_magic, line_magic, magics_class, no_var_expand

    @magics_class
    class TsqlMagics(Magics):
        @no_var_expand  # never paste Python values into T-SQL text: `@x` binds them
        @line_cell_magic
        def tsql(self, line: str, cell: str | None = None):
            """Run T-SQL on the current database.

            `%%tsql` shows each result set and message; `%%tsql name <<` keeps the last result
            set in `name` instead of showing it. `%tsql SELECT ...` returns the last result set.
            """
            if cell is None:
                name, script = _split_keep(line)
                if not script.strip():
                    raise UsageError("%tsql needs a statement, for example: %tsql SELECT TOP (5) * FROM dbo.customer")
                output = _LineOutput(self.shell)
                try:
                    results = _run(self.shell, script, output)
                except BaseException:
                    output.finish(keep=bool(name), returns_table=False)
                    raise
                output.finish(keep=bool(name), returns_table=not name)
                frames = [r.frame for r in results if r.frame is not None]
                if name:
                    self.shell.user_ns[name] = _last_frame(results, name)
                    return None
                return frames[-1] if frames else None
            name, rest = _split_keep(line)
            if rest.strip():
                raise UsageError(f"%%tsql takes only an optional 'name <<' on its line, not {rest.strip()!r}: "
                                 "put the T-SQL on the lines below.")
            if not cell.strip():
                return None
            results = _run(self.shell, cell, _show_messages if name else _show)
            if name:
                self.shell.user_ns[name] = _last_frame(results, name)
            return None

        @no_var_expand
        @line_magic
        def tsql_connect(self, line: str):
            """`%tsql_connect EXPR`: EXPR (a URL, None or a sqlml Database) becomes the current database."""
            expression = line.strip()
            try:
                target = self.shell.ev(expression) if expression else None
            except NameError as error:
                raise UsageError(f"%tsql_connect {redact_url(expression)}: {error}; run the parameters cell "
                                 "first, or give a URL in quotes.") from None
            except SyntaxError:  # an unquoted URL: say so without echoing it (it may hold a password)
                raise UsageError(f"%tsql_connect {redact_url(expression)}: not a Python expression; give the "
                                 "URL in quotes, or the name of a variable that holds it.") from None
            use_database(target)

    return TsqlMagics


def load_ipython_extension(ipython) -> None:
    ipython.register_magics(_make_magics_class())
    # sqlml's errors (SQL errors, missing prerequisites, connection problems) show as one message.
    ipython.set_custom_exc((SqlmlError,), _short_error)
    show_whole_cells()
    if _release_files not in ipython.events.callbacks["post_run_cell"]:
        ipython.events.register("post_run_cell", _release_files)
    # IPython answers a second `%load_ext sqlml` with "already loaded" unless the name leaves its
    # list of loaded extensions; loading again is harmless (the steps above are idempotent).
    if _forget_loaded not in ipython.events.callbacks["post_execute"]:
        ipython.events.register("post_execute", _forget_loaded)


def _forget_loaded() -> None:
    from IPython import get_ipython

    ipython = get_ipython()
    if ipython is not None:
        ipython.events.unregister("post_execute", _forget_loaded)
        ipython.extension_manager.loaded.discard("sqlml")


def _release_files(result=None) -> None:
    """At the end of a cell, let go of database files Python code held through the raw connection."""
    from .engines.embedded import release_all
    release_all()


def show_whole_cells() -> None:
    """pandas cuts a table cell longer than 50 characters with "..." and hides middle columns;
    a course's tables (success criteria, findings, validation) must be read whole."""
    import pandas as pd

    pd.set_option("display.max_colwidth", None)
    pd.set_option("display.max_columns", None)
    pd.set_option("display.width", 120)


def unload_ipython_extension(ipython) -> None:
    ipython.set_custom_exc((), None)
    if _release_files in ipython.events.callbacks["post_run_cell"]:
        ipython.events.unregister("post_run_cell", _release_files)
    disconnect()
