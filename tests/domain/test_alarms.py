"""Alarm limits, ISA-18.2 states and the evaluator, driven to the millisecond."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.alarm_evaluator import LIMIT_REMOVED, AlarmEvaluator, AlarmTransition
from domain.alarms import (
    AlarmEvent,
    AlarmKind,
    AlarmLimit,
    AlarmState,
    comment_problem,
    limit_problems,
    limit_set_problems,
    may_acknowledge,
    state_after,
)
from domain.quality import Quality
from domain.readings import Reading
from domain.roles import Role

TAG = 7
S = 1000  # ms per second


def hi(setpoint: float = 50.0, **kw: float) -> AlarmLimit:
    return AlarmLimit(1, TAG, AlarmKind.HI, setpoint, **kw)  # type: ignore[arg-type]


def r(ts_s: float, value: float | None, quality: Quality = Quality.GOOD) -> Reading:
    return Reading(TAG, int(ts_s * S), value, quality)


def events(transitions: list[AlarmTransition]) -> list[tuple[str, str, int]]:
    return [(t.event.value, t.limit.kind.value, t.ts_ms // S) for t in transitions]


def run(evaluator: AlarmEvaluator, *readings: Reading) -> list[AlarmTransition]:
    out: list[AlarmTransition] = []
    for reading in readings:
        out += evaluator.feed([reading])
    return out


# --- states ---------------------------------------------------------------------------------


def test_isa_18_2_state_changes() -> None:
    au, aa = AlarmState.ACTIVE_UNACKNOWLEDGED, AlarmState.ACTIVE_ACKNOWLEDGED
    cu, closed = AlarmState.CLEARED_UNACKNOWLEDGED, AlarmState.CLEARED
    assert state_after(au, AlarmEvent.ACKNOWLEDGE) is aa
    assert state_after(cu, AlarmEvent.ACKNOWLEDGE) is closed
    assert state_after(au, AlarmEvent.CLEAR) is cu
    assert state_after(aa, AlarmEvent.CLEAR) is closed
    assert state_after(aa, AlarmEvent.ESCALATE) is au, "an escalation must be acknowledged again"
    assert state_after(aa, AlarmEvent.ACKNOWLEDGE) is None
    assert state_after(closed, AlarmEvent.ACKNOWLEDGE) is None
    assert state_after(cu, AlarmEvent.CLEAR) is None
    assert state_after(au, AlarmEvent.RAISE) is None
    assert [s.is_open for s in (au, aa, cu, closed)] == [True, True, True, False]
    assert [s.is_active for s in (au, aa, cu, closed)] == [True, True, False, False]


def test_viewers_may_not_acknowledge() -> None:
    assert [may_acknowledge(role) for role in Role] == [True, True, True, False]


def test_comment_rules() -> None:
    assert comment_problem("  ") == "comment_required"
    assert comment_problem("x" * 1001) == "comment_too_long"
    assert comment_problem("desulphurisation pump restarted") is None


# --- validation -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("limit", "code"),
    [
        (AlarmLimit(1, 0, AlarmKind.HI, 1.0), "tag_required"),
        (AlarmLimit(1, 1, AlarmKind.HI, math.nan), "not_finite"),
        (AlarmLimit(1, 1, AlarmKind.HI, 1.0, deadband=-1), "bad_deadband"),
        (AlarmLimit(1, 1, AlarmKind.HI, 1.0, on_delay_s=-1), "bad_alarm_delay"),
        (AlarmLimit(1, 1, AlarmKind.HI, 1.0, off_delay_s=1e9), "bad_alarm_delay"),
        (AlarmLimit(1, 1, AlarmKind.HI, 1.0, priority=5), "bad_priority"),
        (AlarmLimit(1, 1, AlarmKind.STALE, 0.5), "bad_stale_time"),
        (AlarmLimit(1, 1, AlarmKind.RATE_OF_CHANGE, 0.0), "bad_rate"),
        (AlarmLimit(1, 1, AlarmKind.HI, 1.0, message="长" * 201), "message_too_long"),
    ],
)
def test_limit_problems(limit: AlarmLimit, code: str) -> None:
    assert code in [p.code for p in limit_problems(limit)]


def test_good_limits_have_no_problems() -> None:
    assert limit_problems(AlarmLimit(1, 1, AlarmKind.COMM_LOSS, on_delay_s=10)) == []
    assert limit_problems(AlarmLimit(1, 1, AlarmKind.LO, -5.0, deadband=0.5, priority=1)) == []


def test_limits_of_a_tag_stay_in_order_and_one_per_kind() -> None:
    lo = AlarmLimit(1, TAG, AlarmKind.LO, 6.0)
    high = AlarmLimit(2, TAG, AlarmKind.HI, 9.0)
    assert limit_set_problems(AlarmLimit(3, TAG, AlarmKind.HIHI, 10.0), [lo, high]) == []
    bad = limit_set_problems(AlarmLimit(3, TAG, AlarmKind.HIHI, 8.0), [lo, high])
    assert [p.code for p in bad] == ["limits_out_of_order"]
    assert limit_set_problems(AlarmLimit(3, TAG, AlarmKind.LO, 5.0), [lo])[0].code == (
        "limit_exists"
    )
    assert limit_set_problems(lo, [lo, high]) == [], "a limit does not clash with itself"
    assert limit_set_problems(AlarmLimit(4, TAG, AlarmKind.HI, 5.0), [lo])[0].code == (
        "limits_out_of_order"
    )
    other_tag = AlarmLimit(5, TAG + 1, AlarmKind.HI, 1.0)
    assert limit_set_problems(other_tag, [lo, high]) == []


# --- level limits ---------------------------------------------------------------------------


def test_hi_raises_above_and_clears_at_or_below_the_setpoint() -> None:
    evaluator = AlarmEvaluator([hi()], 0)
    out = run(evaluator, r(1, 49), r(2, 50), r(3, 50.1), r(4, 60), r(5, 50))
    assert events(out) == [("raise", "hi", 3), ("clear", "hi", 5)]
    assert out[0].value == 50.1
    assert out[1].peak == 60, "the clear reports the worst value of the occurrence"


def test_deadband_stops_chattering() -> None:
    hovering = [r(t, 50.5 if t % 2 else 49.6) for t in range(1, 21)]
    plain = AlarmEvaluator([hi()], 0)
    assert len(run(plain, *hovering)) == 20, "without deadband every crossing is an alarm"
    damped = AlarmEvaluator([hi(deadband=1.0)], 0)
    assert events(run(damped, *hovering)) == [("raise", "hi", 1)]
    assert events(damped.feed([r(30, 49.0)])) == [("clear", "hi", 30)]


def test_on_delay_requires_the_condition_to_persist() -> None:
    evaluator = AlarmEvaluator([hi(on_delay_s=5)], 0)
    # 4 s above, one reading back inside: the wait starts again.
    assert run(evaluator, r(0, 55), r(2, 55), r(4, 55), r(5, 49)) == []
    out = run(evaluator, r(6, 55), r(8, 56), r(10, 57), r(11, 58))
    assert events(out) == [("raise", "hi", 11)]


def test_on_delay_completes_on_a_tick_while_the_value_holds() -> None:
    evaluator = AlarmEvaluator([hi(on_delay_s=10)], 0)
    assert evaluator.feed([r(0, 60)]) == []
    assert evaluator.tick(9 * S) == []
    assert events(evaluator.tick(10 * S)) == [("raise", "hi", 10)]


def test_off_delay_requires_normal_to_persist() -> None:
    evaluator = AlarmEvaluator([hi(off_delay_s=3)], 0)
    assert events(run(evaluator, r(0, 60))) == [("raise", "hi", 0)]
    assert run(evaluator, r(1, 40), r(2, 40), r(3, 60), r(4, 40), r(6, 40)) == []
    assert events(evaluator.tick(7 * S)) == [("clear", "hi", 7)]


def test_lo_mirrors_hi() -> None:
    lo = AlarmLimit(2, TAG, AlarmKind.LO, 6.0, deadband=0.2)
    evaluator = AlarmEvaluator([lo], 0)
    out = run(evaluator, r(1, 6.0), r(2, 5.9), r(3, 5.5), r(4, 6.1), r(5, 6.3))
    assert events(out) == [("raise", "lo", 2), ("clear", "lo", 5)]
    assert out[1].peak == 5.5, "the peak of a low alarm is its lowest value"


def test_hi_escalates_to_hihi_and_keeps_its_peak_level_until_clear() -> None:
    limits = [hi(50), AlarmLimit(2, TAG, AlarmKind.HIHI, 80.0, priority=1)]
    evaluator = AlarmEvaluator(limits, 0)
    out = run(evaluator, r(1, 60), r(2, 90), r(3, 70), r(4, 95), r(5, 40))
    assert events(out) == [("raise", "hi", 1), ("escalate", "hihi", 2), ("clear", "hihi", 5)]
    escalation = out[1]
    assert escalation.previous is not None and escalation.previous.kind is AlarmKind.HI
    assert escalation.limit.priority == 1
    assert out[2].peak == 95


def test_a_jump_straight_past_hihi_raises_hihi_once() -> None:
    limits = [hi(50), AlarmLimit(2, TAG, AlarmKind.HIHI, 80.0)]
    evaluator = AlarmEvaluator(limits, 0)
    assert events(run(evaluator, r(1, 99), r(2, 99))) == [("raise", "hihi", 1)]


def test_hi_and_lo_on_one_tag_are_separate_alarms() -> None:
    limits = [AlarmLimit(1, TAG, AlarmKind.LO, 6.0), AlarmLimit(2, TAG, AlarmKind.HI, 9.0)]
    evaluator = AlarmEvaluator(limits, 0)
    out = run(evaluator, r(1, 5), r(2, 10), r(3, 7))
    expected = [("raise", "lo", 1), ("clear", "lo", 2), ("raise", "hi", 2), ("clear", "hi", 3)]
    assert events(out) == expected


@pytest.mark.parametrize(
    "bad",
    [
        Reading(TAG, 0, None, Quality.COMM_FAILURE),
        Reading(TAG, 0, math.nan),
        Reading(TAG, 0, math.inf),
        Reading(TAG, 0, 10.0, Quality.CALIBRATION),
        Reading(TAG, 0, 99.0, Quality.MAINTENANCE),
        Reading(TAG, 0, None, Quality.OUT_OF_RANGE),
    ],
)
def test_readings_without_a_usable_value_never_raise_or_clear(bad: Reading) -> None:
    quiet = AlarmEvaluator([hi(), AlarmLimit(2, TAG, AlarmKind.LO, 20.0)], 0)
    for second in range(1, 5):
        assert quiet.feed([Reading(TAG, second * S, bad.value, bad.quality)]) == []
        assert quiet.tick(second * S + 500) == []
    active = AlarmEvaluator([hi()], 0)
    assert len(active.feed([r(0, 70)])) == 1
    for second in range(1, 5):
        assert active.feed([Reading(TAG, second * S, bad.value, bad.quality)]) == []
        assert active.tick(second * S + 500) == []
    assert events(active.feed([r(10, 40)])) == [("clear", "hi", 10)]


def test_a_gap_of_unknown_values_restarts_the_on_delay() -> None:
    evaluator = AlarmEvaluator([hi(on_delay_s=5)], 0)
    assert run(evaluator, r(0, 60), r(3, None, Quality.COMM_FAILURE), r(5, 60)) == []
    assert evaluator.tick(9 * S) == []
    assert events(evaluator.tick(10 * S)) == [("raise", "hi", 10)]


def test_a_manual_value_counts() -> None:
    evaluator = AlarmEvaluator([hi()], 0)
    assert events(evaluator.feed([r(1, 70, Quality.MANUAL)])) == [("raise", "hi", 1)]


def test_other_tags_are_ignored() -> None:
    evaluator = AlarmEvaluator([hi()], 0)
    assert evaluator.feed([Reading(TAG + 1, 1000, 1e9)]) == []


# --- rate of change, stale, comm loss -------------------------------------------------------


def test_rate_of_change_per_minute_in_either_direction() -> None:
    limit = AlarmLimit(3, TAG, AlarmKind.RATE_OF_CHANGE, 60.0, deadband=10.0)
    evaluator = AlarmEvaluator([limit], 0)
    # 1 unit/s = 60/min: not above. 2 units/s = 120/min: above.
    out = run(evaluator, r(0, 0), r(1, 1), r(2, 3), r(3, 1), r(4, 1.9), r(5, 1.9))
    assert events(out) == [("raise", "rate_of_change", 2), ("clear", "rate_of_change", 5)]
    assert out[0].value == pytest.approx(120.0)
    assert out[1].peak == pytest.approx(120.0)


def test_rate_of_change_ignores_duplicates_and_gaps() -> None:
    limit = AlarmLimit(3, TAG, AlarmKind.RATE_OF_CHANGE, 60.0)
    evaluator = AlarmEvaluator([limit], 0)
    assert run(evaluator, r(0, 0), r(0, 500), r(1, 0.5)) == [], "same timestamp: no rate"
    gap = run(evaluator, r(2, None, Quality.COMM_FAILURE), r(3, 900), r(4, 900.5))
    assert gap == [], "no rate is computed across a reading without a value"


def test_stale_after_setpoint_seconds_without_any_reading() -> None:
    stale = AlarmLimit(4, TAG, AlarmKind.STALE, 30.0)
    evaluator = AlarmEvaluator([stale], 0)
    assert evaluator.tick(30 * S) == [], "counted from the start of monitoring"
    raised = evaluator.tick(31 * S)
    assert events(raised) == [("raise", "stale", 31)]
    assert raised[0].value == 31
    assert evaluator.tick(40 * S) == []
    cleared = evaluator.feed([r(45, None, Quality.COMM_FAILURE)])
    assert events(cleared) == [("clear", "stale", 45)], "any reading shows acquisition is alive"
    assert cleared[0].peak == 45
    assert evaluator.tick(70 * S) == []
    assert events(evaluator.tick(76 * S)) == [("raise", "stale", 76)]


def test_comm_loss_needs_its_on_delay_and_clears_on_any_answer() -> None:
    comm = AlarmLimit(5, TAG, AlarmKind.COMM_LOSS, on_delay_s=10)
    evaluator = AlarmEvaluator([comm], 0)
    failing = Quality.COMM_FAILURE
    assert run(evaluator, r(0, None, failing), r(5, None, failing)) == []
    assert evaluator.tick(9 * S) == []
    assert events(evaluator.tick(10 * S)) == [("raise", "comm_loss", 10)]
    assert evaluator.feed([r(20, None, Quality.DEVICE_EXCEPTION)])[0].event is AlarmEvent.CLEAR


def test_comm_loss_short_outage_is_no_alarm() -> None:
    comm = AlarmLimit(5, TAG, AlarmKind.COMM_LOSS, on_delay_s=10)
    evaluator = AlarmEvaluator([comm], 0)
    assert run(evaluator, r(0, None, Quality.COMM_FAILURE), r(4, 10)) == []
    assert evaluator.tick(30 * S) == []


# --- configuration changes and restarts -----------------------------------------------------


def test_an_edited_limit_keeps_its_alarm_and_a_removed_one_clears_it() -> None:
    evaluator = AlarmEvaluator([hi()], 0)
    evaluator.feed([r(1, 70)])
    assert evaluator.set_limits([hi(message="new text")], 2 * S) == []
    assert [limit.message for limit, _ in evaluator.open_alarms()] == ["new text"]
    assert evaluator.feed([r(3, 71)]) == [], "no second raise"
    cleared = evaluator.set_limits([], 4 * S)
    assert [(t.event, t.reason, t.peak) for t in cleared] == [(AlarmEvent.CLEAR, LIMIT_REMOVED, 71)]
    assert evaluator.set_limits([hi()], 5 * S) == []
    assert events(evaluator.feed([r(6, 70)])) == [("raise", "hi", 6)]


def test_disabling_a_limit_clears_its_alarm() -> None:
    evaluator = AlarmEvaluator([hi()], 0)
    evaluator.feed([r(1, 70)])
    disabled = AlarmLimit(1, TAG, AlarmKind.HI, 50.0, enabled=False)
    assert [t.event for t in evaluator.set_limits([disabled], 2 * S)] == [AlarmEvent.CLEAR]
    assert evaluator.feed([r(3, 90)]) == []


def test_a_restored_alarm_is_continued_not_raised_again() -> None:
    limits = [hi(50), AlarmLimit(2, TAG, AlarmKind.HIHI, 80.0)]
    evaluator = AlarmEvaluator(limits, 0)
    assert evaluator.restore(2, peak=85.0)
    assert not evaluator.restore(99)
    assert evaluator.feed([r(1, 90)]) == []
    assert evaluator.feed([r(2, 60)]) == [], "still above hi: the hihi alarm stays open"
    cleared = evaluator.feed([r(3, 10)])
    assert events(cleared) == [("clear", "hihi", 3)]
    assert cleared[0].peak == 90


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.none(),
            st.floats(allow_nan=True, allow_infinity=True),
            st.floats(min_value=-100, max_value=200),
        ),
        max_size=60,
    ),
    st.floats(min_value=0, max_value=5),
    st.floats(min_value=0, max_value=3),
)
def test_transitions_alternate_and_never_fail(
    values: list[float | None], deadband: float, delay: float
) -> None:
    limits = [
        hi(50.0, deadband=deadband, on_delay_s=delay),
        AlarmLimit(2, TAG, AlarmKind.HIHI, 120.0),
        AlarmLimit(3, TAG, AlarmKind.LO, 0.0, off_delay_s=delay),
        AlarmLimit(4, TAG, AlarmKind.RATE_OF_CHANGE, 600.0),
        AlarmLimit(5, TAG, AlarmKind.COMM_LOSS, on_delay_s=delay),
        AlarmLimit(6, TAG, AlarmKind.STALE, 2.0),
    ]
    evaluator = AlarmEvaluator(limits, 0)
    open_groups: set[tuple[int, str]] = set()
    for second, value in enumerate(values, start=1):
        quality = Quality.COMM_FAILURE if value is None else Quality.GOOD
        out = evaluator.feed([r(second, value, quality)]) + evaluator.tick(second * S + 500)
        for transition in out:
            if transition.event is AlarmEvent.RAISE:
                assert transition.group not in open_groups
                open_groups.add(transition.group)
            else:
                assert transition.group in open_groups
                if transition.event is AlarmEvent.CLEAR:
                    open_groups.discard(transition.group)
            if transition.value is not None:
                assert math.isfinite(transition.value)
    assert {(limit.tag_id, limit.kind.family) for limit, _ in evaluator.open_alarms()} == (
        open_groups
    )
