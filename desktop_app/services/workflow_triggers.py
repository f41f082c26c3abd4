"""What starts workflows without a person pressing "Start": an energy alarm, a KPI breach, and
the watch that also escalates overdue tasks.

The watch runs periodically (the GUI's timer on a worker, `qingyuan workflows watch` in a
scheduled task). Every trigger carries a source reference, so running the watch again finds
the instance it already started instead of starting a second one:
- an energy alarm (high or high-high on a power or energy tag: the contracted demand of an
  incomer) starts 能耗超标审批 with source "alarm:<id>";
- an energy KPI of the last complete month worse than its target's planned value for that
  month starts 能耗超标审批 with source "<kpi>:<YYYY-MM>" and the excess in kgce (the excess
  per tonne × the month's output).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.alarms import alarm_info
from desktop_app.services.kpi_targets import active_targets
from desktop_app.services.kpis import compute_kpis, month_bounds
from desktop_app.services.workflows import escalate_overdue, start_workflow
from domain.alarms import AlarmKind
from domain.readings import now_ms
from domain.roles import SYSTEM
from domain.targets import planned_value
from storage.models import AlarmRecord, WorkflowInstanceRecord

OVER_LIMIT = "energy_over_limit"
ENERGY_UNITS = frozenset({"kW", "MW", "kWh", "MWh", "GJ", "GJ/h"})
ENERGY_KPIS = ("energy_per_unit",)
_HIGH = (AlarmKind.HI.value, AlarmKind.HIHI.value)
ALARM_LOOKBACK_MS = 7 * 24 * 3_600_000
"""An alarm older than a week when the watch first sees it (a new installation, a PC that was
off) is history, not something to approve now."""


@dataclass(frozen=True)
class WatchSummary:
    escalated: tuple[str, ...]
    started: tuple[str, ...]


def watch(session: Session, now: int | None = None, today: date | None = None) -> WatchSummary:
    """Escalate what is overdue and start what alarms and KPI breaches call for."""
    ms = now if now is not None else now_ms()
    escalated = escalate_overdue(session, ms)
    started = start_for_energy_alarms(session, ms - ALARM_LOOKBACK_MS) + start_for_kpi_breaches(
        session, today or date.today()
    )
    return WatchSummary(tuple(escalated), tuple(started))


def start_for_alarm(session: Session, alarm_id: int) -> str:
    """The over-limit approval of one alarm (started once per alarm)."""
    alarm = alarm_info(session, alarm_id)
    actual = alarm.peak_value if alarm.peak_value is not None else alarm.value
    values = {
        "source": f"alarm {alarm.id}",
        "kpi_or_tag": f"{alarm.tag_name} {alarm.tag_label}".strip(),
        "limit_value": float(alarm.setpoint),
        "actual_value": float(actual if actual is not None else alarm.setpoint),
        "excess_kgce": 0.0,
    }
    return start_workflow(
        session, SYSTEM, OVER_LIMIT, values, source_kind="alarm", source_ref=f"alarm:{alarm.id}",
        title=f"{alarm.tag_label or alarm.tag_name} > {alarm.setpoint:g} {alarm.unit}",
    )  # fmt: skip


def start_for_energy_alarms(session: Session, since_ms: int = 0) -> list[str]:
    """Over-limit approvals for energy alarms raised since `since_ms` that have none yet."""
    handled = set(
        session.scalars(
            select(WorkflowInstanceRecord.source_ref).where(
                WorkflowInstanceRecord.definition_code == OVER_LIMIT,
                WorkflowInstanceRecord.source_kind == "alarm",
            )
        )
    )
    started = []
    for alarm_id in session.scalars(
        select(AlarmRecord.id).where(AlarmRecord.kind.in_(_HIGH), AlarmRecord.raised_ts >= since_ms)
    ):
        if f"alarm:{alarm_id}" in handled:
            continue
        if alarm_info(session, alarm_id).unit in ENERGY_UNITS:
            started.append(start_for_alarm(session, alarm_id))
    return started


def start_for_kpi_breaches(session: Session, today: date) -> list[str]:
    """Over-limit approvals for the last complete month's energy KPIs above plan."""
    last_month_end = today.replace(day=1) - timedelta(days=1)
    first, last = month_bounds(last_month_end.year, last_month_end.month)
    targets = active_targets(session)
    wanted = [code for code in ENERGY_KPIS if code in targets]
    if not wanted:
        return []
    report = compute_kpis(session, first, last)
    started = []
    for code in wanted:
        value = report.value(code)
        target = targets[code].target
        if value is None or value.value is None or target.better != "lower":
            continue
        limit = planned_value(target, last)
        if value.value <= limit:
            continue
        output = next((i.value for i in value.inputs if i.name == "production"), None)
        excess = (value.value - limit) * output if output else 0.0
        values = {
            "source": f"{code} {first:%Y-%m}",
            "kpi_or_tag": code,
            "limit_value": round(limit, 6),
            "actual_value": round(value.value, 6),
            "excess_kgce": round(excess, 3),
        }
        ref = f"{code}:{first:%Y-%m}"
        if _exists(session, "kpi_breach", ref):
            continue
        title = f"{code} {first:%Y-%m}"
        started.append(
            start_workflow(
                session,
                SYSTEM,
                OVER_LIMIT,
                values,
                source_kind="kpi_breach",
                source_ref=ref,
                title=title,
            )
        )
    return started


def _exists(session: Session, source_kind: str, source_ref: str) -> bool:
    """Started before, whatever became of it: a month is judged once."""
    found = session.scalar(
        select(WorkflowInstanceRecord.id).where(
            WorkflowInstanceRecord.definition_code == OVER_LIMIT,
            WorkflowInstanceRecord.source_kind == source_kind,
            WorkflowInstanceRecord.source_ref == source_ref,
        )
    )
    return found is not None
