"""The storage-writer thread: the one owner of the write connection.

Pollers hand over batches through a bounded queue and never wait on the disk. The writer
groups them into one executemany per transaction (every `max_rows` rows or `max_delay_s`).
When a commit fails — the database is locked, the disk is full — the rows stay in memory in
arrival order and the writer retries with backoff. Past `max_memory_rows`, and at shutdown, the
oldest rows move to a spool file (store-and-forward); the spool is replayed first, in order,
as soon as commits succeed again, also after a restart. Only what neither memory nor the spool
can hold is dropped, and it is counted, never silent.

On SQLite the commits land in the append-only staging table, and the writer merges staged rows
into `readings` and the rollups in large sorted batches, as often as the page-write budget of
`StagingPolicy` allows (`storage.staging` explains why). `flush()` and `stop()` merge
everything. Between commits it runs the retention step (`storage.retention`) every
`maintenance_interval_s`, continuously while deletions are pending, and right after
`set_retention` changed the policy (`storage.retention_schedule`).

Thread: `submit`, `flush`, `stats`, `set_retention` and `stop` may be called from any thread;
everything else runs on the "storage-writer" thread.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from domain.readings import ReadingBatch
from storage.readings import ReadingRow, reading_rows
from storage.retention import RetentionPolicy
from storage.retention_schedule import RetentionSchedule
from storage.rollup_arrays import DEFAULT_DAY_OFFSET_MS, check_day_offset
from storage.spool import ReadingSpool
from storage.staging import (
    MERGE_ROWS,
    IngestResult,
    StagingPolicy,
    WriterState,
    begin_write,
    ingest,
    merge_staged,
    stage,
    staged_count,
)

log = logging.getLogger(__name__)

_STOP = object()


@dataclass(frozen=True)
class WriterStats:
    submitted: int
    written: int
    duplicates: int
    dropped: int
    failed_commits: int
    backlog: int
    spooled: int
    last_error: str | None
    staged: int = 0
    """Committed to the staging table, not yet merged into readings (already safe on disk)."""
    deleted: int = 0
    """Raw readings deleted by retention since start."""


class StorageWriter:
    def __init__(
        self,
        engine: Engine,
        *,
        max_rows: int = 20_000,
        max_delay_s: float = 2.0,
        queue_batches: int = 50_000,
        max_memory_rows: int = 500_000,
        spool_path: Path | None = None,
        staging: StagingPolicy | None = None,
        retention: RetentionPolicy | None = None,
        day_offset_ms: int = DEFAULT_DAY_OFFSET_MS,
        maintenance_interval_s: float = 300.0,
    ) -> None:
        """`staging` defaults to `StagingPolicy()` on SQLite (disabled elsewhere); `retention`
        to `RetentionPolicy()`; pass `RetentionPolicy(raw_days=None, min_free_disk_gb=None)`
        to keep every raw reading."""
        self._engine = engine
        self._max_rows = max_rows
        self._max_delay_s = max_delay_s
        self._max_memory = max_memory_rows
        sqlite = engine.dialect.name == "sqlite"
        policy = staging if staging is not None else StagingPolicy()
        self._staging = policy if policy.enabled and sqlite else None
        self._retention = RetentionSchedule(retention or RetentionPolicy(), maintenance_interval_s)
        self._state = WriterState(day_offset_ms=check_day_offset(day_offset_ms))
        self._staged = 0
        self._staged_tags: set[int] = set()
        self._last_merge = time.monotonic()
        self._deleted = 0
        self._spool = ReadingSpool(spool_path) if spool_path is not None else None
        self._spooled = self._spool.rows if self._spool else 0
        self._queue: queue.Queue[object] = queue.Queue(maxsize=queue_batches)
        self._pending: deque[ReadingRow] = deque()
        self._lock = threading.Lock()
        self._submitted = 0
        self._written = 0
        self._duplicates = 0
        self._dropped = 0
        self._failed_commits = 0
        self._last_error: str | None = None
        self._thread = threading.Thread(target=self._run, name="storage-writer", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def submit(self, batch: ReadingBatch) -> bool:
        """Queue a batch without blocking; a full queue drops it and counts the rows."""
        count = len(batch.readings)
        if not count:
            return True
        try:
            self._queue.put_nowait(batch)
        except queue.Full:
            with self._lock:
                self._dropped += count
            return False
        with self._lock:
            self._submitted += count
        return True

    def flush(self, timeout_s: float = 10.0) -> bool:
        """Wait until everything submitted before this call is committed (or given up on).

        A writer that is not running has nobody to wait for: False at once.
        """
        if not self._thread.is_alive():
            return False
        done = threading.Event()
        try:
            self._queue.put(done, timeout=timeout_s)
        except queue.Full:
            return False
        return done.wait(timeout_s)

    def stop(self, timeout_s: float = 15.0) -> WriterStats:
        """Drain the queue, write what can be written, end the thread."""
        if self._thread.is_alive():
            self._queue.put(_STOP)
            self._thread.join(timeout_s)
        return self.stats()

    def set_retention(self, policy: RetentionPolicy) -> None:
        """Apply a changed policy: the writer runs a retention step under it within a commit
        cycle (`max_delay_s`), so a shorter period takes effect at once."""
        self._retention.set_policy(policy)

    @property
    def retention(self) -> RetentionPolicy:
        return self._retention.policy

    @property
    def is_alive(self) -> bool:
        return self._thread.is_alive()

    def stats(self) -> WriterStats:
        with self._lock:
            return WriterStats(
                submitted=self._submitted,
                written=self._written,
                duplicates=self._duplicates,
                dropped=self._dropped,
                failed_commits=self._failed_commits,
                backlog=self._queue.qsize() + len(self._pending) + self._spooled,
                spooled=self._spooled,
                last_error=self._last_error,
                staged=self._staged,
                deleted=self._deleted,
            )

    def _run(self) -> None:
        retry_delay = 0.0
        waiters: list[threading.Event] = []
        stopping = False
        self._count_staged()
        while not stopping:
            stopping = self._collect(waiters, max(self._max_delay_s, retry_delay))
            ok = self._write_pending() and self._merge(force=bool(waiters) or stopping)
            if stopping and not ok:
                ok = self._retry_final_writes()
            if ok and not stopping:
                self._maintain()
            retry_delay = 0.0 if ok else min(max(retry_delay * 2, 0.25), 5.0)
            if ok or stopping:
                for waiter in waiters:
                    waiter.set()
                waiters.clear()
        self._give_up_remaining()

    def _collect(self, waiters: list[threading.Event], wait_s: float) -> bool:
        """Gather queued batches until enough rows or the delay is up; True once asked to stop."""
        deadline = time.monotonic() + wait_s
        while len(self._pending) < self._max_rows:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            try:
                item = self._queue.get(timeout=remaining)
            except queue.Empty:
                return False
            if self._accept(item, waiters):
                self._drain_after_stop(waiters)
                return True
            if waiters:  # someone waits for a flush: write now rather than at the deadline
                return False
        return False

    def _drain_after_stop(self, waiters: list[threading.Event]) -> None:
        while True:
            try:
                self._accept(self._queue.get_nowait(), waiters)
            except queue.Empty:
                return

    def _accept(self, item: object, waiters: list[threading.Event]) -> bool:
        if item is _STOP:
            return True
        if isinstance(item, threading.Event):
            waiters.append(item)
        elif isinstance(item, ReadingBatch):
            self._pending.extend(reading_rows(item.readings))
            if len(self._pending) > self._max_memory:
                self._spill(len(self._pending) - self._max_memory // 2)
        return False

    def _spill(self, count: int) -> None:
        """Move the oldest `count` rows to the spool; drop and count them if it cannot take them."""
        rows = [self._pending.popleft() for _ in range(min(count, len(self._pending)))]
        if not rows:
            return
        try:
            if self._spool is None:
                raise OSError("no spool file configured")
            self._spool.append(rows)
        except OSError as error:
            with self._lock:
                self._dropped += len(rows)
                self._last_error = f"spool: {error}"
            log.error("storage writer: %d rows lost, spool refused them: %s", len(rows), error)
            return
        with self._lock:
            self._spooled = self._spool.rows

    def _replay_spool(self) -> bool:
        """Write the spooled rows (older than anything in memory) before anything else."""
        if self._spool is None or not self._spool.rows:
            return True
        contents = self._spool.read_all()
        if contents.torn_bytes:
            log.warning("spool: %d torn bytes at the end ignored", contents.torn_bytes)
        for start in range(0, len(contents.rows), self._max_rows):
            if not self._land(contents.rows[start : start + self._max_rows]):
                return False
        self._spool.clear()
        with self._lock:
            self._spooled = 0
        return True

    def _note_failure(self, error: Exception) -> None:
        self._state.clear()
        with self._lock:
            self._failed_commits += 1
            self._last_error = str(getattr(error, "orig", None) or error)
        log.warning(
            "storage writer: commit failed, keeping %d rows: %s",
            len(self._pending) + self._spooled,
            self._last_error,
        )

    def _transaction(self, work: Callable[[Connection], IngestResult]) -> IngestResult | None:
        """One write transaction; None when it failed (rolled back, the failure noted)."""
        try:
            with self._engine.begin() as connection:
                begin_write(connection)
                return work(connection)
        except SQLAlchemyError as error:
            self._note_failure(error)
        except Exception as error:  # a bug must not end the thread that holds everyone's data
            log.exception("storage writer: unexpected error")
            self._note_failure(error)
        return None

    def _land(self, chunk: Sequence[ReadingRow]) -> bool:
        """Commit rows: to staging, or straight into readings and rollups."""
        staging = self._staging is not None
        result = self._transaction(
            lambda c: stage(c, chunk, self._state) if staging else ingest(c, chunk, self._state)
        )
        if result is None:
            return False
        if result.staged:
            self._staged_tags.update(row[0] for row in chunk)
        self._count(result)
        return True

    def _count(self, result: IngestResult) -> None:
        with self._lock:
            self._written += result.inserted
            self._duplicates += result.duplicates
            self._staged = max(0, self._staged + result.staged - result.unstaged)
            if result.refused:
                self._dropped += result.refused
                self._last_error = (
                    f"{result.refused} readings refused: their tag was deleted, "
                    "or they are older than the raw retention horizon"
                )

    def _write_pending(self) -> bool:
        if self._staging is None and not self._merge(force=True):
            return False  # rows a run with staging left behind arrived first
        if not self._replay_spool():
            return False
        while self._pending:
            chunk = [self._pending[i] for i in range(min(self._max_rows, len(self._pending)))]
            if not self._land(chunk):
                return False
            for _ in range(len(chunk)):
                self._pending.popleft()
        return True

    def _merge(self, *, force: bool) -> bool:
        """Merge staged rows when due (budget interval or size), or all of them when forced.

        Without staging only rows a previous run left there are merged, before anything else.
        """
        policy = self._staging
        if self._staged <= 0:
            return True
        if policy is None:
            force, due, rows = True, True, MERGE_ROWS
        else:
            interval = policy.merge_interval_s(len(self._staged_tags))
            due = self._staged >= policy.max_rows or (
                time.monotonic() - self._last_merge >= interval
            )
            rows = policy.max_rows
        while force or due:
            result = self._transaction(lambda c: merge_staged(c, self._state, rows))
            if result is None:
                return False
            self._count(result)
            if result.unstaged < rows:
                with self._lock:
                    self._staged = 0
                self._staged_tags.clear()
                self._last_merge = time.monotonic()
                return True
            due = self._staged >= rows
        return True

    def _count_staged(self) -> None:
        """Rows a previous run staged but did not merge: merged first, as soon as possible."""
        try:
            with self._engine.connect() as connection:
                staged = staged_count(connection)
        except SQLAlchemyError as error:
            log.warning("storage writer: cannot count staged rows yet: %s", error)
            staged = 1  # unknown: make the first merge look
        with self._lock:
            self._staged = staged
        self._last_merge = 0.0 if staged else time.monotonic()

    def _maintain(self) -> None:
        """One retention batch when due; retention failures never stop acquisition."""
        deleted = self._retention.run_if_due(self._engine, self._state.day_offset_ms)
        if deleted:
            with self._lock:
                self._deleted += deleted

    def _retry_final_writes(self) -> bool:
        for delay in (0.2, 0.5, 1.0):
            time.sleep(delay)
            if self._write_pending():
                return True
        return False

    def _give_up_remaining(self) -> None:
        """At shutdown: what could not be committed goes to the spool for the next start."""
        if self._pending and self._spool is not None:
            self._spill(len(self._pending))
        if self._pending:
            with self._lock:
                self._dropped += len(self._pending)
            log.error("storage writer: %d rows could not be written", len(self._pending))
            self._pending.clear()
