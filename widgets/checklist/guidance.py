"""How to check an item: the template's guidance text and, if it has one, a reference picture.

Guidance is what turns a question into a repeatable check ("portable pH meter, mean of three"),
so it is always on screen, not behind an info button a gloved finger has to find.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from domain.checklists import Text

__all__ = ["GuidanceView"]


class GuidanceView(QFrame):
    """`caption`, `body` (word-wrapped) and `picture`; hidden when there is nothing to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidance")
        self.setStyleSheet(
            "QFrame#guidance { background: #eef4fb; border-left: 5px solid #1f4e9a;"
            " border-radius: 4px; }"
            "QLabel#guidanceCaption { color: #1f4e9a; font-weight: bold; }"
            "QLabel#guidanceBody { font-size: 12pt; color: #1d2126; }"
        )
        self.caption = QLabel(self)
        self.caption.setObjectName("guidanceCaption")
        self.body = QLabel(self)
        self.body.setObjectName("guidanceBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 12, 10)
        layout.setSpacing(4)
        layout.addWidget(self.caption)
        layout.addWidget(self.body)
        layout.addWidget(self.picture)
        self._text: Text | None = None
        self._chinese = True
        self.retranslate()

    def set_guidance(self, text: Text | None, chinese: bool) -> None:
        self._text = text
        self._chinese = chinese
        self.retranslate()

    def set_reference_image(self, pixmap: QPixmap | None, max_width: int = 360) -> None:
        if pixmap is None or pixmap.isNull():
            self.picture.clear()
            self.picture.hide()
        else:
            if pixmap.width() > max_width:
                pixmap = pixmap.scaledToWidth(max_width, Qt.TransformationMode.SmoothTransformation)
            self.picture.setPixmap(pixmap)
            self.picture.show()
        self._update_visibility()

    def has_content(self) -> bool:
        return bool(self.body.text()) or self.picture.isVisibleTo(self)

    def retranslate(self) -> None:
        self.caption.setText(self.tr("How to check"))
        self.body.setText(self._text.pick(self._chinese) if self._text else "")
        self._update_visibility()

    def _update_visibility(self) -> None:
        # Never show() a parentless view: it would pop up as a window of its own.
        if not self.has_content():
            self.hide()
        elif self.parentWidget() is not None:
            self.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
