"""Sentences for the codes of records, energy accounting and targets (see problem_text)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("KpiProblemText", text)


def kpi_problem_text(code: str) -> str | None:
    """The sentence for a code, or None when the code is not one of these."""
    texts = {
        "carrier_metered": _t(
            "A meter already counts this energy carrier; entering it too would count it twice."
        ),
        "too_many_rows": _t("The file has too many rows for one import (at most 100,000)."),
        "file_not_found": _t("The file was not found."),
        "file_too_large": _t("The file is too large (at most 50 MB)."),
        "unsupported_file": _t("Use a CSV (.csv) or Excel (.xlsx) file."),
        "empty_file": _t("The file is empty."),
        "unreadable_file": _t("The file cannot be read (damaged, or not CSV/Excel)."),
        "not_demo": _t("Only the demo plant can be given a demo history."),
        "bad_days": _t("Choose between 1 and 3,660 days."),
        "no_baseline_value": _t("The KPI has no value in the baseline period."),
        "natural_gas_out_of_range": _t(
            "The natural-gas coefficient must lie between 1.1000 and 1.3300 kgce/m³."
        ),
        "natural_gas_choice_missing": _t("Choose this year's natural-gas coefficient."),
        "equal_value_missing": _t("Enter this year's equal value of electricity (kgce/kWh)."),
        "equal_value_out_of_range": _t(
            "The equal value of electricity must lie between 0.25 and 0.40 kgce/kWh."
        ),
        "bad_coefficient": _t("A coefficient must be above 0."),
        "bad_year": _t("Choose a year between 1990 and 2200."),
        "item_required": _t("Name the item (product, material, waste type...)."),
        "unknown_carrier": _t("Choose an energy carrier from the list."),
        "negative_quantity": _t("A quantity cannot be negative."),
        "incompatible_units": _t("This unit does not fit the category (e.g. kWh for a mass)."),
        "unknown_unit": _t("Unknown unit."),
        "malformed_unit": _t("The unit cannot be read."),
        "kpi_required": _t("Choose the KPI."),
        "baseline_not_finite": _t("Enter a baseline value."),
        "zero_baseline_for_percent": _t(
            "A change in % needs a baseline other than 0; enter the target as a value."
        ),
        "change_not_finite": _t("Enter the change in %."),
        "target_not_finite": _t("Enter a target value."),
        "target_not_better": _t("The target must be better than the baseline."),
        "deadline_before_start": _t("The deadline must come after the start."),
        "deadline_on_start": _t("The deadline must come after the start."),
        "responsible_required": _t("Name the responsible department or person."),
        "bad_code": _t(
            "Start with a lower-case letter; then lower-case letters, digits or _ (at most 64)."
        ),
        "builtin_code": _t("%1 is the code of a built-in KPI."),
        "name_too_long": _t("At most %1 characters."),
        "bad_better": _t("Choose whether lower or higher is better."),
        "bad_unit": _t("“%1” is not a unit Qingyuan knows."),
        "unit_mismatch": _t("The units do not fit together: %1."),
        "breaks_dependent": _t("The KPI %1 reads this one and would no longer fit its own unit."),
        "kpi_in_use": _t("The KPI is used by %1; change or delete those first."),
        "kpi_has_target": _t("This KPI has an active target; retire the target first."),
        "cycle": _t("The KPIs would depend on each other in a loop: %1."),
        "division_by_zero": _t("Division by zero: %1."),
        "missing_value": _t("%1 has no value."),
        "unknown_name": _t("There is no name “%1”: pick one from the list."),
        "syntax": _t("“%1” is not expected here."),
        "unknown_function": _t("There is no function “%1”: use min, max, abs or if_missing."),
        "argument_count": _t("Wrong number of arguments: %1."),
        "empty": _t("Write a formula, e.g. fresh_water / production."),
        "too_long": _t("The formula is too long (%1 characters)."),
        "too_few_points": _t(
            "Too few complete periods in the baseline period (at least 6 are needed)."
        ),
        "no_variation": _t(
            "Production hardly varies in the baseline period: no line can be fitted."
        ),
    }
    return texts.get(code)
