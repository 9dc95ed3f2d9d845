"""Generated numeric expressions, run on the embedded engine and compared with the reference model.

One `Case` is a table `dbo.t` of three rows with columns of random numeric types, a few variables
of random types, and many expressions over literals, the first row's columns (`r.cK`), variables
(`@vK`), aggregates of the columns computed in a derived table (`g.aK`), expressions computed in a
derived table (`d.xK`) and in a CTE (`w.yK`). All the expressions run in one statement,
`SELECT ... INTO dbo.res`; the types come back from INFORMATION_SCHEMA.COLUMNS and the values as
strings (CAST AS varchar shows a decimal's every digit), and each is compared with the model.

Run `python tests/tsql/numeric_cases.py [EXAMPLES [SEED [DEPTH]]]` to print the mismatches of that many random
cases, grouped by the shape of the expression (what FAILURES.md lists).
"""
from __future__ import annotations

import math
import random
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reference_numeric import (  # noqa: E402  (the model sits next to this file)
    BIGINT, FLOAT, INT, SMALLINT, TINYINT, INTEGER_RANGES, NotModelled, SqlServerError, SqlType, Typed, aggregate,
    arithmetic, cast, decimal_type, literal,
)

OPERATORS = "+-*/%"
AGGREGATES = ("SUM", "AVG", "MIN", "MAX")
ROWS = 3

# Expression nodes are tuples: ("lit", text) ("col", k) ("var", k) ("agg", k) ("der", k) ("cte", k)
# ("op", operator, left, right) ("cast", node, precision, scale).
Node = tuple


@dataclass
class Column:
    type: SqlType
    values: list  # one per row


@dataclass
class Case:
    columns: list[Column]
    variables: list[Typed]
    aggregates: list[tuple[str, int]]  # (function, column)
    derived: list[Node]                # computed in the derived table d over the first row
    ctes: list[Node]                   # computed in the CTE w over the first row
    expressions: list[Node]
    kinds: set[str] = field(default_factory=set)


# ---------------------------------------------------------------- SQL text


def type_sql(kind: SqlType) -> str:
    return f"decimal({kind.precision},{kind.scale})" if kind.name == "decimal" else kind.name


def value_sql(value) -> str:
    if isinstance(value, Decimal):
        text = format(value, "f")
    else:
        text = str(value)
    return f"({text})" if text.startswith("-") else text


def render(node: Node, inner: bool = False) -> str:
    """The T-SQL of a node; `inner` renders column references for the subqueries over dbo.t."""
    kind = node[0]
    if kind == "lit":
        return f"({node[1]})" if node[1].startswith("-") else node[1]
    if kind == "col":
        return f"c{node[1]}" if inner else f"r.c{node[1]}"
    if kind == "var":
        return f"@v{node[1]}"
    if kind == "agg":
        return f"g.a{node[1]}"
    if kind == "der":
        return f"d.x{node[1]}"
    if kind == "cte":
        return f"w.y{node[1]}"
    if kind == "op":
        return f"({render(node[2], inner)} {node[1]} {render(node[3], inner)})"
    if kind == "cast":
        return f"CAST({render(node[1], inner)} AS decimal({node[2]},{node[3]}))"
    raise ValueError(node)


def setup_sql(case: Case) -> str:
    names = ", ".join(f"c{k} {type_sql(column.type)}" for k, column in enumerate(case.columns))
    rows = ", ".join(
        "(" + ", ".join([str(row + 1)] + [value_sql(column.values[row]) for column in case.columns]) + ")"
        for row in range(ROWS))
    return (f"DROP TABLE IF EXISTS dbo.res;\nDROP TABLE IF EXISTS dbo.t;\n"
            f"CREATE TABLE dbo.t (id int, {names});\nINSERT INTO dbo.t VALUES {rows};")


def query_sql(case: Case, expressions: list[Node]) -> str:
    declarations = "".join(
        f"DECLARE @v{k} {type_sql(variable.type)} = {value_sql(variable.value)};\n"
        for k, variable in enumerate(case.variables))
    used = set().union(*(references(node) for node in expressions))
    ctes = ", ".join(f"{render(node, inner=True)} AS y{k}" for k, node in enumerate(case.ctes)
                     if ("cte", k) in used) or "0 AS y_"
    derived = ", ".join(f"{render(node, inner=True)} AS x{k}" for k, node in enumerate(case.derived)
                        if ("der", k) in used) or "0 AS x_"
    aggregates = ", ".join(f"{function}(c{column}) AS a{k}"
                           for k, (function, column) in enumerate(case.aggregates) if ("agg", k) in used) or "0 AS a_"
    selected = ",\n  ".join(f"{render(node)} AS e{k}" for k, node in enumerate(expressions))
    return (f"{declarations}WITH w AS (SELECT {ctes} FROM dbo.t WHERE id = 1)\n"
            f"SELECT\n  {selected}\nINTO dbo.res\n"
            f"FROM (SELECT * FROM dbo.t WHERE id = 1) AS r\n"
            f"CROSS JOIN (SELECT {aggregates} FROM dbo.t) AS g\n"
            f"CROSS JOIN (SELECT {derived} FROM dbo.t WHERE id = 1) AS d\n"
            f"CROSS JOIN w;")


