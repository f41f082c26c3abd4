"""What the cleaner-production audit report (清洁生产审核报告) shows: plain frozen values.

The report follows the seven chapters of a cleaner-production audit (planning and organisation,
pre-assessment, assessment, options, feasibility, implementation, continuous improvement). The
period's KPIs, energy, water, waste, inspections and actions are the monthly report's own
`MonthlyReport` (the same gathering, so the two reports never disagree); this module adds what
only an audit asks for: the instruments the figures come from, the cleaner-production
evaluation against the industry benchmarks, the normalised energy baseline, the register of
options with their economics and realised savings, the PDCA reviews and green procurement.

`desktop_app.services.audit_report_data` fills an `AuditReport`; `reports.audit_pdf` only reads
it, and a test can build one by hand. No Qt, no database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain.checklist_model import Text
from reports.monthly_model import MonthlyReport

__all__ = [
    "AuditReport",
    "BaselineSummary",
    "EvaluationIndicator",
    "EvaluationSummary",
    "HoldingBack",
    "InstrumentLine",
    "OptionLine",
    "ProcurementSummary",
    "RealisedLine",
    "ReviewLine",
    "SupplierLine",
    "TargetLine",
]


@dataclass(frozen=True)
class InstrumentLine:
    """One device on a bus: where the report's metered figures come from."""

    bus: Text
    device: Text
    protocol: str
    """The bus kind (modbus_tcp, modbus_rtu, …) as stored."""
    endpoint: str
    tags: int
    counters: int
    carriers: tuple[str, ...]
    """Energy carriers its counters meter (GB/T 2589 codes)."""
    enabled: bool


@dataclass(frozen=True)
class TargetLine:
    """A KPI's SMART target: the audit's quantified goal (审核目标)."""

    code: str
    name: Text
    unit: str
    baseline: float
    target: float
    start: date
    deadline: date
    department: str
    person: str


@dataclass(frozen=True)
class EvaluationIndicator:
    code: str
    group: Text
    name: Text
    unit: str
    qualitative: bool
    benchmarks: tuple[float, float, float]
    """Level I, II, III benchmark values (qualitative: 1, 2, 3)."""
    limiting: bool
    value: float | None
    achieved: int | None
    """Best level met (1 = I), None when none or no value."""
    source: str
    """"kpi:<code>", "input" or "missing"."""
    reason: str
    not_applicable: bool


@dataclass(frozen=True)
class HoldingBack:
    """An indicator below the next better level, most urgent first (`Evaluation.holding_back`)."""

    code: str
    name: Text
    gain: float
    """Points the composite score would gain at the target level."""
    required: bool
    limiting: bool
    missing: bool


@dataclass(frozen=True)
class EvaluationSummary:
    system: Text
    system_code: str
    version: str
    source: str
    sample: bool
    """The shipped sample system, not an industry's official one: said so on the page."""
    rule: str
    y_I: float
    y_II: float
    y_III: float
    rating: int | None
    """1, 2, 3 for level I/II/III; None: not rated."""
    target_level: int
    """The level `holding_back` aims at (the next better one)."""
    indicators: tuple[EvaluationIndicator, ...]
    holding_back: tuple[HoldingBack, ...]


@dataclass(frozen=True)
class BaselineSummary:
    """ISO 50006 baseline fitted before the audit period, the audit period judged against it.

    `error` names why there is none (too_few_points, no_variation, …); the figures are then
    empty."""

    baseline_first: date | None
    baseline_last: date | None
    granularity: str
    error: str = ""
    intercept: float | None = None
    production_coefficient: float | None = None
    n: int = 0
    r_squared: float | None = None
    cv_rmse: float | None = None
    warnings: tuple[str, ...] = ()
    expected_kgce: float | None = None
    actual_kgce: float | None = None
    savings_kgce: float | None = None
    savings_percent: float | None = None
    cusum: tuple[tuple[date, float], ...] = ()


@dataclass(frozen=True)
class RealisedLine:
    """`project_savings.RealisedSavings` of an option, judged up to the audit period's end."""

    reason: str
    promised_kgce_per_year: float | None
    promised_cny_per_year: float | None
    realised_kgce_per_year: float | None
    realised_cny_per_year: float | None
    realised_percent: float | None
    days_judged: int
    r_squared: float | None


@dataclass(frozen=True)
class OptionLine:
    """One cleaner-production option (方案) with its economics, computed when read."""

    code: str
    title: str
    description: str
    cost_class: str
    """low (无/低费) or high (中/高费)."""
    source_kind: str
    status: str
    department: str
    person: str
    implemented_on: date | None
    investment_cny: float
    annual_savings_cny: float
    annual_revenue_cny: float
    life_years: int
    discount_rate: float
    roi_percent: float | None
    payback_years: float | None
    npv_cny: float | None
    irr: float | None
    """A fraction (0.69 = 69 %)."""
    economics_error: str
    expected_energy_kgce: float | None
    effects: tuple[tuple[str, float, str], ...]
    """(KPI code, expected change, unit)."""
    realised: RealisedLine | None

    @property
    def annual_benefit_cny(self) -> float:
        return self.annual_savings_cny + self.annual_revenue_cny


@dataclass(frozen=True)
class ReviewLine:
    """A PDCA management review (管理评审) whose period overlaps the audit's, or the latest."""

    title: str
    first: date
    last: date
    status: str
    met: int
    missed: int
    no_data: int
    actions_raised: int
    summary: str
    decisions: str


@dataclass(frozen=True)
class SupplierLine:
    name: str
    category: str
    cp_audit_status: str
    grade: str
    score: float | None
    active: bool


@dataclass(frozen=True)
class ProcurementSummary:
    """绿色采购比例 over the audit period, from the purchase register."""

    ratio_percent: float | None
    green_cny: float | None
    total_cny: float | None
    suppliers: tuple[SupplierLine, ...]


@dataclass(frozen=True)
class AuditReport:
    period: MonthlyReport
    """The period's KPIs, energy, water, waste, completeness, inspections and actions."""
    instruments: tuple[InstrumentLine, ...]
    targets: tuple[TargetLine, ...]
    evaluation: EvaluationSummary | None
    evaluation_error: str
    baseline: BaselineSummary
    options: tuple[OptionLine, ...]
    reviews: tuple[ReviewLine, ...]
    procurement: ProcurementSummary

    @property
    def first(self) -> date:
        return self.period.first

    @property
    def last(self) -> date:
        return self.period.last

    @property
    def site_name(self) -> Text:
        return self.period.site_name

    def options_of(self, cost_class: str) -> tuple[OptionLine, ...]:
        return tuple(o for o in self.options if o.cost_class == cost_class)
