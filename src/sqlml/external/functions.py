"""User-defined functions on the embedded engine: CREATE / ALTER / DROP FUNCTION.

Two kinds, as SQL Server has them:
- a scalar function, `RETURNS type AS BEGIN ... RETURN expr END`, whose body declares, sets and tests
  variables (DECLARE, SET, SELECT @v = ..., IF ... ELSE, BEGIN ... END) and returns a value;
- an inline table-valued function, `RETURNS TABLE AS RETURN (SELECT ...)`.

DuckDB has macros, not procedural functions. A scalar body without loops is one expression in disguise:
each assignment is substituted into what follows it, and each IF becomes a CASE whose branches run the
rest of the body, so `IF @x > 0 RETURN 1; RETURN 0` is `CASE WHEN x > 0 THEN 1 ELSE 0 END`. That T-SQL
expression, cast to the declared return type, goes through the translator with the parameters' declared
types, and becomes a DuckDB macro in the function's schema; an inline function's query becomes a table
macro. What has no such form (WHILE, a multi-statement table-valued function, a body that reads or
writes with side effects) is refused by name. The function's T-SQL is kept beside the procedures', so
ALTER, DROP and the catalog views know it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import TsqlError, UnsupportedError
from ..results import Result
from ..tsql import Batch, StatementKind, split_block, split_statements, translate
from .calls import parse_parameter_list
from .lexer import VARIABLE, source, split_top_level, tokenize
from .procedures import SCHEMA, _read_name
from .sqltypes import SqlType, parse_type

if TYPE_CHECKING:
    from ..tsql import Statement

TABLE = f"{SCHEMA}.functions"
_DEFINITION = re.compile(r"^\s*(CREATE\s+OR\s+ALTER|CREATE|ALTER)\s+FUNCTION\b", re.I)
_DROP = re.compile(r"^\s*DROP\s+FUNCTION\s+(?P<exists>IF\s+EXISTS\s+)?(?P<names>.+?)\s*;?\s*$", re.I | re.S)
_ARGUMENT = "sqlml_arg_"   # macro parameters: a name no column of the learner's has


@dataclass
class Function:
    schema: str
    name: str
    parameters: list          # calls.ParameterDefinition
    returns: SqlType | None   # None: RETURNS TABLE (inline)
    body: str                 # after AS
    definition: str
    verb: str

    @property
    def key(self) -> str:
        return f"{self.schema}.{self.name}".lower()


def is_function_definition(text: str) -> bool:
    return bool(_DEFINITION.match(text) or _DROP.match(text))


def _syntax_error(near: str) -> TsqlError:
    return TsqlError(f"Incorrect syntax near '{near}'.", number=102, severity=15)


def parse_function(text: str) -> Function:
    tokens = tokenize(text)
    words = [t.upper for t in tokens[:3]]
    verb, i = ("create or alter", 3) if words == ["CREATE", "OR", "ALTER"] else (words[0].lower(), 1)
    parts, i = _read_name(tokens, i + 1)
    if not parts:
        raise _syntax_error(tokens[i].text if i < len(tokens) else "FUNCTION")
    if len(parts) > 2:
        raise TsqlError("'CREATE/ALTER FUNCTION' does not allow specifying the database name as a prefix to the "
                        "object name.", number=166, severity=15)
    schema, name = (parts[0], parts[1]) if len(parts) == 2 else ("dbo", parts[0])
    if i >= len(tokens) or tokens[i].text != "(":
        raise _syntax_error(tokens[i].text if i < len(tokens) else name)
    depth, close = 0, None
    for j in range(i, len(tokens)):
        depth += {"(": 1, ")": -1}.get(tokens[j].text, 0)
        if depth == 0:
            close = j
            break
    if close is None or close + 1 >= len(tokens) or not tokens[close + 1].is_word("RETURNS"):
        raise _syntax_error(tokens[close + 1].text if close is not None and close + 1 < len(tokens) else name)
    parameters = parse_parameter_list(tokens[i + 1:close])
    k = close + 2
    if k < len(tokens) and tokens[k].type is VARIABLE:
        raise UnsupportedError(f"A multi-statement table-valued function ({schema}.{name} RETURNS {tokens[k].text} "
                               "TABLE)", hint="Write it as an inline function: RETURNS TABLE AS RETURN (SELECT ...).")
    # AS is optional before the body (BEGIN ... END, or an inline function's RETURN), as in SQL Server
    as_at = next((j for j in range(k, len(tokens)) if tokens[j].is_word("AS", "BEGIN", "RETURN")), None)
    if as_at is None:
        raise _syntax_error(tokens[-1].text)
    header = tokens[k:as_at]
    with_at = next((j for j, t in enumerate(header) if t.is_word("WITH")), None)
    if with_at is not None:
        options = {t.upper for t in header[with_at + 1:] if t.text != ","}
        if options - {"SCHEMABINDING", "RETURNS", "NULL", "ON", "INPUT", "CALLED", "INLINE", "=", "OFF"}:
            raise UnsupportedError(f"CREATE FUNCTION ... WITH {source(text, header[with_at + 1:])}")
        header = header[:with_at]
    words = [t.text for t in header]
    returns = None if [w.upper() for w in words] == ["TABLE"] else parse_type(words)
    body = text[tokens[as_at].end:] if tokens[as_at].is_word("AS") else text[tokens[as_at].start:]
    return Function(schema, name, parameters, returns, body, text, verb)


# -- the body as one expression ------------------------------------------------------------------

class _Body:
    """Compiles a scalar function's statements into the T-SQL expression of its return value."""

    def __init__(self, function: Function) -> None:
        self.function = function
        self.types: dict[str, SqlType] = {p.name: p.type for p in function.parameters}

    def statements(self, text: str, line: int = 1) -> list:
        return split_statements(Batch(text, line))

    def compile(self, statements: list, env: dict[str, str]) -> str:
        if not statements:
            raise TsqlError("The last statement included within a function must be a return statement.",
                            number=455, severity=16)
        statement, rest = statements[0], statements[1:]
        kind = statement.kind
        tokens = [t for t in tokenize(statement.text) if t.text != ";"]
        if kind is StatementKind.RETURN:
            if len(tokens) < 2:
                raise TsqlError("The last statement included within a function must be a return statement.",
                                number=455, severity=16)
            return self.substitute(source(statement.text, tokens[1:]), env)
        if kind is StatementKind.DECLARE:
            return self.compile(rest, self.declare(statement.text, tokens, env))
        if kind in (StatementKind.SET_VARIABLE, StatementKind.SELECT_ASSIGN):
            return self.compile(rest, self.assign(statement.text, tokens, env))
        if kind is StatementKind.BLOCK:
            block = split_block(statement)
            if block.keyword == "BEGIN":
                return self.compile(list(block.body) + rest, env)
            if block.keyword == "IF":
                condition = self.substitute(block.condition.text, env)
                chosen = self.compile(list(block.body) + rest, dict(env))
                other = self.compile(list(block.orelse) + rest, dict(env))
                return f"CASE WHEN {condition} THEN {chosen} ELSE {other} END"
            raise UnsupportedError(f"{block.keyword} in the body of the function {self.function.schema}."
                                   f"{self.function.name}",
                                   hint="The embedded engine turns a function's body into one expression: "
                                        "DECLARE, SET, IF ... ELSE and RETURN, without loops.")
        raise UnsupportedError(f"The statement '{' '.join(statement.text.split())[:40]}' in the body of the "
                               f"function {self.function.schema}.{self.function.name}",
                               hint="A function's body may DECLARE, SET, test (IF ... ELSE) and RETURN.")

    def declare(self, text: str, tokens: list, env: dict[str, str]) -> dict[str, str]:
        env = dict(env)
        for part in split_top_level(tokens[1:]):
            if not part or part[0].type is not VARIABLE:
                raise _syntax_error(part[0].text if part else "DECLARE")
            name = part[0].text[1:].lower()
            rest = part[1:]
            if rest and rest[0].is_word("AS"):
                rest = rest[1:]
            equals = next((k for k, t in enumerate(rest) if t.text == "="), None)
            type_words = [t.text for t in (rest if equals is None else rest[:equals])]
            if [w.upper() for w in type_words[:1]] == ["TABLE"] or (type_words and type_words[0].startswith("@")):
                raise UnsupportedError("A table variable in a function's body")
            sql_type = parse_type(type_words)
            self.types[name] = sql_type
            value = "NULL" if equals is None else self.substitute(source(text, rest[equals + 1:]), env)
            env[name] = f"CAST({value} AS {sql_type})"
        return env

    def assign(self, text: str, tokens: list, env: dict[str, str]) -> dict[str, str]:
        env = dict(env)
        if any(t.is_word("FROM", "WHERE") for t in tokens):
            raise UnsupportedError("SELECT @variable = ... FROM in a function's body",
                                   hint="Assign a scalar subquery instead: SET @v = (SELECT ... FROM ...).")
        for part in split_top_level(tokens[1:]):
            if len(part) < 3 or part[0].type is not VARIABLE:
                raise _syntax_error(part[0].text if part else tokens[0].text)
            name = part[0].text[1:].lower()
            if name not in self.types:
                raise TsqlError(f'Must declare the scalar variable "{part[0].text}".', number=137, severity=15)
            operator = part[1].text if part[1].text != "=" else ""
            start = 2 if not operator else 3
            value = self.substitute(source(text, part[start:]), env)
            if operator:
                value = f"({env[name]}) {operator} ({value})"
            env[name] = f"CAST({value} AS {self.types[name]})"
        return env

    def substitute(self, expression: str, env: dict[str, str]) -> str:
        """The expression with each variable replaced by what it holds at this point of the body."""
        tokens = tokenize(expression)
        pieces, at = [], 0
        for token in tokens:
            if token.type is VARIABLE and not token.text.startswith("@@"):
                name = token.text[1:].lower()
                if name not in env:
                    raise TsqlError(f'Must declare the scalar variable "{token.text}".', number=137, severity=15)
                pieces += [expression[at:token.start], f"({env[name]})"]
                at = token.end
        return "".join(pieces + [expression[at:]])


