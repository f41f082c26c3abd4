"""The photos of one item as a row of thumbnails, with Take photo / From file / Remove.

The strip only asks: it emits requests and shows the thumbnails it is given, so taking,
storing and loading photos (files, camera, database) stay with the caller and off the GUI
thread. Removing needs a second tap on the same tile ("Remove?") within a few seconds: a
gloved thumb brushing the corner of a thumbnail must not delete evidence.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from widgets.touch import TOUCH_TARGET_PX, enable_kinetic_scrolling

__all__ = ["THUMB_PX", "PhotoStrip", "PhotoTile"]

THUMB_PX = 132
CONFIRM_MS = 4000


class PhotoTile(QFrame):
    """One thumbnail (or "…" while it loads) and its remove button."""

    remove_confirmed = Signal(str)

    def __init__(self, photo_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photo_id = photo_id
        self.setObjectName("photoTile")
        self.setFixedSize(THUMB_PX, THUMB_PX + TOUCH_TARGET_PX + 4)
        self.image = QLabel(self)
        self.image.setFixedSize(THUMB_PX, THUMB_PX)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setStyleSheet("background: #dfe3e8; border: 1px solid #b8bec6;")
        self.image.setText("…")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removePhoto")
        self.remove_button.setFixedSize(THUMB_PX, TOUCH_TARGET_PX)
        self.remove_button.clicked.connect(self._tapped)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.image)
        layout.addWidget(self.remove_button)
        self._armed = QTimer(self)
        self._armed.setSingleShot(True)
        self._armed.setInterval(CONFIRM_MS)
        self._armed.timeout.connect(self.retranslate)
        self.retranslate()

    def set_pixmap(self, pixmap: QPixmap | None) -> None:
        if pixmap is None or pixmap.isNull():
            self.image.setText("…")
            return
        self.image.setPixmap(
            pixmap.scaled(
                QSize(THUMB_PX - 2, THUMB_PX - 2),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def is_armed(self) -> bool:
        return self._armed.isActive()

    def retranslate(self) -> None:
        if self.is_armed():
            self.remove_button.setText(self.tr("Remove?"))
            self.remove_button.setStyleSheet(
                "background: #c62828; color: white; font-weight: bold; font-size: 11pt;"
            )
        else:
            self.remove_button.setText(self.tr("✕ Remove"))
            self.remove_button.setStyleSheet("font-size: 11pt;")

    def _tapped(self) -> None:
        if self.is_armed():
            self._armed.stop()
            self.retranslate()
            self.remove_confirmed.emit(self.photo_id)
        else:
            self._armed.start()
            self.retranslate()


class PhotoStrip(QWidget):
    """`set_limits`, `set_photos`, `set_thumbnail`; emits take/file/remove requests."""

    take_photo_requested = Signal()
    file_photo_requested = Signal()
    remove_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count_label = QLabel(self)
        self.count_label.setWordWrap(True)
        self.count_label.setStyleSheet("font-size: 12pt;")
        self.camera_button = QPushButton(self)
        self.camera_button.setObjectName("takePhoto")
        self.file_button = QPushButton(self)
        self.file_button.setObjectName("photoFromFile")
        for button in (self.camera_button, self.file_button):
            button.setStyleSheet("font-size: 12pt; padding: 4px 14px;")
            button.setMinimumHeight(TOUCH_TARGET_PX)
            button.setMinimumWidth(TOUCH_TARGET_PX * 3)
        self.camera_button.clicked.connect(self.take_photo_requested)
        self.file_button.clicked.connect(self.file_photo_requested)
        self.busy_label = QLabel(self)
        self.busy_label.hide()
        self.tiles_host = QWidget()
        self.tiles_layout = QHBoxLayout(self.tiles_host)
        self.tiles_layout.setContentsMargins(0, 0, 0, 0)
        self.tiles_layout.setSpacing(8)
        self.tiles_layout.addStretch(1)
        self.tiles_area = QScrollArea(self)
        self.tiles_area.setWidget(self.tiles_host)
        self.tiles_area.setWidgetResizable(True)
        self.tiles_area.setFrameShape(QFrame.Shape.NoFrame)
        self.tiles_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tiles_area.setFixedHeight(THUMB_PX + TOUCH_TARGET_PX + 24)
        enable_kinetic_scrolling(self.tiles_area)
        header = QHBoxLayout()
        header.addWidget(self.count_label, 1)
        header.addWidget(self.busy_label)
        header.addWidget(self.camera_button)
        header.addWidget(self.file_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.tiles_area)
        self.tiles: dict[str, PhotoTile] = {}
        self._min = 0
        self._max = 0
        self._camera = False
        self._busy = False
        self.retranslate()

    def set_limits(self, minimum: int, maximum: int) -> None:
        self._min, self._max = minimum, maximum
        self._refresh()

    def set_camera_available(self, available: bool) -> None:
        self._camera = available
        self._refresh()

    def set_busy(self, busy: bool) -> None:
        """While a photo is being stored, adding another is paused (and says so)."""
        self._busy = busy
        self._refresh()

    def set_photos(self, photo_ids: list[str]) -> None:
        """Show these photos in this order; known thumbnails are kept, new ones show "…"."""
        for photo_id in list(self.tiles):
            if photo_id not in photo_ids:
                tile = self.tiles.pop(photo_id)
                self.tiles_layout.removeWidget(tile)
                tile.deleteLater()
        for index, photo_id in enumerate(photo_ids):
            known = self.tiles.get(photo_id)
            if known is None:
                tile = PhotoTile(photo_id, self.tiles_host)
                tile.remove_confirmed.connect(self.remove_requested)
                self.tiles[photo_id] = tile
            else:
                tile = known
            self.tiles_layout.removeWidget(tile)
            self.tiles_layout.insertWidget(index, tile)
        self._refresh()

    def set_thumbnail(self, photo_id: str, pixmap: QPixmap) -> None:
        tile = self.tiles.get(photo_id)
        if tile is not None:
            tile.set_pixmap(pixmap)

    def photo_ids(self) -> list[str]:
        """The photos in the order shown."""
        ids: list[str] = []
        for index in range(self.tiles_layout.count()):
            entry = self.tiles_layout.itemAt(index)
            widget = entry.widget() if entry is not None else None
            if isinstance(widget, PhotoTile):
                ids.append(widget.photo_id)
        return ids

    def retranslate(self) -> None:
        self.camera_button.setText(self.tr("Take photo"))
        self.file_button.setText(self.tr("From file…"))
        self.busy_label.setText(self.tr("Saving photo…"))
        for tile in self.tiles.values():
            tile.retranslate()
        self._refresh()

    def _refresh(self) -> None:
        count = len(self.tiles)
        text = self.tr("Photos: %1 of at most %2").replace("%1", str(count))
        text = text.replace("%2", str(self._max))
        if self._min:
            needed = max(0, self._min - count)
            if needed:
                text += " · " + self.tr("%1 more required").replace("%1", str(needed))
            else:
                text += " · " + self.tr("required photos taken ✓")
        self.count_label.setText(text)
        self.count_label.setStyleSheet(
            "font-size: 12pt;"
            + (" color: #b71c1c; font-weight: bold;" if count < self._min else "")
        )
        room = count < self._max and not self._busy
        self.camera_button.setVisible(self._camera)
        self.camera_button.setEnabled(room)
        self.file_button.setEnabled(room)
        self.busy_label.setVisible(self._busy)
        self.tiles_area.setVisible(count > 0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
