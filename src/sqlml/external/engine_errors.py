"""A DuckDB error, told in the learner's words.

The learner wrote T-SQL; DuckDB ran a translation of it. No DuckDB message reaches the learner as such:
where SQL Server would reject the same statement for the same mistake, the error is SQL Server's (its
number and text, quoting the learner's names); a parser error becomes Msg 102 near a word of the
learner's statement; anything else is the embedded engine's failure, refused by name with the learner's
statement quoted, never the translation. (`error.engine_detail` keeps DuckDB's text for whoever debugs.)
"""
from __future__ import annotations

import re

from ..errors import TsqlError, UnsupportedError
from ..tsql.source import learners_statement

_SQLSERVER_INTEGER_NAMES = {"UINT8": "tinyint", "INT8": "tinyint", "INT16": "smallint", "INT32": "int", "INT64": "bigint",
                            "INTEGER": "int", "BIGINT": "bigint", "SMALLINT": "smallint", "TINYINT": "tinyint",
                            "UTINYINT": "tinyint"}
_GROUP_BY = ("Column '{0}' is invalid in the select list because it is not contained in either an aggregate "
             "function or the GROUP BY clause.")
_SUBQUERY = ("Subquery returned more than 1 value. This is not permitted when the subquery follows =, !=, <, "
             "<= , >, >= or when the subquery is used as an expression.")


def _integer_name(name: str) -> str:
    return _SQLSERVER_INTEGER_NAMES.get(name.upper(), name.lower())


def _duplicate(match: re.Match, text: str) -> str:
    why = ("cannot insert a duplicate key (case and trailing spaces do not count, and NULL equals NULL)."
           if "rtrim(" in text or " IS NULL)" in text else "cannot insert a duplicate key.")
    return "Violation of PRIMARY KEY or UNIQUE constraint: " + why


# (pattern on DuckDB's first line, SQL Server's number, its text from the match)
_SAME_MISTAKE = (
    (r"Table with name \"?([^\"]+?)\"? does not exist", 208, lambda m, t: f"Invalid object name '{m[1]}'."),
    (r"Referenced column \"?([^\"\s]+)\"? not found", 207, lambda m, t: f"Invalid column name '{m[1]}'."),
    (r"Table with name \"?([^\"\s]+)\"? already exists", 2714,
     lambda m, t: f"There is already an object named '{m[1]}' in the database."),
    (r"Schema with name \"?([^\"\s!]+)\"? does not exist", 2760,
     lambda m, t: f'The specified schema name "{m[1]}" either does not exist or you do not have permission to use it.'),
    (r"More than one row returned by a subquery", 512, lambda m, t: _SUBQUERY),
    (r"(?:Scalar|Table) Function with name \"?([^\"\s!]+)\"? does not exist", 4121,   # a dropped function
     lambda m, t: f'Cannot find either column "dbo" or the user-defined function or aggregate "dbo.{m[1]}", or the '
                  "name is ambiguous."),
    (r"Duplicate key", 2627, _duplicate),
    (r"column \"?([^\"\s]+)\"? must appear in the GROUP BY clause", 8120, lambda m, t: _GROUP_BY.format(m[1])),
    (r"Ambiguous reference to column name \"?([^\"\s]+)\"?", 209, lambda m, t: f"Ambiguous column name '{m[1]}'."),
    (r"table \S+ has \d+ columns but \d+ values were supplied", 213,
     lambda m, t: "Column name or number of supplied values does not match table definition."),
    (r"out of range for the destination type (\w+)", 8115,
     lambda m, t: f"Arithmetic overflow error converting expression to data type {_integer_name(m[1])}."),
    (r"(The conversion of a \w+ data type to a datetime data type resulted in an out-of-range value\.)", 242,
     lambda m, t: m[1]),   # tsql/storage.py's tsql_datetime
    (r"(Conversion failed when converting date and/or time from character string\.)", 241, lambda m, t: m[1]),
    (r"NOT NULL constraint failed: ([^.\s]+)\.(\S+)", 515,
     lambda m, t: f"Cannot insert the value NULL into column '{m[2]}', table '{m[1]}'; column does not allow "
                  "nulls. INSERT fails."),
    (r"Invalid length parameter passed to the (LEFT or SUBSTRING|RIGHT) function\.", 0, lambda m, t: m[0]),
    # a decimal past its type's precision (the CAST that gives SQL Server's result type; 128-bit units)
    (r"Casting value \"[^\"]*\" to type DECIMAL\(\d+,\d+\) failed|Could not cast value \S+ to DECIMAL\(|"
     r"Could not convert string \"[-+]?\d*\.?\d*\" to DECIMAL\(|"
     r"Overflow in (?:addition|subtraction|multiplication) of (?:INT128|DECIMAL)", 8115,
     lambda m, t: "Arithmetic overflow error converting expression to data type numeric."),
    (r"Overflow in (?:addition|subtraction|multiplication|division) of (U?INT\d+)|Overflow on abs\(", 8115,
     lambda m, t: f"Arithmetic overflow error converting expression to data type {_integer_name(m[1] or 'INT32')}."),
    # a string that is no number where SQL Server converts to decimal or float (CAST, or by precedence)
    (r"Could not convert string \"[^\"]*\" to DECIMAL\(", 8114,
     lambda m, t: "Error converting data type varchar to numeric."),
    (r"Could not convert string '[^']*' to (?:DOUBLE|FLOAT)\b", 8114,
     lambda m, t: "Error converting data type varchar to float."),
    # digits past the integer type's range: SQL Server's overflow messages (244 for tinyint and smallint)
    (r"Could not convert string ' *([+-]?[0-9]+) *' to (INT32|INTEGER)\b", 248,
     lambda m, t: f"The conversion of the varchar value '{m[1]}' overflowed an int column."),
    (r"Could not convert string ' *([+-]?[0-9]+) *' to (INT16|SMALLINT|UINT8|UTINYINT|TINYINT)\b", 244,
     lambda m, t: f"The conversion of the varchar value '{m[1]}' overflowed an "
                  f"{'INT2' if m[2] in ('INT16', 'SMALLINT') else 'INT1'} column. Use a larger integer column."),
    (r"Could not convert string '([^']*)' to (\w+)", 245,
     lambda m, t: f"Conversion failed when converting the varchar value '{m[1]}' to data type {_integer_name(m[2])}."),
)
_PARSER = re.compile(r'syntax error at or near "([^"]*)"')
_AT_END = re.compile(r"syntax error at end of input")


