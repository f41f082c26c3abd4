"""Words and sentences of PDCA reviews in the user's language (QtCore only, so the CLI can use
them too): statuses, check results, and why a review cannot be closed or changed."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from desktop_app.services.errors import ConfigurationError
from desktop_app.ui.action_text import state_text as action_state_text
from desktop_app.ui.problem_text import error_text
from domain.actions import ActionState
from domain.reviews import CAUSE_MISSING, UNCHECKED_ACTION, CheckResult, ReviewStatus, split_problem

translate = QCoreApplication.translate
"""Called by this name, so pyside6-lupdate finds the strings."""

CHECK_COLORS = {
    CheckResult.EFFECTIVE: "#2e7d32",
    CheckResult.NOT_EFFECTIVE: "#c62828",
    CheckResult.OPEN: "#ef6c00",
}


def status_text(status: ReviewStatus) -> str:
    return {
        ReviewStatus.DRAFT: translate("ReviewText", "Draft"),
        ReviewStatus.CLOSED: translate("ReviewText", "Closed"),
    }[status]


def check_text(result: CheckResult | None) -> str:
    if result is None:
        return translate("ReviewText", "Not checked")
    return {
        CheckResult.EFFECTIVE: translate("ReviewText", "Effective"),
        CheckResult.NOT_EFFECTIVE: translate("ReviewText", "Not effective"),
        CheckResult.OPEN: translate("ReviewText", "Still open"),
    }[result]


def ref_state_text(state: str) -> str:
    """A linked action's current state; a workflow's status as stored; "missing" if deleted."""
    if state == "missing":
        return translate("ReviewText", "Deleted")
    try:
        return action_state_text(ActionState(state))
    except ValueError:
        return state


def close_problem_text(problem: str, names: Mapping[str, str], titles: Mapping[str, str]) -> str:
    """One reason the review cannot be closed; `names` are KPI names by code, `titles` action
    titles by id."""
    code, ref = split_problem(problem)
    if code == CAUSE_MISSING:
        return translate("ReviewText", "%1 missed its target: write down the cause.").replace(
            "%1", names.get(ref, ref)
        )
    if code == UNCHECKED_ACTION:
        return translate(
            "ReviewText", "Check the previous review's action “%1”: effective or not?"
        ).replace("%1", titles.get(ref, ref))
    return problem


def review_problem_text(code: str, detail: str = "") -> str:
    texts = {
        "review_closed": translate("ReviewText", "The review is closed and cannot be changed."),
        "review_not_ready": translate(
            "ReviewText",
            "The review cannot be closed yet: every missed KPI needs a cause and every action "
            "of the previous review a check.",
        ),
        "period_reversed": translate("ReviewText", "The period ends before it starts."),
        "deadline_required": translate("ReviewText", "Give the new target a deadline."),
        "deadline_in_period": translate(
            "ReviewText", "The new target's deadline must fall after the reviewed period."
        ),
        "target_not_finite": translate("ReviewText", "Enter a number for the new target."),
        "unknown_check_result": translate(
            "ReviewText", "Choose effective, not effective or still open."
        ),
        "not_previous_action": translate(
            "ReviewText", "This action was not raised by the previous review."
        ),
        "text_too_long": translate("ReviewText", "The text is too long (at most %1 characters)."),
        "title_required": translate("ReviewText", "Enter a title for the action."),
        "not_found": translate("ReviewText", "It no longer exists: %1"),
    }
    text = texts.get(code)
    if text is None:
        return error_text(ConfigurationError(code, detail))
    return text.replace("%1", detail)


def review_error_text(error: BaseException) -> str:
    if isinstance(error, ConfigurationError):
        return review_problem_text(error.code, error.detail)
    return error_text(error)
