"""Energy carriers and their conversion to standard coal (GB/T 2589-2020).

Coefficients are the standard's reference values (../shared/reference/standards.md §2). A site's
measured calorific values override them, year by year, in an :class:`EnergyConvention`; the
convention also holds the two choices the standard leaves to the user and that every report must
state: the natural-gas coefficient (1.1000–1.3300 kgce/m³, no default is "right") and whether
electricity counts at its equivalent value (当量值, 0.1229 kgce/kWh, the default) or at the equal
value (等价值) set each year from the national supply coal rate.

Carrier codes are stable strings: they are stored with tags and records and travel in export
bundles, so they never change once released.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from domain.units import UnitError, convert


class Carrier(StrEnum):
    ELECTRICITY = "electricity"
    RAW_COAL = "raw_coal"
    WASHED_COAL = "washed_coal"
    COKE = "coke"
    CRUDE_OIL = "crude_oil"
    FUEL_OIL = "fuel_oil"
    GASOLINE = "gasoline"
    KEROSENE = "kerosene"
    DIESEL = "diesel"
    LPG = "lpg"
    REFINERY_DRY_GAS = "refinery_dry_gas"
    NATURAL_GAS = "natural_gas"
    COKE_OVEN_GAS = "coke_oven_gas"
    HEAT = "heat"
    STEAM = "steam"
    FRESH_WATER = "fresh_water"
    SOFTENED_WATER = "softened_water"
    COMPRESSED_AIR = "compressed_air"
    OXYGEN = "oxygen"


@dataclass(frozen=True)
class Conversion:
    carrier: Carrier
    unit: str
    """The unit the coefficient is per; quantities in other compatible units are converted."""
    kgce_per_unit: float
    source: str
    confirmed: bool = True
    """False where the reference value could not be confirmed: shown as such, overridable."""


def _ref(carrier: Carrier, unit: str, kgce: float, note: str, confirmed: bool = True) -> Conversion:
    return Conversion(carrier, unit, kgce, f"GB/T 2589-2020 {note}".strip(), confirmed)


REFERENCE: Mapping[Carrier, Conversion] = {
    c.carrier: c
    for c in (
        _ref(Carrier.ELECTRICITY, "kWh", 0.1229, "equivalent value"),
        _ref(Carrier.RAW_COAL, "kg", 0.7143, ""),
        _ref(Carrier.WASHED_COAL, "kg", 0.9000, ""),
        _ref(Carrier.COKE, "kg", 0.9714, ""),
        _ref(Carrier.CRUDE_OIL, "kg", 1.4286, ""),
        _ref(Carrier.FUEL_OIL, "kg", 1.4286, ""),
        _ref(Carrier.GASOLINE, "kg", 1.4714, ""),
        _ref(Carrier.KEROSENE, "kg", 1.4714, ""),
        _ref(Carrier.DIESEL, "kg", 1.4571, ""),
        _ref(Carrier.LPG, "kg", 1.7143, ""),
        _ref(Carrier.REFINERY_DRY_GAS, "kg", 1.5714, ""),
        _ref(Carrier.NATURAL_GAS, "m³", 1.2143, "gas-field natural gas"),
        _ref(Carrier.COKE_OVEN_GAS, "m³", 0.5714, "lower end of 0.5714–0.6143"),
        _ref(Carrier.HEAT, "MJ", 0.03412, ""),
        _ref(Carrier.STEAM, "kg", 0.1286, "low-pressure steam"),
        _ref(Carrier.FRESH_WATER, "t", 0.0857, "new water (unconfirmed)", False),
        _ref(Carrier.SOFTENED_WATER, "t", 0.4857, "softened water (unconfirmed)", False),
        _ref(Carrier.COMPRESSED_AIR, "m³", 0.0400, "compressed air (unconfirmed)", False),
        _ref(Carrier.OXYGEN, "m³", 0.4000, "oxygen (unconfirmed)", False),
    )
}

NATURAL_GAS_RANGE = (1.1000, 1.3300)
NATURAL_GAS_CHOICES: Mapping[str, float] = {"gas_field": 1.2143, "oilfield": 1.3300}
EQUAL_VALUE_RANGE = (0.25, 0.40)
"""Plausible national supply coal rates, kgce/kWh (about 0.30–0.32 in recent years)."""


class EnergyError(ValueError):
    """A figure that cannot be computed as asked; `code` is translated by the UI."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


class ElectricityBasis(StrEnum):
    EQUIVALENT = "equivalent"  # 当量值
    EQUAL = "equal"  # 等价值


@dataclass(frozen=True)
class Coefficient:
    carrier: Carrier
    kgce_per_unit: float
    unit: str
    source: str
    """Where the value came from: "reference", "site", "natural_gas_choice", "equal_value"."""


