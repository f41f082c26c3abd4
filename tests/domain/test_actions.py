"""Action states: every step allowed or refused, verification by a second person, rejection
with a reason, and when an action counts as overdue."""

from __future__ import annotations

from datetime import date

import pytest

from domain.actions import (
    TRANSITIONS,
    ActionState,
    days_overdue,
    edit_note,
    edited_fields,
    is_overdue,
    is_rejection,
    is_review,
    transition_problem,
)

S = ActionState
ALLOWED = {
    (S.OPEN, S.IN_PROGRESS),
    (S.IN_PROGRESS, S.DONE),
    (S.IN_PROGRESS, S.OPEN),
    (S.DONE, S.VERIFIED),
    (S.DONE, S.IN_PROGRESS),
    (S.VERIFIED, S.CLOSED),
}


@pytest.mark.parametrize("state", list(S))
@pytest.mark.parametrize("to_state", list(S))
def test_every_pair_of_states(state: ActionState, to_state: ActionState) -> None:
    problem = transition_problem(state, to_state, "zhao", "li", note="redo the seal")
    assert (problem is None) == ((state, to_state) in ALLOWED)
    if (state, to_state) not in ALLOWED:
        assert problem == "not_allowed"


def test_the_table_is_the_allowed_set() -> None:
    assert {(a, b) for a, targets in TRANSITIONS.items() for b in targets} == ALLOWED


def test_closed_is_final() -> None:
    assert TRANSITIONS[S.CLOSED] == ()
    assert all(transition_problem(S.CLOSED, t, "x", None) == "not_allowed" for t in S)


def test_the_doer_cannot_verify_their_own_work() -> None:
    assert transition_problem(S.DONE, S.VERIFIED, "li", "li") == "verifier_is_doer"
    assert transition_problem(S.DONE, S.VERIFIED, "wang", "li") is None


def test_the_doer_may_close_after_someone_else_verified() -> None:
    assert transition_problem(S.VERIFIED, S.CLOSED, "li", "li") is None


def test_rejecting_done_work_needs_a_note() -> None:
    assert transition_problem(S.DONE, S.IN_PROGRESS, "wang", "li") == "note_required"
    assert transition_problem(S.DONE, S.IN_PROGRESS, "wang", "li", note="  ") == "note_required"
    assert transition_problem(S.DONE, S.IN_PROGRESS, "wang", "li", note="still leaks") is None


def test_giving_back_unfinished_work_needs_no_note() -> None:
    assert transition_problem(S.IN_PROGRESS, S.OPEN, "li", None) is None


def test_rejection_and_review_steps() -> None:
    assert is_rejection(S.DONE, S.IN_PROGRESS)
    assert not is_rejection(S.IN_PROGRESS, S.OPEN)
    assert is_review(S.DONE, S.VERIFIED) and is_review(S.VERIFIED, S.CLOSED)
    assert not is_review(S.OPEN, S.IN_PROGRESS) and not is_review(S.IN_PROGRESS, S.DONE)


@pytest.mark.parametrize(
    ("state", "due", "overdue", "days"),
    [
        (S.OPEN, date(2025, 3, 9), True, 1),
        (S.IN_PROGRESS, date(2025, 3, 1), True, 9),
        (S.DONE, date(2025, 3, 1), True, 9),
        (S.OPEN, date(2025, 3, 10), False, 0),  # due today is not late yet
        (S.OPEN, date(2025, 3, 11), False, 0),
        (S.OPEN, None, False, 0),
        (S.VERIFIED, date(2025, 3, 1), False, 0),
        (S.CLOSED, date(2025, 3, 1), False, 0),
    ],
)
def test_overdue(state: ActionState, due: date | None, overdue: bool, days: int) -> None:
    today = date(2025, 3, 10)
    assert is_overdue(state, due, today) is overdue
    assert days_overdue(state, due, today) == days


def test_edit_notes_round_trip_and_ignore_what_people_write() -> None:
    assert edited_fields(edit_note(("person", "due"))) == ("person", "due")
    assert edited_fields("edited: the valve") is None
    assert edited_fields("fixed the valve") is None
