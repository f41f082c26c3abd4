"""The read side of the register of cleaner-production options: one option (by id or code),
the register, and the values they are read into.

The evaluation (ROI, payback, NPV, IRR) is computed by `domain.roi` on every read, never stored,
so a corrected money line can never leave a stale figure behind. Writes live in
`desktop_app.services.projects`, which builds on these reads (never the reverse).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.errors import ConfigurationError
from domain.projects import (
    CATEGORIES,
    ENERGY_SAVING,
    AmountKind,
    CostClass,
    ProjectStatus,
    SourceKind,
    option_figures,
    totals,
)
from domain.roi import Economics, RoiError, evaluate_option
from storage.models import ImprovementProjectRecord, ProjectAmountRecord, ProjectEffectRecord


@dataclass(frozen=True)
class ProjectFields:
    """Everything a person edits in the option's form, besides money lines and effects."""

    code: str
    title: str
    cost_class: str = CostClass.LOW.value
    source_kind: str = SourceKind.AUDIT_FINDING.value
    description: str = ""
    source_ref: str = ""
    department: str = ""
    person: str = ""
    life_years: int = 10
    discount_rate: float = 0.08
    expected_energy_kgce: float | None = None
    """kgce a year the option promises to save."""
    energy_price_cny_per_kgce: float | None = None


@dataclass(frozen=True)
class AmountLine:
    kind: str
    category: str
    amount_cny: float
    note: str = ""


@dataclass(frozen=True)
class EffectLine:
    kpi_code: str
    expected_change: float
    unit: str = ""
    note: str = ""


@dataclass(frozen=True)
class ProjectInfo:
    id: str
    fields: ProjectFields
    status: ProjectStatus
    implemented_on: date | None
    amounts: tuple[AmountLine, ...]
    effects: tuple[EffectLine, ...]
    investment: float
    annual_savings: float
    annual_revenue: float
    economics: Economics | None
    """None when the figures cannot be evaluated; `economics_error` then says why."""
    economics_error: str
    created_by: str
    created_ms: int
    updated_by: str
    updated_ms: int

    @property
    def code(self) -> str:
        return self.fields.code

    @property
    def title(self) -> str:
        return self.fields.title

    @property
    def annual_benefit(self) -> float:
        return self.annual_savings + self.annual_revenue

    @property
    def energy_saving_cny(self) -> float:
        """The promised money of the energy saving line(s), 元/年."""
        return sum(
            a.amount_cny
            for a in self.amounts
            if a.kind == AmountKind.SAVING and a.category == ENERGY_SAVING
        )


def get_project(session: Session, project_id: str) -> ProjectInfo:
    return project_info(session, project_row(session, project_id))


def project_by_code(session: Session, code: str) -> ProjectInfo:
    row = session.scalar(
        select(ImprovementProjectRecord).where(ImprovementProjectRecord.code == code.strip())
    )
    if row is None:
        raise ConfigurationError("not_found", code, "code")
    return project_info(session, row)


def list_projects(
    session: Session, *, status: str | None = None, cost_class: str | None = None
) -> list[ProjectInfo]:
    """Options by code (the plant's numbering is its order)."""
    query = select(ImprovementProjectRecord).order_by(ImprovementProjectRecord.code)
    if status is not None:
        query = query.where(ImprovementProjectRecord.status == status_of(status).value)
    if cost_class is not None:
        query = query.where(
            ImprovementProjectRecord.cost_class == enum_value(CostClass, cost_class)
        )
    return [project_info(session, row) for row in session.scalars(query)]


def enum_value(kind: type[CostClass] | type[SourceKind], value: str) -> str:
    """The stored value of a cost class or source kind, or "unknown_class"/"unknown_source"."""
    try:
        return kind(value).value
    except ValueError:
        code = "unknown_class" if kind is CostClass else "unknown_source"
        field = "cost_class" if kind is CostClass else "source_kind"
        raise ConfigurationError(code, value, field) from None


def status_of(value: str) -> ProjectStatus:
    """The status named by `value`, or ConfigurationError("unknown_status")."""
    try:
        return ProjectStatus(value)
    except ValueError:
        raise ConfigurationError("unknown_status", value, "status") from None


def project_row(session: Session, project_id: str) -> ImprovementProjectRecord:
    """The option's row, or ConfigurationError("not_found")."""
    row = session.get(ImprovementProjectRecord, project_id)
    if row is None:
        raise ConfigurationError("not_found", project_id, "project")
    return row


def amount_lines(session: Session, project_id: str) -> tuple[AmountLine, ...]:
    """In the categories' own order (investment, saving, revenue; each as `CATEGORIES` lists)."""
    order = {(k.value, c): i for i, (k, c) in enumerate(_all_categories())}
    rows = session.scalars(
        select(ProjectAmountRecord).where(ProjectAmountRecord.project_id == project_id)
    )
    lines = [AmountLine(r.kind, r.category, r.amount_cny, r.note) for r in rows]
    return tuple(sorted(lines, key=lambda a: order.get((a.kind, a.category), len(order))))


def _all_categories() -> list[tuple[AmountKind, str]]:
    return [(kind, category) for kind, names in CATEGORIES.items() for category in names]


def effect_lines(session: Session, project_id: str) -> tuple[EffectLine, ...]:
    """The expected KPI effects, by KPI code."""
    rows = session.scalars(
        select(ProjectEffectRecord)
        .where(ProjectEffectRecord.project_id == project_id)
        .order_by(ProjectEffectRecord.kpi_code)
    )
    return tuple(EffectLine(r.kpi_code, r.expected_change, r.unit, r.note) for r in rows)


def project_info(session: Session, row: ImprovementProjectRecord) -> ProjectInfo:
    """The option with its lines and its evaluation, computed now."""
    amounts = amount_lines(session, row.id)
    pairs = [(a.kind, a.amount_cny) for a in amounts]
    sums = totals(pairs)
    economics, error = None, ""
    try:
        economics = evaluate_option(option_figures(pairs, row.life_years, row.discount_rate))
    except RoiError as refused:
        error = refused.code
    fields = ProjectFields(
        code=row.code,
        title=row.title,
        cost_class=row.cost_class,
        source_kind=row.source_kind,
        description=row.description,
        source_ref=row.source_ref,
        department=row.department,
        person=row.person,
        life_years=row.life_years,
        discount_rate=row.discount_rate,
        expected_energy_kgce=row.expected_energy_kgce,
        energy_price_cny_per_kgce=row.energy_price_cny_per_kgce,
    )
    return ProjectInfo(
        id=row.id,
        fields=fields,
        status=ProjectStatus(row.status),
        implemented_on=date.fromisoformat(row.implemented_on) if row.implemented_on else None,
        amounts=amounts,
        effects=effect_lines(session, row.id),
        investment=sums[AmountKind.INVESTMENT],
        annual_savings=sums[AmountKind.SAVING],
        annual_revenue=sums[AmountKind.REVENUE],
        economics=economics,
        economics_error=error,
        created_by=row.created_by,
        created_ms=row.created_ms,
        updated_by=row.updated_by,
        updated_ms=row.updated_ms,
    )
