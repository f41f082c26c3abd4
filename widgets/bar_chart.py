"""Grouped bar chart (categories × series) on pyqtgraph, e.g. per energy carrier: this month,
last month and baseline side by side, with the value written on every bar.

Values are written out because a comparison people act on ("3 % above baseline") should not
depend on reading a bar height against grid lines, or on hovering. Labels turn upright when
they are wider than their bar, and the value axis leaves room for them, so they never overlap
a neighbour or get clipped. A missing value draws no bar and "—" at the base, never a 0 bar.
The chart is static (no pan or zoom): on a touch screen a stray swipe should not move it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from domain.formatting import format_value
from widgets.chart_palette import stable_colors

__all__ = ["GroupedBarChart", "bar_offsets"]

GROUP_WIDTH = 0.8  # of one category slot; the rest is the gap between categories
TEXT = "#202428"
MUTED = "#80858d"
LABEL_GAP_PX = 4.0


def bar_offsets(series_count: int) -> tuple[np.ndarray, float]:
    """Offsets of each series' bar from its category centre, and the bar width."""
    if series_count < 1:
        return np.empty(0), 0.0
    width = GROUP_WIDTH / series_count
    offsets = (np.arange(series_count) - (series_count - 1) / 2) * width
    return offsets, width


@dataclass(frozen=True)
class _Label:
    item: pg.TextItem
    x: float
    value: float | None
    text: str


