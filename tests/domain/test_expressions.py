from __future__ import annotations

import contextlib
import math
from collections.abc import Callable, Mapping

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from domain.expressions import (
    MAX_DEPTH,
    MAX_LENGTH,
    Call,
    Expression,
    ExpressionError,
    Name,
    Negate,
    Node,
    Number,
    Product,
    Quantity,
    Sum,
    check,
    evaluate,
    evaluation_order,
    parse,
)
from domain.units import convert, parse_unit, same_dimension

Q = Quantity


def value_of(text: str, values: Mapping[str, Quantity | None] | None = None) -> Quantity:
    return evaluate(parse(text), values or {})


def error_of(text: str, values: Mapping[str, Quantity | None] | None = None) -> ExpressionError:
    with pytest.raises(ExpressionError) as raised:
        value_of(text, values)
    return raised.value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8 / 4 / 2", 1.0),
        ("2 - 3 - 4", -5.0),
        ("-2 * 3", -6.0),
        ("2 * -3", -6.0),
        ("2 - -3", 5.0),
        ("--2", 2.0),
        ("+2", 2.0),
        ("2 + 3 * 4", 14.0),
        ("(2 + 3) * 4", 20.0),
        ("2 * 3 + 4", 10.0),
        ("12 / 2 * 3", 18.0),
        ("12 / (2 * 3)", 2.0),
        ("-(2 - 5)", 3.0),
        ("1 - 2 + 3", 2.0),
        ("1.5e3", 1500.0),
        ("2.5E-2", 0.025),
        (".5", 0.5),
        ("5.", 5.0),
        ("1e+2", 100.0),
        ("min(3, 1, 2)", 1.0),
        ("max(3, 1, 2)", 3.0),
        ("max(1)", 1.0),
        ("abs(-4)", 4.0),
        ("abs(2 - 7) * 2", 10.0),
        ("max(2 - 7, 0)", 0.0),
        ("（1 + 2） * 3", 9.0),
        ("max(1，2)", 2.0),
        ("  1\t+\n2  ", 3.0),
    ],
)
def test_arithmetic_precedence_and_associativity(text: str, expected: float) -> None:
    result = value_of(text)
    assert result.value == pytest.approx(expected)
    assert result.unit == ""


def test_names_are_dotted_and_may_be_chinese() -> None:
    values = {
        "record.water": Q(2.0, "m³"),
        "tag.main_kwh": Q(3.0, "kWh"),
        "kpi.energy_intensity": Q(4.0, "kgce/t"),
        "包装.回收量": Q(5.0, "t"),
        "_x1": Q(6.0),
    }
    expr = parse(
        "record.water + tag.main_kwh * 0 [m³/kWh]"
        " + kpi.energy_intensity * 包装.回收量 * 0 [m³/kgce] + _x1 * 0 [m³]"
    )
    assert expr.names() == frozenset(values)
    assert evaluate(expr, values) == Q(2.0, "m³")


def test_kpi_formula_with_unit_literal() -> None:
    expr = parse("energy.electricity_kwh * 0.1229 [kgce/kWh] / production.total")
    values = {"energy.electricity_kwh": Q(1.0, "MWh"), "production.total": Q(2.0, "t")}
    result = evaluate(expr, values)
    assert result.unit == "kgce/t"
    assert result.value == pytest.approx(61.45)
    assert check(expr, {"energy.electricity_kwh": "MWh", "production.total": "t"}) == "kgce/t"


def test_percent_of_same_dimension_is_dimensionless() -> None:
    values = {"packaging_recovered": Q(5.0, "kg"), "packaging_used": Q(1.0, "t")}
    result = value_of("100 * (packaging_recovered / packaging_used)", values)
    assert result.value == pytest.approx(0.5)
    assert result.unit == ""
    same = {"packaging_recovered": Q(30.0, "t"), "packaging_used": Q(40.0, "t")}
    assert value_of("100 * packaging_recovered / packaging_used", same) == Q(75.0, "")
    assert check(parse("100 * a / b"), {"a": "kg", "b": "t"}) == ""


def test_percent_literals_convert_through_units() -> None:
    assert value_of("50 [%] + 0.25") == Q(75.0, "%")
    assert value_of("0.25 + 50 [%]").value == pytest.approx(0.75)
    assert value_of("200 [t] * 5 [%]") == Q(1000.0, "t·%")
    assert convert(1000.0, "t·%", "t") == pytest.approx(10.0)


