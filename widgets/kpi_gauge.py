"""Arc gauge for one KPI: bands, target and limit marks, the value big, the change vs before.

Drawn with QPainter (no chart library) so it stays crisp at any size: every length is a
fraction of the arc radius, which is fitted to the widget, so the same gauge reads at 220×180
on a tablet tile and at 400×320 on a wall screen. Nothing is hover-only: quality and change are
written out, because tablets have no hover. A missing value shows "—" and no arc: a gauge
resting at 0 would claim a measurement that does not exist.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from domain.formatting import format_value
from widgets.quality_names import quality_name

__all__ = ["GaugeLayout", "KpiGauge", "gauge_layout", "value_angle"]

START_DEG = 210.0  # Qt angles: 0° at three o'clock, counter-clockwise positive
SWEEP_DEG = 240.0  # the arc runs clockwise from START_DEG through 12 o'clock
TRACK = "#e4e6ea"
ACCENT = "#1f77b4"
MUTED = "#9a9ea6"
TEXT = "#202428"
TARGET = "#202428"
LIMIT = "#d62728"
GOOD_CHANGE = "#1e8c3a"
BAD_CHANGE = "#d62728"
WARN = "#e8900c"
_UP, _DOWN = ("▲", "↑", "+"), ("▼", "↓", "-", "−")


def value_angle(value: float, low: float, high: float) -> float:
    """Qt angle (degrees) of a value on the arc, clamped to the arc's ends."""
    if not high > low:
        return START_DEG
    fraction = min(1.0, max(0.0, (value - low) / (high - low)))
    return START_DEG - SWEEP_DEG * fraction


@dataclass(frozen=True)
class GaugeLayout:
    """Where the parts go for a widget size; all radii are from the arc centre."""

    centre: QPointF
    radius: float  # outer edge of the band ring
    band_width: float
    track_radius: float  # middle of the value track
    track_width: float
    title_rect: QRectF
    change_rect: QRectF

    def point(self, angle_deg: float, radius: float) -> QPointF:
        a = math.radians(angle_deg)
        return QPointF(
            self.centre.x() + radius * math.cos(a), self.centre.y() - radius * math.sin(a)
        )


_ABOVE = 1.09  # arc top plus marker triangles, in radii above the centre
_BELOW = 0.5 + 0.16  # arc ends (r·sin 30°) plus the scale-end labels
_SIDE = 1.09  # marker triangles stick out beyond the ring


def gauge_layout(width: float, height: float, line_height: float) -> GaugeLayout:
    """Fit the 240° arc between a title line and a change line."""
    pad = max(4.0, 0.03 * min(width, height))
    title = QRectF(pad, pad, width - 2 * pad, line_height)
    change = QRectF(pad, height - pad - line_height, width - 2 * pad, line_height)
    top, bottom = title.bottom() + pad * 0.5, change.top() - pad * 0.5
    radius = max(10.0, min((width - 2 * pad) / (2 * _SIDE), (bottom - top) / (_ABOVE + _BELOW)))
    spare = max(0.0, bottom - top - (_ABOVE + _BELOW) * radius)
    centre = QPointF(width / 2.0, top + spare / 2 + _ABOVE * radius)
    band = 0.08 * radius
    track = 0.17 * radius
    track_radius = radius - band - 0.05 * radius - track / 2
    return GaugeLayout(centre, radius, band, track_radius, track, title, change)


