"""Words, colours and sentences of the supplier register, in the user's language.

Shared by the Suppliers page, its models, the dialogs and the CLI. Kind, category and audit
labels come from `domain.suppliers` (they are regulatory names with one fixed wording per
language); validity, grades and refusals are translated here. Codes this feature does not own
fall back to `problem_text`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.services.errors import ConfigurationError
from desktop_app.ui.problem_text import error_text, problem_text
from domain.suppliers import Grade, Trend, Validity

translate = QCoreApplication.translate
"""Called by this name, so pyside6-lupdate finds the strings."""

EXPIRED_COLOR = "#c62828"
EXPIRING_COLOR = "#e65100"
"""Amber dark enough to read on white."""
VALIDITY_COLORS = {
    Validity.VALID: "#2e7d32",
    Validity.EXPIRING: EXPIRING_COLOR,
    Validity.EXPIRED: EXPIRED_COLOR,
    Validity.NO_DATE: "#616161",
}
VALIDITY_BACKGROUNDS = {Validity.EXPIRING: "#fff3e0", Validity.EXPIRED: "#ffebee"}
GRADE_COLORS = {Grade.A: "#2e7d32", Grade.B: "#1565c0", Grade.C: "#ef6c00", Grade.D: "#c62828"}
TREND_ARROWS = {Trend.UP: "↑", Trend.DOWN: "↓", Trend.FLAT: "→", Trend.NONE: ""}


def validity_text(validity: Validity, days_left: int | None) -> str:
    """ "Valid (420 d left)", "Expiring in 21 d", "Expired 12 d ago", "No end date"."""
    days = str(abs(days_left)) if days_left is not None else ""
    texts = {
        Validity.VALID: translate("SupplierText", "Valid (%1 d left)"),
        Validity.EXPIRING: translate("SupplierText", "Expiring in %1 d"),
        Validity.EXPIRED: translate("SupplierText", "Expired %1 d ago"),
        Validity.NO_DATE: translate("SupplierText", "No end date"),
    }
    if validity is Validity.EXPIRING and days_left == 0:
        return translate("SupplierText", "Expires today")
    return texts[validity].replace("%1", days)


def trend_text(trend: Trend) -> str:
    return {
        Trend.UP: translate("SupplierText", "rising"),
        Trend.DOWN: translate("SupplierText", "falling"),
        Trend.FLAT: translate("SupplierText", "unchanged"),
        Trend.NONE: "",
    }[trend]


def money_text(amount: float) -> str:
    return f"{amount:,.2f} 元"


def percent_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f} %"


def supplier_problem_text(code: str, detail: str = "") -> str:
    texts = {
        "duplicate_name": translate("SupplierText", "Another supplier already has this name (%1)."),
        "name_required": translate("SupplierText", "Enter the supplier's name."),
        "text_too_long": translate("SupplierText", "The text is too long (at most %1 characters)."),
        "unknown_category": translate("SupplierText", "There is no such supplier category."),
        "unknown_cp_audit_status": translate(
            "SupplierText", "Choose none, planned or passed for the cleaner-production audit."
        ),
        "unknown_credential_kind": translate("SupplierText", "There is no such credential kind."),
        "dates_reversed": translate("SupplierText", "The credential cannot end before it starts."),
        "score_out_of_range": translate("SupplierText", "A score lies between 0 and 100."),
        "amount_not_positive": translate(
            "SupplierText", "The amount must be more than 0 元. Delete a purchase to undo it."
        ),
        "item_required": translate("SupplierText", "Say what was bought."),
        "quantity_not_positive": translate(
            "SupplierText", "The quantity must be more than 0 (or left empty)."
        ),
        "supplier_inactive": translate(
            "SupplierText", "%1 is no longer active: nothing is bought from it."
        ),
        "supplier_required": translate("SupplierText", "Choose the supplier."),
        "not_found": translate(
            "SupplierText", "The supplier, credential or purchase no longer exists."
        ),
    }
    text = texts.get(code)
    if text is None:
        return problem_text(code, detail)
    return text.replace("%1", detail)


def supplier_error_text(error: BaseException) -> str:
    if isinstance(error, ConfigurationError):
        return supplier_problem_text(error.code, error.detail)
    return error_text(error)
