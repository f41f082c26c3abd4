from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.units import (
    DIMENSIONLESS,
    Quantity,
    Unit,
    UnitError,
    convert,
    format_unit,
    parse_unit,
    same_dimension,
    simplify,
)

ENERGY = (("kg", 1), ("m", 2), ("s", -2))


@pytest.mark.parametrize(
    ("value", "source", "target", "expected"),
    [
        (1, "t", "kg", 1000),
        (1500, "g", "kg", 1.5),
        (1, "MWh", "kWh", 1000),
        (1, "MWh", "MJ", 3600),
        (1, "kWh", "MJ", 3.6),
        (1, "GJ", "kWh", 1e9 / 3.6e6),
        (1, "GWh", "MWh", 1000),
        (1, "kW·h", "kWh", 1),
        (2500, "L", "m³", 2.5),
        (2500, "L", "m3", 2.5),
        (1, "Nm³", "m³", 1),
        (1000, "kgce/t", "tce/t", 1),
        (1, "tce/t", "kgce/t", 1000),
        (1, "tce", "kgce", 1000),
        (1, "tCO2", "kgCO2", 1000),
        (3, "万元", "元", 30000),
        (1, "元", "CNY", 1),
        (12, "件", "pcs", 12),
        (12, "个/h", "pcs/min", 0.2),
        (1, "a", "d", 365),
        (1, "d", "h", 24),
        (1, "h", "min", 60),
        (1, "min", "s", 60),
        (3.6, "m³/h", "L/s", 1),
        (1, "mg/L", "kg/m³", 0.001),
        (1, "mg/L", "g/m³", 1),
        (25, "%", "", 0.25),
        (1, "", "%", 100),
        (5, "‰", "%", 0.5),
        (250, "ppm", "%", 0.025),
        (1, "kg/t", "%", 0.1),
        (1, "MW", "kW", 1000),
        (1, "kW", "W", 1000),
        (2, "kW", "kWh/h", 2),
        (1, "km", "m", 1000),
        (8760, "h", "a", 8760 / 8760),
        (1, "kg·m", "g*m", 1000),
        (1, "1/h", "1/s", 1 / 3600),
    ],
)
def test_hand_checked_conversions(value: float, source: str, target: str, expected: float) -> None:
    assert convert(value, source, target) == pytest.approx(expected, rel=1e-12)


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("kgce", "kJ"),  # coal equivalent goes through GB/T 2589 coefficients, not a factor
        ("tce", "t"),
        ("kWh", "kW"),
        ("t", "m³"),
        ("%", "kg"),
        ("元", "pcs"),
        ("tCO2", "t"),
        ("kgce/t", "kgce"),
        ("m³/h", "m³"),
    ],
)
def test_different_dimensions_are_refused(source: str, target: str) -> None:
    with pytest.raises(UnitError) as raised:
        convert(1.0, source, target)
    assert raised.value.code == "incompatible_units"
    assert raised.value.detail == f"{source}→{target}"
    assert not same_dimension(source, target)


