"""The selected supplier: its facts, its credentials (expired red, expiring amber) and its
evaluation history (latest score and grade, a sparkline, every evaluation).

Only shows what the page hands it; the page owns the buttons' actions and enables them by role.
Lives in the GUI thread.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.supplier_queries import CredentialInfo, SupplierInfo
from desktop_app.ui.models.supplier_models import CredentialTableModel, EvaluationTableModel
from desktop_app.ui.supplier_sparkline import ScoreSparkline
from desktop_app.ui.supplier_text import GRADE_COLORS, TREND_ARROWS, trend_text
from domain.suppliers import category_label, cp_audit_label

TOUCH_HEIGHT = 44
ROW_HEIGHT = 32


def _table(model: CredentialTableModel | EvaluationTableModel, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _button(parent: QWidget) -> QPushButton:
    button = QPushButton(parent)
    button.setMinimumHeight(TOUCH_HEIGHT)
    return button


class SupplierDetail(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._supplier: SupplierInfo | None = None
        self._chinese = True
        self.name_label = QLabel(self)
        font = QFont(self.name_label.font())
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setWordWrap(True)
        self.facts_label = QLabel(self)
        self.facts_label.setWordWrap(True)
        self.edit_button = _button(self)
        self.active_button = _button(self)
        top = QHBoxLayout()
        top.addWidget(self.edit_button)
        top.addWidget(self.active_button)
        top.addStretch(1)
        self.credentials = CredentialTableModel(self)
        self.credential_table = _table(self.credentials, self)
        self.add_credential_button = _button(self)
        self.edit_credential_button = _button(self)
        self.delete_credential_button = _button(self)
        self.credential_box = QGroupBox(self)
        box = QVBoxLayout(self.credential_box)
        box.addWidget(self.credential_table, 1)
        row = QHBoxLayout()
        for button in (
            self.add_credential_button,
            self.edit_credential_button,
            self.delete_credential_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        self.latest_label = QLabel(self)
        latest_font = QFont(self.latest_label.font())
        latest_font.setPointSize(latest_font.pointSize() + 6)
        latest_font.setBold(True)
        self.latest_label.setFont(latest_font)
        self.sparkline = ScoreSparkline(self)
        self.evaluations = EvaluationTableModel(self)
        self.evaluation_table = _table(self.evaluations, self)
        self.add_evaluation_button = _button(self)
        self.evaluation_box = QGroupBox(self)
        evaluations = QVBoxLayout(self.evaluation_box)
        head = QHBoxLayout()
        head.addWidget(self.latest_label)
        head.addWidget(self.sparkline, 1)
        evaluations.addLayout(head)
        evaluations.addWidget(self.evaluation_table, 1)
        evaluation_buttons = QHBoxLayout()
        evaluation_buttons.addWidget(self.add_evaluation_button)
        evaluation_buttons.addStretch(1)
        evaluations.addLayout(evaluation_buttons)
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.name_label)
        layout.addWidget(self.facts_label)
        layout.addLayout(top)
        layout.addWidget(self.credential_box, 2)
        layout.addWidget(self.evaluation_box, 3)
        layout.addWidget(self.empty_label, 1)
        self.retranslate()
        self.show_supplier(None, date.today(), True)

    def retranslate(self) -> None:
        self.edit_button.setText(self.tr("Edit supplier…"))
        self.credential_box.setTitle(self.tr("Environmental credentials"))
        self.add_credential_button.setText(self.tr("Add credential…"))
        self.edit_credential_button.setText(self.tr("Edit credential…"))
        self.delete_credential_button.setText(self.tr("Delete credential"))
        self.evaluation_box.setTitle(self.tr("Evaluations"))
        self.add_evaluation_button.setText(self.tr("Add evaluation…"))
        self.empty_label.setText(self.tr("Choose a supplier to see its credentials and scores."))
        self._show_facts()

    def supplier(self) -> SupplierInfo | None:
        return self._supplier

    def show_supplier(self, supplier: SupplierInfo | None, today: date, chinese: bool) -> None:
        self._supplier, self._chinese = supplier, chinese
        for widget in (
            self.name_label,
            self.facts_label,
            self.edit_button,
            self.active_button,
            self.credential_box,
            self.evaluation_box,
        ):
            widget.setVisible(supplier is not None)
        self.empty_label.setVisible(supplier is None)
        self.credentials.show(supplier.credentials if supplier else (), today, chinese)
        self.evaluations.show(supplier.evaluations if supplier else (), today, chinese)
        self.sparkline.set_scores([e.score for e in supplier.evaluations] if supplier else [])
        self._show_facts()

    def selected_credential(self) -> CredentialInfo | None:
        rows = self.credential_table.selectionModel().selectedRows()
        return self.credentials.row_at(rows[0].row()) if rows else None

    def _show_facts(self) -> None:
        supplier = self._supplier
        if supplier is None:
            return
        self.name_label.setText(supplier.name)
        facts = [
            category_label(supplier.category, self._chinese),
            self.tr("CP audit: %1").replace(
                "%1", cp_audit_label(supplier.cp_audit_status, self._chinese)
            ),
        ]
        if supplier.contact:
            facts.append(supplier.contact)
        if not supplier.active:
            facts.append(self.tr("no longer active"))
        self.facts_label.setText(" · ".join(facts))
        self.active_button.setText(
            self.tr("Deactivate") if supplier.active else self.tr("Reactivate")
        )
        latest = supplier.latest
        if latest is None:
            self.latest_label.setText(self.tr("Not evaluated yet"))
            self.latest_label.setStyleSheet("")
            return
        trend = trend_text(supplier.trend)
        self.latest_label.setText(
            self.tr("%1 points · %2 %3")
            .replace("%1", f"{latest.score:g}")
            .replace("%2", latest.grade.value)
            .replace("%3", f"{TREND_ARROWS[supplier.trend]} {trend}".strip())
        )
        self.latest_label.setStyleSheet(f"color: {GRADE_COLORS[latest.grade]};")