def _body_statements(function: Function) -> list:
    statements = split_statements(Batch(function.body, 1))
    if len(statements) != 1 or statements[0].kind is not StatementKind.BLOCK \
            or split_block(statements[0]).keyword != "BEGIN":
        raise _syntax_error("RETURN" if statements else "AS")
    return list(split_block(statements[0]).body)


def _macro_sql(function: Function, connection) -> str:
    """CREATE OR REPLACE MACRO for the function, from its translated body."""
    names = [p.name for p in function.parameters]
    types = {p.name: str(p.type) for p in function.parameters}
    if function.returns is None:
        tokens = [t for t in tokenize(function.body) if t.text != ";"]
        if not tokens or not tokens[0].is_word("RETURN"):
            raise _syntax_error(tokens[0].text if tokens else "AS")
        query = tokens[1:]
        while query and query[0].text == "(" and query[-1].text == ")":
            query = query[1:-1]
        translation = translate(source(function.body, query), dict.fromkeys(names), connection, types=types)
        body, kind = translation.sql, "TABLE "
    else:
        expression = _Body(function).compile(_body_statements(function), {n: f"@{n}" for n in names})
        translation = translate(f"SELECT CAST({expression} AS {function.returns})", dict.fromkeys(names),
                                connection, types=types)
        body, kind = f"({translation.sql})", ""
    unknown = set(translation.parameters) - set(names)
    if unknown:
        raise UnsupportedError(f"@@{sorted(unknown)[0].strip('_').upper()} in a function's body")
    if ";" in body.rstrip(";"):   # statements before or after (sequences, length checks): no macro holds them
        raise UnsupportedError(f"The body of the function {function.schema}.{function.name} (it needs more "
                               "than one statement on the embedded engine)")
    # An argument is converted to its parameter's declared type, as SQL Server converts it on the call (the
    # taxi tutorial passes varchar(30) coordinates to float parameters).
    declared = {name: _duckdb_type(kind) for name, kind in types.items()}
    body = re.sub(r"\$(\w+)", lambda m: (f"CAST({_ARGUMENT}{m[1]} AS {declared[m[1]]})" if declared.get(m[1])
                                         else _ARGUMENT + m[1]) if m[1] in names else m[0], body)
    # The translator's helper macros are the connection's (TEMP): named so, a body finds them wherever
    # DuckDB binds it (inside another function's body it looked in the function's schema: dbo.tsql_divisor).
    body = re.sub(r"(?<![\w.\"])(" + "|".join(_helper_macros()) + r")\(", r"temp.main.\1(", body, flags=re.I)
    arguments = ", ".join(_ARGUMENT + n for n in names)
    return f"CREATE OR REPLACE MACRO {_quoted(function.schema)}.{_quoted(function.name)}({arguments}) AS {kind}{body}"


