"""SMART targets on a KPI and where each one stands: achieved, missed, on track or at risk.

A target says who (department, person) brings a KPI from its baseline value to a target value
between a start date and a deadline. The plan is the straight line between the two; progress is
judged against both ends of it: a least-squares trend through the observations since the start
must reach the target by the deadline (within a tolerance), and the latest value must not have
fallen behind the plan. Either failing makes the target "at risk" early enough to act, which is
the point of tracking it rather than looking at the KPI once the deadline has passed.

Observations are per-period KPI values dated by their period; a period without a value (None,
NaN) is skipped, never read as 0 — a meter outage must not look like a perfect month.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final, Literal

import numpy as np

from domain.instrument_rules import Problem

Better = Literal["lower", "higher"]
State = Literal["no_data", "achieved", "missed", "on_track", "at_risk"]

TREND_MIN_POINTS: Final = 3
"""Fewer observations since the start than this give no trend worth extrapolating."""

CONFIRM_EARLY: Final = 2
"""Consecutive latest observations that must meet the target to call it achieved early."""


class TargetError(ValueError):
    """A target figure that cannot be computed: a code to translate and a detail."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class Target:
    kpi_code: str
    baseline_value: float
    target_value: float
    start: date
    deadline: date
    better: Better = "lower"
    department: str = ""
    person: str = ""
    note: str = ""


@dataclass(frozen=True)
class TargetStatus:
    state: State
    latest_value: float | None
    latest_date: date | None
    planned_now: float
    """The plan's value for `today`."""
    forecast_at_deadline: float | None
    """The trend's value at the deadline, or the latest value when there are too few points."""
    progress_percent: float | None
    """Share of the way from baseline to target covered by the latest value; may be < 0 or >
    100; None without data or when target and baseline are equal."""
    reason: str
    """A code saying why this state (see `assess`)."""


def target_value_from_change(baseline: float, percent_change: float) -> float:
    """The target for a change relative to the baseline: −8 % of 100 is 92, +5 % of 100 is 105.

    Raises TargetError: baseline_not_finite, change_not_finite, zero_baseline_for_percent.
    """
    if not math.isfinite(baseline):
        raise TargetError("baseline_not_finite", str(baseline))
    if not math.isfinite(percent_change):
        raise TargetError("change_not_finite", str(percent_change))
    if baseline == 0:
        raise TargetError("zero_baseline_for_percent")
    return baseline * (1.0 + percent_change / 100.0)


def validate_target(target: Target, *, percent_change: float | None = None) -> list[Problem]:
    """What is wrong with a target before it is saved; `percent_change` when entered as one.

    Codes: kpi_required, baseline_not_finite, target_not_finite, zero_baseline_for_percent,
    target_not_better (the target is not strictly better than the baseline in the better
    direction: nothing to achieve, or a worsening), bad_better, deadline_before_start,
    deadline_on_start, responsible_required (neither department nor person).
    """
    problems: list[Problem] = []
    if not target.kpi_code.strip():
        problems.append(Problem("kpi_code", "kpi_required"))
    if target.better not in ("lower", "higher"):
        problems.append(Problem("better", "bad_better", str(target.better)))
    problems.extend(_value_problems(target, percent_change))
    if target.deadline < target.start:
        problems.append(Problem("deadline", "deadline_before_start", target.deadline.isoformat()))
    elif target.deadline == target.start:
        problems.append(Problem("deadline", "deadline_on_start", target.deadline.isoformat()))
    if not target.department.strip() and not target.person.strip():
        problems.append(Problem("person", "responsible_required"))
    return problems


def _value_problems(target: Target, percent_change: float | None) -> list[Problem]:
    baseline, value = target.baseline_value, target.target_value
    if not math.isfinite(baseline):
        return [Problem("baseline_value", "baseline_not_finite", str(baseline))]
    if percent_change is not None and baseline == 0:
        return [Problem("baseline_value", "zero_baseline_for_percent")]
    if not math.isfinite(value):
        return [Problem("target_value", "target_not_finite", str(value))]
    if target.better in ("lower", "higher") and not _better(value, baseline, target.better):
        return [Problem("target_value", "target_not_better", f"{value} vs {baseline}")]
    return []


def planned_value(target: Target, day: date) -> float:
    """The plan on `day`: the baseline until the start, a straight line to the target at the
    deadline, the target after it."""
    if day <= target.start:
        return target.baseline_value
    if day >= target.deadline:
        return target.target_value
    share = (day - target.start).days / (target.deadline - target.start).days
    # Weighted sum rather than b + (t − b)·share: cannot overflow for any finite b and t.
    return target.baseline_value * (1.0 - share) + target.target_value * share


