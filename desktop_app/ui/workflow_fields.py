"""Typed editors for a workflow's fields, built from their `FieldSpec`s.

A definition is data, so the form is too: text gets a text box, a number a validated line with
its unit beside it, a choice a list of its labels, a date a calendar, yes/no a check box and a
person an editable list of the site's user names. `values()` returns only what was filled
(an empty optional field is absent, not ""), so the engine's "missing_field" stays the one
judge of what is required. Hit targets are at least 44 px high for tablets.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop_app.ui.task_text import translate
from domain.workflow_model import FieldSpec, FieldType

TOUCH_HEIGHT = 44
TEXT_HEIGHT = 72
NO_DATE = QDate(2000, 1, 1)
"""The calendar's lowest date stands for "not given" (shown as a dash)."""


def value_text(spec: FieldSpec, value: object, chinese: bool) -> str:
    """A stored value as a person reads it: a choice's label, a number with its unit."""
    if value is None or value == "":
        return "—"
    if spec.type is FieldType.BOOL:
        return translate("TaskText", "Yes") if value else translate("TaskText", "No")
    if spec.type is FieldType.CHOICE:
        labels = {choice.code: choice.label.pick(chinese) for choice in spec.choices}
        return labels.get(str(value), str(value))
    if spec.type is FieldType.NUMBER and isinstance(value, int | float):
        number = f"{value:,.2f}".rstrip("0").rstrip(".")
        return f"{number} {spec.unit}".strip()
    return str(value)


class _NumberEdit(QWidget):
    """A number line that accepts only numbers, with the field's unit after it."""

    def __init__(self, unit: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        validator = QDoubleValidator(self)
        validator.setLocale(QLocale.c())
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        self.line.setValidator(validator)
        self.line.setMinimumHeight(TOUCH_HEIGHT)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        if unit:
            row.addWidget(QLabel(unit, self))


class FieldEditors(QWidget):
    """A form of editors for some fields of a definition; rebuilt with `set_fields`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.editors: dict[str, QWidget] = {}
        self._specs: dict[str, FieldSpec] = {}

    def set_fields(
        self,
        specs: Sequence[FieldSpec],
        chinese: bool,
        people: Sequence[str] = (),
        values: Mapping[str, object] | None = None,
        required: Sequence[str] = (),
    ) -> None:
        """Editors for `specs`, filled with `values` where given; required labels get a star."""
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors, self._specs = {}, {}
        given = values or {}
        for spec in specs:
            editor = self._editor(spec, chinese, people, given.get(spec.code))
            label = spec.label.pick(chinese) + (" *" if spec.code in required else "")
            if spec.type is FieldType.NUMBER and spec.unit:
                label += f" ({spec.unit})"
            self.form.addRow(QLabel(label, self), editor)
            self.editors[spec.code] = editor
            self._specs[spec.code] = spec

    def values(self) -> dict[str, object]:
        """The filled fields by code, typed for the engine; empty optional ones left out."""
        found: dict[str, object] = {}
        for code, editor in self.editors.items():
            value = _read(self._specs[code], editor)
            if value is not None:
                found[code] = value
        return found

    def set_value(self, code: str, value: object) -> None:
        """Put `value` into a field's editor (as a person would type or pick it)."""
        _write(self._specs[code], self.editors[code], value)

    def _editor(
        self, spec: FieldSpec, chinese: bool, people: Sequence[str], value: object
    ) -> QWidget:
        editor: QWidget
        if spec.type is FieldType.TEXT:
            editor = QPlainTextEdit(self)
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(TEXT_HEIGHT)
        elif spec.type is FieldType.NUMBER:
            editor = _NumberEdit(spec.unit, self)
        elif spec.type is FieldType.CHOICE:
            editor = QComboBox(self)
            editor.addItem("", "")
            for choice in spec.choices:
                editor.addItem(choice.label.pick(chinese), choice.code)
        elif spec.type is FieldType.DATE:
            editor = QDateEdit(self)
            editor.setCalendarPopup(True)
            editor.setDisplayFormat("yyyy-MM-dd")
            editor.setMinimumDate(NO_DATE)
            editor.setSpecialValueText("—")
            editor.setDate(NO_DATE)
        elif spec.type is FieldType.BOOL:
            editor = QCheckBox(self)
        else:
            editor = QComboBox(self)
            editor.setEditable(True)
            editor.addItem("")
            editor.addItems(list(people))
        editor.setMinimumHeight(TOUCH_HEIGHT)
        if value is not None:
            _write(spec, editor, value)
        return editor


def _read(spec: FieldSpec, editor: QWidget) -> object:
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText().strip() or None
    if isinstance(editor, _NumberEdit):
        text = editor.line.text().strip().replace(",", "")
        try:
            return float(text) if text else None
        except ValueError:
            return None
    if isinstance(editor, QDateEdit):
        day = editor.date()
        return None if day == NO_DATE else day.toString("yyyy-MM-dd")
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QComboBox):
        if spec.type is FieldType.CHOICE:
            return editor.currentData() or None
        return editor.currentText().strip() or None
    return None


def _write(spec: FieldSpec, editor: QWidget, value: object) -> None:
    if isinstance(editor, QPlainTextEdit):
        editor.setPlainText(str(value))
    elif isinstance(editor, _NumberEdit):
        editor.line.setText(f"{value:g}" if isinstance(value, int | float) else str(value))
    elif isinstance(editor, QDateEdit):
        day = QDate.fromString(str(value), "yyyy-MM-dd")
        editor.setDate(day if day.isValid() else NO_DATE)
    elif isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(editor, QComboBox) and spec.type is FieldType.CHOICE:
        editor.setCurrentIndex(max(0, editor.findData(str(value))))
    elif isinstance(editor, QComboBox):
        editor.setCurrentText(str(value))
