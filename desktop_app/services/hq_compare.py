"""Compare sites at head office: the cleaner-production KPIs per site against its own targets,
a ranking per KPI, and monthly trends.

Each site's KPIs are computed from its imported rows with the domain's formulas
(`domain.kpis.compute_builtin` over `hq_totals.site_totals`), using the site's own energy
convention of the year, so head office's figure for a site is the figure the site computes
for the same inputs. A site's target is its active imported target for the KPI (the newest if
several). Status: "met" (the value meets the target), "improving" (better than the baseline,
not yet at the target), "off_target" (not better than the baseline), "no_target", "no_value".
Ranking: among the sites with a value, best first by the KPI's direction (lower or higher).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.hq_totals import site_totals
from domain.kpis import BUILTIN, KpiValue, compute_builtin
from storage.hq.models import HqSite, HqTarget

COMPARED = (
    "energy_per_unit",
    "fresh_water_per_unit",
    "solid_waste_rate",
    "material_utilisation",
    "reclaimed_water_rate",
    "packaging_recovery",
)
"""The built-in KPIs every site has (emission intensities depend on each site's pollutants)."""
DEFINITIONS = {d.code: d for d in BUILTIN if d.code in COMPARED}


@dataclass(frozen=True)
class SiteKpi:
    site_id: str
    site_code: str
    site_name: str
    kpi_code: str
    unit: str
    value: float | None
    reason: str
    """Why there is no value (missing_inputs, zero_denominator, natural_gas_choice_missing)."""
    target: float | None
    baseline: float | None
    better: str
    status: str
    rank: int | None


@dataclass(frozen=True)
class Comparison:
    first: date
    last: date
    sites: tuple[tuple[str, str, str], ...]
    """(site_id, code, name) of every site with imported data, by code."""
    rows: tuple[SiteKpi, ...]

    def of(self, site_id: str, kpi_code: str) -> SiteKpi | None:
        return next((r for r in self.rows if r.site_id == site_id and r.kpi_code == kpi_code), None)

    def ranking(self, kpi_code: str) -> list[SiteKpi]:
        ranked = [r for r in self.rows if r.kpi_code == kpi_code and r.rank is not None]
        return sorted(ranked, key=lambda r: r.rank or 0)


def compare_sites(session: Session, first: date, last: date) -> Comparison:
    """Every KPI of COMPARED for every site with imported data, over the days [first, last]."""
    sites = tuple(
        (str(s.site_id), s.site_code, s.name)
        for s in session.scalars(
            select(HqSite).where(HqSite.site_id.is_not(None)).order_by(HqSite.site_code)
        )
    )
    rows: list[SiteKpi] = []
    for site_id, code, name in sites:
        values = site_kpis(session, site_id, first, last)
        for kpi_code in COMPARED:
            value = values[kpi_code]
            rows.append(_row(session, (site_id, code, name), value, first))
    return Comparison(first, last, sites, tuple(_ranked(rows)))


def site_kpis(session: Session, site_id: str, first: date, last: date) -> dict[str, KpiValue]:
    totals, pollutants, energy_error = site_totals(session, site_id, first, last)
    values = {v.code: v for v in compute_builtin(totals, pollutants)}
    if energy_error:
        values["energy_per_unit"] = replace(values["energy_per_unit"], reason=energy_error)
    return values


def monthly_trend(
    session: Session, site_id: str, kpi_code: str, last: date, months: int = 12
) -> list[tuple[date, float | None]]:
    """(first day of the month, value) for the `months` months up to the one holding `last`."""
    out: list[tuple[date, float | None]] = []
    year, month = last.year, last.month
    for _ in range(months):
        start = date(year, month, 1)
        end = date(year, month, calendar.monthrange(year, month)[1])
        out.append((start, site_kpis(session, site_id, start, end)[kpi_code].value))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out[::-1]


def _row(session: Session, site: tuple[str, str, str], value: KpiValue, first: date) -> SiteKpi:
    site_id, code, name = site
    definition = DEFINITIONS[value.code]
    target = session.scalar(
        select(HqTarget)
        .where(
            HqTarget.site_id == site_id,
            HqTarget.kpi_code == value.code,
            HqTarget.active.is_(True),
        )
        .order_by(HqTarget.start.desc(), HqTarget.id.desc())
        .limit(1)
    )
    better = target.better if target is not None else definition.better.value
    return SiteKpi(
        site_id=site_id,
        site_code=code,
        site_name=name,
        kpi_code=value.code,
        unit=value.unit,
        value=value.value,
        reason=value.reason,
        target=None if target is None else target.target_value,
        baseline=None if target is None else target.baseline_value,
        better=better,
        status=_status(value.value, target, better),
        rank=None,
    )


def _status(value: float | None, target: HqTarget | None, better: str) -> str:
    if value is None:
        return "no_value"
    if target is None:
        return "no_target"
    if _at_least(value, target.target_value, better):
        return "met"
    if _at_least(value, target.baseline_value, better) and value != target.baseline_value:
        return "improving"
    return "off_target"


def _at_least(value: float, reference: float, better: str) -> bool:
    return value <= reference if better == "lower" else value >= reference


def _ranked(rows: list[SiteKpi]) -> list[SiteKpi]:
    ranks: dict[tuple[str, str], int] = {}
    for kpi_code in COMPARED:
        lower = DEFINITIONS[kpi_code].better.value == "lower"
        known = [r for r in rows if r.kpi_code == kpi_code and r.value is not None]
        known.sort(key=lambda r: (r.value if lower else -(r.value or 0.0), r.site_code))
        for position, row in enumerate(known, start=1):
            ranks[(row.site_id, kpi_code)] = position
    return [replace(r, rank=ranks.get((r.site_id, r.kpi_code))) for r in rows]
