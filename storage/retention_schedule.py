"""When the storage writer runs a retention step, and under which policy.

The policy can change while the writer runs (an administrator shortens how long raw readings
stay): `set_policy` may be called from any thread, and the writer thread uses the new policy at
its very next maintenance instead of waiting out the interval, so the change shows at once.
Kept out of `storage.writer` so the writer stays about batching and commits.
"""

from __future__ import annotations

import logging
import threading
import time

from sqlalchemy import Engine

from domain.readings import now_ms
from storage.retention import RetentionPolicy, retention_step
from storage.staging import begin_write

log = logging.getLogger(__name__)


class RetentionSchedule:
    """A retention step every `interval_s`, again at once while deletions are pending or after
    the policy changed. `run_if_due` belongs to the writer thread."""

    def __init__(self, policy: RetentionPolicy, interval_s: float) -> None:
        self._lock = threading.Lock()
        self._policy = policy
        self._changed = False
        self._interval_s = interval_s
        self._next = time.monotonic() + interval_s
        self._pending = False

    @property
    def policy(self) -> RetentionPolicy:
        with self._lock:
            return self._policy

    def set_policy(self, policy: RetentionPolicy) -> None:
        """Use `policy` from the next maintenance on, which comes without waiting the interval."""
        with self._lock:
            self._policy = policy
            self._changed = True

    def run_if_due(self, engine: Engine, day_offset_ms: int) -> int:
        """One retention transaction when due; the rows it deleted. Failures are logged only:
        retention must never stop acquisition."""
        with self._lock:
            policy, changed = self._policy, self._changed
            self._changed = False
        now = time.monotonic()
        if not (changed or self._pending or now >= self._next):
            return 0
        self._next = now + self._interval_s
        try:
            with engine.begin() as connection:
                begin_write(connection)
                done = retention_step(connection, policy, now_ms(), day_offset_ms=day_offset_ms)
        except Exception as error:  # retention must never stop acquisition
            log.warning("storage writer: retention step failed: %s", error)
            self._pending = False
            return 0
        self._pending = done.pending
        return done.deleted
