"""Live multi-series trend plot (pyqtgraph) with history on demand, cursor read-out and export.

Acquisition may deliver many small batches per second, so :meth:`LiveTrendPlot.append` only
writes into a per-series ring buffer and marks the series dirty; a QTimer redraws dirty series.
Redrawing faster than the view moves by one pixel shows nothing new, so the timer runs at the
pixel rate of the visible window (between ``refresh_ms`` and half a second), and each trend starts
at its own phase: a wall of trends then paints one or two plots per event-loop pass instead of all
of them at once, which is what keeps the GUI responsive under load.

Readings that are missing, of non-GOOD quality, or separated by an unusually long pause break
the line (NaN + ``connect="finite"``) instead of being bridged, because
an interpolated line over a communication outage would pass for measured data.

Older data is not the widget's business to fetch: when the view (after a debounce) reaches
before what is loaded, it emits :attr:`history_requested` and the application answers with
:meth:`set_history`, off the GUI thread. Any time-range change the widget did not make itself
ends "follow live". Axes per unit live in ``trend_axes``, per-series drawing in ``trend_series``.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from domain.quality import Quality
from widgets.trend_axes import FOREGROUND, UnitAxes
from widgets.trend_cursor import CursorReadout
from widgets.trend_export import csv_table, write_csv
from widgets.trend_history_control import ArrayLike, HistoryController
from widgets.trend_items import TREND_PALETTE, TrendLegend, legend_text
from widgets.trend_series import TrendSeries
from widgets.trend_toolbar import TrendToolbar
from widgets.trend_view_state import capture_view, restore_view

__all__ = ["LiveTrendPlot"]

_SLOWEST_REFRESH_MS = 500
_GOLDEN = 0.6180339887
_phases = itertools.count()


class LiveTrendPlot(QWidget):
    """Scrolling trend of several live series; see the module docstring for the design."""

    follow_changed = Signal(bool)
    history_requested = Signal(str, float, float, int)  # key, start_s, end_s, pixels
    export_requested = Signal(str)  # "csv" or "png": the app asks for a path, then exports

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        capacity: int = 100_000,
        window_seconds: float = 600.0,
        gap_factor: float = 3.0,
        refresh_ms: int = 40,
        history_debounce_ms: int = 150,
    ) -> None:
        super().__init__(parent)
        self._capacity = capacity
        self._window = float(window_seconds)
        self._gap_factor = float(gap_factor)
        self._series: dict[str, TrendSeries] = {}
        self._dirty: set[str] = set()
        self._follow = True
        self._follow_pending = True
        self._programmatic = False
        self._view_changed = True
        self._color_index = 0

        self._toolbar = TrendToolbar(self)
        self._toolbar.follow_toggled.connect(self.set_follow)
        self._toolbar.export_requested.connect(self.export_requested)
        self._history = HistoryController(
            self._series,
            self.visible_range,
            self._pixels,
            self._newest_time,
            history_debounce_ms,
            self,
        )
        self._history.requested.connect(self._on_history_requested)
        self._canvas = pg.GraphicsLayoutWidget(self)
        self._axes = UnitAxes(self._canvas)
        self._host = self._axes.host
        self._legend = TrendLegend(self._host, FOREGROUND)
        self._cursor = CursorReadout(
            self._host, lambda: list(self._series.values()), self._legend, self
        )
        self._cursor.attach(self._canvas)
        self._host.sigXRangeChanged.connect(self._on_x_range_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._toolbar)
        layout.addWidget(self._canvas, 1)
        self._axes.relayout([])
        self._retranslate()
        self._fastest_ms = max(1, int(refresh_ms))
        self._phase = (next(_phases) * _GOLDEN) % 1.0
        self._timer = QTimer(self)
        self._timer.setInterval(self._fastest_ms)
        self._timer.timeout.connect(self.refresh)

    def add_series(self, key: str, label: str, unit: str, color: str | None = None) -> None:
        """Add a series; a new unit adds a value axis. Re-adding a key replaces the series."""
        if key in self._series:
            self.remove_series(key)
        if color is None:
            color = TREND_PALETTE[self._color_index % len(TREND_PALETTE)]
            self._color_index += 1
        series = TrendSeries(label, unit, color, self._capacity)
        self._series[key] = series
        self._legend.add_series(series.curve, series.markers, legend_text(label, unit))
        self._axes.relayout(self._series.values())
        self._view_changed = True
        self._history.schedule()

    def remove_series(self, key: str) -> None:
        """Remove a series with its items and legend entry (and its axis if unused)."""
        series = self._series.pop(key)
        self._dirty.discard(key)
        self._history.forget(key)
        self._legend.remove_series(series.curve)
        if series.view is not None:
            for item in series.items():
                series.view.removeItem(item)
        self._axes.relayout(self._series.values())
        self._view_changed = True

    def clear_series(self) -> None:
        for key in list(self._series):
            self.remove_series(key)

    def set_series_label(self, key: str, label: str) -> None:
        """Rename a series in the legend, e.g. after the user switched language."""
        series = self._series[key]
        series.label = label
        self._legend.rename(series.curve, legend_text(label, series.unit))

    def series_keys(self) -> list[str]:
        return list(self._series)

    def curve_item(self, key: str) -> pg.PlotDataItem:
        """The line item of a series (its data has NaN wherever the line is broken)."""
        return self._series[key].curve

    def marker_item(self, key: str) -> pg.PlotDataItem:
        """The scatter item marking the series' non-GOOD samples that carry a value."""
        return self._series[key].markers

    def band_item(self, key: str) -> pg.GraphicsObject:
        """The min/max band of a series' rollup history (empty without rollups)."""
        return self._series[key].band

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
        series = self._series[key]
        series.ring.append_many(t_s, values, qualities)
        series.mark_dirty()
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
        """Redraw dirty series, move the view if following, update status and cursor."""
        for key in self._dirty:
            self._series[key].redraw(self._gap_factor)
        changed = bool(self._dirty) or self._view_changed
        self._dirty.clear()
        if self._follow and self._follow_pending:
            self._apply_follow()
        if changed:
            self._view_changed = False
            self._toolbar.status.setText(self.status_text())
            self._cursor.update_label()
        interval = self.refresh_interval_ms()
        if self._timer.isActive() and self._timer.interval() != interval:
            self._timer.setInterval(interval)

    def refresh_interval_ms(self) -> int:
        """Time the visible window takes to scroll by one pixel, within the allowed range."""
        per_pixel = self._window * 1000.0 / max(1, self._pixels())
        slowest = max(_SLOWEST_REFRESH_MS, self._fastest_ms)
        return int(min(max(per_pixel, self._fastest_ms), slowest))

    def set_history(
        self,
        key: str,
        t: ArrayLike,
        value: ArrayLike,
        minimum: ArrayLike | None = None,
        maximum: ArrayLike | None = None,
        quality_or_valid: Sequence[int] | Sequence[bool] | np.ndarray | None = None,
        resolution_label: str | float = 0.0,
        *,
        start_s: float | None = None,
        end_s: float | None = None,
    ) -> bool:
        """Install history for a series; returns False when it is no longer wanted.

        ``t`` in UTC epoch seconds (bucket centres for rollups), ``value`` the average (NaN or
        None = missing), ``minimum``/``maximum`` the bucket extremes (None for raw samples: no
        band), ``quality_or_valid`` quality codes or booleans, ``resolution_label`` a text or
        the bucket length in seconds (0 = raw). The covered span is ``start_s``..``end_s``, by
        default the latest request. Empty arrays answer a request with "nothing there".
        """
        span = (start_s, end_s) if start_s is not None and end_s is not None else None
        arrays = (t, value, minimum, maximum)
        if not self._history.install(key, arrays, quality_or_valid, resolution_label, span):
            return False
        self._dirty.add(key)
        self._view_changed = True
        return True

    def clear_history(self, key: str | None = None) -> None:
        """Drop installed history (all series by default); the view then asks again."""
        keys = [key] if key is not None else list(self._series)
        self._history.clear(keys)
        self._dirty.update(keys)
        self._view_changed = True

    def history_pending(self) -> list[str]:
        """Keys whose history request has not been answered yet."""
        return self._history.pending()

    def status_text(self) -> str:
        """What the status line says: resolutions in view, and whether history is loading."""
        return self._history.status_text()

    def set_cursor(self, t_s: float | None) -> None:
        """Show the read-out at a time (pinned, as after a tap), or hide it with None."""
        self._cursor.pinned = t_s is not None
        self._cursor.show_at(t_s)

    def cursor_text(self) -> str:
        """The read-out as plain text: local time, then one "label: value" line per series."""
        return self._cursor.text()

    def export_csv(self, path: str | Path) -> int:
        """Write the visible range as CSV (UTF-8 with BOM); returns the number of data rows."""
        self.refresh()
        header, rows = csv_table(list(self._series.values()), *self.visible_range())
        write_csv(path, header, rows)
        return len(rows)

    def export_png(self, path: str | Path) -> bool:
        """Save the plot as shown (legend, axes, cursor) as a PNG; False if it failed."""
        self.refresh()
        return bool(self._canvas.grab().save(str(path), "PNG"))

    def view_state(self) -> dict[str, Any]:
        """A JSON-serialisable description of what is shown, for saved views."""
        return capture_view(self)

    def restore_view_state(self, state: dict[str, Any]) -> None:
        """Apply a saved view; add its series first (labels and units are the app's).

        Malformed fields fall back to defaults (follow live) instead of raising.
        """
        restore_view(self, state)

    def set_visible_range(self, start_s: float, end_s: float) -> None:
        """Show a fixed time span (ends follow live)."""
        if not end_s > start_s:
            raise ValueError(f"empty range {start_s}..{end_s}")
        self.set_follow(False)
        self._set_x_range(start_s, end_s)

    def set_value_range(self, unit: str, value_range: tuple[float, float] | None) -> None:
        """Fix the value axis of a unit, or return it to auto-scaling with None."""
        self._axes.set_value_range(unit, value_range)

    def fixed_value_ranges(self) -> dict[str, tuple[float, float]]:
        """Units whose value axis is fixed (by the axis menu or a restored view)."""
        return {unit: (r[0], r[1]) for unit, r in self._axes.fixed_ranges().items()}

    def units(self) -> list[str]:
        """Units with a value axis, in order of first use."""
        return list(self._axes.views())

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
        self._toolbar.set_follow_checked(on)
        if on:
            self._follow_pending = True
            self._apply_follow()
        self.follow_changed.emit(on)

    def visible_range(self) -> tuple[float, float]:
        """The visible time span as UTC epoch seconds."""
        x0, x1 = self._host.viewRange()[0]
        return float(x0), float(x1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._legend.set_bad_text(self.tr("Bad quality"))
        self._view_changed = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        interval = self.refresh_interval_ms()
        self._timer.start(int(interval * (1.0 + self._phase)))

    def hideEvent(self, event: QHideEvent) -> None:
        """A hidden trend does not redraw; appended data stays dirty until shown again."""
        self._timer.stop()
        self._history.stop()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        self._history.stop()
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
        self._view_changed = True
        self._history.schedule()

    def _pixels(self) -> int:
        return int(self._host.width())

    def _on_history_requested(self, key: str, start: float, end: float, pixels: int) -> None:
        self._view_changed = True  # the status line shows "loading"
        self.history_requested.emit(key, start, end, pixels)


if __name__ == "__main__":
    import sys

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    plot = LiveTrendPlot(window_seconds=120)
    plot.resize(900, 420)
    plot.add_series("flow", QCoreApplication.translate("LiveTrendPlot", "Flow"), "m³/h")

    def feed() -> None:
        t = time.time() - np.linspace(0.45, 0.0, 5)
        bad = np.array([0, 0, 0, 0, int(Quality.OUT_OF_RANGE) * (int(t[0]) % 7 == 0)])
        plot.append("flow", t, 40 + 5 * np.sin(t / 10), bad)

    def answer(key: str, start: float, end: float, _pixels: int) -> None:
        """Stands in for the application: synthetic 1-min rollups for the asked span."""
        t = np.arange(start, end, 60.0) + 30.0
        avg = 40 + 5 * np.sin(t / 600)
        plot.set_history(key, t, avg, avg - 2, avg + 2, np.zeros(t.size, np.uint8), 60.0)

    plot.history_requested.connect(answer)
    feeder = QTimer()
    feeder.timeout.connect(feed)
    feeder.start(500)
    plot.show()
    sys.exit(app.exec())
