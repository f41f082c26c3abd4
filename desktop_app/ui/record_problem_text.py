"""Words and sentences of the records feature, in the user's language.

The tab, the dialogs and the table models share this one vocabulary, so a category is called
the same everywhere — and, in Chinese, exactly what an import sheet may write
(`domain.record_import.CATEGORY_NAMES_ZH`). Row errors arrive as codes from the parser and the
services; the sentences here say what to change in the sheet, and codes this feature does not
own fall back to `problem_text`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.services.errors import ConfigurationError
from desktop_app.ui.problem_text import error_text, problem_text
from domain.energy import Carrier, EnergyError
from domain.record_import import RowError
from domain.records import ENERGY_CATEGORIES, POLLUTANTS, RecordCategory
from domain.units import UnitError

translate = QCoreApplication.translate
"""Called by this name, so pyside6-lupdate finds the strings."""


def category_text(category: RecordCategory) -> str:
    names = {
        RecordCategory.PRODUCTION: translate("RecordProblemText", "Qualified output"),
        RecordCategory.RAW_MATERIAL: translate("RecordProblemText", "Raw material consumed"),
        RecordCategory.FRESH_WATER: translate("RecordProblemText", "Fresh water withdrawn"),
        RecordCategory.RECLAIMED_WATER: translate("RecordProblemText", "Reclaimed water reused"),
        RecordCategory.WASTEWATER: translate("RecordProblemText", "Wastewater generated"),
        RecordCategory.SOLID_WASTE: translate(
            "RecordProblemText", "General industrial solid waste"
        ),
        RecordCategory.HAZARDOUS_WASTE: translate("RecordProblemText", "Hazardous waste"),
        RecordCategory.PACKAGING_USED: translate("RecordProblemText", "Packaging used"),
        RecordCategory.PACKAGING_RECOVERED: translate("RecordProblemText", "Packaging recovered"),
        RecordCategory.POLLUTANT: translate("RecordProblemText", "Pollutant discharged"),
        RecordCategory.ENERGY_PURCHASED: translate("RecordProblemText", "Energy purchased"),
        RecordCategory.ENERGY_PRODUCED: translate("RecordProblemText", "Energy produced on site"),
        RecordCategory.ENERGY_SOLD: translate("RecordProblemText", "Energy sold"),
    }
    return names[category]


def carrier_text(code: str) -> str:
    """The carrier's name; an unknown code is shown as it was written."""
    names = {
        Carrier.ELECTRICITY: translate("RecordProblemText", "Electricity"),
        Carrier.RAW_COAL: translate("RecordProblemText", "Raw coal"),
        Carrier.WASHED_COAL: translate("RecordProblemText", "Washed coal"),
        Carrier.COKE: translate("RecordProblemText", "Coke"),
        Carrier.CRUDE_OIL: translate("RecordProblemText", "Crude oil"),
        Carrier.FUEL_OIL: translate("RecordProblemText", "Fuel oil"),
        Carrier.GASOLINE: translate("RecordProblemText", "Gasoline"),
        Carrier.KEROSENE: translate("RecordProblemText", "Kerosene"),
        Carrier.DIESEL: translate("RecordProblemText", "Diesel"),
        Carrier.LPG: translate("RecordProblemText", "Liquefied petroleum gas"),
        Carrier.REFINERY_DRY_GAS: translate("RecordProblemText", "Refinery dry gas"),
        Carrier.NATURAL_GAS: translate("RecordProblemText", "Natural gas"),
        Carrier.COKE_OVEN_GAS: translate("RecordProblemText", "Coke-oven gas"),
        Carrier.HEAT: translate("RecordProblemText", "Heat"),
        Carrier.STEAM: translate("RecordProblemText", "Steam"),
        Carrier.FRESH_WATER: translate("RecordProblemText", "Fresh water (new water)"),
        Carrier.SOFTENED_WATER: translate("RecordProblemText", "Softened water"),
        Carrier.COMPRESSED_AIR: translate("RecordProblemText", "Compressed air"),
        Carrier.OXYGEN: translate("RecordProblemText", "Oxygen"),
    }
    try:
        return names[Carrier(code)]
    except ValueError:
        return code


def item_text(category: RecordCategory, item: str, chinese: bool) -> str:
    """Carriers and pollutants by name; products, materials and wastes as they were entered."""
    if category in ENERGY_CATEGORIES:
        return carrier_text(item)
    pollutant = POLLUTANTS.get(item) if category is RecordCategory.POLLUTANT else None
    if pollutant is not None:
        return pollutant.name_zh if chinese else pollutant.name_en
    return item


