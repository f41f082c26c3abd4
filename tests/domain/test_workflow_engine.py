"""The workflow state machine on a hand-written definition: the happy path, rejections and the
way back, sequential approval levels, the separation of doing and approving, escalation after
the time limit, conditional steps, and every refusal code."""

from __future__ import annotations

from typing import Any

import pytest

from domain.roles import Role
from domain.workflow_engine import (
    InstanceState,
    Status,
    approve,
    cancel,
    complete_task,
    condition_holds,
    current_assignment,
    due_ms,
    is_overdue,
    may_act,
    reject,
    reject_target,
    should_escalate,
    start,
)
from domain.workflow_model import Operator, StepCondition, StepKind, WorkflowStepError
from domain.workflow_parser import parse_definition

T = {"zh": "文字", "en": "Text"}
ADMIN, ENGINEER, INSPECTOR, VIEWER = (
    Role.ADMINISTRATOR, Role.ENGINEER, Role.INSPECTOR, Role.VIEWER,
)  # fmt: skip
HOUR = 3_600_000

# fill (inspector; engineer after 24 h) → check (engineer, then administrator; rejects to fill)
# → big (administrator, only amount ≥ 100; no on_reject) → act (the owner; 1 attachment)
# → confirm (engineer; rejects to act) → report (inspector, only kind b)
DEFINITION = parse_definition(
    {
        "format": 1, "code": "demo", "version": 1, "name": T, "triggers": ["manual"],
        "fields": [
            {"code": "amount", "label": T, "type": "number"},
            {"code": "kind", "label": T, "type": "choice",
             "choices": [{"code": "a", "label": T}, {"code": "b", "label": T}]},
            {"code": "note", "label": T, "type": "text"},
            {"code": "owner", "label": T, "type": "person"},
            {"code": "result", "label": T, "type": "text"},
            {"code": "done_on", "label": T, "type": "date"},
        ],
        "steps": [
            {"code": "fill", "name": T, "kind": "task", "role": "inspector",
             "fields": ["note", "owner"], "required": ["note", "owner"],
             "time_limit_hours": 24, "escalate_to": "engineer"},
            {"code": "check", "name": T, "kind": "approval", "meaning": T, "on_reject": "fill",
             "approvers": [{"role": "engineer", "department": "生产部"},
                           {"role": "administrator"}]},
            {"code": "big", "name": T, "kind": "approval", "meaning": T,
             "approvers": [{"role": "administrator"}],
             "when": [{"field": "amount", "op": ">=", "value": 100}]},
            {"code": "act", "name": T, "kind": "task", "person_field": "owner",
             "fields": ["result", "done_on"], "required": ["result", "done_on"], "evidence": 1,
             "time_limit_hours": 168, "escalate_to": "engineer"},
            {"code": "confirm", "name": T, "kind": "approval", "meaning": T, "on_reject": "act",
             "approvers": [{"role": "engineer"}]},
            {"code": "report", "name": T, "kind": "task", "role": "inspector",
             "when": [{"field": "kind", "op": "==", "value": "b"}]},
        ],
    }
)  # fmt: skip
FILL = {"note": "泵房漏水", "owner": "olga"}
ACT = {"result": "已更换密封", "done_on": "2024-05-02"}


def _started(amount: float = 50, kind: str = "a") -> InstanceState:
    return start(DEFINITION, {"amount": amount, "kind": kind})


def _at_act(amount: float = 50) -> InstanceState:
    state = complete_task(DEFINITION, _started(amount), "ann", INSPECTOR, FILL, 0)
    state = approve(DEFINITION, state, "eric", ENGINEER)
    state = approve(DEFINITION, state, "boss", ADMIN)
    if amount >= 100:
        state = approve(DEFINITION, state, "director", ADMIN)
    return state


def _refusal(function: Any, *args: Any, **kwargs: Any) -> tuple[str, str | None]:
    with pytest.raises(WorkflowStepError) as caught:
        function(DEFINITION, *args, **kwargs)
    return caught.value.code, caught.value.field


