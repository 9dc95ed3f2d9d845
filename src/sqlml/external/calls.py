"""Reading `EXEC` statements: the procedure, its arguments and WITH RESULT SETS.

    EXEC [@status =] [db.][schema.]name [arg [, ...]] [WITH RESULT SETS (...) | UNDEFINED | NONE]
    arg := [@parameter =] {constant | @variable [OUTPUT] | DEFAULT}
    EXEC (N'dynamic ' + @sql)

SQL Server takes only constants, variables and DEFAULT as arguments; so does this reader.
"""
from __future__ import annotations

import decimal
from dataclasses import dataclass, field
from typing import Any

from sqlglot.tokens import TokenType

from ..errors import TsqlError
from .lexer import VARIABLE, Token, source, split_top_level, tokenize
from .sqltypes import SqlType, parse_type


@dataclass(frozen=True)
class Argument:
    name: str | None          # the parameter's name without @, lower case; None when positional
    kind: str                 # "constant", "variable" or "default"
    value: Any = None         # the constant, or the variable's name (lower, no @)
    output: bool = False


@dataclass(frozen=True)
class ResultSetColumn:
    name: str
    type: SqlType
    nullable: bool = True


@dataclass(frozen=True)
class ResultSets:
    """WITH RESULT SETS: `mode` is "undefined", "none" or "defined" (then `sets` holds columns)."""
    mode: str
    sets: tuple[tuple[ResultSetColumn, ...], ...] = ()


@dataclass(frozen=True)
class ExecCall:
    procedure: str | None                     # dotted name as written (brackets removed)
    arguments: list[Argument] = field(default_factory=list)
    status_variable: str | None = None        # EXEC @status = proc
    result_sets: ResultSets | None = None
    dynamic_sql: str | None = None            # EXEC (...): the expression text

    @property
    def short_name(self) -> str:
        """`sys.sp_configure` and `master..sp_configure` -> `sp_configure` (lower case)."""
        return (self.procedure or "").split(".")[-1].lower()


def bind_arguments(call: "ExecCall", positional_names: "list[str] | tuple[str, ...]",
                   procedure: str) -> "list[tuple[Argument, str]]":
    """Each argument of `call` with the parameter name it binds to, as SQL Server binds them: by
    position (`positional_names` in order) until the first `@name = value`, by name from then on.

    Raises Msg 119 for a positional argument after a named one and Msg 8144 for too many.
    """
    bound: list[tuple[Argument, str]] = []
    named_seen = False
    for position, argument in enumerate(call.arguments):
        if argument.name is not None:
            named_seen = True
            bound.append((argument, argument.name))
            continue
        if named_seen:
            raise TsqlError(f"Must pass parameter number {position + 1} and subsequent parameters as "
                            "'@name = value'. After the form '@name = value' has been used, all subsequent "
                            "parameters must be passed in the form '@name = value'.", number=119, severity=15)
        if position >= len(positional_names):
            raise TsqlError(f"Procedure or function {procedure} has too many arguments specified.",
                            number=8144, severity=16, state=2)
        bound.append((argument, positional_names[position]))
    return bound


def _syntax_error(near: str) -> TsqlError:
    return TsqlError(f"Incorrect syntax near '{near}'.", number=102, severity=15)


def parse_exec(text: str) -> ExecCall:
    tokens = tokenize(text)
    if not tokens:
        raise _syntax_error(text)
    # Without EXEC: a procedure called by the first statement of a batch (the splitter says which).
    i = 1 if tokens[0].is_word("EXEC", "EXECUTE") else 0
    if i and i < len(tokens) and tokens[i].type == TokenType.L_PAREN:
        close = _closing_paren(tokens, i)
        return ExecCall(None, dynamic_sql=source(text, tokens[i + 1:close]))
    status = None
    if i + 1 < len(tokens) and tokens[i].type is VARIABLE and tokens[i + 1].type == TokenType.EQ:
        status, i = tokens[i].text[1:].lower(), i + 2
    name_parts: list[str] = []
    while i < len(tokens):
        tok = tokens[i]
        if tok.type == TokenType.DOT:
            i += 1
            continue
        if tok.type is VARIABLE or tok.is_string or tok.type in (TokenType.NUMBER, TokenType.COMMA):
            break
        if name_parts and tokens[i - 1].type != TokenType.DOT:
            break
        name_parts.append(tok.text)
        i += 1
    if not name_parts:
        raise _syntax_error(tokens[i].text if i < len(tokens) else "EXEC")
    if len(name_parts) == 1 and name_parts[0].upper() == "AS":
        from ..errors import UnsupportedError
        raise UnsupportedError("EXECUTE AS (switching the security context)",
                               hint="The embedded engine has no logins or users.")
    rest = tokens[i:]
    result_sets = None
    for j, tok in enumerate(rest):
        if tok.is_word("WITH") and j + 2 < len(rest) and rest[j + 1].is_word("RESULT") and rest[j + 2].is_word("SETS"):
            result_sets = parse_result_sets(rest[j + 3:])
            rest = rest[:j]
            break
        if tok.is_word("WITH") and j + 1 < len(rest) and rest[j + 1].is_word("RECOMPILE"):
            rest = rest[:j]  # a plan hint: nothing to recompile here
            break
    while rest and rest[-1].type == TokenType.SEMICOLON:
        rest = rest[:-1]
    arguments = [_argument(part) for part in split_top_level(rest)] if rest else []
    return ExecCall(".".join(name_parts), arguments, status, result_sets)


