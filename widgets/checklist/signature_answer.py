"""Signature and photo-only items: answered by a file, not by an `Answer` value.

The signature is saved only when the inspector says it is finished ("Save signature"), not
after every stroke: a half-written name must not be stored as the run's signature. Once saved,
the stored image is shown (the caller supplies it) with "Sign again", so a reopened draft shows
who signed rather than an empty pad that looks unsigned.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from domain.checklists import Answer, Item
from widgets.checklist.base import AnswerEditor
from widgets.signature_pad import SignaturePad
from widgets.touch import TOUCH_TARGET_PX

__all__ = ["PhotoOnlyAnswer", "SignatureAnswer"]


class SignatureAnswer(AnswerEditor):
    """`pad`, `save_button`; `signed(bytes)` with the PNG; `show_saved(pixmap)` afterwards."""

    signed = Signal(bytes)

    def __init__(self, item: Item, chinese: bool, parent: QWidget | None = None) -> None:
        super().__init__(item, chinese, parent)
        self.pad = SignaturePad(self)
        self.pad.setMinimumHeight(220)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("secondaryButton")
        self.save_button.setEnabled(False)
        self.saved_image = QLabel(self)
        self.saved_image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.saved_image.setStyleSheet("background: white; border: 1px solid #b8bec6;")
        self.saved_image.setMinimumHeight(120)
        self.saved_label = QLabel(self)
        self.saved_label.setStyleSheet("color: #1b7a32; font-weight: bold; font-size: 13pt;")
        self.again_button = QPushButton(self)
        self.again_button.setObjectName("secondaryButton")
        self.again_button.setMinimumHeight(TOUCH_TARGET_PX)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_label, 1)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.saved_image)
        layout.addWidget(self.pad, 1)
        layout.addLayout(buttons)
        self.pad.changed.connect(self._pad_changed)
        self.save_button.clicked.connect(self._save)
        self.again_button.clicked.connect(self._sign_again)
        self._saving = False
        self.show_saved(None)
        self.retranslate()

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Save signature"))
        self.again_button.setText(self.tr("Sign again"))
        self.saved_label.setText(self.tr("✓ Signed") if self.saved_image.isVisibleTo(self) else "")

    def show_saved(self, pixmap: QPixmap | None) -> None:
        """Show the stored signature (None: no signature yet, the pad is offered)."""
        self._saving = False
        signed = pixmap is not None and not pixmap.isNull()
        if signed:
            assert pixmap is not None
            self.saved_image.setPixmap(
                pixmap.scaled(
                    520,
                    160,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.pad.clear()
        self.saved_image.setVisible(signed)
        self.pad.setVisible(not signed)
        self.again_button.setVisible(signed)
        self.save_button.setVisible(not signed)
        self.save_button.setEnabled(not self.pad.is_empty())
        self.retranslate()

    def saving_failed(self) -> None:
        """The caller could not store it: keep the strokes and let the inspector try again."""
        self._saving = False
        self.save_button.setEnabled(not self.pad.is_empty())

    def _pad_changed(self) -> None:
        self.save_button.setEnabled(not self.pad.is_empty() and not self._saving)

    def _save(self) -> None:
        png = self.pad.to_png()
        if not png:
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.signed.emit(png)

    def _sign_again(self) -> None:
        self.saved_image.hide()
        self.again_button.hide()
        self.pad.show()
        self.save_button.show()
        self.save_button.setEnabled(False)
        self.retranslate()

    def _show_value(self, value: Answer | None) -> None:
        """A signature has no `Answer`; `show_saved` shows what is stored."""


class PhotoOnlyAnswer(AnswerEditor):
    """A photo item: the photos below are the answer; this only says so."""

    def __init__(self, item: Item, chinese: bool, parent: QWidget | None = None) -> None:
        super().__init__(item, chinese, parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("font-size: 13pt; color: #30363d;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Answer this item with photos: use the buttons below."))

    def _show_value(self, value: Answer | None) -> None:
        """Photos are shown by the photo strip."""
