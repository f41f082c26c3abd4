"""绿色采购比例: the share of a period's purchase amount (元) bought with a green certificate.

Computed from the purchase register, not from records or meters, so it sits beside the
built-in indicators rather than in `domain.kpis.compute_builtin`. A period without a single
purchase has no ratio: both inputs are reported missing ("missing_inputs", as for any KPI
whose data was not entered), never a silent 0. Purchases made on the first and the last day
count.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from domain.kpis import Better, KpiDefinition, KpiInput, KpiValue
from domain.suppliers import green_procurement_ratio
from storage.models import PurchaseRecord

CODE = "green_procurement_ratio"
UNIT = "%"
GREEN_SUPPLY_CHAIN = ("绿色供应链", "Green supply chain")

GREEN_PROCUREMENT = KpiDefinition(
    code=CODE,
    name_zh="绿色采购比例",
    name_en="Green procurement ratio",
    area_zh=GREEN_SUPPLY_CHAIN[0],
    area_en=GREEN_SUPPLY_CHAIN[1],
    unit=UNIT,
    better=Better.HIGHER,
    formula="100 * green_purchases / all_purchases",
)


def green_procurement(session: Session, first: date, last: date) -> KpiValue:
    """Green-certified purchase amount / all purchase amount × 100 % over `first`..`last`."""
    rows = session.execute(
        select(PurchaseRecord.amount_cny, PurchaseRecord.green_certified).where(
            PurchaseRecord.bought_on >= first.isoformat(),
            PurchaseRecord.bought_on <= last.isoformat(),
        )
    )
    ratio = green_procurement_ratio((amount, bool(green)) for amount, green in rows)
    if ratio.value is None:
        inputs = (
            KpiInput("green_purchases", None, "元"),
            KpiInput("all_purchases", None, "元"),
        )
        missing = ("green_purchases", "all_purchases")
        return KpiValue(CODE, None, UNIT, inputs, missing, "missing_inputs")
    inputs = (
        KpiInput("green_purchases", ratio.green_cny, "元", (f"{ratio.green_purchases} purchases",)),
        KpiInput("all_purchases", ratio.total_cny, "元", (f"{ratio.purchases} purchases",)),
    )
    return KpiValue(CODE, ratio.value, UNIT, inputs)