def test_start_stands_on_the_first_step_with_the_start_values() -> None:
    state = _started()
    assert (state.status, state.step, state.level) == (Status.RUNNING, "fill", 0)
    assert dict(state.values) == {"amount": 50.0, "kind": "a"}
    assert state.doers == () and state.approvals == ()


@pytest.mark.parametrize(
    ("values", "problem"),
    [
        ({"kind": "a"}, ("missing_field", "amount")),
        ({"amount": "50", "kind": "a"}, ("bad_value", "amount")),
        ({"amount": True, "kind": "a"}, ("bad_value", "amount")),
        ({"amount": 5, "kind": "c"}, ("bad_value", "kind")),
        ({"amount": 5, "kind": "a", "note": "x"}, ("unknown_field", "note")),
    ],
)
def test_start_values_are_checked(values: dict[str, object], problem: tuple[str, str]) -> None:
    assert _refusal(start, values) == problem


def test_happy_path_records_doers_and_approvals_and_completes() -> None:
    state = _at_act()
    assert state.step == "act"  # "big" skipped: amount 50 < 100
    state = complete_task(DEFINITION, state, "olga", INSPECTOR, ACT, 1)
    assert state.step == "confirm"
    state = approve(DEFINITION, state, "erin", ENGINEER)
    assert (state.status, state.step) == (Status.COMPLETED, None)  # "report" skipped: kind a
    assert state.doers == (("fill", "ann"), ("act", "olga"))
    assert state.approvals == (("check", 0, "eric"), ("check", 1, "boss"), ("confirm", 0, "erin"))
    assert state.values["result"] == "已更换密封"


def test_conditions_bring_in_the_steps_they_guard() -> None:
    assert _at_act(amount=100).approvals[-1] == ("big", 0, "director")
    state = complete_task(DEFINITION, _started(kind="b"), "ann", INSPECTOR, FILL, 0)
    state = approve(DEFINITION, approve(DEFINITION, state, "eric", ENGINEER), "boss", ADMIN)
    state = complete_task(DEFINITION, state, "olga", INSPECTOR, ACT, 1)
    state = approve(DEFINITION, state, "erin", ENGINEER)
    assert state.step == "report"


def test_sequential_levels_go_in_order() -> None:
    state = complete_task(DEFINITION, _started(), "ann", INSPECTOR, FILL, 0)
    first = current_assignment(DEFINITION, state)
    assert first is not None
    assert (first.kind, first.roles, first.department, first.level, first.levels) == (
        StepKind.APPROVAL, (ENGINEER,), "生产部", 0, 2,
    )  # fmt: skip
    assert first.meaning is not None
    assert _refusal(approve, state, "ivan", INSPECTOR) == ("wrong_role", None)
    state = approve(DEFINITION, state, "eric", ENGINEER)
    assert (state.step, state.level) == ("check", 1)
    assert _refusal(approve, state, "erin", ENGINEER) == ("wrong_role", None)


def test_an_approver_may_not_sign_two_levels() -> None:
    state = complete_task(DEFINITION, _started(), "ann", INSPECTOR, FILL, 0)
    state = approve(DEFINITION, state, "boss", ADMIN)  # an administrator may sign any level
    assert _refusal(approve, state, "boss", ADMIN) == ("already_approved", "check")
    assert _refusal(reject, state, "boss", ADMIN, "no") == ("already_approved", "check")


def test_whoever_did_a_task_may_not_approve() -> None:
    state = complete_task(DEFINITION, _started(), "boss", ADMIN, FILL, 0)
    assert _refusal(approve, state, "boss", ADMIN) == ("approver_is_doer", "check")
    assert _refusal(reject, state, "boss", ADMIN, "no") == ("approver_is_doer", "check")
    state = complete_task(DEFINITION, _at_act(), "olga", INSPECTOR, ACT, 1)
    assert _refusal(approve, state, "olga", ENGINEER) == ("approver_is_doer", "confirm")