def test_sums_convert_the_right_operand_to_the_left_unit() -> None:
    values = {"kpi.energy_intensity": Q(0.02, "tce/t")}
    result = value_of("kpi.energy_intensity - 5 [kgce/t]", values)
    assert result.unit == "tce/t"
    assert result.value == pytest.approx(0.015)
    assert value_of("1 [MWh] + 500 [kWh]") == Q(1.5, "MWh")
    assert value_of("min(1 [MWh], 900 [kWh])") == Q(0.9, "MWh")
    assert value_of("max(3.6 [GJ], 900 [kWh])") == Q(3.6, "GJ")


def test_products_cancel_opposite_dimensions() -> None:
    assert value_of("2 [MWh] * 0.1229 [kgce/kWh]").unit == "kgce"
    assert value_of("2 [MWh] * 0.1229 [kgce/kWh]").value == pytest.approx(245.8)
    assert value_of("500 [kg] / 2 [t]") == Q(0.25, "")
    assert value_of("10 [kgce/t] * 3 [t]") == Q(30.0, "kgce")
    assert value_of("6 [m³] / 2 [h]") == Q(3.0, "m³/h")
    assert value_of("5 [kW] * 2 [h]") == Q(10.0, "kW·h")
    assert value_of("1 / 4 [h]") == Q(0.25, "1/h")
    assert check(parse("a / b / c"), {"a": "kgce", "b": "t", "c": "a"}) == "kgce/(t·a)"


def test_bare_zero_fits_any_dimension_but_other_bare_numbers_do_not() -> None:
    values = {"a": Q(3.0, "kWh"), "b": Q(5.0, "kWh")}
    assert value_of("max(a - b, 0)", values) == Q(0.0, "kWh")
    assert value_of("0 + a", values) == Q(3.0, "kWh")
    assert check(parse("max(0, a - b)"), {"a": "kWh", "b": "MWh"}) == "kWh"
    error = error_of("a + 1", values)
    assert (error.code, error.detail, error.position) == ("unit_mismatch", "kWh ≠ 1", 4)


@pytest.mark.parametrize(
    ("text", "position", "detail"),
    [
        ("1 +", 3, ""),
        ("1 + * 2", 4, "*"),
        ("a b", 2, "b"),
        ("(1", 2, ""),
        ("1)", 1, ")"),
        ("()", 1, ")"),
        ("1 # 2", 2, "#"),
        ("x [kg]", 2, "[kg]"),
        ("[kg]", 0, "[kg]"),
        ("5 [kg", 2, "["),
        ("5 [k[g]", 2, "["),
        ("a.", 1, "."),
        ("2x", 1, "x"),
        ("1.2.3", 3, ".3"),
        ("min(1,)", 6, ")"),
        ("min(,1)", 4, ","),
        ("abs 1", 4, "1"),
        ("1 = 1", 2, "="),
        ("2 ^ 3", 2, "^"),
    ],
)
def test_syntax_errors_carry_the_position(text: str, position: int, detail: str) -> None:
    with pytest.raises(ExpressionError) as raised:
        parse(text)
    assert (raised.value.code, raised.value.position, raised.value.detail) == (
        "syntax",
        position,
        detail,
    )


def test_parse_error_codes() -> None:
    cases = {
        "": ("empty", None),
        "   ": ("empty", None),
        "foo(1)": ("unknown_function", 0),
        "1 + kpi.min(2)": ("unknown_function", 4),
        "abs(1, 2)": ("argument_count", 0),
        "if_missing(1)": ("argument_count", 0),
        "min()": ("argument_count", 0),
        "2 * 1e999": ("not_finite", 4),
        "1" * (MAX_LENGTH + 1): ("too_long", None),
        "(" * (MAX_DEPTH + 1) + "1" + ")" * (MAX_DEPTH + 1): ("too_deep", MAX_DEPTH),
        "abs(" * (MAX_DEPTH + 1) + "1" + ")" * (MAX_DEPTH + 1): ("too_deep", 4 * MAX_DEPTH + 3),
    }
    for text, (code, position) in cases.items():
        with pytest.raises(ExpressionError) as raised:
            parse(text)
        assert (raised.value.code, raised.value.position) == (code, position), text
    assert parse("foo + 1").names() == frozenset({"foo"})


