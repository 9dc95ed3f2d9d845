"""T-SQL text: batches, statements, and the translation to DuckDB for the embedded engine.

The contract the engines rely on (kept stable; the implementation lives in the submodules):

- `split_batches(script) -> list[Batch]`: cut at `GO [n]` lines, as sqlcmd does.
- `split_statements(batch) -> list[Statement]`: the statements of one batch, each with its kind
  and its line and column in the whole script. T-SQL needs no semicolons, so this is a reader,
  not a split (splitter.py). `split_block(statement)` opens a BLOCK (IF/WHILE/BEGIN/TRY).
- `check_syntax(text, line=, column=)`: Msg 102 or 156 (tsql/syntax_errors.py) with the position if a plain statement does not
  parse; an engine checks a whole batch this way before running any of it, as SQL Server does.
- `translate(text, variables, connection=None, *, line=1, column=1, types=None) -> Translation`:
  a plain statement as DuckDB SQL with SQL Server's semantics (dialect.py, translate.py);
  T-SQL variables become named parameters (`$name`), bound by the engine, never pasted into
  the text. `connection` gives the catalog's column types; `types` the variables' declared
  T-SQL types. Errors carry their position in the script when `line`/`column` are given.
- `prepare_connection(con)`: what a DuckDB connection needs before it runs translated SQL
  (collation, NULL order, macros, the `dbo` schema, the catalog views); catalog.py.
- `invalidate_catalog(con)`: forget the column types cached for `con`. DDL that goes through
  `translate` does this itself; call it after changing tables another way (a bulk load that
  replaces a table with new column types). Tables that are new are found without it.

Parameters the engine binds besides the script's variables: `__rowcount` (@@ROWCOUNT),
`__trancount` (@@TRANCOUNT) and `__error_number`, `__error_message`, `__error_severity`,
`__error_state`, `__error_line`, `__error_procedure` (the ERROR_...() functions).

Strings compare as SQL Server's default collation compares them: without case, and trailing
spaces do not count, wherever values meet (=, <>, <, >, BETWEEN, IN, ANY/ALL, NULLIF, a simple
CASE, ORDER BY, GROUP BY, DISTINCT, COUNT(DISTINCT), UNION, PARTITION BY, PRIMARY KEY and UNIQUE
keys); INTERSECT/EXCEPT of strings, GROUP BY ROLLUP/CUBE of strings and SELECT DISTINCT * over
strings are refused by name. Every expression has SQL Server's type (binder.py, sqltype.py: data type
precedence, the precision and scale of + - * / % with the reduction at 38, constants, aggregates,
CAST / CONVERT, ISNULL / COALESCE / NULLIF / IIF / CASE) through derived tables, CTEs, views and
subqueries, and the arithmetic is computed in it (arithmetic.py): decimals exactly (exact.py: by
DuckDB's own DECIMAL(38) where that is exact, on 64-bit or 128-bit integer counts of the scale's units
as each row's values allow, and in Python's unbounded integers for the rare rows past 128 bits, so a
result that fits decimal(38) is never DuckDB's overflow), a quotient cut and a
reduced sum or product rounded to the result's scale, Msg 8115 past the result's precision, Msg 8134
for / and % by zero; integer results in their integer type (Msg 8115 past its range); a decimal
constant has the least precision and scale that hold it (0.2 is decimal(1,1)), an integer constant
past int is decimal(digits, 0), and an integer constant meeting a decimal is decimal(its digits, 0)
(1.0 / 3 is decimal(7,6)) while an int column, variable or derived-table column is decimal(10,0);
decimal variables keep their declared type; these are checked against a reference model written
from the documentation on generated expressions (tests/tsql/test_numeric_properties.py); an operand whose type decides the answer and cannot be derived (a
variable known only by name), a division or AVG of money and AVG OVER a decimal are refused by name,
as are MONEY columns. Stored values follow the column's declared type (storage.py):
datetime rounds to 1/300 s and datetime2(n) to n digits (CAST, GETDATE, DATEADD, INSERT, UPDATE,
MERGE, SELECT INTO, defaults, variables, strings compared with a datetime), char(n)/nchar(n) pad
with spaces and binary(n) with 0x00, blanks beyond a declared length are cut, SELECT INTO makes
each column with the binder's SQL Server type of its select item (decimal(p,s), string lengths,
int / bigint, datetime / datetime2, date; select_into.py) and NOT NULL (a string or date-time whose
type it cannot derive, and copying an IDENTITY column, are refused by name); string results of
REPLICATE, REPLACE, SPACE, CONCAT and + that are not (max) are cut at 8,000 bytes (4,000 Unicode
characters), as SQL Server cuts them (strings.py, function_types.py); the catalog views say datetime / datetime2 / char / nchar / nvarchar / binary;
SMALLDATETIME and TIME(n) for n < 6 are refused by name in statements (time(n) variables round), and
so is ALTER TABLE adding (or ALTER COLUMN changing to) a datetime / datetime2(n) / char / nchar /
nvarchar / binary column, whose declared type only CREATE TABLE keeps; a datetime converted to
datetime2 (CAST, DATEDIFF in microseconds, a comparison with a datetime2, also through IN / ANY /
ALL (subquery), a datetime2 column, also by INSERT ... SELECT through a UNION, DISTINCT or *) is its
1/300 s tick, refused when that needs 100 ns (a datetime2(6) column cannot be told from
datetime2(7), so .003 / .007 stored in either is refused) or when the engine cannot tell a side's
type (a subquery's *, a UNION mixing a datetime with a string); a string with a non-zero 7th
fractional digit as a datetime2 or time is refused by name (a literal when the statement is read; a
column's or variable's string stored into or compared with a datetime2(6/7) or time column when it
runs); a date-time variable assigned to a string keeps its own type's default style. A string compared
with a number or a date converts to the other side's type by data type precedence, in IN (subquery) too
(`int_col IN (SELECT '7')`; Msg 245 when it is no number); so does a string operand of + - * / % beside
a number, to the number's type with its precision and scale (`CAST(n AS nchar(10)) / count` divides
integers; Msg 245, or 8114 for decimal and float, when it is no number); an ORDER BY ordinal counts the
columns a `*` stands for; a string converted to an integer type must be an integer's text (blanks are
0; Msg 245 otherwise, 244 / 248 past the type's range); a result column that is a column reference is
named as the select list spells it (names.py); `database..table` is the dbo schema; TRUNCATE TABLE restarts an IDENTITY
column at its seed (the seed is kept in its sequence's comment: a table made before that is refused).

Known differences the translator does not catch (everything else it cannot do faithfully, it
refuses by name):
- a string converted to an integer type where no CAST or operator says so: stored into an integer column
  (INSERT ... VALUES ('2.5')) or compared with a number literal (varchar_col = 7) is DuckDB's conversion,
  which rounds '2.5' to 3 where SQL Server stops with Msg 245 (CAST, CONVERT, arithmetic, IN and a
  comparison with an integer column or variable convert as SQL Server does);
- the order of strings that hold punctuation: strings sort (ORDER BY, <, >, BETWEEN, MIN, MAX)
  by ICU's English order without case and trailing spaces, which matches SQL Server's collation
  for letters, accented letters (next to their plain letter), digits, spaces and punctuation
  before digits and letters, but not in every detail: the order among punctuation marks may differ,
  SQL Server compares hyphens and apostrophes of nvarchar values last ("word sort": 'coop' before
  'co-op') where ICU takes them as punctuation, and a tab at the end of a string sorts after the
  string without it here. This depends on the data, so it cannot be refused when the statement
  is read;
- the catalog views (sys.*, INFORMATION_SCHEMA) have the columns the course reads, fewer than SQL
  Server's: `SELECT *` over them returns those, and the column number in Msg 8155 / 4511 after a `*`
  over one counts those (names.py);
- over-refusals, not different answers: a datetime2(6) column cannot be told from datetime2(7), nor
  time(6) from time(7) (DuckDB's TIMESTAMP / TIME), so a datetime .003 / .007 stored or compared there,
  and a string with a non-zero 7th fractional digit stored into or compared with such a column, are
  refused where SQL Server would round for n = 6;
- float arithmetic is DuckDB's IEEE double arithmetic (as SQL Server's float); a CAST of a float to
  decimal converts the float's shortest decimal text (355.0, not its binary expansion); SQL Server's
  exact digits for floats that are not short decimals are not documented;
- a number CAST or CONVERTed to a string type too short for it follows "CAST and CONVERT"
  (truncating and rounding results): `*` for an int, smallint or tinyint into char / varchar, Msg 8115
  otherwise (bigint, decimal, money, smallmoney; nchar / nvarchar), NULL for TRY_CAST / TRY_CONVERT;
  the message names the source as SQL Server does for decimal ("numeric") and int ("expression"), and
  says "expression" for money and bigint, whose wording the documentation does not give;
- CASE nesting (Msg 125): SQL Server's pages give the limit of 10 for "CASE expressions" (and IIF)
  without naming the parts of one; the engine counts a CASE nested in any part (THEN, ELSE, a WHEN's
  condition or value, a simple CASE's input, a subquery inside one). Should SQL Server exempt a part,
  the engine would refuse there what SQL Server runs; it never answers where SQL Server refuses;
- `tempdb.INFORMATION_SCHEMA.COLUMNS` and `tempdb.sys.columns` list no #temp tables here (they are
  empty where SQL Server lists the session's #temp tables): read a #temp table's types by copying it
  with SELECT INTO into a dbo table;
- SELECT INTO: a column's nullability is the binder's (binder.py): NOT NULL for a NOT NULL column not
  on the NULL side of an outer join, a constant or an expression of constants, ISNULL(x, y) with x or y
  NOT NULL, and a CASE / IIF whose results are all NOT NULL with an ELSE; every other expression is
  nullable, as the documentation says of most expressions (an overflow can make them NULL) and of
  COALESCE. SQL Server's metadata may call some functions of NOT NULL columns NOT NULL (an expression
  over an IDENTITY column, GETDATE(), COUNT(*)) where they are nullable here; every column of a
  statement sqlglot cannot analyse is nullable too (from a table with an IDENTITY column it is refused
  by name).
"""
from __future__ import annotations

from .batches import Batch, Statement, StatementKind, split_batches
from .splitter import Block, split_block, split_statements
from .catalog import invalidate as invalidate_catalog
from .translate import Translation, check_syntax, prepare_connection, translate

__all__ = [
    "Batch", "Block", "Statement", "StatementKind", "Translation", "split_block",
    "check_syntax", "invalidate_catalog", "prepare_connection", "split_batches", "split_statements", "translate",
]
