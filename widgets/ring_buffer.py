"""Fixed-capacity ring buffer of (time, value, quality) samples for live plots.

Live trends receive many small batches per second and must never grow without bound, so each
series keeps its recent history in three preallocated numpy arrays that are overwritten oldest
first. Appends are slice assignments (no per-point Python loop), which keeps the acquisition
hot path cheap no matter how fast samples arrive.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

__all__ = ["TimeSeriesRing"]


class TimeSeriesRing:
    """Ring of samples: t (UTC epoch seconds, float64), value (float64, NaN = missing), quality.

    Samples are kept in insertion order; the plot is responsible for any re-sorting of late data,
    because the buffer's job is only to remember the newest ``capacity`` samples cheaply.
    """

    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError(f"capacity must be positive, got {capacity}")
        self._capacity = int(capacity)
        self._t = np.empty(self._capacity, dtype=np.float64)
        self._v = np.empty(self._capacity, dtype=np.float64)
        self._q = np.empty(self._capacity, dtype=np.uint8)
        self._start = 0
        self._size = 0

    @property
    def capacity(self) -> int:
        return self._capacity

    def __len__(self) -> int:
        return self._size

    def clear(self) -> None:
        """Forget all samples; the storage is reused, so clearing never reallocates."""
        self._start = 0
        self._size = 0

    def append_many(
        self,
        t: Sequence[float] | np.ndarray,
        v: Sequence[float | None] | np.ndarray,
        q: Sequence[int] | np.ndarray,
    ) -> None:
        """Append equally long batches; ``None`` values become NaN (a missing value).

        When the batch plus the stored samples exceed the capacity, the oldest samples are
        dropped, including older samples of the batch itself.
        """
        ta = np.asarray(t, dtype=np.float64).reshape(-1)
        va = np.asarray(v, dtype=np.float64).reshape(-1)
        qa = np.asarray(q, dtype=np.uint8).reshape(-1)
        n = ta.size
        if va.size != n or qa.size != n:
            raise ValueError(
                f"t, v and q must have the same length (got {n}, {va.size}, {qa.size})"
            )
        if n == 0:
            return
        cap = self._capacity
        if n >= cap:
            ta, va, qa = ta[-cap:], va[-cap:], qa[-cap:]
            self._t[:] = ta
            self._v[:] = va
            self._q[:] = qa
            self._start = 0
            self._size = cap
            return
        end = (self._start + self._size) % cap
        first = min(n, cap - end)
        self._t[end : end + first] = ta[:first]
        self._v[end : end + first] = va[:first]
        self._q[end : end + first] = qa[:first]
        rest = n - first
        if rest:
            self._t[:rest] = ta[first:]
            self._v[:rest] = va[first:]
            self._q[:rest] = qa[first:]
        total = self._size + n
        if total > cap:
            self._start = (self._start + total - cap) % cap
            self._size = cap
        else:
            self._size = total

    def arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Copies of (t, v, q), oldest first; callers may modify them freely."""
        return self._ordered(self._t), self._ordered(self._v), self._ordered(self._q)

    def last(self) -> tuple[float, float, int] | None:
        """The newest sample as plain Python numbers, or None when empty."""
        if self._size == 0:
            return None
        i = (self._start + self._size - 1) % self._capacity
        return float(self._t[i]), float(self._v[i]), int(self._q[i])

    def _ordered(self, a: np.ndarray) -> np.ndarray:
        end = self._start + self._size
        if end <= self._capacity:
            return a[self._start : end].copy()
        return np.concatenate((a[self._start :], a[: end - self._capacity]))


if __name__ == "__main__":
    import time

    ring = TimeSeriesRing(100_000)
    now = time.time()
    started = time.perf_counter()
    for block in range(100):
        ts = now + np.arange(block * 10_000, (block + 1) * 10_000, dtype=np.float64)
        ring.append_many(ts, np.sin(ts), np.zeros(ts.size, dtype=np.uint8))
    elapsed = time.perf_counter() - started
    t_all, _, _ = ring.arrays()
    print(f"{len(ring)} samples kept, ordered={bool(np.all(np.diff(t_all) > 0))}")
    print(f"1M samples appended in 10k batches: {elapsed * 1000:.1f} ms")
