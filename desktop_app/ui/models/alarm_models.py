"""Table models for alarm occurrences (the alarm list and its history) and for alarm limits.

Both hold immutable rows handed over whole (`set_rows`): alarms change by transitions, a few
a minute at most, so a model reset is cheaper to reason about than per-row edits.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop_app.services.alarms import AlarmInfo
from desktop_app.services.configuration import TagInfo
from desktop_app.ui.alarm_text import (
    PRIORITY_COLORS,
    PRIORITY_TEXT_COLORS,
    describe,
    evidence_text,
    format_time,
    kind_text,
    priority_text,
    state_text,
    tag_text,
)
from domain.alarms import AlarmKind, AlarmLimit
from domain.formatting import format_value

Index = QModelIndex | QPersistentModelIndex

ALARM_COLUMNS = (
    "priority",
    "state",
    "raised",
    "tag",
    "kind",
    "message",
    "value",
    "peak",
    "setpoint",
    "cleared",
    "acked_by",
    "comment",
)
LIMIT_COLUMNS = (
    "tag",
    "kind",
    "setpoint",
    "deadband",
    "on_delay",
    "off_delay",
    "priority",
    "enabled",
    "message",
)


class AlarmTableModel(QAbstractTableModel):
    """Occurrences; unacknowledged rows are bold, the priority cell carries its colour."""

    def __init__(self, chinese: bool = True, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AlarmInfo] = []
        self._chinese = chinese

    def set_rows(self, rows: Iterable[AlarmInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_chinese(self, chinese: bool) -> None:
        self.beginResetModel()
        self._chinese = chinese
        self.endResetModel()

    def rows(self) -> tuple[AlarmInfo, ...]:
        return tuple(self._rows)

    def alarm_at(self, row: int) -> AlarmInfo:
        return self._rows[row]

    def row_of(self, alarm_id: int) -> int | None:
        return next((i for i, a in enumerate(self._rows) if a.id == alarm_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(ALARM_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(ALARM_COLUMNS):
            return None
        titles = {
            "priority": QCoreApplication.translate("AlarmModels", "Priority"),
            "state": QCoreApplication.translate("AlarmModels", "State"),
            "raised": QCoreApplication.translate("AlarmModels", "Raised"),
            "tag": QCoreApplication.translate("AlarmModels", "Measurement"),
            "kind": QCoreApplication.translate("AlarmModels", "Alarm"),
            "message": QCoreApplication.translate("AlarmModels", "Message"),
            "value": QCoreApplication.translate("AlarmModels", "Alarm value"),
            "peak": QCoreApplication.translate("AlarmModels", "Peak"),
            "setpoint": QCoreApplication.translate("AlarmModels", "Limit"),
            "cleared": QCoreApplication.translate("AlarmModels", "Cleared"),
            "acked_by": QCoreApplication.translate("AlarmModels", "Acknowledged by"),
            "comment": QCoreApplication.translate("AlarmModels", "Comment"),
        }
        return titles[ALARM_COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        alarm = self._rows[index.row()]
        column = ALARM_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(alarm, column)
        if role == Qt.ItemDataRole.UserRole:
            return alarm.id
        if role == Qt.ItemDataRole.FontRole and not alarm.state.is_acknowledged:
            font = QFont()
            font.setBold(True)
            return font
        if column == "priority" and alarm.state.is_active:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(PRIORITY_COLORS.get(alarm.priority, "#757575")))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(PRIORITY_TEXT_COLORS.get(alarm.priority, "#ffffff")))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("value", "peak", "setpoint"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, alarm: AlarmInfo, column: str) -> str:
        if column == "priority":
            return priority_text(alarm.priority)
        if column == "state":
            return state_text(alarm.state)
        if column == "raised":
            return format_time(alarm.raised_ts)
        if column == "tag":
            return tag_text(alarm, self._chinese)
        if column == "kind":
            return kind_text(alarm.kind)
        if column == "message":
            return describe(alarm, self._chinese)
        if column == "value":
            return evidence_text(alarm.kind, alarm.value, alarm.unit)
        if column == "peak":
            return evidence_text(alarm.kind, alarm.peak_value, alarm.unit)
        if column == "setpoint":
            return evidence_text(alarm.kind, alarm.setpoint, alarm.unit)
        if column == "cleared":
            return format_time(alarm.cleared_ts)
        if column == "acked_by":
            when = format_time(alarm.acked_ts)
            return f"{alarm.acked_by_name} · {when}" if alarm.acked_by_name else ""
        return alarm.ack_comment or ""


class AlarmLimitModel(QAbstractTableModel):
    def __init__(
        self, tags: Iterable[TagInfo] = (), chinese: bool = True, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._rows: list[AlarmLimit] = []
        self._tags: Mapping[int, TagInfo] = {t.id: t for t in tags}
        self._chinese = chinese

    def set_rows(self, limits: Iterable[AlarmLimit]) -> None:
        self.beginResetModel()
        self._rows = list(limits)
        self.endResetModel()

    def set_tags(self, tags: Iterable[TagInfo], chinese: bool) -> None:
        self.beginResetModel()
        self._tags = {t.id: t for t in tags}
        self._chinese = chinese
        self.endResetModel()

    def limit_at(self, row: int) -> AlarmLimit:
        return self._rows[row]

    def limits(self) -> tuple[AlarmLimit, ...]:
        return tuple(self._rows)

    def row_of(self, limit_id: int) -> int | None:
        return next((i for i, limit in enumerate(self._rows) if limit.id == limit_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(LIMIT_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(LIMIT_COLUMNS):
            return None
        titles = {
            "tag": QCoreApplication.translate("AlarmModels", "Measurement"),
            "kind": QCoreApplication.translate("AlarmModels", "Alarm"),
            "setpoint": QCoreApplication.translate("AlarmModels", "Limit"),
            "deadband": QCoreApplication.translate("AlarmModels", "Deadband"),
            "on_delay": QCoreApplication.translate("AlarmModels", "On-delay"),
            "off_delay": QCoreApplication.translate("AlarmModels", "Off-delay"),
            "priority": QCoreApplication.translate("AlarmModels", "Priority"),
            "enabled": QCoreApplication.translate("AlarmModels", "Enabled"),
            "message": QCoreApplication.translate("AlarmModels", "Message"),
        }
        return titles[LIMIT_COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        limit = self._rows[index.row()]
        column = LIMIT_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(limit, column)
        if role == Qt.ItemDataRole.UserRole:
            return limit.id
        if role == Qt.ItemDataRole.ForegroundRole and not limit.enabled:
            return QBrush(QColor("#9e9e9e"))
        return None

    def _display(self, limit: AlarmLimit, column: str) -> str:
        tag = self._tags.get(limit.tag_id)
        unit = tag.unit if tag else ""
        if column == "tag":
            if tag is None:
                return str(limit.tag_id)
            return tag.label if self._chinese or not tag.label_en else tag.label_en
        if column == "kind":
            return kind_text(limit.kind)
        if column == "setpoint":
            return evidence_text(limit.kind, limit.setpoint, unit)
        if column == "deadband":
            level_or_rate = limit.kind.is_level or limit.kind is AlarmKind.RATE_OF_CHANGE
            return format_value(limit.deadband, unit) if level_or_rate else "—"
        if column == "on_delay":
            return f"{limit.on_delay_s:g} s"
        if column == "off_delay":
            return f"{limit.off_delay_s:g} s"
        if column == "priority":
            return priority_text(limit.priority)
        if column == "enabled":
            return (
                QCoreApplication.translate("AlarmModels", "Yes")
                if limit.enabled
                else QCoreApplication.translate("AlarmModels", "No")
            )
        return (
            (limit.message or limit.message_en)
            if self._chinese
            else (limit.message_en or limit.message)
        )