@pytest.mark.parametrize(
    ("text", "scale", "dimension"),
    [
        ("kgce/t", 1e-3, (("kg", -1), ("kgce", 1))),
        ("m³/t", 1e-3, (("kg", -1), ("m", 3))),
        ("m3/t", 1e-3, (("kg", -1), ("m", 3))),
        ("kg/t", 1e-3, ()),
        ("m3", 1.0, (("m", 3),)),
        ("m³", 1.0, (("m", 3),)),
        ("Nm³", 1.0, (("m", 3),)),
        ("Nm3", 1.0, (("m", 3),)),
        ("m³/h", 1 / 3600, (("m", 3), ("s", -1))),
        ("kWh", 3.6e6, ENERGY),
        ("MWh", 3.6e9, ENERGY),
        ("GWh", 3.6e12, ENERGY),
        ("Wh", 3600.0, ENERGY),
        ("J", 1.0, ENERGY),
        ("kJ", 1e3, ENERGY),
        ("MJ", 1e6, ENERGY),
        ("GJ", 1e9, ENERGY),
        ("W", 1.0, (("kg", 1), ("m", 2), ("s", -3))),
        ("kW", 1e3, (("kg", 1), ("m", 2), ("s", -3))),
        ("MW", 1e6, (("kg", 1), ("m", 2), ("s", -3))),
        ("t/a", 1000 / (365 * 86400), (("kg", 1), ("s", -1))),
        ("mg/L", 1e-3, (("kg", 1), ("m", -3))),
        ("kg·m", 1.0, (("kg", 1), ("m", 1))),
        ("kg*m", 1.0, (("kg", 1), ("m", 1))),
        ("kg⋅m", 1.0, (("kg", 1), ("m", 1))),
        ("kg × m", 1.0, (("kg", 1), ("m", 1))),
        ("1/h", 1 / 3600, (("s", -1),)),
        ("s^-1", 1.0, (("s", -1),)),
        ("s⁻¹", 1.0, (("s", -1),)),
        ("s-1", 1.0, (("s", -1),)),
        ("%", 0.01, ()),
        ("‰", 0.001, ()),
        ("ppm", 1e-6, ()),
        ("", 1.0, ()),
        ("  ", 1.0, ()),
        ("g", 1e-3, (("kg", 1),)),
        ("mg", 1e-6, (("kg", 1),)),
        ("t", 1e3, (("kg", 1),)),
        ("L", 1e-3, (("m", 3),)),
        ("kgce", 1.0, (("kgce", 1),)),
        ("tce", 1e3, (("kgce", 1),)),
        ("s", 1.0, (("s", 1),)),
        ("min", 60.0, (("s", 1),)),
        ("h", 3600.0, (("s", 1),)),
        ("d", 86400.0, (("s", 1),)),
        ("a", 365 * 86400.0, (("s", 1),)),
        ("pcs", 1.0, (("pcs", 1),)),
        ("件", 1.0, (("pcs", 1),)),
        ("个", 1.0, (("pcs", 1),)),
        ("元", 1.0, (("CNY", 1),)),
        ("CNY", 1.0, (("CNY", 1),)),
        ("万元", 1e4, (("CNY", 1),)),
        ("kgCO2", 1.0, (("kgCO2", 1),)),
        ("tCO2", 1e3, (("kgCO2", 1),)),
        ("tCO₂", 1e3, (("kgCO2", 1),)),
        ("kgce/(t·a)", 1e-3 / (365 * 86400), (("kg", -1), ("kgce", 1), ("s", -1))),
        ("(m/s)²", 1.0, (("m", 2), ("s", -2))),
        ("kg / t", 1e-3, ()),
        ("kgCO2^2", 1.0, (("kgCO2", 2),)),
    ],
)
def test_parse_every_listed_form(text: str, scale: float, dimension: tuple[object, ...]) -> None:
    unit = parse_unit(text)
    assert unit.scale == pytest.approx(scale, rel=1e-12)
    assert unit.dimension == dimension


def test_nm3_is_accounted_as_m3_but_keeps_its_symbol() -> None:
    assert parse_unit("Nm³") == parse_unit("m³")
    assert format_unit(parse_unit("Nm3") / parse_unit("h")) == "Nm³/h"


@pytest.mark.parametrize(
    ("text", "code", "detail"),
    [
        ("furlong", "unknown_unit", "furlong"),
        ("kg/foo", "unknown_unit", "foo"),
        ("kgce/tonne", "unknown_unit", "tonne"),
        ("°C", "unknown_unit", "°C"),
        ("0", "unknown_unit", "0"),
        ("kg//t", "malformed_unit", "kg//t"),
        ("(kg", "malformed_unit", "(kg"),
        ("kg)", "malformed_unit", "kg)"),
        ("kg t", "malformed_unit", "kg t"),
        ("/t", "malformed_unit", "/t"),
        ("m^100", "malformed_unit", "^100"),
        ("GWh^99", "malformed_unit", "GWh^99"),
        ("mg^-99", "malformed_unit", "mg^-99"),
        ("k" * 65, "unit_too_long", "65"),
    ],
)
def test_unusable_units_name_the_problem(text: str, code: str, detail: str) -> None:
    with pytest.raises(UnitError) as raised:
        parse_unit(text)
    assert (raised.value.code, raised.value.detail) == (code, detail)


def test_equality_is_physical_and_display_keeps_the_original_text() -> None:
    assert parse_unit("m3") == parse_unit("m³")
    assert hash(parse_unit("m3")) == hash(parse_unit("m³"))
    assert parse_unit("kWh") == parse_unit("kW·h")
    assert parse_unit("元") == parse_unit("CNY")
    assert format_unit(parse_unit("m3")) == "m3"
    assert format_unit(parse_unit(" kgce/t ")) == "kgce/t"
    assert format_unit(parse_unit("")) == ""


def test_unit_algebra_and_derived_symbols() -> None:
    kgce, t, m3, h, a = (parse_unit(s) for s in ("kgce", "t", "m³", "h", "a"))
    assert format_unit(kgce / t) == "kgce/t"
    assert (kgce / t) == parse_unit("kgce/t")
    assert format_unit(m3 / t) == "m³/t"
    assert format_unit(parse_unit("m3") / t) == "m³/t"
    assert format_unit(DIMENSIONLESS / h) == "1/h"
    assert format_unit(kgce / (t * a)) == "kgce/(t·a)"
    assert format_unit(kgce / t / a) == "kgce/(t·a)"
    assert format_unit(parse_unit("kW") * h) == "kW·h"
    assert format_unit(t / t) == ""
    assert (t / t).is_dimensionless
    assert format_unit(parse_unit("元") / parse_unit("CNY")) == ""
    assert format_unit(parse_unit("kg/t").pow(-1)) == "t/kg"
    assert format_unit(parse_unit("m").pow(3)) == "m³"
    assert format_unit(parse_unit("Nm³").pow(2)) == "Nm³^2"
    assert parse_unit("Nm³").pow(2) == parse_unit("m").pow(6)
    assert parse_unit("kWh").pow(0) == DIMENSIONLESS
    assert (parse_unit("kg") * parse_unit("m")).dimension == (("kg", 1), ("m", 1))
    assert (parse_unit("MWh") / parse_unit("kWh")).scale == pytest.approx(1000)


