"""PDCA management reviews: draft one for a period, write down causes, targets and decisions,
raise actions, judge the previous review's actions, close it (MANAGE_KPIS, change-logged).

The KPI results are copied from `kpi_overview` when the review is drafted (and on
`refresh_results` while it is a draft): a closed review keeps saying what the meeting saw even
when late records change the figures. Actions are read live: the review shows where each action
it raised stands now. A closed review is read-only (code review_closed).

A raised action's `ReviewActionRecord.note` holds the code of the KPI it answers for, if any.
The reads (the register, one review, its proposed targets) are in `review_queries`.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Mapping
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.actions import create_action
from desktop_app.services.change_log import record_change
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.kpi_overview import kpi_overview
from desktop_app.services.review_queries import (
    NextTarget,
    next_targets,
    result_rows,
    review_close_problems,
    review_row,
)
from desktop_app.services.workflow_links import start_for_action, start_target_change
from domain.readings import now_ms
from domain.reviews import CheckResult, RefKind, ReviewStatus, period_problem, quarter_name
from domain.roles import Actor, Permission
from storage.models import (
    ReviewActionRecord,
    ReviewKpiResultRecord,
    ReviewRecord,
    WorkflowInstanceRecord,
)

_LIMITS = {"title": 200, "cause": 2000, "summary": 20_000, "decisions": 20_000, "note": 2000}


def create_review(session: Session, actor: Actor, first: date, last: date, title: str = "") -> str:
    """A draft for [first, last] with the period's KPI results; returns its id."""
    actor.require(Permission.MANAGE_KPIS)
    problem = period_problem(first, last)
    if problem is not None:
        raise ConfigurationError(problem, f"{first} > {last}", "period")
    title = _text(title, "title") or quarter_name(first, last) or f"{first} – {last}"
    row = ReviewRecord(
        id=str(uuid.uuid4()),
        title=title,
        period_first=first.isoformat(),
        period_last=last.isoformat(),
        status=ReviewStatus.DRAFT.value,
        previous_id=_previous_id(session, first),
        summary="",
        decisions="",
        created_by=actor.name,
        created_ms=now_ms(),
    )
    session.add(row)
    session.flush()
    _fill_results(session, row)
    new = {"id": row.id, "title": title, "period": f"{first}/{last}", "previous": row.previous_id}
    record_change(session, actor, "create", "pdca_review", None, new=new)
    return row.id


def refresh_results(session: Session, actor: Actor, review_id: str) -> None:
    """Read the period's KPI figures again; causes and next targets stay."""
    row = _draft(session, actor, review_id)
    _fill_results(session, row)
    record_change(session, actor, "refresh", "pdca_review", None, new={"id": review_id})


def set_cause(session: Session, actor: Actor, review_id: str, kpi_code: str, cause: str) -> None:
    _draft(session, actor, review_id)
    result = _result(session, review_id, kpi_code)
    old, result.cause = result.cause, _text(cause, "cause")
    _log(session, actor, review_id, kpi_code, {"cause": old}, {"cause": result.cause})


def set_next_target(
    session: Session,
    actor: Actor,
    review_id: str,
    kpi_code: str,
    value: float | None,
    deadline: date | None,
) -> None:
    """The target proposed for the next period (None clears it); needs a deadline after the
    reviewed period."""
    row = _draft(session, actor, review_id)
    result = _result(session, review_id, kpi_code)
    if value is not None:
        if not math.isfinite(value):
            raise ConfigurationError("target_not_finite", str(value), "next_target")
        if deadline is None:
            raise ConfigurationError("deadline_required", "", "next_deadline")
        if deadline.isoformat() <= row.period_last:
            raise ConfigurationError("deadline_in_period", deadline.isoformat(), "next_deadline")
    old = {"next_target": result.next_target, "next_deadline": result.next_deadline}
    result.next_target = value
    result.next_deadline = deadline.isoformat() if value is not None and deadline else None
    new = {"next_target": result.next_target, "next_deadline": result.next_deadline}
    _log(session, actor, review_id, kpi_code, old, new)


def set_text(session: Session, actor: Actor, review_id: str, summary: str, decisions: str) -> None:
    row = _draft(session, actor, review_id)
    old = {"summary": row.summary, "decisions": row.decisions}
    row.summary, row.decisions = _text(summary, "summary"), _text(decisions, "decisions")
    new = {"summary": row.summary, "decisions": row.decisions}
    record_change(session, actor, "update", "pdca_review", None, old=old, new={"id": row.id, **new})


def raise_action(
    session: Session,
    actor: Actor,
    review_id: str,
    title: str,
    person: str,
    due: date | None,
    kpi_code: str | None = None,
) -> str:
    """A corrective action decided by the review (optionally for one KPI); returns its id."""
    row = _draft(session, actor, review_id)
    name = ""
    if kpi_code is not None:
        result = _result(session, review_id, kpi_code)
        name = f"{result.name_zh} / {result.name_en} ({kpi_code})"
    description = (
        f"来自 PDCA 评审 / From PDCA review: {row.title} "
        f"({row.period_first} – {row.period_last}, {row.id})"
    )
    if name:
        description += f"\n指标 / KPI: {name}"
    action_id = create_action(
        session, actor, title=title, description=description, person=person, due=due
    )
    _link(session, actor, row.id, RefKind.CORRECTIVE_ACTION, action_id, kpi_code or "")
    start_for_action(session, actor, action_id)  # its cause analysis, fix and verification
    return action_id


