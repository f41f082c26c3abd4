"""Bus monitor: the raw frames a bus sends and receives, shown while the dialog is open.

Recording costs nothing while no monitor is open; it is switched on for this bus only.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.runtime import AcquisitionRuntime
from domain.instruments import BusConfig
from drivers.modbus.monitor import Frame

REFRESH_MS = 500
SHOWN_FRAMES = 400


class BusMonitorDialog(QDialog):
    def __init__(
        self, runtime: AcquisitionRuntime, bus: BusConfig, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._runtime, self._bus = runtime, bus
        self.setWindowTitle(self.tr("Bus monitor — %1").replace("%1", bus.name))
        self.resize(900, 520)
        self.view = QPlainTextEdit()
        self.view.setReadOnly(True)
        self.view.setMaximumBlockCount(SHOWN_FRAMES)
        self.view.setFont(QFont("monospace"))
        self.pause_check = QCheckBox(self.tr("Pause"))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self._clear)
        self.count_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.pause_check)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        row.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self._last_at: datetime | None = None
        self._active = runtime.engine.set_monitor(bus.id, True)
        if not self._active:
            self.view.setPlainText(self.tr("This bus is not being polled."))
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

    @Slot()
    def refresh(self) -> None:
        if self.pause_check.isChecked() or not self._active:
            return
        frames = self._runtime.engine.monitor_frames(self._bus.id)
        last = self._last_at
        new = [f for f in frames if last is None or f.at > last]
        if new:
            self._last_at = new[-1].at
            self.view.appendPlainText("\n".join(_line(frame) for frame in new))
        self.count_label.setText(self.tr("%1 frames").replace("%1", str(len(frames))))

    @Slot()
    def _clear(self) -> None:
        self._runtime.engine.clear_monitor(self._bus.id)
        self._last_at = None
        self.view.clear()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        self._runtime.engine.set_monitor(self._bus.id, False)
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self._timer.stop()
        self._runtime.engine.set_monitor(self._bus.id, False)
        super().done(result)


def _line(frame: Frame) -> str:
    local = frame.at.astimezone().strftime("%H:%M:%S.%f")[:-3]
    return f"{local}  {frame.direction.value.upper()}  {frame.hex()}"