def _helper_macros() -> list[str]:
    from ..tsql.catalog import _MACROS
    return [m for text in _MACROS for m in re.findall(r"TEMP MACRO (\w+)\(", text)]


def _duckdb_type(tsql_type: str) -> str | None:
    from sqlglot import exp

    from ..tsql.dialect import SqlmlDuckDB, SqlmlTSQL
    try:
        return exp.DataType.build(tsql_type, dialect=SqlmlTSQL).sql(dialect=SqlmlDuckDB)
    except Exception:  # noqa: BLE001 - a type sqlglot cannot build: the argument is passed as it comes
        return None


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# -- the statements ------------------------------------------------------------------------------

def run_function_statement(interpreter, statement: "Statement", results: list[Result]) -> bool:
    """CREATE / ALTER / DROP FUNCTION, carried out here (True), or not such a statement (False)."""
    text = statement.text
    if not is_function_definition(text):
        return False
    from ..tsql import invalidate_catalog

    connection = interpreter.connection
    drop = _DROP.match(text)
    if drop:
        for part in drop["names"].split(","):
            parts = [p.strip().strip("[]\"") for p in part.split(".")]
            key = ".".join(parts[-2:]) if len(parts) > 1 else f"dbo.{parts[0]}"
            if _stored(connection, key.lower()) is None:
                if drop["exists"]:
                    continue
                raise TsqlError(f"Cannot drop the function '{part.strip()}', because it does not exist or you do "
                                "not have permission.", number=3701, severity=11)
            schema, name = key.split(".", 1)
            connection.execute(f"DROP MACRO {'TABLE ' if _stored(connection, key.lower()) == 'IF' else ''}"
                               f"IF EXISTS {_quoted(schema)}.{_quoted(name)}")
            connection.execute(f"DELETE FROM {TABLE} WHERE object_key = ?", [key.lower()])
        invalidate_catalog(connection)
        return True
    function = parse_function(text)
    _refuse_recursion(function)
    existing = _stored(connection, function.key)
    if function.verb == "create" and existing is not None:
        raise TsqlError(f"There is already an object named '{function.name}' in the database.", number=2714,
                        severity=16, state=3)
    if function.verb == "alter" and existing is None:
        raise TsqlError(f"Invalid object name '{function.schema}.{function.name}'.", number=208, severity=16)
    from ..tsql.catalog import ensure_objects
    ensure_objects(connection)   # the helper macros a body calls, which DuckDB binds as the macro is made
    macro = _macro_sql(function, connection)
    connection.execute(f"CREATE SCHEMA IF NOT EXISTS {_quoted(function.schema)}")
    if existing is not None and existing != ("FN" if function.returns is not None else "IF"):
        connection.execute(f"DROP MACRO {'TABLE ' if existing == 'IF' else ''}IF EXISTS "
                           f"{_quoted(function.schema)}.{_quoted(function.name)}")
    connection.execute(macro)
    _store(connection, function)
    invalidate_catalog(connection)
    return True


