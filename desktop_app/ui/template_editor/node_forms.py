"""The forms for the template itself and for a section (the item form has its own module).

Each writes into its node of the document as the user types, then emits `edited`; the editor
checks the whole document and hands the problems back with `show_problem`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLineEdit, QSpinBox, QWidget

from desktop_app.ui.template_editor.document import Doc
from desktop_app.ui.template_editor.form_panel import FormPanel, plain_edit
from desktop_app.ui.template_editor.template_text import category_name
from domain.checklists import DEFAULT_PASS_PERCENT, Category

__all__ = ["SectionForm", "TemplateForm"]

MAX_VERSION = 2_147_483_647


class TemplateForm(FormPanel):
    """Code, version, names, description, category and pass mark of the template."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code_edit = QLineEdit(self)
        self.code_edit.setMaxLength(64)
        self.version_spin = QSpinBox(self)
        self.version_spin.setRange(1, MAX_VERSION)
        self.name_zh_edit = QLineEdit(self)
        self.name_en_edit = QLineEdit(self)
        self.description_zh_edit = plain_edit(self, 3)
        self.description_en_edit = plain_edit(self, 3)
        self.category_combo = QComboBox(self)
        for category in Category:
            self.category_combo.addItem(category.value, category.value)
        self.pass_spin = QDoubleSpinBox(self)
        self.pass_spin.setRange(0.0, 100.0)
        self.pass_spin.setDecimals(1)
        self.pass_spin.setSuffix(" %")
        for field, widget in (
            ("code", self.code_edit),
            ("version", self.version_spin),
            ("name.zh", self.name_zh_edit),
            ("name.en", self.name_en_edit),
            ("description.zh", self.description_zh_edit),
            ("description.en", self.description_en_edit),
            ("category", self.category_combo),
            ("pass_percent", self.pass_spin),
        ):
            self.add_row(field, widget)
        self.code_edit.textEdited.connect(self._code_edited)
        self.version_spin.valueChanged.connect(self._version_changed)
        self.bind_line(self.name_zh_edit, "name", "zh", optional=False)
        self.bind_line(self.name_en_edit, "name", "en", optional=False)
        self.bind_plain(self.description_zh_edit, "description", "zh", optional=True)
        self.bind_plain(self.description_en_edit, "description", "en", optional=True)
        self.category_combo.currentIndexChanged.connect(self._category_changed)
        self.pass_spin.valueChanged.connect(self._pass_changed)
        self.retranslate()

    def load(self, node: Doc, *, code_editable: bool, version_floor: int) -> None:
        """Show the template node; an existing template keeps its code, and its new version
        may not go below the stored one + 1."""
        self.loading = True
        try:
            self.node = node
            self.code_edit.setText(str(node.get("code", "")))
            self.code_edit.setReadOnly(not code_editable)
            self.version_spin.setMinimum(max(1, version_floor))
            version = node.get("version")
            self.version_spin.setValue(version if isinstance(version, int) else version_floor)
            for edit, key, language in (
                (self.name_zh_edit, "name", "zh"),
                (self.name_en_edit, "name", "en"),
                (self.description_zh_edit, "description", "zh"),
                (self.description_en_edit, "description", "en"),
            ):
                self.show_text(edit, key, language)
            index = self.category_combo.findData(node.get("category"))
            self.category_combo.setCurrentIndex(max(0, index))
            scoring = node.get("scoring")
            percent = scoring.get("pass_percent") if isinstance(scoring, dict) else None
            if isinstance(percent, int | float) and not isinstance(percent, bool):
                self.pass_spin.setValue(float(percent))
            else:
                self.pass_spin.setValue(DEFAULT_PASS_PERCENT)
        finally:
            self.loading = False
        # What the widgets could not show (a version below the floor) is now what they show.
        self._version_changed(self.version_spin.value())
        self._category_changed(self.category_combo.currentIndex())

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Template"))
        captions = {
            "code": self.tr("Code"),
            "version": self.tr("Version"),
            "name.zh": self.tr("Name (Chinese)"),
            "name.en": self.tr("Name (English)"),
            "description.zh": self.tr("Description (Chinese)"),
            "description.en": self.tr("Description (English)"),
            "category": self.tr("Category"),
            "pass_percent": self.tr("Pass mark"),
        }
        for field, text in captions.items():
            self.set_caption(field, text)
        self.code_edit.setPlaceholderText(self.tr("e.g. boiler_weekly (a–z, 0–9, _)"))
        for index in range(self.category_combo.count()):
            value = str(self.category_combo.itemData(index))
            self.category_combo.setItemText(index, category_name(value))

    def _code_edited(self, text: str) -> None:
        if not self.loading:
            self.node["code"] = text.strip()
            self.changed()

    def _version_changed(self, value: int) -> None:
        if not self.loading and self.node.get("version") != value:
            self.node["version"] = value
            self.changed()

    def _category_changed(self, index: int) -> None:
        value = self.category_combo.itemData(index)
        if not self.loading and index >= 0 and self.node.get("category") != value:
            self.node["category"] = value
            self.changed()

    def _pass_changed(self, value: float) -> None:
        if not self.loading:
            self.node["scoring"] = {"pass_percent": int(value) if value.is_integer() else value}
            self.changed()


class SectionForm(FormPanel):
    """Code, titles and guidance of a section."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code_edit = QLineEdit(self)
        self.code_edit.setMaxLength(64)
        self.title_zh_edit = QLineEdit(self)
        self.title_en_edit = QLineEdit(self)
        self.guidance_zh_edit = plain_edit(self, 3)
        self.guidance_en_edit = plain_edit(self, 3)
        for field, widget in (
            ("code", self.code_edit),
            ("title.zh", self.title_zh_edit),
            ("title.en", self.title_en_edit),
            ("guidance.zh", self.guidance_zh_edit),
            ("guidance.en", self.guidance_en_edit),
        ):
            self.add_row(field, widget)
        self.code_edit.textEdited.connect(self._code_edited)
        self.bind_line(self.title_zh_edit, "title", "zh", optional=False)
        self.bind_line(self.title_en_edit, "title", "en", optional=False)
        self.bind_plain(self.guidance_zh_edit, "guidance", "zh", optional=True)
        self.bind_plain(self.guidance_en_edit, "guidance", "en", optional=True)
        self.retranslate()

    def load(self, node: Doc, number: int) -> None:
        self.loading = True
        try:
            self.node = node
            self.number = number
            self.code_edit.setText(str(node.get("code", "")))
            for edit, key, language in (
                (self.title_zh_edit, "title", "zh"),
                (self.title_en_edit, "title", "en"),
                (self.guidance_zh_edit, "guidance", "zh"),
                (self.guidance_en_edit, "guidance", "en"),
            ):
                self.show_text(edit, key, language)
        finally:
            self.loading = False
        self.retranslate()

    def retranslate(self) -> None:
        number = str(getattr(self, "number", 1))
        self.heading.setText(self.tr("Section %1").replace("%1", number))
        captions = {
            "code": self.tr("Code"),
            "title.zh": self.tr("Title (Chinese)"),
            "title.en": self.tr("Title (English)"),
            "guidance.zh": self.tr("Guidance (Chinese)"),
            "guidance.en": self.tr("Guidance (English)"),
        }
        for field, text in captions.items():
            self.set_caption(field, text)

    def _code_edited(self, text: str) -> None:
        if not self.loading:
            self.node["code"] = text.strip()
            self.changed()
