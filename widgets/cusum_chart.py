"""Energy against its baseline (ISO 50006) on pyqtgraph: per-period actual vs expected energy, the
cumulative savings (CUSUM) below them, and the energy-vs-production scatter with the fitted line.

The CUSUM is the chart people act on: a line rising away from zero means energy is being saved,
a bend shows when something changed. Both plots share the period axis so a bend can be traced to
the periods above it. Actual and expected energy are lines, not bars: they differ by a few per
cent, which bars (that must start at 0) would hide. A period without a value is a gap in every
series, never a 0 and never a line drawn across it: the caller passes NaN or None for it. Points
sit at period centres, labelled with the period's first day in the site's time zone
(`utc_offset_s`), so a week of a Chinese site starts on Monday on every PC. The charts are static
(no pan or zoom), like the bar chart, so a stray swipe on a touch screen does not move them.
Plotted arrays are exposed for tests.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

__all__ = ["CusumChart", "ScatterFit", "as_array"]

TEXT = "#202428"
MUTED = "#80858d"
ACTUAL = "#1f77b4"
EXPECTED = "#ff7f0e"
CUSUM = "#2ca02c"
REPORT = "#d62728"
SERIES = ("actual", "expected", "cusum")
MONTH_S = 27 * 86_400  # periods at least this long are labelled by month


def as_array(values: Sequence[float | None]) -> NDArray[np.float64]:
    """Floats with NaN for None: the gaps."""
    return np.array([np.nan if v is None else v for v in values], dtype=np.float64)


def _plot(canvas: pg.GraphicsLayoutWidget, row: int) -> pg.PlotItem:
    plot = canvas.ci.addPlot(row=row, col=0)
    plot.setMouseEnabled(x=False, y=False)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.showGrid(x=False, y=True, alpha=0.15)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(MUTED))
        axis.setTextPen(pg.mkPen(TEXT))
        axis.enableAutoSIPrefix(False)
    plot.getAxis("left").setWidth(72)  # both plots align: same axis width
    return plot


def _curve(color: str, symbol_size: int, dashed: bool = False) -> pg.PlotDataItem:
    """Line through markers; NaN breaks the line (connect="finite"), so a gap stays a gap."""
    style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
    return pg.PlotDataItem(
        pen=pg.mkPen(color, width=2, style=style),
        symbol="o",
        symbolSize=symbol_size,
        symbolBrush=color,
        symbolPen=None,
        connect="finite",
    )


def _fit_y(plot: pg.PlotItem, values: NDArray[np.float64], *, with_zero: bool) -> None:
    """The y range of the finite values (and 0 where the zero line must show)."""
    finite = values[np.isfinite(values)]
    low = float(finite.min()) if finite.size else 0.0
    high = float(finite.max()) if finite.size else 1.0
    if with_zero:
        low, high = min(low, 0.0), max(high, 0.0)
    if high <= low:
        low, high = low - max(abs(low) * 0.05, 0.5), high + max(abs(high) * 0.05, 0.5)
    plot.setYRange(low, high, padding=0.08)


class CusumChart(QWidget):
    """Upper plot: actual and expected energy per period; lower plot: CUSUM with a zero line."""

    def __init__(self, parent: QWidget | None = None, *, utc_offset_s: int = 8 * 3600) -> None:
        super().__init__(parent)
        self._offset = timedelta(seconds=utc_offset_s)
        self._canvas = pg.GraphicsLayoutWidget(self)
        self._canvas.setBackground("w")
        self._legend = pg.LegendItem(labelTextColor=TEXT, horSpacing=18)
        self._canvas.ci.addItem(self._legend, row=0, col=0)
        self._upper = _plot(self._canvas, 1)
        self._lower = _plot(self._canvas, 2)
        self._lower.setXLink(self._upper)
        # The first and last dates sit half a period from the edges; let them reach past it.
        self._lower.getAxis("bottom").setStyle(hideOverlappingLabels=60)
        self._actual = _curve(ACTUAL, 6)
        self._expected = _curve(EXPECTED, 6, dashed=True)
        self._upper.addItem(self._expected)
        self._upper.addItem(self._actual)
        self._zero = pg.InfiniteLine(pos=0.0, angle=0, pen=pg.mkPen(MUTED, width=1))
        self._lower.addItem(self._zero)
        self._cusum = _curve(CUSUM, 5)
        self._lower.addItem(self._cusum)
        self._empty = pg.TextItem(color=MUTED, anchor=(0.5, 0.5))
        self._upper.addItem(self._empty, ignoreBounds=True)
        self._starts = np.zeros(0)
        self._ends = np.zeros(0)
        self._centres = np.zeros(0)
        self._ticks: list[tuple[float, str]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._canvas)
        self._arrays: dict[str, tuple[NDArray[np.float64], NDArray[np.float64]]] = {}
        self.set_data([], [], [], [])

    def set_data(
        self,
        periods: Sequence[tuple[float, float]],
        actual: Sequence[float | None],
        expected: Sequence[float | None],
        cusum: Sequence[float | None],
    ) -> None:
        """Periods as (start, end) epoch seconds, end exclusive; values in kgce, None for gaps."""
        a, e, c = as_array(actual), as_array(expected), as_array(cusum)
        for name, values in (("actual", a), ("expected", e), ("cusum", c)):
            if values.size != len(periods):
                raise ValueError(f"{name}: {values.size} values for {len(periods)} periods")
        bounds = np.array(periods, dtype=np.float64).reshape(-1, 2)
        self._starts, self._ends = bounds[:, 0], bounds[:, 1]
        self._centres = (self._starts + self._ends) / 2
        self._actual.setData(self._centres, a)
        self._expected.setData(self._centres, e)
        self._cusum.setData(self._centres, c)
        self._arrays = {name: (self._centres, v) for name, v in zip(SERIES, (a, e, c), strict=True)}
        left, right = (float(self._starts[0]), float(self._ends[-1])) if len(periods) else (0, 1)
        self._upper.setXRange(left, right, padding=0.01)
        _fit_y(self._upper, np.concatenate([a, e]), with_zero=False)
        _fit_y(self._lower, c, with_zero=True)
        has_data = bool(np.isfinite(a).any() or np.isfinite(c).any())
        self._empty.setVisible(not has_data)
        self._empty.setPos((left + right) / 2, 0.5)
        self._retranslate()
        self._layout_ticks()

    def plotted(self) -> dict[str, tuple[NDArray[np.float64], NDArray[np.float64]]]:
        """(x, y) of actual, expected and cusum as plotted: x is the period centre in epoch
        seconds; NaN where a period has no value, which the curves draw as a gap."""
        return {k: (x.copy(), y.copy()) for k, (x, y) in self._arrays.items()}

    def tick_labels(self) -> list[str]:
        """The dates written under the lower plot."""
        return [label for _x, label in self._ticks]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout_ticks()

    def _retranslate(self) -> None:
        self._upper.setLabel("left", self.tr("Energy (kgce)"))
        self._lower.setLabel("left", self.tr("Cumulative savings (kgce)"))
        self._legend.clear()
        self._legend.addItem(self._actual, self.tr("Actual energy"))
        self._legend.addItem(self._expected, self.tr("Expected energy"))
        self._legend.addItem(self._cusum, self.tr("Cumulative savings (CUSUM)"))
        self._legend.setColumnCount(3)
        self._empty.setText(self.tr("No data"))

    def _layout_ticks(self) -> None:
        """Period starts as dates under the periods' centres, as many as fit without overlapping;
        the upper plot gets the tick marks without the text."""
        monthly = bool(len(self._starts)) and float(np.min(self._ends - self._starts)) >= MONTH_S
        texts = [self._date(s, monthly) for s in self._starts.tolist()]
        metrics = QFontMetricsF(self.font())
        widest = max((metrics.horizontalAdvance(t) for t in texts), default=1.0) + 16
        room = max(1, int(max(self._lower.getViewBox().width(), 200.0) // widest))
        step = max(1, -(-len(texts) // room))
        self._ticks = [(float(self._centres[i]), texts[i]) for i in range(0, len(texts), step)]
        self._lower.getAxis("bottom").setTicks([self._ticks])
        self._upper.getAxis("bottom").setTicks([[(x, "") for x, _ in self._ticks]])

    def _date(self, seconds: float, monthly: bool) -> str:
        local = datetime.fromtimestamp(seconds, tz=UTC) + self._offset
        return local.strftime("%Y-%m" if monthly else "%Y-%m-%d")


class ScatterFit(QWidget):
    """Energy against production per period: the baseline's points, the report period's points
    and the fitted line, which shows at a glance whether a straight line describes the plant."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._canvas = pg.GraphicsLayoutWidget(self)
        self._canvas.setBackground("w")
        self._legend = pg.LegendItem(labelTextColor=TEXT, horSpacing=18)
        self._canvas.ci.addItem(self._legend, row=0, col=0)
        self._plot = _plot(self._canvas, 1)
        self._plot.showGrid(x=True, y=True, alpha=0.15)
        self._baseline = pg.ScatterPlotItem(size=7, brush=ACTUAL, pen=None)
        self._report = pg.ScatterPlotItem(size=7, brush=REPORT, pen=None, symbol="t")
        self._line = pg.PlotDataItem(pen=pg.mkPen(TEXT, width=2))
        for item in (self._baseline, self._report, self._line):
            self._plot.addItem(item)
        self._has_report = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._canvas)
        self.set_scatter([], [], 0.0, 0.0)

    def set_scatter(
        self,
        production: Sequence[float],
        energy: Sequence[float],
        intercept: float,
        slope: float,
        *,
        report_production: Sequence[float] = (),
        report_energy: Sequence[float] = (),
    ) -> None:
        """Baseline points, optional report points, and energy = intercept + slope × production
        drawn across every point's production."""
        x, y = as_array(production), as_array(energy)
        rx, ry = as_array(report_production), as_array(report_energy)
        if x.size != y.size or rx.size != ry.size:
            raise ValueError("production and energy differ in length")
        self._baseline.setData(x=x, y=y)
        self._report.setData(x=rx, y=ry)
        every = np.concatenate([x, rx])
        every = every[np.isfinite(every)]
        if every.size:
            ends = np.array([float(every.min()), float(every.max())])
            self._line.setData(ends, intercept + slope * ends)
        else:
            self._line.setData([], [])
        self._has_report = bool(rx.size)
        self._retranslate()

    def points(self) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        x, y = self._baseline.getData()
        return np.asarray(x, np.float64), np.asarray(y, np.float64)

    def report_points(self) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        x, y = self._report.getData()
        return np.asarray(x, np.float64), np.asarray(y, np.float64)

    def fitted_line(self) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        x, y = self._line.getData()
        empty = np.zeros(0)
        return (empty, empty) if x is None else (np.asarray(x), np.asarray(y))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._plot.setLabel("left", self.tr("Energy (kgce)"))
        self._plot.setLabel("bottom", self.tr("Production (t)"))
        self._legend.clear()
        self._legend.addItem(self._baseline, self.tr("Baseline period"))
        if self._has_report:
            self._legend.addItem(self._report, self.tr("Reporting period"))
        self._legend.addItem(self._line, self.tr("Fitted line"))
        self._legend.setColumnCount(3)
