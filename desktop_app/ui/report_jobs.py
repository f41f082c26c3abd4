"""Long work of the Reports page (a report, a bundle, a verification) on a worker thread.

Like `run_query`, but for work that takes minutes and reports on its way: a `Job` lives in the
GUI thread; its `work` runs on the report pool and calls `job.report(percent, step)`, which
emits `progressed` with a frozen `JobProgress` (queued to the GUI thread; repeated values are
dropped, so a bundle of thousands of files does not flood the event loop). `cancel()` sets a
`threading.Event` that the services read through `job.cancelled`. The result or the error
arrives once, through `succeeded` or `failed`. A dedicated pool keeps a ten-minute export from
queueing the page reads (the query pool has two threads).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


@dataclass(frozen=True)
class JobProgress:
    percent: int
    step: str
    """A step code (`reports_text.step_text` translates it)."""
    done: int = 0
    total: int = 0
    """Files written of all, for a bundle; 0 when the step has no count."""


class Job(QObject):
    """One piece of long work; connect to its signals, then `start()` it."""

    _running: ClassVar[set[Job]] = set()

    progressed = Signal(object)
    """A `JobProgress`."""
    succeeded = Signal(object)
    """The work's result."""
    failed = Signal(object)
    """The exception the work raised (cancelling raises the service's own)."""
    _ended = Signal()
    """Emitted after the result, so the job is released only once every receiver has it
    queued (releasing on the result itself could delete the job during that emission)."""

    def __init__(self, work: Callable[[Job], Any]) -> None:
        super().__init__(None)  # no parent: it outlives a page closed while it runs
        self._work = work
        self._cancel = threading.Event()
        self._last: JobProgress | None = None
        self._lock = threading.Lock()
        self._ended.connect(self._release)

    def start(self) -> None:
        Job._running.add(self)
        report_pool().start(_Runnable(self))

    def cancel(self) -> None:
        """Ask the work to stop at its next checkpoint (called on the GUI thread)."""
        self._cancel.set()

    def cancelled(self) -> bool:
        """Read by the services between steps, on the worker thread."""
        return self._cancel.is_set()

    def report(self, percent: int, step: str, done: int = 0, total: int = 0) -> None:
        """Called on the worker thread; only a change reaches the GUI."""
        progress = JobProgress(max(0, min(100, percent)), step, done, total)
        with self._lock:
            if progress == self._last:
                return
            self._last = progress
        self.progressed.emit(progress)

    def files(self, done: int, total: int) -> None:
        """A bundle's progress (files written, files in all) as a percentage."""
        percent = done * 100 // total if total else 0
        with self._lock:
            last = self._last
        if last is not None and last.percent == percent and done != total:
            return
        self.report(percent, "export", done, total)

    def run(self) -> None:
        """On the worker thread."""
        try:
            result = self._work(self)
        except Exception as error:
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        self._ended.emit()

    @Slot()
    def _release(self) -> None:
        Job._running.discard(self)
        self.deleteLater()


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job.run()


def cancel_all(wait_ms: int = 30_000) -> None:
    """At shutdown: ask every running report, export or verification to stop at its next
    checkpoint and wait for them, so no worker writes after the database is closed (a
    cancelled report or export leaves no file behind)."""
    for job in list(Job._running):
        job.cancel()
    if _pool is not None:
        _pool.waitForDone(wait_ms)


_pool: QThreadPool | None = None


def report_pool() -> QThreadPool:
    """Three threads: a report, an export and a verification may run side by side."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(3)
        _pool.setObjectName("report-pool")
    return _pool
