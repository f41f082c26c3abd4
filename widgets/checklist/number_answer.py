"""A measured value: a big field, its unit, its limits, and a red flag the moment it is outside.

The flag follows every keystroke because the inspector is standing at the instrument: "8.9 is
fine, 9.1 is not" should show before they walk on, not after the answer is saved. The answer
itself is emitted when the number is complete — on Enter, when the field loses focus, or after
a short pause in typing, so a tablet whose battery dies mid-round still has the value.
Full-width digits and signs from a Chinese input method (１２．５, －) are read as numbers.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from domain.checklists import Answer, Item, limit_breach
from widgets.checklist.base import AnswerEditor

__all__ = ["SETTLE_MS", "NumberAnswer", "parse_number", "plain_number"]

SETTLE_MS = 900
"""Typing pause after which a valid number counts as given."""

_FULL_WIDTH = str.maketrans("０１２３４５６７８９．，－＋", "0123456789.,-+")


def parse_number(text: str) -> float | None:
    """The finite number in `text`, or None (empty, partial like "-" or "1e", NaN, infinity)."""
    cleaned = text.strip().translate(_FULL_WIDTH).replace("−", "-").replace(" ", "")
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")  # a decimal comma from a European keyboard layout
    if not cleaned:
        return None
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def plain_number(value: float) -> str:
    """The number as typed: 6 not 6.00, 0.35 not 0.350, no thousands separator to re-parse."""
    return format(value, ".12g")


_limit = plain_number


class NumberAnswer(AnswerEditor):
    """`field` for the number, `unit_label`, `limits_label`, `warning_label` when outside."""

    def __init__(self, item: Item, chinese: bool, parent: QWidget | None = None) -> None:
        super().__init__(item, chinese, parent)
        self.field = QLineEdit(self)
        self.field.setObjectName("numberAnswer")
        self.field.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.field.setMaxLength(32)
        self.field.setClearButtonEnabled(True)
        self.unit_label = QLabel(item.unit, self)
        self.unit_label.setObjectName("unitLabel")
        self.unit_label.setVisible(bool(item.unit))
        self.limits_label = QLabel(self)
        self.limits_label.setObjectName("limitsLabel")
        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("limitWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.hide()
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(10)
        layout.addWidget(self.field, 0, 0)
        layout.addWidget(self.unit_label, 0, 1)
        layout.addWidget(self.limits_label, 1, 0, 1, 2)
        layout.addWidget(self.warning_label, 2, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._commit)
        self.field.textEdited.connect(self._typed)
        self.field.editingFinished.connect(self._commit)
        self.field.returnPressed.connect(self._commit)
        self.retranslate()

    def breach(self) -> str | None:
        """ "below_low", "above_high" or None for what is in the field now."""
        value = parse_number(self.field.text())
        return None if value is None else limit_breach(self.item, value)

    def is_flagged(self) -> bool:
        return bool(self.field.property("breach") == "true")

    def retranslate(self) -> None:
        low, high = self.item.low, self.item.high
        if low is not None and high is not None:
            text = self.tr("Limits: %1 – %2").replace("%1", _limit(low)).replace("%2", _limit(high))
        elif low is not None:
            text = self.tr("Lower limit: %1").replace("%1", _limit(low))
        elif high is not None:
            text = self.tr("Upper limit: %1").replace("%1", _limit(high))
        else:
            text = self.tr("No limits: the value is recorded, not judged")
        if self.item.unit:
            text = f"{text} {self.item.unit}" if low is not None or high is not None else text
        self.limits_label.setText(text)
        self.field.setPlaceholderText(self.tr("Enter the value"))
        self._flag()

    def _typed(self, _text: str) -> None:
        self._flag()
        if parse_number(self.field.text()) is not None or not self.field.text().strip():
            self._settle.start()
        else:
            self._settle.stop()

    def _flag(self) -> None:
        breach = self.breach()
        text = self.field.text().strip()
        invalid = bool(text) and parse_number(text) is None
        flagged = breach is not None or invalid
        if self.field.property("breach") != ("true" if flagged else "false"):
            self.field.setProperty("breach", "true" if flagged else "false")
            self.field.style().unpolish(self.field)
            self.field.style().polish(self.field)
        if invalid:
            self.warning_label.setText(self.tr("Not a number"))
        elif breach == "below_low" and self.item.low is not None:
            self.warning_label.setText(
                self.tr("⚠ Below the lower limit %1").replace("%1", _limit(self.item.low))
            )
        elif breach == "above_high" and self.item.high is not None:
            self.warning_label.setText(
                self.tr("⚠ Above the upper limit %1").replace("%1", _limit(self.item.high))
            )
        self.warning_label.setVisible(flagged)

    def commit(self) -> None:
        self._commit()

    def _commit(self) -> None:
        self._settle.stop()
        text = self.field.text().strip()
        if not text:
            self._give(None)
            return
        value = parse_number(text)
        if value is not None:
            self._give(value)

    def _show_value(self, value: Answer | None) -> None:
        self._settle.stop()
        if isinstance(value, int | float) and not isinstance(value, bool):
            self.field.setText(plain_number(float(value)))
        else:
            self.field.clear()
        self._flag()
