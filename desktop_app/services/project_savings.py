"""Realised savings of an implemented option: what the meters show against what was promised.

The site's normalised baseline (ISO 50006, `energy_baseline`) is fitted on the days before the
option went into service — the 12 months before, or as many days as there are — and each whole
day after it is judged against what that line expects for the day's own production. The
changeover day itself is in neither period: energy that day is part old, part new. Realised
kgce = Σ expected − Σ actual over the judged days; annualised × 365 / days judged; in 元 at the
option's energy price, or, without one, at the price implied by its own promise (energy saving
元/年 ÷ promised kgce/年), so that realised and promised money are counted alike.

The whole site is judged, not the option alone: another change in the same period shows up here
too. That is why the figure sits next to the promise and never replaces it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from sqlalchemy.orm import Session

from desktop_app.services.energy_baseline import (
    baseline_analysis,
    default_baseline,
    earliest_day,
    site_today,
)
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.project_queries import ProjectInfo, get_project
from domain.projects import ProjectStatus

DAYS_PER_YEAR: Final = 365
GRANULARITY: Final = "day"
"""Days, not weeks: a few weeks after an implementation are too few points to judge."""


@dataclass(frozen=True)
class RealisedSavings:
    project_id: str
    reason: str
    """Empty when judged in kgce and 元. Otherwise: not_implemented, no_date, no_data,
    too_few_points, no_variation, collinear, no_report_days (nothing judged yet), or no_price
    (kgce judged, no price to turn it into 元)."""
    promised_kgce_per_year: float | None
    promised_cny_per_year: float | None
    """The energy saving money line(s); None when the option has none."""
    baseline: tuple[date, date] | None = None
    report: tuple[date, date] | None = None
    baseline_days: int = 0
    days_judged: int = 0
    expected_kgce: float = 0.0
    """Σ of what the baseline expects over the judged days."""
    actual_kgce: float = 0.0
    realised_kgce: float | None = None
    realised_kgce_per_year: float | None = None
    realised_percent: float | None = None
    """Of the expected energy over the judged days."""
    price_cny_per_kgce: float | None = None
    price_source: str = ""
    """project (its energy price) or promise (energy saving 元/年 ÷ promised kgce/年)."""
    realised_cny_per_year: float | None = None
    r_squared: float | None = None
    cv_rmse: float | None = None
    warnings: tuple[str, ...] = ()

    @property
    def judged(self) -> bool:
        """Whether the kgce saving could be judged (money may still lack a price)."""
        return self.realised_kgce is not None


def realised_savings(
    session: Session, project_id: str, *, today: date | None = None
) -> RealisedSavings:
    return realised_for(session, get_project(session, project_id), today=today)


def realised_for(
    session: Session, project: ProjectInfo, *, today: date | None = None
) -> RealisedSavings:
    """Judge `project` with the meters up to yesterday (`today` is the site's local day)."""
    if project.status is not ProjectStatus.IMPLEMENTED:
        return _refused(project, "not_implemented")
    if project.implemented_on is None:
        return _refused(project, "no_date")
    if earliest_day(session) is None:
        return _refused(project, "no_data")
    today = today or site_today()
    baseline = default_baseline(session, project.implemented_on)
    report = (project.implemented_on + timedelta(days=1), today - timedelta(days=1))
    if report[1] < report[0]:
        return _refused(project, "no_report_days", baseline)
    try:
        analysis = baseline_analysis(session, *baseline, *report, GRANULARITY, today=today)
    except ConfigurationError as error:
        return _refused(project, error.code, baseline, report)
    summary = analysis.savings
    if summary is None:
        return _refused(project, "no_report_days", baseline, report)
    days = sum((p.end - p.start).days + 1 for p in analysis.report)
    per_year = summary.savings * DAYS_PER_YEAR / days
    price, source = _price(project)
    return RealisedSavings(
        project_id=project.id,
        reason="" if price is not None else "no_price",
        promised_kgce_per_year=project.fields.expected_energy_kgce,
        promised_cny_per_year=project.energy_saving_cny or None,
        baseline=baseline,
        report=report,
        baseline_days=analysis.model.n,
        days_judged=days,
        expected_kgce=summary.expected_total,
        actual_kgce=summary.actual_total,
        realised_kgce=summary.savings,
        realised_kgce_per_year=per_year,
        realised_percent=summary.savings_percent,
        price_cny_per_kgce=price,
        price_source=source,
        realised_cny_per_year=per_year * price if price is not None else None,
        r_squared=analysis.model.r_squared,
        cv_rmse=analysis.model.cv_rmse,
        warnings=analysis.warnings,
    )


def _refused(
    project: ProjectInfo,
    reason: str,
    baseline: tuple[date, date] | None = None,
    report: tuple[date, date] | None = None,
) -> RealisedSavings:
    """Not judged: the promise alone, and why."""
    return RealisedSavings(
        project_id=project.id,
        reason=reason,
        promised_kgce_per_year=project.fields.expected_energy_kgce,
        promised_cny_per_year=project.energy_saving_cny or None,
        baseline=baseline,
        report=report,
    )


def _price(project: ProjectInfo) -> tuple[float | None, str]:
    """元 per kgce: the option's own, else what its promise implies, else none."""
    own = project.fields.energy_price_cny_per_kgce
    if own is not None and own > 0:
        return own, "project"
    promised_kgce = project.fields.expected_energy_kgce
    if promised_kgce and project.energy_saving_cny > 0:
        return project.energy_saving_cny / promised_kgce, "promise"
    return None, ""
