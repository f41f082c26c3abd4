"""Table models of the supplier register: suppliers, one supplier's credentials and evaluations,
and the purchases of a period.

Validity is judged against the `today` (and expiry window) the rows were loaded with, so a page
left open over midnight changes colour at its next reload, not half-way through a repaint.
Expired credentials are red, expiring ones amber, on the credential rows and on the supplier's
nearest end date.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop_app.services.supplier_purchases import PurchaseInfo
from desktop_app.services.supplier_queries import CredentialInfo, EvaluationInfo, SupplierInfo
from desktop_app.ui.models.column_table import ColumnTableModel
from desktop_app.ui.supplier_text import (
    GRADE_COLORS,
    TREND_ARROWS,
    VALIDITY_BACKGROUNDS,
    VALIDITY_COLORS,
    money_text,
    validity_text,
)
from domain.suppliers import (
    DEFAULT_EXPIRY_WINDOW_DAYS,
    Validity,
    category_label,
    cp_audit_label,
    credential_label,
    credential_validity,
    days_left,
)

SPARKLINE_ROLE = Qt.ItemDataRole.UserRole + 1
"""The supplier's scores, oldest first, read by the sparkline delegate."""
ID_ROLE = Qt.ItemDataRole.UserRole

translate = QCoreApplication.translate


