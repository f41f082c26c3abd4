"""The form for one question: what it asks, how it is answered, scored and shown.

Rows follow the kind: limits and unit for a number, the options table for the two choice
kinds, the longest answer for text, a weight for the scored kinds. Changing the kind drops the
keys the new kind cannot have (the format would refuse them as unknown) and adds what it needs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.template_editor.condition_editor import ConditionEditor
from desktop_app.ui.template_editor.document import Doc, Draft, NodeRef, number_value
from desktop_app.ui.template_editor.form_panel import ROW_HEIGHT, FormPanel, plain_edit
from desktop_app.ui.template_editor.options_model import OptionsModel
from desktop_app.ui.template_editor.template_text import kind_name
from domain.checklists import DEFAULT_MAX_LENGTH, ItemKind

__all__ = ["ItemForm"]

_WEIGHTED = {"yes_no_na", "pass_fail", "number", "single_choice", "multi_choice"}


class ItemForm(FormPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft: Draft | None = None
        self.ref = NodeRef(0, 0)
        self.chinese = True
        self.code_edit = QLineEdit(self)
        self.code_edit.setMaxLength(64)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setMinimumHeight(ROW_HEIGHT)
        for kind in ItemKind:
            self.kind_combo.addItem(kind.value, kind.value)
        self.text_zh_edit = plain_edit(self, 2)
        self.text_en_edit = plain_edit(self, 2)
        self.guidance_zh_edit = plain_edit(self, 3)
        self.guidance_en_edit = plain_edit(self, 3)
        self.required_check = QCheckBox(self)
        self.weight_spin = QDoubleSpinBox(self)
        self.weight_spin.setRange(0.0, 1000.0)
        self.weight_spin.setDecimals(2)
        self.unit_edit = QLineEdit(self)
        self.unit_edit.setMaxLength(32)
        self.low_edit = QLineEdit(self)
        self.high_edit = QLineEdit(self)
        self.low_caption = QLabel(self)
        self.high_caption = QLabel(self)
        limits = _row_of(self, self.low_caption, self.low_edit, self.high_caption, self.high_edit)
        self.options_model = OptionsModel(self)
        self.options_view = QTableView(self)
        self.options_view.setModel(self.options_model)
        self.options_view.setMinimumHeight(150)
        self.options_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.options_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.options_view.horizontalHeader()
        header.setStretchLastSection(False)
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.Interactive,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            header.setSectionResizeMode(column, mode)
        self.options_view.setColumnWidth(0, 130)
        self.option_buttons = {key: QPushButton(self) for key in ("add", "remove", "up", "down")}
        options = QWidget(self)
        options_layout = QVBoxLayout(options)
        options_layout.setContentsMargins(0, 0, 0, 0)
        options_layout.addWidget(self.options_view)
        options_layout.addLayout(_buttons_row(list(self.option_buttons.values())))
        self.photos_min_spin = QSpinBox(self)
        self.photos_max_spin = QSpinBox(self)
        for spin in (self.photos_min_spin, self.photos_max_spin):
            spin.setRange(0, 20)
        self.photos_min_caption = QLabel(self)
        self.photos_max_caption = QLabel(self)
        photos = _row_of(
            self,
            self.photos_min_caption,
            self.photos_min_spin,
            self.photos_max_caption,
            self.photos_max_spin,
        )
        self.condition_editor = ConditionEditor(self)
        self.max_length_spin = QSpinBox(self)
        self.max_length_spin.setRange(1, 100_000)
        for field, widget in (
            ("code", self.code_edit),
            ("kind", self.kind_combo),
            ("text.zh", self.text_zh_edit),
            ("text.en", self.text_en_edit),
            ("guidance.zh", self.guidance_zh_edit),
            ("guidance.en", self.guidance_en_edit),
            ("required", self.required_check),
            ("weight", self.weight_spin),
            ("unit", self.unit_edit),
            ("limits", limits),
            ("options", options),
            ("max_length", self.max_length_spin),
            ("photos", photos),
            ("show_if", self.condition_editor),
        ):
            self.add_row(field, widget)
        self._connect()
        self.retranslate()

    def _connect(self) -> None:
        self.code_edit.textEdited.connect(self._code_edited)
        self.kind_combo.currentIndexChanged.connect(self._kind_chosen)
        self.bind_plain(self.text_zh_edit, "text", "zh", optional=False)
        self.bind_plain(self.text_en_edit, "text", "en", optional=False)
        self.bind_plain(self.guidance_zh_edit, "guidance", "zh", optional=True)
        self.bind_plain(self.guidance_en_edit, "guidance", "en", optional=True)
        self.required_check.toggled.connect(self._write_simple)
        self.weight_spin.valueChanged.connect(self._write_simple)
        self.unit_edit.textEdited.connect(self._write_simple)
        self.low_edit.textEdited.connect(self._write_limits)
        self.high_edit.textEdited.connect(self._write_limits)
        self.max_length_spin.valueChanged.connect(self._write_simple)
        self.photos_min_spin.valueChanged.connect(self._write_photos)
        self.photos_max_spin.valueChanged.connect(self._write_photos)
        self.condition_editor.changed.connect(self._write_condition)
        self.options_model.edited.connect(self.changed)
        self.option_buttons["add"].clicked.connect(self._add_option)
        self.option_buttons["remove"].clicked.connect(self._remove_option)
        self.option_buttons["up"].clicked.connect(lambda: self._move_option(-1))
        self.option_buttons["down"].clicked.connect(lambda: self._move_option(1))

    def load(self, draft: Draft, ref: NodeRef, chinese: bool) -> None:
        self.loading = True
        try:
            self.draft, self.ref, self.chinese = draft, ref, chinese
            self.node = node = draft.node(ref)
            self.code_edit.setText(str(node.get("code", "")))
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(node.get("kind"))))
            for edit, key, language in (
                (self.text_zh_edit, "text", "zh"),
                (self.text_en_edit, "text", "en"),
                (self.guidance_zh_edit, "guidance", "zh"),
                (self.guidance_en_edit, "guidance", "en"),
            ):
                self.show_text(edit, key, language)
            self.required_check.setChecked(node.get("required") is not False)
            self.weight_spin.setValue(_number(node.get("weight"), 1.0))
            self.unit_edit.setText(str(node.get("unit") or ""))
            limits = _mapping(node.get("limits"))
            self.low_edit.setText(_shown(limits.get("low")))
            self.high_edit.setText(_shown(limits.get("high")))
            options = node.get("options")
            self.options_model.set_options(options if isinstance(options, list) else [])
            self.max_length_spin.setValue(int(_number(node.get("max_length"), DEFAULT_MAX_LENGTH)))
            photos = _mapping(node.get("photos"))
            self.photos_min_spin.setValue(int(_number(photos.get("min"), 0)))
            self.photos_max_spin.setValue(int(_number(photos.get("max"), 0)))
            self.condition_editor.load(
                draft, draft.earlier_conditions(ref), node.get("show_if"), chinese
            )
            self._show_rows_for(str(node.get("kind")))
        finally:
            self.loading = False
        self.retranslate()

    def retranslate(self) -> None:
        number = "" if self.ref.item is None else str(self.ref.item + 1)
        section = "" if self.ref.section is None else str(self.ref.section + 1)
        self.heading.setText(
            self.tr("Section %1 › Item %2").replace("%1", section).replace("%2", number)
        )
        captions = {
            "code": self.tr("Code"),
            "kind": self.tr("Answered as"),
            "text.zh": self.tr("Question (Chinese)"),
            "text.en": self.tr("Question (English)"),
            "guidance.zh": self.tr("Guidance (Chinese)"),
            "guidance.en": self.tr("Guidance (English)"),
            "required": self.tr("Required"),
            "weight": self.tr("Weight"),
            "unit": self.tr("Unit"),
            "limits": self.tr("Limits (low / high)"),
            "options": self.tr("Options"),
            "max_length": self.tr("Longest answer"),
            "photos": self.tr("Photos"),
            "show_if": self.tr("Shown when"),
        }
        for field, text in captions.items():
            self.set_caption(field, text)
        self.required_check.setText(self.tr("An answer is needed to finish the round"))
        self.weight_spin.setToolTip(self.tr("0 = not scored"))
        self.low_caption.setText(self.tr("Low limit"))
        self.high_caption.setText(self.tr("High limit"))
        self.low_edit.setPlaceholderText(self.tr("none"))
        self.high_edit.setPlaceholderText(self.tr("none"))
        self.photos_min_caption.setText(self.tr("At least"))
        self.photos_max_caption.setText(self.tr("At most"))
        self.max_length_spin.setSuffix(self.tr(" characters"))
        for key, text in (
            ("add", self.tr("Add option")),
            ("remove", self.tr("Remove")),
            ("up", self.tr("Up")),
            ("down", self.tr("Down")),
        ):
            self.option_buttons[key].setText(text)
        for index in range(self.kind_combo.count()):
            self.kind_combo.setItemText(index, kind_name(str(self.kind_combo.itemData(index))))

    def _show_rows_for(self, kind: str) -> None:
        self.set_row_visible("weight", kind in _WEIGHTED)
        self.set_row_visible("unit", kind == "number")
        self.set_row_visible("limits", kind == "number")
        self.set_row_visible("options", kind in ("single_choice", "multi_choice"))
        self.set_row_visible("max_length", kind == "text")

    # --- writing into the item -------------------------------------------------------------

    def _code_edited(self, text: str) -> None:
        if not self.loading and self.draft is not None:
            self.draft.rename_item(self.node, text.strip())
            self.changed()

    def _kind_chosen(self, index: int) -> None:
        if self.loading or self.draft is None or index < 0:
            return
        self.draft.set_kind(self.node, str(self.kind_combo.itemData(index)))
        self.load(self.draft, self.ref, self.chinese)
        self.changed()

    def _write_simple(self, *_args: Any) -> None:
        if self.loading:
            return
        node = self.node
        _put(node, "required", None if self.required_check.isChecked() else False)
        kind = node.get("kind")
        weight = self.weight_spin.value()
        _put(node, "weight", None if kind not in _WEIGHTED or weight == 1.0 else _plain(weight))
        unit = self.unit_edit.text().strip()
        _put(node, "unit", unit if kind == "number" and unit else None)
        length = self.max_length_spin.value()
        custom = kind == "text" and length != DEFAULT_MAX_LENGTH
        _put(node, "max_length", length if custom else None)
        self.changed()

    def _write_limits(self, _text: str = "") -> None:
        if self.loading:
            return
        limits = {
            key: value
            for key, value in (
                ("low", number_value(self.low_edit.text())),
                ("high", number_value(self.high_edit.text())),
            )
            if value is not None
        }
        _put(self.node, "limits", limits or None)
        self.changed()

    def _write_photos(self, _value: int = 0) -> None:
        if self.loading:
            return
        low, high = self.photos_min_spin.value(), self.photos_max_spin.value()
        _put(self.node, "photos", {"min": low, "max": high} if low or high else None)
        self.changed()

    def _write_condition(self) -> None:
        if not self.loading:
            _put(self.node, "show_if", self.condition_editor.condition())
            self.changed()

    def _add_option(self) -> None:
        options = self.node.get("options")
        if not isinstance(options, list):
            return
        current = self.options_view.currentIndex()
        row = current.row() + 1 if current.isValid() else len(options)
        row = self.options_model.insert_option(row)
        self.options_view.setCurrentIndex(self.options_model.index(row, 1))

    def _remove_option(self) -> None:
        current = self.options_view.currentIndex()
        if current.isValid():
            self.options_model.remove_option(current.row())

    def _move_option(self, delta: int) -> None:
        current = self.options_view.currentIndex()
        if current.isValid():
            row = self.options_model.move_option(current.row(), delta)
            if row is not None:
                self.options_view.setCurrentIndex(self.options_model.index(row, current.column()))


def _put(node: Doc, key: str, value: Any) -> None:
    """Set `key`, or leave it out when `value` is None (the format's default applies)."""
    if value is None:
        node.pop(key, None)
    else:
        node[key] = value


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _number(value: Any, default: float) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return default


def _plain(value: float) -> float | int:
    return int(value) if value.is_integer() else value


def _shown(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def _row_of(parent: QWidget, *widgets: QWidget) -> QWidget:
    holder = QWidget(parent)
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        if isinstance(widget, QLineEdit | QSpinBox):
            widget.setMinimumHeight(ROW_HEIGHT)
            widget.setMaximumWidth(140)
        row.addWidget(widget)
    row.addStretch(1)
    return holder


def _buttons_row(buttons: list[QPushButton]) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        button.setMinimumHeight(ROW_HEIGHT)
        row.addWidget(button)
    row.addStretch(1)
    return row
