"""Words and colours for alarms, in the user's language: kinds, states, priorities, problems.

Shared by the banner, the alarm page, its models, dialogs and exports, so that "高高限" and
"已复归未确认" read the same everywhere.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop_app.services.alarm_export import ExportLabels
from desktop_app.services.alarms import AlarmError, AlarmInfo
from desktop_app.services.errors import ConfigurationError
from desktop_app.ui.problem_text import error_text, problem_text
from domain.alarms import MAX_COMMENT, AlarmKind, AlarmState
from domain.formatting import format_value

PRIORITY_COLORS = {1: "#c62828", 2: "#ef6c00", 3: "#f9a825", 4: "#1565c0"}
"""Critical red, high orange, medium amber, low blue; amber needs dark text."""
PRIORITY_TEXT_COLORS = {1: "#ffffff", 2: "#ffffff", 3: "#212121", 4: "#ffffff"}


def kind_text(kind: AlarmKind) -> str:
    return {
        AlarmKind.HIHI: QCoreApplication.translate("AlarmText", "High-high limit"),
        AlarmKind.HI: QCoreApplication.translate("AlarmText", "High limit"),
        AlarmKind.LO: QCoreApplication.translate("AlarmText", "Low limit"),
        AlarmKind.LOLO: QCoreApplication.translate("AlarmText", "Low-low limit"),
        AlarmKind.RATE_OF_CHANGE: QCoreApplication.translate("AlarmText", "Rate of change"),
        AlarmKind.STALE: QCoreApplication.translate("AlarmText", "Stale data"),
        AlarmKind.COMM_LOSS: QCoreApplication.translate("AlarmText", "Communication lost"),
    }[kind]


def state_text(state: AlarmState) -> str:
    return {
        AlarmState.ACTIVE_UNACKNOWLEDGED: QCoreApplication.translate(
            "AlarmText", "Active, unacknowledged"
        ),
        AlarmState.ACTIVE_ACKNOWLEDGED: QCoreApplication.translate(
            "AlarmText", "Active, acknowledged"
        ),
        AlarmState.CLEARED_UNACKNOWLEDGED: QCoreApplication.translate(
            "AlarmText", "Cleared, unacknowledged"
        ),
        AlarmState.CLEARED: QCoreApplication.translate("AlarmText", "Cleared, acknowledged"),
    }[state]


def priority_text(priority: int) -> str:
    names = {
        1: QCoreApplication.translate("AlarmText", "Critical"),
        2: QCoreApplication.translate("AlarmText", "High"),
        3: QCoreApplication.translate("AlarmText", "Medium"),
        4: QCoreApplication.translate("AlarmText", "Low"),
    }
    return f"{priority} · {names.get(priority, '')}".rstrip(" ·")


def format_time(ts_ms: int | None) -> str:
    if ts_ms is None:
        return ""
    return datetime.fromtimestamp(ts_ms / 1000).strftime("%Y-%m-%d %H:%M:%S")


def tag_text(alarm: AlarmInfo, chinese: bool) -> str:
    label = alarm.tag_label if chinese else (alarm.tag_label_en or alarm.tag_label)
    return label or alarm.tag_name


def evidence_text(kind: AlarmKind, value: float | None, unit: str) -> str:
    """A value as the alarm judged it: the value, a rate per minute, or an age in seconds."""
    if kind is AlarmKind.COMM_LOSS:
        return "—"
    if kind is AlarmKind.STALE:
        return format_value(value, "s")
    if kind is AlarmKind.RATE_OF_CHANGE:
        return format_value(
            value,
            QCoreApplication.translate("AlarmText", "%1/min").replace("%1", unit)
            if unit
            else QCoreApplication.translate("AlarmText", "/min"),
        )
    return format_value(value, unit)


def describe(alarm: AlarmInfo, chinese: bool) -> str:
    """The limit's own message in the user's language, else a sentence made from its parts."""
    own = (alarm.message or alarm.message_en) if chinese else (alarm.message_en or alarm.message)
    if own:
        return own
    if alarm.kind in (AlarmKind.COMM_LOSS, AlarmKind.STALE):
        return f"{tag_text(alarm, chinese)}: {kind_text(alarm.kind)}"
    return (
        QCoreApplication.translate("AlarmText", "%1: %2 (limit %3)")
        .replace("%1", tag_text(alarm, chinese))
        .replace("%2", kind_text(alarm.kind))
        .replace("%3", evidence_text(alarm.kind, alarm.setpoint, alarm.unit))
    )


def export_labels(chinese: bool) -> ExportLabels:
    return ExportLabels(
        headers=(
            QCoreApplication.translate("AlarmText", "Raised"),
            QCoreApplication.translate("AlarmText", "Cleared"),
            QCoreApplication.translate("AlarmText", "Acknowledged"),
            QCoreApplication.translate("AlarmText", "Priority"),
            QCoreApplication.translate("AlarmText", "Measurement"),
            QCoreApplication.translate("AlarmText", "Alarm"),
            QCoreApplication.translate("AlarmText", "Limit"),
            QCoreApplication.translate("AlarmText", "Alarm value"),
            QCoreApplication.translate("AlarmText", "Peak"),
            QCoreApplication.translate("AlarmText", "Unit"),
            QCoreApplication.translate("AlarmText", "State"),
            QCoreApplication.translate("AlarmText", "Acknowledged by"),
            QCoreApplication.translate("AlarmText", "Comment"),
            QCoreApplication.translate("AlarmText", "Message"),
        ),
        kinds={kind: kind_text(kind) for kind in AlarmKind},
        states={state: state_text(state) for state in AlarmState},
        chinese=chinese,
        sheet_title=QCoreApplication.translate("AlarmText", "Alarm history"),
    )


def alarm_problem_text(code: str, detail: str = "") -> str:
    texts = {
        "tag_required": QCoreApplication.translate("AlarmText", "Choose a measurement."),
        "bad_alarm_delay": QCoreApplication.translate(
            "AlarmText", "Delays must be between 0 s and 1 day."
        ),
        "bad_priority": QCoreApplication.translate(
            "AlarmText", "The priority must be 1 (critical) to 4 (low)."
        ),
        "bad_stale_time": QCoreApplication.translate(
            "AlarmText", "Stale data needs a time between 1 s and 1 day."
        ),
        "bad_rate": QCoreApplication.translate(
            "AlarmText", "The rate of change must be above 0 per minute."
        ),
        "message_too_long": QCoreApplication.translate(
            "AlarmText", "The message may have at most %1 characters."
        ),
        "limit_exists": QCoreApplication.translate(
            "AlarmText", "This measurement already has a limit of this kind: edit that one."
        ),
        "limits_out_of_order": QCoreApplication.translate(
            "AlarmText",
            "Limits must be in order: low-low < low < high < high-high (clashes with %1).",
        ),
        "comment_required": QCoreApplication.translate(
            "AlarmText", "Write a comment: what was seen or done."
        ),
        "comment_too_long": QCoreApplication.translate(
            "AlarmText", "The comment may have at most %1 characters."
        ).replace("%1", str(MAX_COMMENT)),
        "already_acknowledged": QCoreApplication.translate(
            "AlarmText", "Someone has already acknowledged this alarm."
        ),
        "alarm_not_found": QCoreApplication.translate("AlarmText", "This alarm no longer exists."),
    }
    text = texts.get(code)
    if text is None:
        return problem_text(code, detail)
    kind, _, setpoint = detail.partition("=")
    if code == "limits_out_of_order" and kind in {k.value for k in AlarmKind}:
        detail = f"{kind_text(AlarmKind(kind))} {setpoint}"
    return text.replace("%1", detail)


def alarm_error_text(error: BaseException) -> str:
    if isinstance(error, AlarmError | ConfigurationError):
        return alarm_problem_text(error.code, error.detail)
    return error_text(error)
