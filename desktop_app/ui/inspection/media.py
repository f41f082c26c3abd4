"""Photos and signatures of the run on screen: asked for by the card, stored by the writer.

Split from `guided` to keep each file readable; `GuidedInspection` inherits these handlers. The
picture bytes are read (from the chosen file) and stored (`add_photo` shrinks and writes them)
in the writer's work function, on the query pool; the GUI thread only shows the file dialog or
the camera and then the thumbnail it is handed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from desktop_app.services.checklist_runs import (
    PhotoInfo,
    add_photo,
    photo_path,
    remove_photo,
    set_signature,
)
from desktop_app.services.errors import ConfigurationError
from desktop_app.ui.context import AppContext
from desktop_app.ui.inspection import camera
from desktop_app.ui.inspection.chrome import InspectionChrome
from desktop_app.ui.inspection.item_card import ItemCard
from desktop_app.ui.inspection.photo_io import ThumbnailLoader, choose_photo_file
from desktop_app.ui.inspection.texts import inspection_error_text
from domain.checklists import Item

__all__ = ["InspectionMedia"]


class InspectionMedia(QWidget):
    """The photo and signature handlers of `GuidedInspection` (which sets these attributes)."""

    context: AppContext
    run_id: str
    data_dir: Path
    thumbnails: ThumbnailLoader
    photos: dict[str, list[PhotoInfo]]
    signatures: dict[str, PhotoInfo]
    card: QWidget | None
    chrome: InspectionChrome

    def _write(
        self,
        key: str,
        work: Callable[[Session], object],
        on_done: Callable[..., None] | None = None,
        on_refused: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Queue a write on the run's ordered writer (abstract: GuidedInspection owns it)."""
        raise NotImplementedError

    def _update_chrome(self) -> None:
        """Refresh progress and buttons (abstract: GuidedInspection owns the chrome)."""
        raise NotImplementedError

    # -- photos and signatures ------------------------------------------------------------------

    def _photo_from_file(self, item: Item) -> None:
        path = choose_photo_file(
            self,
            QCoreApplication.translate("GuidedInspection", "Choose a photo"),
            QCoreApplication.translate("GuidedInspection", "Pictures"),
        )
        if path is not None:
            self._store_photo(item, lambda: _read_photo(path))

    def _photo_from_camera(self, item: Item) -> None:
        data = camera.take_photo(self)
        if data:
            self._store_photo(item, lambda: data)

    def _store_photo(self, item: Item, image: Callable[[], bytes]) -> None:
        actor, run_id, code = self.context.session.actor, self.run_id, item.code
        self._strip_busy(item, True)

        def stored(info: PhotoInfo) -> None:
            self.photos.setdefault(code, []).append(info)
            self._strip_busy(item, False)
            self._refresh_strip(item)

        def refused(error: BaseException) -> None:
            self._strip_busy(item, False)
            self.chrome.show_message(inspection_error_text(error))

        self._write(
            f"photo:{uuid.uuid4()}",
            lambda s: add_photo(s, actor, run_id, code, image()),
            stored,
            refused,
        )

    def _remove_photo(self, item: Item, photo_id: str) -> None:
        actor, run_id, code = self.context.session.actor, self.run_id, item.code

        def removed(_result: object) -> None:
            self.photos[code] = [p for p in self.photos.get(code, []) if p.id != photo_id]
            self._refresh_strip(item)

        self._write(
            f"remove:{photo_id}", lambda s: remove_photo(s, actor, run_id, photo_id), removed
        )

    def _signed(self, item: Item, png: bytes) -> None:
        actor, run_id, code = self.context.session.actor, self.run_id, item.code

        def stored(info: PhotoInfo) -> None:
            self.signatures[code] = info
            pixmap = QPixmap()
            pixmap.loadFromData(png)
            self.thumbnails.put(info.id, pixmap)
            self._update_chrome()

        def refused(error: BaseException) -> None:
            if self._card_for(item) is not None:
                self._card_for(item).signature_failed()  # type: ignore[union-attr]
            self.chrome.show_message(inspection_error_text(error))

        self._write(
            f"signature:{code}",
            lambda s: set_signature(s, actor, run_id, code, png),
            stored,
            refused,
        )

    def _card_for(self, item: Item) -> ItemCard | None:
        card = self.card
        return card if isinstance(card, ItemCard) and card.item.code == item.code else None

    def _strip_busy(self, item: Item, busy: bool) -> None:
        card = self._card_for(item)
        if card is not None and card.photos is not None:
            card.photos.set_busy(busy)

    def _refresh_strip(self, item: Item) -> None:
        card = self._card_for(item)
        if card is not None:
            self._fill_strip(card)
        self._update_chrome()

    def _fill_strip(self, card: ItemCard) -> None:
        assert card.photos is not None
        found = self.photos.get(card.item.code, [])
        card.photos.set_photos([info.id for info in found])
        for info in found:
            self.thumbnails.request(info.id, photo_path(self.data_dir, info))

    def _thumbnail_loaded(self, photo_id: str, pixmap: QPixmap) -> None:
        card = self.card
        if not isinstance(card, ItemCard):
            return
        if card.photos is not None and photo_id in card.photos.tiles:
            card.photos.set_thumbnail(photo_id, pixmap)
        signature = self.signatures.get(card.item.code)
        if signature is not None and signature.id == photo_id:
            card.show_signature(pixmap)


def _read_photo(path: Path) -> bytes:
    """The chosen file's bytes (on the query pool); an unreadable file is a refusal, not a
    failure to retry: trying again cannot make a deleted or locked file readable."""
    try:
        return path.read_bytes()
    except OSError as error:
        raise ConfigurationError("unreadable", f"{path.name}: {error.strerror}", "file") from None
