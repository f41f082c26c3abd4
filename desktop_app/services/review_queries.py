"""The read side of PDCA management reviews: the register, one review with its results and
actions, and the next-period targets it proposes.

The KPI results are the copy `reviews` took when the review was drafted (or refreshed); the
actions are read live, so a review shows where each action it raised stands now.
Writes live in `desktop_app.services.reviews`, which builds on these reads (never the reverse).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.errors import ConfigurationError
from domain.reviews import (
    CheckResult,
    RefKind,
    ResultLine,
    ReviewCounts,
    ReviewStatus,
    close_problems,
    counts,
)
from storage.models import (
    CorrectiveActionRecord,
    ReviewActionRecord,
    ReviewKpiResultRecord,
    ReviewRecord,
    WorkflowInstanceRecord,
)


@dataclass(frozen=True)
class KpiResult:
    kpi_code: str
    name_zh: str
    name_en: str
    unit: str
    value: float | None
    target: float | None
    status: str
    """The target state at the period's end (domain.targets), "" without a target."""
    cause: str
    next_target: float | None
    next_deadline: date | None


@dataclass(frozen=True)
class ReviewAction:
    kind: RefKind
    ref_id: str
    title: str
    state: str
    """Where it stands now: the action's state, or the workflow's status; "missing" if gone."""
    kpi_code: str
    check_result: CheckResult | None
    check_note: str
    checked_in: str | None


@dataclass(frozen=True)
class ReviewListItem:
    id: str
    title: str
    first: date
    last: date
    status: ReviewStatus
    counts: ReviewCounts


@dataclass(frozen=True)
class ReviewInfo:
    id: str
    title: str
    first: date
    last: date
    status: ReviewStatus
    previous_id: str | None
    previous_title: str
    summary: str
    decisions: str
    created_by: str
    created_ms: int
    closed_by: str | None
    closed_ms: int | None
    results: tuple[KpiResult, ...]
    raised: tuple[ReviewAction, ...]
    to_check: tuple[ReviewAction, ...]
    """The actions the previous review raised, with their check by this (or a later) review."""
    counts: ReviewCounts
    close_problems: tuple[str, ...]
    """Why it cannot be closed yet (domain.reviews.close_problems); empty when it can."""


class NextTarget(NamedTuple):
    kpi_code: str
    current_target: float | None
    next_target: float
    deadline: date | None


def next_targets(session: Session, review_id: str) -> list[NextTarget]:
    """(KPI, target during the period, proposed target, deadline) of the rows that set one."""
    return [
        NextTarget(r.kpi_code, r.target, r.next_target, _day(r.next_deadline))
        for r in result_rows(session, review_id)
        if r.next_target is not None
    ]


def list_reviews(session: Session) -> list[ReviewListItem]:
    """Every review, latest period first."""
    rows = session.scalars(
        select(ReviewRecord).order_by(
            ReviewRecord.period_first.desc(), ReviewRecord.created_ms.desc()
        )
    )
    return [
        ReviewListItem(
            r.id,
            r.title,
            date.fromisoformat(r.period_first),
            date.fromisoformat(r.period_last),
            ReviewStatus(r.status),
            counts(_line(x) for x in result_rows(session, r.id)),
        )
        for r in rows
    ]


def get_review(session: Session, review_id: str) -> ReviewInfo:
    row = review_row(session, review_id)
    results = result_rows(session, review_id)
    previous = session.get(ReviewRecord, row.previous_id) if row.previous_id else None
    return ReviewInfo(
        id=row.id,
        title=row.title,
        first=date.fromisoformat(row.period_first),
        last=date.fromisoformat(row.period_last),
        status=ReviewStatus(row.status),
        previous_id=row.previous_id,
        previous_title=previous.title if previous else "",
        summary=row.summary,
        decisions=row.decisions,
        created_by=row.created_by,
        created_ms=row.created_ms,
        closed_by=row.closed_by,
        closed_ms=row.closed_ms,
        results=tuple(_kpi_result(r) for r in results),
        raised=tuple(_actions(session, row.id)),
        to_check=tuple(_actions(session, row.previous_id)) if row.previous_id else (),
        counts=counts(_line(r) for r in results),
        close_problems=tuple(review_close_problems(session, row)),
    )


def review_row(session: Session, review_id: str) -> ReviewRecord:
    """The review's row, or ConfigurationError("not_found")."""
    row = session.get(ReviewRecord, review_id)
    if row is None:
        raise ConfigurationError("not_found", review_id, "review")
    return row


def result_rows(session: Session, review_id: str) -> list[ReviewKpiResultRecord]:
    """The review's KPI result rows in the overview's order."""
    return list(
        session.scalars(
            select(ReviewKpiResultRecord)
            .where(ReviewKpiResultRecord.review_id == review_id)
            .order_by(ReviewKpiResultRecord.position, ReviewKpiResultRecord.kpi_code)
        )
    )


def review_close_problems(session: Session, row: ReviewRecord) -> list[str]:
    """Why the review cannot be closed yet (domain.reviews.close_problems); empty when it can."""
    checks: list[tuple[str, str | None]] = []
    if row.previous_id:
        links = session.scalars(
            select(ReviewActionRecord)
            .where(ReviewActionRecord.review_id == row.previous_id)
            .order_by(ReviewActionRecord.ref_kind, ReviewActionRecord.ref_id)
        )
        checks = [(link.ref_id, link.check_result) for link in links]
    return close_problems((_line(r) for r in result_rows(session, row.id)), checks)


# ----------------------------------------------------------------------- helpers


def _actions(session: Session, review_id: str) -> list[ReviewAction]:
    """The review's actions in the order they were raised."""
    links = session.scalars(
        select(ReviewActionRecord).where(ReviewActionRecord.review_id == review_id)
    )
    pairs = sorted((_action(session, link) for link in links), key=lambda p: (p[0], p[1].ref_id))
    return [action for _ms, action in pairs]


def _action(session: Session, link: ReviewActionRecord) -> tuple[int, ReviewAction]:
    """The action with its current title and state, and when it was raised (for ordering)."""
    kind = RefKind(link.ref_kind)
    title, state, ms = "", "missing", 0
    if kind is RefKind.CORRECTIVE_ACTION:
        action = session.get(CorrectiveActionRecord, link.ref_id)
        if action is not None:
            title, state, ms = action.title, action.state, action.created_ms
    else:
        instance = session.get(WorkflowInstanceRecord, link.ref_id)
        if instance is not None:
            title, state, ms = instance.title, instance.status, instance.started_ms
    check = CheckResult(link.check_result) if link.check_result else None
    return ms, ReviewAction(
        kind, link.ref_id, title, state, link.note, check, link.check_note, link.checked_in
    )


def _line(row: ReviewKpiResultRecord) -> ResultLine:
    return ResultLine(row.kpi_code, row.status, row.value, row.cause)


def _kpi_result(row: ReviewKpiResultRecord) -> KpiResult:
    return KpiResult(
        row.kpi_code,
        row.name_zh,
        row.name_en,
        row.unit,
        row.value,
        row.target,
        row.status,
        row.cause,
        row.next_target,
        _day(row.next_deadline),
    )


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None
