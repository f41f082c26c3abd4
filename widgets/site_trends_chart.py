"""One indicator's monthly values at several sites: a line per site, months along the bottom.

Each site keeps its colour wherever it appears (`chart_palette.stable_colors` keyed by the
site code); every month with a value is a dot, consecutive months are joined, and a month
without a value is a gap, never a 0. Static like the other dashboard charts (no pan or zoom on
a touch screen); with no value at all, the caller's "no data" sentence shows in the middle.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QVBoxLayout, QWidget

from widgets.chart_palette import stable_colors

__all__ = ["SiteSeries", "SiteTrendsChart"]

TEXT = "#202428"
MUTED = "#80858d"


@dataclass(frozen=True)
class SiteSeries:
    label: str
    """What the legend says, usually the site code."""
    months: tuple[date, ...]
    """The first day of each month."""
    values: tuple[float | None, ...]


def month_seconds(month: date) -> float:
    """Mid-month in local time, so the date axis puts the tick label under its own month."""
    return datetime(month.year, month.month, 15).timestamp()


class SiteTrendsChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        self._plot.setBackground("w")
        self._plot.setMouseEnabled(x=False, y=False)
        self._plot.setMenuEnabled(False)
        self._plot.hideButtons()
        self._plot.showGrid(x=False, y=True, alpha=0.15)
        for side in ("left", "bottom"):
            axis = self._plot.getAxis(side)
            axis.setPen(pg.mkPen(MUTED))
            axis.setTextPen(pg.mkPen(TEXT))
        self._plot.getAxis("left").enableAutoSIPrefix(False)
        self._legend = self._plot.addLegend(offset=(10, 5), labelTextColor=TEXT, colCount=4)
        self._empty = pg.TextItem(color=MUTED, anchor=(0.5, 0.5))
        self._plot.addItem(self._empty, ignoreBounds=True)
        self._curves: list[pg.PlotDataItem] = []
        self._values: dict[str, list[float | None]] = {}
        self._empty_text = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._plot)

    def set_texts(self, unit: str, empty: str) -> None:
        """The value axis unit and the sentence shown when no site has a value."""
        self._plot.getAxis("left").setLabel(unit)
        self._empty_text = empty
        self._empty.setText(empty if self._empty.isVisible() else "")

    def set_series(self, series: Sequence[SiteSeries]) -> None:
        for curve in self._curves:
            self._plot.removeItem(curve)
        self._curves = []
        self._values = {}
        self._legend.clear()
        colours = stable_colors([s.label for s in series])
        xs: list[float] = []
        ys: list[float] = []
        for one, colour in zip(series, colours, strict=True):
            x = np.array([month_seconds(m) for m in one.months], dtype=float)
            y = np.array([np.nan if v is None else v for v in one.values], dtype=float)
            if not np.isfinite(y).any():  # no points: an all-NaN scatter warns and has no bounds
                x, y = np.empty(0), np.empty(0)
            curve = self._plot.plot(x, y, pen=pg.mkPen(colour, width=2), symbol="o",
                                    symbolSize=7, symbolBrush=colour, symbolPen=None,
                                    connect="finite", name=one.label)  # fmt: skip
            self._curves.append(curve)
            self._values[one.label] = list(one.values)
            xs += x.tolist()
            ys += y[np.isfinite(y)].tolist()
        self._fit(xs, ys)

    def _fit(self, xs: list[float], ys: list[float]) -> None:
        if xs:
            margin = (max(xs) - min(xs)) * 0.04 or 86_400.0 * 15
            self._plot.setXRange(min(xs) - margin, max(xs) + margin, padding=0)
        if not ys:
            self._plot.setYRange(0, 1, padding=0)
            self._empty.setText(self._empty_text)
            self._empty.setPos(sum(xs) / len(xs) if xs else 0.5, 0.5)
            self._empty.show()
            return
        self._empty.hide()
        low, high = min(*ys, 0.0), max(ys)
        pad = (high - low) * 0.1 or abs(high) * 0.1 or 1.0
        self._plot.setYRange(low, high + 3 * pad, padding=0)  # room for the legend

    def plotted(self) -> dict[str, list[float | None]]:
        """Each legend label's monthly values as given (None: a gap), for tests and export."""
        return {label: list(values) for label, values in self._values.items()}

    def empty_text(self) -> str:
        """The sentence shown now ("" while values are drawn)."""
        return self._empty.toPlainText() if self._empty.isVisible() else ""


if __name__ == "__main__":
    app = pg.mkQApp()
    chart = SiteTrendsChart()
    months = tuple(date(2026, m, 1) for m in range(1, 13))
    chart.set_texts("kgce/t", "No data")
    chart.set_series(
        [
            SiteSeries("PLANT01", months, tuple(120 + m * 2.0 for m in range(12))),
            SiteSeries("PLANT02", months, (None, None, *(95 - m * 1.5 for m in range(10)))),
        ]
    )
    chart.resize(800, 360)
    chart.show()
    app.exec()