def test_rejection_returns_to_the_named_step_and_the_redo_is_recorded_afresh() -> None:
    state = complete_task(DEFINITION, _started(), "ann", INSPECTOR, FILL, 0)
    state = approve(DEFINITION, state, "eric", ENGINEER)
    assert _refusal(reject, state, "boss", ADMIN, "  ") == ("note_required", "check")
    state = reject(DEFINITION, state, "boss", ADMIN, "原因分析不充分")
    assert (state.status, state.step, state.level) == (Status.RUNNING, "fill", 0)
    assert state.doers == () and state.approvals == ()
    assert state.values["note"] == "泵房漏水"  # kept for the redo
    state = complete_task(DEFINITION, state, "ivy", INSPECTOR, {"note": "密封老化"}, 0)
    state = approve(DEFINITION, state, "ann", ENGINEER)  # ann's first round no longer counts
    state = approve(DEFINITION, state, "boss", ADMIN)
    assert state.step == "act"
    assert state.doers == (("fill", "ivy"),)


def test_rejection_after_a_task_keeps_earlier_approvals() -> None:
    state = complete_task(DEFINITION, _at_act(), "olga", INSPECTOR, ACT, 1)
    state = reject(DEFINITION, state, "erin", ENGINEER, "照片不清楚")
    assert state.step == "act"
    assert state.doers == (("fill", "ann"),)
    assert [approval[0] for approval in state.approvals] == ["check", "check"]


def test_without_on_reject_a_rejection_redoes_the_nearest_earlier_task() -> None:
    state = complete_task(DEFINITION, _started(amount=120), "ann", INSPECTOR, FILL, 0)
    state = approve(DEFINITION, approve(DEFINITION, state, "eric", ENGINEER), "boss", ADMIN)
    assert state.step == "big"
    assert reject_target(DEFINITION, DEFINITION.step("big"), state.values) == "fill"
    state = reject(DEFINITION, state, "director", ADMIN, "投资过大")
    assert state.step == "fill" and state.approvals == ()


def test_on_reject_end_and_no_earlier_task_end_the_instance_as_rejected() -> None:
    definition = parse_definition(
        {
            "format": 1, "code": "short", "version": 1, "name": T, "triggers": ["manual"],
            "fields": [{"code": "reason", "label": T, "type": "text"}],
            "steps": [
                {"code": "first", "name": T, "kind": "approval", "meaning": T,
                 "approvers": [{"role": "engineer"}]},
                {"code": "ask", "name": T, "kind": "task", "role": "engineer",
                 "fields": ["reason"], "required": ["reason"]},
                {"code": "decide", "name": T, "kind": "approval", "meaning": T,
                 "approvers": [{"role": "administrator"}], "on_reject": "end"},
            ],
        }
    )  # fmt: skip
    state = start(definition, {})
    assert reject_target(definition, definition.step("first"), state.values) is None
    assert reject(definition, state, "eric", ENGINEER, "不需要").status is Status.REJECTED
    state = approve(definition, state, "eric", ENGINEER)
    state = complete_task(definition, state, "erin", ENGINEER, {"reason": "产量变化"}, 0)
    ended = reject(definition, state, "boss", ADMIN, "理由不足")
    assert (ended.status, ended.step) == (Status.REJECTED, None)
    assert current_assignment(definition, ended) is None


def test_only_the_named_person_does_a_personal_task() -> None:
    state = _at_act()
    assignment = current_assignment(DEFINITION, state)
    assert assignment is not None and assignment.person == "olga"
    assert _refusal(complete_task, state, "ivan", INSPECTOR, ACT, 1) == ("wrong_person", None)
    assert _refusal(complete_task, state, "erin", ENGINEER, ACT, 1) == ("wrong_person", None)
    assert may_act(DEFINITION, state, "olga", VIEWER) == "wrong_role"
    assert may_act(DEFINITION, state, "boss", ADMIN) is None
    assert may_act(DEFINITION, state, "erin", ENGINEER, escalated=True) is None