class KpiGauge(QWidget):
    """One KPI as an arc gauge; see the module docstring for the design."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._title = ""
        self._low, self._high = 0.0, 100.0
        self._value: float | None = None
        self._unit = ""
        self._quality = 0
        self._target: float | None = None
        self._limit: float | None = None
        self._bands: list[tuple[float, float, str]] = []
        self._change_text = ""
        self._favourable: bool | None = None
        self._higher_better = False

    def sizeHint(self) -> QSize:
        return QSize(260, 210)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 130)

    def set_title(self, title: str) -> None:
        self._title = title
        self.update()

    def set_range(self, minimum: float, maximum: float) -> None:
        if not maximum > minimum:
            raise ValueError(f"empty range {minimum}..{maximum}")
        self._low, self._high = float(minimum), float(maximum)
        self.update()

    def set_value(self, value: float | None, unit: str, quality: int = 0) -> None:
        """Show a value (None or NaN: missing); a non-GOOD quality greys it and says why."""
        missing = value is None or not math.isfinite(value)
        self._value = None if missing else float(value)  # type: ignore[arg-type]
        self._unit = unit
        self._quality = int(quality)
        self.update()

    def set_target(self, value: float | None) -> None:
        self._target = value
        self.update()

    def set_limit(self, value: float | None) -> None:
        self._limit = value
        self.update()

    def set_bands(self, bands: list[tuple[float, float, str]]) -> None:
        """Coloured stretches of the scale, e.g. normal (green), near limit (amber)."""
        self._bands = [(float(lo), float(hi), str(c)) for lo, hi, c in bands]
        self.update()

    def set_better_direction(self, direction: str) -> None:
        """ "higher" or "lower": which way a change is good when set_change is not told."""
        if direction not in ("higher", "lower"):
            raise ValueError(f"direction must be 'higher' or 'lower', got {direction!r}")
        self._higher_better = direction == "higher"
        self.update()

    def set_change(self, text: str, favourable: bool | None = None) -> None:
        """Change vs the previous period, e.g. "▲ 3.2 % vs yesterday".

        ``favourable`` colours it green/red; None derives it from the arrow (▲/▼) and the
        better direction, and stays neutral grey when the text has no arrow.
        """
        self._change_text = text
        self._favourable = favourable
        self.update()

    def value_text(self) -> str:
        """The big number as shown ("—" when missing)."""
        return format_value(self._value)

    def change_favourable(self) -> bool | None:
        """Whether the change is shown as good (True), bad (False) or neutral (None)."""
        if self._favourable is not None or not self._change_text:
            return self._favourable
        head = self._change_text.lstrip()
        if head.startswith(_UP):
            return self._higher_better
        if head.startswith(_DOWN):
            return not self._higher_better
        return None

    def value_color(self) -> str:
        """Colour of the value arc: grey if not GOOD, else its band's colour, else the accent."""
        if self._value is None or self._quality != 0:
            return MUTED
        for low, high, color in self._bands:
            if low <= self._value <= high:
                return color
        return ACCENT

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.update()  # the quality name is translated when painted
        super().changeEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        small = self._small_font()
        layout = self.gauge_geometry()
        self._paint_arcs(painter, layout)
        self._paint_marks(painter, layout)
        self._paint_texts(painter, layout, small)
        painter.end()

    def gauge_geometry(self) -> GaugeLayout:
        """Where the arc and texts go at the current size (also what tests measure)."""
        line = QFontMetricsF(self._small_font()).height()
        return gauge_layout(self.width(), self.height(), line)

    def _small_font(self) -> QFont:
        return self._font(max(10.0, min(self.width(), self.height()) * 0.065))

    def _font(self, pixel_size: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(1, round(pixel_size)))
        font.setBold(bold)
        return font

    def _arc(
        self,
        painter: QPainter,
        lay: GaugeLayout,
        radius: float,
        width: float,
        color: str,
        start: float,
        end: float,
    ) -> None:
        pen = QPen(QColor(color), width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        box = QRectF(lay.centre.x() - radius, lay.centre.y() - radius, 2 * radius, 2 * radius)
        painter.drawArc(box, round(start * 16), round((end - start) * 16))

    def _paint_arcs(self, painter: QPainter, lay: GaugeLayout) -> None:
        band_mid = lay.radius - lay.band_width / 2
        end_deg = START_DEG - SWEEP_DEG
        self._arc(painter, lay, band_mid, lay.band_width, TRACK, START_DEG, end_deg)
        for low, high, color in self._bands:
            a0, a1 = (
                value_angle(low, self._low, self._high),
                value_angle(high, self._low, self._high),
            )
            self._arc(painter, lay, band_mid, lay.band_width, color, a0, a1)
        self._arc(painter, lay, lay.track_radius, lay.track_width, TRACK, START_DEG, end_deg)
        if self._value is not None:
            angle = value_angle(self._value, self._low, self._high)
            self._arc(
                painter,
                lay,
                lay.track_radius,
                lay.track_width,
                self.value_color(),
                START_DEG,
                angle,
            )

    def _paint_marks(self, painter: QPainter, lay: GaugeLayout) -> None:
        inner = lay.track_radius - lay.track_width / 2
        for value, color in ((self._limit, LIMIT), (self._target, TARGET)):
            if value is None:
                continue
            angle = value_angle(value, self._low, self._high)
            pen = QPen(QColor(color), max(2.0, 0.025 * lay.radius))
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawLine(
                lay.point(angle, inner - 0.03 * lay.radius), lay.point(angle, lay.radius)
            )
            tip, size = lay.point(angle, lay.radius + 0.01 * lay.radius), 0.07 * lay.radius
            left = lay.point(angle + math.degrees(size / lay.radius), lay.radius + size)
            right = lay.point(angle - math.degrees(size / lay.radius), lay.radius + size)
            triangle = QPainterPath(tip)
            triangle.lineTo(left)
            triangle.lineTo(right)
            triangle.closeSubpath()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(color))
            painter.drawPath(triangle)

    def _paint_texts(self, painter: QPainter, lay: GaugeLayout, small: QFont) -> None:
        r, c = lay.radius, lay.centre
        painter.setFont(self._font(small.pixelSize(), bold=True))
        painter.setPen(QColor(TEXT))
        flags = Qt.AlignmentFlag.AlignCenter
        title = QFontMetricsF(painter.font()).elidedText(
            self._title, Qt.TextElideMode.ElideRight, lay.title_rect.width()
        )
        painter.drawText(lay.title_rect, flags, title)
        good = self._quality == 0 and self._value is not None
        value_font = self._font(0.36 * r, bold=True)
        painter.setFont(value_font)
        painter.setPen(QColor(TEXT if good else MUTED))
        value_box = QRectF(c.x() - 0.8 * r, c.y() - 0.34 * r, 1.6 * r, 0.42 * r)
        painter.drawText(value_box, flags, self.value_text())
        painter.setFont(self._font(max(9.0, 0.14 * r)))
        painter.setPen(QColor(MUTED))
        unit_box = QRectF(c.x() - 0.8 * r, value_box.bottom(), 1.6 * r, 0.2 * r)
        painter.drawText(unit_box, flags, self._unit)
        ends = [(self._low, START_DEG), (self._high, START_DEG - SWEEP_DEG)]
        painter.setFont(self._font(max(8.0, 0.1 * r)))
        for value, angle in ends:
            at = lay.point(angle, lay.radius - lay.band_width)
            box = QRectF(at.x() - 0.3 * r, c.y() + 0.5 * r, 0.6 * r, 0.16 * r)
            painter.drawText(box, flags, f"{value:g}")
        if self._quality != 0:
            self._paint_quality(painter, lay, value_box, unit_box, value_font)
        favourable = self.change_favourable()
        colour = MUTED if favourable is None else GOOD_CHANGE if favourable else BAD_CHANGE
        painter.setFont(small)
        painter.setPen(QColor(colour))
        painter.drawText(lay.change_rect, flags, self._change_text)

    def _paint_quality(
        self,
        painter: QPainter,
        lay: GaugeLayout,
        value_box: QRectF,
        unit_box: QRectF,
        value_font: QFont,
    ) -> None:
        """An amber "!" beside the greyed value and the quality's name under the unit."""
        r = lay.radius
        text_width = QFontMetricsF(value_font).horizontalAdvance(self.value_text())
        size = 0.13 * r
        mark = QRectF(
            value_box.center().x() + text_width / 2 + 0.07 * r, value_box.top(), size, size
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(WARN))
        painter.drawEllipse(mark)
        painter.setPen(QColor("white"))
        painter.setFont(self._font(0.1 * r, bold=True))
        painter.drawText(mark, Qt.AlignmentFlag.AlignCenter, "!")
        painter.setPen(QColor(WARN))
        painter.setFont(self._font(max(8.0, 0.1 * r)))
        name_box = QRectF(unit_box.left(), unit_box.bottom(), unit_box.width(), 0.14 * r)
        name = QFontMetricsF(painter.font()).elidedText(
            quality_name(self._quality), Qt.TextElideMode.ElideRight, name_box.width()
        )
        painter.drawText(name_box, Qt.AlignmentFlag.AlignCenter, name)


if __name__ == "__main__":
    import sys

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QHBoxLayout

    app = QApplication(sys.argv)
    window = QWidget()
    row = QHBoxLayout(window)
    for value, quality in ((182.5, 0), (None, 0), (231.0, 1)):
        gauge = KpiGauge()
        gauge.set_title(QCoreApplication.translate("KpiGauge", "Energy per tonne"))
        gauge.set_range(0, 300)
        gauge.set_bands([(0, 200, "#7cc47f"), (200, 250, "#f2c14e"), (250, 300, "#e76f51")])
        gauge.set_target(190)
        gauge.set_limit(250)
        gauge.set_value(value, "kWh/t", quality)
        gauge.set_better_direction("lower")
        gauge.set_change(QCoreApplication.translate("KpiGauge", "▲ 3.2 % vs yesterday"))
        row.addWidget(gauge)
    window.resize(780, 240)
    window.show()
    sys.exit(app.exec())
