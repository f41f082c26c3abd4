"""A KPI's monthly values against its target: where it stands and where it should be by now.

Monthly values are points joined by a line (a missing month is a gap); the planned path runs
straight from the baseline at the target's start to the target at its deadline and stays flat
after it, dashed; the target itself is a horizontal line. Static like the other dashboard
charts: no pan or zoom on a touch screen.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

__all__ = ["TargetChart"]

ACTUAL = "#1f77b4"
PLAN = "#2e7d32"
TARGET = "#c62828"
TEXT = "#202428"


class TargetChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        self._plot.setBackground("w")
        self._plot.setMouseEnabled(x=False, y=False)
        self._plot.hideButtons()
        self._plot.showGrid(x=False, y=True, alpha=0.15)
        for side in ("left", "bottom"):
            axis = self._plot.getAxis(side)
            axis.setPen(TEXT)
            axis.setTextPen(TEXT)
        self._legend = self._plot.addLegend(offset=(10, 5), labelTextColor=TEXT)
        self.actual = self._plot.plot(
            [],
            [],
            pen=pg.mkPen(ACTUAL, width=2),
            symbol="o",
            symbolSize=7,
            symbolBrush=ACTUAL,
            symbolPen=None,
            connect="finite",
            name="",
        )
        self.plan = self._plot.plot([], [], pen=pg.mkPen(PLAN, width=2, style=Qt.PenStyle.DashLine))
        self.target = pg.InfiniteLine(angle=0, pen=pg.mkPen(TARGET, width=1.5))
        self._plot.addItem(self.target)
        self.target.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._plot)

    def set_labels(self, actual: str, plan: str, unit: str) -> None:
        """Legend texts and the value axis unit, in the UI language."""
        self._legend.clear()
        self._legend.addItem(self.actual, actual)
        self._legend.addItem(self.plan, plan)
        self._plot.getAxis("left").setLabel(unit)

    def set_data(
        self,
        months_s: Sequence[float],
        values: Sequence[float | None],
        plan: Sequence[tuple[float, float]] = (),
        target: float | None = None,
    ) -> None:
        """Monthly values at epoch seconds (None: missing), the planned path, the target."""
        x = np.asarray(months_s, dtype=float)
        y = np.array([np.nan if v is None else v for v in values], dtype=float)
        self.actual.setData(x, y, connect="finite")
        if plan:
            px, py = zip(*plan, strict=True)
            self.plan.setData(np.asarray(px, float), np.asarray(py, float))
        else:
            self.plan.setData([], [])
        if target is None:
            self.target.hide()
        else:
            self.target.setValue(target)
            self.target.show()
        self._fit(x, y, plan, target)

    def _fit(
        self,
        x: np.ndarray,
        y: np.ndarray,
        plan: Sequence[tuple[float, float]],
        target: float | None,
    ) -> None:
        """Show every month, the plan and the target line (auto-range ignores the line)."""
        known = np.isfinite(y)
        ys = y[known].tolist() + [p[1] for p in plan]
        xs = x[known].tolist() + [p[0] for p in plan]
        if target is not None:
            ys.append(target)
        if not ys or not xs:
            return
        low, high = min(ys), max(ys)
        pad = (high - low) * 0.1 or abs(high) * 0.1 or 1.0
        self._plot.setYRange(low - pad, high + 3.5 * pad, padding=0)  # room for the legend
        left, right = min(xs), max(xs)
        margin = (right - left) * 0.04 or 86_400.0 * 15
        self._plot.setXRange(left - margin, right + margin, padding=0)

    def plotted(self) -> tuple[np.ndarray, np.ndarray]:
        """The monthly values as drawn (for tests and export)."""
        x, y = self.actual.getData()
        return (np.asarray(x if x is not None else []), np.asarray(y if y is not None else []))
