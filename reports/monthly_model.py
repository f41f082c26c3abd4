"""What the monthly cleaner-production report shows: plain frozen values, no Qt, no database.

`desktop_app.services.monthly_report_data` fills a `MonthlyReport` for any date range; the PDF
(`reports.monthly_pdf`) and the Excel twin (`reports.monthly_excel`) only read it, so the two
files always hold the same figures, and a test can build one by hand. Texts a person reads come
in both languages (`Text`); times are UTC milliseconds shown in the site's time zone; every
quantity carries its unit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain.actions import ActionState, Priority
from domain.checklist_model import Text

__all__ = [
    "ActionLine",
    "ActionsSummary",
    "AlarmLine",
    "AlarmsSummary",
    "AuditFinding",
    "AuditRun",
    "CarrierLine",
    "CompletenessLine",
    "ConventionStatement",
    "DailyEnergy",
    "EnergySummary",
    "KpiLine",
    "MonthlyReport",
    "PollutantLine",
    "TagCount",
    "WasteSummary",
    "WaterBalance",
]


@dataclass(frozen=True)
class KpiLine:
    """One indicator against its target; `status` is a `domain.targets.State` code or None
    (no target); `reason` says why `value` is None (missing_inputs, zero_denominator, …)."""

    code: str
    name: Text
    area: Text
    value: float | None
    unit: str
    target: float | None
    baseline: float | None
    better: str
    status: str | None
    department: str
    reason: str = ""


@dataclass(frozen=True)
class ConventionStatement:
    """The GB/T 2589 choices behind every kgce figure (`EnergyConvention.describe()`)."""

    standard: str
    year: int
    electricity_basis: str
    """"equivalent" (当量值) or "equal" (等价值)."""
    electricity_kgce_per_kwh: float
    natural_gas_kgce_per_m3: float | None
    overrides: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class CarrierLine:
    """One carrier and flow kind (purchased, produced, sold) converted to standard coal."""

    carrier: str
    kind: str
    quantity: float
    unit: str
    coefficient: float
    kgce: float
    share_percent: float | None
    """Share of the comprehensive consumption (sold lines: None)."""


@dataclass(frozen=True)
class DailyEnergy:
    day: date
    kgce: float | None
    """None: nothing metered or recorded that day (a gap, not a zero)."""


@dataclass(frozen=True)
class EnergySummary:
    lines: tuple[CarrierLine, ...]
    total_kgce: float | None
    """Comprehensive consumption E = purchased + produced − sold; None when not computable."""
    missing: tuple[str, ...]
    """Carriers whose quantity is unknown for the period (not counted as zero)."""
    error: str
    """Why energy could not be converted at all (e.g. natural_gas_choice_missing), or ""."""
    convention: ConventionStatement
    daily: tuple[DailyEnergy, ...] = ()

    @property
    def total_tce(self) -> float | None:
        return None if self.total_kgce is None else self.total_kgce / 1000.0


@dataclass(frozen=True)
class WaterBalance:
    """m³ over the period; `reuse_percent` = reclaimed water reused / wastewater generated."""

    fresh_water_m3: float | None
    reclaimed_m3: float | None
    wastewater_m3: float | None
    reuse_percent: float | None
    production_t: float | None


@dataclass(frozen=True)
class PollutantLine:
    code: str
    name: Text
    load_kg: float | None
    intensity_kg_per_t: float | None


@dataclass(frozen=True)
class WasteSummary:
    solid_waste_t: float | None
    hazardous_waste_t: float | None
    production_t: float | None
    pollutants: tuple[PollutantLine, ...]


@dataclass(frozen=True)
class TagCount:
    tag: Text
    count: int


@dataclass(frozen=True)
class AlarmLine:
    tag: Text
    priority: int
    raised_ms: int
    duration_s: float
    """Raised to cleared, or to the end of the period for an alarm still standing then."""
    still_active: bool
    message: Text


@dataclass(frozen=True)
class AlarmsSummary:
    total: int
    by_priority: tuple[tuple[int, int], ...]
    """(priority 1–4, count), every priority listed."""
    top_tags: tuple[TagCount, ...]
    longest: tuple[AlarmLine, ...]


@dataclass(frozen=True)
class CompletenessLine:
    """Valid samples against expected ones over the period, for one device's tags."""

    group: Text
    tags: int
    expected: int
    valid: int

    @property
    def percent(self) -> float | None:
        return None if self.expected <= 0 else min(100.0, 100.0 * self.valid / self.expected)


@dataclass(frozen=True)
class AuditRun:
    run_id: str
    template: Text
    title: str
    finished_ms: int | None
    score_percent: float | None
    passed: bool | None
    findings: int


@dataclass(frozen=True)
class AuditFinding:
    run_title: str
    item: Text
    reason: Text


@dataclass(frozen=True)
class ActionLine:
    title: str
    department: str
    person: str
    due: date | None
    priority: Priority
    state: ActionState


@dataclass(frozen=True)
class ActionsSummary:
    open: tuple[ActionLine, ...]
    """Every action not yet verified or closed, as of the report's generation."""
    overdue: tuple[ActionLine, ...]
    """Open actions whose due date is before the end of the period."""
    closed: tuple[ActionLine, ...]
    """Actions verified or closed during the period."""


@dataclass(frozen=True)
class MonthlyReport:
    first: date
    last: date
    site_name: Text
    site_code: str
    timezone: str
    generated_ms: int
    kpis: tuple[KpiLine, ...]
    energy: EnergySummary
    water: WaterBalance
    waste: WasteSummary
    alarms: AlarmsSummary
    completeness: tuple[CompletenessLine, ...]
    audits: tuple[AuditRun, ...]
    findings: tuple[AuditFinding, ...]
    actions: ActionsSummary

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1
