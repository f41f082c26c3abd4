"""A sparkline painted inside a table cell: the shape of the last months at a glance.

Missing months break the line (a gap, not a dip to zero); the newest value gets a dot. Drawn
with QPainter in the delegate, not with a plot widget per row, so a table of forty KPIs stays
as cheap to scroll as text.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

__all__ = ["SparklineDelegate", "sparkline_points"]

LINE = QColor("#1f77b4")
MARGIN = 4.0


def sparkline_points(values: Sequence[float | None], rect: QRectF) -> list[list[QPointF]]:
    """Runs of points (one list per unbroken run) scaled into `rect`; empty without data."""
    known = [v for v in values if v is not None and math.isfinite(v)]
    if not known or len(values) < 2:
        return []
    low, high = min(known), max(known)
    span = (high - low) or 1.0
    step = rect.width() / (len(values) - 1)
    runs: list[list[QPointF]] = [[]]
    for index, value in enumerate(values):
        if value is None or not math.isfinite(value):
            if runs[-1]:
                runs.append([])
            continue
        y = rect.bottom() - (value - low) / span * rect.height()
        runs[-1].append(QPointF(rect.left() + index * step, y))
    return [run for run in runs if run]


class SparklineDelegate(QStyledItemDelegate):
    def __init__(self, role: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._role = role

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter)
        values = index.data(self._role) or []
        rect = QRectF(option.rect).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        runs = sparkline_points(values, rect)
        if not runs:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(LINE, 1.5))
        for run in runs:
            path = QPainterPath(run[0])
            for point in run[1:]:
                path.lineTo(point)
            painter.drawPath(path)
        last = runs[-1][-1]
        painter.setBrush(LINE)
        painter.drawEllipse(last, 2.5, 2.5)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(120, 28)
