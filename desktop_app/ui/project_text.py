"""Words, colours and sentences of cleaner-production options, in the user's language.

Shared by the Projects page, its models, the dialog and the CLI. Class, source, status and
category names come from `domain.projects` (data, in both languages); refusals arrive as codes
from the domain and the services and are turned into sentences here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.services.errors import ConfigurationError
from desktop_app.ui.problem_text import error_text, problem_text
from domain.formatting import format_value
from domain.projects import ProjectStatus

translate = QCoreApplication.translate
"""Called by this name, so pyside6-lupdate finds the strings."""

STATUS_COLORS = {
    ProjectStatus.PROPOSED: "#1565c0",
    ProjectStatus.APPROVED: "#6a1b9a",
    ProjectStatus.IMPLEMENTING: "#ef6c00",
    ProjectStatus.IMPLEMENTED: "#2e7d32",
    ProjectStatus.DROPPED: "#616161",
}
WAN = 10_000.0


def money_text(cny: float | None, chinese: bool, per_year: bool = False) -> str:
    """万元 from 10,000 in Chinese (how plants quote investments), whole 元 otherwise."""
    if cny is not None and chinese and abs(cny) >= WAN:
        return f"{cny / WAN:,.2f} " + ("万元/年" if per_year else "万元")
    return yuan_text(cny, per_year)


def yuan_text(cny: float | None, per_year: bool = False) -> str:
    """Whole 元, always in 元: for columns that must line up."""
    if cny is None:
        return "—"
    unit = translate("ProjectText", "CNY/yr") if per_year else translate("ProjectText", "CNY")
    return f"{cny:,.0f} {unit}"


def percent_text(value: float | None) -> str:
    return "—" if value is None else f"{value:,.1f} %"


def years_text(value: float | None) -> str:
    return "—" if value is None else f"{value:,.1f} " + translate("ProjectText", "yr")


def kgce_text(value: float | None, per_year: bool = False) -> str:
    unit = "kgce/" + translate("ProjectText", "yr") if per_year else "kgce"
    return format_value(value, unit)


def step_text(to_status: ProjectStatus) -> str:
    """The button that moves an option to `to_status`."""
    return {
        ProjectStatus.PROPOSED: translate("ProjectText", "Propose again"),
        ProjectStatus.APPROVED: translate("ProjectText", "Approve"),
        ProjectStatus.IMPLEMENTING: translate("ProjectText", "Start implementing"),
        ProjectStatus.IMPLEMENTED: translate("ProjectText", "Mark implemented…"),
        ProjectStatus.DROPPED: translate("ProjectText", "Drop"),
    }[to_status]


def savings_reason_text(code: str) -> str:
    """Why realised savings cannot be judged (or, for no_price, not in 元)."""
    texts = {
        "not_implemented": translate(
            "ProjectText", "Realised savings are judged once the option is implemented."
        ),
        "no_date": translate("ProjectText", "The implementation date is missing."),
        "no_data": translate("ProjectText", "There are no energy or production data yet."),
        "too_few_points": translate(
            "ProjectText",
            "Too few days with energy and production before the implementation date "
            "to fit a baseline (at least 6).",
        ),
        "no_variation": translate(
            "ProjectText", "Production did not vary before the implementation date."
        ),
        "collinear": translate("ProjectText", "The baseline cannot be fitted (collinear)."),
        "no_report_days": translate(
            "ProjectText", "No whole day with energy and production after the implementation yet."
        ),
        "no_price": translate(
            "ProjectText",
            "No energy price: enter CNY/kgce, or an energy saving and the kgce it promises.",
        ),
    }
    return texts.get(code, problem_text(code))


def project_problem_text(code: str, detail: str = "") -> str:
    texts = {
        "not_allowed": translate("ProjectText", "This step is not possible from the status."),
        "date_required": translate("ProjectText", "Enter the day the option went into service."),
        "date_in_future": translate("ProjectText", "The implementation date is in the future."),
        "code_required": translate("ProjectText", "Enter the option's number."),
        "duplicate_code": translate("ProjectText", "Another option already has number %1."),
        "title_required": translate("ProjectText", "Enter a title for the option."),
        "text_too_long": translate("ProjectText", "The text is too long (at most %1 characters)."),
        "bad_life": translate("ProjectText", "The life must be 1 to %1 years."),
        "bad_rate": translate("ProjectText", "The discount rate must be 0 to 100 %."),
        "bad_price": translate("ProjectText", "The energy price must be above 0."),
        "negative_amount": translate("ProjectText", "Amounts cannot be negative."),
        "unknown_category": translate("ProjectText", "Unknown category: %1."),
        "duplicate_line": translate("ProjectText", "A category is entered twice: %1."),
        "kpi_required": translate("ProjectText", "Choose the KPI of every expected effect."),
        "not_found": translate("ProjectText", "The option no longer exists: %1."),
        "unknown_status": translate("ProjectText", "There is no such status: %1."),
    }
    text = texts.get(code)
    if text is None:
        return problem_text(code, detail)
    return text.replace("%1", detail)


def project_error_text(error: BaseException) -> str:
    if isinstance(error, ConfigurationError):
        return project_problem_text(error.code, error.detail)
    return error_text(error)