def test_limits_are_inclusive_and_long_flat_formulas_do_not_recurse() -> None:
    deep = "(" * MAX_DEPTH + "1" + ")" * MAX_DEPTH
    assert value_of(deep) == Q(1.0)
    sum_text = "+".join(["1"] * 1000)
    assert len(sum_text) < MAX_LENGTH
    assert value_of(sum_text) == Q(1000.0)
    product_text = "/".join(["1"] * 1000)
    assert value_of(product_text) == Q(1.0)
    negations = "-" * 1999 + "1"
    assert value_of(negations) == Q(-1.0)
    assert value_of("1" + " " * (MAX_LENGTH - 1)) == Q(1.0)


def test_check_reports_names_mismatches_and_bad_units() -> None:
    units = {"a": "kWh", "b": "t", "c": "MWh", "w": "furlong"}
    cases = {
        "a + zz": ("unknown_name", "zz", 4),
        "a + b": ("unit_mismatch", "kWh ≠ t", 4),
        "a - c * b": ("unit_mismatch", "kWh ≠ MWh·t", 4),
        "min(a, c, b)": ("unit_mismatch", "kWh ≠ t", 10),
        "max(b, 2)": ("unit_mismatch", "t ≠ 1", 7),
        "5 [furlong] * a": ("bad_unit", "furlong", 0),
        "a * w": ("bad_unit", "furlong", 4),
        "if_missing(a, 0)": ("unit_mismatch", "kWh ≠ 1", 14),
        "if_missing(a, b)": ("unit_mismatch", "kWh ≠ t", 14),
        "a / 0": ("division_by_zero", "0", 4),
    }
    for text, expected in cases.items():
        with pytest.raises(ExpressionError) as raised:
            check(parse(text), units)
        found = raised.value
        assert (found.code, found.detail, found.position) == expected, text
    assert check(parse("a + c"), units) == "kWh"
    assert check(parse("c + a"), units) == "MWh"
    assert check(parse("if_missing(a, 0 [MWh])"), units) == "kWh"
    assert check(parse("a / (c - c)"), units) == ""  # values are unknown: no division check
    assert check(parse("abs(-b) / 2"), units) == "t"


def test_evaluate_reports_each_problem() -> None:
    values: dict[str, Quantity | None] = {
        "a": Q(1.0, "kWh"),
        "b": Q(2.0, "kWh"),
        "t": Q(1.0, "t"),
        "none": None,
        "nan": Q(math.nan, "kWh"),
        "odd": Q(1.0, "furlong"),
        "big": Q(1e200),
    }
    cases = {
        "a + missing": ("unknown_name", "missing", 4),
        "a + none": ("missing_value", "none", 4),
        "a / (b - b)": ("division_by_zero", "(b - b)", 4),
        "a / 0 [kWh]": ("division_by_zero", "0 [kWh]", 4),
        "a + t": ("unit_mismatch", "kWh ≠ t", 4),
        "big * big": ("not_finite", "big * big", 0),
        "1 + big * big": ("not_finite", "big * big", 4),
        "big * 1e200 - big * 1e200": ("not_finite", "big * 1e200", 0),
        "nan + a": ("not_finite", "nan", 0),
        "odd * 2": ("bad_unit", "furlong", 0),
        "if_missing(a / 0, 1 [kWh])": ("division_by_zero", "0", 15),
        "if_missing(zz, 1 [kWh])": ("unknown_name", "zz", 11),
    }
    for text, expected in cases.items():
        error = error_of(text, values)
        assert (error.code, error.detail, error.position) == expected, text


def test_missing_inputs_are_never_silently_zero_except_in_if_missing() -> None:
    values: dict[str, Quantity | None] = {"steam": None, "gas": Q(3.0, "t"), "x": Q(1.0, "t")}
    assert error_of("x + steam * 2", values).code == "missing_value"
    assert value_of("if_missing(steam, 0 [t])", values) == Q(0.0, "t")
    assert value_of("x + if_missing(steam * 2, 500 [kg])", values) == Q(1.5, "t")
    assert value_of("if_missing(gas, 0 [t])", values) == Q(3.0, "t")
    assert value_of("if_missing(steam, if_missing(steam, gas))", values) == Q(3.0, "t")
    assert error_of("if_missing(steam, steam)", values).code == "missing_value"