def references(node: Node) -> set[tuple[str, int]]:
    """The derived-table, CTE and aggregate columns a node reads (only those are computed)."""
    if node[0] == "op":
        return references(node[2]) | references(node[3])
    if node[0] == "cast":
        return references(node[1])
    return {(node[0], node[1])} if node[0] in ("der", "cte", "agg") else set()


# ---------------------------------------------------------------- the model's answer


def evaluate(node: Node, case: Case) -> Typed:
    """The model's value and type of a node (raises SqlServerError where SQL Server would)."""
    kind = node[0]
    if kind == "lit":
        return literal(node[1])
    if kind == "col":
        column = case.columns[node[1]]
        return Typed(column.values[0], column.type)
    if kind == "var":
        return case.variables[node[1]]
    if kind == "agg":
        function, index = case.aggregates[node[1]]
        column = case.columns[index]
        return aggregate(function, column.values, column.type)
    if kind == "der":
        return without_constant(evaluate(case.derived[node[1]], case))
    if kind == "cte":
        return without_constant(evaluate(case.ctes[node[1]], case))
    if kind == "op":
        return arithmetic(node[1], evaluate(node[2], case), evaluate(node[3], case))
    if kind == "cast":
        return cast(evaluate(node[1], case), decimal_type(node[2], node[3]))
    raise ValueError(node)


def model_error(node: Node, case: Case) -> SqlServerError | None:
    """The error the model says SQL Server raises for a node, or None."""
    try:
        evaluate(node, case)
    except SqlServerError as error:
        return error
    except NotModelled:
        return None
    return None


def without_constant(operand: Typed) -> Typed:
    """A derived table's or CTE's column is a column, no longer a constant."""
    return Typed(operand.value, operand.type)


def shape(node: Node, case: Case) -> str:
    """A node with its leaves replaced by their kinds and types: groups mismatches by class."""
    kind = node[0]
    if kind == "op":
        return f"({shape(node[2], case)} {node[1]} {shape(node[3], case)})"
    if kind == "cast":
        return f"CAST({shape(node[1], case)} AS decimal)"
    if kind == "lit":
        typed = literal(node[1])
        return f"lit:{typed.type.name}"
    if kind == "col":
        return f"col:{case.columns[node[1]].type.name}"
    if kind == "var":
        return f"var:{case.variables[node[1]].type.name}"
    if kind == "agg":
        function, index = case.aggregates[node[1]]
        return f"{function}({case.columns[index].type.name})"
    inner = case.derived[node[1]] if kind == "der" else case.ctes[node[1]]
    return f"{kind}[{shape(inner, case)}]"


# ---------------------------------------------------------------- running on the engine


@dataclass
class Mismatch:
    expression: str
    shape: str
    expected: str
    actual: str

    def __str__(self) -> str:
        return f"{self.expression}\n    model: {self.expected}\n    engine: {self.actual}\n    shape: {self.shape}"


def describe(typed: Typed) -> str:
    value = format(typed.value, "f") if isinstance(typed.value, Decimal) else repr(typed.value)
    return f"{value} {typed.type}"


def same_value(expected: Typed, text) -> bool:
    if expected.value is None or text is None:
        return expected.value is None and text is None
    if expected.type.name in ("float", "real"):
        return math.isclose(float(text), float(expected.value), rel_tol=1e-12, abs_tol=1e-300)
    try:
        return Decimal(str(text)) == Decimal(expected.value)
    except ArithmeticError:
        return False


