"""Sentences for the codes of records, energy accounting and targets (see problem_text)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kpi_problem_text(code: str) -> str | None:
    """The sentence for a code, or None when the code is not one of these."""
    texts = {
        "carrier_metered": QCoreApplication.translate(
            "KpiProblemText",
            "A meter already counts this energy carrier; entering it too would count it twice.",
        ),
        "too_many_rows": QCoreApplication.translate(
            "KpiProblemText", "The file has too many rows for one import (at most 100,000)."
        ),
        "file_not_found": QCoreApplication.translate("KpiProblemText", "The file was not found."),
        "file_too_large": QCoreApplication.translate(
            "KpiProblemText", "The file is too large (at most 50 MB)."
        ),
        "unsupported_file": QCoreApplication.translate(
            "KpiProblemText", "Use a CSV (.csv) or Excel (.xlsx) file."
        ),
        "empty_file": QCoreApplication.translate("KpiProblemText", "The file is empty."),
        "unreadable_file": QCoreApplication.translate(
            "KpiProblemText", "The file cannot be read (damaged, or not CSV/Excel)."
        ),
        "not_demo": QCoreApplication.translate(
            "KpiProblemText", "Only the demo plant can be given a demo history."
        ),
        "bad_days": QCoreApplication.translate(
            "KpiProblemText", "Choose between 1 and 3,660 days."
        ),
        "no_baseline_value": QCoreApplication.translate(
            "KpiProblemText", "The KPI has no value in the baseline period."
        ),
        "natural_gas_out_of_range": QCoreApplication.translate(
            "KpiProblemText",
            "The natural-gas coefficient must lie between 1.1000 and 1.3300 kgce/m³.",
        ),
        "natural_gas_choice_missing": QCoreApplication.translate(
            "KpiProblemText", "Choose this year's natural-gas coefficient."
        ),
        "equal_value_missing": QCoreApplication.translate(
            "KpiProblemText", "Enter this year's equal value of electricity (kgce/kWh)."
        ),
        "equal_value_out_of_range": QCoreApplication.translate(
            "KpiProblemText",
            "The equal value of electricity must lie between 0.25 and 0.40 kgce/kWh.",
        ),
        "bad_coefficient": QCoreApplication.translate(
            "KpiProblemText", "A coefficient must be above 0."
        ),
        "bad_year": QCoreApplication.translate(
            "KpiProblemText", "Choose a year between 1990 and 2200."
        ),
        "item_required": QCoreApplication.translate(
            "KpiProblemText", "Name the item (product, material, waste type...)."
        ),
        "unknown_carrier": QCoreApplication.translate(
            "KpiProblemText", "Choose an energy carrier from the list."
        ),
        "negative_quantity": QCoreApplication.translate(
            "KpiProblemText", "A quantity cannot be negative."
        ),
        "incompatible_units": QCoreApplication.translate(
            "KpiProblemText", "This unit does not fit the category (e.g. kWh for a mass)."
        ),
        "unknown_unit": QCoreApplication.translate("KpiProblemText", "Unknown unit."),
        "malformed_unit": QCoreApplication.translate("KpiProblemText", "The unit cannot be read."),
        "kpi_required": QCoreApplication.translate("KpiProblemText", "Choose the KPI."),
        "baseline_not_finite": QCoreApplication.translate(
            "KpiProblemText", "Enter a baseline value."
        ),
        "zero_baseline_for_percent": QCoreApplication.translate(
            "KpiProblemText",
            "A change in % needs a baseline other than 0; enter the target as a value.",
        ),
        "change_not_finite": QCoreApplication.translate("KpiProblemText", "Enter the change in %."),
        "target_not_finite": QCoreApplication.translate("KpiProblemText", "Enter a target value."),
        "target_not_better": QCoreApplication.translate(
            "KpiProblemText", "The target must be better than the baseline."
        ),
        "deadline_before_start": QCoreApplication.translate(
            "KpiProblemText", "The deadline must come after the start."
        ),
        "deadline_on_start": QCoreApplication.translate(
            "KpiProblemText", "The deadline must come after the start."
        ),
        "responsible_required": QCoreApplication.translate(
            "KpiProblemText", "Name the responsible department or person."
        ),
        "bad_code": QCoreApplication.translate(
            "KpiProblemText",
            "Start with a lower-case letter; then lower-case letters, digits or _ (at most 64).",
        ),
        "builtin_code": QCoreApplication.translate(
            "KpiProblemText", "%1 is the code of a built-in KPI."
        ),
        "name_too_long": QCoreApplication.translate("KpiProblemText", "At most %1 characters."),
        "bad_better": QCoreApplication.translate(
            "KpiProblemText", "Choose whether lower or higher is better."
        ),
        "bad_unit": QCoreApplication.translate(
            "KpiProblemText", "“%1” is not a unit Qingyuan knows."
        ),
        "unit_mismatch": QCoreApplication.translate(
            "KpiProblemText", "The units do not fit together: %1."
        ),
        "breaks_dependent": QCoreApplication.translate(
            "KpiProblemText", "The KPI %1 reads this one and would no longer fit its own unit."
        ),
        "kpi_in_use": QCoreApplication.translate(
            "KpiProblemText", "The KPI is used by %1; change or delete those first."
        ),
        "kpi_has_target": QCoreApplication.translate(
            "KpiProblemText", "This KPI has an active target; retire the target first."
        ),
        "cycle": QCoreApplication.translate(
            "KpiProblemText", "The KPIs would depend on each other in a loop: %1."
        ),
        "division_by_zero": QCoreApplication.translate("KpiProblemText", "Division by zero: %1."),
        "missing_value": QCoreApplication.translate("KpiProblemText", "%1 has no value."),
        "unknown_name": QCoreApplication.translate(
            "KpiProblemText", "There is no name “%1”: pick one from the list."
        ),
        "syntax": QCoreApplication.translate("KpiProblemText", "“%1” is not expected here."),
        "unknown_function": QCoreApplication.translate(
            "KpiProblemText", "There is no function “%1”: use min, max, abs or if_missing."
        ),
        "argument_count": QCoreApplication.translate(
            "KpiProblemText", "Wrong number of arguments: %1."
        ),
        "empty": QCoreApplication.translate(
            "KpiProblemText", "Write a formula, e.g. fresh_water / production."
        ),
        "too_long": QCoreApplication.translate(
            "KpiProblemText", "The formula is too long (%1 characters)."
        ),
        "too_few_points": QCoreApplication.translate(
            "KpiProblemText",
            "Too few complete periods in the baseline period (at least 6 are needed).",
        ),
        "no_variation": QCoreApplication.translate(
            "KpiProblemText",
            "Production hardly varies in the baseline period: no line can be fitted.",
        ),
    }
    return texts.get(code)