def assess(
    target: Target,
    observations: Sequence[tuple[date, float | None]],
    today: date,
    *,
    tolerance: float = 0.02,
    confirm: int = CONFIRM_EARLY,
) -> TargetStatus:
    """Where the target stands on `today`, from the observations known by then.

    Observations after `today` are ignored, so an assessment for a past day sees what was known
    then. `tolerance` is a share of the KPI's scale (the larger of |baseline| and |target|).
    States and reasons, checked in this order:

    - no_data (no_observations): no observation with a finite value;
    - after the deadline, judged on the last observation up to the deadline (or, without one,
      the first after it): achieved (met_at_deadline) or missed (not_met_at_deadline);
    - achieved (met_early): the latest `confirm` observations all meet the target already;
    - before the start: on_track (not_started), or at_risk when the latest value is already
      worse than the baseline by more than the tolerance (not_started_worse_than_baseline);
    - on_track (trend_meets_target) when the forecast reaches the target within the tolerance
      and the latest value is not behind the plan for its date by more than the tolerance;
      otherwise at_risk (trend_misses_target, or behind_plan). With fewer than 3 observations
      since the start the latest value is the forecast, and the reasons are
      few_points_latest_meets_target / few_points_latest_misses_target.
    """
    known = _known(observations, today)
    planned_now = planned_value(target, today)
    if not known:
        return TargetStatus("no_data", None, None, planned_now, None, None, "no_observations")
    latest_date, latest = known[-1]
    forecast, from_trend = _forecast(target, known)
    state, reason = _judge(target, known, today, (forecast, from_trend), tolerance, confirm)
    progress = _progress(target, latest)
    return TargetStatus(state, latest, latest_date, planned_now, forecast, progress, reason)


def _judge(
    target: Target,
    known: list[tuple[date, float]],
    today: date,
    forecast: tuple[float, bool],
    tolerance: float,
    confirm: int,
) -> tuple[State, str]:
    """The state and its reason code, in the order `assess` documents."""
    goal, better = target.target_value, target.better
    if today > target.deadline:
        if _meets(_judged_at_deadline(target, known), goal, better):
            return "achieved", "met_at_deadline"
        return "missed", "not_met_at_deadline"
    if 0 < confirm <= len(known) and all(_meets(v, goal, better) for _, v in known[-confirm:]):
        return "achieved", "met_early"
    scale = max(abs(target.baseline_value), abs(target.target_value))
    slack = tolerance * scale if better == "lower" else -tolerance * scale
    latest_date, latest = known[-1]
    if today < target.start:
        if _meets(latest, target.baseline_value + slack, better):
            return "on_track", "not_started"
        return "at_risk", "not_started_worse_than_baseline"
    value, from_trend = forecast
    forecast_ok = _meets(value, goal + slack, better)
    if not from_trend:
        if forecast_ok:
            return "on_track", "few_points_latest_meets_target"
        return "at_risk", "few_points_latest_misses_target"
    if not forecast_ok:
        return "at_risk", "trend_misses_target"
    if not _meets(latest, planned_value(target, latest_date) + slack, better):
        return "at_risk", "behind_plan"
    return "on_track", "trend_meets_target"


def _known(
    observations: Sequence[tuple[date, float | None]], today: date
) -> list[tuple[date, float]]:
    """Observations with a finite value up to `today`, by date (stable for equal dates)."""
    known = [
        (day, float(value))
        for day, value in observations
        if value is not None and math.isfinite(value) and day <= today
    ]
    return sorted(known, key=lambda item: item[0])


def _forecast(target: Target, known: list[tuple[date, float]]) -> tuple[float, bool]:
    """(value at the deadline, True when from a trend) — the latest value when no trend."""
    since = [(day, value) for day, value in known if day >= target.start]
    days = np.array([(day - target.start).days for day, _ in since], dtype=np.float64)
    if len(since) < TREND_MIN_POINTS or np.ptp(days) == 0:
        return known[-1][1], False
    values = np.array([value for _, value in since], dtype=np.float64)
    # Scaled so that sums cannot overflow for any finite values.
    scale = float(np.max(np.abs(values))) or 1.0
    y = values / scale
    dx = days - days.mean()
    slope = float(dx @ (y - y.mean())) / float(dx @ dx)
    at_deadline = float(y.mean()) + slope * ((target.deadline - target.start).days - days.mean())
    with np.errstate(over="ignore"):
        return float(np.float64(at_deadline) * scale), True


def _judged_at_deadline(target: Target, known: list[tuple[date, float]]) -> float:
    until = [value for day, value in known if day <= target.deadline]
    if until:
        return until[-1]
    return known[0][1]


def _progress(target: Target, value: float) -> float | None:
    span = target.baseline_value - target.target_value
    if span == 0:
        return None
    progress = 100.0 * ((target.baseline_value - value) / span)
    return progress if math.isfinite(progress) else None


def _better(value: float, reference: float, better: Better) -> bool:
    return value < reference if better == "lower" else value > reference


def _meets(value: float, reference: float, better: Better) -> bool:
    """value is at least as good as reference (which may include the tolerance's slack)."""
    return value <= reference if better == "lower" else value >= reference
