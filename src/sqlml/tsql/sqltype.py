"""SQL Server's type of an expression, and the documented rules that combine types.

`SqlType` is what the binder (binder.py) gives every expression: base type, precision and scale,
length, nullability. The rules follow the T-SQL reference:

- "Data type precedence": the operand of lower precedence is converted to the other's type;
- "Precision, scale, and length": the result type of `+ - * / %` between exact numbers, with the
  reduction to precision 38 (the scale gives way, down to 6, for the integral part), of UNION /
  CASE / COALESCE branches, and of string concatenation (8000 bytes, 4000 Unicode characters);
- constants: an integer is int, a larger one decimal(p, 0); `1.0` is decimal(2, 1); `1e3` is float;
  'abc' is varchar(3) and N'abc' nvarchar(3). An integer constant that meets a decimal is converted to
  decimal(its digits, 0), not int's decimal(10, 0): SELECT 1.0 / 3 is decimal(7, 6), 0.333333 (as SQL
  Server answers; the pages do not spell it out).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

# Highest first ("Data type precedence (Transact-SQL)"); names not listed rank below all of these.
PRECEDENCE = [
    "sql_variant", "xml", "datetimeoffset", "datetime2", "datetime", "smalldatetime", "date", "time", "float",
    "real", "decimal", "money", "smallmoney", "bigint", "int", "smallint", "tinyint", "bit", "ntext", "text",
    "image", "timestamp", "uniqueidentifier", "nvarchar", "nchar", "varchar", "char", "varbinary", "binary",
]
_RANK = {name: len(PRECEDENCE) - i for i, name in enumerate(PRECEDENCE)}

INTEGERS = {"tinyint": 3, "smallint": 5, "int": 10, "bigint": 19}
EXACT = set(INTEGERS) | {"decimal", "money", "smallmoney", "bit"}
APPROXIMATE = {"float", "real"}
STRINGS = {"varchar", "nvarchar", "char", "nchar", "text", "ntext"}
BINARIES = {"varbinary", "binary", "image"}
DATES = {"date", "time", "datetime", "datetime2", "smalldatetime", "datetimeoffset"}
MAX = -1   # the length of a (MAX) string


@dataclass(frozen=True)
class SqlType:
    base: str                       # lower case: int, decimal, nvarchar, datetime2, ... ('unknown', 'null')
    precision: int | None = None    # decimal digits (datetime2 / time: fractional digits)
    scale: int | None = None
    length: int | None = None       # characters (bytes for binary); MAX for (MAX)
    nullable: bool = True
    constant: int | None = None     # an integer constant's digits: it meets a decimal as decimal(digits, 0)

    def __str__(self) -> str:
        if self.base == "decimal":
            return f"decimal({self.precision},{self.scale})"
        if self.base in STRINGS | BINARIES and self.base not in ("text", "ntext", "image"):
            return f"{self.base}({'max' if self.length in (None, MAX) else self.length})"
        if self.base in ("datetime2", "time", "datetimeoffset") and self.precision is not None:
            return f"{self.base}({self.precision})"
        return self.base

    @property
    def known(self) -> bool:
        return self.base not in ("unknown",)

    @property
    def is_null(self) -> bool:
        return self.base == "null"

    @property
    def is_integer(self) -> bool:
        return self.base in INTEGERS

    @property
    def is_decimal(self) -> bool:
        return self.base == "decimal"

    @property
    def is_exact(self) -> bool:
        return self.base in EXACT

    @property
    def is_string(self) -> bool:
        return self.base in STRINGS

    @property
    def is_float(self) -> bool:
        return self.base in APPROXIMATE

    def digits(self) -> tuple[int, int] | None:
        """(precision, scale) an exact number has in decimal arithmetic; None for other types."""
        if self.base == "decimal":
            return self.precision, self.scale
        if self.base in INTEGERS:
            return (self.constant or INTEGERS[self.base]), 0
        if self.base == "money":
            return 19, 4
        if self.base == "smallmoney":
            return 10, 4
        if self.base == "bit":
            return 1, 0
        return None

    def with_nullable(self, nullable: bool) -> "SqlType":
        return self if self.nullable == nullable else replace(self, nullable=nullable)


UNKNOWN = SqlType("unknown")
NULL = SqlType("null")
INT = SqlType("int")
BIGINT = SqlType("bigint")
FLOAT = SqlType("float")
BIT = SqlType("bit")


def decimal(precision: int, scale: int, nullable: bool = True) -> SqlType:
    return SqlType("decimal", precision, scale, nullable=nullable)


def rank(data_type: SqlType) -> int:
    return _RANK.get(data_type.base, 0)


def higher(a: SqlType, b: SqlType) -> SqlType:
    """The operand type that wins by data type precedence (NULL loses to anything)."""
    if a.is_null:
        return b
    if b.is_null:
        return a
    return a if rank(a) >= rank(b) else b


# -- exact numeric arithmetic ("Precision, scale, and length") ---------------------------------------

def reduced_product(precision: int, scale: int) -> tuple[int, int]:
    """Multiplication and division past precision 38: the integral part keeps its digits while the scale
    can give way, but never below 6 (nor below a smaller scale the result already had)."""
    if precision <= 38:
        return precision, scale
    integral = precision - scale
    if integral < 32:
        return 38, min(scale, 38 - integral)
    return 38, min(scale, 6)


def reduced_sum(precision: int, scale: int, integral: int) -> tuple[int, int]:
    """Addition and subtraction past precision 38: the scale gives way to the integral part."""
    if precision <= 38:
        return precision, scale
    return 38, max(min(scale, 38 - integral), 0)


def arithmetic(operator: str, left: SqlType, right: SqlType) -> SqlType:
    """The type of `left operator right` for + - * / % (numbers only; strings and dates elsewhere)."""
    nullable = left.nullable or right.nullable
    if left.is_null and right.is_null:
        return INT
    if left.is_null or right.is_null:
        other = right if left.is_null else left
        return other.with_nullable(True)
    winner = higher(left, right)
    if not winner.known or not left.known or not right.known:
        return UNKNOWN
    if winner.is_float:
        return SqlType(winner.base, nullable=nullable)
    if winner.base in INTEGERS or winner.base in ("money", "smallmoney", "bit"):
        if left.base == right.base or winner.base in INTEGERS:
            base = "int" if winner.base == "bit" else winner.base
            if winner.base in INTEGERS and left.base == "bit" and right.base == "bit":
                base = "int"
            return SqlType(base, nullable=nullable)
        return SqlType(winner.base, nullable=nullable)
    if winner.base != "decimal":
        return UNKNOWN
    a, b = left.digits(), right.digits()
    if a is None or b is None:
        # a string or a date with a decimal: converted to the decimal's type (precedence)
        a = a or winner.digits()
        b = b or winner.digits()
    (p1, s1), (p2, s2) = a, b
    if operator in "+-":
        scale = max(s1, s2)
        integral = max(p1 - s1, p2 - s2)
        precision, scale = reduced_sum(scale + integral + 1, scale, integral)
    elif operator == "*":
        precision, scale = reduced_product(p1 + p2 + 1, s1 + s2)
    elif operator == "/":
        scale = max(6, s1 + p2 + 1)
        precision, scale = reduced_product(p1 - s1 + s2 + scale, scale)
    elif operator == "%":
        scale = max(s1, s2)
        precision = min(p1 - s1, p2 - s2) + scale
        precision = min(precision, 38)
    else:
        return UNKNOWN
    return decimal(precision, scale, nullable)


def union(types: list[SqlType]) -> SqlType:
    """The type of CASE / COALESCE / IIF results and UNION columns: the highest precedence; decimals wide
    enough for every branch's integral part and scale; strings as long as the longest."""
    known = [t for t in types if not t.is_null]
    nullable = any(t.nullable for t in types)
    if not known:
        return NULL if types else UNKNOWN
    if any(not t.known for t in known):
        return UNKNOWN
    winner = known[0]
    for t in known[1:]:
        winner = higher(winner, t)
    if winner.base == "decimal":
        shapes = [t.digits() or winner.digits() for t in known]
        scale = max(s for _, s in shapes)
        integral = max(p - s for p, s in shapes)
        precision, scale = reduced_sum(integral + scale, scale, integral)
        return decimal(precision, scale, nullable)
    if winner.is_string or winner.base in BINARIES:
        lengths = [t.length for t in known if t.base in STRINGS | BINARIES]
        length = MAX if any(n in (None, MAX) for n in lengths) else max(lengths)
        return SqlType(winner.base, length=length, nullable=nullable)
    if winner.base in ("datetime2", "time", "datetimeoffset"):
        digits = max(t.precision if t.precision is not None else 7 for t in known if t.base == winner.base)
        return SqlType(winner.base, precision=digits, nullable=nullable)
    return SqlType(winner.base, winner.precision, winner.scale, winner.length, nullable)


