"""SMART targets for the demo plant: baseline from its first month, deadline at year end.

Lower-is-better indicators aim 5–8 % down, higher-is-better ones 3 % up, each with the
department and person a Chinese plant would name; some will be on track and some at risk,
because the simulated plant does not improve everywhere at once.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session

from desktop_app.services.kpi_targets import set_target
from desktop_app.services.kpis import compute_kpis
from domain.kpis import Better
from domain.roles import Actor
from domain.targets import Target

OWNERS = {
    "energy_per_unit": ("能源管理部", "张伟", -8.0),
    "fresh_water_per_unit": ("动力车间", "李娜", -5.0),
    "solid_waste_rate": ("环保安全部", "王强", -5.0),
    "material_utilisation": ("生产技术部", "刘洋", 3.0),
    "reclaimed_water_rate": ("动力车间", "李娜", 3.0),
    "packaging_recovery": ("仓储物流部", "陈静", 3.0),
    "green_procurement_ratio": ("采购部", "赵敏", 5.0),
}
EMISSION_OWNER = ("环保安全部", "王强", -6.0)


def demo_targets(session: Session, actor: Actor, first_day: date, end_day: date) -> int:
    """One target per built-in KPI that has a baseline value; returns how many were set."""
    baseline_end = min(first_day + timedelta(days=29), end_day - timedelta(days=1))
    report = compute_kpis(session, first_day, baseline_end)
    deadline = date(end_day.year, 12, 31)
    if deadline <= end_day + timedelta(days=30):
        deadline = date(end_day.year + 1, 6, 30)
    count = 0
    for definition in report.definitions:
        value = report.value(definition.code)
        if value is None or value.value is None or value.value == 0:
            continue
        department, person, change = OWNERS.get(definition.code, EMISSION_OWNER)
        if definition.better is Better.HIGHER and value.value * (1 + change / 100) > 100:
            change = (100.0 / value.value - 1) * 100 * 0.5  # a rate cannot pass 100 %
        target = Target(
            kpi_code=definition.code,
            baseline_value=round(value.value, 4),
            target_value=value.value,
            start=baseline_end + timedelta(days=1),
            deadline=deadline,
            better=definition.better.value,
            department=department,
            person=person,
            note="示范目标 demo target",
        )
        set_target(
            session,
            actor,
            target,
            percent_change=change,
            baseline_period=(first_day, baseline_end),
            reason="demo plant",
        )
        count += 1
    return count
