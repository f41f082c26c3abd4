"""Shape raw samples into what a trend draws: a line broken at gaps, and bad-quality markers.

Kept apart from the widget because it is pure numpy: the rules for when a line must break are
the part worth testing in isolation, and they run on every redraw, so they stay vectorised.
"""

from __future__ import annotations

import numpy as np

from domain.quality import Quality

__all__ = ["gap_indices", "median_interval", "trace_arrays"]

_GOOD = int(Quality.GOOD)
_MEDIAN_INTERVALS = 10_000


def median_interval(t: np.ndarray) -> float:
    """Typical spacing of sorted times (over the most recent intervals); NaN when unknown."""
    if t.size < 2:
        return float("nan")
    recent = np.diff(t[-_MEDIAN_INTERVALS - 1 :])
    positive = recent[recent > 0]
    return float(np.median(positive)) if positive.size else float("nan")


def gap_indices(t: np.ndarray, gap_factor: float) -> np.ndarray:
    """Indices i where the pause from t[i] to t[i + 1] is long enough to break the line.

    A pause counts when it exceeds ``gap_factor`` × the median interval; with fewer than three
    samples there is no trustworthy median, so nothing counts as a gap.
    """
    if t.size <= 2:
        return np.empty(0, dtype=np.intp)
    typical = median_interval(t)
    if not np.isfinite(typical):
        return np.empty(0, dtype=np.intp)
    return np.flatnonzero(np.diff(t) > gap_factor * typical)


def trace_arrays(
    t: np.ndarray, v: np.ndarray, q: np.ndarray, gap_factor: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Turn raw samples into (line x, line y, marker x, marker y).

    The line holds only GOOD finite values; a NaN is inserted in the middle of every interval
    longer than ``gap_factor`` × the median interval (over the most recent intervals, so a
    changed polling rate is picked up). Markers are the non-GOOD samples that still carry a value.
    """
    if t.size > 1 and np.any(t[1:] < t[:-1]):
        order = np.argsort(t, kind="stable")
        t, v, q = t[order], v[order], q[order]
    finite = np.isfinite(v)
    good = q == _GOOD
    y = np.where(good & finite, v, np.nan)
    x = t
    gaps = gap_indices(t, gap_factor)
    if gaps.size:
        mid = (t[gaps] + t[gaps + 1]) * 0.5
        x = np.insert(t, gaps + 1, mid)
        y = np.insert(y, gaps + 1, np.nan)
    bad = ~good & finite
    return x, y, t[bad], v[bad]