def _refuse_recursion(function: Function) -> None:
    """A function whose body calls itself: SQL Server runs it (up to 32 levels deep); a DuckDB macro cannot."""
    part = r"\s*[\[\"]?\s*{}\s*[\]\"]?\s*"
    call = re.compile(part.format(re.escape(function.schema)) + r"\." + part.format(re.escape(function.name)) + r"\(",
                      re.IGNORECASE)
    if call.search(function.body):
        raise UnsupportedError(f"A function that calls itself ({function.schema}.{function.name})",
                               hint="The embedded engine makes a function one expression, which cannot call itself: "
                                    "write the recursion as a recursive CTE, or run it on SQL Server.")


def _ensure_table(connection) -> None:
    connection.execute(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
    connection.execute(f"CREATE TABLE IF NOT EXISTS {TABLE} (object_key VARCHAR PRIMARY KEY, schema_name VARCHAR "
                       "NOT NULL, name VARCHAR NOT NULL, type VARCHAR NOT NULL, definition VARCHAR NOT NULL, "
                       "created_at TIMESTAMP NOT NULL, modified_at TIMESTAMP NOT NULL, returns VARCHAR)")


def _stored(connection, key: str) -> str | None:
    """The stored function's type ('FN' scalar, 'IF' inline table-valued), None if there is none."""
    exists = connection.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND "
                                "table_name = 'functions' AND table_catalog = current_database()", [SCHEMA]).fetchone()
    if not exists[0]:
        return None
    row = connection.execute(f"SELECT type FROM {TABLE} WHERE object_key = ?", [key]).fetchone()
    return row[0] if row else None


def _store(connection, function: Function) -> None:
    from ..tsql.catalog import procedures_table_created
    _ensure_table(connection)
    procedures_table_created(connection)   # sys.objects lists the functions table's rows from now on
    kind = "FN" if function.returns is not None else "IF"
    connection.execute(
        f"INSERT INTO {TABLE} VALUES (?, ?, ?, ?, ?, now()::TIMESTAMP, now()::TIMESTAMP, ?) ON CONFLICT (object_key) "
        "DO UPDATE SET type = excluded.type, definition = excluded.definition, modified_at = excluded.modified_at, "
        "returns = excluded.returns",
        [function.key, function.schema, function.name, kind, function.definition,
         None if function.returns is None else str(function.returns)])
