"""Common ground for pages: a title, and retranslation when the language changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.ui.context import AppContext


class Page(QWidget):
    """A page re-reads its visible strings in `retranslate`, called on every language change."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 12, 16, 12)
        self.title_label = QLabel(self)
        font = QFont(self.title_label.font())
        font.setPointSize(font.pointSize() + 5)
        font.setBold(True)
        self.title_label.setFont(font)
        self.layout_.addWidget(self.title_label)

    def retranslate(self) -> None:
        """Set every visible string; subclasses extend and call super()."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
