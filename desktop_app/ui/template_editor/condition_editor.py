"""`show_if` as choices, not typed codes: an earlier item, then the answers that show this one.

Only earlier items of the kinds a condition may name are offered, and only their possible
answers, so the editor cannot make a forward reference or name an unknown answer. A condition
that already holds one (an item moved above the item it depends on) is kept and shown as it is,
so the parser's problem points at it rather than the editor quietly dropping it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QLabel, QListView, QVBoxLayout, QWidget

from desktop_app.ui.template_editor.document import Doc, Draft, text_of

__all__ = ["ConditionEditor"]

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class ConditionEditor(QWidget):
    """`item_combo` (first entry: always shown) and `values_view` with a tick per answer."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item_combo = QComboBox(self)
        self.item_combo.setMinimumHeight(34)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.values_model = QStandardItemModel(self)
        self.values_view = QListView(self)
        self.values_view.setModel(self.values_model)
        self.values_view.setMaximumHeight(120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.item_combo)
        layout.addWidget(self.hint)
        layout.addWidget(self.values_view)
        self._draft: Draft | None = None
        self._chinese = True
        self._loading = False
        self.item_combo.currentIndexChanged.connect(self._item_chosen)
        self.values_model.itemChanged.connect(self._value_ticked)
        self.retranslate()

    def load(self, draft: Draft, candidates: list[Doc], condition: Any, chinese: bool) -> None:
        """Offer `candidates` (the earlier items that may be conditions) and show `condition`."""
        self._loading = True
        try:
            self._draft, self._chinese = draft, chinese
            self.item_combo.clear()
            self.item_combo.addItem("", None)
            for item in candidates:
                self.item_combo.addItem(_item_label(item, chinese), item.get("code"))
            target = condition.get("item") if isinstance(condition, dict) else None
            chosen: list[str] = []
            if isinstance(condition, dict):
                if isinstance(condition.get("equals"), str):
                    chosen = [condition["equals"]]
                elif isinstance(condition.get("in"), list):
                    chosen = [v for v in condition["in"] if isinstance(v, str)]
            if target is not None and self.item_combo.findData(target) < 0:
                self.item_combo.addItem(
                    self.tr("%1 (not an earlier item)").replace("%1", str(target)), target
                )
            self.item_combo.setCurrentIndex(max(0, self.item_combo.findData(target)))
            self._fill_values(target, chosen)
        finally:
            self._loading = False
        self.retranslate()

    def condition(self) -> dict[str, Any] | None:
        target = self.item_combo.currentData()
        if target is None:
            return None
        values = [
            str(self.values_model.item(row).data(CODE_ROLE))
            for row in range(self.values_model.rowCount())
            if self.values_model.item(row).checkState() == Qt.CheckState.Checked
        ]
        if len(values) == 1:
            return {"item": target, "equals": values[0]}
        return {"item": target, "in": values}

    def set_value_checked(self, value: str, checked: bool) -> None:
        """Tick or untick one answer, as a click on it would (for the tests and keyboard use)."""
        for row in range(self.values_model.rowCount()):
            entry = self.values_model.item(row)
            if entry.data(CODE_ROLE) == value:
                entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def retranslate(self) -> None:
        self.item_combo.setItemText(0, self.tr("Always shown"))
        conditional = self.item_combo.currentData() is not None
        self.hint.setText(
            self.tr("Shown only when that item's answer is one of the ticked answers:")
            if conditional
            else self.tr("Or choose an earlier question this one depends on.")
        )
        self.values_view.setVisible(conditional)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_values(self, target: Any, chosen: list[str]) -> None:
        self.values_model.clear()
        item = self._draft.item_by_code(target) if self._draft and target else None
        answers = self._draft.condition_answers(item) if self._draft and item else []
        known = {value for value, _ in answers}
        answers += [(value, None) for value in chosen if value not in known]
        for value, text in answers:
            entry = QStandardItem(self._answer_label(value, text))
            entry.setData(value, CODE_ROLE)
            entry.setEditable(False)
            entry.setCheckable(True)
            checked = value in chosen
            entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.values_model.appendRow(entry)

    def _answer_label(self, value: str, text: Any) -> str:
        fixed = {
            "yes": self.tr("Yes"),
            "no": self.tr("No"),
            "na": self.tr("Not applicable"),
            "pass": self.tr("Pass"),
            "fail": self.tr("Fail"),
        }
        if text is None:
            return fixed.get(value, value)
        shown = text_of({"t": text}, "t", "zh" if self._chinese else "en")
        return f"{shown}  ({value})" if shown else value

    def _item_chosen(self, _index: int) -> None:
        if self._loading:
            return
        self._fill_values(self.item_combo.currentData(), [])
        if self.values_model.rowCount():  # a condition needs an answer: start with the first
            self.values_model.item(0).setCheckState(Qt.CheckState.Checked)
        self.retranslate()
        self.changed.emit()

    def _value_ticked(self, _entry: QStandardItem) -> None:
        if not self._loading:
            self.changed.emit()


def _item_label(item: Doc, chinese: bool) -> str:
    first, second = ("zh", "en") if chinese else ("en", "zh")
    text = text_of(item, "text", first) or text_of(item, "text", second)
    text = " ".join(text.split())
    if len(text) > 50:
        text = text[:49] + "…"
    code = str(item.get("code", ""))
    return f"{text}  ({code})" if text else code
