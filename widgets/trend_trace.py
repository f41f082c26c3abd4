"""Shape raw samples into what a trend draws: a line broken at gaps, and bad-quality markers.

Kept apart from the widget because it is pure numpy: the rules for when a line must break are
the part worth testing in isolation, and they run on every redraw, so they stay vectorised.
"""

from __future__ import annotations

import numpy as np

from domain.quality import Quality

__all__ = ["trace_arrays"]

_GOOD = int(Quality.GOOD)
_MEDIAN_INTERVALS = 10_000


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
    if t.size > 2:
        dt = np.diff(t)
        recent = dt[-_MEDIAN_INTERVALS:]
        positive = recent[recent > 0]
        if positive.size:
            gaps = np.flatnonzero(dt > gap_factor * float(np.median(positive)))
            if gaps.size:
                mid = (t[gaps] + t[gaps + 1]) * 0.5
                x = np.insert(t, gaps + 1, mid)
                y = np.insert(y, gaps + 1, np.nan)
    bad = ~good & finite
    return x, y, t[bad], v[bad]