def concatenated(left: SqlType, right: SqlType) -> SqlType:
    """+ between strings: the lengths add up, to at most 8000 bytes (4000 Unicode characters)."""
    unicode = left.base in ("nvarchar", "nchar", "ntext") or right.base in ("nvarchar", "nchar", "ntext")
    base = "nvarchar" if unicode else "varchar"
    if MAX in (left.length, right.length) or None in (left.length, right.length):
        return SqlType(base, length=MAX, nullable=left.nullable or right.nullable)
    return SqlType(base, length=min(left.length + right.length, 4000 if unicode else 8000),
                   nullable=left.nullable or right.nullable)


# -- from names: a declared type, a literal, a DuckDB column type -------------------------------------

_ALIASES = {"numeric": "decimal", "integer": "int", "double": "float", "double precision": "float",
            "character varying": "varchar", "character": "char", "national character varying": "nvarchar",
            "rowversion": "timestamp", "sysname": "nvarchar"}


def parse(text: str, nullable: bool = True) -> SqlType:
    """A declared T-SQL type ('DECIMAL(10, 2)', 'nvarchar(max)', 'int') as a SqlType; UNKNOWN if unreadable."""
    text = (text or "").strip().lower()
    if not text:
        return UNKNOWN
    name, _, rest = text.partition("(")
    name = _ALIASES.get(name.strip(), name.strip())
    arguments = [a.strip() for a in rest.rstrip(")").split(",")] if rest else []
    try:
        numbers = [MAX if a == "max" else int(a) for a in arguments if a]
    except ValueError:
        return UNKNOWN
    if text == "sysname":
        return SqlType("nvarchar", length=128, nullable=nullable)
    if name == "decimal":
        precision = numbers[0] if numbers else 18
        scale = numbers[1] if len(numbers) > 1 else 0
        return decimal(precision, scale, nullable)
    if name == "float":
        return SqlType("real" if numbers and numbers[0] <= 24 else "float", nullable=nullable)
    if name in STRINGS | BINARIES:
        return SqlType(name, length=numbers[0] if numbers else 1, nullable=nullable)
    if name in ("datetime2", "time", "datetimeoffset"):
        return SqlType(name, precision=numbers[0] if numbers else 7, nullable=nullable)
    if name in _RANK or name in ("boolean",):
        return SqlType("bit" if name == "boolean" else name, nullable=nullable)
    return UNKNOWN