def test_expression_text_round_trips() -> None:
    for text in [
        "energy.electricity_kwh * 0.1229 [kgce/kWh] / production.total",
        "100 * (a / b)",
        "a - (b - c)",
        "(a - b) - c",
        "-(a * b) + -c",
        "if_missing(x, 0 [t]) + max(a, b, 0)",
        "8 / (4 / 2)",
        "1.5e-07 * abs(-x)",
    ]:
        expr = parse(text)
        assert parse(str(expr)).root == expr.root, text


def test_evaluation_order_puts_dependencies_first() -> None:
    formulas = {
        "total": parse("kpi.energy + kpi.water * 0 [kgce/m³]"),
        "energy": parse("kpi.electricity * 0.1229 [kgce/kWh]"),
        "water": parse("record.water"),
        "electricity": parse("tag.main_kwh"),
        "unrelated": parse("kpi.not_defined + 1"),
    }
    order = evaluation_order(formulas)
    assert order == ["electricity", "energy", "water", "total", "unrelated"]
    prefixed = {"kpi.a": parse("kpi.b"), "kpi.b": parse("x")}
    assert evaluation_order(prefixed) == ["kpi.b", "kpi.a"]
    assert evaluation_order({"a": parse("m.b"), "b": parse("1")}, prefix="m.") == ["b", "a"]


@pytest.mark.parametrize(
    ("formulas", "detail"),
    [
        ({"a": "kpi.a + 1"}, "a → a"),
        ({"a": "kpi.b", "b": "kpi.a"}, "a → b → a"),
        ({"x": "1", "a": "kpi.b", "b": "kpi.c * kpi.x", "c": "min(kpi.a, 1)"}, "a → b → c → a"),
    ],
)
def test_cycles_are_named(formulas: dict[str, str], detail: str) -> None:
    with pytest.raises(ExpressionError) as raised:
        evaluation_order({key: parse(text) for key, text in formulas.items()})
    assert (raised.value.code, raised.value.detail) == ("cycle", detail)


def test_long_dependency_chains_do_not_recurse() -> None:
    chain = {f"k{i}": parse(f"kpi.k{i + 1} + 1") for i in range(3000)}
    chain["k3000"] = parse("1")
    order = evaluation_order(chain)
    assert order[0] == "k3000"
    assert order[-1] == "k0"


@given(st.text(max_size=300))
def test_parse_raises_nothing_but_expression_error(text: str) -> None:
    with contextlib.suppress(ExpressionError):
        parse(text)


@given(st.text(alphabet="0123456789.eE+-*/(),[] abxy_中%kgWht（），", max_size=120))
def test_parse_and_evaluate_of_formula_like_text(text: str) -> None:
    values = {name: Q(2.0, "t") for name in ("a", "b", "x", "y", "中")}
    try:
        expr = parse(text)
        result = evaluate(expr, values)
    except ExpressionError:
        return
    assert math.isfinite(result.value)
    parse_unit(result.unit)
    assert parse(str(expr)).root == expr.root


# Random typed trees: a node of energy exponent k (kWh^k) for k in -1, 0, 1, rendered to text,
# parsed, evaluated, and compared with a direct computation in coherent units (J^k).

LEAF_UNITS: dict[int, list[str | None]] = {
    1: ["kWh", "MWh", "GJ", "MJ"],
    0: [None, "", "%", "‰"],
    -1: ["1/kWh", "1/GJ"],
}
NAMES = {1: ["e.kwh", "e.gj"], 0: ["r.pct", "r.plain"], -1: ["inv.mwh"]}
MISSING = {1: "missing.e", 0: "missing.r", -1: "missing.inv"}
NAME_UNITS = {"e.kwh": "kWh", "e.gj": "GJ", "r.pct": "%", "r.plain": "", "inv.mwh": "1/MWh"}
MISSING_UNITS = {"missing.e": "kWh", "missing.r": "", "missing.inv": "1/kWh"}
PAIRS = [(a, op, b) for a in (-1, 0, 1) for b in (-1, 0, 1) for op in "*/"]


@st.composite
def trees(draw: st.DrawFn, k: int, depth: int) -> Node:
    kinds: list[str] = ["leaf", "name"] if depth == 0 else list(_BUILDERS)
    kind = draw(st.sampled_from(kinds))
    if kind == "leaf":
        value = draw(st.floats(min_value=0.01, max_value=1000) | st.integers(1, 50).map(float))
        return Number(value, draw(st.sampled_from(LEAF_UNITS[k])))
    if kind == "name":
        return Name(draw(st.sampled_from(NAMES[k])))
    return _BUILDERS[kind](draw, k, depth - 1)