@dataclass(frozen=True)
class EnergyConvention:
    """The choices behind every kgce figure of a year; reports print :meth:`describe`."""

    year: int
    electricity_basis: ElectricityBasis = ElectricityBasis.EQUIVALENT
    equal_value_kgce_per_kwh: float | None = None
    natural_gas_kgce_per_m3: float | None = None
    """None until the site chooses; natural gas cannot be converted before that."""
    overrides: Mapping[Carrier, float] = field(default_factory=dict)
    """Measured calorific values, kgce per the carrier's reference unit."""

    def coefficient(self, carrier: Carrier) -> Coefficient:
        reference = REFERENCE[carrier]
        unit = reference.unit
        if carrier is Carrier.ELECTRICITY and self.electricity_basis is ElectricityBasis.EQUAL:
            if self.equal_value_kgce_per_kwh is None:
                raise EnergyError("equal_value_missing", str(self.year))
            return Coefficient(carrier, self.equal_value_kgce_per_kwh, unit, "equal_value")
        if carrier in self.overrides:
            return Coefficient(carrier, float(self.overrides[carrier]), unit, "site")
        if carrier is Carrier.NATURAL_GAS:
            if self.natural_gas_kgce_per_m3 is None:
                raise EnergyError("natural_gas_choice_missing", str(self.year))
            return Coefficient(carrier, self.natural_gas_kgce_per_m3, unit, "natural_gas_choice")
        return Coefficient(carrier, reference.kgce_per_unit, unit, "reference")

    def describe(self) -> dict[str, object]:
        """The statement every report carries: which convention produced its kgce figures."""
        return {
            "standard": "GB/T 2589-2020",
            "year": self.year,
            "electricity_basis": self.electricity_basis.value,
            "electricity_kgce_per_kwh": (
                self.equal_value_kgce_per_kwh
                if self.electricity_basis is ElectricityBasis.EQUAL
                else REFERENCE[Carrier.ELECTRICITY].kgce_per_unit
            ),
            "natural_gas_kgce_per_m3": self.natural_gas_kgce_per_m3,
            "site_overrides": {c.value: v for c, v in sorted(self.overrides.items())},
        }


def convention_problems(convention: EnergyConvention) -> list[tuple[str, str, str]]:
    """(field, code, detail) for a convention that should not be saved."""
    problems: list[tuple[str, str, str]] = []
    gas = convention.natural_gas_kgce_per_m3
    if gas is not None and not NATURAL_GAS_RANGE[0] <= gas <= NATURAL_GAS_RANGE[1]:
        problems.append(("natural_gas_kgce_per_m3", "natural_gas_out_of_range", str(gas)))
    equal = convention.equal_value_kgce_per_kwh
    if convention.electricity_basis is ElectricityBasis.EQUAL and equal is None:
        problems.append(("equal_value_kgce_per_kwh", "equal_value_missing", ""))
    if equal is not None and not EQUAL_VALUE_RANGE[0] <= equal <= EQUAL_VALUE_RANGE[1]:
        problems.append(("equal_value_kgce_per_kwh", "equal_value_out_of_range", str(equal)))
    for carrier, value in convention.overrides.items():
        if not 0 < value < 100:
            problems.append((f"override.{carrier.value}", "bad_coefficient", str(value)))
    if not 1990 <= convention.year <= 2200:
        problems.append(("year", "bad_year", str(convention.year)))
    return problems


DEFAULT_CONVENTION = EnergyConvention(
    year=0, natural_gas_kgce_per_m3=NATURAL_GAS_CHOICES["gas_field"]
)
"""For live figures before a site has chosen (the dashboard); reports use the site's own."""


def to_kgce(
    carrier: Carrier,
    quantity: float,
    unit: str,
    convention: EnergyConvention = DEFAULT_CONVENTION,
) -> float:
    """Standard-coal equivalent of a quantity given in `unit` (converted to the carrier's unit)."""
    coefficient = convention.coefficient(carrier)
    return _in_unit(quantity, unit, coefficient.unit, carrier) * coefficient.kgce_per_unit


_WATERS = (Carrier.FRESH_WATER, Carrier.SOFTENED_WATER)


def _in_unit(quantity: float, unit: str, target: str, carrier: Carrier) -> float:
    try:
        if carrier in _WATERS and unit not in ("t", "kg", "g"):
            return convert(quantity, unit, "m³")  # water meters count volume; 1 m³ = 1 t
        return convert(quantity, _normal(unit), target)
    except UnitError as error:
        raise EnergyError("unit_not_convertible", f"{unit} → {target} ({carrier.value})") from error


def _normal(unit: str) -> str:
    """Meter units that name a reference condition, not a different quantity."""
    return {"Nm³": "m³", "Nm3": "m³"}.get(unit, unit)