def of_number_literal(text: str) -> SqlType:
    """A numeric constant's type: int, decimal(p, 0) past int's range, decimal(p, s), float with an exponent."""
    digits = text.lstrip("+-")
    if "e" in digits.lower():
        return SqlType("float", nullable=False)
    if "." not in digits:
        value = int(digits or "0")
        if value <= 2**31 - 1:
            return SqlType("int", nullable=False, constant=len(digits.lstrip("0")) or 1)
        return decimal(min(len(digits.lstrip("0")) or 1, 38), 0, nullable=False)
    whole, fraction = digits.split(".", 1)
    precision = max(len(whole.lstrip("0")) + len(fraction), len(fraction), 1)
    return decimal(min(precision, 38), len(fraction), nullable=False)


def of_duckdb(type_name: str, declared: tuple[str, int | None] | None = None, nullable: bool = True) -> SqlType:
    """A catalog column's SQL Server type from DuckDB's type and the declared type kept in its CHECK."""
    if declared is not None:
        kind, size = declared
        if kind in STRINGS | BINARIES:
            return SqlType(kind, length=MAX if size is None else size, nullable=nullable)
        if kind == "datetime2":
            return SqlType("datetime2", precision=7 if size is None else size, nullable=nullable)
        if kind in ("datetime", "smalldatetime"):
            return SqlType(kind, nullable=nullable)
    name = type_name.upper()
    if name.startswith("DECIMAL"):
        inside = name[name.index("(") + 1:-1].split(",") if "(" in name else ["18", "3"]
        return decimal(int(inside[0]), int(inside[1]), nullable)
    simple = {
        "BIGINT": "bigint", "INTEGER": "int", "SMALLINT": "smallint", "TINYINT": "tinyint", "UTINYINT": "tinyint",
        "BOOLEAN": "bit", "DOUBLE": "float", "FLOAT": "real", "DATE": "date", "TIME": "time", "UUID": "uniqueidentifier",
    }
    if name in simple:
        return SqlType(simple[name], nullable=nullable)
    if name == "HUGEINT":
        return decimal(38, 0, nullable)
    if name == "VARCHAR":
        return SqlType("varchar", length=MAX, nullable=nullable)
    if name == "BLOB":
        return SqlType("varbinary", length=MAX, nullable=nullable)
    if name.startswith("TIMESTAMP"):
        return SqlType("datetime2", precision=7, nullable=nullable)
    return UNKNOWN
