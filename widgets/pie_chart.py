"""Donut chart of shares (e.g. energy use per carrier) with a legend and the total in the middle.

QPainter rather than a chart library: a donut is a few arcs, and drawing it ourselves keeps the
text layout under control at tablet sizes. Percentages are on the ring and every slice is
written out in the legend with its value, so nothing depends on hovering. Colours come from the
slice key (see ``chart_palette``), so a carrier keeps its colour across charts and months.
Negative or missing values count as zero: a share of a whole cannot be negative.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from domain.formatting import format_value
from widgets.chart_palette import stable_colors

__all__ = ["PieChart", "PieSlice", "slice_shares"]

HOLE = 0.58  # inner radius as a fraction of the outer one
MIN_LABEL_PERCENT = 4.0  # thinner slices get no percentage on the ring (it would not fit)
TEXT = "#202428"
MUTED = "#80858d"
EMPTY = "#e4e6ea"


def slice_shares(values: Sequence[float | None]) -> list[float]:
    """Percent of the total per value; None, NaN and negatives count as 0."""
    clean = [v if v is not None and math.isfinite(v) and v > 0 else 0.0 for v in values]
    total = sum(clean)
    return [100.0 * v / total if total > 0 else 0.0 for v in clean]


@dataclass(frozen=True)
class PieSlice:
    key: str
    label: str
    value: float
    color: str
    percent: float


class PieChart(QWidget):
    """Donut with percentages on the ring, legend beside (or below) it, total in the hole."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._slices: list[PieSlice] = []
        self._unit = ""

    def sizeHint(self) -> QSize:
        return QSize(420, 260)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, 160)

    def set_slices(
        self, slices: Sequence[tuple[str, str, float | None, str | None]], unit: str
    ) -> None:
        """Show (key, label, value, colour or None) slices; an empty list shows "No data"."""
        keys = [s[0] for s in slices]
        colors = stable_colors(keys, [s[3] for s in slices])
        shares = slice_shares([s[2] for s in slices])
        self._slices = [
            PieSlice(key, label, 0.0 if v is None or not math.isfinite(v) else float(v), c, p)
            for (key, label, v, _), c, p in zip(slices, colors, shares, strict=True)
        ]
        self._unit = unit
        self.update()

    def slices(self) -> list[PieSlice]:
        return list(self._slices)

    def total(self) -> float:
        return sum(s.value for s in self._slices if s.value > 0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.update()
        super().changeEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = float(self.width()), float(self.height())
        pad = max(6.0, 0.03 * min(w, h))
        legend_h = len(self._slices) * self._legend_row_height()
        if w >= 1.25 * h:
            size = min(h - 2 * pad, 0.5 * w)
            pie = QRectF(pad, (h - size) / 2, size, size)
            legend = QRectF(pie.right() + 2 * pad, pad, w - pie.right() - 3 * pad, h - 2 * pad)
        else:
            size = min(w - 2 * pad, max(0.4 * h, h - 4 * pad - legend_h))
            pie = QRectF((w - size) / 2, pad, size, size)
            legend = QRectF(pad, pie.bottom() + pad, w - 2 * pad, h - pie.bottom() - 2 * pad)
        self._paint_ring(painter, pie)
        self._paint_centre(painter, pie)
        self._paint_legend(painter, legend)
        painter.end()

    def _font(self, pixel_size: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(1, round(pixel_size)))
        font.setBold(bold)
        return font

    def _paint_ring(self, painter: QPainter, pie: QRectF) -> None:
        radius = pie.width() / 2
        width = radius * (1 - HOLE)
        mid = radius - width / 2
        centre = pie.center()
        box = QRectF(centre.x() - mid, centre.y() - mid, 2 * mid, 2 * mid)
        if self.total() <= 0:
            painter.setPen(QPen(QColor(EMPTY), width))
            painter.drawEllipse(box)
            return
        angle = 90.0  # start at twelve o'clock, go clockwise like a clock face
        gap = QPen(QColor("white"), max(1.0, radius * 0.015))
        painter.setFont(self._font(max(9.0, width * 0.3), bold=True))
        for s in self._slices:
            if s.percent <= 0:
                continue
            sweep = -3.6 * s.percent
            pen = QPen(QColor(s.color), width)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawArc(box, round(angle * 16), round(sweep * 16))
            if len(self._slices) > 1:
                painter.setPen(gap)
                a = math.radians(angle)
                inner, outer = radius * HOLE, radius
                painter.drawLine(
                    QPointF(centre.x() + inner * math.cos(a), centre.y() - inner * math.sin(a)),
                    QPointF(centre.x() + outer * math.cos(a), centre.y() - outer * math.sin(a)),
                )
            if s.percent >= MIN_LABEL_PERCENT:
                a = math.radians(angle + sweep / 2)
                at = QPointF(centre.x() + mid * math.cos(a), centre.y() - mid * math.sin(a))
                painter.setPen(QColor(_text_on(s.color)))
                box_text = QRectF(at.x() - width, at.y() - width / 2, 2 * width, width)
                painter.drawText(box_text, Qt.AlignmentFlag.AlignCenter, f"{s.percent:.0f}%")
            angle += sweep

    def _paint_centre(self, painter: QPainter, pie: QRectF) -> None:
        radius = pie.width() / 2
        hole = QRectF(0, 0, 2 * radius * HOLE * 0.9, 2 * radius * HOLE * 0.9)
        hole.moveCenter(pie.center())
        if self.total() <= 0:
            painter.setPen(QColor(MUTED))
            painter.setFont(self._font(max(10.0, radius * 0.14)))
            painter.drawText(hole, Qt.AlignmentFlag.AlignCenter, self.tr("No data"))
            return
        third = hole.height() / 3
        rows = (
            (self.tr("Total"), self._font(max(9.0, radius * 0.1)), MUTED, 0.2),
            (format_value(self.total()), self._font(max(11.0, radius * 0.2), True), TEXT, 1.0),
            (self._unit, self._font(max(9.0, radius * 0.1)), MUTED, 2.0),
        )
        for text, font, color, row in rows:
            painter.setFont(font)
            painter.setPen(QColor(color))
            line = QRectF(hole.left(), hole.top() + row * third, hole.width(), third)
            fitted = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, line.width())
            painter.drawText(line, Qt.AlignmentFlag.AlignCenter, fitted)

    def _legend_fonts(self) -> tuple[QFont, QFont]:
        base = max(12.0, float(QFontInfo(self.font()).pixelSize()))
        return self._font(base), self._font(base * 0.86)

    def _legend_row_height(self) -> float:
        font, small = self._legend_fonts()
        return QFontMetricsF(font).height() + QFontMetricsF(small).height() + 6

    def _paint_legend(self, painter: QPainter, area: QRectF) -> None:
        """Two lines per slice: the label, then value and percentage (nothing squeezed)."""
        if not self._slices or area.height() < 10 or area.width() < 40:
            return
        font, small = self._legend_fonts()
        metrics, small_metrics = QFontMetricsF(font), QFontMetricsF(small)
        row_h = self._legend_row_height()
        fit = max(1, int((area.height() + 1) // row_h))
        rows = len(self._slices) if len(self._slices) <= fit else max(1, fit - 1)
        top = area.top() + max(
            0.0, (area.height() - (rows + (rows < len(self._slices))) * row_h) / 2
        )
        swatch = metrics.height() * 0.7
        text_x = area.left() + swatch + 8
        text_w = max(0.0, area.right() - text_x)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for i, s in enumerate(self._slices[:rows]):
            y = top + i * row_h
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(s.color))
            swatch_y = y + (metrics.height() - swatch) / 2
            painter.drawRoundedRect(QRectF(area.left(), swatch_y, swatch, swatch), 2, 2)
            painter.setFont(font)
            painter.setPen(QColor(TEXT))
            label = metrics.elidedText(s.label, Qt.TextElideMode.ElideRight, text_w)
            painter.drawText(QRectF(text_x, y, text_w, metrics.height()), left, label)
            painter.setFont(small)
            painter.setPen(QColor(MUTED))
            detail = f"{format_value(s.value, self._unit)} · {s.percent:.1f} %"
            detail = small_metrics.elidedText(detail, Qt.TextElideMode.ElideRight, text_w)
            line = QRectF(text_x, y + metrics.height(), text_w, small_metrics.height())
            painter.drawText(line, left, detail)
        hidden = len(self._slices) - rows
        if hidden > 0:
            painter.setFont(small)
            painter.setPen(QColor(MUTED))
            more = self.tr("… and %1 more").replace("%1", str(hidden))
            painter.drawText(QRectF(text_x, top + rows * row_h, text_w, row_h), left, more)


def _text_on(color: str) -> str:
    """Black or white text, whichever reads better on the slice colour."""
    c = QColor(color)
    luminance = 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()
    return TEXT if luminance > 150 else "#ffffff"


if __name__ == "__main__":
    import sys

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    chart = PieChart()
    chart.set_slices(
        [
            ("electricity", QCoreApplication.translate("PieChart", "Electricity"), 6200.0, None),
            ("steam", QCoreApplication.translate("PieChart", "Steam"), 2100.0, None),
            ("gas", QCoreApplication.translate("PieChart", "Natural gas"), 900.0, None),
            ("water", QCoreApplication.translate("PieChart", "Water"), 120.0, None),
        ],
        "tce",
    )
    chart.resize(480, 280)
    chart.show()
    sys.exit(app.exec())
