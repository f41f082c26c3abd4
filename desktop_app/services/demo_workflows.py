"""Workflows in flight on the demo plant, so "My tasks" has real work on first start.

The plant's people exist only as names here (they have no accounts, so they cannot sign): the
steps they did are recorded under their names, and every instance stands where the signed-in
administrator — or an engineer added later — has something to do:
- last month's energy over-limit, explained by the energy department, whose department
  approval ran past its time limit and escalated to the administrator;
- a KPI target change waiting for the administrator's approval;
- a hazardous-waste transfer waiting for its manifest (environment department);
- the corrective action of the outfall pH finding, analysed, waiting for its owner;
- renewals of the suppliers' expiring credentials (purchasing department).
"""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

from PIL import Image, ImageDraw
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.credential_expiry import raise_expiry_tasks
from desktop_app.services.kpi_targets import active_targets
from desktop_app.services.kpis import compute_kpis, month_bounds
from desktop_app.services.workflow_attachments import add_attachment
from desktop_app.services.workflow_tasks import open_tasks
from desktop_app.services.workflows import complete_step, escalate_overdue, start_workflow
from domain.readings import now_ms
from domain.roles import SYSTEM, Actor, Role
from domain.targets import planned_value
from storage.models import CorrectiveActionRecord, WorkflowInstanceRecord, WorkflowTaskRecord

ENERGY_ENGINEER = Actor("王建国", Role.ENGINEER)
EHS_INSPECTOR = Actor("李明", Role.INSPECTOR)
HOUR_MS = 3_600_000
WATER_KPI = "fresh_water_per_unit"


def seed_workflows(session: Session, data_dir: Path, end_day: date) -> int:
    """Start the demo instances; returns how many (0 when they exist already).

    The inspections and reviews seeded before start workflows of their own (corrective
    actions, a target change); only the demo's own over-limit and waste instances mean "done".
    """
    demo = select(WorkflowInstanceRecord.id).where(
        WorkflowInstanceRecord.definition_code.in_(("energy_over_limit", "waste_handling"))
    )
    if session.scalar(demo.limit(1)) is not None:
        return 0
    month = (end_day.replace(day=1) - timedelta(days=1)).replace(day=1)
    started = [
        _over_limit(session, month),
        *filter(None, [_target_change(session, end_day)]),
        _waste(session, data_dir, end_day),
        *_corrective(session),
        *raise_expiry_tasks(session, SYSTEM, end_day),
    ]
    escalate_overdue(session)
    return len(started)


def _over_limit(session: Session, month: date) -> str:
    """Last month's energy per tonne against the plan of its target, with the real figures
    (the demo's story needs the approval even when the month happens to be within plan)."""
    first, last = month_bounds(month.year, month.month)
    value = compute_kpis(session, first, last).value("energy_per_unit")
    target = active_targets(session).get("energy_per_unit")
    actual = value.value if value is not None and value.value is not None else 124.6
    limit = planned_value(target.target, last) if target is not None else 118.0
    output = (
        next((i.value for i in value.inputs if i.name == "production"), None) if value else None
    )
    excess = max(actual - limit, 0.0) * (output or 0.0)
    values = {
        "source": f"energy_per_unit {month:%Y-%m}", "kpi_or_tag": "energy_per_unit",
        "limit_value": round(limit, 2), "actual_value": round(actual, 2),
        "excess_kgce": round(excess, 1),
    }  # fmt: skip
    run = start_workflow(
        session, SYSTEM, "energy_over_limit", values, source_kind="kpi_breach",
        source_ref=f"energy_per_unit:{month:%Y-%m}", title=f"单位产品综合能耗超标 {month:%Y-%m}",
    )  # fmt: skip
    _act(session, run, ENERGY_ENGINEER, {
        "cause": "空压站两台机组长时间空载运行；锅炉排烟温度偏高（约 180 °C）",
        "measure": "空压机加装变频并联控；清理锅炉省煤器积灰",
        "measure_due": "2026-12-31", "owner": "王建国",
    })  # fmt: skip
    _age(session, run, hours=60)
    return run


