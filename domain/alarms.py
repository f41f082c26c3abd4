"""Alarm limits, the ISA-18.2 alarm states, and the rules that check a limit before it is saved.

An alarm here is one occurrence: raised when a limit's condition has held for its on-delay,
possibly escalated (hi → hihi, lo → lolo), cleared when the condition has been gone for its
off-delay, and acknowledged by a person with a comment. ISA-18.2 names four states for it;
an occurrence is closed only when it is both cleared and acknowledged, so an alarm that came
and went while nobody looked stays in the alarm list until someone has seen it.

The evaluator that turns readings into raise/escalate/clear transitions is in
`domain.alarm_evaluator`, which builds on these types.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from domain.instrument_rules import Problem
from domain.roles import Permission, Role, role_allows

PRIORITIES = (1, 2, 3, 4)
"""1 is the most urgent (critical, high, medium, low), as ISA-18.2 rationalization ranks them."""

MAX_DELAY_S = 86_400.0
MAX_MESSAGE = 200
MAX_COMMENT = 1000


class AlarmKind(StrEnum):
    HIHI = "hihi"
    HI = "hi"
    LO = "lo"
    LOLO = "lolo"
    RATE_OF_CHANGE = "rate_of_change"
    STALE = "stale"
    COMM_LOSS = "comm_loss"

    @property
    def family(self) -> str:
        """Limits of one family on one tag share a single alarm: hihi escalates an active hi."""
        return _FAMILIES[self]

    @property
    def severity(self) -> int:
        """Order inside a family: an alarm escalates to a higher severity, never back down."""
        return 2 if self in (AlarmKind.HIHI, AlarmKind.LOLO) else 1

    @property
    def is_level(self) -> bool:
        return self in (AlarmKind.HIHI, AlarmKind.HI, AlarmKind.LO, AlarmKind.LOLO)

    @property
    def is_high(self) -> bool:
        return self in (AlarmKind.HIHI, AlarmKind.HI)

    @property
    def is_low(self) -> bool:
        return self in (AlarmKind.LO, AlarmKind.LOLO)


_FAMILIES: Mapping[AlarmKind, str] = MappingProxyType(
    {
        AlarmKind.HIHI: "high",
        AlarmKind.HI: "high",
        AlarmKind.LO: "low",
        AlarmKind.LOLO: "low",
        AlarmKind.RATE_OF_CHANGE: "rate",
        AlarmKind.STALE: "stale",
        AlarmKind.COMM_LOSS: "comm",
    }
)


def family_kinds(family: str) -> tuple[AlarmKind, ...]:
    return tuple(kind for kind in AlarmKind if kind.family == family)


class AlarmState(StrEnum):
    ACTIVE_UNACKNOWLEDGED = "active_unacknowledged"
    ACTIVE_ACKNOWLEDGED = "active_acknowledged"
    CLEARED_UNACKNOWLEDGED = "cleared_unacknowledged"
    CLEARED = "cleared"
    """Cleared and acknowledged: the occurrence is closed, only history remains."""

    @property
    def is_active(self) -> bool:
        return self in (AlarmState.ACTIVE_UNACKNOWLEDGED, AlarmState.ACTIVE_ACKNOWLEDGED)

    @property
    def is_acknowledged(self) -> bool:
        return self in (AlarmState.ACTIVE_ACKNOWLEDGED, AlarmState.CLEARED)

    @property
    def is_open(self) -> bool:
        """Shown in the alarm list: still active, or not yet seen by anyone."""
        return self is not AlarmState.CLEARED


class AlarmEvent(StrEnum):
    RAISE = "raise"
    ESCALATE = "escalate"
    CLEAR = "clear"
    ACKNOWLEDGE = "acknowledge"


RAISED_STATE = AlarmState.ACTIVE_UNACKNOWLEDGED

STATE_AFTER: Mapping[AlarmEvent, Mapping[AlarmState, AlarmState]] = MappingProxyType(
    {
        AlarmEvent.ESCALATE: MappingProxyType(
            {
                AlarmState.ACTIVE_UNACKNOWLEDGED: AlarmState.ACTIVE_UNACKNOWLEDGED,
                AlarmState.ACTIVE_ACKNOWLEDGED: AlarmState.ACTIVE_UNACKNOWLEDGED,
            }
        ),
        AlarmEvent.CLEAR: MappingProxyType(
            {
                AlarmState.ACTIVE_UNACKNOWLEDGED: AlarmState.CLEARED_UNACKNOWLEDGED,
                AlarmState.ACTIVE_ACKNOWLEDGED: AlarmState.CLEARED,
            }
        ),
        AlarmEvent.ACKNOWLEDGE: MappingProxyType(
            {
                AlarmState.ACTIVE_UNACKNOWLEDGED: AlarmState.ACTIVE_ACKNOWLEDGED,
                AlarmState.CLEARED_UNACKNOWLEDGED: AlarmState.CLEARED,
            }
        ),
    }
)
"""ISA-18.2 state changes of an occurrence; an escalation must be acknowledged again.

