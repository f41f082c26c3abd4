"""Hand the alarm monitor's snapshots to the GUI thread, at most five times a second.

Thread: the bridge lives in the GUI thread. `push` is the monitor's listener and runs on the
"alarm-monitor" thread: it only stores the newest immutable snapshot under a lock. A GUI
timer emits `alarms_changed` when a newer one is there, so a burst of transitions costs the
banner and the alarm page one repaint.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from desktop_app.services.alarm_monitor import AlarmMonitor, AlarmSnapshot

GUI_INTERVAL_MS = 200


class AlarmBridge(QObject):
    alarms_changed = Signal(object)
    """AlarmSnapshot: the open alarms, most urgent first."""

    def __init__(
        self,
        monitor: AlarmMonitor,
        parent: QObject | None = None,
        interval_ms: int = GUI_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self.monitor = monitor
        self._lock = threading.Lock()
        self._latest = monitor.snapshot
        self.current = self._latest
        monitor.add_listener(self.push)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._deliver)
        self._timer.start()

    def push(self, snapshot: AlarmSnapshot) -> None:
        with self._lock:
            if snapshot.generation >= self._latest.generation:
                self._latest = snapshot

    @Slot()
    def refresh(self) -> None:
        """Someone acknowledged: ask the monitor for a fresh list (it arrives by signal)."""
        self.monitor.refresh()

    @Slot()
    def reload(self) -> None:
        """Limits changed: the monitor evaluates with the stored ones from now on."""
        self.monitor.reload()

    @Slot(object)
    def on_catalog_changed(self, _catalog: object) -> None:
        """Tags were removed or changed: their limits may be gone with them."""
        self.monitor.reload()

    def stop(self) -> None:
        """Stop delivering; the monitor itself is stopped by whoever started it."""
        self._timer.stop()

    @Slot()
    def _deliver(self) -> None:
        with self._lock:
            latest = self._latest
        if latest.generation == self.current.generation:
            return
        self.current = latest
        self.alarms_changed.emit(latest)
