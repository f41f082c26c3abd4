"""Table model of corrective actions and list model of one action's history.

Rows are immutable `ActionInfo`s handed over whole (`set_rows`): actions change a few times a
day, so a model reset is simpler than per-row edits. Overdue is judged against the `today` the
rows were loaded with, so a page left open over midnight turns red at its next reload, not
half-way through a repaint.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QImage, QPixmap

from desktop_app.services.actions import ActionEvent, ActionInfo
from desktop_app.ui.action_text import (
    OVERDUE_BACKGROUND,
    OVERDUE_COLOR,
    PRIORITY_COLORS,
    STATE_COLORS,
    note_text,
    priority_text,
    state_text,
)
from domain.actions import EventKind, days_overdue

Index = QModelIndex | QPersistentModelIndex

ACTION_COLUMNS = ("title", "owner", "due", "priority", "state", "overdue", "source")
THUMBNAIL_SIZE = QSize(96, 96)


def owner_text(action: ActionInfo) -> str:
    return " · ".join(part for part in (action.department, action.person) if part)


def source_text(action: ActionInfo) -> str:
    if action.source_run is None:
        return ""
    return " / ".join(p for p in (action.source_run[:8], action.source_item or "") if p)


class ActionTableModel(QAbstractTableModel):
    """Actions; an overdue row is tinted red and its due date and days late are red text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ActionInfo] = []
        self._today = date.today()

    def set_rows(self, rows: Iterable[ActionInfo], today: date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today
        self.endResetModel()

    def retranslate(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def rows(self) -> tuple[ActionInfo, ...]:
        return tuple(self._rows)

    def action_at(self, row: int) -> ActionInfo:
        return self._rows[row]

    def row_of(self, action_id: str) -> int | None:
        return next((i for i, a in enumerate(self._rows) if a.id == action_id), None)

    def days_overdue(self, action: ActionInfo) -> int:
        return days_overdue(action.state, action.due, self._today)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(ACTION_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(ACTION_COLUMNS):
            return None
        titles = {
            "title": QCoreApplication.translate("ActionModels", "Corrective action"),
            "owner": QCoreApplication.translate("ActionModels", "Department · person"),
            "due": QCoreApplication.translate("ActionModels", "Due date"),
            "priority": QCoreApplication.translate("ActionModels", "Priority"),
            "state": QCoreApplication.translate("ActionModels", "State"),
            "overdue": QCoreApplication.translate("ActionModels", "Days overdue"),
            "source": QCoreApplication.translate("ActionModels", "Source (run / item)"),
        }
        return titles[ACTION_COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        action = self._rows[index.row()]
        column = ACTION_COLUMNS[index.column()]
        late = self.days_overdue(action)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(action, column, late)
        if role == Qt.ItemDataRole.UserRole:
            return action.id
        if role == Qt.ItemDataRole.ToolTipRole and column == "title" and action.description:
            return action.description
        if role == Qt.ItemDataRole.ToolTipRole and column == "source" and action.source_run:
            return f"{action.source_run} / {action.source_item or ''}"
        if role == Qt.ItemDataRole.BackgroundRole and late:
            return QBrush(QColor(OVERDUE_BACKGROUND))
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(action, column, late)
        if role == Qt.ItemDataRole.FontRole and (late and column in ("due", "overdue")):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "overdue":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, action: ActionInfo, column: str, late: int) -> str:
        if column == "title":
            return action.title
        if column == "owner":
            return owner_text(action)
        if column == "due":
            return action.due.isoformat() if action.due else ""
        if column == "priority":
            return priority_text(action.priority)
        if column == "state":
            return state_text(action.state)
        if column == "overdue":
            return str(late) if late else ""
        return source_text(action)

    def _foreground(self, action: ActionInfo, column: str, late: int) -> QBrush | None:
        if late and column in ("due", "overdue"):
            return QBrush(QColor(OVERDUE_COLOR))
        if column == "priority":
            return QBrush(QColor(PRIORITY_COLORS[action.priority]))
        if column == "state":
            return QBrush(QColor(STATE_COLORS[action.state]))
        return None


class ActionEventModel(QAbstractListModel):
    """One action's history, oldest first; evidence photos carry their thumbnail as icon."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._events: list[ActionEvent] = []
        self._icons: dict[str, QIcon] = {}

    def set_events(self, events: Iterable[ActionEvent], thumbnails: Mapping[str, QImage]) -> None:
        """`thumbnails` by file name, decoded off the GUI thread; QPixmaps are made here."""
        self.beginResetModel()
        self._events = list(events)
        self._icons = {name: QIcon(QPixmap.fromImage(image)) for name, image in thumbnails.items()}
        self.endResetModel()

    def clear(self) -> None:
        self.set_events((), {})

    def event_at(self, row: int) -> ActionEvent:
        return self._events[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._events)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        event = self._events[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return event_text(event)
        if role == Qt.ItemDataRole.DecorationRole and event.file_name:
            return self._icons.get(event.file_name)
        if role == Qt.ItemDataRole.UserRole:
            return event.file_name
        if role == Qt.ItemDataRole.ForegroundRole and event.to_state is not None:
            return QBrush(QColor(STATE_COLORS[event.to_state]))
        return None


def event_text(event: ActionEvent) -> str:
    """ "2026-05-01 14:03 · li · Open → In progress" and the note on the next line."""
    when = datetime.fromtimestamp(event.at_ms / 1000).strftime("%Y-%m-%d %H:%M")
    if event.kind is EventKind.STATE and event.to_state is not None:
        if event.from_state is None:
            what = QCoreApplication.translate("ActionModels", "Created (%1)").replace(
                "%1", state_text(event.to_state)
            )
        else:
            what = f"{state_text(event.from_state)} → {state_text(event.to_state)}"
    elif event.kind is EventKind.EVIDENCE:
        what = QCoreApplication.translate("ActionModels", "Evidence photo")
    else:
        what = QCoreApplication.translate("ActionModels", "Note")
    head = f"{when} · {event.actor_name} · {what}"
    note = note_text(event.note)
    return f"{head}\n{note}" if note else head
