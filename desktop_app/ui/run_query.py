"""Run blocking work off the GUI thread and get the result back on it.

In the spirit of Anki's QueryOp: `fn` runs on a pool thread and must not touch widgets; only
its (immutable) result crosses back, through a queued signal, to `on_done` on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives in the GUI thread; its signals are emitted from the worker and queued.

    It has no Qt parent, so it outlives an owner closed while the query runs; the callbacks
    are then skipped instead of reaching a deleted widget. `_pending` keeps it alive until
    its result has been delivered.
    """

    _pending: ClassVar[set[_Relay]] = set()

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        owner: QObject,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None,
    ) -> None:
        super().__init__(None)
        self._owner = owner
        self._on_done = on_done
        self._on_error = on_error
        self.succeeded.connect(self._deliver)
        self.failed.connect(self._report)
        _Relay._pending.add(self)

    def _owner_alive(self) -> bool:
        return shiboken6.isValid(self._owner)

    @Slot(object)
    def _deliver(self, result: object) -> None:
        try:
            if self._owner_alive():
                self._on_done(result)
        finally:
            self._release()

    @Slot(object)
    def _report(self, error: object) -> None:
        try:
            if not self._owner_alive():
                log.info("background query failed after its window closed: %s", error)
            elif self._on_error is not None:
                self._on_error(error)  # type: ignore[arg-type]
            else:
                log.error("background query failed: %s", error)
        finally:
            self._release()

    def _release(self) -> None:
        _Relay._pending.discard(self)
        self.deleteLater()


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as error:
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


def run_query(
    parent: QObject,
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    relay = _Relay(parent, on_done, on_error)
    query_pool().start(_Job(fn, relay))


_pool: QThreadPool | None = None


def query_pool() -> QThreadPool:
    """A small dedicated pool, so database reads never queue behind other pool users."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(2)
        _pool.setObjectName("query-pool")
    return _pool
