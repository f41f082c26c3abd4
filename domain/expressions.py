"""A small, safe expression language for user-defined KPIs, with units.

Users write formulas such as `energy.electricity_kwh * 0.1229 [kgce/kWh] / production.total`
or `100 * (packaging_recovered / packaging_used)`. The text comes from a configuration file or
a dialog, so it is tokenized and parsed here (never `eval`): a formula can only do arithmetic
on the inputs it names, and its length and nesting are bounded.

Grammar (positions in errors are 0-based character indexes into the text):

    sum      := product (("+" | "-") product)*
    product  := unary (("*" | "/") unary)*
    unary    := ("-" | "+")* primary
    primary  := number ["[" unit "]"] | name | function "(" sum ("," sum)* ")" | "(" sum ")"

Names are letters (CJK included), digits and "_" in dotted segments (`tag.main_kwh`); the
functions are min, max, abs and if_missing. Full-width （ ） ， typed with a Chinese input method
are read as ( ) ,.

Units follow `domain.units`: * and / multiply units (and cancel factors of opposite dimension:
MWh × kgce/kWh gives kgce), + - min max need one dimension and convert every operand to the
first one's unit. A bare literal 0 (no unit) fits any dimension there, so `max(a - b, 0)` works;
any other bare number is dimensionless. A missing input (None) makes the result fail with
missing_value, never a silent 0, except inside if_missing(x, fallback), which returns the
fallback (in its own unit, of the same dimension as x) when x needs a missing input.
The result keeps the unit the algebra gives (500 kg / 2 t is a plain 0.25); callers convert it
to the KPI's declared unit with `domain.units.convert`.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from domain.units import DIMENSIONLESS, Unit, UnitError, format_unit, parse_unit, simplify
from domain.units import Quantity as Quantity  # evaluate's values and result

MAX_LENGTH = 2000
MAX_DEPTH = 50
"""Nested parentheses and function calls; bounds recursion in the parser and evaluator."""
FUNCTIONS: Mapping[str, tuple[int, int | None]] = {
    "min": (1, None), "max": (1, None), "abs": (1, 1), "if_missing": (2, 2)
}  # fmt: skip
"""Function name → (fewest, most) arguments; None: no upper bound."""
_FULL_WIDTH = {"（": "(", "）": ")", "，": ","}
_TOKEN = re.compile(
    r"(?P<number>(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)"
    r"|(?P<name>[^\W\d]\w*(?:\.\w+)*)"  # a letter (CJK too) or _, then dotted segments
    r"|(?P<op>[-+*/(),（），])"
    r"|(?P<unit>\[[^\[\]]*\])"
)


class ExpressionError(ValueError):
    """A formula that cannot be used; `code` is what the UI translates.

    Codes: empty, too_long, too_deep, syntax, unknown_function, argument_count, not_finite (also
    for a literal such as 1e999), unknown_name, bad_unit, unit_mismatch, missing_value,
    division_by_zero, cycle. `position` points into the formula text where it is known.
    """

    def __init__(self, code: str, detail: str = "", position: int | None = None) -> None:
        where = f" at {position}" if position is not None else ""
        super().__init__(f"{code}{where}: {detail}" if detail else f"{code}{where}")
        self.code = code
        self.detail = detail
        self.position = position


@dataclass(frozen=True)
class _Located:
    """Where a node is in the formula text: errors point at it, division_by_zero quotes it."""

    start: int = field(default=0, compare=False, kw_only=True)
    end: int = field(default=0, compare=False, kw_only=True)


@dataclass(frozen=True)
class Number(_Located):
    value: float
    unit: str | None = None
    """The text between the brackets of `5 [kgce/t]`; None for a bare number."""


@dataclass(frozen=True)
class Name(_Located):
    name: str


@dataclass(frozen=True)
class Negate(_Located):
    operand: Node


@dataclass(frozen=True)
class _Chain(_Located):
    first: Node
    rest: tuple[tuple[str, Node], ...]


@dataclass(frozen=True)
class Sum(_Chain):
    """first ± operand ± …, folded left to right: a - b - c is (a - b) - c."""


@dataclass(frozen=True)
class Product(_Chain):
    """first ×/÷ operand …, folded left to right: 8 / 4 / 2 is (8 / 4) / 2."""


@dataclass(frozen=True)
class Call(_Located):
    function: str
    args: tuple[Node, ...]


Node = Number | Name | Negate | Sum | Product | Call


@dataclass(frozen=True)
class Expression:
    """A parsed formula: the text it came from and its tree (chains are n-ary, so a long sum of
    meters is one node and never deep recursion)."""

    source: str
    root: Node

    def names(self) -> frozenset[str]:
        """Every input the formula reads, for dependency graphs."""
        found: set[str] = set()
        stack: list[Node] = [self.root]
        while stack:
            node = stack.pop()
            if isinstance(node, Name):
                found.add(node.name)
            stack.extend(_children(node))
        return frozenset(found)

    def __str__(self) -> str:
        """Canonical text that `parse` reads back into an equal tree (for trees it made)."""
        return _render(self.root)


@lru_cache(maxsize=1024)
def parse(text: str) -> Expression:
    """The formula `text` as a tree; raises `ExpressionError` for anything else."""
    if len(text) > MAX_LENGTH:
        raise ExpressionError("too_long", str(len(text)))
    if not text.strip():
        raise ExpressionError("empty")
    return Expression(text, _Parser(text).parse())


def check(expr: Expression, units: Mapping[str, str]) -> str:
    """The unit of the result given each input's unit, without values (for saving a KPI)."""

    def lookup(node: Name) -> _Value:
        if node.name not in units:
            raise ExpressionError("unknown_name", node.name, node.start)
        return _Value(1.0, _unit(units[node.name], node))

    return format_unit(_Walker(expr.source, lookup, numeric=False).walk(expr.root).unit)


