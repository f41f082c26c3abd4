"""PDCA management reviews (管理评审): statuses, periods, and when a review may be closed.

A review looks back on one period: the KPI results as they stood (Check), why the ones that
fell behind did so, what is decided and which actions are raised (Act), and whether the
actions the previous review raised worked. Closing it is the management's signature, so it is
refused while a KPI behind its target has no cause or a previous action has not been judged:
otherwise the cycle would skip the step that makes it a cycle.

A KPI result is judged by its target status at the end of the period (see `domain.targets`):
achieved or on track counts as met; missed or at risk as missed (behind the plan is what a
review must explain); no data, or no target at all, is neither.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Final


class ReviewStatus(StrEnum):
    DRAFT = "draft"
    CLOSED = "closed"


class CheckResult(StrEnum):
    """The next review's judgement of an action the previous one raised."""

    EFFECTIVE = "effective"
    NOT_EFFECTIVE = "not_effective"
    OPEN = "open"
    """Not finished yet: looked at, to be checked again."""


class RefKind(StrEnum):
    CORRECTIVE_ACTION = "corrective_action"
    WORKFLOW = "workflow"


class Outcome(StrEnum):
    MET = "met"
    MISSED = "missed"
    NO_DATA = "no_data"
    NO_TARGET = "no_target"


MET_STATES: Final = frozenset({"achieved", "on_track"})
MISSED_STATES: Final = frozenset({"missed", "at_risk"})

CAUSE_MISSING: Final = "cause_missing"
UNCHECKED_ACTION: Final = "unchecked_action"


@dataclass(frozen=True)
class ResultLine:
    """What the close rule needs of a KPI result."""

    kpi_code: str
    status: str
    value: float | None
    cause: str = ""


@dataclass(frozen=True)
class ReviewCounts:
    met: int
    missed: int
    no_data: int
    no_target: int

    @property
    def total(self) -> int:
        return self.met + self.missed + self.no_data + self.no_target


def outcome(status: str, value: float | None) -> Outcome:
    """Met, missed, no data (no value, or no observations) or no target (status "")."""
    if not status:
        return Outcome.NO_TARGET
    if value is None or not math.isfinite(value) or status == "no_data":
        return Outcome.NO_DATA
    if status in MISSED_STATES:
        return Outcome.MISSED
    if status in MET_STATES:
        return Outcome.MET
    return Outcome.NO_DATA


def counts(lines: Iterable[ResultLine]) -> ReviewCounts:
    tally = dict.fromkeys(Outcome, 0)
    for line in lines:
        tally[outcome(line.status, line.value)] += 1
    return ReviewCounts(
        tally[Outcome.MET], tally[Outcome.MISSED], tally[Outcome.NO_DATA], tally[Outcome.NO_TARGET]
    )


def needs_cause(line: ResultLine) -> bool:
    return outcome(line.status, line.value) is Outcome.MISSED


def close_problems(
    lines: Iterable[ResultLine], previous_checks: Iterable[tuple[str, str | None]]
) -> list[str]:
    """Why the review cannot be closed yet, as "code:reference" strings, KPIs first.

    `previous_checks` are (action id, check result or None) of the actions the previous review
    raised. Codes: cause_missing:<kpi code> (behind target, no cause written),
    unchecked_action:<id> (not judged yet; "open" is a judgement: look again next time).
    """
    problems = [
        f"{CAUSE_MISSING}:{line.kpi_code}"
        for line in lines
        if needs_cause(line) and not line.cause.strip()
    ]
    problems.extend(f"{UNCHECKED_ACTION}:{ref}" for ref, result in previous_checks if not result)
    return problems


def split_problem(problem: str) -> tuple[str, str]:
    """("cause_missing", "energy_per_unit") from "cause_missing:energy_per_unit"."""
    code, _, ref = problem.partition(":")
    return code, ref


# ----------------------------------------------------------------------- periods


def quarter_of(day: date) -> tuple[date, date]:
    """The calendar quarter holding `day`: first and last day."""
    first_month = 3 * ((day.month - 1) // 3) + 1
    first = date(day.year, first_month, 1)
    return first, _add_months(first, 3) - timedelta(days=1)


def quarter_name(first: date, last: date) -> str | None:
    """ "2026 Q1" when the period is exactly a calendar quarter, else None."""
    if quarter_of(first) != (first, last):
        return None
    return f"{first.year} Q{(first.month - 1) // 3 + 1}"


def previous_period(first: date, last: date) -> tuple[date, date]:
    """The period of the same length just before: whole months step back by months (Q2 → Q1,
    March → February), anything else by its number of days."""
    if last < first:
        raise ValueError("period_reversed")
    months = _whole_months(first, last)
    if months:
        start = _add_months(first, -months)
        return start, first - timedelta(days=1)
    length = (last - first).days + 1
    return first - timedelta(days=length), first - timedelta(days=1)


def period_problem(first: date, last: date) -> str | None:
    """ "period_reversed" when the period ends before it starts; None when it can be reviewed."""
    return "period_reversed" if last < first else None


def _whole_months(first: date, last: date) -> int:
    """How many whole calendar months [first, last] covers exactly, or 0."""
    if first.day != 1 or last == date.max or (last + timedelta(days=1)).day != 1:
        return 0
    after = last + timedelta(days=1)
    return (after.year - first.year) * 12 + after.month - first.month


def _add_months(day: date, months: int) -> date:
    """The first of a month `months` away from the first-of-month `day`."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)