def _closing_paren(tokens: list[Token], i: int) -> int:
    depth = 0
    for j in range(i, len(tokens)):
        depth += {TokenType.L_PAREN: 1, TokenType.R_PAREN: -1}.get(tokens[j].type, 0)
        if depth == 0:
            return j
    raise _syntax_error("(")


def _argument(tokens: list[Token]) -> Argument:
    if not tokens:
        raise _syntax_error(",")
    name = None
    if len(tokens) >= 2 and tokens[0].type is VARIABLE and tokens[1].type == TokenType.EQ:
        name, tokens = tokens[0].text[1:].lower(), tokens[2:]
    output = False
    if tokens and tokens[-1].is_word("OUTPUT", "OUT"):
        output, tokens = True, tokens[:-1]
    if not tokens:
        raise _syntax_error("=")
    if len(tokens) == 1:
        tok = tokens[0]
        if tok.type is VARIABLE:
            return Argument(name, "variable", tok.text[1:].lower(), output)
        if tok.is_word("DEFAULT"):
            return Argument(name, "default", None, output)
        if tok.is_word("NULL"):
            return Argument(name, "constant", None, output)
    value = constant_value(tokens)
    return Argument(name, "constant", value, output)


def constant_value(tokens: list[Token]) -> Any:
    """A literal as SQL Server reads it in an EXEC argument: string, number, 0x binary, bare word."""
    sign = 1
    if len(tokens) == 2 and tokens[0].type in (TokenType.DASH, TokenType.PLUS) and tokens[1].type == TokenType.NUMBER:
        sign, tokens = (-1 if tokens[0].type == TokenType.DASH else 1), tokens[1:]
    if len(tokens) != 1:
        raise _syntax_error(tokens[1].text)
    tok = tokens[0]
    if tok.is_string:
        return tok.text
    if tok.type == TokenType.NUMBER:
        text = tok.text
        if "e" in text.lower():
            return sign * float(text)
        if "." in text:
            return sign * decimal.Decimal(text)
        return sign * int(text)
    if tok.type == TokenType.HEX_STRING:
        return bytes.fromhex(tok.text if len(tok.text) % 2 == 0 else "0" + tok.text)
    if tok.type in (TokenType.IDENTIFIER, TokenType.VAR) or tok.text.isidentifier():
        return tok.text  # SQL Server takes a bare word as a string: EXEC sp_help customer
    raise _syntax_error(tok.text)


def parse_result_sets(tokens: list[Token]) -> ResultSets:
    while tokens and tokens[-1].type == TokenType.SEMICOLON:
        tokens = tokens[:-1]
    if len(tokens) == 1 and tokens[0].is_word("UNDEFINED"):
        return ResultSets("undefined")
    if len(tokens) == 1 and tokens[0].is_word("NONE"):
        return ResultSets("none")
    if len(tokens) < 2 or tokens[0].type != TokenType.L_PAREN or tokens[-1].type != TokenType.R_PAREN:
        raise _syntax_error(tokens[0].text if tokens else "SETS")
    sets = []
    for definition in split_top_level(tokens[1:-1]):
        if definition and definition[0].is_word("AS"):
            from ..errors import UnsupportedError
            raise UnsupportedError("WITH RESULT SETS (AS OBJECT / AS TYPE / AS FOR XML)")
        if len(definition) < 2 or definition[0].type != TokenType.L_PAREN or definition[-1].type != TokenType.R_PAREN:
            raise _syntax_error(definition[0].text if definition else ")")
        columns = []
        for column in split_top_level(definition[1:-1]):
            if len(column) < 2:
                raise _syntax_error(column[0].text if column else ",")
            nullable = True
            words = [t.text for t in column[1:]]
            upper = [w.upper() for w in words]
            if upper[-2:] == ["NOT", "NULL"]:
                nullable, words = False, words[:-2]
            elif upper[-1:] == ["NULL"]:
                words = words[:-1]
            if "COLLATE" in [w.upper() for w in words]:
                words = words[:[w.upper() for w in words].index("COLLATE")]
            columns.append(ResultSetColumn(column[0].text, parse_type(words, default_length=1), nullable))
        sets.append(tuple(columns))
    return ResultSets("defined", tuple(sets))


@dataclass(frozen=True)
class ParameterDefinition:
    name: str                 # lower case, no @
    spelled: str              # as written, with @
    type: SqlType
    output: bool = False
    default: list[Token] | None = None   # the default's tokens; None when it has none


def parse_parameter_list(tokens: list[Token]) -> list[ParameterDefinition]:
    """`@a int = 1, @b varchar(10) OUTPUT` (procedure headers, @params, sp_executesql)."""
    definitions: list[ParameterDefinition] = []
    seen: set[str] = set()
    for part in split_top_level(tokens):
        if not part:
            continue
        if part[0].type is not VARIABLE:
            raise _syntax_error(part[0].text)
        spelled = part[0].text
        rest = part[1:]
        if rest and rest[0].is_word("AS"):
            rest = rest[1:]
        output = False
        while rest and rest[-1].is_word("OUTPUT", "OUT", "READONLY", "VARYING"):
            output = output or rest[-1].is_word("OUTPUT", "OUT")
            rest = rest[:-1]
        default = None
        for k, tok in enumerate(rest):
            if tok.type == TokenType.EQ:
                rest, default = rest[:k], rest[k + 1:]
                break
        sql_type = parse_type([t.text for t in rest], default_length=1)
        name = spelled[1:].lower()
        if name in seen:
            raise TsqlError(f"The variable name '{spelled}' has already been declared. Variable names must be "
                            "unique within a query batch or stored procedure.", number=134, severity=15)
        seen.add(name)
        definitions.append(ParameterDefinition(name, spelled, sql_type, output, default))
    return definitions
