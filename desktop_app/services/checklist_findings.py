"""A finished run's findings become corrective actions: one per finding, with a due date.

The title is Chinese (the plant's working language) and says what was found, so the action
list reads without opening the run: "<item text>：<reason>". Heavier-weighted items are more
urgent: due in 14 days instead of 30, priority high instead of medium.
"""

from __future__ import annotations

import json
import math
from datetime import date, timedelta

from sqlalchemy.orm import Session

from desktop_app.services.actions import create_action
from desktop_app.services.workflow_links import start_for_action
from domain.checklists import Answer, Finding, Item, ItemKind, Template
from domain.roles import Actor
from storage.models import ChecklistRunRecord

MAX_ACTION_TITLE = 200
MAX_ACTION_DESCRIPTION = 2000
URGENT_WEIGHT = 2.0
"""Findings on items weighted this much or more are due in 14 days, the others in 30."""
URGENT_DAYS, NORMAL_DAYS = 14, 30

_REASONS_ZH = {"no": "否", "fail": "不合格", "below_low": "低于下限", "above_high": "高于上限"}


def raise_actions(
    session: Session,
    actor: Actor,
    run: ChecklistRunRecord,
    template: Template,
    findings: tuple[Finding, ...],
    notes: dict[str, str],
    today: date,
) -> tuple[str, ...]:
    """One action per finding, in template order; returns their ids.

    Each action also starts the corrective-action workflow (cause analysis, implementation
    with evidence, verification by a second person), with the inspector who found the
    problem as its owner until someone reassigns it.
    """
    ids = tuple(
        _raise_action(session, actor, run, template, finding, notes, today) for finding in findings
    )
    for action_id in ids:
        start_for_action(session, actor, action_id)
    return ids


def _raise_action(
    session: Session,
    actor: Actor,
    run: ChecklistRunRecord,
    template: Template,
    finding: Finding,
    notes: dict[str, str],
    today: date,
) -> str:
    item = template.item(finding.item)
    title = f"{item.text.zh}：{reason_text(item, finding)}"
    if len(title) > MAX_ACTION_TITLE:
        title = title[: MAX_ACTION_TITLE - 1] + "…"
    lines = [
        f"{template.name.zh} v{template.version}" + (f" · {run.title}" if run.title else ""),
        f"{item.text.en}: {finding.reason}",
        f"答案 answer: {shown_answer(finding.value)}",
    ]
    if notes.get(item.code):
        lines.append(f"备注 note: {notes[item.code]}")
    urgent = item.weight >= URGENT_WEIGHT
    return create_action(
        session,
        actor,
        title=title,
        description="\n".join(lines)[:MAX_ACTION_DESCRIPTION],
        due=today + timedelta(days=URGENT_DAYS if urgent else NORMAL_DAYS),
        priority="high" if urgent else "medium",
        source_run=run.id,
        source_item=item.code,
    )


def reason_text(item: Item, finding: Finding) -> str:
    """Why the item is a finding, in Chinese: "否", "9.6，高于上限 9", or the option's text."""
    value = finding.value
    if item.kind is ItemKind.NUMBER and isinstance(value, int | float) and math.isfinite(value):
        bound = item.low if finding.reason == "below_low" else item.high
        unit = f" {item.unit}" if item.unit else ""
        limit = f" {bound:g}{unit}" if bound is not None else ""
        return f"{value:g}{unit}，{_REASONS_ZH.get(finding.reason, finding.reason)}{limit}"
    if item.kind.has_options:
        codes = value if isinstance(value, tuple | list) else (value,)
        chosen = [o for o in item.options if o.code in codes and o.finding]
        if chosen:
            return "、".join(o.text.zh for o in chosen)
    return _REASONS_ZH.get(finding.reason, finding.reason)


def shown_answer(answer: Answer) -> str:
    """An answer as short JSON for logs, refusals and descriptions."""
    plain = list(answer) if isinstance(answer, tuple) else answer
    text = json.dumps(plain, ensure_ascii=False)
    return text if len(text) <= 80 else text[:77] + "…"
