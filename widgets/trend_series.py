"""One series of the live trend: its live ring, its history block and the items drawing both.

History and live samples are kept apart (the ring must stay a cheap fixed-size buffer) and
joined only when drawing: history is used up to the ring's first sample, the ring from there
on, so the live end keeps scrolling while the past shows what the application delivered. The
joined raw samples are cached for the cursor read-out and the export until the next redraw.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor

from domain.quality import Quality
from widgets.ring_buffer import TimeSeriesRing
from widgets.trend_history import HistoryBlock
from widgets.trend_items import BandItem, make_markers
from widgets.trend_trace import gap_indices, trace_arrays

__all__ = ["Samples", "TrendSeries"]

_GOOD = int(Quality.GOOD)
ROLLUP_GAP_FACTOR = 1.5  # buckets are evenly spaced: one missing bucket already is a gap


@dataclass(frozen=True)
class Samples:
    """Raw samples of a series in time order; lo/hi are NaN where there is no rollup."""

    t: np.ndarray
    v: np.ndarray
    q: np.ndarray
    lo: np.ndarray
    hi: np.ndarray
    history_count: int = 0  # the first samples come from history, the rest from the ring

    def index_near(self, x: float, tolerance: float) -> int | None:
        """Index of the sample nearest to x, if within tolerance or half its own spacing."""
        if self.t.size == 0:
            return None
        i = int(np.searchsorted(self.t, x))
        candidates = [j for j in (i - 1, i) if 0 <= j < self.t.size]
        best = min(candidates, key=lambda j: abs(self.t[j] - x))
        spacing = [
            abs(self.t[k] - self.t[best]) for k in (best - 1, best + 1) if 0 <= k < self.t.size
        ]
        reach = max(tolerance, 0.5 * min(spacing)) if spacing else tolerance
        return best if abs(self.t[best] - x) <= reach else None

    def between(self, x0: float, x1: float) -> Samples:
        """The samples with x0 <= t <= x1."""
        first = int(np.searchsorted(self.t, x0, side="left"))
        stop = int(np.searchsorted(self.t, x1, side="right"))
        part = slice(first, stop)
        in_history = max(0, min(self.history_count, stop) - first)
        return Samples(
            self.t[part], self.v[part], self.q[part], self.lo[part], self.hi[part], in_history
        )


class TrendSeries:
    """Data and graphics items of one series; the plot decides when to redraw."""

    def __init__(self, label: str, unit: str, color: str, capacity: int) -> None:
        self.label = label
        self.unit = unit
        self.color = color
        self.ring = TimeSeriesRing(capacity)
        self.curve = pg.PlotDataItem(pen=pg.mkPen(QColor(color), width=1, cosmetic=True))
        self.curve.setData(x=np.empty(0), y=np.empty(0), connect="finite")
        self.curve.setDownsampling(auto=True, method="peak")
        self.curve.setClipToView(True)
        self.markers = make_markers()
        self.band = BandItem(color)
        self.history: HistoryBlock | None = None
        self.view: pg.ViewBox | None = None
        self._samples: Samples | None = None
        self._band_key: tuple[int, int] | None = None

    def items(self) -> tuple[pg.GraphicsObject, ...]:
        """Items in drawing order (band beneath line beneath markers)."""
        return self.band, self.curve, self.markers

    def live_start(self) -> float | None:
        samples = self.samples()
        n = samples.history_count
        return float(samples.t[n]) if samples.t.size > n else None

    def set_history(self, block: HistoryBlock | None) -> None:
        self.history = block
        self._band_key = None
        self._samples = None

    def redraw(self, gap_factor: float) -> None:
        """Recompute the drawn arrays from history + ring (called from the plot's timer)."""
        samples = self.samples()
        n = samples.history_count
        hist_gap = self._history_gap_factor(gap_factor)
        hx, hy, hmx, hmy = trace_arrays(samples.t[:n], samples.v[:n], samples.q[:n], hist_gap)
        lx, ly, lmx, lmy = trace_arrays(samples.t[n:], samples.v[n:], samples.q[n:], gap_factor)
        if hx.size and lx.size:
            interval = self.history.interval if self.history is not None else np.nan
            if not np.isfinite(interval) or lx[0] - hx[-1] > hist_gap * interval:
                hx = np.append(hx, 0.5 * (hx[-1] + lx[0]))
                hy = np.append(hy, np.nan)
        self.curve.setData(x=np.concatenate((hx, lx)), y=np.concatenate((hy, ly)), connect="finite")
        self.markers.setData(x=np.concatenate((hmx, lmx)), y=np.concatenate((hmy, lmy)))
        self._redraw_band(samples, gap_factor)

    def _redraw_band(self, samples: Samples, gap_factor: float) -> None:
        hist_n = samples.history_count
        key = (id(self.history), hist_n)
        if key == self._band_key:
            return
        self._band_key = key
        if self.history is None or not self.history.rollup or hist_n == 0:
            self.band.clear()
            return
        part = slice(0, hist_n)
        good = samples.q[part] == _GOOD
        lo = np.where(good, samples.lo[part], np.nan)
        hi = np.where(good, samples.hi[part], np.nan)
        breaks = gap_indices(samples.t[part], self._history_gap_factor(gap_factor))
        self.band.set_band(samples.t[part], lo, hi, breaks)

    def _history_gap_factor(self, gap_factor: float) -> float:
        """Rollup buckets are evenly spaced, so any missing bucket breaks the line."""
        return ROLLUP_GAP_FACTOR if self.history is not None and self.history.rollup else gap_factor

    def mark_dirty(self) -> None:
        self._samples = None

    def samples(self) -> Samples:
        """History before the ring's first sample, then the ring, both in time order."""
        if self._samples is not None:
            return self._samples
        t, v, q = self._live_sorted()
        lo = hi = np.full(t.size, np.nan)
        block = self.history
        n = 0
        if block is not None and block.t.size:
            n = block.t.size if t.size == 0 else int(np.searchsorted(block.t, t[0]))
            t = np.concatenate((block.t[:n], t))
            v = np.concatenate((block.v[:n], v))
            q = np.concatenate((block.q[:n], q))
            lo = np.concatenate((block.lo[:n], lo))
            hi = np.concatenate((block.hi[:n], hi))
        self._samples = Samples(t, v, q, lo, hi, n)
        return self._samples

    def _live_sorted(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        t, v, q = self.ring.arrays()
        if t.size > 1 and np.any(t[1:] < t[:-1]):
            order = np.argsort(t, kind="stable")
            t, v, q = t[order], v[order], q[order]
        return t, v, q
