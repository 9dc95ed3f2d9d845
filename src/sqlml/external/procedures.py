"""Stored procedures on the embedded engine: CREATE/ALTER/DROP, storage, and calls.

A procedure's whole CREATE text is kept in the database file (`sqlml_system.procedures`), so it
works from any later connection or process, as on SQL Server. Calls parse it once per
connection and run the body with its own variables, like a batch.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import TsqlError, UnsupportedError
from ..tsql import Batch, Statement, StatementKind, split_block, split_statements, translate
from ..tsql.catalog import procedures_table_created
from .calls import ExecCall, ParameterDefinition, bind_arguments, constant_value, parse_parameter_list
from .configure import SCHEMA
from .lexer import VARIABLE, Token, tokenize
from .scope import MAX_NESTING, Break, Continue, Return, Scope

if TYPE_CHECKING:
    from ..results import Result
    from .interfaces import Runner

TABLE = f"{SCHEMA}.procedures"
_DEFAULT = object()


@dataclass
class Procedure:
    schema: str
    name: str
    parameters: list[ParameterDefinition]
    definition: str
    body_offset: int           # where the body starts in `definition`
    _statements: list[Statement] | None = field(default=None, repr=False)

    @property
    def qualified(self) -> str:
        return f"{self.schema}.{self.name}"

    def body_batch(self, line: int = 1, column: int = 1) -> Batch:
        """The body as a batch placed at (line, column) of the definition's first character."""
        before = self.definition[: self.body_offset]
        lines = before.count("\n")
        body_column = (column if lines == 0 else 1) + len(before) - (before.rfind("\n") + 1)
        return Batch(self.definition[self.body_offset:], line + lines, column=body_column)

    def statements(self) -> list[Statement]:
        """The body's statements; lines are counted from the CREATE line, as SQL Server reports them."""
        if self._statements is None:
            self._statements = split_statements(self.body_batch())
        return self._statements


def _syntax_error(near: str) -> TsqlError:
    return TsqlError(f"Incorrect syntax near '{near}'.", number=102, severity=15)


def _read_name(tokens: list[Token], i: int) -> tuple[list[str], int]:
    parts: list[str] = []
    while i < len(tokens):
        tok = tokens[i]
        if tok.text == ".":
            i += 1
            continue
        if parts and tokens[i - 1].text != ".":
            break
        if tok.type is VARIABLE or tok.text in ("(", ";") or tok.is_string:
            break
        parts.append(tok.text)
        i += 1
    return parts, i


def parse_definition(text: str) -> tuple[Procedure, str]:
    """`CREATE [OR ALTER] | ALTER PROC[EDURE] name params [WITH ...] AS body` -> (procedure, verb).

    `verb` is "create", "alter" or "create or alter".
    """
    tokens = tokenize(text)
    words = [t.upper for t in tokens[:4]]
    if words[:3] == ["CREATE", "OR", "ALTER"]:
        verb, i = "create or alter", 3
    elif words[:1] == ["CREATE"]:
        verb, i = "create", 1
    else:
        verb, i = "alter", 1
    if i >= len(tokens) or not tokens[i].is_word("PROC", "PROCEDURE"):
        raise _syntax_error(tokens[i].text if i < len(tokens) else text[:20])
    parts, i = _read_name(tokens, i + 1)
    if not parts:
        raise _syntax_error(tokens[i].text if i < len(tokens) else "PROCEDURE")
    if len(parts) > 2:
        raise TsqlError("'CREATE/ALTER PROCEDURE' does not allow specifying the database name as a prefix to the "
                        "object name.", number=166, severity=15)
    if i < len(tokens) and tokens[i].text == ";":
        raise UnsupportedError("Numbered procedures (CREATE PROCEDURE name;number)")
    schema, name = (parts[0], parts[1]) if len(parts) == 2 else ("dbo", parts[0])
    # The parameters run to the first AS that is not `@p AS type` and not `EXECUTE AS`.
    start, depth, with_at, as_at = i, 0, None, None
    for j in range(i, len(tokens)):
        tok = tokens[j]
        depth += {"(": 1, ")": -1}.get(tok.text, 0)
        if depth:
            continue
        if tok.is_word("WITH") and with_at is None:
            with_at = j
        if tok.is_word("AS") and tokens[j - 1].type is not VARIABLE and not tokens[j - 1].is_word("EXECUTE", "EXEC"):
            as_at = j
            break
    if as_at is None:
        raise _syntax_error(tokens[-1].text if tokens else "PROCEDURE")
    header = tokens[start:with_at if with_at is not None else as_at]
    if header and header[-1].is_word("FOR") or any(t.is_word("REPLICATION") for t in header):
        header = [t for t in header if not t.is_word("FOR", "REPLICATION")]
    if header and header[0].text == "(" and header[-1].text == ")":
        header = header[1:-1]
    if with_at is not None and any(t.is_word("NATIVE_COMPILATION", "SCHEMABINDING")
                                   for t in tokens[with_at:as_at]):
        raise UnsupportedError("CREATE PROCEDURE ... WITH NATIVE_COMPILATION")
    parameters = parse_parameter_list(header)
    return Procedure(schema, name, parameters, text, tokens[as_at].end), verb