def run_case(database, case: Case, isolate: bool = False) -> tuple[list[Mismatch], int, str]:
    """Run the case's error-free expressions in one statement; the mismatches, how many ran, the SQL.

    When the statement fails as a whole (a refusal, an error) and `isolate` is set, each expression
    runs alone, so that one refused expression does not hide the answers of the others (slow: the
    report does it, the tests report the statement).
    """
    expected: list[Typed] = []
    expressions: list[Node] = []
    for node in case.expressions:
        try:
            expected.append(evaluate(node, case))
        except SqlServerError:
            continue  # errors are checked one statement each (test_numeric_properties)
        except NotModelled:
            continue
        expressions.append(node)
    if not expressions:
        return [], 0, ""
    script = setup_sql(case) + "\n" + query_sql(case, expressions)
    try:
        database.execute(script)
    except Exception as error:  # noqa: BLE001 - each expression alone says which one fails
        if not isolate:
            first = str(error).splitlines()[0]
            return [Mismatch("<the whole statement>", "statement", "runs", f"{type(error).__name__}: {first}")], \
                len(expressions), script
        mismatches = []
        for node, model in zip(expressions, expected):
            mismatches += compare(database, case, [node], [model])
        return mismatches, len(expressions), script
    return compare(database, case, expressions, expected, ran=True), len(expressions), script


def compare(database, case: Case, expressions: list[Node], expected: list[Typed], ran: bool = False) -> list[Mismatch]:
    if not ran:
        try:
            database.execute(setup_sql(case) + "\n" + query_sql(case, expressions))
        except Exception as error:  # noqa: BLE001 - reported as the engine's answer
            first = str(error).splitlines()[0]
            refused = "not supported by the embedded engine" in first
            return [Mismatch(render(node), ("refused: " if refused else "error: ") + shape(node, case),
                             describe(model), f"{type(error).__name__}: {first}")
                    for node, model in zip(expressions, expected)]
    types = database.query(
        "SELECT COLUMN_NAME, DATA_TYPE, NUMERIC_PRECISION, NUMERIC_SCALE FROM INFORMATION_SCHEMA.COLUMNS "
        "WHERE TABLE_SCHEMA = 'dbo' AND TABLE_NAME = 'res'")
    engine_types = {
        row.COLUMN_NAME: engine_type(row.DATA_TYPE, row.NUMERIC_PRECISION, row.NUMERIC_SCALE)
        for row in types.itertuples()}
    reads = ", ".join(
        f"e{k}" if engine_types[f"e{k}"].name in ("float", "real") else f"CAST(e{k} AS varchar(100)) AS e{k}"
        for k in range(len(expressions)))
    values = database.query(f"SELECT {reads} FROM dbo.res").iloc[0]
    mismatches = []
    for k, (node, model) in enumerate(zip(expressions, expected)):
        actual_type = engine_types[f"e{k}"]
        actual_value = values[f"e{k}"]
        if actual_value is not None and isinstance(actual_value, float) and math.isnan(actual_value):
            actual_value = None
        if actual_type != model.type:
            label = "type: "
        elif not same_value(model, actual_value):
            label = "value: "
        else:
            continue
        mismatches.append(Mismatch(render(node), label + shape(node, case), describe(model),
                                   f"{actual_value} {actual_type}"))
    return mismatches


def run_error_case(database, case: Case, node: Node) -> Mismatch | None:
    """One expression alone; the model's error (or value) against the engine's."""
    try:
        expected = evaluate(node, case)
        error = None
    except SqlServerError as raised:
        expected, error = None, raised
    except NotModelled:
        return None
    script = setup_sql(case) + "\n" + query_sql(case, [node])
    try:
        database.execute(script)
        outcome = None
    except Exception as raised:  # noqa: BLE001 - compared below
        outcome = raised
    if error is None:
        if outcome is None:
            return None
        return Mismatch(render(node), shape(node, case), describe(expected), f"error: {outcome}")
    if outcome is not None and getattr(outcome, "number", None) == error.number and error.message in str(outcome):
        return None
    return Mismatch(render(node), shape(node, case), f"Msg {error.number}: {error.message}",
                    f"error: {outcome}" if outcome is not None else "no error")


def engine_type(name: str, precision, scale) -> SqlType:
    name = name.lower()
    if name in ("decimal", "numeric"):
        return decimal_type(int(precision), int(scale))
    return SqlType(name)


# ---------------------------------------------------------------- random cases (plain `random`)
# The hypothesis strategies (test_numeric_properties) draw the same structure; this version
# serves the command line report.


def random_type(rng: random.Random) -> SqlType:
    choice = rng.random()
    if choice < 0.65:
        precision = rng.choice([rng.randint(1, 18), rng.randint(1, 38)])
        return decimal_type(precision, rng.randint(0, precision))
    return rng.choice([INT, INT, BIGINT, SMALLINT, TINYINT])