def test_escalation_lets_the_escalation_role_act_after_the_time_limit() -> None:
    state = _started()
    fill = DEFINITION.step("fill")
    entered = 1_700_000_000_000
    assert due_ms(fill, entered) == entered + 24 * HOUR
    assert _refusal(complete_task, state, "erin", ENGINEER, FILL, 0) == ("wrong_role", None)
    assert not should_escalate(fill, entered, entered + 24 * HOUR, False)
    assert should_escalate(fill, entered, entered + 24 * HOUR + 1, False)
    assert not should_escalate(fill, entered, entered + 48 * HOUR, True)  # only once
    done = complete_task(DEFINITION, state, "erin", ENGINEER, FILL, 0, escalated=True)
    assert done.doers == (("fill", "erin"),)
    assert may_act(DEFINITION, state, "vera", VIEWER, escalated=True) == "wrong_role"


def test_time_limits() -> None:
    assert due_ms(DEFINITION.step("check"), 0) is None
    assert not should_escalate(DEFINITION.step("check"), 0, 10**12, False)
    assert not is_overdue(None, 10**12)
    assert not is_overdue(1000, 1000) and is_overdue(1000, 1001)


@pytest.mark.parametrize(
    ("values", "attachments", "problem"),
    [
        ({"note": "x"}, 0, ("missing_field", "owner")),
        ({"note": "  ", "owner": "olga"}, 0, ("missing_field", "note")),
        ({"note": "x", "owner": ""}, 0, ("bad_value", "owner")),
        ({"note": 5, "owner": "olga"}, 0, ("bad_value", "note")),
        ({"note": "x", "owner": "olga", "result": "y"}, 0, ("unknown_field", "result")),
    ],
)
def test_task_values_are_checked(
    values: dict[str, object], attachments: int, problem: tuple[str, str]
) -> None:
    assert _refusal(complete_task, _started(), "ann", INSPECTOR, values, attachments) == problem


def test_evidence_is_required_before_a_task_is_done() -> None:
    state = _at_act()
    assert _refusal(complete_task, state, "olga", INSPECTOR, ACT, 0) == (
        "evidence_required", "act",
    )  # fmt: skip
    assert complete_task(DEFINITION, state, "olga", INSPECTOR, ACT, 2).step == "confirm"


def test_actions_on_the_wrong_kind_of_step_or_a_stale_screen_are_refused() -> None:
    state = _started()
    assert _refusal(approve, state, "boss", ADMIN) == ("not_an_approval", "fill")
    assert _refusal(complete_task, state, "ann", INSPECTOR, FILL, 0, step="act") == (
        "not_current", "act",
    )  # fmt: skip
    at_check = complete_task(DEFINITION, state, "ann", INSPECTOR, FILL, 0, step="fill")
    assert _refusal(complete_task, at_check, "boss", ADMIN, {}, 0) == ("not_a_task", "check")
    assert _refusal(approve, at_check, "eric", ENGINEER, step="big") == ("not_current", "big")


def test_a_cancelled_instance_takes_no_more_actions() -> None:
    cancelled = cancel(_started())
    assert (cancelled.status, cancelled.step) == (Status.CANCELLED, None)
    assert may_act(DEFINITION, cancelled, "boss", ADMIN) == "not_running"
    assert _refusal(approve, cancelled, "boss", ADMIN) == ("not_running", None)
    with pytest.raises(WorkflowStepError, match="not_running"):
        cancel(cancelled)


def test_missing_values_make_a_condition_false() -> None:
    below = StepCondition("amount", Operator.LT, 10.0)
    other = StepCondition("kind", Operator.NE, "a")
    assert condition_holds((), {})
    assert not condition_holds((below,), {})
    assert not condition_holds((other,), {})  # even !=
    assert condition_holds((below, other), {"amount": 5.0, "kind": "b"})
    assert not condition_holds((below,), {"amount": "5"})  # a value of the wrong type
    assert not condition_holds((StepCondition("ok", Operator.EQ, 1.0),), {"ok": True})


def test_state_values_cannot_be_changed_in_place() -> None:
    values = {"amount": 5.0}
    state = InstanceState(Status.RUNNING, "fill", values=values)
    values["amount"] = 6.0
    assert state.values["amount"] == 5.0
    with pytest.raises(TypeError):
        state.values["amount"] = 7.0  # type: ignore[index]
