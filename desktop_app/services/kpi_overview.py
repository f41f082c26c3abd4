"""The KPI table as plants know it: every indicator with its value, baseline, target, who
answers for it, the target's status and the last months as a sparkline.

Used by the KPI page, the `qingyuan kpi` command and the reports, so all three show the same
figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from desktop_app.services.kpi_targets import TargetInfo, active_targets
from desktop_app.services.kpis import KpiReport, compute_kpis, monthly_values
from domain.kpis import KpiDefinition, KpiValue
from domain.targets import TargetStatus, assess

SPARKLINE_MONTHS = 12


@dataclass(frozen=True)
class KpiRow:
    definition: KpiDefinition
    value: KpiValue
    target: TargetInfo | None
    status: TargetStatus | None
    months: tuple[tuple[date, float | None], ...]
    """Monthly values, oldest first: the sparkline, and the observations a target is judged on."""


@dataclass(frozen=True)
class KpiOverview:
    report: KpiReport
    rows: tuple[KpiRow, ...]


def kpi_overview(
    session: Session, first: date, last: date, months: int = SPARKLINE_MONTHS
) -> KpiOverview:
    report = compute_kpis(session, first, last)
    targets = active_targets(session)
    monthly = monthly_values(session, last, months)
    rows = []
    for definition in report.definitions:
        value = report.value(definition.code)
        assert value is not None
        series = tuple((month, values.get(definition.code)) for month, values in monthly)
        target = targets.get(definition.code)
        status = _status(target, series, last) if target else None
        rows.append(KpiRow(definition, value, target, status, series))
    return KpiOverview(report, tuple(rows))


def _status(
    target: TargetInfo, series: tuple[tuple[date, float | None], ...], today: date
) -> TargetStatus:
    observations = [(month, value) for month, value in series if month >= target.target.start]
    return assess(target.target, observations, today)
