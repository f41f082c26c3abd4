"""Production and material records: what the meters do not measure, entered or imported.

Each record is one quantity of one item on one day (optionally per line and shift): qualified
output, raw material consumed, water, waste by type, packaging, pollutant loads, energy bought,
made on site or sold. Quantities keep the unit they were entered in; every category has a
canonical unit the KPIs work in, and a record whose unit cannot be converted to it is refused
at entry — not discovered months later in a report.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from domain.energy import REFERENCE, Carrier
from domain.instrument_rules import Problem
from domain.units import UnitError, convert, same_dimension


class RecordCategory(StrEnum):
    PRODUCTION = "production"
    RAW_MATERIAL = "raw_material"
    FRESH_WATER = "fresh_water"
    RECLAIMED_WATER = "reclaimed_water"
    WASTEWATER = "wastewater"
    SOLID_WASTE = "solid_waste"
    HAZARDOUS_WASTE = "hazardous_waste"
    PACKAGING_USED = "packaging_used"
    PACKAGING_RECOVERED = "packaging_recovered"
    POLLUTANT = "pollutant"
    ENERGY_PURCHASED = "energy_purchased"
    ENERGY_PRODUCED = "energy_produced"
    ENERGY_SOLD = "energy_sold"


ENERGY_CATEGORIES = (
    RecordCategory.ENERGY_PURCHASED,
    RecordCategory.ENERGY_PRODUCED,
    RecordCategory.ENERGY_SOLD,
)
WATER_CATEGORIES = (
    RecordCategory.FRESH_WATER,
    RecordCategory.RECLAIMED_WATER,
    RecordCategory.WASTEWATER,
)

CANONICAL_UNIT: dict[RecordCategory, str] = {
    RecordCategory.PRODUCTION: "t",
    RecordCategory.RAW_MATERIAL: "t",
    RecordCategory.FRESH_WATER: "m³",
    RecordCategory.RECLAIMED_WATER: "m³",
    RecordCategory.WASTEWATER: "m³",
    RecordCategory.SOLID_WASTE: "t",
    RecordCategory.HAZARDOUS_WASTE: "t",
    RecordCategory.PACKAGING_USED: "t",
    RecordCategory.PACKAGING_RECOVERED: "t",
    RecordCategory.POLLUTANT: "kg",
}
"""Energy categories use the carrier's own reference unit (kWh, m³, kg, MJ...)."""


@dataclass(frozen=True)
class Pollutant:
    code: str
    name_zh: str
    name_en: str
    hj212: str
    """The HJ 212-2017 code analyzers send it under (w… water, a… air)."""


POLLUTANTS: dict[str, Pollutant] = {
    p.code: p
    for p in (
        Pollutant("cod", "化学需氧量", "COD", "w01018"),
        Pollutant("ammonia_nitrogen", "氨氮", "Ammonia nitrogen", "w21003"),
        Pollutant("total_nitrogen", "总氮", "Total nitrogen", "w21001"),
        Pollutant("total_phosphorus", "总磷", "Total phosphorus", "w21011"),
        Pollutant("so2", "二氧化硫", "SO₂", "a21026"),
        Pollutant("nox", "氮氧化物", "NOx", "a21002"),
        Pollutant("particulates", "颗粒物", "Particulates", "a34013"),
    )
}


@dataclass(frozen=True)
class Record:
    day: date
    category: RecordCategory
    item: str
    """Product, material, waste type, pollutant code or energy carrier code."""
    quantity: float
    unit: str
    line: str = ""
    shift: str = ""
    note: str = ""


def canonical_unit(category: RecordCategory, item: str) -> str:
    if category in ENERGY_CATEGORIES:
        return REFERENCE[Carrier(item)].unit
    return CANONICAL_UNIT[category]


def canonical_quantity(record: Record) -> float:
    """The quantity in the category's canonical unit (water: 1 t counts as 1 m³)."""
    target = canonical_unit(record.category, record.item)
    if record.category in WATER_CATEGORIES and same_dimension(record.unit, "t"):
        return convert(record.quantity, record.unit, "t")
    water = record.item in (Carrier.FRESH_WATER.value, Carrier.SOFTENED_WATER.value)
    if record.category in ENERGY_CATEGORIES and water and same_dimension(record.unit, "m³"):
        return convert(record.quantity, record.unit, "m³")  # 1 m³ of water counts as 1 t
    if record.category in ENERGY_CATEGORIES and record.unit in ("Nm³", "Nm3"):
        return convert(record.quantity, "m³", target)
    return convert(record.quantity, record.unit, target)


def record_problems(record: Record) -> list[Problem]:
    """Why a record cannot be stored; an empty list means it can."""
    problems: list[Problem] = []
    if not record.item.strip():
        problems.append(Problem("item", "item_required"))
    elif record.category in ENERGY_CATEGORIES and record.item not in {c.value for c in Carrier}:
        problems.append(Problem("item", "unknown_carrier", record.item))
    if not math.isfinite(record.quantity):
        problems.append(Problem("quantity", "not_finite", str(record.quantity)))
    elif record.quantity < 0:
        problems.append(Problem("quantity", "negative_quantity", str(record.quantity)))
    if not problems:
        try:
            canonical_quantity(record)
        except UnitError as error:
            problems.append(Problem("unit", error.code, record.unit))
    return problems