class GroupedBarChart(QWidget):
    """Bars per category and series with value labels, a legend row and the unit on the axis."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._canvas = pg.GraphicsLayoutWidget(self)
        self._canvas.setBackground("w")
        self._legend = pg.LegendItem(labelTextColor=TEXT, horSpacing=18)
        self._plot = pg.PlotItem()
        self._legend.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._canvas.ci.addItem(self._legend, row=0, col=0)
        self._canvas.ci.addItem(self._plot, row=1, col=0)
        self._plot.setMouseEnabled(x=False, y=False)
        self._plot.setMenuEnabled(False)
        self._plot.hideButtons()
        self._plot.showGrid(x=False, y=True, alpha=0.15)
        for name in ("left", "bottom"):
            axis = self._plot.getAxis(name)
            axis.setPen(pg.mkPen(MUTED))
            axis.setTextPen(pg.mkPen(TEXT))
        self._plot.getAxis("left").enableAutoSIPrefix(False)
        self._empty = pg.TextItem(color=MUTED, anchor=(0.5, 0.5))
        self._plot.addItem(self._empty, ignoreBounds=True)
        self._bars: list[pg.BarGraphItem] = []
        self._labels: list[_Label] = []
        self._categories: list[str] = []
        self._unit = ""
        self._label_font = QFont(self.font())
        self._label_font.setPixelSize(max(11, round(QFontMetricsF(self.font()).height() * 0.75)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._canvas)
        self.set_data([], [], "")

    def set_data(
        self,
        categories: Sequence[str],
        series: Sequence[tuple[str, Sequence[float | None], str | None]],
        unit: str,
    ) -> None:
        """Show ``series`` of (label, one value per category, colour or None)."""
        rows = [
            np.array([np.nan if v is None else v for v in s[1]], dtype=np.float64) for s in series
        ]
        for (name, _values, _color), values in zip(series, rows, strict=True):
            if values.size != len(categories):
                raise ValueError(f"{name!r}: {values.size} values for {len(categories)} categories")
        for bar in self._bars:
            self._plot.removeItem(bar)
        for label in self._labels:
            self._plot.removeItem(label.item)
        self._legend.clear()
        self._bars, self._labels = [], []
        self._categories, self._unit = list(categories), unit
        colors = stable_colors([s[0] for s in series], [s[2] for s in series])
        offsets, width = bar_offsets(len(series))
        for (name, _raw, _), values, color, offset in zip(
            series, rows, colors, offsets, strict=True
        ):
            xs = np.arange(values.size) + offset
            have = np.isfinite(values)
            bar = pg.BarGraphItem(
                x=xs[have], height=values[have], width=width * 0.92, brush=color, pen=None
            )
            self._plot.addItem(bar)
            self._legend.addItem(bar, name)
            self._bars.append(bar)
            for x, v in zip(xs.tolist(), values.tolist(), strict=True):
                self._add_label(x, v if math.isfinite(v) else None)
        self._series_count = max(1, len(series))
        self._fit_legend()
        ticks = [(i, c) for i, c in enumerate(self._categories)]
        self._plot.getAxis("bottom").setTicks([ticks])
        self._plot.setLabel("left", unit or None)
        self._plot.setXRange(-0.5, max(len(categories), 1) - 0.5, padding=0.02)
        has_data = any(label.value is not None for label in self._labels)
        self._empty.setText("" if has_data else self.tr("No data"))
        self._empty.setPos(max(len(categories), 1) / 2 - 0.5, 0.5)
        self._layout_labels()

    def categories(self) -> list[str]:
        return list(self._categories)

    def bar_items(self) -> list[pg.BarGraphItem]:
        """One BarGraphItem per series (bars of missing values are left out)."""
        return list(self._bars)

    def value_labels(self) -> list[tuple[float, str]]:
        """(x, text) of every value label, series by series, category by category."""
        return [(label.x, label.text) for label in self._labels]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_legend()
        self._layout_labels()

    def _fit_legend(self) -> None:
        """One legend row when it fits the chart's width, more rows when it does not: a fixed
        row would widen the whole chart beyond its widget (English labels are longer)."""
        count = getattr(self, "_series_count", 1)
        for columns in range(count, 0, -1):
            self._legend.setColumnCount(columns)
            if self._legend.boundingRect().width() <= max(1, self.width() - 16):
                break

    def _add_label(self, x: float, value: float | None) -> None:
        text = format_value(value)
        item = pg.TextItem(text, color=TEXT if value is not None else MUTED)
        item.setFont(self._label_font)
        self._plot.addItem(item, ignoreBounds=True)
        self._labels.append(_Label(item, x, value, text))

    def _layout_labels(self) -> None:
        """Upright labels when a label is wider than its bar; y range leaves them room."""
        values = [label.value for label in self._labels if label.value is not None]
        top = max([0.0, *values])
        bottom = min([0.0, *values])
        if top == bottom:
            top = 1.0
        metrics = QFontMetricsF(self._label_font)
        widest = max((metrics.horizontalAdvance(label.text) for label in self._labels), default=0)
        view = self._plot.getViewBox()
        px_per_x = view.width() / max(len(self._categories), 1) if view.width() > 0 else 0.0
        _offsets, width = bar_offsets(len(self._bars))
        upright = widest > width * px_per_x
        room = (widest if upright else metrics.height()) + 2 * LABEL_GAP_PX
        height_px = max(view.height(), room * 3)
        share = min(0.6, room / height_px)  # of the plot height kept free for labels
        span = (top - bottom) / (1 - share)
        low = bottom - (span * share if bottom < 0 else 0.0)
        high = top + (span * share if top > 0 else 0.0)
        self._plot.setYRange(low, high, padding=0)
        for label in self._labels:
            value = 0.0 if label.value is None else label.value
            below = value < 0
            if upright and label.value is not None:  # a lone "—" stays level
                label.item.setAngle(90)
                label.item.setAnchor((1.0, 0.5) if below else (0.0, 0.5))
            else:
                label.item.setAngle(0)
                label.item.setAnchor((0.5, 0.0) if below else (0.5, 1.0))
            label.item.setPos(label.x, value)


if __name__ == "__main__":
    import sys

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    chart = GroupedBarChart()
    chart.set_data(
        [
            QCoreApplication.translate("GroupedBarChart", "Electricity"),
            QCoreApplication.translate("GroupedBarChart", "Steam"),
            QCoreApplication.translate("GroupedBarChart", "Water"),
        ],
        [
            (
                QCoreApplication.translate("GroupedBarChart", "This month"),
                [620.0, 210.0, 12.0],
                None,
            ),
            (
                QCoreApplication.translate("GroupedBarChart", "Last month"),
                [640.0, 190.0, None],
                None,
            ),
            (
                QCoreApplication.translate("GroupedBarChart", "Baseline"),
                [600.0, 200.0, 15.0],
                "#9aa0a6",
            ),
        ],
        "tce",
    )
    chart.resize(640, 360)
    chart.show()
    sys.exit(app.exec())
