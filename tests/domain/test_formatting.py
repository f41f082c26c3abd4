from __future__ import annotations

import math

from domain.formatting import format_age, format_value


def test_values_show_digits_by_magnitude_and_the_unit() -> None:
    assert format_value(1234567.891, "kWh") == "1,234,567.9 kWh"
    assert format_value(230.456, "V") == "230.5 V"
    assert format_value(0.9234) == "0.923"
    assert format_value(49.987) == "49.99"
    assert format_value(0.0) == "0"


def test_missing_values_are_a_dash_never_zero() -> None:
    assert format_value(None, "kW") == "—"
    assert format_value(math.nan) == "—"


def test_ages() -> None:
    assert format_age(3.2) == "3 s"
    assert format_age(600) == "10 min"
    assert format_age(None) == "—"


def test_indicators_keep_four_significant_figures() -> None:
    from domain.formatting import format_significant

    assert format_significant(0.0089312, "kg/t") == "0.008931 kg/t"
    assert format_significant(97.879, "kgce/t") == "97.88 kgce/t"
    assert format_significant(12345.6) == "12,346"
    assert format_significant(0.0) == "0"
    assert format_significant(None, "%") == "—"