def _target_change(session: Session, end_day: date) -> str | None:
    """Tighten the fresh-water target by 5 % (the demo's own target, whatever it is)."""
    current = active_targets(session).get(WATER_KPI)
    if current is None:
        return None
    now_target = current.target.target_value
    values = {
        "kpi_code": WATER_KPI, "current_target": now_target,
        "new_target": round(now_target * 0.95, 3),
        "new_deadline": date(end_day.year + 1, 12, 31).isoformat(),
    }  # fmt: skip
    title = f"新鲜水耗目标收紧 5 %（{now_target:.3g} → {values['new_target']:.3g} m³/t）"
    run = start_workflow(session, SYSTEM, "kpi_target_change", values, title=title)
    _act(session, run, ENERGY_ENGINEER, {
        "reason": "冷凝水回收与逆流漂洗投运后，近三个月新鲜水耗稳定低于计划值",
        "impact": "下一年度节水约 1.5 万 m³",
    })  # fmt: skip
    return run


def _waste(session: Session, data_dir: Path, end_day: date) -> str:
    run = start_workflow(session, EHS_INSPECTOR, "waste_handling", {}, title="废矿物油转移")
    waste = {"waste_name": "废矿物油（设备检修）", "category": "hazardous", "quantity_kg": 420.0}
    _act(session, run, EHS_INSPECTOR, waste)
    _act(session, run, EHS_INSPECTOR, {"hw_code": "HW08 900-214-08", "hazard": "toxic"})
    task = _open_task(session, run)
    add_attachment(session, EHS_INSPECTOR, task, _photo("drums"), "store.jpg", data_dir)
    stored = (end_day - timedelta(days=6)).isoformat()
    _act(session, run, EHS_INSPECTOR, {"storage_location": "危废暂存间 A 区", "stored_on": stored})
    return run


def _corrective(session: Session) -> list[str]:
    action = session.scalar(
        select(CorrectiveActionRecord)
        .where(
            CorrectiveActionRecord.state == "open", CorrectiveActionRecord.source_run.is_not(None)
        )
        .limit(1)
    )
    if action is None:
        return []
    values = {"action_id": action.id, "finding": action.title, "owner": "李明"}
    run = start_workflow(
        session, SYSTEM, "corrective_action", values, source_kind="audit_finding",
        source_ref=action.id, title=action.title,
    )  # fmt: skip
    _act(session, run, ENERGY_ENGINEER, {
        "cause": "加药泵计量偏大，中和池出水 pH 偏高", "measure": "校准加药泵并每班复核出水 pH",
    })  # fmt: skip
    return [run]


def _act(session: Session, run: str, actor: Actor, values: dict[str, object]) -> None:
    complete_step(session, actor, _open_task(session, run), values)


def _open_task(session: Session, run: str) -> str:
    return next(t.id for t in open_tasks(session, SYSTEM) if t.instance_id == run)


def _age(session: Session, run: str, *, hours: int) -> None:
    """Move the instance's open task back in time, as if it had waited `hours`."""
    shift = hours * HOUR_MS
    for task in session.scalars(
        select(WorkflowTaskRecord).where(
            WorkflowTaskRecord.instance_id == run, WorkflowTaskRecord.state == "open"
        )
    ):
        task.created_ms -= shift
        if task.due_ms is not None:
            task.due_ms -= shift
    instance = session.get(WorkflowInstanceRecord, run)
    if instance is not None:
        instance.started_ms = min(instance.started_ms, now_ms() - shift - HOUR_MS)


def _photo(label: str) -> bytes:
    image = Image.new("RGB", (800, 600), (118, 128, 120))
    draw = ImageDraw.Draw(image)
    for x in (140, 330, 520):
        draw.rectangle((x, 240, x + 150, 520), fill=(32, 70, 140))
    draw.text((20, 20), f"demo {label}", fill=(255, 255, 255))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    return buffer.getvalue()
