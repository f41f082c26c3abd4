"""The register of cleaner-production options: create, edit, money lines, effects, status, read.

Writes need MANAGE_KPIS (the people who own targets and the energy convention own the options
that are meant to reach them) and are written to the change log. Money lines and expected
effects are replaced as a whole, as the form edits them: a line left out is a line removed.
The evaluation (ROI, payback, NPV, IRR) is computed by `domain.roi` on every read, never stored,
so a corrected line can never leave a stale figure behind.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop_app.services.change_log import record_change
from desktop_app.services.errors import ConfigurationError
from domain.projects import (
    CATEGORIES,
    ENERGY_SAVING,
    AmountKind,
    CostClass,
    ProjectStatus,
    SourceKind,
    amount_problem,
    option_figures,
    project_problems,
    totals,
    transition_problem,
)
from domain.readings import now_ms
from domain.roi import Economics, RoiError, evaluate_option
from domain.roles import Actor, Permission
from storage.models import ImprovementProjectRecord, ProjectAmountRecord, ProjectEffectRecord

ENTITY = "improvement_project"
_LIMITS = {
    "title": 200,
    "description": 10_000,
    "source_ref": 200,
    "department": 100,
    "person": 100,
    "note": 2_000,
}


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


def create_project(session: Session, actor: Actor, fields: ProjectFields) -> str:
    """A new proposed option; returns its id. Codes are unique (the plant's own numbering)."""
    actor.require(Permission.MANAGE_KPIS)
    values = _checked(session, fields, None)
    ms = now_ms()
    row = ImprovementProjectRecord(
        id=str(uuid.uuid4()),
        status=ProjectStatus.PROPOSED.value,
        implemented_on=None,
        created_by=actor.name,
        created_ms=ms,
        updated_by=actor.name,
        updated_ms=ms,
        **values,
    )
    session.add(row)
    session.flush()
    record_change(session, actor, "create", ENTITY, None, new={"id": row.id, **values})
    return row.id


def update_project(
    session: Session, actor: Actor, project_id: str, fields: ProjectFields
) -> ProjectInfo:
    actor.require(Permission.MANAGE_KPIS)
    row = _get(session, project_id)
    values = _checked(session, fields, project_id)
    changed = {k: v for k, v in values.items() if getattr(row, k) != v}
    if changed:
        old = {"id": row.id, **{k: getattr(row, k) for k in changed}}
        for key, value in changed.items():
            setattr(row, key, value)
        _touch(row, actor)
        record_change(
            session, actor, "update", ENTITY, None, old=old, new={"id": row.id, **changed}
        )
    return _info(session, row)


def set_amounts(
    session: Session, actor: Actor, project_id: str, lines: Sequence[AmountLine]
) -> ProjectInfo:
    """Replace the money lines; one line per (kind, category), amounts in 元 (≥ 0)."""
    actor.require(Permission.MANAGE_KPIS)
    row = _get(session, project_id)
    seen: set[tuple[str, str]] = set()
    for line in lines:
        problem = amount_problem(line.kind, line.category, line.amount_cny)
        if problem is not None:
            raise ConfigurationError(problem, f"{line.kind}/{line.category}", "amounts")
        if (line.kind, line.category) in seen:
            raise ConfigurationError("duplicate_line", f"{line.kind}/{line.category}", "amounts")
        seen.add((line.kind, line.category))
        _text(line.note, "note")
    old = [asdict(a) for a in _amounts(session, project_id)]
    session.execute(delete(ProjectAmountRecord).where(ProjectAmountRecord.project_id == row.id))
    for line in lines:
        session.add(
            ProjectAmountRecord(
                project_id=row.id,
                kind=line.kind,
                category=line.category,
                amount_cny=float(line.amount_cny),
                note=_text(line.note, "note"),
            )
        )
    _touch(row, actor)
    session.flush()
    new = [asdict(a) for a in _amounts(session, project_id)]
    if old != new:
        record_change(
            session,
            actor,
            "update",
            ENTITY,
            None,
            old={"id": row.id, "amounts": old},
            new={"id": row.id, "amounts": new},
        )
    return _info(session, row)


def set_effects(
    session: Session, actor: Actor, project_id: str, effects: Sequence[EffectLine]
) -> ProjectInfo:
    """Replace the expected KPI effects (change in the KPI's own unit, negative = lower)."""
    actor.require(Permission.MANAGE_KPIS)
    row = _get(session, project_id)
    codes = [e.kpi_code.strip() for e in effects]
    if any(not c for c in codes):
        raise ConfigurationError("kpi_required", "", "effects")
    if len(set(codes)) != len(codes):
        raise ConfigurationError("duplicate_line", ", ".join(codes), "effects")
    if any(not math.isfinite(e.expected_change) for e in effects):
        raise ConfigurationError("not_finite", "expected_change", "effects")
    old = [asdict(e) for e in _effects(session, project_id)]
    session.execute(delete(ProjectEffectRecord).where(ProjectEffectRecord.project_id == row.id))
    for code, effect in zip(codes, effects, strict=True):
        session.add(
            ProjectEffectRecord(
                project_id=row.id,
                kpi_code=code,
                expected_change=float(effect.expected_change),
                unit=effect.unit.strip()[:20],
                note=_text(effect.note, "note"),
            )
        )
    _touch(row, actor)
    session.flush()
    new = [asdict(e) for e in _effects(session, project_id)]
    if old != new:
        record_change(
            session,
            actor,
            "update",
            ENTITY,
            None,
            old={"id": row.id, "effects": old},
            new={"id": row.id, "effects": new},
        )
    return _info(session, row)


def move_project(
    session: Session,
    actor: Actor,
    project_id: str,
    to_status: str,
    *,
    implemented_on: date | None = None,
    today: date | None = None,
) -> ProjectInfo:
    """One step through the states; implemented needs the day the option went into service."""
    actor.require(Permission.MANAGE_KPIS)
    row = _get(session, project_id)
    status, target = ProjectStatus(row.status), _status(to_status)
    problem = transition_problem(status, target, implemented_on, today or date.today())
    if problem is not None:
        raise ConfigurationError(problem, f"{status.value} -> {target.value}", "status")
    old = {"id": row.id, "status": row.status, "implemented_on": row.implemented_on}
    row.status = target.value
    if target is ProjectStatus.IMPLEMENTED and implemented_on is not None:
        row.implemented_on = implemented_on.isoformat()
    _touch(row, actor)
    new = {"id": row.id, "status": row.status, "implemented_on": row.implemented_on}
    record_change(session, actor, "move", ENTITY, None, old=old, new=new)
    return _info(session, row)


def get_project(session: Session, project_id: str) -> ProjectInfo:
    return _info(session, _get(session, project_id))


def project_by_code(session: Session, code: str) -> ProjectInfo:
    row = session.scalar(
        select(ImprovementProjectRecord).where(ImprovementProjectRecord.code == code.strip())
    )
    if row is None:
        raise ConfigurationError("not_found", code, "code")
    return _info(session, row)


def list_projects(
    session: Session, *, status: str | None = None, cost_class: str | None = None
) -> list[ProjectInfo]:
    """Options by code (the plant's numbering is its order)."""
    query = select(ImprovementProjectRecord).order_by(ImprovementProjectRecord.code)
    if status is not None:
        query = query.where(ImprovementProjectRecord.status == _status(status).value)
    if cost_class is not None:
        query = query.where(ImprovementProjectRecord.cost_class == _enum(CostClass, cost_class))
    return [_info(session, row) for row in session.scalars(query)]


def _checked(session: Session, fields: ProjectFields, project_id: str | None) -> dict[str, object]:
    """The row's column values from the form, or the first problem as a ConfigurationError."""
    problems = project_problems(
        code=fields.code,
        title=fields.title,
        life_years=fields.life_years,
        discount_rate=fields.discount_rate,
        expected_energy_kgce=fields.expected_energy_kgce,
        energy_price_cny_per_kgce=fields.energy_price_cny_per_kgce,
    )
    if problems:
        first = problems[0]
        raise ConfigurationError(first.code, first.detail, first.field)
    code = fields.code.strip()
    clash = session.scalar(
        select(ImprovementProjectRecord.id).where(ImprovementProjectRecord.code == code)
    )
    if clash is not None and clash != project_id:
        raise ConfigurationError("duplicate_code", code, "code")
    return {
        "code": code,
        "title": _text(fields.title, "title"),
        "description": _text(fields.description, "description"),
        "cost_class": _enum(CostClass, fields.cost_class),
        "source_kind": _enum(SourceKind, fields.source_kind),
        "source_ref": _text(fields.source_ref, "source_ref"),
        "department": _text(fields.department, "department"),
        "person": _text(fields.person, "person"),
        "life_years": int(fields.life_years),
        "discount_rate": float(fields.discount_rate),
        "expected_energy_kgce": fields.expected_energy_kgce,
        "energy_price_cny_per_kgce": fields.energy_price_cny_per_kgce,
    }


def _enum(kind: type[CostClass] | type[SourceKind], value: str) -> str:
    try:
        return kind(value).value
    except ValueError:
        code = "unknown_class" if kind is CostClass else "unknown_source"
        field = "cost_class" if kind is CostClass else "source_kind"
        raise ConfigurationError(code, value, field) from None


def _status(value: str) -> ProjectStatus:
    try:
        return ProjectStatus(value)
    except ValueError:
        raise ConfigurationError("unknown_status", value, "status") from None


def _text(value: str, field: str) -> str:
    value = value.strip()
    if len(value) > _LIMITS[field]:
        raise ConfigurationError("text_too_long", str(_LIMITS[field]), field)
    return value


def _get(session: Session, project_id: str) -> ImprovementProjectRecord:
    row = session.get(ImprovementProjectRecord, project_id)
    if row is None:
        raise ConfigurationError("not_found", project_id, "project")
    return row


def _touch(row: ImprovementProjectRecord, actor: Actor) -> None:
    row.updated_by, row.updated_ms = actor.name, now_ms()


def _amounts(session: Session, project_id: str) -> tuple[AmountLine, ...]:
    """In the categories' own order (investment, saving, revenue; each as `CATEGORIES` lists)."""
    order = {(k.value, c): i for i, (k, c) in enumerate(_all_categories())}
    rows = session.scalars(
        select(ProjectAmountRecord).where(ProjectAmountRecord.project_id == project_id)
    )
    lines = [AmountLine(r.kind, r.category, r.amount_cny, r.note) for r in rows]
    return tuple(sorted(lines, key=lambda a: order.get((a.kind, a.category), len(order))))


def _all_categories() -> list[tuple[AmountKind, str]]:
    return [(kind, category) for kind, names in CATEGORIES.items() for category in names]


def _effects(session: Session, project_id: str) -> tuple[EffectLine, ...]:
    rows = session.scalars(
        select(ProjectEffectRecord)
        .where(ProjectEffectRecord.project_id == project_id)
        .order_by(ProjectEffectRecord.kpi_code)
    )
    return tuple(EffectLine(r.kpi_code, r.expected_change, r.unit, r.note) for r in rows)


def _info(session: Session, row: ImprovementProjectRecord) -> ProjectInfo:
    amounts = _amounts(session, row.id)
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
        effects=_effects(session, row.id),
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
