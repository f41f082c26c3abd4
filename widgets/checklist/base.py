"""What all answer editors share: the `answered` signal, quiet `set_value`, language, BigToggle.

An editor emits `answered(value)` only when the inspector has given a complete, valid answer (or
`answered(None)` when they cleared it), never while the value is half-typed and never when the
program itself shows a stored answer with `set_value`: the caller saves every emission, so an
echo would write the same answer back and a partial one would store "1" on the way to "12.5".
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from domain.checklists import Answer, Item
from widgets.checklist.style import (
    ANSWER_BUTTON_HEIGHT,
    ANSWER_FONT_SCALE,
    ANSWER_STYLE,
    BAD,
    CHOICE,
    GOOD,
    NEUTRAL,
)

__all__ = ["AnswerEditor", "BigToggle"]


class AnswerEditor(QWidget):
    """Base class: one `Item`, the UI language, and the last answer it knows of."""

    answered = Signal(object)
    """The `Answer`, or None when the inspector cleared it."""

    def __init__(self, item: Item, chinese: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.chinese = chinese
        self._value: Answer | None = None
        self.setStyleSheet(ANSWER_STYLE)

    def value(self) -> Answer | None:
        return self._value

    def set_value(self, value: Answer | None) -> None:
        """Show a stored answer without emitting `answered`."""
        self._value = value
        self._show_value(value)

    def commit(self) -> None:
        """Give a typed but not yet given answer now (the caller is about to move on)."""

    def set_chinese(self, chinese: bool) -> None:
        self.chinese = chinese
        self.retranslate()

    def retranslate(self) -> None:
        """Re-set every visible string (tr() texts and the item's own Text in `chinese`)."""

    def _show_value(self, value: Answer | None) -> None:
        """Put a stored answer on screen (abstract: every kind has its own editor)."""
        raise NotImplementedError

    def _give(self, value: Answer | None) -> None:
        """The inspector answered: remember and emit, unless nothing changed."""
        if value == self._value:
            return
        self._value = value
        self.answered.emit(value)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class BigToggle(QAbstractButton):
    """A checkable button a gloved finger hits, whose selected state shows without colour.

    `tone` picks the fill when selected (good, bad, neutral, choice); the mark in front of the
    label (✓ for a verdict, ● for one-of, ☑ for many-of) says "selected" to a colour-blind
    inspector or on a sun-bleached screen. Painted by hand rather than styled, because a
    QPushButton cannot wrap a long option text ("排放口标识牌齐全、清晰、位置正确") and would
    cut it.
    """

    MARKS: ClassVar[dict[str, tuple[str, str]]] = {
        "check": ("✓ ", ""),
        "radio": ("● ", "○ "),
        "box": ("☑ ", "☐ "),
    }
    FILLS: ClassVar[dict[str, str]] = {
        "good": GOOD,
        "bad": BAD,
        "neutral": NEUTRAL,
        "choice": CHOICE,
    }
    PADDING = 14

    def __init__(self, tone: str, mark: str = "check", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.tone = tone
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumHeight(ANSWER_BUTTON_HEIGHT)
        self._marks = self.MARKS[mark]
        self._label = ""
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * ANSWER_FONT_SCALE)
        self.setFont(font)
        self.toggled.connect(self._refresh)

    def set_label(self, label: str) -> None:
        self._label = label
        self.setAccessibleName(label)
        self._refresh()

    def label(self) -> str:
        return self._label

    def _refresh(self, _checked: bool = False) -> None:
        on, off = self._marks
        self.setText((on if self.isChecked() else off) + self._label)
        self.updateGeometry()
        self.update()

    def _text_flags(self) -> int:
        return int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)

    def _bold_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def heightForWidth(self, width: int) -> int:
        inner = max(10, width - 2 * self.PADDING)
        metrics = QFontMetrics(self._bold_font())
        text = self._marks[0] + self._label
        height = metrics.boundingRect(QRect(0, 0, inner, 10_000), self._text_flags(), text).height()
        return max(ANSWER_BUTTON_HEIGHT, height + 2 * self.PADDING)

    def hasHeightForWidth(self) -> bool:
        return True

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self._bold_font())
        width = metrics.horizontalAdvance(self._marks[0] + self._label) + 2 * self.PADDING + 8
        width = min(max(width, ANSWER_BUTTON_HEIGHT * 2), 520)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(ANSWER_BUTTON_HEIGHT, ANSWER_BUTTON_HEIGHT)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            checked = self.isChecked()
            enabled = self.isEnabled()
            if checked and enabled:
                fill, border, ink, border_width = (
                    QColor(self.FILLS[self.tone]),
                    "#101418",
                    "white",
                    3,
                )
            elif checked:
                fill, border, ink, border_width = QColor("#9aa0a6"), "#5b6470", "white", 3
            else:
                fill = QColor("#e3e6ea" if self.isDown() else "white")
                border = "#5b6470" if enabled else "#c4c8cc"
                ink = "#1d2126" if enabled else "#9aa0a6"
                border_width = 2
            half = border_width / 2
            box = QRectF(self.rect()).adjusted(half, half, -half, -half)
            painter.setPen(QPen(QColor(border), border_width))
            painter.setBrush(fill)
            painter.drawRoundedRect(box, 8, 8)
            if self.hasFocus():
                painter.setPen(QPen(QColor(ink), 1, Qt.PenStyle.DotLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(box.adjusted(5, 5, -5, -5), 5, 5)
            painter.setPen(QColor(ink))
            painter.setFont(self._bold_font() if checked else self.font())
            inner = self.rect().adjusted(self.PADDING, 4, -self.PADDING, -4)
            painter.drawText(inner, self._text_flags(), self.text())
        finally:
            painter.end()
