"""Words, colours and sentences of corrective actions, in the user's language.

Shared by the Actions page, its models, the dialog and the CLI, so that "待处理" and "已验证"
read the same everywhere. Refusals arrive as codes from `domain.actions` and the service; codes
this feature does not own fall back to `problem_text`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.services.errors import ConfigurationError
from desktop_app.ui.problem_text import error_text, problem_text
from domain.actions import ActionState, Priority, edited_fields

translate = QCoreApplication.translate
"""Called by this name, so pyside6-lupdate finds the strings."""

OVERDUE_COLOR = "#c62828"
OVERDUE_BACKGROUND = "#ffebee"
PRIORITY_COLORS = {Priority.HIGH: "#c62828", Priority.MEDIUM: "#ef6c00", Priority.LOW: "#546e7a"}
STATE_COLORS = {
    ActionState.OPEN: "#1565c0",
    ActionState.IN_PROGRESS: "#ef6c00",
    ActionState.DONE: "#6a1b9a",
    ActionState.VERIFIED: "#2e7d32",
    ActionState.CLOSED: "#616161",
}


def state_text(state: ActionState) -> str:
    return {
        ActionState.OPEN: translate("ActionText", "Open"),
        ActionState.IN_PROGRESS: translate("ActionText", "In progress"),
        ActionState.DONE: translate("ActionText", "Done"),
        ActionState.VERIFIED: translate("ActionText", "Verified"),
        ActionState.CLOSED: translate("ActionText", "Closed"),
    }[state]


def priority_text(priority: Priority) -> str:
    return {
        Priority.HIGH: translate("ActionText", "High"),
        Priority.MEDIUM: translate("ActionText", "Medium"),
        Priority.LOW: translate("ActionText", "Low"),
    }[priority]


def step_text(state: ActionState, to_state: ActionState) -> str:
    """The button that moves an action from `state` to `to_state`."""
    steps = {
        (ActionState.OPEN, ActionState.IN_PROGRESS): translate("ActionText", "Start work"),
        (ActionState.IN_PROGRESS, ActionState.DONE): translate("ActionText", "Mark done"),
        (ActionState.IN_PROGRESS, ActionState.OPEN): translate("ActionText", "Give back"),
        (ActionState.DONE, ActionState.VERIFIED): translate("ActionText", "Verify"),
        (ActionState.DONE, ActionState.IN_PROGRESS): translate("ActionText", "Reject…"),
        (ActionState.VERIFIED, ActionState.CLOSED): translate("ActionText", "Close"),
    }
    return steps.get((state, to_state), state_text(to_state))


def field_text(field: str) -> str:
    return {
        "title": translate("ActionText", "Title"),
        "description": translate("ActionText", "Description"),
        "department": translate("ActionText", "Responsible department"),
        "person": translate("ActionText", "Responsible person"),
        "due": translate("ActionText", "Due date"),
        "priority": translate("ActionText", "Priority"),
    }.get(field, field)


def note_text(note: str) -> str:
    """A history note: an edit's field list is translated, what a person wrote is shown as is."""
    fields = edited_fields(note)
    if fields is None:
        return note
    return translate("ActionText", "Changed: %1").replace(
        "%1", translate("ActionText", ", ").join(field_text(f) for f in fields)
    )


def action_problem_text(code: str, detail: str = "") -> str:
    texts = {
        "not_allowed": translate(
            "ActionText", "This step is not possible from the action's state."
        ),
        "verifier_is_doer": translate(
            "ActionText",
            "The person who marked the action done cannot verify it. Ask someone else to verify.",
        ),
        "note_required": translate(
            "ActionText", "Say why the work is not accepted, so that it can be put right."
        ),
        "title_required": translate("ActionText", "Enter a title for the action."),
        "text_too_long": translate("ActionText", "The text is too long (at most %1 characters)."),
        "unknown_priority": translate("ActionText", "Choose high, medium or low priority."),
        "unknown_state": translate("ActionText", "There is no such action state."),
        "action_closed": translate("ActionText", "The action is closed and cannot be changed."),
        "evidence_empty": translate("ActionText", "Choose a photo or write a note."),
        "bad_image": translate("ActionText", "The file is not a picture that can be read."),
        "not_found": translate("ActionText", "The action no longer exists."),
    }
    text = texts.get(code)
    if text is None:
        return problem_text(code, detail)
    return text.replace("%1", detail)


def action_error_text(error: BaseException) -> str:
    if isinstance(error, ConfigurationError):
        return action_problem_text(error.code, error.detail)
    return error_text(error)
