"""The embedded engine's T-SQL interpreter: variables, control flow, EXEC, procedures.

`tsql` splits a batch into classified statements. Plain statements are translated and run on
DuckDB with the batch's variables bound as parameters (never pasted into the text); every other
kind is carried out here, the way SQL Server carries it out.
"""
from __future__ import annotations

import datetime as _dt
import re
from typing import TYPE_CHECKING, Any, Callable, Mapping

from ..errors import SqlmlError, TsqlError, UnsupportedError
from ..results import Result, rows_affected
from ..tsql import Statement, StatementKind, check_syntax, split_batches, split_block, split_statements, translate
from ..tsql.names import result_frame
from . import system_procedures
from .calls import ExecCall, parse_exec
from .databases import before_statement, refuse_another_databases_procedure, run_database_statement
from .functions import is_function_definition, run_function_statement
from .engine_errors import database_error
from .lexer import VARIABLE, source, split_top_level, tokenize
from .scope import Break, Continue, Return, Scope, Session, Variable
from .sqltypes import SqlType, parse_type, to_text, type_of_value

if TYPE_CHECKING:
    from .interfaces import Host
    from .procedures import ProcedureStore

    class _Database(Host):
        procedures: ProcedureStore

_ROWS_AFFECTED = re.compile(r"^\(\d+ rows? affected\)$")
# SET options whose ON is SQL Server's default and the embedded engine's only behaviour.
_DEFAULT_ON_OPTIONS = {"ANSI_NULLS", "QUOTED_IDENTIFIER", "ANSI_PADDING", "ANSI_WARNINGS", "ARITHABORT",
                       "CONCAT_NULL_YIELDS_NULL", "ANSI_NULL_DFLT_ON", "XACT_ABORT"}
_COMPOUND_OPERATORS = {"+", "-", "*", "/", "%", "&", "|", "^"}
# Session values the translator turns into parameters of these names, with their T-SQL types.
_SYSTEM_TYPES = {"__rowcount": "int", "__trancount": "int", "__error_number": "int",
                 "__error_message": "nvarchar(4000)", "__error_severity": "int", "__error_state": "int",
                 "__error_line": "int", "__error_procedure": "nvarchar(128)"}


# Errors SQL Server raises while it compiles a batch: a CATCH block of that batch never sees them.
_COMPILE_ERRORS = frozenset({102, 105, 113, 125, 156, 191})