def _sum(draw: st.DrawFn, k: int, depth: int) -> Node:
    rest = draw(st.lists(st.tuples(st.sampled_from("+-"), trees(k, depth)), min_size=1, max_size=3))
    return Sum(draw(trees(k, depth)), tuple(rest))


def _pair(draw: st.DrawFn, k: int, depth: int) -> Node:
    a, op, b = draw(
        st.sampled_from([p for p in PAIRS if (p[0] + p[2] if p[1] == "*" else p[0] - p[2]) == k])
    )
    return Product(draw(trees(a, depth)), ((op, draw(trees(b, depth))),))


def _chain(draw: st.DrawFn, k: int, depth: int) -> Node:
    ratios = st.tuples(st.sampled_from("*/"), trees(0, depth))
    return Product(draw(trees(k, depth)), tuple(draw(st.lists(ratios, min_size=2, max_size=4))))


def _call(draw: st.DrawFn, k: int, depth: int) -> Node:
    function = draw(st.sampled_from(["min", "max", "abs", "if_missing"]))
    if function == "abs":
        return Call("abs", (draw(trees(k, depth)),))
    if function == "if_missing":
        first = draw(trees(k, depth) | st.just(Name(MISSING[k])))
        return Call("if_missing", (first, draw(trees(k, depth))))
    return Call(function, tuple(draw(st.lists(trees(k, depth), min_size=1, max_size=3))))


_BUILDERS: dict[str, Callable[[st.DrawFn, int, int], Node]] = {
    "leaf": lambda draw, k, depth: draw(trees(k, 0)),
    "negate": lambda draw, k, depth: Negate(draw(trees(k, depth))),
    "sum": _sum,
    "pair": _pair,
    "chain": _chain,
    "call": _call,
}


class _Missing(Exception):
    pass


def direct(node: Node, values: Mapping[str, Quantity | None]) -> tuple[float, float]:
    """(value in coherent units, a magnitude bounding its rounding error)."""
    if isinstance(node, Number):
        value = node.value * parse_unit(node.unit or "").scale
        return value, abs(value)
    if isinstance(node, Name):
        quantity = values[node.name]
        if quantity is None:
            raise _Missing
        value = quantity.value * parse_unit(quantity.unit).scale
        return value, abs(value)
    if isinstance(node, Negate):
        value, size = direct(node.operand, values)
        return -value, size
    if isinstance(node, Sum):
        total, size = direct(node.first, values)
        for op, operand in node.rest:
            value, more = direct(operand, values)
            total, size = (total + value if op == "+" else total - value), size + more
        return total, size
    if isinstance(node, Product):
        total, size = direct(node.first, values)
        for op, operand in node.rest:
            value, more = direct(operand, values)
            if op == "*":
                total, size = total * value, size * more
            else:
                assume(abs(value) > 1e-6 * more)  # ill-conditioned or zero divisor
                total, size = total / value, size / abs(value) + abs(total) * more / value**2
        return total, size
    if node.function == "if_missing":
        try:
            return direct(node.args[0], values)
        except _Missing:
            return direct(node.args[1], values)
    results = [direct(arg, values) for arg in node.args]
    if node.function == "abs":
        return abs(results[0][0]), results[0][1]
    pick = min if node.function == "min" else max
    return pick(value for value, _ in results), max(size for _, size in results)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from([-1, 0, 1]).flatmap(lambda k: st.tuples(st.just(k), trees(k, 3))),
    st.lists(st.floats(min_value=0.01, max_value=1000), min_size=5, max_size=5),
)
def test_generated_trees_round_trip_and_match_direct_computation(
    case: tuple[int, Node], numbers: list[float]
) -> None:
    k, root = case
    values: dict[str, Quantity | None] = {
        name: Q(number, unit)
        for (name, unit), number in zip(NAME_UNITS.items(), numbers, strict=True)
    }
    values.update(dict.fromkeys(MISSING_UNITS))
    expected, size = direct(root, values)
    text = str(Expression("", root))
    assume(len(text) <= MAX_LENGTH)
    expr = parse(text)
    assert str(expr) == text
    result = evaluate(expr, values)
    unit = parse_unit(result.unit)
    assert same_dimension(unit, parse_unit("kWh").pow(k))
    assert abs(result.value * unit.scale - expected) <= 1e-9 * size + 1e-300
    checked = check(expr, {**NAME_UNITS, **MISSING_UNITS})
    assert same_dimension(checked, unit)
