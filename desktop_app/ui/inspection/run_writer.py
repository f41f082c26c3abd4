"""Every write of one inspection run, one at a time, in the order the inspector made them.

Answers are saved the moment they are given, on the query pool. The pool has two threads, so
two saves sent at once could commit in either order and "no" followed quickly by "yes" could
end as "no". The writer therefore keeps a queue and sends the next write only when the previous
one is done. A write not yet sent is replaced by a newer one with the same key (typing 1, 12,
12.5 saves 12.5 once, not three times).

A write refused by the service (a `ConfigurationError` or `PermissionDenied`) is reported to its
caller and dropped: retrying cannot change the answer. Any other failure (a locked or full
disk) keeps the write for `retry()`, and the state says "not saved" until it succeeds.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from desktop_app.services.database import Database
from desktop_app.services.errors import ConfigurationError
from desktop_app.ui.run_query import run_query
from domain.roles import PermissionDenied

__all__ = ["FAILED", "IDLE", "SAVED", "SAVING", "RunWriter"]

log = logging.getLogger(__name__)

IDLE, SAVING, SAVED, FAILED = "idle", "saving", "saved", "failed"


@dataclass
class _Write:
    key: str
    work: Callable[[Session], Any]
    on_done: Callable[[Any], None] | None
    on_refused: Callable[[BaseException], None] | None


class RunWriter(QObject):
    """`submit` writes; `state` is idle (nothing written yet), saving, saved or failed."""

    state_changed = Signal(str)
    drained = Signal()
    """Nothing queued or in flight any more (whether the last write succeeded or not)."""

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._queue: list[_Write] = []
        self._failed: list[_Write] = []
        self._in_flight: _Write | None = None
        self.state = IDLE
        self.last_error: BaseException | None = None

    def submit(
        self,
        key: str,
        work: Callable[[Session], Any],
        on_done: Callable[[Any], None] | None = None,
        on_refused: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Queue `work(session)` for its own transaction; a queued write with `key` is replaced."""
        write = _Write(key, work, on_done, on_refused)
        self._failed = [w for w in self._failed if w.key != key]
        for index, queued in enumerate(self._queue):
            if queued.key == key:
                self._queue[index] = write
                break
        else:
            self._queue.append(write)
        self._next()

    def busy(self) -> bool:
        return self._in_flight is not None or bool(self._queue)

    def has_failures(self) -> bool:
        return bool(self._failed)

    def retry(self) -> None:
        """Send the writes that failed for a reason other than a refusal again."""
        failed, self._failed = self._failed, []
        for write in failed:
            if not any(q.key == write.key for q in self._queue):
                self._queue.append(write)
        self._next()

    def _next(self) -> None:
        if self._in_flight is not None:
            return
        if not self._queue:
            self._set_state(FAILED if self._failed else (SAVED if self.state != IDLE else IDLE))
            self.drained.emit()
            return
        write = self._queue.pop(0)
        self._in_flight = write
        self._set_state(SAVING)
        database = self._database

        def work() -> Any:
            with database.transaction() as session:
                return write.work(session)

        run_query(
            self, work, lambda result: self._done(write, result), lambda e: self._fail(write, e)
        )

    def _done(self, write: _Write, result: Any) -> None:
        self._in_flight = None
        self.last_error = None
        if write.on_done is not None:
            write.on_done(result)
        self._next()

    def _fail(self, write: _Write, error: BaseException) -> None:
        self._in_flight = None
        self.last_error = error
        if isinstance(error, ConfigurationError | PermissionDenied):
            if write.on_refused is not None:
                write.on_refused(error)
            else:
                log.warning("inspection write %s refused: %s", write.key, error)
        else:
            log.error("inspection write %s failed: %s", write.key, error)
            if not any(q.key == write.key for q in self._queue):
                self._failed.append(write)
        self._next()

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)