def random_value(rng: random.Random, kind: SqlType):
    if kind.name == "decimal":
        integral = rng.randint(0, min(kind.precision - kind.scale, 6))
        digits = "".join(rng.choice("0123456789") for _ in range(integral + kind.scale)) or "0"
        value = Decimal(digits).scaleb(-kind.scale)
        return value.copy_negate() if rng.random() < 0.3 else value   # exact (unary - rounds to 28 digits)
    low, high = INTEGER_RANGES[kind.name]
    return rng.randint(max(low, -1000), min(high, 1000))


def random_literal(rng: random.Random) -> str:
    choice = rng.random()
    if choice < 0.35:
        return str(rng.randint(-100, 1000))
    if choice < 0.4:
        return str(rng.randint(2**31, 10**12))
    if choice < 0.95:
        whole = str(rng.randint(0, 10 ** rng.randint(0, 5)))
        fraction = "".join(rng.choice("0123456789") for _ in range(rng.randint(1, 6)))
        sign = "-" if rng.random() < 0.2 else ""
        return f"{sign}{whole}.{fraction}"
    return f"{rng.randint(1, 99)}.5e{rng.randint(-2, 2)}"


def random_node(rng: random.Random, case: Case, depth: int, leaves: tuple[str, ...]) -> Node:
    if depth == 0 or rng.random() < 0.3:
        kind = rng.choice(leaves)
        if kind == "lit":
            return ("lit", random_literal(rng))
        count = {"col": len(case.columns), "var": len(case.variables), "agg": len(case.aggregates),
                 "der": len(case.derived), "cte": len(case.ctes)}[kind]
        if count == 0:
            return ("lit", random_literal(rng))
        return (kind, rng.randrange(count))
    if rng.random() < 0.1:
        precision = rng.randint(1, 38)
        return ("cast", random_node(rng, case, depth - 1, leaves), precision, rng.randint(0, precision))
    return ("op", rng.choice(OPERATORS), random_node(rng, case, depth - 1, leaves),
            random_node(rng, case, depth - 1, leaves))


def error_free(rng: random.Random, case: Case, leaves: tuple[str, ...], depth: int) -> Node:
    """A node for a derived table or CTE that raises no error (the case's error-free expressions
    read it)."""
    for _ in range(20):
        node = random_node(rng, case, max(depth, 0), leaves)
        try:
            evaluate(node, case)
            return node
        except (SqlServerError, NotModelled):
            continue
    return ("lit", "1")


def random_case(rng: random.Random, leaves: tuple[str, ...], expressions: int = 25, depth: int = 3) -> Case:
    columns = []
    for _ in range(rng.randint(1, 5)):
        kind = random_type(rng)
        columns.append(Column(kind, [random_value(rng, kind) for _ in range(ROWS)]))
    variables = []
    for _ in range(rng.randint(1, 4)):
        kind = random_type(rng)
        variables.append(Typed(random_value(rng, kind), kind))
    case = Case(columns, variables, [], [], [], [])
    case.aggregates = [(rng.choice(AGGREGATES), rng.randrange(len(columns))) for _ in range(rng.randint(1, 4))]
    inner = tuple(kind for kind in ("lit", "col", "var") if kind in leaves) or ("lit",)
    case.derived = [error_free(rng, case, inner, depth - 1) for _ in range(rng.randint(1, 3))]
    case.ctes = [error_free(rng, case, inner, depth - 1) for _ in range(rng.randint(1, 3))]
    case.expressions = [random_node(rng, case, depth, leaves) for _ in range(expressions)]
    return case


def report(examples: int, seed: int, depth: int = 1) -> int:
    """Print the mismatches of `examples` random cases of one-operator expressions, by class."""
    import collections

    import sqlml

    import tempfile

    database = sqlml.connect(f"duckdb:///{Path(tempfile.mkdtemp()) / 'report.duckdb'}")
    rng = random.Random(seed)
    groups: dict[str, list[Mismatch]] = collections.defaultdict(list)
    total = 0
    for _ in range(examples):
        case = random_case(rng, ("lit", "col", "var", "agg", "der", "cte"), depth=depth)
        mismatches, ran, _script = run_case(database, case, isolate=True)
        total += ran
        for mismatch in mismatches:
            groups[mismatch.shape].append(mismatch)
    failed = sum(len(group) for group in groups.values())
    print(f"# {failed} of {total} expressions differ from the model (seed {seed}, {examples} cases, depth {depth})\n")
    for key, group in sorted(groups.items(), key=lambda item: (-len(item[1]), item[0])):
        print(f"- {len(group)} x `{key}`, e.g. `{group[0].expression}`: model {group[0].expected}; "
              f"engine {group[0].actual[:200]}")
    return failed


if __name__ == "__main__":
    arguments = [int(argument) for argument in sys.argv[1:]]
    report(*(arguments + [20, 13, 1][len(arguments):]))
