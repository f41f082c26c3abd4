"""Words, colours and sentences of workflows, in the user's language.

Shared by the Tasks page, its models, the signature and start dialogs and the definition editor,
so that "待审批" and "已升级" read the same everywhere. Refusals arrive as codes from the
workflow engine, the services and the definition parser; parser codes are said generically
with their JSON pointer (the editor also puts the cursor there); codes this feature does not
own fall back to `problem_text`.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop_app.services.errors import ConfigurationError
from desktop_app.ui.problem_text import error_text, problem_text

translate = QCoreApplication.translate
"""Called by this name, so pyside6-lupdate finds the strings."""

OVERDUE_COLOR = "#c62828"
OVERDUE_BACKGROUND = "#ffebee"
ESCALATED_COLOR = "#e65100"
ESCALATED_BACKGROUND = "#ffe0b2"
STATUS_COLORS = {
    "running": "#1565c0",
    "completed": "#2e7d32",
    "rejected": "#c62828",
    "cancelled": "#616161",
}
PARSER_CODES = frozenset(
    {"unsupported_format", "not_utf8", "not_json", "too_deep", "duplicate_key", "missing_key",
     "unknown_key", "bad_code", "too_many", "duplicate_code", "reserved_code", "bad_role",
     "unknown_field", "field_filled_twice", "not_in_fields", "bad_field_type",
     "forward_reference", "bad_operator", "unknown_choice", "bad_reject_target",
     "bad_escalation", "all_conditional", "code_mismatch", "bad_text", "too_long",
     "bad_number", "bad_type"}
)  # fmt: skip


def local_time(ms: int | None) -> str:
    """An instant (UTC epoch ms) in the computer's local time, to the minute."""
    if ms is None:
        return "—"
    return datetime.fromtimestamp(ms / 1000).strftime("%Y-%m-%d %H:%M")


def role_text(role: str) -> str:
    return {
        "administrator": translate("TaskText", "Administrator"),
        "engineer": translate("TaskText", "Engineer"),
        "inspector": translate("TaskText", "Inspector"),
        "viewer": translate("TaskText", "Viewer"),
    }.get(role, role)


def status_text(status: str) -> str:
    return {
        "running": translate("TaskText", "Running"),
        "completed": translate("TaskText", "Completed"),
        "rejected": translate("TaskText", "Rejected"),
        "cancelled": translate("TaskText", "Cancelled"),
    }.get(status, status)


def task_state_text(state: str) -> str:
    return {
        "open": translate("TaskText", "Open"),
        "done": translate("TaskText", "Done"),
        "approved": translate("TaskText", "Approved"),
        "rejected": translate("TaskText", "Rejected"),
        "cancelled": translate("TaskText", "Cancelled"),
    }.get(state, state)


def kind_text(kind: str) -> str:
    return {
        "task": translate("TaskText", "Task"),
        "approval": translate("TaskText", "Approval"),
    }.get(kind, kind)


def trigger_text(trigger: str) -> str:
    return {
        "manual": translate("TaskText", "By hand"),
        "alarm": translate("TaskText", "Alarm"),
        "kpi_breach": translate("TaskText", "KPI breach"),
        "audit_finding": translate("TaskText", "Audit finding"),
        "credential_expiry": translate("TaskText", "Credential expiry"),
        "kpi_target_change": translate("TaskText", "KPI target change"),
    }.get(trigger, trigger)


def event_kind_text(kind: str) -> str:
    return {
        "started": translate("TaskText", "Started"),
        "completed": translate("TaskText", "Step done"),
        "approved": translate("TaskText", "Approved (signed)"),
        "rejected": translate("TaskText", "Rejected (signed)"),
        "comment": translate("TaskText", "Comment"),
        "attachment": translate("TaskText", "Attachment"),
        "escalated": translate("TaskText", "Escalated"),
        "cancelled": translate("TaskText", "Cancelled"),
        "effect": translate("TaskText", "Effect applied"),
    }.get(kind, kind)


def level_text(level: int, levels: int) -> str:
    """ "level 2/3" for the second of three sequential approvals ("" for a single one)."""
    if levels <= 1:
        return ""
    return (
        translate("TaskText", "level %1/%2")
        .replace("%1", str(level + 1))
        .replace("%2", str(levels))
    )


def definition_problem_text(code: str, path: str) -> str:
    """A definition the parser refuses: where (the JSON pointer) and which rule."""
    return (
        translate("TaskText", "The definition is invalid at %1: %2")
        .replace("%1", path or "/")
        .replace("%2", code)
    )


def task_problem_text(code: str, detail: str = "") -> str:
    texts = {
        "wrong_role": translate("TaskText", "Your role may not act on this step."),
        "wrong_person": translate("TaskText", "This task is assigned to another person."),
        "approver_is_doer": translate(
            "TaskText",
            "You did a task of this workflow, so you cannot approve it. Ask someone else.",
        ),
        "already_approved": translate(
            "TaskText",
            "You already signed a level of this approval; the next level is someone else's.",
        ),
        "note_required": translate("TaskText", "Say why: a reason is required."),
        "missing_field": translate("TaskText", "Fill in the required field: %1."),
        "bad_value": translate("TaskText", "The value of %1 is not valid."),
        "unknown_field": translate("TaskText", "This step does not fill the field %1."),
        "evidence_required": translate(
            "TaskText", "Attach the required evidence (a scan or photo) before completing."
        ),
        "signature_failed": translate(
            "TaskText", "The password is wrong: the signature was not given and nothing changed."
        ),
        "not_current": translate("TaskText", "The workflow has moved on since this list was read."),
        "not_running": translate("TaskText", "The workflow is no longer running."),
        "not_a_task": translate("TaskText", "This step is an approval: approve or reject it."),
        "not_an_approval": translate("TaskText", "This step is a task: complete it."),
        "task_closed": translate("TaskText", "This task has already been acted on."),
        "unknown_task": translate("TaskText", "The task no longer exists."),
        "too_large": translate("TaskText", "The file is too large (%1)."),
        "bad_file_type": translate(
            "TaskText",
            "This kind of file cannot be attached (%1). Use PDF, an image or an office document.",
        ),
        "empty_file": translate("TaskText", "The file is empty."),
        "unknown_workflow": translate("TaskText", "There is no such workflow (%1)."),
        "version_exists": translate(
            "TaskText",
            "This version (%1) is already stored with other content: raise the version.",
        ),
        "version_not_newer": translate(
            "TaskText", "The version is older than the stored one (%1)."
        ),
    }
    text = texts.get(code)
    if text is not None:
        return text.replace("%1", detail)
    if code in PARSER_CODES:
        return definition_problem_text(code, detail)
    return problem_text(code, detail)


def task_error_text(error: BaseException) -> str:
    """A refusal in words; a parser refusal names its JSON pointer (the error's field)."""
    if isinstance(error, ConfigurationError):
        own = error.code in ("version_exists", "version_not_newer")
        if error.code in PARSER_CODES or (error.field.startswith("/") and not own):
            return definition_problem_text(error.code, error.field)
        return task_problem_text(error.code, error.detail)
    return error_text(error)
