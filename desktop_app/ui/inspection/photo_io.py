"""Photos of a run on the screen: choosing a file, and thumbnails read off the GUI thread.

A 1600 px JPEG takes tens of milliseconds to read and decode, more on a tablet's eMMC; a
strip of six would freeze the screen under the inspector's finger. Files are therefore read and
decoded into a QImage (which, unlike QPixmap, may be made on any thread) on the query pool, and
only the small result crosses back. Thumbnails are cached by photo id, which never changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_app.ui.run_query import run_query

__all__ = ["PICTURE_PATTERNS", "ThumbnailLoader", "choose_photo_file", "read_image"]

PICTURE_PATTERNS = "*.jpg *.jpeg *.png *.bmp *.webp *.heic"


def choose_photo_file(parent: QWidget, title: str, filter_name: str) -> Path | None:
    """The picture file the inspector chose, or None (the dialog is the only GUI-thread part)."""
    start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    path, _ = QFileDialog.getOpenFileName(
        parent, title, start, f"{filter_name} ({PICTURE_PATTERNS})"
    )
    return Path(path) if path else None


def read_image(path: Path, longest_side: int) -> QImage:
    """Decode a picture file scaled to `longest_side` (runs on the query pool)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > longest_side:
        reader.setScaledSize(
            size.scaled(longest_side, longest_side, Qt.AspectRatioMode.KeepAspectRatio)
        )
    image = reader.read()
    if image.isNull():
        raise OSError(f"cannot read {path.name}: {reader.errorString()}")
    return image


class ThumbnailLoader(QObject):
    """`request(photo_id, path)`; `loaded(photo_id, pixmap)` once it is read (at once if cached)."""

    loaded = Signal(str, QPixmap)

    def __init__(self, longest_side: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._side = longest_side
        self._cache: dict[str, QPixmap] = {}
        self._pending: set[str] = set()

    def cached(self, photo_id: str) -> QPixmap | None:
        return self._cache.get(photo_id)

    def request(self, photo_id: str, path: Path) -> None:
        known = self._cache.get(photo_id)
        if known is not None:
            self.loaded.emit(photo_id, known)
            return
        if photo_id in self._pending:
            return
        self._pending.add(photo_id)
        side = self._side
        run_query(
            self,
            lambda: read_image(path, side),
            lambda image: self._done(photo_id, image),
            lambda _error: self._pending.discard(photo_id),
        )

    def put(self, photo_id: str, pixmap: QPixmap) -> None:
        """A picture already in memory (a signature just drawn) needs no reading."""
        self._cache[photo_id] = pixmap
        self.loaded.emit(photo_id, pixmap)

    def _done(self, photo_id: str, image: QImage) -> None:
        self._pending.discard(photo_id)
        pixmap = QPixmap.fromImage(image)
        self._cache[photo_id] = pixmap
        self.loaded.emit(photo_id, pixmap)
