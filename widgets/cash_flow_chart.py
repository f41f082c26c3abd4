"""Cumulative discounted cash flow of an option, year by year, painted with QPainter.

One bar per year end (year 0 is the investment): red while the option has not yet paid back in
present value, green once it has; the last bar is the NPV and carries its value. Where the bars
cross zero is the discounted payback, which is what a manager asks after "how much". A static
QPainter chart rather than pyqtgraph: a dozen bars need no zooming, and it renders identically
offscreen for screenshots and reports. Texts (title, unit) come from the caller, already
translated; values are divided by `scale` for the axis (10,000 for 万元).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

__all__ = ["CashFlowChart", "nice_ticks"]

TEXT = QColor("#202428")
MUTED = QColor("#80858d")
GRID = QColor("#e3e5e8")
NEGATIVE = QColor("#e57373")
POSITIVE = QColor("#66bb6a")
MARGIN = 8.0


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values (1, 2 or 5 × 10ⁿ apart) covering [low, high], 0 included."""
    low, high = min(low, 0.0), max(high, 0.0)
    if high - low <= 0:
        return [0.0, 1.0]  # all values 0 (nothing invested, nothing saved): a unit axis
    raw = (high - low) / max(1, count)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    first = math.floor(low / step) * step
    ticks = []
    value = first
    while value <= high + step * 1e-9:
        ticks.append(0.0 if abs(value) < step * 1e-9 else value)
        value += step
    if ticks[-1] < high:
        ticks.append(ticks[-1] + step)
    return ticks


class CashFlowChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: list[float] = []
        self._scale = 1.0
        self._unit = ""
        self._year_label = ""
        self._empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 180)

    def set_data(
        self, cumulative: Sequence[float], *, scale: float = 1.0, unit: str = "", year: str = ""
    ) -> None:
        """`cumulative[i]`: discounted cash flow summed up to the end of year i (0 = start)."""
        self._values = [float(v) for v in cumulative]
        self._scale = scale if scale > 0 else 1.0
        self._unit = unit
        self._year_label = year
        self.update()

    def set_empty_text(self, text: str) -> None:
        """What is shown when there are no values (e.g. why the option cannot be evaluated)."""
        self._empty_text = text
        self.update()

    def values(self) -> tuple[float, ...]:
        return tuple(self._values)

    def sizeHint(self) -> QSize:
        return QSize(420, 240)

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        if not self._values:
            painter.setPen(MUTED)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._empty_text)
            return
        scaled = [v / self._scale for v in self._values]
        ticks = nice_ticks(min(scaled), max(scaled))
        metrics = QFontMetricsF(self.font())
        labels = [self._number(t) for t in ticks]
        left = MARGIN + max(metrics.horizontalAdvance(t) for t in labels) + 6
        top = MARGIN + metrics.height() + 4
        bottom = self.height() - MARGIN - 2 * metrics.height() - 4
        right = self.width() - MARGIN
        if bottom <= top or right <= left:
            return
        low, high = ticks[0], ticks[-1]

        def y_of(value: float) -> float:
            return bottom - (value - low) / (high - low) * (bottom - top)

        painter.setPen(TEXT)
        painter.drawText(QPointF(MARGIN, MARGIN + metrics.ascent()), self._unit)
        for tick, text in zip(ticks, labels, strict=True):
            y = y_of(tick)
            painter.setPen(QPen(MUTED if tick == 0 else GRID, 1.5 if tick == 0 else 1.0))
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            painter.setPen(TEXT)
            box = QRectF(MARGIN, y - metrics.height() / 2, left - MARGIN - 6, metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        self._bars(painter, scaled, left, right, bottom, y_of, metrics)

    def _bars(
        self,
        painter: QPainter,
        scaled: list[float],
        left: float,
        right: float,
        bottom: float,
        y_of: Callable[[float], float],
        metrics: QFontMetricsF,
    ) -> None:
        slot = (right - left) / len(scaled)
        width = max(2.0, slot * 0.6)
        label_every = max(1, math.ceil(metrics.horizontalAdvance("00") * 1.6 / slot))
        zero = y_of(0.0)
        for year, value in enumerate(scaled):
            x = left + slot * (year + 0.5)
            y = y_of(value)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(POSITIVE if value >= 0 else NEGATIVE)
            painter.drawRect(QRectF(x - width / 2, min(y, zero), width, abs(zero - y)))
            if year % label_every == 0 or year == len(scaled) - 1:
                painter.setPen(TEXT)
                box = QRectF(x - slot, bottom + 2, 2 * slot, metrics.height())
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(year))
        painter.setPen(TEXT)
        axis = QRectF(left, bottom + metrics.height() + 2, right - left, metrics.height())
        painter.drawText(axis, Qt.AlignmentFlag.AlignCenter, self._year_label)
        last = scaled[-1]
        text = self._number(last)
        x = left + slot * (len(scaled) - 0.5)
        y = y_of(last)
        advance = metrics.horizontalAdvance(text)
        box = QRectF(x - advance - 4, y - metrics.height() - 2 if last >= 0 else y + 2, advance, 0)
        box.setHeight(metrics.height())
        painter.drawText(box, Qt.AlignmentFlag.AlignRight, text)

    def _number(self, value: float) -> str:
        return f"{value:,.0f}" if abs(value) >= 10 or value == 0 else f"{value:,.1f}"


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    from domain.projects import cumulative_discounted

    app = QApplication(sys.argv)
    chart = CashFlowChart()
    chart.set_data(
        cumulative_discounted(275_000.0, 190_000.0, 10, 0.08), scale=10_000, unit="万元", year="年"
    )
    chart.show()
    sys.exit(app.exec())
