"""Live multi-series trend plot (pyqtgraph) with gaps, bad-quality markers and one axis per unit.

Acquisition may deliver many small batches per second, so :meth:`LiveTrendPlot.append` only
writes into a per-series ring buffer and marks the series dirty; a QTimer redraws dirty series a
few dozen times per second. Readings that are missing, of non-GOOD quality, or separated by an
unusually long pause break the line (NaN + ``connect="finite"``) instead of being bridged, because
an interpolated line over a communication outage would pass for measured data.

Each distinct unit gets its own left axis and ViewBox; the extra ViewBoxes are linked to the
first one's time axis and let the mouse through to it, so a gesture always pans or zooms time
(never one unit's values, which would be ambiguous), and every value axis auto-scales to the data
in view. Any time-range change the widget did not make itself ends "follow live".
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QSignalBlocker, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from domain.quality import Quality
from widgets.ring_buffer import TimeSeriesRing
from widgets.trend_items import OverlayView, PinnedLegend, legend_text, move_item
from widgets.trend_trace import trace_arrays

__all__ = ["LiveTrendPlot"]

PALETTE = ("#1f77b4", "#2ca02c", "#9467bd", "#8c564b", "#17becf", "#e377c2", "#7f7f7f", "#bcbd22")
BAD_COLOR = "#e8400c"
FOREGROUND = "#303030"


@dataclass
class _UnitView:
    unit: str
    view: pg.ViewBox
    axis: pg.AxisItem


@dataclass
class _Series:
    label: str
    unit: str
    color: str
    ring: TimeSeriesRing
    curve: pg.PlotDataItem
    markers: pg.PlotDataItem
    view: pg.ViewBox | None = None


class LiveTrendPlot(QWidget):
    """Scrolling trend of several live series; see the module docstring for the design."""

    follow_changed = Signal(bool)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        capacity: int = 100_000,
        window_seconds: float = 600.0,
        gap_factor: float = 3.0,
        refresh_ms: int = 40,
    ) -> None:
        super().__init__(parent)
        self._capacity = capacity
        self._window = float(window_seconds)
        self._gap_factor = float(gap_factor)
        self._series: dict[str, _Series] = {}
        self._dirty: set[str] = set()
        self._follow = True
        self._follow_pending = True
        self._programmatic = False
        self._color_index = 0

        self._follow_button = QToolButton(self)
        self._follow_button.setCheckable(True)
        self._follow_button.setChecked(True)
        self._follow_button.setMinimumHeight(44)
        self._follow_button.toggled.connect(self.set_follow)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addStretch(1)
        bar.addWidget(self._follow_button)
        self._canvas = pg.GraphicsLayoutWidget(self)
        self._host = pg.ViewBox(enableMenu=True)
        self._axes_layout = pg.GraphicsLayout()
        self._views: list[_UnitView] = []
        self._build_canvas()
        frame, fill = pg.mkPen("#b0b0b0"), pg.mkBrush(255, 255, 255, 210)
        self._legend = PinnedLegend(pen=frame, brush=fill, labelTextColor=FOREGROUND)
        self._legend.setParentItem(self._host)
        self._legend.setPos(8, 8)
        self._bad_sample = self._make_markers()
        self._bad_sample.setData(x=[0.0], y=[0.0])
        self._bad_sample.visibleChanged.connect(self._update_marker_visibility)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self._canvas, 1)
        self._relayout_units()
        self._retranslate()
        self._timer = QTimer(self)
        self._timer.setInterval(refresh_ms)
        self._timer.timeout.connect(self.refresh)

    def _build_canvas(self) -> None:
        """Grid: row 0 = [value axes, host view], row 1 = [empty, time axis].

        The value axes share row 0 with the host view so they get exactly its height, which
        keeps their ticks aligned with the data; overlays are positioned on the host's rect.
        """
        self._canvas.setBackground("w")
        ci = self._canvas.ci
        ci.setContentsMargins(4, 8, 12, 4)
        ci.layout.setSpacing(0)
        ci.addItem(self._axes_layout, row=0, col=0)
        self._axes_layout.setContentsMargins(0, 0, 0, 0)
        self._axes_layout.layout.setSpacing(4)
        self._host.setMouseEnabled(x=True, y=False)
        self._host.enableAutoRange(x=False, y=True)
        self._host.setAutoVisible(y=True)
        ci.addItem(self._host, row=0, col=1)
        time_axis = pg.DateAxisItem(orientation="bottom")
        self._style_axis(time_axis)
        time_axis.linkToView(self._host)
        ci.addItem(time_axis, row=1, col=1)
        host_axis = pg.AxisItem("left")
        host_axis.enableAutoSIPrefix(False)
        self._style_axis(host_axis)
        host_axis.linkToView(self._host)
        self._views.append(_UnitView("", self._host, host_axis))
        self._host.sigResized.connect(self._sync_overlay_geometry)
        self._host.sigXRangeChanged.connect(self._on_x_range_changed)

    def add_series(self, key: str, label: str, unit: str, color: str | None = None) -> None:
        """Add a series; a new unit adds a value axis. Re-adding a key replaces the series."""
        if key in self._series:
            self.remove_series(key)
        if color is None:
            color = PALETTE[self._color_index % len(PALETTE)]
            self._color_index += 1
        curve = pg.PlotDataItem(pen=pg.mkPen(QColor(color), width=1, cosmetic=True))
        curve.setData(x=np.empty(0), y=np.empty(0), connect="finite")
        curve.setDownsampling(auto=True, method="peak")
        curve.setClipToView(True)
        markers = self._make_markers()
        series = _Series(label, unit, color, TimeSeriesRing(self._capacity), curve, markers)
        self._series[key] = series
        curve.visibleChanged.connect(self._update_marker_visibility)
        if len(self._series) == 1:
            self._legend.addItem(self._bad_sample, self.tr("Bad quality"))
        self._legend.addItem(curve, legend_text(label, unit))
        self._relayout_units()

    def remove_series(self, key: str) -> None:
        """Remove a series with its curve, markers and legend entry (and its axis if unused)."""
        series = self._series.pop(key)
        self._dirty.discard(key)
        self._legend.removeItem(series.curve)
        if series.view is not None:
            series.view.removeItem(series.curve)
            series.view.removeItem(series.markers)
        if not self._series:
            self._legend.removeItem(self._bad_sample)
        self._relayout_units()

    def clear_series(self) -> None:
        for key in list(self._series):
            self.remove_series(key)

    def set_series_label(self, key: str, label: str) -> None:
        """Rename a series in the legend, e.g. after the user switched language."""
        series = self._series[key]
        series.label = label
        legend_label = self._legend.getLabel(series.curve)
        if legend_label is not None:
            legend_label.setText(legend_text(label, series.unit))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._follow_button.setText(self.tr("Follow live"))
        self._follow_button.setToolTip(self.tr("Keep the newest data in view"))
        bad_label = self._legend.getLabel(self._bad_sample)
        if bad_label is not None:
            bad_label.setText(self.tr("Bad quality"))

    def series_keys(self) -> list[str]:
        return list(self._series)

    def curve_item(self, key: str) -> pg.PlotDataItem:
        """The line item of a series (its data has NaN wherever the line is broken)."""
        return self._series[key].curve

    def marker_item(self, key: str) -> pg.PlotDataItem:
        """The scatter item marking the series' non-GOOD samples that carry a value."""
        return self._series[key].markers

    def append(
        self,
        key: str,
        t_s: Sequence[float] | np.ndarray,
        values: Sequence[float | None] | np.ndarray,
        qualities: Sequence[int] | np.ndarray,
    ) -> None:
        """Store samples (UTC epoch seconds) for the next redraw; never redraws by itself.

        Call from the GUI thread (e.g. a queued signal from the acquisition worker).
        """
        self._series[key].ring.append_many(t_s, values, qualities)
        self._dirty.add(key)
        self._follow_pending = True

    def latest(self, key: str) -> tuple[float, float | None, int] | None:
        """Newest (t, value or None when missing, quality) of a series, or None when empty."""
        last = self._series[key].ring.last()
        if last is None:
            return None
        t, v, q = last
        return t, (v if np.isfinite(v) else None), q

    def refresh(self) -> None:
        """Redraw dirty series and move the view if following; the timer calls this."""
        for key in self._dirty:
            series = self._series[key]
            x, y, mx, my = trace_arrays(*series.ring.arrays(), self._gap_factor)
            series.curve.setData(x=x, y=y, connect="finite")
            series.markers.setData(x=mx, y=my)
        self._dirty.clear()
        if self._follow and self._follow_pending:
            self._apply_follow()

    def window_seconds(self) -> float:
        return self._window

    def set_window_seconds(self, seconds: float) -> None:
        """Set the visible time span; without follow the right edge stays where it is."""
        if not seconds > 0:
            raise ValueError(f"window must be positive, got {seconds}")
        self._window = float(seconds)
        if self._follow:
            self._follow_pending = True
            self._apply_follow()
        else:
            right = self.visible_range()[1]
            self._set_x_range(right - self._window, right)

    def follow(self) -> bool:
        return self._follow

    def set_follow(self, on: bool) -> None:
        """Turn live following on (jumps to the newest data) or off (the view stays put)."""
        on = bool(on)
        if on == self._follow:
            return
        self._follow = on
        with QSignalBlocker(self._follow_button):
            self._follow_button.setChecked(on)
        if on:
            self._follow_pending = True
            self._apply_follow()
        self.follow_changed.emit(on)

    def visible_range(self) -> tuple[float, float]:
        """The visible time span as UTC epoch seconds."""
        x0, x1 = self._host.viewRange()[0]
        return float(x0), float(x1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        """A hidden trend does not redraw; appended data stays dirty until shown again."""
        self._timer.stop()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        super().closeEvent(event)

    def _newest_time(self) -> float | None:
        times = [last[0] for s in self._series.values() if (last := s.ring.last()) is not None]
        return max(times) if times else None

    def _apply_follow(self) -> None:
        """Show the window ending at the newest sample (or at the clock while there is none)."""
        newest = self._newest_time()
        self._follow_pending = newest is None
        right = time.time() if newest is None else newest
        self._set_x_range(right - self._window, right)

    def _set_x_range(self, x0: float, x1: float) -> None:
        self._programmatic = True
        try:
            self._host.setXRange(x0, x1, padding=0.0)
        finally:
            self._programmatic = False

    def _on_x_range_changed(self, _view: pg.ViewBox, _range: tuple[float, float]) -> None:
        """Any time-range change we did not make ourselves (mouse, axis drag, menu) ends follow."""
        if not self._programmatic and self._follow:
            self.set_follow(False)

    def _make_markers(self) -> pg.PlotDataItem:
        pen, brush = pg.mkPen(BAD_COLOR, width=1.5), pg.mkBrush(BAD_COLOR)
        markers = pg.PlotDataItem(pen=None, symbol="x", symbolSize=9)
        markers.setSymbolPen(pen)
        markers.setSymbolBrush(brush)
        markers.setDownsampling(auto=True, method="peak")
        markers.setClipToView(True)
        return markers

    def _update_marker_visibility(self) -> None:
        show_bad = self._bad_sample.isVisible()
        for series in self._series.values():
            series.markers.setVisible(show_bad and series.curve.isVisible())

    def _style_axis(self, axis: pg.AxisItem, color: str = FOREGROUND) -> None:
        """Colour an axis like its only series, so several value axes stay attributable."""
        axis.setPen(pg.mkPen(color))
        axis.setTextPen(pg.mkPen(color))

    def _make_overlay(self) -> _UnitView:
        view = OverlayView(enableMenu=False)
        view.setMouseEnabled(x=False, y=False)
        view.setZValue(self._host.zValue() - 1)  # drawn beneath the host's curves and legend
        view.enableAutoRange(x=False, y=True)
        view.setAutoVisible(y=True)
        self._canvas.scene().addItem(view)
        view.setXLink(self._host)
        axis = pg.AxisItem("left")
        axis.enableAutoSIPrefix(False)  # "t/h (x0.001)" would misread as a different unit
        self._style_axis(axis)
        axis.linkToView(view)
        return _UnitView("", view, axis)

    def _drop_overlay(self, unit_view: _UnitView) -> None:
        unit_view.axis.unlinkFromView()
        unit_view.view.setXLink(None)
        self._canvas.scene().removeItem(unit_view.view)

    def _relayout_units(self) -> None:
        """Give each distinct unit (in order of first use) a ViewBox and a left axis."""
        units = list(dict.fromkeys(s.unit for s in self._series.values())) or [""]
        while len(self._views) < len(units):
            self._views.append(self._make_overlay())
        for unit_view, unit in zip(self._views, units, strict=False):
            unit_view.unit = unit
        by_unit = {uv.unit: uv.view for uv in self._views[: len(units)]}
        for series in self._series.values():
            target = by_unit[series.unit]
            if series.view is not target:
                for item in (series.curve, series.markers):
                    move_item(item, series.view, target)
                series.view = target
        while len(self._views) > len(units):
            self._drop_overlay(self._views.pop())
        self._axes_layout.clear()
        for i, unit_view in enumerate(self._views):
            colors = {s.color for s in self._series.values() if s.unit == unit_view.unit}
            color = colors.pop() if len(colors) == 1 else FOREGROUND
            self._style_axis(unit_view.axis, color)
            unit_view.axis.setLabel(unit_view.unit or None, color=color)
            self._axes_layout.addItem(unit_view.axis, row=0, col=len(self._views) - 1 - i)
        self._sync_overlay_geometry()

    def _sync_overlay_geometry(self) -> None:
        rect = self._host.sceneBoundingRect()
        for unit_view in self._views[1:]:
            unit_view.view.setGeometry(rect)
            unit_view.view.linkedViewChanged(self._host, pg.ViewBox.XAxis)


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    plot = LiveTrendPlot(window_seconds=120)
    plot.resize(900, 420)
    plot.add_series("flow", plot.tr("Flow"), "m³/h")
    plot.add_series("cod", plot.tr("COD"), "mg/L")
    rng = np.random.default_rng(1)

    def feed() -> None:
        t = time.time() - np.linspace(0.45, 0.0, 5)
        bad = (rng.random(5) < 0.03).astype(np.uint8) * int(Quality.OUT_OF_RANGE)
        plot.append("flow", t, 40 + 5 * np.sin(t / 10) + rng.normal(0, 0.3, 5), bad)
        plot.append("cod", t, 80 + 10 * np.cos(t / 17) + rng.normal(0, 1, 5), np.zeros(5))

    feeder = QTimer()
    feeder.timeout.connect(feed)
    feeder.start(500)
    plot.show()
    sys.exit(app.exec())
