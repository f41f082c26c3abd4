"""How an inspector will see one item: the question, the guidance and the answer editor.

It uses the same widgets the inspection screens use (`widgets.checklist`), so what the author
sees is what the tablet shows; answers given here go nowhere. The item is read on its own (its
condition left out, since the item it names is not part of this little template), which also
lets an item be previewed while another part of the template still has a problem.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.template_editor.document import Doc
from desktop_app.ui.template_editor.template_text import kind_name, template_error_text
from domain.checklists import Item, TemplateError, template_from_dict
from widgets.checklist import GuidanceView, make_answer_editor

__all__ = ["ItemPreview", "item_alone"]


def item_alone(node: Doc) -> Item:
    """The `Item` a document item describes; raises `TemplateError` when it is not valid."""
    item = {key: value for key, value in copy.deepcopy(node).items() if key != "show_if"}
    section = {"code": "preview", "title": {"zh": "预览", "en": "Preview"}, "items": [item]}
    wrapper = {
        "format": 1,
        "code": "preview",
        "version": 1,
        "name": {"zh": "预览", "en": "Preview"},
        "category": "inspection",
        "sections": [section],
    }
    return template_from_dict(wrapper).sections[0].items[0]


class ItemPreview(QDialog):
    """Read-only in effect: the answer editor works, but nothing it is given is stored."""

    def __init__(self, node: Doc, chinese: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preview"))
        self.resize(640, 560)
        self._node = node
        self.language_buttons = QButtonGroup(self)
        chinese_button = QRadioButton("中文", self)
        english_button = QRadioButton("English", self)
        self.language_buttons.addButton(chinese_button, 1)
        self.language_buttons.addButton(english_button, 0)
        (chinese_button if chinese else english_button).setChecked(True)
        self.language_buttons.idToggled.connect(self._language_toggled)
        languages = QHBoxLayout()
        languages.addWidget(chinese_button)
        languages.addWidget(english_button)
        languages.addStretch(1)
        self.note = QLabel(self)
        self.note.setStyleSheet("color: #5f6368;")
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(languages)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.note)
        layout.addWidget(close)
        self.question = QLabel()
        self.kind_label = QLabel()
        self.problem = QLabel()
        self._render()

    def _language_toggled(self, _id: int, on: bool) -> None:
        if on:
            self._render()

    def _render(self) -> None:
        while self.body_layout.count():
            taken = self.body_layout.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        chinese = self.language_buttons.checkedId() == 1
        self.note.setText(self.tr("A preview: answers given here are not saved."))
        try:
            item = item_alone(self._node)
        except TemplateError as error:
            # The pointer is into the one-item wrapper: keep only the part within the item.
            inner = error.path.removeprefix("/sections/0/items/0")
            self.problem = QLabel(
                template_error_text(TemplateError(error.code, error.detail, inner))
            )
            self.problem.setWordWrap(True)
            self.problem.setStyleSheet("color: #c62828;")
            self.body_layout.addWidget(self.problem)
            self.body_layout.addStretch(1)
            return
        self.question = QLabel(item.text.pick(chinese) + (" *" if item.required else ""))
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.kind_label = QLabel(self._facts(item))
        self.kind_label.setWordWrap(True)
        self.kind_label.setStyleSheet("color: #5f6368;")
        guidance = GuidanceView(self.body)
        guidance.set_guidance(item.guidance, chinese)
        self.body_layout.addWidget(self.question)
        self.body_layout.addWidget(self.kind_label)
        self.body_layout.addWidget(guidance)
        self.body_layout.addWidget(make_answer_editor(item, chinese, self.body))
        self.body_layout.addStretch(1)

    def _facts(self, item: Item) -> str:
        facts = [kind_name(item.kind.value)]
        facts.append(self.tr("required") if item.required else self.tr("optional"))
        if item.photos_min:
            facts.append(self.tr("at least %1 photos").replace("%1", str(item.photos_min)))
        elif item.photos_max:
            facts.append(self.tr("up to %1 photos").replace("%1", str(item.photos_max)))
        if not item.scored:
            facts.append(self.tr("not scored"))
        condition = self._node.get("show_if")
        if isinstance(condition, dict) and condition.get("item"):
            facts.append(self.tr("shown only after %1").replace("%1", str(condition["item"])))
        return " · ".join(facts)
