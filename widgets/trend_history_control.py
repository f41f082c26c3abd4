"""Runs the trend's history requests: debounce, ask once per span, install the answers.

Pans and zooms arrive dozens of times a second; asking the application on each would queue
database reads nobody waits for, so planning waits until the view has rested for a moment
(default 150 ms) and then asks only for series whose visible span is not already loaded or
requested. Answers for a span the user has since left are dropped instead of overwriting newer
ones, because the application answers asynchronously and out of order.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from widgets.trend_history import HistoryBlock, HistoryPlanner, resolution_text
from widgets.trend_series import TrendSeries

__all__ = ["ArrayLike", "HistoryController"]

ArrayLike = Sequence[float | None] | np.ndarray


class HistoryController(QObject):
    """Owns the planner and the debounce timer; the plot forwards signals and answers."""

    requested = Signal(str, float, float, int)  # key, start_s, end_s, pixels

    def __init__(
        self,
        series: dict[str, TrendSeries],
        visible: Callable[[], tuple[float, float]],
        pixels: Callable[[], int],
        newest: Callable[[], float | None],
        debounce_ms: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._series = series
        self._visible = visible
        self._pixels = pixels
        self._newest = newest
        self._planner = HistoryPlanner()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.plan_now)

    def schedule(self) -> None:
        """(Re)start the debounce: planning happens once the view has rested."""
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def plan_now(self) -> None:
        """Emit a request for every series whose visible span is not loaded or asked for."""
        view, pixels = self._visible(), max(1, self._pixels())
        newest = self._newest()
        edge = time.time() if newest is None else newest
        for key, s in list(self._series.items()):
            raw = s.history is not None and not s.history.rollup
            request = self._planner.plan(key, view, pixels, s.live_start(), raw, edge)
            if request is not None:
                self.requested.emit(key, request.start, request.end, request.pixels)

    def install(
        self,
        key: str,
        arrays: tuple[ArrayLike, ArrayLike, ArrayLike | None, ArrayLike | None],
        quality_or_valid: Sequence[int] | Sequence[bool] | np.ndarray | None,
        resolution: str | float,
        span: tuple[float, float] | None,
    ) -> bool:
        """Build and install a history block; False for an unknown key or a stale answer."""
        series = self._series.get(key)
        if series is None or not self._planner.is_current(key, span):
            return False
        latest = self._planner.latest(key)
        if span is None and latest is not None:
            span = (latest.start, latest.end)
        t, value, minimum, maximum = arrays
        block = HistoryBlock.build(t, value, minimum, maximum, quality_or_valid, resolution, span)
        self._planner.resolve(key)
        series.set_history(block)
        return True

    def clear(self, keys: Sequence[str]) -> None:
        """Drop installed history; the next planning asks again."""
        for key in keys:
            self._series[key].set_history(None)
            self._planner.forget(key)
        self.schedule()

    def forget(self, key: str) -> None:
        self._planner.forget(key)

    def pending(self) -> list[str]:
        return sorted(self._planner.pending())

    def status_text(self) -> str:
        """Resolutions in view ("1 min averages · Raw samples") and whether loading is on."""
        x0, x1 = self._visible()
        texts: list[str] = []
        for s in self._series.values():
            samples = s.samples()
            n = samples.history_count
            if n and s.history is not None and samples.t[0] <= x1 and samples.t[n - 1] >= x0:
                texts.append(s.history.resolution)
            if samples.t.size > n and samples.t[n] <= x1 and samples.t[-1] >= x0:
                texts.append(resolution_text(0))
        if self._planner.pending():
            texts.append(QCoreApplication.translate("LiveTrendPlot", "Loading history…"))
        return " · ".join(dict.fromkeys(texts))