def evaluate(expr: Expression, values: Mapping[str, Quantity | None]) -> Quantity:
    """The formula's value for one period; a missing input is an error unless if_missing covers
    it, and no result is ever NaN or infinite."""

    def lookup(node: Name) -> _Value:
        if node.name not in values:
            raise ExpressionError("unknown_name", node.name, node.start)
        quantity = values[node.name]
        if quantity is None:
            raise ExpressionError("missing_value", node.name, node.start)
        if not math.isfinite(quantity.value):
            raise ExpressionError("not_finite", node.name, node.start)
        return _Value(float(quantity.value), _unit(quantity.unit, node))

    result = _Walker(expr.source, lookup, numeric=True).walk(expr.root)
    return Quantity(result.value, format_unit(result.unit))


def evaluation_order(formulas: Mapping[str, Expression], prefix: str = "kpi.") -> list[str]:
    """The keys of `formulas`, each after the ones it reads (as `prefix` + key); otherwise in the
    mapping's order. Raises cycle with the loop, e.g. "a → b → a". References to keys that are
    not in `formulas` are left to `check` and `evaluate`."""
    depends = {key: _dependencies(expr, formulas, prefix) for key, expr in formulas.items()}
    order: list[str] = []
    done: set[str] = set()
    for root in formulas:
        if root in done:
            continue
        path = [root]
        pending = [iter(depends[root])]
        while pending:
            following = next(pending[-1], None)
            if following is None:
                pending.pop()
                done.add(path[-1])
                order.append(path.pop())
            elif following in path:
                loop = [*path[path.index(following) :], following]
                raise ExpressionError("cycle", " → ".join(loop))
            elif following not in done:
                path.append(following)
                pending.append(iter(depends[following]))
    return order


def _dependencies(expr: Expression, formulas: Mapping[str, Expression], prefix: str) -> list[str]:
    found = []
    for name in sorted(expr.names()):
        if not name.startswith(prefix):
            continue
        key = name[len(prefix) :] if name[len(prefix) :] in formulas else name
        if key in formulas:
            found.append(key)
    return found


def _children(node: Node) -> tuple[Node, ...]:
    if isinstance(node, Negate):
        return (node.operand,)
    if isinstance(node, Sum | Product):
        return (node.first, *(operand for _, operand in node.rest))
    if isinstance(node, Call):
        return node.args
    return ()


def _render(node: Node) -> str:
    if isinstance(node, Number):
        whole = node.value.is_integer() and abs(node.value) < 1e15
        text = str(int(node.value)) if whole else repr(node.value)
        text = f"({text})" if node.value < 0 else text
        return text if node.unit is None else f"{text} [{node.unit}]"
    if isinstance(node, Name):
        return node.name
    if isinstance(node, Negate):
        return "-" + _wrapped(node.operand, (Sum, Product, Negate))
    if isinstance(node, Sum):
        rest = "".join(f" {op} {_wrapped(operand, (Sum,))}" for op, operand in node.rest)
        return _wrapped(node.first, (Sum,)) + rest
    if isinstance(node, Product):
        nested = (Sum, Product)
        rest = "".join(f" {op} {_wrapped(operand, nested)}" for op, operand in node.rest)
        return _wrapped(node.first, nested) + rest
    return f"{node.function}({', '.join(_render(arg) for arg in node.args)})"


