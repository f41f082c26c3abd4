"""One question on the screen: its text, guidance, answer editor, photos and a note.

The layout follows the window: on a tablet held sideways (landscape) the guidance stands beside
the answer, so the inspector reads how to check while answering without scrolling; held upright
(portrait) there is no room beside, so the guidance comes between question and answer. The card
only shows and forwards: the guided inspection saves.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from domain.checklists import Answer, Item, ItemKind, Section, finding_for
from widgets.checklist import (
    AnswerEditor,
    GuidanceView,
    PhotoStrip,
    SignatureAnswer,
    make_answer_editor,
)
from widgets.touch import TOUCH_TARGET_PX

__all__ = ["ItemCard"]

MAX_NOTE = 2000


class ItemCard(QWidget):
    """`editor`, `photos` (None when the item takes none), `note_edit`, `finding_label`."""

    answered = Signal(object)
    note_edited = Signal(str)
    signed = Signal(bytes)

    def __init__(
        self,
        item: Item,
        section: Section,
        number: int,
        chinese: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.item = item
        self.section = section
        self.number = number
        self.chinese = chinese
        self.landscape: bool | None = None
        self.question = QLabel(self)
        self.question.setObjectName("question")
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.question.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.question.setFont(font)
        self.required_label = QLabel(self)
        self.required_label.setStyleSheet("color: #4a5058; font-size: 11pt;")
        self.guidance = GuidanceView(self)
        self.guidance.set_guidance(item.guidance, chinese)
        self.editor: AnswerEditor = make_answer_editor(item, chinese, self)
        self.editor.answered.connect(self._answered)
        if isinstance(self.editor, SignatureAnswer):
            self.editor.signed.connect(self.signed)
        self.finding_label = QLabel(self)
        self.finding_label.setWordWrap(True)
        self.finding_label.setStyleSheet("color: #b71c1c; font-weight: bold; font-size: 12pt;")
        self.finding_label.hide()
        self.photos: PhotoStrip | None = None
        if item.photos_max > 0:
            self.photos = PhotoStrip(self)
            self.photos.set_limits(item.photos_min, item.photos_max)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setMaxLength(MAX_NOTE)
        self.note_edit.setMinimumHeight(TOUCH_TARGET_PX)
        self.note_edit.setClearButtonEnabled(True)
        self.note_edit.setStyleSheet("font-size: 12pt; padding: 0 6px;")
        self.note_edit.editingFinished.connect(self._note_finished)
        self._note = ""
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(4, 4, 4, 4)
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(14)
        self.grid.addWidget(self.question, 0, 0, 1, 2)
        self.grid.addWidget(self.required_label, 1, 0, 1, 2)
        self.grid.setColumnStretch(0, 1)
        self.grid.setRowStretch(2, 1)
        self.main_box = QVBoxLayout()
        self.main_box.setSpacing(14)
        self.side_box = QVBoxLayout()
        self.side_box.setSpacing(14)
        self.set_landscape(True)
        self.retranslate()

    # -- what the guided inspection tells the card ------------------------------------------

    def show_answer(self, value: Answer | None, note: str) -> None:
        self.editor.set_value(value)
        self._note = note
        self.note_edit.setText(note)
        self._show_finding(value)

    def show_signature(self, pixmap: QPixmap | None) -> None:
        if isinstance(self.editor, SignatureAnswer):
            self.editor.show_saved(pixmap)

    def signature_failed(self) -> None:
        if isinstance(self.editor, SignatureAnswer):
            self.editor.saving_failed()

    def commit(self) -> None:
        """Give what is typed but not yet given (answer and note) before the card goes."""
        self.editor.commit()
        self._note_finished()

    def set_landscape(self, landscape: bool) -> None:
        """Guidance and photos beside the answer (landscape) or all in one column (portrait)."""
        if landscape == self.landscape:
            return
        self.landscape = landscape
        for box in (self.main_box, self.side_box):
            self.grid.removeItem(box)
            while box.count():
                box.takeAt(0)  # widgets stay children of the card; spacers are dropped
        beside: list[QWidget] = [self.guidance] if self.guidance.has_content() else []
        if self.photos is not None:
            beside.append(self.photos)
        if landscape and beside:
            # Answer and note on the left; how to check and the evidence on the right.
            main: list[QWidget] = [self.editor, self.finding_label, self.note_edit]
            side = beside
            self.grid.addLayout(self.main_box, 2, 0)
            self.grid.addLayout(self.side_box, 2, 1)
            self.grid.setColumnStretch(1, 1)
        else:
            main = [self.guidance, self.editor, self.finding_label]
            if self.photos is not None:
                main.append(self.photos)
            main.append(self.note_edit)
            side = []
            self.grid.addLayout(self.main_box, 2, 0, 1, 2)
            self.grid.setColumnStretch(1, 0)
        for part in main:
            self.main_box.addWidget(part)
        for part in side:
            self.side_box.addWidget(part)
        self.main_box.addStretch(1)
        self.side_box.addStretch(1)

    def retranslate(self) -> None:
        self.question.setText(f"{self.number}. {self.item.text.pick(self.chinese)}")
        if self.item.kind in (ItemKind.PHOTO, ItemKind.SIGNATURE):
            required = self.tr("Required") if self.item.required else self.tr("Optional")
        else:
            required = self.tr("Required answer") if self.item.required else self.tr("Optional")
        if self.item.photos_min:
            required += " · " + self.tr("at least %1 photo(s)").replace(
                "%1", str(self.item.photos_min)
            )
        self.required_label.setText(required)
        self.note_edit.setPlaceholderText(self.tr("Note (optional): what you saw, where, why"))
        self._show_finding(self.editor.value())

    # -- internals ------------------------------------------------------------------------------

    def _answered(self, value: Answer | None) -> None:
        self._show_finding(value)
        self.answered.emit(value)

    def _show_finding(self, value: Answer | None) -> None:
        finding = None if value is None else finding_for(self.item, value)
        self.finding_label.setText(
            self.tr(
                "⚠ A finding: a corrective action will be proposed when the inspection is finished."
            )
        )
        self.finding_label.setVisible(finding is not None)

    def _note_finished(self) -> None:
        text = self.note_edit.text().strip()
        if text != self._note:
            self._note = text
            self.note_edited.emit(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
