"""Add or edit a supplier, a credential, an evaluation; record a purchase.

The dialogs only collect values and check what the domain rules can check at once (a name, the
dates' order, a positive amount); the page writes them through the services on the query pool,
which check again (a name another person took meanwhile is refused there).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop_app.services.supplier_queries import CredentialInfo, SupplierInfo
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.supplier_text import supplier_problem_text
from domain.instrument_rules import Problem
from domain.suppliers import (
    CpAuditStatus,
    CredentialKind,
    SupplierCategory,
    amount_problem,
    category_label,
    cp_audit_label,
    credential_dates_problem,
    credential_label,
)

TOUCH_TARGET = 44
AMOUNT_MAX = 1e10


@dataclass(frozen=True)
class SupplierDraft:
    name: str
    category: str
    contact: str
    cp_audit_status: str


@dataclass(frozen=True)
class CredentialDraft:
    kind: str
    number: str
    issuer: str
    valid_from: date | None
    valid_to: date | None


@dataclass(frozen=True)
class EvaluationDraft:
    evaluated_on: date
    score: float
    note: str


@dataclass(frozen=True)
class PurchaseDraft:
    supplier_id: str
    bought_on: date
    item: str
    quantity: float | None
    unit: str
    amount_cny: float
    green_certified: bool
    certificate_ref: str


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(edit: QDateEdit) -> date:
    day = edit.date()
    return date(day.year(), day.month(), day.day())


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class OptionalDate(QWidget):
    """A date, or none ("No date" ticked)."""

    def __init__(self, day: date | None, none_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = _date_edit(day or date.today())
        self.none_check = QCheckBox(none_text)
        self.none_check.toggled.connect(self.edit.setDisabled)
        self.none_check.setChecked(day is None)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.none_check)

    def value(self) -> date | None:
        return None if self.none_check.isChecked() else _pydate(self.edit)


class _Form(FormDialog):
    def describe(self, problem: Problem) -> str:
        return supplier_problem_text(problem.code, problem.detail)

    def finish(self, width: int = 520) -> None:
        self.setMinimumWidth(width)
        for button in self.buttons.buttons():
            button.setMinimumHeight(TOUCH_TARGET)


class SupplierDialog(_Form):
    def __init__(
        self, existing: SupplierInfo | None, chinese: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit supplier") if existing else self.tr("New supplier"))
        self.name_edit = QLineEdit(existing.name if existing else "")
        self.name_edit.setMaxLength(200)
        self.category_combo = QComboBox()
        for category in SupplierCategory:
            self.category_combo.addItem(category_label(category, chinese), category.value)
        self.contact_edit = QLineEdit(existing.contact if existing else "")
        self.contact_edit.setMaxLength(200)
        self.contact_edit.setPlaceholderText(self.tr("Person and telephone"))
        self.audit_combo = QComboBox()
        for status in CpAuditStatus:
            self.audit_combo.addItem(cp_audit_label(status, chinese), status.value)
        category = existing.category if existing else SupplierCategory.RAW_MATERIAL
        self.category_combo.setCurrentIndex(self.category_combo.findData(category.value))
        audit = existing.cp_audit_status if existing else CpAuditStatus.NONE
        self.audit_combo.setCurrentIndex(self.audit_combo.findData(audit.value))
        self.add_row("name", self.tr("Name"), self.name_edit)
        self.add_row("category", self.tr("Category"), self.category_combo)
        self.add_row("contact", self.tr("Contact"), self.contact_edit)
        self.add_row("cp_audit_status", self.tr("Cleaner-production audit"), self.audit_combo)
        self.finish()

    def value(self) -> SupplierDraft:
        return SupplierDraft(
            name=self.name_edit.text().strip(),
            category=str(self.category_combo.currentData()),
            contact=self.contact_edit.text().strip(),
            cp_audit_status=str(self.audit_combo.currentData()),
        )

    def problems(self) -> list[Problem]:
        return [] if self.value().name else [Problem("name", "name_required")]


class CredentialDialog(_Form):
    def __init__(
        self,
        supplier: str,
        existing: CredentialInfo | None,
        chinese: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        title = self.tr("Edit credential — %1") if existing else self.tr("Add credential — %1")
        self.setWindowTitle(title.replace("%1", supplier))
        self.kind_combo = QComboBox()
        for kind in CredentialKind:
            self.kind_combo.addItem(credential_label(kind, chinese), kind.value)
        kind = existing.kind if existing else CredentialKind.ISO14001
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))
        self.number_edit = QLineEdit(existing.number if existing else "")
        self.number_edit.setMaxLength(100)
        self.issuer_edit = QLineEdit(existing.issuer if existing else "")
        self.issuer_edit.setMaxLength(200)
        self.issuer_edit.setPlaceholderText(self.tr("Certification body"))
        no_date = self.tr("No date")
        self.from_edit = OptionalDate(existing.valid_from if existing else None, no_date)
        self.to_edit = OptionalDate(existing.valid_to if existing else None, no_date)
        self.add_row("kind", self.tr("Credential"), self.kind_combo)
        self.add_row("number", self.tr("Certificate number"), self.number_edit)
        self.add_row("issuer", self.tr("Issued by"), self.issuer_edit)
        self.add_row("valid_from", self.tr("Valid from"), self.from_edit)
        self.add_row("valid_to", self.tr("Valid until (last day)"), self.to_edit)
        self.finish()

    def value(self) -> CredentialDraft:
        return CredentialDraft(
            kind=str(self.kind_combo.currentData()),
            number=self.number_edit.text().strip(),
            issuer=self.issuer_edit.text().strip(),
            valid_from=self.from_edit.value(),
            valid_to=self.to_edit.value(),
        )

    def problems(self) -> list[Problem]:
        draft = self.value()
        problem = credential_dates_problem(draft.valid_from, draft.valid_to)
        return [Problem("valid_to", problem)] if problem else []


class EvaluationDialog(_Form):
    def __init__(self, supplier: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add evaluation — %1").replace("%1", supplier))
        self.day_edit = _date_edit(date.today())
        self.score_spin = QDoubleSpinBox()
        self.score_spin.setRange(0.0, 100.0)
        self.score_spin.setDecimals(1)
        self.score_spin.setSingleStep(0.5)
        self.score_spin.setValue(80.0)
        self.score_spin.setSuffix(self.tr(" points"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setFixedHeight(96)
        self.note_edit.setPlaceholderText(self.tr("Quality, delivery, environmental performance…"))
        self.add_row("evaluated_on", self.tr("Evaluated on"), self.day_edit)
        self.add_row("score", self.tr("Score (0–100; A ≥ 90, B ≥ 75, C ≥ 60)"), self.score_spin)
        self.add_row("note", self.tr("Note"), self.note_edit)
        self.finish()

    def value(self) -> EvaluationDraft:
        return EvaluationDraft(
            evaluated_on=_pydate(self.day_edit),
            score=self.score_spin.value(),
            note=self.note_edit.toPlainText().strip(),
        )


class PurchaseDialog(_Form):
    """`suppliers`: (id, name) of the active suppliers; `chosen` is preselected."""

    def __init__(
        self,
        suppliers: tuple[tuple[str, str], ...],
        chosen: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record purchase"))
        self.supplier_combo = QComboBox()
        for supplier_id, name in suppliers:
            self.supplier_combo.addItem(name, supplier_id)
        if chosen is not None and self.supplier_combo.findData(chosen) >= 0:
            self.supplier_combo.setCurrentIndex(self.supplier_combo.findData(chosen))
        self.day_edit = _date_edit(date.today())
        self.item_edit = QLineEdit()
        self.item_edit.setMaxLength(200)
        self.quantity_spin = QDoubleSpinBox()
        self.quantity_spin.setRange(0.0, AMOUNT_MAX)
        self.quantity_spin.setDecimals(3)
        self.quantity_spin.setSpecialValueText(self.tr("not given"))
        self.unit_edit = QLineEdit()
        self.unit_edit.setMaxLength(20)
        self.unit_edit.setPlaceholderText(self.tr("t, kg, pcs…"))
        quantity_row = QWidget()
        quantity_layout = QHBoxLayout(quantity_row)
        quantity_layout.setContentsMargins(0, 0, 0, 0)
        quantity_layout.addWidget(self.quantity_spin, 2)
        quantity_layout.addWidget(self.unit_edit, 1)
        self.amount_spin = QDoubleSpinBox()
        self.amount_spin.setRange(0.0, AMOUNT_MAX)
        self.amount_spin.setDecimals(2)
        self.amount_spin.setGroupSeparatorShown(True)
        self.amount_spin.setSuffix(" 元")
        self.green_check = QCheckBox(self.tr("Green certified (counts towards the green ratio)"))
        self.certificate_edit = QLineEdit()
        self.certificate_edit.setMaxLength(200)
        self.certificate_edit.setPlaceholderText(self.tr("Certificate or label number"))
        self.add_row("supplier", self.tr("Supplier"), self.supplier_combo)
        self.add_row("bought_on", self.tr("Bought on"), self.day_edit)
        self.add_row("item", self.tr("Item"), self.item_edit)
        self.add_row("quantity", self.tr("Quantity and unit"), quantity_row)
        self.add_row("amount", self.tr("Amount"), self.amount_spin)
        self.add_row("green", self.tr("Green"), self.green_check)
        self.add_row("certificate_ref", self.tr("Certificate"), self.certificate_edit)
        self.finish()

    def value(self) -> PurchaseDraft:
        quantity = self.quantity_spin.value()
        return PurchaseDraft(
            supplier_id=str(self.supplier_combo.currentData() or ""),
            bought_on=_pydate(self.day_edit),
            item=self.item_edit.text().strip(),
            quantity=quantity if quantity > 0 else None,
            unit=self.unit_edit.text().strip(),
            amount_cny=self.amount_spin.value(),
            green_certified=self.green_check.isChecked(),
            certificate_ref=self.certificate_edit.text().strip(),
        )

    def problems(self) -> list[Problem]:
        draft = self.value()
        problems = []
        if not draft.supplier_id:
            problems.append(Problem("supplier", "supplier_required"))
        if not draft.item:
            problems.append(Problem("item", "item_required"))
        amount = amount_problem(draft.amount_cny)
        if amount is not None:
            problems.append(Problem("amount", amount))
        return problems
