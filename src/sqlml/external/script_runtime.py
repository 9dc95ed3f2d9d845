"""`sp_execute_external_script` on the embedded engine, with SQL Server's contract.

The script runs in this Python process (SQL Server runs it in a satellite process started by
Launchpad): the input query's rows arrive as a pandas DataFrame named by @input_data_1_name,
the declared @params arrive as Python variables, and the DataFrame named by
@output_data_1_name becomes the result set. pandas is imported only here, when a script runs.
"""
from __future__ import annotations

import contextlib
import io
import linecache
import traceback
from typing import TYPE_CHECKING, Any

from ..errors import TsqlError, UnsupportedError
from ..results import Result
from ..tsql.names import blank_names, result_frame
from .calls import ExecCall, bind_arguments, parse_parameter_list
from .configure import EXTERNAL_SCRIPTS, run_value
from .lexer import tokenize
from .scope import Scope

if TYPE_CHECKING:
    from .interfaces import Runner

PROCEDURE = "sp_execute_external_script"
SCRIPT_FILENAME = "<external script>"
_KNOWN = ("language", "script", "input_data_1", "input_data_1_name", "output_data_1_name", "params", "parallel",
          "input_data_1_order_by_columns", "input_data_1_partition_by_columns")


class ExternalScriptError(TsqlError):
    """A Python exception in the script: SQL Server's Msg 39004 followed by Msg 39019 with the traceback."""

    def __init__(self, details: str, *, stdout: str = "") -> None:
        self.details = details
        self.stdout = stdout
        super().__init__("A 'Python' script error occurred during execution of 'sp_execute_external_script' with "
                         "HRESULT 0x80004004.", number=39004, severity=16, state=20)

    def _format(self) -> str:
        head = super()._format()
        return f"{head}\nMsg 39019, Level 16, State 2: An external script error occurred: \n{self.details}"


def _not_supplied(name: str) -> TsqlError:
    return TsqlError(f"Procedure or function '{PROCEDURE}' expects parameter '@{name}', which was not supplied.",
                     number=201, severity=16, state=4)


def execute_external_script(interpreter: "Runner", call: ExecCall, scope: "Scope") -> list[Result]:
    connection = interpreter.connection
    if not run_value(connection, EXTERNAL_SCRIPTS):
        raise TsqlError("'sp_execute_external_script' is disabled on this instance of SQL Server. Use sp_configure "
                        "'external scripts enabled' to enable it.", number=39023, severity=16, state=1)
    named, extra = _bind_arguments(interpreter, call, scope)
    language = named.get("language")
    if language is None:
        raise _not_supplied("language")
    if str(language).strip().lower() != "python":
        raise UnsupportedError(f"@language = N'{language}'",
                               hint="The embedded engine runs Python scripts only; use @language = N'Python'.")
    script = named.get("script")
    if script is None:
        raise _not_supplied("script")
    input_name = str(named.get("input_data_1_name") or "InputDataSet")
    output_name = str(named.get("output_data_1_name") or "OutputDataSet")
    for option in ("input_data_1_order_by_columns", "input_data_1_partition_by_columns"):
        if named.get(option):
            raise UnsupportedError(f"@{option}")

    # @params declares the script's own parameters; their values come as further named arguments.
    script_scope = Scope(scope.procedure)
    outputs: list[tuple[str, str]] = []   # (parameter, caller variable)
    definitions = parse_parameter_list(tokenize(str(named["params"]))) if named.get("params") else []
    for definition in definitions:
        if definition.name not in extra:
            raise _not_supplied(definition.name)
        argument, value = extra.pop(definition.name)
        script_scope.declare(definition.spelled, definition.type, value)
        if argument.output:
            if not definition.output:
                raise TsqlError(f'The formal parameter "{definition.spelled}" was not declared as an OUTPUT parameter, '
                                "but the actual parameter passed in requested output.", number=8162, severity=16, state=2)
            if argument.kind == "variable":
                outputs.append((definition.name, argument.value))
    if extra:
        name = next(iter(extra))
        raise TsqlError(f"@{name} is not a parameter for procedure {PROCEDURE}.", number=8145, severity=16, state=2)

    import pandas

    query = named.get("input_data_1")
    # A query of nothing but spaces, comments and semicolons returns no rows and no columns, as N'' does.
    if query and any(token.text != ";" for token in tokenize(str(query))):
        # refused before it runs: an UPDATE given as the input must change nothing
        cursor, translation = interpreter.execute_sql(str(query), script_scope, query_only=TsqlError(
            "The @input_data_1 argument must be a query that returns rows (a SELECT).", number=50000, severity=16))
        input_frame = result_frame(cursor, translation.unnamed, _as_sql_server_sends, translation.spelled)
    else:
        input_frame = pandas.DataFrame()

    namespace: dict[str, Any] = {"__name__": "__main__", "pandas": pandas,
                                 input_name: input_frame, output_name: pandas.DataFrame()}
    for name, variable in script_scope.variables.items():
        namespace[name] = variable.value
    stdout, stderr = io.StringIO(), io.StringIO()
    try:
        # linecache lets the traceback quote the script's own lines.
        linecache.cache[SCRIPT_FILENAME] = (len(str(script)), None, str(script).splitlines(True), SCRIPT_FILENAME)
        code = compile(str(script), SCRIPT_FILENAME, "exec")
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            exec(code, namespace)  # noqa: S102 - running the caller's script is this procedure's job
    except BaseException as error:  # noqa: BLE001 - every failure of the script is reported as SQL Server does
        if isinstance(error, KeyboardInterrupt):
            raise
        raise ExternalScriptError(_script_traceback(error, str(script)) + _output_tail(stdout, stderr),
                                  stdout=stdout.getvalue()) from None

    output = namespace.get(output_name)
    if not isinstance(output, pandas.DataFrame):
        raise ExternalScriptError(
            f"Error in execution: the variable '{output_name}' must be a pandas DataFrame, not "
            f"{type(output).__name__}. Assign a DataFrame to it (or leave it unset).", stdout=stdout.getvalue())
    for parameter, variable in outputs:
        value = namespace.get(parameter)
        try:
            script_scope.assign(parameter, value)
        except TsqlError as error:
            raise TsqlError(f"The OUTPUT parameter @{parameter} could not take the script's value: {error.text}",
                            number=error.number, severity=16) from None
        scope.assign(variable, script_scope.variables[parameter].value, script_scope.variables[parameter].type)

    results: list[Result] = []
    if stdout.getvalue():
        results.append(Result(message="STDOUT message(s) from external script: \n" + stdout.getvalue().rstrip("\n")))
    if stderr.getvalue():
        results.append(Result(message="STDERR message(s) from external script: \n" + stderr.getvalue().rstrip("\n")))
    results.extend(_result_set(interpreter, output, call))
    return results


