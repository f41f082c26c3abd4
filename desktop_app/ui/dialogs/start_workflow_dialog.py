"""Start a workflow by hand: choose a definition, give it a title and fill its start fields.

Start fields are the ones no step fills (`WorkflowDefinition.start_fields`); the engine needs
all of them, so they are all marked required. The service checks the values again.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.workflow_fields import TOUCH_HEIGHT, FieldEditors
from domain.workflow_model import WorkflowDefinition


class StartWorkflowDialog(QDialog):
    def __init__(
        self,
        definitions: Sequence[WorkflowDefinition],
        people: Sequence[str],
        chinese: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a workflow"))
        self.setMinimumSize(560, 520)
        self._definitions = tuple(definitions)
        self._people = tuple(people)
        self._chinese = chinese
        self.definition_combo = QComboBox(self)
        self.definition_combo.setMinimumHeight(TOUCH_HEIGHT)
        for definition in self._definitions:
            self.definition_combo.addItem(definition.name.pick(chinese), definition.code)
        self.title_edit = QLineEdit(self)
        self.title_edit.setMinimumHeight(TOUCH_HEIGHT)
        self.title_edit.setMaxLength(200)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setStyleSheet("color: #616161;")
        self.fields = FieldEditors(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.fields)
        form = QFormLayout()
        form.addRow(self.tr("Workflow"), self.definition_combo)
        form.addRow(self.tr("Title"), self.title_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.description)
        layout.addWidget(QLabel(self.tr("Start values (all required)"), self))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.definition_combo.currentIndexChanged.connect(self._definition_changed)
        self._definition_changed()

    def definition(self) -> WorkflowDefinition | None:
        index = self.definition_combo.currentIndex()
        return self._definitions[index] if 0 <= index < len(self._definitions) else None

    def choose(self, code: str) -> None:
        self.definition_combo.setCurrentIndex(max(0, self.definition_combo.findData(code)))

    def value(self) -> tuple[str, str, dict[str, object]] | None:
        """(code, title, start values), or None when there is nothing to start."""
        definition = self.definition()
        if definition is None:
            return None
        return definition.code, self.title_edit.text().strip(), self.fields.values()

    def _definition_changed(self) -> None:
        definition = self.definition()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(definition is not None)
        if definition is None:
            self.fields.set_fields((), self._chinese)
            return
        text = definition.description.pick(self._chinese) if definition.description else ""
        self.description.setText(text)
        specs = [definition.field(code) for code in definition.start_fields]
        self.fields.set_fields(specs, self._chinese, self._people, required=definition.start_fields)