def _wrapped(node: Node, kinds: tuple[type, ...]) -> str:
    return f"({_render(node)})" if isinstance(node, kinds) else _render(node)


def _is_bare_zero(node: Node) -> bool:
    return isinstance(node, Number) and node.unit is None and node.value == 0


def _unit(text: str, node: Node) -> Unit:
    try:
        return parse_unit(text)
    except UnitError as error:
        raise ExpressionError("bad_unit", text, node.start) from error


@dataclass(frozen=True)
class _Token:
    kind: str
    """number, unit, name, op or end."""
    text: str
    start: int
    end: int


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    position = _skip_space(text, 0)
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None or match.lastgroup is None:
            raise ExpressionError("syntax", text[position], position)
        token = _FULL_WIDTH.get(match[0], match[0])
        tokens.append(_Token(match.lastgroup, token, position, match.end()))
        position = _skip_space(text, match.end())
    tokens.append(_Token("end", "", len(text), len(text)))
    return tokens


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position


class _Parser:
    """Recursive descent; only parentheses and calls recurse, and they are counted."""

    def __init__(self, text: str) -> None:
        self.tokens = _tokens(text)
        self.index = 0
        self.depth = 0

    def parse(self) -> Node:
        node = self._sum()
        self._expect_end()
        return node

    def _peek(self) -> _Token:
        return self.tokens[self.index]

    def _next(self) -> _Token:
        token = self.tokens[self.index]
        self.index = min(self.index + 1, len(self.tokens) - 1)
        return token

    def _at(self, *ops: str) -> bool:
        token = self._peek()
        return token.kind == "op" and token.text in ops

    def _expect(self, op: str) -> _Token:
        if not self._at(op):
            raise _unexpected(self._peek())
        return self._next()

    def _expect_end(self) -> None:
        if self._peek().kind != "end":
            raise _unexpected(self._peek())

    def _sum(self) -> Node:
        return self._chain(Sum, ("+", "-"), self._product)

    def _product(self) -> Node:
        return self._chain(Product, ("*", "/"), self._unary)

    def _chain(
        self, kind: type[Sum | Product], ops: tuple[str, str], operand: Callable[[], Node]
    ) -> Node:
        first = operand()
        rest: list[tuple[str, Node]] = []
        while self._at(*ops):
            rest.append((self._next().text, operand()))
        return kind(first, tuple(rest), start=first.start, end=rest[-1][1].end) if rest else first

    def _unary(self) -> Node:
        start, negative = self._peek().start, False
        while self._at("+", "-"):
            negative ^= self._next().text == "-"
        operand = self._primary()
        return Negate(operand, start=start, end=operand.end) if negative else operand

    def _primary(self) -> Node:
        token = self._next()
        if token.kind == "number":
            return self._number(token)
        if token.kind == "name" and self._at("("):
            return self._call(token)
        if token.kind == "name":
            return Name(token.text, start=token.start, end=token.end)
        if token.kind == "op" and token.text == "(":
            self._enter(token)
            inner = self._sum()
            close = self._expect(")")
            self.depth -= 1
            return dataclasses.replace(inner, start=token.start, end=close.end)
        raise _unexpected(token)

    def _number(self, token: _Token) -> Number:
        value = float(token.text)
        if not math.isfinite(value):
            raise ExpressionError("not_finite", token.text, token.start)
        if self._peek().kind != "unit":
            return Number(value, start=token.start, end=token.end)
        unit = self._next()
        return Number(value, unit.text[1:-1].strip(), start=token.start, end=unit.end)

    def _call(self, name: _Token) -> Call:
        if name.text not in FUNCTIONS:
            raise ExpressionError("unknown_function", name.text, name.start)
        self._enter(self._expect("("))
        args: list[Node] = []
        if not self._at(")"):
            args.append(self._sum())
            while self._at(","):
                self._next()
                args.append(self._sum())
        close = self._expect(")")
        self.depth -= 1
        fewest, most = FUNCTIONS[name.text]
        if len(args) < fewest or (most is not None and len(args) > most):
            raise ExpressionError("argument_count", f"{name.text}/{len(args)}", name.start)
        return Call(name.text, tuple(args), start=name.start, end=close.end)

    def _enter(self, token: _Token) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ExpressionError("too_deep", str(MAX_DEPTH), token.start)


