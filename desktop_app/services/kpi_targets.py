"""SMART targets on KPIs: set, change, retire; assess against the KPI's monthly values.

A target states its baseline (entered, or computed from a baseline period), the target as a
value or a % change, the deadline and who answers for it. Retiring keeps the row: a missed
target is part of the plant's record, not something to delete.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.change_log import record_change
from desktop_app.services.errors import ConfigurationError
from domain.readings import now_ms
from domain.roles import Actor, Permission
from domain.targets import Target, TargetError, target_value_from_change, validate_target
from storage.models import KpiTargetRecord


@dataclass(frozen=True)
class TargetInfo:
    id: int
    target: Target
    percent_change: float | None
    baseline_period: tuple[date, date] | None


def set_target(
    session: Session,
    actor: Actor,
    target: Target,
    *,
    percent_change: float | None = None,
    baseline_period: tuple[date, date] | None = None,
    reason: str = "",
) -> int:
    """Create the active target of a KPI, retiring the one it replaces."""
    actor.require(Permission.MANAGE_KPIS)
    if percent_change is not None:
        target = _with_change(target, percent_change)
    problems = validate_target(target, percent_change=percent_change)
    if problems:
        first = problems[0]
        raise ConfigurationError(first.code, first.detail, first.field)
    for old in session.scalars(
        select(KpiTargetRecord).where(
            KpiTargetRecord.kpi_code == target.kpi_code, KpiTargetRecord.active
        )
    ):
        old.active = False
    row = KpiTargetRecord(
        kpi_code=target.kpi_code,
        baseline_start=baseline_period[0].isoformat() if baseline_period else None,
        baseline_end=baseline_period[1].isoformat() if baseline_period else None,
        baseline_value=target.baseline_value,
        target_value=target.target_value,
        better=target.better,
        percent_change=percent_change,
        start=target.start.isoformat(),
        deadline=target.deadline.isoformat(),
        department=target.department,
        person=target.person,
        note=target.note,
        active=True,
        created_by=actor.name,
        created_ms=now_ms(),
    )
    session.add(row)
    session.flush()
    record_change(session, actor, "create", "kpi_target", row.id, new=_values(row), reason=reason)
    return row.id


def retire_target(session: Session, actor: Actor, target_id: int, reason: str) -> None:
    actor.require(Permission.MANAGE_KPIS)
    if not reason.strip():
        raise ConfigurationError("reason_required", "", "reason")
    row = session.get(KpiTargetRecord, target_id)
    if row is None or not row.active:
        raise ConfigurationError("not_found", str(target_id), "target")
    row.active = False
    record_change(session, actor, "retire", "kpi_target", row.id, old=_values(row), reason=reason)


def active_targets(session: Session) -> dict[str, TargetInfo]:
    rows = session.scalars(select(KpiTargetRecord).where(KpiTargetRecord.active))
    return {row.kpi_code: _info(row) for row in rows}


def _with_change(target: Target, percent_change: float) -> Target:
    try:
        value = target_value_from_change(target.baseline_value, percent_change)
    except TargetError as error:
        raise ConfigurationError(error.code, error.detail, "percent_change") from error
    return replace(target, target_value=value)


def _info(row: KpiTargetRecord) -> TargetInfo:
    period = None
    if row.baseline_start and row.baseline_end:
        period = (date.fromisoformat(row.baseline_start), date.fromisoformat(row.baseline_end))
    target = Target(
        kpi_code=row.kpi_code,
        baseline_value=row.baseline_value,
        target_value=row.target_value,
        start=date.fromisoformat(row.start),
        deadline=date.fromisoformat(row.deadline),
        better="higher" if row.better == "higher" else "lower",
        department=row.department,
        person=row.person,
        note=row.note,
    )
    return TargetInfo(row.id, target, row.percent_change, period)


def _values(row: KpiTargetRecord) -> dict[str, object]:
    return {
        "kpi": row.kpi_code,
        "baseline": row.baseline_value,
        "target": row.target_value,
        "percent_change": row.percent_change,
        "start": row.start,
        "deadline": row.deadline,
        "department": row.department,
        "person": row.person,
    }
