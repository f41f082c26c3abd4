"""Hand acquisition batches to the GUI at most 20 times a second.

`push` is called on poller threads; it only appends to a locked deque. A timer on the GUI
thread drains the deque and emits one immutable tuple, so a burst of polls costs the GUI one
repaint, not one per batch.
"""

from __future__ import annotations

import threading
from collections import deque

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from domain.readings import ReadingBatch

GUI_INTERVAL_MS = 50


class AcquisitionBridge(QObject):
    batches_arrived = Signal(object)
    """tuple[ReadingBatch, ...] received since the previous emission."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = GUI_INTERVAL_MS) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._pending: deque[ReadingBatch] = deque(maxlen=100_000)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._drain)
        self._timer.start()

    def push(self, batch: ReadingBatch) -> None:
        with self._lock:
            self._pending.append(batch)

    def stop(self) -> None:
        self._timer.stop()

    @Slot()
    def _drain(self) -> None:
        with self._lock:
            if not self._pending:
                return
            batches = tuple(self._pending)
            self._pending.clear()
        self.batches_arrived.emit(batches)
