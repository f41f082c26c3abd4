"""What stays on screen around the question: where you are, whether it is saved, how to move.

Top: Close, the checklist's name, the save state (never a dialog: a "saved ✓" that changes to
"not saved" with Retry is enough, and the inspector keeps working), the section and a progress
bar "12 / 48". Bottom, where the thumbs are: Previous, Finish, Next — large, far apart.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from desktop_app.ui.inspection.run_writer import FAILED, SAVED, SAVING
from desktop_app.ui.inspection.steps import Step
from widgets.touch import TOUCH_TARGET_PX

__all__ = ["NAV_HEIGHT", "InspectionChrome"]

NAV_HEIGHT = TOUCH_TARGET_PX + 16
MESSAGE_MS = 10_000

NAV_STYLE = """
QPushButton { font-size: 14pt; padding: 6px 20px; border-radius: 8px;
              border: 2px solid #5b6470; background: #f4f6f8; color: #1d2126; }
QPushButton:disabled { color: #a0a6ad; border-color: #c9cdd2; background: #f4f6f8; }
QPushButton#nextButton:enabled { background: #1f4e9a; color: white; border-color: #163a73; }
QPushButton#finishButton:enabled { background: #1b7a32; color: white; border-color: #125522;
                                   font-weight: bold; }
"""


class InspectionChrome(QObject):
    """`top` and `bottom` widgets; `update_for` sets them for the step on screen."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.top = QWidget(parent)
        self.bottom = QWidget(parent)
        self.bottom.setStyleSheet(NAV_STYLE)
        self.close_button = QPushButton(self.top)
        self.close_button.setObjectName("closeButton")
        self.close_button.setMinimumHeight(TOUCH_TARGET_PX)
        self.close_button.setMinimumWidth(TOUCH_TARGET_PX * 2)
        self.close_button.setStyleSheet("font-size: 12pt; padding: 4px 14px;")
        self.title_label = QLabel(self.top)
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.save_label = QLabel(self.top)
        self.save_label.setObjectName("saveState")
        self.retry_button = QPushButton(self.top)
        self.retry_button.setMinimumHeight(TOUCH_TARGET_PX)
        self.retry_button.setStyleSheet("font-size: 12pt; padding: 4px 14px;")
        self.retry_button.hide()
        self.section_label = QLabel(self.top)
        self.section_label.setStyleSheet("color: #1f4e9a; font-size: 12pt; font-weight: bold;")
        self.section_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.answered_label = QLabel(self.top)
        self.answered_label.setStyleSheet("color: #4a5058; font-size: 11pt;")
        self.progress = QProgressBar(self.top)
        self.progress.setMinimumHeight(26)
        self.progress.setStyleSheet(
            "QProgressBar { border: 1px solid #9aa0a6; border-radius: 5px; background: #eceff1;"
            " text-align: center; font-size: 11pt; font-weight: bold; color: #1d2126; }"
            "QProgressBar::chunk { background: #6fa8dc; border-radius: 4px; }"
        )
        self.message_label = QLabel(self.top)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(
            "background: #fdecea; color: #8e1b1b; border: 1px solid #e0a3a3; padding: 8px;"
            " font-size: 12pt;"
        )
        self.message_label.hide()
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.setInterval(MESSAGE_MS)
        self._message_timer.timeout.connect(self.message_label.hide)
        top = QGridLayout(self.top)
        top.setContentsMargins(0, 0, 0, 0)
        top.setHorizontalSpacing(12)
        top.setVerticalSpacing(6)
        top.addWidget(self.close_button, 0, 0)
        top.addWidget(self.title_label, 0, 1)
        top.addWidget(self.save_label, 0, 2)
        top.addWidget(self.retry_button, 0, 3)
        top.addWidget(self.section_label, 1, 0, 1, 2)
        top.addWidget(self.answered_label, 1, 2, 1, 2)
        top.addWidget(self.progress, 2, 0, 1, 4)
        top.addWidget(self.message_label, 3, 0, 1, 4)
        top.setColumnStretch(1, 1)
        self.previous_button = QPushButton(self.bottom)
        self.previous_button.setObjectName("previousButton")
        self.finish_button = QPushButton(self.bottom)
        self.finish_button.setObjectName("finishButton")
        self.next_button = QPushButton(self.bottom)
        self.next_button.setObjectName("nextButton")
        bottom = QHBoxLayout(self.bottom)
        bottom.setContentsMargins(0, 4, 0, 0)
        bottom.setSpacing(16)
        for button in (self.previous_button, self.finish_button, self.next_button):
            button.setMinimumHeight(NAV_HEIGHT)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            bottom.addWidget(button, 1)
        self._state = ""
        self._last: dict[str, Any] | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.close_button.setText(self.tr("‹ Close"))
        self.retry_button.setText(self.tr("Retry"))
        self.previous_button.setText(self.tr("‹ Previous"))
        self.next_button.setText(self.tr("Next ›"))
        self.finish_button.setText(self.tr("Finish"))
        self.show_save_state(self._state)
        if self._last is not None:
            self.update_for(**self._last)

    def show_save_state(self, state: str) -> None:
        self._state = state
        texts = {
            SAVING: (self.tr("Saving…"), "#4a5058"),
            SAVED: (self.tr("✓ Saved"), "#1b7a32"),
            FAILED: (self.tr("⚠ Not saved"), "#c62828"),
        }
        text, colour = texts.get(state, ("", "#4a5058"))
        self.save_label.setText(text)
        self.save_label.setStyleSheet(f"color: {colour}; font-size: 12pt; font-weight: bold;")
        self.retry_button.setVisible(state == FAILED)

    def show_message(self, text: str) -> None:
        """A refusal or notice above the question; it goes away by itself."""
        self.message_label.setText(text)
        self.message_label.show()
        self._message_timer.start()

    def update_for(
        self,
        step: Step,
        *,
        total: int,
        sections: int,
        answered: int,
        template_name: str,
        title: str,
        first: bool,
        last: bool,
        can_finish: bool,
        finished: bool,
        chinese: bool,
    ) -> None:
        self._last = {
            "step": step, "total": total, "sections": sections, "answered": answered,
            "template_name": template_name, "title": title, "first": first, "last": last,
            "can_finish": can_finish, "finished": finished, "chinese": chinese,
        }  # fmt: skip
        self.title_label.setText(f"{template_name} · {title}" if title else template_name)
        if step.is_review:
            where = self.tr("Review")
        elif step.section is not None:
            where = (
                self.tr("Section %1 of %2 · %3")
                .replace("%1", str(step.section_number))
                .replace("%2", str(sections))
                .replace("%3", step.section.title.pick(chinese))
            )
        else:
            where = ""
        self.section_label.setText(where)
        self.answered_label.setText(
            self.tr("%1 of %2 answered").replace("%1", str(answered)).replace("%2", str(total))
        )
        shown = total if finished or step.is_review else step.number
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(shown, max(total, 1)))
        self.progress.setFormat(f"{shown} / {total}")
        self.previous_button.setEnabled(not first and not finished)
        self.next_button.setEnabled(not last and not finished)
        self.finish_button.setEnabled(can_finish and not finished)
        self.bottom.setVisible(not finished)