def test_a_unit_built_without_terms_still_prints_something_readable() -> None:
    bare = Unit(1000.0, (("kg", 1),))
    assert parse_unit(format_unit(bare)) == bare
    assert format_unit(Unit(1.0, (("m", 3), ("s", -1)))) == "m³/s"


def test_simplify_cancels_opposite_dimensions_into_a_factor() -> None:
    factor, unit = simplify(parse_unit("MWh") * parse_unit("kgce/kWh"))
    assert factor == 1000
    assert format_unit(unit) == "kgce"
    factor, unit = simplify(parse_unit("kg/t"))
    assert (factor, format_unit(unit)) == (0.001, "")
    factor, unit = simplify(parse_unit("m³/L"))
    assert factor == pytest.approx(1000)
    assert unit == DIMENSIONLESS
    percent_per_ppm = parse_unit("%/ppm")
    assert simplify(percent_per_ppm) == (1.0, percent_per_ppm)
    factor, unit = simplify(parse_unit("kWh/h"))
    assert (factor, format_unit(unit)) == (1.0, "kWh/h")


def test_quantity_converts() -> None:
    assert Quantity(2.5, "t").to("kg") == Quantity(2500.0, "kg")
    with pytest.raises(UnitError):
        Quantity(1.0, "t").to("kWh")


def test_parsing_is_cached() -> None:
    parse_unit("kgce/t")
    before = parse_unit.cache_info().hits
    parse_unit("kgce/t")
    assert parse_unit.cache_info().hits == before + 1


FAMILIES = [
    ["mg", "g", "kg", "t"],
    ["mL", "L", "m³", "m3", "Nm³"],
    ["J", "kJ", "MJ", "GJ", "Wh", "kWh", "MWh", "GWh", "kW·h"],
    ["W", "kW", "MW", "kWh/h"],
    ["kgce", "tce"],
    ["kgce/t", "tce/t", "kgce/kg", "tce/(kg·a)·a"],
    ["s", "min", "h", "d", "a"],
    ["", "%", "‰", "ppm", "kg/t", "m³/L"],
    ["元", "CNY", "万元"],
    ["pcs", "件", "个"],
    ["kgCO2", "tCO2"],
    ["m³/h", "L/s", "Nm3/h"],
]


@st.composite
def compatible_pair(draw: st.DrawFn) -> tuple[str, str]:
    family = draw(st.sampled_from(FAMILIES))
    return draw(st.sampled_from(family)), draw(st.sampled_from(family))


@given(compatible_pair(), st.floats(min_value=-1e12, max_value=1e12, allow_nan=False))
def test_convert_there_and_back(pair: tuple[str, str], value: float) -> None:
    a, b = pair
    assert same_dimension(a, b)
    back = convert(convert(value, a, b), b, a)
    assert math.isclose(back, value, rel_tol=1e-12, abs_tol=1e-300)


ATOMS = [
    "kg",
    "t",
    "m",
    "m³",
    "L",
    "Nm³",
    "kWh",
    "GJ",
    "kW",
    "h",
    "a",
    "%",
    "kgce",
    "tce",
    "元",
    "万元",
    "件",
    "tCO2",
]


@given(st.lists(st.tuples(st.sampled_from(ATOMS), st.integers(-3, 3)), max_size=5))
def test_derived_units_print_a_symbol_that_reads_back(factors: list[tuple[str, int]]) -> None:
    unit = DIMENSIONLESS
    for symbol, power in factors:
        unit = unit * parse_unit(symbol).pow(power)
    again = parse_unit(format_unit(unit))
    assert again.dimension == unit.dimension
    assert math.isclose(again.scale, unit.scale, rel_tol=1e-12)


@given(st.text(max_size=80))
def test_parse_unit_raises_nothing_but_unit_error(text: str) -> None:
    try:
        unit = parse_unit(text)
    except UnitError:
        return
    assert math.isfinite(unit.scale)
    assert unit.scale > 0


@given(st.text(alphabet="kgmtLhWJ³3²^-/*·()%元 1.", max_size=30))
def test_parse_unit_on_unit_like_text(text: str) -> None:
    try:
        unit = parse_unit(text)
    except UnitError:
        return
    assert parse_unit(format_unit(unit)) == unit