def _as_sql_server_sends(frame):
    """Integer columns that hold NULLs arrive as float64 with NaN, as SQL Server's Python runtime sends
    them (DuckDB gives pandas' nullable Int32/Int64 instead)."""
    import pandas

    nullable = [name for name, dtype in frame.dtypes.items()
                if isinstance(dtype, pandas.api.extensions.ExtensionDtype) and pandas.api.types.is_integer_dtype(dtype)]
    if not nullable:
        return frame
    return frame.astype({name: "float64" for name in nullable})


def _bind_arguments(interpreter: "Runner", call: ExecCall, scope: "Scope"):
    """The procedure's own arguments (by name or position) and the script parameters' arguments."""
    named: dict[str, Any] = {}
    extra: dict[str, tuple[Any, Any]] = {}
    positional = ("language", "script", "input_data_1", "input_data_1_name", "output_data_1_name")
    for argument, name in bind_arguments(call, positional, PROCEDURE):
        value = None if argument.kind == "default" else interpreter.argument_value(argument, scope)
        if name in _KNOWN:
            named[name] = value
        else:
            extra[name] = (argument, value)
    return named, extra


def _result_set(interpreter: "Runner", output, call: ExecCall) -> list[Result]:
    from .result_sets import convert_frame

    spec = call.result_sets
    if output.shape[1] == 0:
        if spec is not None and spec.mode == "defined":
            raise TsqlError("EXECUTE statement failed because its WITH RESULT SETS clause specified 1 result set(s), "
                            "but the statement only sent 0 result set(s) at run time.", number=11536, severity=16)
        return []
    if spec is not None and spec.mode == "none":
        raise TsqlError("EXECUTE statement failed because its WITH RESULT SETS clause specified 0 result set(s), and "
                        "the statement tried to send more result sets than this.", number=11535, severity=16)
    if spec is not None and spec.mode == "defined":
        if len(spec.sets) != 1:
            raise TsqlError(f"EXECUTE statement failed because its WITH RESULT SETS clause specified {len(spec.sets)} "
                            "result set(s), but the statement only sent 1 result set(s) at run time.",
                            number=11536, severity=16)
        frame = convert_frame(output, spec.sets[0])
    else:
        # Without WITH RESULT SETS, SQL Server sends the columns without names.
        frame = blank_names(output).reset_index(drop=True)
    results = [Result(frame=frame)]
    if not interpreter.session.nocount:
        from ..results import rows_affected
        results.append(rows_affected(len(frame)))
    return results


def _script_traceback(error: BaseException, script: str) -> str:
    """The traceback from the script's own frames on (the runtime's frames say nothing to the user)."""
    frames = traceback.extract_tb(error.__traceback__)
    frames = [f for f in frames if f.filename != __file__]
    text = "Traceback (most recent call last):\n" if frames else ""
    text += "".join(traceback.format_list(frames))
    text += "".join(traceback.format_exception_only(type(error), error))
    return text.rstrip("\n")


def _output_tail(stdout: io.StringIO, stderr: io.StringIO) -> str:
    parts = []
    if stdout.getvalue():
        parts.append("\nSTDOUT message(s) from external script: \n" + stdout.getvalue().rstrip("\n"))
    if stderr.getvalue():
        parts.append("\nSTDERR message(s) from external script: \n" + stderr.getvalue().rstrip("\n"))
    return "".join(parts)


__all__ = ["ExternalScriptError", "execute_external_script"]