def column_text(column: str) -> str:
    names = {
        "date": translate("RecordProblemText", "Date"),
        "category": translate("RecordProblemText", "Category"),
        "item": translate("RecordProblemText", "Item"),
        "quantity": translate("RecordProblemText", "Quantity"),
        "unit": translate("RecordProblemText", "Unit"),
        "line": translate("RecordProblemText", "Line"),
        "shift": translate("RecordProblemText", "Shift"),
        "note": translate("RecordProblemText", "Note"),
    }
    return names.get(column, column)


def source_text(source: str, source_ref: str) -> str:
    if source == "manual":
        return translate("RecordProblemText", "Entered by hand")
    if source == "import":
        return translate("RecordProblemText", "Import %1").replace("%1", source_ref)
    if source == "demo":
        return translate("RecordProblemText", "Demo data")
    return f"{source} {source_ref}".strip()


def record_problem_text(code: str, detail: str = "") -> str:
    """The sentence for a record, import or energy-convention problem code."""
    text = _own_text(code, detail)
    return problem_text(code, detail) if text is None else text


def _own_text(code: str, detail: str) -> str | None:
    texts = {
        "bad_date": translate(
            "RecordProblemText", "'%1' is not a date: write 2024-03-15, 2024/3/15 or 2024年3月15日."
        ),
        "unknown_category": translate(
            "RecordProblemText",
            "Unknown category '%1': use a code or Chinese name from docs/records-import.md.",
        ),
        "bad_number": translate("RecordProblemText", "'%1' is not a number."),
        "missing_column": translate("RecordProblemText", "The header row has no column '%1'."),
        "negative_quantity": translate("RecordProblemText", "A quantity cannot be negative (%1)."),
        "not_finite": translate("RecordProblemText", "Enter a finite number."),
        "unknown_unit": translate("RecordProblemText", "Unknown unit '%1'."),
        "incompatible_units": translate(
            "RecordProblemText", "'%1' cannot be converted to the unit of this category."
        ),
        "malformed_unit": translate("RecordProblemText", "'%1' is not a well-formed unit."),
        "unit_too_long": translate("RecordProblemText", "The unit is too long."),
        "item_required": translate(
            "RecordProblemText",
            "Name the item: product, material, waste type, pollutant or carrier.",
        ),
        "unknown_carrier": translate(
            "RecordProblemText",
            "Unknown energy carrier '%1': use a carrier code from docs/records-import.md.",
        ),
        "carrier_metered": translate(
            "RecordProblemText",
            "A boundary meter already measures this carrier (%1): entering its purchase too "
            "would count it twice.",
        ),
        "reason_required": translate(
            "RecordProblemText", "A reason is required; it is kept in the change log."
        ),
        "file_not_found": translate("RecordProblemText", "The file no longer exists: %1"),
        "file_too_large": translate("RecordProblemText", "The file is larger than 50 MB: %1"),
        "unsupported_file": translate("RecordProblemText", "Choose a .csv or .xlsx file (not %1)."),
        "empty_file": translate("RecordProblemText", "The file is empty: %1"),
        "unreadable_file": translate(
            "RecordProblemText", "The file cannot be read as CSV or Excel: %1"
        ),
        "too_many_rows": translate(
            "RecordProblemText", "The file has %1 rows; import at most 100,000 at a time."
        ),
        "natural_gas_choice_missing": translate(
            "RecordProblemText",
            "Choose the natural-gas coefficient: gas-field, oilfield or a measured value.",
        ),
        "natural_gas_out_of_range": translate(
            "RecordProblemText",
            "The natural-gas coefficient must lie between 1.1000 and 1.3300 kgce/m³ (%1).",
        ),
        "equal_value_missing": translate(
            "RecordProblemText", "Enter the equal value of electricity for this year."
        ),
        "equal_value_out_of_range": translate(
            "RecordProblemText",
            "The equal value of electricity must lie between 0.25 and 0.40 kgce/kWh (%1).",
        ),
        "bad_coefficient": translate(
            "RecordProblemText", "A coefficient must lie above 0 and below 100 (%1)."
        ),
        "bad_year": translate("RecordProblemText", "Choose a year between 1990 and 2200 (%1)."),
    }
    if code == "carrier_metered":
        detail = carrier_text(detail)
    elif code == "missing_column":
        detail = column_text(detail)
    text = texts.get(code)
    return None if text is None else text.replace("%1", detail)


def row_error_text(error: RowError) -> str:
    return record_problem_text(error.code, error.detail)


def record_error_text(error: BaseException) -> str:
    """Any error a records or convention service raises, as one translated sentence."""
    if isinstance(error, ConfigurationError | UnitError | EnergyError):
        text = _own_text(error.code, error.detail)
        if text is not None:
            return text
    return error_text(error)
