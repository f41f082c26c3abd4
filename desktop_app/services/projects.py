"""The register of cleaner-production options: create, edit, money lines, effects, status.

Writes need MANAGE_KPIS (the people who own targets and the energy convention own the options
that are meant to reach them) and are written to the change log. Money lines and expected
effects are replaced as a whole, as the form edits them: a line left out is a line removed.
The evaluation (ROI, payback, NPV, IRR) is computed by `domain.roi` on every read, never stored,
so a corrected line can never leave a stale figure behind; the reads are in `project_queries`.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Sequence
from dataclasses import asdict
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop_app.services.change_log import record_change
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.project_queries import (
    AmountLine,
    EffectLine,
    ProjectFields,
    ProjectInfo,
    amount_lines,
    effect_lines,
    enum_value,
    project_info,
    project_row,
    status_of,
)
from domain.projects import (
    CostClass,
    ProjectStatus,
    SourceKind,
    amount_problem,
    project_problems,
    transition_problem,
)
from domain.readings import now_ms
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
    row = project_row(session, project_id)
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
    return project_info(session, row)


def set_amounts(
    session: Session, actor: Actor, project_id: str, lines: Sequence[AmountLine]
) -> ProjectInfo:
    """Replace the money lines; one line per (kind, category), amounts in 元 (≥ 0)."""
    actor.require(Permission.MANAGE_KPIS)
    row = project_row(session, project_id)
    seen: set[tuple[str, str]] = set()
    for line in lines:
        problem = amount_problem(line.kind, line.category, line.amount_cny)
        if problem is not None:
            raise ConfigurationError(problem, f"{line.kind}/{line.category}", "amounts")
        if (line.kind, line.category) in seen:
            raise ConfigurationError("duplicate_line", f"{line.kind}/{line.category}", "amounts")
        seen.add((line.kind, line.category))
        _text(line.note, "note")
    old = [asdict(a) for a in amount_lines(session, project_id)]
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
    new = [asdict(a) for a in amount_lines(session, project_id)]
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
    return project_info(session, row)


def set_effects(
    session: Session, actor: Actor, project_id: str, effects: Sequence[EffectLine]
) -> ProjectInfo:
    """Replace the expected KPI effects (change in the KPI's own unit, negative = lower)."""
    actor.require(Permission.MANAGE_KPIS)
    row = project_row(session, project_id)
    codes = [e.kpi_code.strip() for e in effects]
    if any(not c for c in codes):
        raise ConfigurationError("kpi_required", "", "effects")
    if len(set(codes)) != len(codes):
        raise ConfigurationError("duplicate_line", ", ".join(codes), "effects")
    if any(not math.isfinite(e.expected_change) for e in effects):
        raise ConfigurationError("not_finite", "expected_change", "effects")
    old = [asdict(e) for e in effect_lines(session, project_id)]
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
    new = [asdict(e) for e in effect_lines(session, project_id)]
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
    return project_info(session, row)


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
    row = project_row(session, project_id)
    status, target = ProjectStatus(row.status), status_of(to_status)
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
    return project_info(session, row)


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
        "cost_class": enum_value(CostClass, fields.cost_class),
        "source_kind": enum_value(SourceKind, fields.source_kind),
        "source_ref": _text(fields.source_ref, "source_ref"),
        "department": _text(fields.department, "department"),
        "person": _text(fields.person, "person"),
        "life_years": int(fields.life_years),
        "discount_rate": float(fields.discount_rate),
        "expected_energy_kgce": fields.expected_energy_kgce,
        "energy_price_cny_per_kgce": fields.energy_price_cny_per_kgce,
    }


def _text(value: str, field: str) -> str:
    value = value.strip()
    if len(value) > _LIMITS[field]:
        raise ConfigurationError("text_too_long", str(_LIMITS[field]), field)
    return value


def _touch(row: ImprovementProjectRecord, actor: Actor) -> None:
    row.updated_by, row.updated_ms = actor.name, now_ms()
