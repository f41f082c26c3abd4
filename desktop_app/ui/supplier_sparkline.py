"""A supplier's evaluation scores as a small line: is it getting better or worse?

Reuses the point layout of `widgets.sparkline` (the KPI table's cell sparkline) in a widget of
its own, with the grade bands (A ≥ 90, B ≥ 75, C ≥ 60) as faint lines so a fall below a band
is seen at a glance. Lives in the GUI thread.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from widgets.sparkline import LINE, sparkline_points

BANDS = (60.0, 75.0, 90.0)
MARGIN = 6.0


class ScoreSparkline(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scores: tuple[float, ...] = ()
        self.setMinimumSize(160, 48)

    def set_scores(self, scores: Sequence[float]) -> None:
        self._scores = tuple(scores)
        self.update()

    def scores(self) -> tuple[float, ...]:
        return self._scores

    def sizeHint(self) -> QSize:
        return QSize(240, 56)

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        rect = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        if len(self._scores) < 2 or rect.height() <= 0:
            return
        low, high = min(self._scores), max(self._scores)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        span = (high - low) or 1.0
        painter.setPen(QPen(QColor("#cfd8dc"), 1.0, Qt.PenStyle.DashLine))
        for band in BANDS:
            if low <= band <= high:
                y = rect.bottom() - (band - low) / span * rect.height()
                painter.drawLine(int(rect.left()), int(y), int(rect.right()), int(y))
        painter.setPen(QPen(LINE, 2.0))
        for run in sparkline_points(self._scores, rect):
            path = QPainterPath(run[0])
            for point in run[1:]:
                path.lineTo(point)
            painter.drawPath(path)
            painter.setBrush(LINE)
            for point in run:
                painter.drawEllipse(point, 2.5, 2.5)
        painter.end()