A pair missing here is a change that cannot happen (acknowledging twice, clearing a cleared
alarm). Storage applies this table inside one UPDATE, so an acknowledgement racing with a
clear still lands in the right state.
"""


def state_after(state: AlarmState, event: AlarmEvent) -> AlarmState | None:
    """The state after `event`, or None when the event does not apply in `state`."""
    if event is AlarmEvent.RAISE:
        return None
    return STATE_AFTER[event].get(state)


ACKNOWLEDGE_PERMISSION = Permission.FILL_CHECKLISTS
"""Who may acknowledge: administrators, engineers and inspectors, never viewers.

Acknowledging is a signed statement about the plant, like filling a checklist, so it goes
with the same grant. A dedicated permission in `domain.roles` may replace this constant.
"""


def may_acknowledge(role: Role) -> bool:
    return role_allows(role, ACKNOWLEDGE_PERMISSION)


@dataclass(frozen=True, slots=True)
class AlarmLimit:
    """One limit on one tag. `setpoint` means, by kind:

    hi/hihi/lo/lolo: the value; rate_of_change: units per minute (either direction);
    stale: seconds without any reading; comm_loss: unused (the on-delay says how long the
    device must fail to answer).
    """

    id: int
    tag_id: int
    kind: AlarmKind
    setpoint: float = 0.0
    deadband: float = 0.0
    on_delay_s: float = 0.0
    off_delay_s: float = 0.0
    priority: int = 3
    enabled: bool = True
    message: str = ""
    message_en: str = ""


def limit_problems(limit: AlarmLimit) -> list[Problem]:
    problems: list[Problem] = []
    if limit.tag_id <= 0:
        problems.append(Problem("tag_id", "tag_required"))
    numbers = {
        "setpoint": limit.setpoint,
        "deadband": limit.deadband,
        "on_delay_s": limit.on_delay_s,
        "off_delay_s": limit.off_delay_s,
    }
    finite = {name: value for name, value in numbers.items() if math.isfinite(value)}
    problems += [Problem(n, "not_finite", str(v)) for n, v in numbers.items() if n not in finite]
    if finite.get("deadband", 0.0) < 0:
        problems.append(Problem("deadband", "bad_deadband", str(limit.deadband)))
    for name in ("on_delay_s", "off_delay_s"):
        if not 0 <= finite.get(name, 0.0) <= MAX_DELAY_S:
            problems.append(Problem(name, "bad_alarm_delay", str(numbers[name])))
    if limit.priority not in PRIORITIES:
        problems.append(Problem("priority", "bad_priority", str(limit.priority)))
    setpoint = finite.get("setpoint", 1.0)
    if limit.kind is AlarmKind.STALE and not 1 <= setpoint <= MAX_DELAY_S:
        problems.append(Problem("setpoint", "bad_stale_time", str(limit.setpoint)))
    if limit.kind is AlarmKind.RATE_OF_CHANGE and setpoint <= 0:
        problems.append(Problem("setpoint", "bad_rate", str(limit.setpoint)))
    for name, text in (("message", limit.message), ("message_en", limit.message_en)):
        if len(text) > MAX_MESSAGE:
            problems.append(Problem(name, "message_too_long", str(MAX_MESSAGE)))
    return problems


def limit_set_problems(limit: AlarmLimit, others: Iterable[AlarmLimit]) -> list[Problem]:
    """Problems of `limit` among the other limits of its tag: one per kind, levels in order.

    hihi above hi above lo above lolo; a hi at or below a lo would leave no normal band.
    """
    same_tag = [o for o in others if o.tag_id == limit.tag_id and o.id != limit.id]
    if any(o.kind is limit.kind for o in same_tag):
        return [Problem("kind", "limit_exists", limit.kind.value)]
    if not limit.kind.is_level:
        return []
    rank = {AlarmKind.LOLO: 0, AlarmKind.LO: 1, AlarmKind.HI: 2, AlarmKind.HIHI: 3}
    for other in same_tag:
        if not other.kind.is_level:
            continue
        below = rank[other.kind] < rank[limit.kind]
        if (below and other.setpoint >= limit.setpoint) or (
            not below and other.setpoint <= limit.setpoint
        ):
            return [Problem("setpoint", "limits_out_of_order", f"{other.kind}={other.setpoint:g}")]
    return []


def comment_problem(comment: str) -> str | None:
    """An acknowledgement says why it is acceptable: a comment is required, within bounds."""
    text = comment.strip()
    if not text:
        return "comment_required"
    if len(text) > MAX_COMMENT:
        return "comment_too_long"
    return None
