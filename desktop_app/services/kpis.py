"""Compute every KPI of a period: the seven built-in indicators and the site's own formulas.

A period uses the energy convention of the year it starts in; every report built on it prints
that convention. Monthly series (sparklines, target status) compute each month on its own, so a
month with missing inputs is a gap, not a zero.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy.orm import Session

from desktop_app.services.custom_kpis import compute_custom, custom_definitions
from desktop_app.services.energy_conventions import convention_for
from desktop_app.services.kpi_totals import gather_totals
from desktop_app.services.procurement_kpi import GREEN_PROCUREMENT, green_procurement
from domain.energy_balance import EnergyBalance
from domain.kpis import KpiDefinition, KpiValue, builtin_definitions, compute_builtin


@dataclass(frozen=True)
class KpiReport:
    first: date
    last: date
    convention: dict[str, object]
    definitions: tuple[KpiDefinition, ...]
    values: tuple[KpiValue, ...]
    balance: EnergyBalance | None
    energy_error: str

    def value(self, code: str) -> KpiValue | None:
        return next((v for v in self.values if v.code == code), None)

    def definition(self, code: str) -> KpiDefinition | None:
        return next((d for d in self.definitions if d.code == code), None)


def compute_kpis(session: Session, first: date, last: date) -> KpiReport:
    """The built-in KPIs, then the site's own (`custom_kpis`), which may read the built-ins."""
    convention = convention_for(session, first.year)
    gathered = gather_totals(session, first, last, convention)
    values = compute_builtin(gathered.totals, gathered.pollutants)
    if gathered.energy_error:
        values = [
            replace(v, reason=gathered.energy_error) if v.code == "energy_per_unit" else v
            for v in values
        ]
    values.append(green_procurement(session, first, last))
    custom = custom_definitions(session)
    values += compute_custom(session, first, last, gathered, values, definitions=custom)
    return KpiReport(
        first,
        last,
        convention.describe(),
        (*builtin_definitions(gathered.pollutants), GREEN_PROCUREMENT, *custom),
        tuple(values),
        gathered.totals.energy,
        gathered.energy_error,
    )


def month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def months_back(last: date, count: int) -> list[tuple[date, date]]:
    """The `count` calendar months ending with the one holding `last`, oldest first."""
    months = []
    year, month = last.year, last.month
    for _ in range(count):
        months.append(month_bounds(year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months[::-1]


def monthly_values(
    session: Session, last: date, count: int
) -> list[tuple[date, dict[str, float | None]]]:
    """(month start, {kpi code: value}) for the last `count` months."""
    series = []
    for first, end in months_back(last, count):
        report = compute_kpis(session, first, min(end, last))
        series.append((first, {v.code: v.value for v in report.values}))
    return series
