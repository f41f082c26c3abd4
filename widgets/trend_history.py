"""History for the live trend: what the application delivered, and when to ask for more.

The trend never reads a database; it asks (a signal) for the time span the user looks at and
the application answers with arrays. Two things decide whether to ask: coverage (is the span
before the live ring's first sample inside the last request?) and density (has the user zoomed
in so far that rollup buckets would be several pixels apart?). Each request is remembered, so a
span is asked for once per series even though pans and zooms arrive dozens of times a second.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QCoreApplication

from widgets.quality_names import NOT_VALID
from widgets.trend_trace import median_interval

__all__ = ["HistoryBlock", "HistoryPlanner", "Request", "resolution_text"]

ArrayLike = Sequence[float | None] | np.ndarray


def resolution_text(seconds: float) -> str:
    """Human text for a bucket length: 0 → raw samples, 60 → "1 min averages"."""
    if not seconds > 0:
        return QCoreApplication.translate("LiveTrendPlot", "Raw samples")
    for size, text in (
        (86400.0, QCoreApplication.translate("LiveTrendPlot", "%1 d averages")),
        (3600.0, QCoreApplication.translate("LiveTrendPlot", "%1 h averages")),
        (60.0, QCoreApplication.translate("LiveTrendPlot", "%1 min averages")),
    ):
        if seconds >= size:
            return text.replace("%1", f"{seconds / size:g}")
    text = QCoreApplication.translate("LiveTrendPlot", "%1 s averages")
    return text.replace("%1", f"{seconds:g}")


def _floats(values: ArrayLike, n: int) -> np.ndarray:
    """Values as float64 with None → NaN; numpy input is converted without a Python loop."""
    if isinstance(values, np.ndarray):
        array = values.astype(np.float64).reshape(-1)
    else:
        array = np.array([np.nan if v is None else v for v in values], dtype=np.float64)
    if array.shape != (n,):
        raise ValueError(f"expected {n} values, got {array.shape}")
    return array


@dataclass(frozen=True)
class HistoryBlock:
    """History arrays for one series, sorted by time, covering ``start``..``end``.

    ``lo``/``hi`` are NaN for raw history (no band). ``q`` holds quality codes; a boolean
    validity array becomes GOOD / NOT_VALID.
    """

    start: float
    end: float
    t: np.ndarray
    v: np.ndarray
    q: np.ndarray
    lo: np.ndarray
    hi: np.ndarray
    resolution: str
    rollup: bool
    interval: float = field(default=float("nan"))

    @classmethod
    def build(
        cls,
        t: ArrayLike,
        value: ArrayLike,
        minimum: ArrayLike | None,
        maximum: ArrayLike | None,
        quality_or_valid: Sequence[int] | Sequence[bool] | np.ndarray | None,
        resolution: str | float,
        span: tuple[float, float] | None,
    ) -> HistoryBlock:
        times = np.asarray(t, dtype=np.float64).reshape(-1)
        n = times.size
        v = _floats(value, n)
        rollup = minimum is not None and maximum is not None
        if minimum is not None and maximum is not None:
            lo, hi = _floats(minimum, n), _floats(maximum, n)
        else:
            lo = hi = np.full(n, np.nan)
        raw_q = np.zeros(n, dtype=np.uint8) if quality_or_valid is None else quality_or_valid
        q_array = np.asarray(raw_q)
        if q_array.shape != (n,):
            raise ValueError(f"expected {n} quality codes, got {q_array.shape}")
        if q_array.dtype == np.bool_:
            q = np.where(q_array, 0, NOT_VALID).astype(np.uint8)
        else:
            q = q_array.astype(np.uint8)
        order = np.argsort(times, kind="stable")
        times, v, q, lo, hi = times[order], v[order], q[order], lo[order], hi[order]
        if span is None:
            span = (float(times[0]), float(times[-1])) if n else (np.inf, -np.inf)
        text = resolution if isinstance(resolution, str) else resolution_text(float(resolution))
        return cls(span[0], span[1], times, v, q, lo, hi, text, rollup, median_interval(times))


@dataclass(frozen=True)
class Request:
    start: float
    end: float
    pixels: int
    open_ended: bool  # reaches the live data (or the present): later data arrives live

    @property
    def seconds_per_pixel(self) -> float:
        return (self.end - self.start) / max(self.pixels, 1)

    def covers(self, start: float, end: float, seconds_per_pixel: float, refine: float) -> bool:
        right_ok = self.open_ended or end <= self.end
        dense_ok = seconds_per_pixel * refine >= self.seconds_per_pixel
        return start >= self.start and right_ok and dense_ok


class HistoryPlanner:
    """Decides per series whether the visible span needs a history request.

    ``margin`` widens a request by that fraction of the visible span to the left, so small
    pans stay inside it; ``refine`` is how many times finer than the last request's buckets
    the view may become before rollup history is asked for again (raw history never is).
    """

    def __init__(self, margin: float = 0.5, refine: float = 2.0) -> None:
        self._margin = margin
        self._refine = refine
        self._last: dict[str, Request] = {}
        self._pending: set[str] = set()

    def plan(
        self,
        key: str,
        view: tuple[float, float],
        pixels: int,
        live_start: float | None,
        raw_history: bool,
        live_edge: float,
    ) -> Request | None:
        """The request to send for this series, or None when what is loaded suffices.

        ``live_edge`` is the newest time the plot has from any series (the clock while there is
        none): a request reaching it is open-ended, because what comes later arrives live.
        """
        v0, v1 = view
        pixels = max(int(pixels), 1)
        spp = (v1 - v0) / pixels
        end = v1 if live_start is None else min(v1, live_start)
        if end - v0 <= 3 * spp:
            return None  # live raw data covers the view (up to a few pixels)
        last = self._last.get(key)
        refine = np.inf if raw_history and key not in self._pending else self._refine
        # a wrapped ring starts later than the open-ended request ended: that stretch is unloaded
        if last is not None and last.covers(v0, end, spp, refine):
            wrapped = last.open_ended and live_start is not None and live_start > last.end + 3 * spp
            if not wrapped:
                return None
        start = v0 - self._margin * (v1 - v0)
        open_ended = end >= (live_start if live_start is not None else live_edge - 3 * spp)
        request = Request(start, end, max(1, round(pixels * (end - start) / (v1 - v0))), open_ended)
        self._last[key] = request
        self._pending.add(key)
        return request

    def is_current(self, key: str, span: tuple[float, float] | None) -> bool:
        """Whether an answer for ``span`` (None: the latest request) is still wanted."""
        last = self._last.get(key)
        if span is None or last is None:
            return True
        return abs(span[0] - last.start) < 1e-6 and abs(span[1] - last.end) < 1e-6

    def latest(self, key: str) -> Request | None:
        return self._last.get(key)

    def resolve(self, key: str) -> None:
        self._pending.discard(key)

    def forget(self, key: str) -> None:
        self._pending.discard(key)
        self._last.pop(key, None)

    def pending(self) -> frozenset[str]:
        return frozenset(self._pending)


if __name__ == "__main__":
    planner = HistoryPlanner()
    print(planner.plan("flow", (1000.0, 4600.0), 800, 4000.0, False, 4600.0))
    print(planner.plan("flow", (1100.0, 4700.0), 800, 4000.0, False, 4700.0))
    print([resolution_text(s) for s in (0, 10, 60, 900, 3600, 86400)])
