"""Taking a photo with the tablet's camera, when there is one and Qt can drive it.

QtMultimedia is optional: PySide6-Essentials (what CI and many office PCs have) does not
include it, and a desktop PC usually has no camera. Everything here is imported lazily, so the
rest of the inspection works without it and simply offers "From file" instead.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from widgets.touch import TOUCH_TARGET_PX

__all__ = ["CameraDialog", "camera_available", "jpeg_bytes", "take_photo"]

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def camera_available() -> bool:
    """Whether QtMultimedia imports and reports at least one camera (asked once per run)."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
        from PySide6.QtMultimediaWidgets import QVideoWidget  # noqa: F401
    except ImportError:
        return False
    try:
        return bool(QMediaDevices.videoInputs())
    except Exception as error:  # a broken multimedia back end must not stop the inspection
        log.warning("camera check failed: %s", error)
        return False


def jpeg_bytes(image: QImage, quality: int = 92) -> bytes:
    """The image as JPEG; the service turns and shrinks it, this only has to be complete."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", quality)  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


class CameraDialog(QDialog):
    """A full-window viewfinder with a big shutter button; `photo` holds the JPEG after it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import QCamera, QImageCapture, QMediaCaptureSession
        from PySide6.QtMultimediaWidgets import QVideoWidget

        self.photo: bytes | None = None
        self.setWindowTitle(self.tr("Take photo"))
        self.setWindowState(Qt.WindowState.WindowMaximized)
        self.viewfinder = QVideoWidget(self)
        self.status = QLabel(self)
        self.shutter = QPushButton(self.tr("Take photo"), self)
        self.cancel = QPushButton(self.tr("Cancel"), self)
        for button in (self.shutter, self.cancel):
            button.setMinimumHeight(TOUCH_TARGET_PX + 16)
            button.setMinimumWidth(TOUCH_TARGET_PX * 4)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.shutter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.viewfinder, 1)
        layout.addLayout(buttons)
        self._session: Any = QMediaCaptureSession(self)
        self._camera: Any = QCamera(self)
        self._capture: Any = QImageCapture(self)
        self._session.setCamera(self._camera)
        self._session.setImageCapture(self._capture)
        self._session.setVideoOutput(self.viewfinder)
        self._capture.imageCaptured.connect(self._captured)
        self._capture.errorOccurred.connect(self._failed)
        self._camera.errorOccurred.connect(self._failed)
        self.shutter.clicked.connect(self._shoot)
        self.cancel.clicked.connect(self.reject)
        self._camera.start()

    def _shoot(self) -> None:
        if not self._capture.isReadyForCapture():
            self.status.setText(self.tr("The camera is not ready yet."))
            return
        self.shutter.setEnabled(False)
        self._capture.capture()

    def _captured(self, _request_id: int, image: QImage) -> None:
        self.photo = jpeg_bytes(image)
        self._camera.stop()
        self.accept()

    def _failed(self, *args: object) -> None:
        self.shutter.setEnabled(True)
        self.status.setText(self.tr("The camera failed: %1").replace("%1", str(args[-1])))

    def done(self, result: int) -> None:
        self._camera.stop()
        super().done(result)


def take_photo(parent: QWidget) -> bytes | None:
    """JPEG bytes of a photo the inspector took, or None when they cancelled."""
    dialog = CameraDialog(parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.photo
        return None
    finally:
        dialog.deleteLater()