def database_error(error: Exception, statement: str | None = None) -> TsqlError:
    """The TsqlError a DuckDB error stands for; `statement`: the learner's T-SQL that was translated."""
    whole = str(error)
    text = re.sub(r"^[A-Za-z ]*(Error|Exception): ", "", whole.strip().splitlines()[0] if whole.strip() else "")
    result = _as_sql_server(whole, text, statement)
    result.engine_detail = whole
    return result


def _as_sql_server(whole: str, text: str, statement: str | None) -> TsqlError:
    truncated = re.search(r"\(Error: (String or binary data would be truncated in table .*\.)\)\s*$", whole, re.S)
    if truncated:   # a declared length's CHECK (see tsql.translate.length_check) raised SQL Server's text
        return TsqlError(truncated[1], number=2628, severity=16)
    # (also from tsql_exact, the Python function behind wide decimal arithmetic: its exception's text)
    raised = re.match(r"(?:Python exception occurred while executing the UDF: \w+: )?Msg (\d+): (.*)$", text)
    if raised:   # an error SQL Server raises, from the translator's guards (error('Msg 8134: ...'))
        return TsqlError(raised[2], number=int(raised[1]), severity=16)
    refused = re.match(r"(.*) is not supported by the embedded engine \(DuckDB\); SQL Server runs it\. (.*)$", text)
    if refused:   # a run-time refusal by name (tsql/storage.py's macros)
        return UnsupportedError(refused[1], hint=refused[2].strip() or None)
    catalog = re.search(r'Catalog "([^"]+)" does not exist', text)
    if catalog and statement is not None:   # a three-part name whose database there is none of
        named = re.search(r"(?<![\w@#$])\[?" + re.escape(catalog[1]) + r"\]?\s*\.\s*(\[[^\]]*\]|\w+)?\s*\.\s*(\[[^\]]*\]|\w+)",
                          statement, re.I)
        if named:
            return TsqlError(f"Invalid object name '{' '.join(named[0].split())}'.", number=208, severity=16)
    for pattern, number, render in _SAME_MISTAKE:
        match = re.search(pattern, text)
        if match:
            if number == 0:
                number = 536 if "RIGHT" in match[0] else 537
            if number == 208 and statement is not None:   # the name as the learner wrote it (other..x, [dbo].[x])
                return TsqlError(f"Invalid object name '{_as_written(match[1], statement)}'.", number=208, severity=16)
            return TsqlError(render(match, text), number=number, severity=16)
    if re.search(r"write-write conflict|Conflict on (tuple|update)|TransactionContext Error", whole, re.I):
        # Another session changed the same rows at the same time: SQL Server would make one of them its
        # deadlock victim, and the caller (the model registry) tells that apart from a real mistake.
        return TsqlError("Transaction was deadlocked on lock resources with another process and has been "
                         "chosen as the deadlock victim. Rerun the transaction.", number=1205, severity=13)
    near = _PARSER.search(text)
    if near and statement is not None and _is_a_word_of(near[1], statement):
        return TsqlError(f"Incorrect syntax near '{near[1]}'.", number=102, severity=15)
    if _AT_END.search(text) and statement is not None and statement.split():
        return TsqlError(f"Incorrect syntax near '{statement.split()[-1].rstrip(';')}'.", number=102, severity=15)
    return UnsupportedError(learners_statement(statement or ""),
                            hint="The embedded engine could not run its translation of it.")


def _as_written(table: str, statement: str) -> str:
    """The learner's (one- to three-part) name of the table DuckDB could not find, else DuckDB's name."""
    part = r"(?:\[[^\]]*\]|\w+)"
    last = r"(?:\[" + re.escape(table) + r"\]|" + re.escape(table) + r"(?![\w$]))"
    named = re.search(r"(?<![\w@#$.\]])(?:" + part + r"\s*\.\s*(?:" + part + r")?\s*\.\s*|" + part + r"\s*\.\s*)?" + last,
                      statement, re.I)
    return re.sub(r"[\[\]]", "", re.sub(r"\s*\.\s*", ".", named[0])) if named else table


def _is_a_word_of(word: str, statement: str) -> bool:
    return bool(word) and re.search(r"(?<![\w@#$])" + re.escape(word) + r"(?![\w$])", statement, re.I) is not None
