"""The sqlglot dialects behind the translation: T-SQL as SQL Server reads it, DuckDB as we write it.

`SqlmlTSQL` reads: sqlglot's T-SQL with the type names SQL Server means (`FLOAT` is the 64-bit
float(53), `REAL` the 32-bit one).

`SqlmlDuckDB` writes: sqlglot's DuckDB generator with SQL Server's semantics where the stock
output differs. The type-dependent decisions (is this `/` between integers? is this `+` between
strings?) are made on the tree by `translate.py`; the generator renders what they leave:

- `/` and `%` always check their divisor (SQL Server stops with Msg 8134; DuckDB returns NULL or inf),
  integer division uses DuckDB's `//`, which truncates toward zero like SQL Server's `/`;
- `LIKE` is `ILIKE` (the default collation is case-insensitive; `=` and `<` get that from the
  connection's `nocase` collation, LIKE does not);
- `LEN` ignores trailing spaces; `GETDATE()` is the local time without a time zone;
- `VARCHAR(MAX)`, `NVARCHAR(n)`, `VARBINARY(MAX)` lose their length (DuckDB's strings and blobs
  have none), `BIT` is BOOLEAN, `DECIMAL` without precision is SQL Server's `DECIMAL(18, 0)`,
  `MONEY` is `DECIMAL(19, 4)`;
- T-SQL variables are DuckDB named parameters, lower case (`@Name` -> `$name`).
"""
from __future__ import annotations

from sqlglot import exp
from sqlglot.dialects.duckdb import DuckDB
from sqlglot.dialects.tsql import TSQL
from sqlglot.tokens import TokenType

_STRING_TYPES = {exp.DType.VARCHAR, exp.DType.NVARCHAR, exp.DType.CHAR, exp.DType.NCHAR, exp.DType.TEXT,
                 exp.DType.VARBINARY, exp.DType.BINARY, exp.DType.BLOB}


class SqlmlTSQL(TSQL):
    """T-SQL in: sqlglot's reader with SQL Server's floating-point type names."""

    class Tokenizer(TSQL.Tokenizer):
        KEYWORDS = {
            **TSQL.Tokenizer.KEYWORDS,
            "FLOAT": TokenType.DOUBLE,   # float = float(53), 8 bytes
            "REAL": TokenType.FLOAT,     # real = float(24), 4 bytes
        }

    class Parser(TSQL.Parser):
        FUNCTIONS = {
            **TSQL.Parser.FUNCTIONS,
            # SYSDATETIME() is a datetime2 (precision 7); GETDATE() and CURRENT_TIMESTAMP are datetime (storage.py).
            "SYSDATETIME": lambda args: exp.CurrentTimestamp(this=exp.Literal.number(7)),
        }

        def _parse_primary_key(self, *args, **kwargs):
            # PRIMARY KEY [CLUSTERED | NONCLUSTERED] (cols): the index kind has no meaning here.
            self._match_texts(("CLUSTERED", "NONCLUSTERED"))
            return super()._parse_primary_key(*args, **kwargs)


class SqlmlDuckDB(DuckDB):
    """DuckDB out, with SQL Server's semantics (see the module's notes)."""

    # NULLs sort as in SQL Server through the connection's default_null_order (set by
    # prepare_connection), so sqlglot need not spell out NULLS FIRST/LAST.
    NULL_ORDERING = TSQL.NULL_ORDERING

    class Generator(DuckDB.Generator):
        TRANSFORMS = {
            **{k: v for k, v in DuckDB.Generator.TRANSFORMS.items() if k not in (exp.IntDiv, exp.Div, exp.Length)},
            exp.CurrentTimestamp: lambda self, e: "current_localtimestamp()",
        }

        def datatype_sql(self, expression: exp.DataType) -> str:
            kind = expression.this
            if kind in _STRING_TYPES:
                binary = kind in (exp.DType.VARBINARY, exp.DType.BINARY, exp.DType.BLOB)
                return "BLOB" if binary else "VARCHAR"
            if kind == exp.DType.BIT:
                return "BOOLEAN"
            if kind in (exp.DType.MONEY, exp.DType.SMALLMONEY):
                return "DECIMAL(19, 4)" if kind == exp.DType.MONEY else "DECIMAL(10, 4)"
            if kind == exp.DType.DOUBLE:
                size = expression.expressions
                if size and size[0].this.is_int and int(size[0].this.name) <= 24:
                    return "REAL"   # float(n), n <= 24, is SQL Server's 4-byte real
                return "DOUBLE"
            if kind == exp.DType.DECIMAL:
                params = [p.this.name for p in expression.expressions]
                precision = params[0] if params else "18"
                scale = params[1] if len(params) > 1 else "0"
                return f"DECIMAL({precision}, {scale})"
            if kind in (exp.DType.DATETIME, exp.DType.DATETIME2, exp.DType.SMALLDATETIME):
                return "TIMESTAMP"
            return super().datatype_sql(expression)

        def div_sql(self, expression: exp.Div) -> str:
            return self.binary(exp.Div(this=expression.this, expression=_checked(expression.expression)), "/")

        def intdiv_sql(self, expression: exp.IntDiv) -> str:
            return self.binary(exp.IntDiv(this=expression.this, expression=_checked(expression.expression)), "//")

        def mod_sql(self, expression: exp.Mod) -> str:
            # % by zero is Msg 8134 in SQL Server, as / is (DuckDB returns NULL).
            return self.binary(exp.Mod(this=expression.this, expression=_checked(expression.expression)), "%")

        def like_sql(self, expression: exp.Like) -> str:
            return self.binary(expression, "ILIKE")

        def length_sql(self, expression: exp.Length) -> str:
            this = expression.this
            if isinstance(this, exp.Cast) and this.to.this == exp.DType.TEXT:
                this = this.this     # sqlglot's LEN wraps its argument in a cast of its own
            return self.func("LENGTH", self.func("RTRIM", exp.cast(this, exp.DType.VARCHAR)))

        def parameter_sql(self, expression: exp.Parameter) -> str:
            return f"${expression.name.lower()}"


def _checked(divisor: exp.Expr) -> exp.Expr:
    """The divisor wrapped in the macro that raises SQL Server's divide-by-zero error."""
    if divisor.is_number and float(divisor.name) != 0:
        return divisor
    return exp.Anonymous(this="tsql_divisor", expressions=[divisor.copy()])
