"""The trend's canvas layout: one host ViewBox for time, one value axis and ViewBox per unit.

Each distinct unit gets its own left axis and ViewBox; the extra ViewBoxes are linked to the
host's time axis and let the mouse through to it, so a gesture always pans or zooms time
(never one unit's values, which would be ambiguous), and every value axis auto-scales to the
data in view unless the user (or a saved view) fixed its range.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pyqtgraph as pg

from widgets.trend_items import OverlayView, move_item
from widgets.trend_series import TrendSeries

__all__ = ["FOREGROUND", "UnitAxes"]

FOREGROUND = "#303030"


@dataclass
class _UnitView:
    unit: str
    view: pg.ViewBox
    axis: pg.AxisItem


def style_axis(axis: pg.AxisItem, color: str = FOREGROUND) -> None:
    """Colour an axis like its only series, so several value axes stay attributable."""
    axis.setPen(pg.mkPen(color))
    axis.setTextPen(pg.mkPen(color))


class UnitAxes:
    """Builds the grid on a GraphicsLayoutWidget and keeps one view per unit in use.

    Grid: row 0 = [value axes, host view], row 1 = [empty, time axis]. The value axes share
    row 0 with the host view so they get exactly its height, which keeps their ticks aligned
    with the data; overlays are positioned on the host's rect.
    """

    def __init__(self, canvas: pg.GraphicsLayoutWidget) -> None:
        self._canvas = canvas
        self.host = pg.ViewBox(enableMenu=True)
        self._axes_layout = pg.GraphicsLayout()
        self._views: list[_UnitView] = []
        canvas.setBackground("w")
        ci = canvas.ci
        ci.setContentsMargins(4, 8, 12, 4)
        ci.layout.setSpacing(0)
        ci.addItem(self._axes_layout, row=0, col=0)
        self._axes_layout.setContentsMargins(0, 0, 0, 0)
        self._axes_layout.layout.setSpacing(4)
        self.host.setMouseEnabled(x=True, y=False)
        self.host.enableAutoRange(x=False, y=True)
        self.host.setAutoVisible(y=True)
        ci.addItem(self.host, row=0, col=1)
        time_axis = pg.DateAxisItem(orientation="bottom")
        style_axis(time_axis)
        time_axis.linkToView(self.host)
        ci.addItem(time_axis, row=1, col=1)
        host_axis = pg.AxisItem("left")
        host_axis.enableAutoSIPrefix(False)
        style_axis(host_axis)
        host_axis.linkToView(self.host)
        self._views.append(_UnitView("", self.host, host_axis))
        self.host.sigResized.connect(self.sync_geometry)

    def views(self) -> dict[str, pg.ViewBox]:
        """The ViewBox of each unit in use (the host for the first unit)."""
        return {uv.unit: uv.view for uv in self._views}

    def fixed_ranges(self) -> dict[str, list[float]]:
        """Value ranges of the units whose y auto-range is off (set by menu or restore)."""
        fixed: dict[str, list[float]] = {}
        for uv in self._views:
            if not uv.view.autoRangeEnabled()[1]:
                low, high = uv.view.viewRange()[1]
                fixed[uv.unit] = [float(low), float(high)]
        return fixed

    def set_value_range(self, unit: str, value_range: tuple[float, float] | None) -> None:
        """Fix a unit's value range, or give it back to auto-range with None."""
        view = self.views().get(unit)
        if view is None:
            raise KeyError(unit)
        if value_range is None:
            view.enableAutoRange(y=True)
        else:
            view.setYRange(float(value_range[0]), float(value_range[1]), padding=0.0)

    def relayout(self, series: Iterable[TrendSeries]) -> None:
        """Give each distinct unit (in order of first use) a ViewBox and a left axis."""
        series = list(series)
        units = list(dict.fromkeys(s.unit for s in series)) or [""]
        while len(self._views) < len(units):
            self._views.append(self._make_overlay())
        for unit_view, unit in zip(self._views, units, strict=False):
            unit_view.unit = unit
        by_unit = {uv.unit: uv.view for uv in self._views[: len(units)]}
        for s in series:
            target = by_unit[s.unit]
            if s.view is not target:
                for item in s.items():
                    move_item(item, s.view, target)
                s.view = target
        while len(self._views) > len(units):
            self._drop_overlay(self._views.pop())
        self._axes_layout.clear()
        for i, unit_view in enumerate(self._views):
            colors = {s.color for s in series if s.unit == unit_view.unit}
            color = colors.pop() if len(colors) == 1 else FOREGROUND
            style_axis(unit_view.axis, color)
            unit_view.axis.setLabel(unit_view.unit or None, color=color)
            self._axes_layout.addItem(unit_view.axis, row=0, col=len(self._views) - 1 - i)
        self.sync_geometry()

    def sync_geometry(self) -> None:
        rect = self.host.sceneBoundingRect()
        for unit_view in self._views[1:]:
            unit_view.view.setGeometry(rect)
            unit_view.view.linkedViewChanged(self.host, pg.ViewBox.XAxis)

    def _make_overlay(self) -> _UnitView:
        view = OverlayView(enableMenu=False)
        view.setMouseEnabled(x=False, y=False)
        view.setZValue(self.host.zValue() - 1)  # drawn beneath the host's curves and legend
        view.enableAutoRange(x=False, y=True)
        view.setAutoVisible(y=True)
        self._canvas.scene().addItem(view)
        view.setXLink(self.host)
        axis = pg.AxisItem("left")
        axis.enableAutoSIPrefix(False)  # "t/h (x0.001)" would misread as a different unit
        style_axis(axis)
        axis.linkToView(view)
        return _UnitView("", view, axis)

    def _drop_overlay(self, unit_view: _UnitView) -> None:
        unit_view.axis.unlinkFromView()
        unit_view.view.setXLink(None)
        self._canvas.scene().removeItem(unit_view.view)
