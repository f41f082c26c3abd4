"""Enter a reading by hand, or correct a stored one with a reason.

Both are marked (manual / corrected) wherever the value appears; a correction keeps the value
it replaced, and the change log says who, when and why.
"""

from __future__ import annotations

import time
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, Slot
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from desktop_app.services.configuration import TagInfo
from desktop_app.services.database import Database
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.models.latest_values import quality_text
from desktop_app.ui.run_query import run_query
from domain.formatting import format_value
from domain.instrument_rules import Problem
from domain.readings import Reading
from storage.readings import readings_since

RECENT_S = 3_600


class ReadingDialog(FormDialog):
    """`correcting=False`: a new manual reading; True: pick a stored reading and correct it."""

    def __init__(
        self,
        database: Database,
        tag: TagInfo,
        tag_label: str,
        correcting: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tag, self.correcting = tag, correcting
        title = (
            self.tr("Correct a reading — %1")
            if correcting
            else self.tr("Enter a reading by hand — %1")
        )
        self.setWindowTitle(title.replace("%1", tag_label))
        self.value_spin = QDoubleSpinBox()
        self.value_spin.setRange(-1e12, 1e12)
        self.value_spin.setDecimals(4)
        self.value_spin.setSuffix(f" {tag.unit}" if tag.unit else "")
        self.reason_edit = QLineEdit()
        self.recent = QListWidget()
        self.time_edit = QDateTimeEdit(QDateTime.currentDateTime())
        self.time_edit.setDisplayFormat("yyyy-MM-dd HH:mm:ss")
        self.time_edit.setCalendarPopup(True)
        self.current_label = QLabel()
        if correcting:
            self.add_row("ts", self.tr("Reading (last hour)"), self.recent)
            self.form.addRow(self.tr("Stored value"), self.current_label)
            self.add_row("value", self.tr("Correct value"), self.value_spin)
            self.add_row("reason", self.tr("Reason (required)"), self.reason_edit)
            self.recent.currentItemChanged.connect(self._chosen)
            since_ms = int((time.time() - RECENT_S) * 1000)

            def fetch() -> tuple[Reading, ...]:
                with database.reading() as session:
                    return tuple(readings_since(session, [tag.id], since_ms))

            run_query(self, fetch, self._show_recent)
        else:
            self.add_row("ts", self.tr("Time (local)"), self.time_edit)
            self.add_row("value", self.tr("Value"), self.value_spin)
            self.add_row("reason", self.tr("Note"), self.reason_edit)

    def value(self) -> tuple[int, float, str]:
        """(reading time in UTC ms, value, reason or note)."""
        if self.correcting:
            item = self.recent.currentItem()
            ts = int(item.data(Qt.ItemDataRole.UserRole)) if item else -1
        else:
            ts = self.time_edit.dateTime().toMSecsSinceEpoch()
        return ts, self.value_spin.value(), self.reason_edit.text().strip()

    def problems(self) -> list[Problem]:
        ts, _value, reason = self.value()
        problems = []
        if self.correcting and ts < 0:
            problems.append(Problem("ts", "choose_reading"))
        if self.correcting and not reason:
            problems.append(Problem("reason", "reason_required"))
        return problems

    def _show_recent(self, readings: tuple[Reading, ...]) -> None:
        for reading in reversed(readings):
            when = datetime.fromtimestamp(reading.ts_ms / 1000).strftime("%Y-%m-%d %H:%M:%S")
            text = (
                f"{when}   {format_value(reading.value, self.tag.unit)}   "
                f"{quality_text(reading.quality)}"
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, reading.ts_ms)
            item.setData(Qt.ItemDataRole.UserRole + 1, reading.value)
            self.recent.addItem(item)
        if self.recent.count():
            self.recent.setCurrentRow(0)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        value = item.data(Qt.ItemDataRole.UserRole + 1)
        self.current_label.setText(format_value(value, self.tag.unit))
        if value is not None:
            self.value_spin.setValue(float(value))
