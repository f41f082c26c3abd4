"""Free text and dates.

Text has no "done" key on a touch keyboard, so it is given after a pause in typing or when the
field loses focus; the length limit is enforced while typing (QPlainTextEdit has none of its
own) with a counter, so nothing is cut silently on save. A date starts empty — a field that
showed today would look answered when it is not — and is given as "YYYY-MM-DD".
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from domain.checklists import Answer, Item
from widgets.checklist.base import AnswerEditor
from widgets.touch import TOUCH_TARGET_PX

__all__ = ["TEXT_SETTLE_MS", "DateAnswer", "TextAnswer"]

TEXT_SETTLE_MS = 1200
EMPTY_DATE = QDate(2000, 1, 1)
"""Shown as "—": QDateEdit cannot be empty, so its minimum stands for "no date yet"."""


class TextAnswer(AnswerEditor):
    """`edit` for the text, `counter` "12 / 2000"; an emptied field gives None."""

    def __init__(self, item: Item, chinese: bool, parent: QWidget | None = None) -> None:
        super().__init__(item, chinese, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("textAnswer")
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(TOUCH_TARGET_PX * 3)
        self.counter = QLabel(self)
        self.counter.setObjectName("lengthCounter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 0, 0)
        layout.addWidget(self.counter, 1, 0)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(TEXT_SETTLE_MS)
        self._settle.timeout.connect(self._commit)
        self._quiet = False
        self.edit.textChanged.connect(self._typed)
        self.edit.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Type here"))
        self._count()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            self._commit()
        return super().eventFilter(watched, event)

    def commit(self) -> None:
        """Give what is typed now (the page calls this before it moves to another item)."""
        self._commit()

    def _typed(self) -> None:
        if self._quiet:
            return
        text = self.edit.toPlainText()
        if len(text) > self.item.max_length:
            self._quiet = True
            cursor = self.edit.textCursor()
            position = min(cursor.position(), self.item.max_length)
            self.edit.setPlainText(text[: self.item.max_length])
            cursor = self.edit.textCursor()
            cursor.setPosition(position, QTextCursor.MoveMode.MoveAnchor)
            self.edit.setTextCursor(cursor)
            self._quiet = False
        self._count()
        self._settle.start()

    def _count(self) -> None:
        length = len(self.edit.toPlainText())
        self.counter.setText(f"{length} / {self.item.max_length}")

    def _commit(self) -> None:
        self._settle.stop()
        text = self.edit.toPlainText()
        self._give(text if text.strip() else None)

    def _show_value(self, value: Answer | None) -> None:
        self._settle.stop()
        self._quiet = True
        self.edit.setPlainText(value if isinstance(value, str) else "")
        self._quiet = False
        self._count()


class DateAnswer(AnswerEditor):
    """`date_edit` with a calendar, plus big Today and Clear buttons."""

    def __init__(self, item: Item, chinese: bool, parent: QWidget | None = None) -> None:
        super().__init__(item, chinese, parent)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("dateAnswer")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMinimumDate(EMPTY_DATE)
        self.date_edit.setSpecialValueText("—")
        self.date_edit.setDate(EMPTY_DATE)
        calendar = self.date_edit.calendarWidget()
        calendar.setMinimumSize(TOUCH_TARGET_PX * 8, TOUCH_TARGET_PX * 6)
        calendar.installEventFilter(self)
        self.today_button = QPushButton(self)
        self.today_button.setObjectName("secondaryButton")
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("secondaryButton")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.date_edit, 1)
        layout.addWidget(self.today_button)
        layout.addWidget(self.clear_button)
        self._quiet = False
        self.date_edit.dateChanged.connect(self._changed)
        self.today_button.clicked.connect(lambda: self.date_edit.setDate(QDate.currentDate()))
        self.clear_button.clicked.connect(lambda: self.date_edit.setDate(EMPTY_DATE))
        self.retranslate()

    def retranslate(self) -> None:
        self.today_button.setText(self.tr("Today"))
        self.clear_button.setText(self.tr("Clear"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        calendar = self.date_edit.calendarWidget()
        if watched is calendar and event.type() == QEvent.Type.Show:
            # An empty date would open the calendar in January 2000; open it at this month.
            QTimer.singleShot(0, self, self._calendar_to_today)
        return super().eventFilter(watched, event)

    def _calendar_to_today(self) -> None:
        if self.date_edit.date() == EMPTY_DATE:
            today = QDate.currentDate()
            self.date_edit.calendarWidget().setCurrentPage(today.year(), today.month())

    def _changed(self, date: QDate) -> None:
        if self._quiet:
            return
        self._give(None if date == EMPTY_DATE else date.toString("yyyy-MM-dd"))

    def _show_value(self, value: Answer | None) -> None:
        date = QDate.fromString(value, "yyyy-MM-dd") if isinstance(value, str) else QDate()
        self._quiet = True
        self.date_edit.setDate(date if date.isValid() else EMPTY_DATE)
        self._quiet = False