def link_workflow(session: Session, actor: Actor, review_id: str, instance_id: str) -> None:
    """Record a workflow (e.g. a KPI target change) as decided by this review."""
    _draft(session, actor, review_id)
    if session.get(WorkflowInstanceRecord, instance_id) is None:
        raise ConfigurationError("not_found", instance_id, "workflow")
    _link(session, actor, review_id, RefKind.WORKFLOW, instance_id, "")


def check_previous_action(
    session: Session, actor: Actor, review_id: str, ref: str, result: str, note: str = ""
) -> None:
    """Judge an action the previous review raised: effective, not effective, or still open."""
    row = _draft(session, actor, review_id)
    try:
        check = CheckResult(result)
    except ValueError:
        raise ConfigurationError("unknown_check_result", result, "check_result") from None
    link = session.scalar(
        select(ReviewActionRecord).where(
            ReviewActionRecord.review_id == (row.previous_id or ""),
            ReviewActionRecord.ref_id == ref,
        )
    )
    if link is None:
        raise ConfigurationError("not_previous_action", ref, "ref")
    old = {"check_result": link.check_result, "check_note": link.check_note}
    link.check_result, link.check_note = check.value, _text(note, "note")
    link.checked_in = review_id
    new = {"id": review_id, "ref": ref, "check_result": check.value, "check_note": link.check_note}
    record_change(session, actor, "check", "pdca_review_action", None, old=old, new=new)


def close_review(session: Session, actor: Actor, review_id: str) -> list[NextTarget]:
    """Close a review the rules allow closing; returns its proposed next-period targets.

    Each proposed target starts a KPI target change workflow (the administrator approves it,
    and only then does the target change), linked to the review as one of its actions.
    """
    row = _draft(session, actor, review_id)
    problems = review_close_problems(session, row)
    if problems:
        raise ConfigurationError("review_not_ready", ", ".join(problems), problems[0])
    proposed = next_targets(session, review_id)
    for target in proposed:
        instance = start_target_change(session, actor, row.id, target)
        if instance is not None:
            _link(session, actor, row.id, RefKind.WORKFLOW, instance, target.kpi_code)
    row.status, row.closed_by, row.closed_ms = ReviewStatus.CLOSED.value, actor.name, now_ms()
    record_change(session, actor, "close", "pdca_review", None, new={"id": row.id})
    return proposed


# ----------------------------------------------------------------------- helpers


def _previous_id(session: Session, first: date) -> str | None:
    """The latest closed review of an earlier period, else the latest earlier review."""
    earlier = (
        select(ReviewRecord.id)
        .where(ReviewRecord.period_first < first.isoformat())
        .order_by(ReviewRecord.period_first.desc(), ReviewRecord.created_ms.desc())
        .limit(1)
    )
    closed = earlier.where(ReviewRecord.status == ReviewStatus.CLOSED.value)
    return session.scalar(closed) or session.scalar(earlier)


def _fill_results(session: Session, row: ReviewRecord) -> None:
    """Copy the period's KPI rows; a KPI seen before keeps its cause and next target, one that
    no longer exists is dropped."""
    first, last = date.fromisoformat(row.period_first), date.fromisoformat(row.period_last)
    old = {r.kpi_code: r for r in result_rows(session, row.id)}
    for position, kpi in enumerate(kpi_overview(session, first, last).rows):
        d = kpi.definition
        result = old.pop(d.code, None)
        if result is None:
            result = ReviewKpiResultRecord(review_id=row.id, kpi_code=d.code, cause="")
            session.add(result)
        result.name_zh, result.name_en, result.unit = d.name_zh, d.name_en, d.unit
        result.value = kpi.value.value
        result.target = kpi.target.target.target_value if kpi.target else None
        result.status = kpi.status.state if kpi.status else ""
        result.position = position
    for gone in old.values():
        session.delete(gone)
    session.flush()


def _link(
    session: Session, actor: Actor, review_id: str, kind: RefKind, ref_id: str, note: str
) -> None:
    session.add(
        ReviewActionRecord(review_id=review_id, ref_kind=kind.value, ref_id=ref_id, note=note)
    )
    session.flush()
    new = {"id": review_id, "kind": kind.value, "ref": ref_id, "kpi": note}
    record_change(session, actor, "create", "pdca_review_action", None, new=new)


def _result(session: Session, review_id: str, kpi_code: str) -> ReviewKpiResultRecord:
    result = session.get(ReviewKpiResultRecord, (review_id, kpi_code))
    if result is None:
        raise ConfigurationError("not_found", kpi_code, "kpi")
    return result


def _draft(session: Session, actor: Actor, review_id: str) -> ReviewRecord:
    """The review to change: the actor may manage KPIs and the review is still a draft."""
    actor.require(Permission.MANAGE_KPIS)
    row = review_row(session, review_id)
    if row.status != ReviewStatus.DRAFT.value:
        raise ConfigurationError("review_closed", review_id, "status")
    return row


def _log(
    session: Session,
    actor: Actor,
    review_id: str,
    kpi_code: str,
    old: Mapping[str, object],
    new: Mapping[str, object],
) -> None:
    key = {"id": review_id, "kpi": kpi_code}
    record_change(
        session, actor, "update", "pdca_review_result", None, old={**key, **old}, new={**key, **new}
    )


def _text(value: str, field: str) -> str:
    value = value.strip()
    if len(value) > _LIMITS[field]:
        raise ConfigurationError("text_too_long", str(_LIMITS[field]), field)
    return value