def _unexpected(token: _Token) -> ExpressionError:
    return ExpressionError("syntax", token.text, token.start)


@dataclass(frozen=True)
class _Value:
    value: float
    unit: Unit


class _Walker:
    """Evaluates a tree; with numeric=False it only follows units (values are placeholders), so
    `check` and `evaluate` share one set of unit rules."""

    def __init__(self, source: str, lookup: Callable[[Name], _Value], *, numeric: bool) -> None:
        self.source = source
        self.lookup = lookup
        self.numeric = numeric

    def walk(self, node: Node) -> _Value:
        if isinstance(node, Number):
            unit = DIMENSIONLESS if node.unit is None else _unit(node.unit, node)
            return _Value(node.value, unit)
        if isinstance(node, Name):
            return self.lookup(node)
        if isinstance(node, Negate):
            operand = self.walk(node.operand)
            return _Value(-operand.value, operand.unit)
        if isinstance(node, Sum):
            return self._sum(node)
        if isinstance(node, Product):
            return self._product(node)
        return self._call(node)

    def _sum(self, node: Sum) -> _Value:
        operands = (node.first, *(operand for _, operand in node.rest))
        unit, values = self._aligned(operands)
        total = values[0]
        for (op, _), value in zip(node.rest, values[1:], strict=True):
            total = total + value if op == "+" else total - value
        return self._finite(_Value(total, unit), node.start, node.end)

    def _product(self, node: Product) -> _Value:
        result = self.walk(node.first)
        for op, operand in node.rest:
            right = self.walk(operand)
            if op == "*":
                value, unit = result.value * right.value, result.unit * right.unit
            elif right.value != 0:
                value, unit = result.value / right.value, result.unit / right.unit
            elif self.numeric or isinstance(operand, Number):
                raise ExpressionError("division_by_zero", self._text(operand), operand.start)
            else:
                value, unit = 0.0, result.unit / right.unit
            factor, unit = simplify(unit)
            result = self._finite(_Value(value * factor, unit), node.start, operand.end)
        return result

    def _call(self, node: Call) -> _Value:
        if node.function == "if_missing":
            return self._if_missing(node)
        if node.function == "abs":
            value = self.walk(node.args[0])
            return _Value(abs(value.value), value.unit)
        unit, values = self._aligned(node.args)
        return _Value(min(values) if node.function == "min" else max(values), unit)

    def _if_missing(self, node: Call) -> _Value:
        if self.numeric:
            try:
                return self.walk(node.args[0])
            except ExpressionError as error:
                if error.code != "missing_value":
                    raise
                return self.walk(node.args[1])
        value, fallback = self.walk(node.args[0]), self.walk(node.args[1])
        if value.unit.dimension != fallback.unit.dimension:
            raise _mismatch(value.unit, fallback.unit, node.args[1])
        return value

    def _aligned(self, nodes: tuple[Node, ...]) -> tuple[Unit, list[float]]:
        """Operands of + - min max in the unit of the first one that is not a bare 0."""
        walked = [None if _is_bare_zero(node) else self.walk(node) for node in nodes]
        anchor = next((value.unit for value in walked if value is not None), DIMENSIONLESS)
        values: list[float] = []
        for node, value in zip(nodes, walked, strict=True):
            if value is None:
                values.append(0.0)
            elif value.unit.dimension != anchor.dimension:
                raise _mismatch(anchor, value.unit, node)
            else:
                values.append(value.value * (value.unit.scale / anchor.scale))
        return anchor, values

    def _finite(self, value: _Value, start: int, end: int) -> _Value:
        if self.numeric and not math.isfinite(value.value):
            raise ExpressionError("not_finite", self.source[start:end], start)
        return value

    def _text(self, node: Node) -> str:
        return self.source[node.start : node.end] or _render(node)


def _mismatch(expected: Unit, found: Unit, node: Node) -> ExpressionError:
    detail = f"{format_unit(expected) or '1'} ≠ {format_unit(found) or '1'}"
    return ExpressionError("unit_mismatch", detail, node.start)
