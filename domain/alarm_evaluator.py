"""Turn readings and clock ticks into alarm transitions: raise, escalate, clear.

Pure and single-threaded: time comes in with the readings (`ts_ms`) and with `tick(now_ms)`,
never from a clock read here, so tests drive it to the millisecond.

How a condition becomes an alarm:
- Hysteresis: a hi alarm enters above the setpoint and leaves only below setpoint − deadband
  (lo mirrored, rate of change the same on |Δvalue/Δt| per minute), so a value hovering on the
  limit does not chatter.
- On-delay: the condition must hold continuously for `on_delay_s` before the alarm is raised;
  a single reading back inside restarts the wait. The off-delay does the same for clearing.
- A level condition holds between readings (a meter behind a deadband sends a steady value
  rarely), so the one-second tick can complete an on-delay. A reading without a usable value
  (None, NaN, ±inf, or a quality other than good or manual — calibration gas is not an
  emission) neither raises nor clears: it stops the hold and restarts any pending delay,
  because nobody knows what the value did meanwhile. Rate of change is judged at readings only.
- Comm loss: the latest reading has quality COMM_FAILURE, for the on-delay. Stale: no reading
  at all (any quality) for `setpoint` seconds, counted from the start of monitoring for a tag
  that never reported. A device that stops answering gives comm loss; a poller that stops
  sending gives stale: two causes, not one cause twice.
- Limits of one family on one tag (hi and hihi, lo and lolo) share one alarm: hihi escalates
  an active hi alarm; the alarm keeps the highest level it reached until the value is back
  inside the lowest one.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field

from domain.alarms import AlarmEvent, AlarmKind, AlarmLimit
from domain.quality import Quality
from domain.readings import Reading

USABLE_QUALITIES = frozenset({Quality.GOOD, Quality.MANUAL})
LIMIT_REMOVED = "limit_removed"


@dataclass(frozen=True, slots=True)
class AlarmTransition:
    """One change of an alarm. `value`: the evidence (the value; the rate per minute for rate of
    change; the age in seconds for stale; None for comm loss). `peak`: the worst evidence
    seen while the alarm was open. `previous` is the limit an escalation replaced."""

    event: AlarmEvent
    limit: AlarmLimit
    ts_ms: int
    value: float | None = None
    peak: float | None = None
    previous: AlarmLimit | None = None
    reason: str = ""

    @property
    def group(self) -> tuple[int, str]:
        return (self.limit.tag_id, self.limit.kind.family)


@dataclass(slots=True)
class _Condition:
    limit: AlarmLimit
    active: bool = False
    """After on/off delay: what the alarm logic acts on."""
    raw: bool = False
    """As last observed."""
    changed_at: int | None = None
    """When `raw` began to differ from `active`; None when they agree."""
    holds: bool = False
    """The last observation still stands, so time alone may complete a delay."""


@dataclass(slots=True)
class _Group:
    family: str
    conditions: list[_Condition]
    current: AlarmLimit | None = None
    peak: float | None = None


@dataclass(slots=True)
class _Tag:
    last_seen_ms: int
    groups: list[_Group] = field(default_factory=list)
    last_good: tuple[int, float] | None = None


class AlarmEvaluator:
    def __init__(self, limits: Iterable[AlarmLimit], now_ms: int) -> None:
        self._tags: dict[int, _Tag] = {}
        self.set_limits(limits, now_ms)

    def set_limits(self, limits: Iterable[AlarmLimit], now_ms: int) -> list[AlarmTransition]:
        """Use a changed set of limits. Unchanged limits keep their state (an edited message or
        setpoint does not clear an alarm); an open alarm whose limit is gone or disabled is
        cleared with reason `limit_removed`."""
        old_tags = self._tags
        self._tags = {}
        for limit in limits:
            if not limit.enabled:
                continue
            previous = old_tags.get(limit.tag_id)
            tag = self._tags.setdefault(
                limit.tag_id, _Tag(previous.last_seen_ms if previous else now_ms)
            )
            if previous is not None:
                tag.last_good = previous.last_good
            group = next((g for g in tag.groups if g.family == limit.kind.family), None)
            if group is None:
                group = _Group(limit.kind.family, [])
                tag.groups.append(group)
            group.conditions.append(_Condition(limit))
        transitions: list[AlarmTransition] = []
        for tag_id, old_tag in old_tags.items():
            for old in old_tag.groups:
                new = self._group(tag_id, old.family)
                if not _carry(old, new) and old.current is not None:
                    transitions.append(
                        AlarmTransition(
                            AlarmEvent.CLEAR,
                            old.current,
                            now_ms,
                            peak=old.peak,
                            reason=LIMIT_REMOVED,
                        )
                    )
        return transitions

    def restore(self, limit_id: int, peak: float | None = None) -> bool:
        """Continue an alarm found open at start-up instead of raising it again.

        False when no enabled limit has this id: the caller clears that alarm itself."""
        for tag in self._tags.values():
            for group in tag.groups:
                found = next((c for c in group.conditions if c.limit.id == limit_id), None)
                if found is None:
                    continue
                for condition in group.conditions:
                    if condition is found or (
                        found.limit.kind.is_level
                        and condition.limit.kind.severity <= found.limit.kind.severity
                    ):
                        condition.active = condition.raw = True
                        condition.changed_at, condition.holds = None, False
                group.current, group.peak = found.limit, peak
                return True
        return False

    def open_alarms(self) -> tuple[tuple[AlarmLimit, float | None], ...]:
        return tuple(
            (group.current, group.peak)
            for tag in self._tags.values()
            for group in tag.groups
            if group.current is not None
        )

    def feed(self, readings: Iterable[Reading]) -> list[AlarmTransition]:
        transitions: list[AlarmTransition] = []
        for reading in readings:
            tag = self._tags.get(reading.tag_id)
            if tag is not None:
                transitions += self._reading(tag, reading)
        return transitions

    def tick(self, now_ms: int) -> list[AlarmTransition]:
        """Let time pass: stale conditions, and delays of conditions that still hold."""
        transitions: list[AlarmTransition] = []
        for tag in self._tags.values():
            for group in tag.groups:
                value: float | None = None
                for condition in group.conditions:
                    kind = condition.limit.kind
                    if kind is AlarmKind.STALE:
                        age_s = max(0, now_ms - tag.last_seen_ms) / 1000
                        _observe(condition, age_s > condition.limit.setpoint, now_ms)
                        value = age_s
                    elif condition.holds and (kind.is_level or kind is AlarmKind.COMM_LOSS):
                        _promote(condition, now_ms)
                        if kind.is_level and tag.last_good is not None:
                            value = tag.last_good[1]
                _worsen(group, value)
                transitions += _settle(group, now_ms, value)
        return transitions

    def _group(self, tag_id: int, family: str) -> _Group | None:
        tag = self._tags.get(tag_id)
        return next((g for g in tag.groups if g.family == family), None) if tag else None

    def _reading(self, tag: _Tag, reading: Reading) -> list[AlarmTransition]:
        ts = reading.ts_ms
        gap_s = max(0, ts - tag.last_seen_ms) / 1000
        tag.last_seen_ms = max(tag.last_seen_ms, ts)
        usable = _usable(reading)
        value = reading.value if usable else None
        rate: float | None = None
        if value is not None:
            last = tag.last_good
            if last is not None and ts > last[0]:
                rate = abs(value - last[1]) * 60_000 / (ts - last[0])
                rate = rate if math.isfinite(rate) else None  # overflow: no evidence
            if last is None or ts > last[0]:
                tag.last_good = (ts, value)
        else:
            tag.last_good = None
        transitions: list[AlarmTransition] = []
        for group in tag.groups:
            evidence: float | None = value
            for condition in group.conditions:
                kind = condition.limit.kind
                if kind is AlarmKind.COMM_LOSS:
                    _observe(condition, reading.quality is Quality.COMM_FAILURE, ts)
                    condition.holds, evidence = True, None
                elif kind is AlarmKind.STALE:
                    _observe(condition, False, ts)
                    evidence = gap_s
                elif kind is AlarmKind.RATE_OF_CHANGE:
                    evidence = rate
                    if rate is not None:
                        _observe(condition, _beyond(condition, rate), ts)
                    elif value is None:
                        _interrupt(condition)
                elif value is not None:
                    _observe(condition, _beyond(condition, value), ts)
                    condition.holds = True
                else:
                    _interrupt(condition)
            _worsen(group, evidence)
            transitions += _settle(group, ts, evidence)
        return transitions


def _usable(reading: Reading) -> bool:
    value = reading.value
    return reading.quality in USABLE_QUALITIES and value is not None and math.isfinite(value)


def _beyond(condition: _Condition, value: float) -> bool:
    """The raw condition with hysteresis: leaving needs the deadband, entering does not."""
    limit = condition.limit
    margin = limit.deadband if condition.active else 0.0
    if limit.kind.is_low:
        return value < limit.setpoint + margin
    return value > limit.setpoint - margin


def _observe(condition: _Condition, raw: bool, now_ms: int) -> None:
    condition.holds = False
    if raw != condition.raw:
        condition.raw = raw
        condition.changed_at = now_ms if raw != condition.active else None
    _promote(condition, now_ms)


def _promote(condition: _Condition, now_ms: int) -> None:
    if condition.changed_at is None or condition.raw == condition.active:
        return
    limit = condition.limit
    delay_s = limit.on_delay_s if condition.raw else limit.off_delay_s
    if now_ms - condition.changed_at >= delay_s * 1000:
        condition.active = condition.raw
        condition.changed_at = None


def _interrupt(condition: _Condition) -> None:
    """Unknown value: keep the alarm as it is, forget any half-finished delay."""
    condition.holds = False
    condition.raw = condition.active
    condition.changed_at = None


def _worsen(group: _Group, evidence: float | None) -> None:
    if group.current is None or evidence is None:
        return
    if group.peak is None:
        group.peak = evidence
    elif group.family == "low":
        group.peak = min(group.peak, evidence)
    else:
        group.peak = max(group.peak, evidence)


def _settle(group: _Group, now_ms: int, evidence: float | None) -> list[AlarmTransition]:
    active = [c.limit for c in group.conditions if c.active]
    highest = max(active, key=lambda limit: limit.kind.severity, default=None)
    current = group.current
    if current is None:
        if highest is None:
            return []
        group.current, group.peak = highest, evidence
        return [AlarmTransition(AlarmEvent.RAISE, highest, now_ms, evidence, evidence)]
    if highest is None:
        group.current, peak, group.peak = None, group.peak, None
        return [AlarmTransition(AlarmEvent.CLEAR, current, now_ms, evidence, peak)]
    if highest.kind.severity > current.kind.severity:
        group.current = highest
        return [
            AlarmTransition(AlarmEvent.ESCALATE, highest, now_ms, evidence, group.peak, current)
        ]
    return []


def _carry(old: _Group, new: _Group | None) -> bool:
    """Move condition states of unchanged limits to the new group; False if its alarm is lost."""
    if new is None:
        return False
    by_id = {c.limit.id: c for c in old.conditions}
    for condition in new.conditions:
        before = by_id.get(condition.limit.id)
        if before is not None and before.limit.kind is condition.limit.kind:
            condition.active, condition.raw = before.active, before.raw
            condition.changed_at, condition.holds = before.changed_at, before.holds
    if old.current is None:
        return True
    kept = next((c for c in new.conditions if c.limit.id == old.current.id), None)
    if kept is None or kept.limit.kind is not old.current.kind:
        for condition in new.conditions:
            condition.active = condition.raw = False
            condition.changed_at = None
        return False
    new.current, new.peak = kept.limit, old.peak
    return True
