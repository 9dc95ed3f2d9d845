"""The learner's own text for a node of the tree, so an error quotes what the learner wrote.

The passes rewrite the tree bottom-up: by the time one refuses a node, its operands may already be the
translation's (CASTs to DECIMAL, helper macros). sqlglot keeps, on each token's node, where the token
stands in the statement (`start`, `end`); a node's text runs from its first such token to its last, and
on to the parentheses it leaves open (an operand the passes replaced has no place of its own).
"""
from __future__ import annotations

import re

from sqlglot import exp


def learners_text(statement: str, node: exp.Expr) -> str | None:
    """The span of `statement` the node came from (None when no token of it kept its place)."""
    starts, ends = [], []
    for part in node.walk():
        meta = part._meta
        if meta and "start" in meta and "end" in meta:
            starts.append(meta["start"])
            ends.append(meta["end"])
    if not starts:
        return None
    begin, end = min(starts), max(ends) + 1
    if not (0 <= begin < end <= len(statement)):
        return None
    # Balance the span's parentheses: a replaced last operand (NULLIF(x, 0)'s 0) leaves a '(' open, and a
    # parenthesized first operand ((c) / 2) starts after its '(' (parentheses keep no place of their own).
    depth = lowest = 0
    for ch in _outside_strings(statement[begin:end]):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        lowest = min(lowest, depth)
    to_close, to_open = depth - lowest, -lowest
    while to_close > 0 and end < len(statement):
        to_close += {"(": 1, ")": -1}.get(statement[end], 0)
        end += 1
    opened = to_open > 0
    while to_open > 0 and begin > 0:
        begin -= 1
        to_open += {")": 1, "(": -1}.get(statement[begin], 0)
    while opened and begin > 0 and (statement[begin - 1].isalnum() or statement[begin - 1] == "_"):
        begin -= 1   # the '(' opened is a call's (CAST, ROUND): its name keeps no place of its own either
    text = " ".join(statement[begin:end].split())
    return text or None


def in_learners_words(statement: str, construct: str, node: exp.Expr | None, generated: str | None) -> str:
    """`construct` with the node's generated T-SQL (`generated`) replaced by the learner's text."""
    if node is None or not generated or generated not in construct:
        return construct
    written = {word.lower() for word in re.findall(r"\w+", statement)}
    if all(word.lower() in written for word in re.findall(r"\w+", generated)):
        return construct   # the node as generated says only what the learner wrote: keep it whole
    original = learners_text(statement, node)
    return construct.replace(generated, original) if original else construct


def learners_statement(statement: str) -> str:
    """The learner's statement by its first words, on one line, for a refusal of the whole statement."""
    words = " ".join(statement.split())
    if not words:
        return "This statement"
    return f"The statement '{words[:60]}{'...' if len(words) > 60 else ''}'"


def _outside_strings(text: str):
    """The characters of `text` that are not inside a '...' literal."""
    quoted = False
    for ch in text:
        if ch == "'":
            quoted = not quoted
        elif not quoted:
            yield ch
