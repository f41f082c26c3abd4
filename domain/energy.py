"""Energy carriers and their reference conversion to standard coal (GB/T 2589-2020).

Coefficients are the standard's reference values (../shared/reference/standards.md §2); a site's
measured calorific values override them (the KPI work makes them settings). Electricity is at
the equivalent value (当量值) unless stated. The natural-gas coefficient is a required choice in
the standard (1.1000–1.3300 kgce/m³); the default here is the gas-field value, and every figure
derived from it says which coefficient it used.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Carrier(StrEnum):
    ELECTRICITY = "electricity"
    NATURAL_GAS = "natural_gas"
    STEAM = "steam"
    FRESH_WATER = "fresh_water"
    RAW_COAL = "raw_coal"
    DIESEL = "diesel"


@dataclass(frozen=True)
class Conversion:
    carrier: Carrier
    unit: str
    kgce_per_unit: float
    source: str


REFERENCE = {
    Carrier.ELECTRICITY: Conversion(
        Carrier.ELECTRICITY, "kWh", 0.1229, "GB/T 2589-2020, equivalent value"
    ),
    Carrier.NATURAL_GAS: Conversion(
        Carrier.NATURAL_GAS, "m³", 1.2143, "GB/T 2589-2020, gas-field natural gas"
    ),
    Carrier.STEAM: Conversion(
        Carrier.STEAM, "t", 128.6, "GB/T 2589-2020, low-pressure steam 0.1286 kgce/kg"
    ),
    Carrier.FRESH_WATER: Conversion(
        Carrier.FRESH_WATER,
        "m³",
        0.0857,
        "GB/T 2589-2020 reference, unconfirmed: new water 0.0857 kgce/t",
    ),
    Carrier.RAW_COAL: Conversion(Carrier.RAW_COAL, "t", 714.3, "GB/T 2589-2020, 0.7143 kgce/kg"),
    Carrier.DIESEL: Conversion(Carrier.DIESEL, "t", 1457.1, "GB/T 2589-2020, 1.4571 kgce/kg"),
}

UNIT_FACTORS = {
    ("kWh", "kWh"): 1.0,
    ("MWh", "kWh"): 1000.0,
    ("Nm³", "m³"): 1.0,
    ("m³", "m³"): 1.0,
    ("t", "t"): 1.0,
    ("kg", "t"): 0.001,
}


def to_kgce(carrier: Carrier, quantity: float, unit: str) -> float:
    """Standard-coal equivalent of a quantity given in `unit` (converted to the carrier's unit)."""
    conversion = REFERENCE[carrier]
    factor = UNIT_FACTORS.get((unit, conversion.unit))
    if factor is None:
        raise ValueError(f"cannot convert {unit} to {conversion.unit} for {carrier.value}")
    return quantity * factor * conversion.kgce_per_unit
