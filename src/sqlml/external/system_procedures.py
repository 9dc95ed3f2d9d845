"""The system procedures the embedded engine runs itself (sp_configure, sp_executesql, EXEC of a
string), and SQL Server's own procedures it has not, refused by name."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import TsqlError, UnsupportedError
from ..results import Result
from ..tsql import Batch, split_statements
from .calls import ExecCall, parse_parameter_list
from .configure import sp_configure as configure
from .lexer import tokenize
from .scope import Return, Scope

if TYPE_CHECKING:
    from .interfaces import Runner

# SQL Server Agent's procedures (they live in msdb): jobs, steps, schedules, alerts, operators.
AGENT_PROCEDURES = frozenset("""
    sp_add_job sp_update_job sp_delete_job sp_help_job sp_start_job sp_stop_job sp_add_jobstep sp_update_jobstep
    sp_delete_jobstep sp_help_jobstep sp_add_jobserver sp_delete_jobserver sp_help_jobserver sp_add_schedule
    sp_update_schedule sp_delete_schedule sp_help_schedule sp_attach_schedule sp_detach_schedule
    sp_add_jobschedule sp_update_jobschedule sp_delete_jobschedule sp_help_jobschedule sp_help_jobhistory
    sp_purge_jobhistory sp_help_jobactivity sp_add_category sp_add_alert sp_update_alert sp_delete_alert
    sp_add_operator sp_update_operator sp_delete_operator sp_add_notification sp_delete_notification
""".split())
AGENT_HINT = ("The embedded engine has no SQL Server Agent (its jobs and schedules live in msdb): run the job "
               "on SQL Server, or start the same work from the operating system's scheduler (cron, Task Scheduler).")


def refuse_missing(call: ExecCall) -> None:
    """Refuse by name a procedure of SQL Server's own (sp_..., xp_..., SQL Server Agent's) the engine has not."""
    if call.short_name in AGENT_PROCEDURES:
        raise UnsupportedError(f"SQL Server Agent ({call.procedure})", hint=AGENT_HINT)
    if call.short_name.startswith(("sp_", "xp_")):
        raise UnsupportedError(f"The system procedure {call.procedure}",
                               hint="The embedded engine has sp_execute_external_script, sp_executesql and "
                                    "sp_configure.")


def sp_configure(interpreter: "Runner", call: ExecCall, scope: Scope) -> list[Result]:
    """EXEC sp_configure [@configname [, @configvalue]], by position or by name."""
    values: dict[str, Any] = {}
    for position, argument in enumerate(call.arguments):
        key = argument.name or ("configname", "configvalue")[min(position, 1)]
        if key not in ("configname", "configvalue") or (argument.name is None and position > 1):
            raise TsqlError(f"@{key} is not a parameter for procedure sp_configure." if argument.name else
                            "Procedure or function sp_configure has too many arguments specified.",
                            number=8145 if argument.name else 8144, severity=16, state=2)
        values[key] = None if argument.kind == "default" else interpreter.argument_value(argument, scope)
    return configure(interpreter.connection, values.get("configname"), values.get("configvalue"))


def sp_executesql(interpreter: "Runner", call: ExecCall, scope: Scope) -> list[Result]:
    """EXEC sp_executesql @stmt [, @params, @p1 = v1 [OUTPUT], ...]: a statement with its own variables."""
    arguments = list(call.arguments)
    fixed = []
    while arguments and len(fixed) < 2 and (arguments[0].name in (None, "stmt", "params")):
        fixed.append(arguments.pop(0))
    if not fixed:
        raise TsqlError("Procedure or function 'sp_executesql' expects parameter '@stmt', which was not supplied.",
                        number=201, severity=16, state=4)
    statement = interpreter.argument_value(fixed[0], scope)
    definitions = parse_parameter_list(tokenize(str(interpreter.argument_value(fixed[1], scope)))) if len(fixed) > 1 else []
    inner = Scope(scope.procedure)
    by_name = {d.name: d for d in definitions}
    outputs = []
    for position, argument in enumerate(arguments):
        definition = by_name.get(argument.name) if argument.name else (
            definitions[position] if position < len(definitions) else None)
        if definition is None:
            raise TsqlError(f"@{argument.name} is not a parameter for procedure sp_executesql." if argument.name else
                            "Procedure or function sp_executesql has too many arguments specified.",
                            number=8145 if argument.name else 8144, severity=16, state=2)
        inner.declare(definition.spelled, definition.type, interpreter.argument_value(argument, scope),
                      interpreter.argument_type(argument, scope))
        if argument.output and definition.output and argument.kind == "variable":
            outputs.append((definition.name, argument.value))
    for definition in definitions:
        if definition.name not in inner.variables:
            raise TsqlError(f"The parameterized query expects the parameter '{definition.spelled}', which was not "
                            "supplied.", number=8178, severity=16)
    results: list[Result] = []
    if statement is not None:
        try:
            interpreter.run_statements(split_statements(Batch(str(statement), 1)), inner, results)
        except Return:
            pass
    for name, variable in outputs:
        scope.assign(variable, inner.variables[name].value, inner.variables[name].type)
    return results


def dynamic_sql(interpreter: "Runner", call: ExecCall, scope: Scope) -> list[Result]:
    """EXEC (string expression): the string run as a batch of its own, with no access to the caller's variables."""
    text = interpreter.evaluate(call.dynamic_sql, scope)
    if text is None:
        return []
    results: list[Result] = []
    try:
        interpreter.run_statements(split_statements(Batch(str(text), 1)), Scope(scope.procedure), results)
    except Return:
        pass
    return results