class Interpreter:
    def __init__(self, database: "_Database") -> None:
        self.database = database
        self.session: Session = database.session
        self._caught: list[TsqlError] = []   # the errors of the CATCH blocks being run, innermost last
        self._handlers: dict[StatementKind, Callable[[Statement, Scope, list[Result]], None]] = {
            StatementKind.PLAIN: self._plain,
            StatementKind.DECLARE: self._declare,
            StatementKind.SET_VARIABLE: self._set_variable,
            StatementKind.SELECT_ASSIGN: self._select_assign,
            StatementKind.SET_OPTION: self._set_option,
            StatementKind.EXEC: self._exec,
            StatementKind.INSERT_EXEC: self._insert_exec,
            StatementKind.CREATE_PROCEDURE: self._create_procedure,
            StatementKind.DROP_PROCEDURE: self._drop_procedure,
            StatementKind.PRINT: self._print,
            StatementKind.USE: self._use,
            StatementKind.BEGIN_TRANSACTION: self._begin_transaction,
            StatementKind.COMMIT: self._commit,
            StatementKind.ROLLBACK: self._rollback,
            StatementKind.RECONFIGURE: self._reconfigure,
            StatementKind.BLOCK: self._block,
            StatementKind.RETURN: self._return,
            StatementKind.THROW: self._throw,
        }
        for name, handler in (("BREAK", self._break), ("CONTINUE", self._continue)):
            kind = getattr(StatementKind, name, None)
            if kind is not None:
                self._handlers[kind] = handler

    @property
    def connection(self):
        return self.database.connection

    # -- scripts, batches, statements ------------------------------------------------------------
    def run_script(self, script: str, params: Mapping[str, Any] | None = None) -> list[Result]:
        from ..tsql.limits import check_in_lists

        check_in_lists(script)  # before anything parses a list that would take minutes to
        results: list[Result] = []
        try:
            for batch in split_batches(script):
                for _ in range(batch.repeat):
                    scope = Scope(first_line=batch.line)
                    for name, value in (params or {}).items():
                        try:
                            scope.declare("@" + name.lstrip("@"), type_of_value(value), value)
                        except TsqlError:
                            raise
                        except SqlmlError as error:
                            raise SqlmlError(f"Parameter @{name.lstrip('@')}: {error}") from None
                    try:
                        statements = split_statements(batch)
                        for index, statement in enumerate(statements):  # SQL Server compiles the whole batch first
                            if statement.kind is StatementKind.PLAIN and not is_function_definition(statement.text):
                                check_syntax(statement.text, line=statement.line, column=statement.column,
                                             first_in_batch=index == 0)
                        self.run_statements(statements, scope, results)
                    except Return:
                        pass
                    except (Break, Continue):
                        raise TsqlError("Cannot use a BREAK or CONTINUE statement outside the scope of a WHILE statement.",
                                        number=135, severity=15) from None
        except BaseException as error:
            # The script stops at its first error, and DuckDB cannot go on with a transaction that
            # failed: it is rolled back, as SQL Server does under SET XACT_ABORT ON. Say so.
            rolled_back = self._abandon_transaction()
            if isinstance(error, TsqlError):
                error.results = results  # what ran before the error, for callers that show it
                if rolled_back:
                    error.text += (" The open transaction was rolled back (the embedded engine behaves as "
                                   "SET XACT_ABORT ON).")
                    error.args = (error._format(),)
            raise
        return results

    def run_statements(self, statements: list[Statement], scope: Scope, results: list[Result]) -> None:
        for statement in statements:
            self.run_statement(statement, scope, results)

    def run_statement(self, statement: Statement, scope: Scope, results: list[Result]) -> None:
        handler = self._handlers.get(statement.kind)
        try:
            if handler is None:
                raise UnsupportedError(f"The {statement.kind.value.replace('_', ' ').upper()} statement")
            handler(statement, scope, results)
        except TsqlError as error:
            if error.line is None:
                error.procedure = error.procedure or scope.procedure
                error.at(statement.line, statement.column)
            if getattr(error, "first_line", None) is None:  # the innermost statement's batch
                error.first_line = scope.first_line
            raise

    # -- running SQL -----------------------------------------------------------------------------
    def execute_sql(self, text: str, scope: Scope, *, line: int | None = None, column: int = 1,
                    query_only: TsqlError | None = None):
        """Translate `text` and run it with the scope's variables bound. Returns (cursor, translation).

        `line`/`column` place `text` in the script; without them (text the runtime composed, such
        as `SELECT <expression>`) an error takes the position of the statement being run.
        `query_only`: the error raised, before anything runs, when `text` is not a query.
        """
        import duckdb

        try:
            before_statement(self.database, self.connection, text)   # three-part names, sys.databases
        except duckdb.Error as error:   # e.g. an aborted transaction: SQL Server's message, not DuckDB's
            raise database_error(error, text) from None
        values = {name: variable.value for name, variable in scope.variables.items()}
        types = {name: str(variable.type) for name, variable in scope.variables.items()}
        types.update(_SYSTEM_TYPES)
        try:
            translation = translate(text, values, self.connection, line=line or 1, column=column, types=types)
        except TsqlError as error:
            if line is None:  # composed text: the statement being run gives the position
                error.line = error.column = None
                error.args = (error._format(),)
            elif error.procedure is None and scope.procedure:
                error.procedure = scope.procedure
                error.args = (error._format(),)
            raise
        if query_only is not None and translation.kind != "query":
            raise query_only
        bound = {name: self._system_value(name) if name in _SYSTEM_TYPES else scope.get(name).value
                 for name in translation.parameters}
        try:
            cursor = self.connection.execute(translation.sql, bound) if bound else self.connection.execute(translation.sql)
        except duckdb.Error as error:
            raise database_error(error, text) from None
        return cursor, translation

    def _system_value(self, name: str) -> Any:
        """@@ROWCOUNT, @@TRANCOUNT and the ERROR_...() functions, as the translator names them."""
        if name == "__rowcount":
            return self.session.rowcount
        if name == "__trancount":
            return self.session.transaction_depth
        if not self._caught:
            return None  # ERROR_...() outside a CATCH block are NULL
        error = self._caught[-1]
        # ERROR_LINE() counts in the batch (or the procedure) where the error arose, as SQL Server does.
        line = None if error.line is None else error.line - getattr(error, "first_line", 1) + 1
        return {"__error_number": error.number, "__error_message": error.text, "__error_severity": error.severity,
                "__error_state": error.state, "__error_line": line, "__error_procedure": error.procedure}[name]

    def evaluate(self, expression: str, scope: Scope) -> Any:
        """The value of a scalar T-SQL expression (`SELECT <expression>`)."""
        tokens = tokenize(expression)
        if len(tokens) == 1:
            tok = tokens[0]
            if tok.type is VARIABLE and not tok.text.startswith("@@"):
                return scope.get(tok.text).value
            if tok.is_string:
                return tok.text
        cursor, _ = self.execute_sql(f"SELECT {expression}", scope)
        row = cursor.fetchone()
        return row[0] if row else None

    def evaluate_as(self, expression: str, scope: Scope, target: SqlType) -> tuple[Any, SqlType | None]:
        """(value, source type) of an expression assigned to a variable of type `target`.

        A date-time value assigned to a string keeps its own type's default style ("CAST and CONVERT"):
        from a variable, its declared type goes with the value; from any other expression, SQL converts it
        (the translator knows datetime from datetime2).
        """
        tokens = tokenize(expression)
        if len(tokens) == 1 and tokens[0].type is VARIABLE and not tokens[0].text.startswith("@@"):
            variable = scope.get(tokens[0].text)
            return variable.value, variable.type
        value = self.evaluate(expression, scope)
        if target.is_string and isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
            value = self.evaluate(f"CAST({expression} AS {_string_type(target)})", scope)
        return value, None

    def is_true(self, condition: str, scope: Scope) -> bool:
        return bool(self.evaluate(f"CASE WHEN {condition} THEN 1 ELSE 0 END", scope))

    def _count(self, results: list[Result], count: int) -> None:
        if not self.session.nocount:
            results.append(rows_affected(count))

    # -- statement kinds -------------------------------------------------------------------------
    def _plain(self, statement: Statement, scope: Scope, results: list[Result]) -> None:
        import duckdb
        try:
            if run_database_statement(self, statement, results) or run_function_statement(self, statement, results):
                return   # CREATE / DROP DATABASE, CREATE / ALTER / DROP FUNCTION
        except duckdb.Error as error:
            raise database_error(error, statement.text) from None
        cursor, translation = self.execute_sql(statement.text, scope, line=statement.line, column=statement.column)
        kind = translation.kind
        if kind == "query":
            frame = result_frame(cursor, translation.unnamed, spelled=translation.spelled)   # unnamed columns are '', as SQL Server sends them
            results.append(Result(frame=frame))
            self.session.rowcount = len(frame)
            self._count(results, len(frame))
        elif kind == "dml":
            row = cursor.fetchone()
            self.session.rowcount = int(row[0]) if row else 0
            self._count(results, self.session.rowcount)
        else:
            self.session.rowcount = 0

    def _declare(self, statement: Statement, scope: Scope, results: list[Result]) -> None:
        tokens = tokenize(statement.text)[1:]
        if tokens and tokens[-1].text == ";":
            tokens = tokens[:-1]
        for part in split_top_level(tokens):
            if not part or part[0].type is not VARIABLE:
                raise TsqlError(f"Incorrect syntax near '{part[0].text if part else ','}'.", number=102, severity=15)
            rest = part[1:]
            if rest and rest[0].is_word("AS"):
                rest = rest[1:]
            if rest and rest[0].is_word("TABLE"):
                raise UnsupportedError("DECLARE @variable TABLE (a table variable)",
                                       hint="Use a #temporary table instead.")
            if rest and rest[0].is_word("CURSOR"):
                raise UnsupportedError("DECLARE ... CURSOR", hint="Use a set-based statement or a WHILE loop.")
            value_tokens = None
            for k, tok in enumerate(rest):
                if tok.text == "=":
                    rest, value_tokens = rest[:k], rest[k + 1:]
                    break
            sql_type = parse_type([t.text for t in rest], default_length=1)
            value, origin = self.evaluate_as(source(statement.text, value_tokens), scope, sql_type) if value_tokens \
                else (None, None)
            scope.declare(part[0].text, sql_type, value, origin)

    def _set_variable(self, statement: Statement, scope: Scope, results: list[Result]) -> None:
        tokens = tokenize(statement.text)
        if tokens and tokens[-1].text == ";":
            tokens = tokens[:-1]
        target = tokens[1]
        if len(tokens) > 3 and tokens[2].text in _COMPOUND_OPERATORS and tokens[3].text == "=":
            expression = f"{target.text} {tokens[2].text} ({source(statement.text, tokens[4:])})"
        elif len(tokens) > 2 and tokens[2].text == "=":
            expression = source(statement.text, tokens[3:])
        else:
            raise TsqlError(f"Incorrect syntax near '{tokens[2].text if len(tokens) > 2 else target.text}'.",
                            number=102, severity=15)
        if not expression.strip():
            raise TsqlError("Incorrect syntax near '='.", number=102, severity=15)
        variable = scope.get(target.text)  # undeclared: Msg 137 before the expression runs
        scope.assign(target.text, *self.evaluate_as(expression, scope, variable.type))
        self.session.rowcount = 1

    def _select_assign(self, statement: Statement, scope: Scope, results: list[Result]) -> None:
        import sqlglot
        from sqlglot import exp

        try:
            tree = sqlglot.parse_one(statement.text, read="tsql")
        except sqlglot.errors.ParseError:
            raise UnsupportedError("This SELECT @variable = ... form") from None
        targets, expressions = [], []
        for item in tree.expressions:
            if isinstance(item, exp.EQ) and isinstance(item.this, exp.Parameter):
                targets.append(item.this.name)
                expressions.append(item.expression)
            else:
                raise TsqlError("A SELECT statement that assigns a value to a variable must not be combined with "
                                "data-retrieval operations.", number=141, severity=15)
        for name in targets:
            scope.get(name)
        tree.set("expressions", expressions)
        cursor, _ = self.execute_sql(tree.sql(dialect="tsql"), scope)
        rows = cursor.fetchall()
        types = [scope.get(name).type for name in targets]
        if rows and any(t.is_string and isinstance(v, (_dt.datetime, _dt.date, _dt.time)) for t, v in zip(types, rows[-1])):
            # A date-time assigned to a string: converted by SQL, in its own type's default style.
            tree.set("expressions", [exp.Cast(this=e.copy(), to=exp.DataType.build(_string_type(t), dialect="tsql"))
                                     if t.is_string else e for e, t in zip(expressions, types)])
            cursor, _ = self.execute_sql(tree.sql(dialect="tsql"), scope)
            rows = cursor.fetchall()
        self.session.rowcount = len(rows)
        if rows:  # no rows leaves the variables as they were; else the last row wins
            for name, value in zip(targets, rows[-1]):
                scope.assign(name, value)

    def _set_option(self, statement: Statement, scope: Scope, results: list[Result]) -> None:
        words = statement.text.rstrip(";").replace(",", " ").split()[1:]
        if len(words) < 2 or words[-1].upper() not in ("ON", "OFF"):
            raise UnsupportedError(f"The option statement {statement.text.rstrip(';')!r}")
        switch = words[-1].upper() == "ON"
        for option in (w.upper() for w in words[:-1]):
            if option == "NOCOUNT":
                self.session.nocount = switch
            elif option in _DEFAULT_ON_OPTIONS and switch:
                pass  # already how the embedded engine behaves
            else:
                raise UnsupportedError(f"SET {option} {words[-1].upper()}")

    def _print(self, statement: Statement, scope: Scope, results: list[Result]) -> None:
        tokens = tokenize(statement.text)
        if tokens and tokens[-1].text == ";":
            tokens = tokens[:-1]
        value = self.evaluate(source(statement.text, tokens[1:]), scope)
        results.append(Result(message="" if value is None else to_text(value)))

    def _use(self, statement: Statement, scope: Scope, results: list[Result]) -> None:
        tokens = [t for t in tokenize(statement.text) if t.text != ";"]
        name = tokens[1].text if len(tokens) == 2 else source(statement.text, tokens[1:])
        if name.strip("[]").lower() == "msdb":
            raise UnsupportedError(f"SQL Server Agent ({source(statement.text, tokens)})", hint=system_procedures.AGENT_HINT)
        from .databases import use
        use(self, name)

    def _begin_transaction(self, statement: Statement, scope: Scope, results: list[Result]) -> None:
        words = statement.text.upper().split()
        if len(words) < 2 or words[1].rstrip(";") not in ("TRAN", "TRANSACTION"):
            raise UnsupportedError(f"The statement {' '.join(words[:3])}")
        if self.session.transaction_depth == 0:
            self.connection.begin()
        self.session.transaction_depth += 1

    def _commit(self, statement: Statement, scope: Scope, results: list[Result]) -> None:
        if self.session.transaction_depth == 0:
            raise TsqlError("The COMMIT TRANSACTION request has no corresponding BEGIN TRANSACTION.", number=3902, severity=16)
        self.session.transaction_depth -= 1
        if self.session.transaction_depth == 0:
            import duckdb
            try:
                self.connection.commit()
            except duckdb.Error as error:
                raise database_error(error) from None

    def _rollback(self, statement: Statement, scope: Scope, results: list[Result]) -> None:
        if self.session.transaction_depth == 0:
            raise TsqlError("The ROLLBACK TRANSACTION request has no corresponding BEGIN TRANSACTION.", number=3903, severity=16)
        self.session.transaction_depth = 0  # ROLLBACK undoes every nested level, as in SQL Server
        self.connection.rollback()

    def _abandon_transaction(self) -> bool:
        """Roll back an open transaction; whether there was one."""
        if not self.session.transaction_depth:
            return False
        self.session.transaction_depth = 0
        try:
            self.connection.rollback()
        except Exception:  # noqa: BLE001 - the connection may already have ended it
            pass
        return True

    def _reconfigure(self, statement: Statement, scope: Scope, results: list[Result]) -> None:
        from .configure import reconfigure
        words = statement.text.rstrip(";").upper().split()
        if words[1:] not in ([], ["WITH", "OVERRIDE"]):
            raise TsqlError(f"Incorrect syntax near '{words[1]}'.", number=102, severity=15)
        results.extend(reconfigure(self.connection))

    def _block(self, statement: Statement, scope: Scope, results: list[Result]) -> None:
        block = split_block(statement)
        if block.keyword == "IF":
            chosen = block.body if self.is_true(block.condition.text, scope) else block.orelse
            self.run_statements(chosen, scope, results)
        elif block.keyword == "WHILE":
            while self.is_true(block.condition.text, scope):
                try:
                    self.run_statements(block.body, scope, results)
                except Break:
                    break
                except Continue:
                    continue
        elif block.keyword == "BEGIN":
            self.run_statements(block.body, scope, results)
        elif block.keyword == "TRY":
            try:
                self.run_statements(block.body, scope, results)
            except TsqlError as error:
                if (error.severity <= 10 or error.severity >= 20 or isinstance(error, UnsupportedError)
                        or error.number in _COMPILE_ERRORS):
                    # Fatal and compile errors are not caught, as in SQL Server; nor is a refusal of the embedded
                    # engine, which SQL Server would have run: catching it would change the answer.
                    raise
                self._caught.append(error)
                try:
                    self.run_statements(block.orelse, scope, results)
                finally:
                    self._caught.pop()
        else:
            raise UnsupportedError(f"The {block.keyword} block")

    def _break(self, statement: Statement, scope: Scope, results: list[Result]) -> None:
        raise Break()

    def _continue(self, statement: Statement, scope: Scope, results: list[Result]) -> None:
        raise Continue()

    def _return(self, statement: Statement, scope: Scope, results: list[Result]) -> None:
        tokens = [t for t in tokenize(statement.text) if t.text != ";"]
        value = self.evaluate(source(statement.text, tokens[1:]), scope) if len(tokens) > 1 else None
        raise Return(None if value is None else SqlType("int").convert(value))

    def _throw(self, statement: Statement, scope: Scope, results: list[Result]) -> None:
        tokens = [t for t in tokenize(statement.text) if t.text != ";"]
        if tokens[0].is_word("THROW"):
            if len(tokens) == 1:
                if not self._caught:
                    raise TsqlError("To rethrow an error, a THROW statement must be used inside a CATCH block. "
                                    "Insert the THROW statement inside a CATCH block, or add error parameters to "
                                    "the THROW statement.", number=10704, severity=15)
                raise self._caught[-1]
            number, text, state = (self.evaluate(source(statement.text, part), scope)
                                   for part in split_top_level(tokens[1:]))
            if int(number) < 50000:
                raise TsqlError(f"Error number {number} in the THROW statement is outside the valid range. "
                                "Specify an error number in the valid range of 50000 to 2147483647.", number=35100)
            raise TsqlError(to_text(text), number=int(number), severity=16, state=int(state))
        # RAISERROR (message, severity, state [, argument ...]) [WITH ...]
        inner = tokens[1:]
        if inner and inner[0].text == "(":
            depth, close = 0, len(inner) - 1
            for k, tok in enumerate(inner):
                depth += {"(": 1, ")": -1}.get(tok.text, 0)
                if depth == 0:
                    close = k
                    break
            inner = inner[1:close]
        values = [self.evaluate(source(statement.text, part), scope) for part in split_top_level(inner)]
        if len(values) < 3:
            raise TsqlError("Incorrect syntax near 'RAISERROR'.", number=102, severity=15)
        text = to_text(values[0]) if not isinstance(values[0], int) else f"Error {values[0]}"
        arguments = iter(values[3:])
        text = re.sub(r"%[-+ 0#]*\d*(?:\.\d+)?[dsiuxXo]", lambda m: to_text(next(arguments, "(null)")), text)
        severity, state = int(values[1]), int(values[2])
        if severity <= 10:
            results.append(Result(message=text))
            return
        raise TsqlError(text, number=50000, severity=severity, state=state)

    # -- procedures and EXEC ---------------------------------------------------------------------
    def _create_procedure(self, statement: Statement, scope: Scope, results: list[Result]) -> None:
        self.database.procedures.create(statement)

    def _drop_procedure(self, statement: Statement, scope: Scope, results: list[Result]) -> None:
        self.database.procedures.drop(statement.text)

    def _exec(self, statement: Statement, scope: Scope, results: list[Result]) -> None:
        results.extend(self.call(parse_exec(statement.text), scope))

    def call(self, call: ExecCall, scope: Scope) -> list[Result]:
        """Run one EXEC and return what it sends back."""
        from .result_sets import shape_result_sets

        if call.dynamic_sql is not None:
            return system_procedures.dynamic_sql(self, call, scope)
        name = call.short_name
        if name == "sp_execute_external_script":
            from .script_runtime import execute_external_script
            return execute_external_script(self, call, scope)
        if name == "sp_configure":
            results = system_procedures.sp_configure(self, call, scope)
        elif name == "sp_executesql":
            results = system_procedures.sp_executesql(self, call, scope)
        else:
            procedure = self.database.procedures.get(call.procedure)
            if procedure is None:
                system_procedures.refuse_missing(call)   # SQL Server's own ones the engine lacks
            if procedure is None:
                refuse_another_databases_procedure(self.database, call.procedure)
                raise TsqlError(f"Could not find stored procedure '{call.procedure}'.", number=2812, severity=16, state=62)
            from .procedures import run_procedure
            results, status = run_procedure(self, procedure, call, scope)
            if call.status_variable:
                scope.assign(call.status_variable, status)
        if call.result_sets is not None:
            results = shape_result_sets(results, call.result_sets)
        return results

    @staticmethod
    def argument_type(argument, scope: Scope) -> SqlType | None:
        """The declared type of a variable passed as an argument (None for a constant)."""
        return scope.get(argument.value).type if argument.kind == "variable" else None

    def argument_value(self, argument, scope: Scope) -> Any:
        if argument.kind == "variable":
            return scope.get(argument.value).value
        return argument.value

    def _insert_exec(self, statement: Statement, scope: Scope, results: list[Result]) -> None:
        from .inserts import insert_from_exec
        results.extend(insert_from_exec(self, statement, scope))

    def is_rows_affected(self, result: Result) -> bool:
        return result.message is not None and bool(_ROWS_AFFECTED.match(result.message))


def _string_type(target: SqlType) -> str:
    """A string variable's type as a CAST target (types without a length as nvarchar(max))."""
    return str(target) if target.name in ("char", "varchar", "nchar", "nvarchar") else "nvarchar(max)"


__all__ = ["Interpreter", "Scope", "Session", "Variable", "database_error"]
