"""A strip across the top of the main window while any alarm is open.

It says how many alarms wait for acknowledgement, by priority, shows the newest one's text,
takes the colour of the most urgent open alarm, and offers one large button to the alarm
page. It hides itself when nothing is open, so a quiet plant gets the whole screen.

Thread: GUI only; fed by `AlarmBridge.alarms_changed`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop_app.services.alarm_monitor import AlarmSnapshot
from desktop_app.ui.alarm_bridge import AlarmBridge
from desktop_app.ui.alarm_text import (
    PRIORITY_COLORS,
    PRIORITY_TEXT_COLORS,
    describe,
    format_time,
)
from desktop_app.ui.i18n import LanguageSwitcher

TOUCH_HEIGHT = 44


class AlarmBanner(QFrame):
    open_requested = Signal()
    """The user wants the alarm page."""

    def __init__(
        self, alarms: AlarmBridge, language: LanguageSwitcher, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("alarmBanner")
        self._language = language
        self._snapshot = alarms.current
        self.count_label = QLabel(self)
        self.newest_label = QLabel(self)
        self.newest_label.setMinimumWidth(120)
        self.open_button = QPushButton(self)
        self.open_button.setMinimumHeight(TOUCH_HEIGHT - 8)
        self.open_button.clicked.connect(self.open_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 8, 4)
        layout.addWidget(self.count_label)
        layout.addWidget(self.newest_label, 1)
        layout.addWidget(self.open_button)
        self.setMinimumHeight(TOUCH_HEIGHT)
        alarms.alarms_changed.connect(self.show_snapshot)
        self.retranslate()

    @Slot(object)
    def show_snapshot(self, snapshot: AlarmSnapshot) -> None:
        self._snapshot = snapshot
        self._update()

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Show alarms"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update(self) -> None:
        snapshot = self._snapshot
        if not snapshot.alarms:
            self.hide()
            return
        counts = snapshot.unacknowledged_by_priority()
        by_priority = " · ".join(f"P{p} {n}" for p, n in counts.items() if n)
        unacknowledged = sum(counts.values())
        text = self.tr("%1 unacknowledged, %2 active").replace("%1", str(unacknowledged))
        text = text.replace("%2", str(len(snapshot.active)))
        self.count_label.setText(f"{text} ({by_priority})" if by_priority else text)
        newest = snapshot.newest()
        if newest is not None:
            self.newest_label.setText(
                f"{format_time(newest.raised_ts)}  {describe(newest, self._language.is_chinese)}"
            )
        waiting = snapshot.unacknowledged or snapshot.alarms
        urgent = min(alarm.priority for alarm in waiting)
        background = PRIORITY_COLORS.get(urgent, "#757575")
        foreground = PRIORITY_TEXT_COLORS.get(urgent, "#ffffff")
        self.setStyleSheet(
            f"QFrame#alarmBanner {{ background: {background}; }}"
            f" QFrame#alarmBanner QLabel {{ color: {foreground}; font-weight: bold; }}"
        )
        self.show()

    @property
    def urgent_priority(self) -> int | None:
        """The priority whose colour the banner shows, None while hidden."""
        waiting = self._snapshot.unacknowledged or self._snapshot.alarms
        return min((a.priority for a in waiting), default=None)
