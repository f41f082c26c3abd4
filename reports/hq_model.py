"""What the head-office report shows: plain frozen values, no Qt, no database.

`desktop_app.services.hq_report` fills an `HqReport` from the head-office database (the
comparison of sites, twelve months of trends, each site's bundle chain); the PDF
(`reports.hq_pdf`) and the Excel twin (`reports.hq_excel`) only read it, so both files hold
the same figures and a test can build one by hand. Every value carries its unit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain.checklist_model import Text

__all__ = ["HqKpi", "HqKpiValue", "HqReport", "HqSiteLine", "HqTrend"]


@dataclass(frozen=True)
class HqKpi:
    """An indicator compared across sites; `better` is "lower" or "higher"."""

    code: str
    name: Text
    unit: str
    better: str


@dataclass(frozen=True)
class HqSiteLine:
    """A registered site and its bundle chain; `code` is "" until its first bundle arrived."""

    site_id: str
    code: str
    name: str
    fingerprint: str
    active: bool
    bundles: int
    last_sequence: int | None
    last_import_ms: int | None
    missing: tuple[int, ...]
    """Sequence numbers below the last one that were never imported."""


@dataclass(frozen=True)
class HqKpiValue:
    """One site's value of one indicator over the period, against the site's own target.

    `status`: met, improving, off_target, no_target, no_value (`hq_compare`); `reason` says
    why `value` is None; `rank` is None without a value."""

    site_id: str
    kpi_code: str
    value: float | None
    unit: str
    reason: str
    target: float | None
    baseline: float | None
    status: str
    rank: int | None


@dataclass(frozen=True)
class HqTrend:
    """A site's monthly values of one indicator, oldest month first (None: no value)."""

    site_id: str
    kpi_code: str
    months: tuple[date, ...]
    """The first day of each month."""
    values: tuple[float | None, ...]


@dataclass(frozen=True)
class HqReport:
    first: date
    last: date
    generated_ms: int
    kpis: tuple[HqKpi, ...]
    compared: tuple[HqSiteLine, ...]
    """The sites with imported data, by code: the columns of every comparison."""
    registered: tuple[HqSiteLine, ...]
    """Every registered site (also those awaiting their first bundle), for the bundle status."""
    values: tuple[HqKpiValue, ...]
    trends: tuple[HqTrend, ...]

    def value(self, site_id: str, kpi_code: str) -> HqKpiValue | None:
        return next(
            (v for v in self.values if v.site_id == site_id and v.kpi_code == kpi_code), None
        )

    def ranking(self, kpi_code: str) -> list[HqKpiValue]:
        """The sites with a value of the indicator, best first."""
        ranked = [v for v in self.values if v.kpi_code == kpi_code and v.rank is not None]
        return sorted(ranked, key=lambda v: v.rank or 0)

    def trend(self, site_id: str, kpi_code: str) -> HqTrend | None:
        return next(
            (t for t in self.trends if t.site_id == site_id and t.kpi_code == kpi_code), None
        )

    def site(self, site_id: str) -> HqSiteLine | None:
        return next((s for s in self.compared if s.site_id == site_id), None)
