"""绿色采购比例 from the purchase register: hand-computed over a quarter whose first and last days
have purchases and whose neighbouring days have purchases that must not count."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.services.procurement_kpi import GREEN_PROCUREMENT, green_procurement
from desktop_app.services.supplier_purchases import record_purchase
from desktop_app.services.suppliers import create_supplier
from domain.kpis import Better
from domain.roles import SYSTEM

FIRST, LAST = date(2026, 1, 1), date(2026, 3, 31)


@pytest.fixture
def bought(database) -> None:
    """In the quarter: 40 000 (green, 1 Jan) + 25 000 (31 Mar) + 15 000 (green) + 20 000 元.
    Outside it: 31 Dec and 1 Apr, both green, 1 000 000 元 each."""
    purchases = (
        ("2025-12-31", 1_000_000.0, True),
        ("2026-01-01", 40_000.0, True),
        ("2026-02-10", 20_000.0, False),
        ("2026-02-11", 15_000.0, True),
        ("2026-03-31", 25_000.0, False),
        ("2026-04-01", 1_000_000.0, True),
    )
    with database.transaction() as session:
        supplier = create_supplier(session, SYSTEM, name="浙江原料供应", category="raw_material")
        for day, amount, green in purchases:
            record_purchase(
                session, SYSTEM, supplier_id=supplier, bought_on=date.fromisoformat(day),
                item="聚丙烯颗粒", amount_cny=amount, green_certified=green,
            )  # fmt: skip


def test_the_quarter_counts_its_first_and_last_day_only(database, bought) -> None:
    with database.reading() as session:
        value = green_procurement(session, FIRST, LAST)
    # green 40 000 + 15 000 = 55 000 元 of 40 000 + 20 000 + 15 000 + 25 000 = 100 000 元 → 55 %
    assert value.code == "green_procurement_ratio" and value.unit == "%"
    assert value.value == pytest.approx(55.0)
    green, total = value.inputs
    assert (green.name, green.value, green.unit) == ("green_purchases", 55_000.0, "元")
    assert (total.name, total.value, total.unit) == ("all_purchases", 100_000.0, "元")
    assert green.sources == ("2 purchases",) and total.sources == ("4 purchases",)
    assert value.missing == () and value.reason == ""


def test_a_single_day_period(database, bought) -> None:
    with database.reading() as session:
        assert green_procurement(session, LAST, LAST).value == pytest.approx(0.0)
        assert green_procurement(session, FIRST, FIRST).value == pytest.approx(100.0)


def test_no_purchases_is_no_value_with_a_reason_not_zero(database, bought) -> None:
    with database.reading() as session:
        value = green_procurement(session, date(2026, 5, 1), date(2026, 5, 31))
    assert value.value is None and value.reason == "missing_inputs"
    assert value.missing == ("green_purchases", "all_purchases")
    assert [i.value for i in value.inputs] == [None, None]


def test_the_definition_reads_like_the_built_ins() -> None:
    d = GREEN_PROCUREMENT
    assert (d.code, d.name_zh, d.name_en) == (
        "green_procurement_ratio",
        "绿色采购比例",
        "Green procurement ratio",
    )
    assert (d.area_zh, d.area_en, d.unit) == ("绿色供应链", "Green supply chain", "%")
    assert d.better is Better.HIGHER and d.formula == "100 * green_purchases / all_purchases"