def _check_syntax(statements: list[Statement]) -> None:
    """Raise the first syntax error among the plain statements, blocks opened."""
    for inner in statements:
        if inner.kind is StatementKind.BLOCK:
            block = split_block(inner)
            _check_syntax(block.body + block.orelse)
        elif inner.kind is StatementKind.PLAIN:
            try:
                translate(inner.text, [], line=inner.line, column=inner.column)
            except TsqlError as error:
                if error.number in (102, 156):   # near a name / near a reserved keyword
                    raise


class ProcedureStore:
    """The procedures of one database file."""

    def __init__(self, database) -> None:
        self.database = database
        self._cache: dict[str, Procedure] = {}

    @property
    def connection(self):
        return self.database.connection

    def _table_exists(self) -> bool:
        row = self.connection.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = 'procedures' "
            "AND table_catalog = current_database()", [SCHEMA]).fetchone()
        return bool(row[0])

    def _ensure_table(self) -> None:
        self.connection.execute(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
        self.connection.execute(
            f"CREATE TABLE IF NOT EXISTS {TABLE} (object_key VARCHAR PRIMARY KEY, schema_name VARCHAR NOT NULL, "
            "name VARCHAR NOT NULL, definition VARCHAR NOT NULL, created_at TIMESTAMP NOT NULL, "
            "modified_at TIMESTAMP NOT NULL)")

    def _key(self, dotted: str) -> tuple[str, str, str] | None:
        """(key, schema, name) for a name as written; None if it names another database."""
        parts = [p.strip("[]\"") for p in dotted.split(".")]
        if len(parts) == 3:
            from .databases import current_name
            if parts[0].lower() not in (current_name(self.database).lower(), ""):
                return None
            parts = parts[1:]
        if len(parts) == 2:
            schema, name = parts[0] or "dbo", parts[1]
        else:
            schema, name = "dbo", parts[-1]
        return f"{schema}.{name}".lower(), schema, name

    def _stored_definition(self, key: str) -> str | None:
        if not self._table_exists():
            return None
        row = self.connection.execute(f"SELECT definition FROM {TABLE} WHERE object_key = ?", [key]).fetchone()
        return row[0] if row else None

    def get(self, dotted: str) -> Procedure | None:
        found = self._key(dotted)
        if found is None:
            return None
        key = found[0]
        definition = self._stored_definition(key)
        if definition is None:
            self._cache.pop(key, None)
            return None
        cached = self._cache.get(key)
        if cached is None or cached.definition != definition:
            cached, _ = parse_definition(definition)
            self._cache[key] = cached
        return cached

    def create(self, statement: Statement) -> None:
        procedure, verb = parse_definition(statement.text)
        key = f"{procedure.schema}.{procedure.name}".lower()
        # Syntax is checked now, as SQL Server does; names are resolved when the procedure runs.
        _check_syntax(split_statements(procedure.body_batch(statement.line, statement.column)))
        if procedure.schema.lower() != "dbo":
            row = self.connection.execute("SELECT count(*) FROM information_schema.schemata WHERE lower(schema_name) = ? "
                                          "AND catalog_name = current_database()", [procedure.schema.lower()]).fetchone()
            if not row[0]:
                raise TsqlError(f'The specified schema name "{procedure.schema}" either does not exist or you do not '
                                "have permission to use it.", number=2760, severity=16)
        exists = self._stored_definition(key) is not None
        if verb == "create" and exists:
            raise TsqlError(f"There is already an object named '{procedure.name}' in the database.", number=2714, severity=16, state=3)
        if verb == "alter" and not exists:
            raise TsqlError(f"Invalid object name '{procedure.qualified}'.", number=208, severity=16, state=6)
        now = dt.datetime.now()
        if not self._table_exists():
            self._ensure_table()
            procedures_table_created(self.connection)   # sys.procedures / sys.objects now read it
        if exists:
            self.connection.execute(f"UPDATE {TABLE} SET definition = ?, schema_name = ?, name = ?, modified_at = ? "
                                    "WHERE object_key = ?", [statement.text, procedure.schema, procedure.name, now, key])
        else:
            self.connection.execute(f"INSERT INTO {TABLE} VALUES (?, ?, ?, ?, ?, ?)",
                                    [key, procedure.schema, procedure.name, statement.text, now, now])
        self._cache.pop(key, None)

    def drop(self, text: str) -> None:
        """DROP PROC[EDURE] [IF EXISTS] name [, name ...]"""
        tokens = [t for t in tokenize(text) if t.text != ";"]
        i = 2
        if_exists = len(tokens) > 3 and tokens[2].is_word("IF") and tokens[3].is_word("EXISTS")
        if if_exists:
            i = 4
        names: list[str] = []
        while i < len(tokens):
            parts, i = _read_name(tokens, i)
            if not parts:
                raise _syntax_error(tokens[i].text)
            names.append(".".join(parts))
            if i < len(tokens) and tokens[i].text == ",":
                i += 1
        if not names:
            raise _syntax_error("PROCEDURE")
        for dotted in names:
            found = self._key(dotted)
            if found is None or self._stored_definition(found[0]) is None:
                if if_exists:
                    continue
                raise TsqlError(f"Cannot drop the procedure '{dotted}', because it does not exist or you do not have "
                                "permission.", number=3701, severity=11, state=5)
            self.connection.execute(f"DELETE FROM {TABLE} WHERE object_key = ?", [found[0]])
            self._cache.pop(found[0], None)

    def names(self) -> list[str]:
        if not self._table_exists():
            return []
        return [f"{s}.{n}" for s, n in self.connection.execute(f"SELECT schema_name, name FROM {TABLE} ORDER BY 1, 2").fetchall()]


def run_procedure(interpreter: "Runner", procedure: Procedure, call: ExecCall,
                  caller: "Scope") -> tuple[list["Result"], int]:
    """Bind the call's arguments, run the body in its own scope, copy OUTPUT parameters back."""

    session = interpreter.session
    if session.nesting >= MAX_NESTING:
        raise TsqlError(f"Maximum stored procedure, function, trigger, or view nesting level exceeded (limit {MAX_NESTING}).",
                        number=217, severity=16)
    by_name = {p.name: p for p in procedure.parameters}
    supplied: dict[str, Any] = {}
    origins: dict[str, Any] = {}   # the declared type of a variable passed as an argument
    outputs: list[tuple[ParameterDefinition, str]] = []
    for argument, name in bind_arguments(call, [p.name for p in procedure.parameters], procedure.name):
        parameter = by_name.get(name)
        if parameter is None:
            raise TsqlError(f"@{name} is not a parameter for procedure {procedure.name}.", number=8145, severity=16, state=2)
        if argument.output:
            if argument.kind != "variable":
                raise TsqlError("Cannot use the OUTPUT option when passing a constant to a stored procedure.",
                                number=179, severity=15)
            if not parameter.output:
                raise TsqlError(f'The formal parameter "{parameter.spelled}" was not declared as an OUTPUT parameter, '
                                "but the actual parameter passed in requested output.", number=8162, severity=16, state=2)
            outputs.append((parameter, argument.value))
        supplied[parameter.name] = _DEFAULT if argument.kind == "default" else interpreter.argument_value(argument, caller)
        origins[parameter.name] = interpreter.argument_type(argument, caller) if argument.kind != "default" else None
    scope = Scope(procedure.name)
    for parameter in procedure.parameters:
        value = supplied.get(parameter.name, _DEFAULT)
        if value is _DEFAULT:
            if parameter.default is None:
                raise TsqlError(f"Procedure or function '{procedure.name}' expects parameter '{parameter.spelled}', "
                                "which was not supplied.", number=201, severity=16, state=4)
            value = constant_value(parameter.default) if not (
                len(parameter.default) == 1 and parameter.default[0].is_word("NULL")) else None
        scope.declare(parameter.spelled, parameter.type, value, origins.get(parameter.name))
    results: list = []
    status = 0
    saved_nocount = session.nocount
    session.nesting += 1
    try:
        interpreter.run_statements(procedure.statements(), scope, results)
    except Return as returned:
        status = returned.value or 0
    except (Break, Continue):
        raise TsqlError("Cannot use a BREAK or CONTINUE statement outside the scope of a WHILE statement.",
                        number=135, severity=15, procedure=procedure.name) from None
    finally:
        session.nesting -= 1
        session.nocount = saved_nocount  # SET options made inside a procedure end with it
    for parameter, variable in outputs:
        caller.assign(variable, scope.variables[parameter.name].value, parameter.type)
    return results, status