class _Dated(ColumnTableModel):
    """Rows judged against a `today` and an expiry window."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(True, parent)
        self.today = date.today()
        self.within_days = DEFAULT_EXPIRY_WINDOW_DAYS

    def show(self, rows: Iterable[Any], today: date, chinese: bool) -> None:
        self.today = today
        self.set_rows(rows, chinese)

    def rows(self) -> tuple[Any, ...]:
        return tuple(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, row_id: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), None)

    def validity(self, valid_to: date | None) -> Validity:
        return credential_validity(valid_to, self.today, self.within_days)

    def validity_role(self, valid_to: date | None, role: int) -> Any:
        """Red or amber text, a tinted background and bold for what needs attention."""
        validity = self.validity(valid_to)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(VALIDITY_COLORS[validity]))
        if role == Qt.ItemDataRole.BackgroundRole and validity in VALIDITY_BACKGROUNDS:
            return QBrush(QColor(VALIDITY_BACKGROUNDS[validity]))
        if role == Qt.ItemDataRole.FontRole and validity in VALIDITY_BACKGROUNDS:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def validity_display(self, valid_to: date | None, short: bool = False) -> str:
        """The end date and how it stands; `short` leaves a valid one at its date."""
        validity = self.validity(valid_to)
        if short and validity is Validity.VALID and valid_to is not None:
            return valid_to.isoformat()
        text = validity_text(validity, days_left(valid_to, self.today))
        return f"{valid_to.isoformat()} · {text}" if valid_to else text


class SupplierTableModel(_Dated):
    columns = ("name", "category", "credentials", "nearest", "cp_audit", "score", "history")
    numeric = frozenset({"credentials", "score"})

    def nearest(self, supplier: SupplierInfo) -> date | None:
        """Credentials are sorted by end date: the first dated one ends soonest."""
        return supplier.credentials[0].valid_to if supplier.credentials else None

    def title(self, column: str) -> str:
        return {
            "name": translate("SupplierModels", "Supplier"),
            "category": translate("SupplierModels", "Category"),
            "credentials": translate("SupplierModels", "Credentials"),
            "nearest": translate("SupplierModels", "Nearest expiry"),
            "cp_audit": translate("SupplierModels", "CP audit"),
            "score": translate("SupplierModels", "Latest score (grade)"),
            "history": translate("SupplierModels", "Score history"),
        }[column]

    def display(self, row: SupplierInfo, column: str) -> str:
        if column == "name":
            return row.name if row.active else f"{row.name} ({self._inactive()})"
        if column == "category":
            return category_label(row.category, self.chinese)
        if column == "credentials":
            return str(len(row.credentials))
        if column == "nearest":
            return self.validity_display(self.nearest(row), short=True) if row.credentials else "—"
        if column == "cp_audit":
            return cp_audit_label(row.cp_audit_status, self.chinese)
        if column == "score" and row.latest is not None:
            arrow = TREND_ARROWS[row.trend]
            return f"{row.latest.score:g} ({row.latest.grade.value}) {arrow}".rstrip()
        return ""

    def role_data(self, row: SupplierInfo, column: str, role: int) -> Any:
        if role == ID_ROLE:
            return row.id
        if role == SPARKLINE_ROLE and column == "history":
            return [e.score for e in row.evaluations]
        if column == "nearest" and row.credentials:
            return self.validity_role(self.nearest(row), role)
        if column == "credentials" and role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(
                f"{credential_label(c.kind, self.chinese)} · {self.validity_display(c.valid_to)}"
                for c in row.credentials
            )
        if column == "score" and role == Qt.ItemDataRole.ForegroundRole and row.latest:
            return QBrush(QColor(GRADE_COLORS[row.latest.grade]))
        if column == "name" and role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(QColor("#757575"))
        return None

    def _inactive(self) -> str:
        return translate("SupplierModels", "inactive")


class CredentialTableModel(_Dated):
    columns = ("kind", "number", "validity", "valid_from", "issuer")

    def title(self, column: str) -> str:
        return {
            "kind": translate("SupplierModels", "Credential"),
            "number": translate("SupplierModels", "Certificate number"),
            "issuer": translate("SupplierModels", "Issued by"),
            "valid_from": translate("SupplierModels", "Valid from"),
            "validity": translate("SupplierModels", "Valid until"),
        }[column]

    def display(self, row: CredentialInfo, column: str) -> str:
        if column == "kind":
            return credential_label(row.kind, self.chinese)
        if column == "valid_from":
            return row.valid_from.isoformat() if row.valid_from else ""
        if column == "validity":
            return self.validity_display(row.valid_to)
        return str(getattr(row, column))

    def role_data(self, row: CredentialInfo, column: str, role: int) -> Any:
        if role == ID_ROLE:
            return row.id
        if column == "validity":
            return self.validity_role(row.valid_to, role)
        return None


class EvaluationTableModel(_Dated):
    """Newest first: the latest evaluation is what a buyer asks about."""

    columns = ("evaluated_on", "score", "grade", "evaluator", "note")
    numeric = frozenset({"score"})

    def show(self, rows: Iterable[Any], today: date, chinese: bool) -> None:
        super().show(sorted(rows, key=lambda e: e.evaluated_on, reverse=True), today, chinese)

    def title(self, column: str) -> str:
        return {
            "evaluated_on": translate("SupplierModels", "Evaluated on"),
            "score": translate("SupplierModels", "Score (0–100)"),
            "grade": translate("SupplierModels", "Grade"),
            "evaluator": translate("SupplierModels", "Evaluator"),
            "note": translate("SupplierModels", "Note"),
        }[column]

    def display(self, row: EvaluationInfo, column: str) -> str:
        if column == "evaluated_on":
            return row.evaluated_on.isoformat()
        if column == "score":
            return f"{row.score:g}"
        if column == "grade":
            return row.grade.value
        return str(getattr(row, column))

    def role_data(self, row: EvaluationInfo, column: str, role: int) -> Any:
        if role == ID_ROLE:
            return row.id
        if column == "grade" and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(GRADE_COLORS[row.grade]))
        if column == "note" and role == Qt.ItemDataRole.ToolTipRole and row.note:
            return row.note
        return None


class PurchaseTableModel(_Dated):
    columns = ("bought_on", "supplier", "item", "quantity", "amount", "green", "certificate")
    numeric = frozenset({"quantity", "amount"})

    def title(self, column: str) -> str:
        return {
            "bought_on": translate("SupplierModels", "Bought on"),
            "supplier": translate("SupplierModels", "Supplier"),
            "item": translate("SupplierModels", "Item"),
            "quantity": translate("SupplierModels", "Quantity"),
            "amount": translate("SupplierModels", "Amount (元)"),
            "green": translate("SupplierModels", "Green certified"),
            "certificate": translate("SupplierModels", "Certificate"),
        }[column]

    def display(self, row: PurchaseInfo, column: str) -> str:
        if column == "bought_on":
            return row.bought_on.isoformat()
        if column == "supplier":
            return row.supplier_name
        if column == "item":
            return row.item
        if column == "quantity":
            return f"{row.quantity:g} {row.unit}".strip() if row.quantity is not None else ""
        if column == "amount":
            return money_text(row.amount_cny)
        if column == "green":
            return translate("SupplierModels", "✓ green") if row.green_certified else ""
        return row.certificate_ref

    def role_data(self, row: PurchaseInfo, column: str, role: int) -> Any:
        if role == ID_ROLE:
            return row.id
        if column == "green" and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#2e7d32"))
        return None
