"""The seven built-in indicators against hand-computed values; missing data is never zero."""

from __future__ import annotations

import pytest

from domain.energy import Carrier, EnergyConvention
from domain.energy_balance import EnergyFlow, FlowKind, energy_balance
from domain.kpis import Amount, Better, PeriodTotals, builtin_definitions, compute_builtin

CONVENTION = EnergyConvention(2026, natural_gas_kgce_per_m3=1.2143)


def totals(**changes: object) -> PeriodTotals:
    """A month: 2,000 t output, 2,150 t raw material, 16,000 m³ fresh water, 5,000 m³ reused of
    12,500 m³ wastewater, 20 t slag + 0.1 t hazardous, 30 t packaging used / 22.5 t recovered,
    400 kg COD, 1,000 MWh of electricity and 60,000 m³ of natural gas."""
    energy = energy_balance(
        [
            EnergyFlow(Carrier.ELECTRICITY, FlowKind.PURCHASED, 1_000_000.0, "kWh"),
            EnergyFlow(Carrier.NATURAL_GAS, FlowKind.PURCHASED, 60_000.0, "m³"),
        ],
        CONVENTION,
    )
    values: dict[str, object] = {
        "production": Amount(2000.0, "t", ("tag:output",)),
        "raw_material": Amount(2150.0, "t"),
        "fresh_water": Amount(16_000.0, "m³"),
        "reclaimed_water": Amount(5_000.0, "m³"),
        "wastewater": Amount(12_500.0, "m³"),
        "solid_waste": Amount(20.0, "t"),
        "hazardous_waste": Amount(0.1, "t"),
        "packaging_used": Amount(30.0, "t"),
        "packaging_recovered": Amount(22.5, "t"),
        "energy": energy,
        "pollutants": {"cod": Amount(400.0, "kg")},
    }
    values.update(changes)
    return PeriodTotals(**values)  # type: ignore[arg-type]


def by_code(period: PeriodTotals) -> dict[str, object]:
    return {v.code: v for v in compute_builtin(period, ("cod",))}


def test_each_indicator_by_hand() -> None:
    kpis = by_code(totals())
    # (1,000,000 × 0.1229 + 60,000 × 1.2143) / 2,000 = (122,900 + 72,858) / 2,000
    assert kpis["energy_per_unit"].value == pytest.approx(97.879)
    assert kpis["fresh_water_per_unit"].value == pytest.approx(8.0)
    assert kpis["solid_waste_rate"].value == pytest.approx(10.05)  # 20,100 kg / 2,000 t
    assert kpis["material_utilisation"].value == pytest.approx(93.0233, rel=1e-5)
    assert kpis["reclaimed_water_rate"].value == pytest.approx(40.0)
    assert kpis["emission.cod"].value == pytest.approx(0.2)
    assert kpis["packaging_recovery"].value == pytest.approx(75.0)
    assert kpis["energy_per_unit"].unit == "kgce/t"
    production = kpis["energy_per_unit"].inputs[1]
    assert (production.name, production.sources) == ("production", ("tag:output",))


def test_missing_inputs_are_named_and_leave_no_value() -> None:
    kpis = by_code(totals(raw_material=Amount(None, "t"), energy=None))
    assert kpis["material_utilisation"].value is None
    assert kpis["material_utilisation"].missing == ("raw_material",)
    assert kpis["material_utilisation"].reason == "missing_inputs"
    assert kpis["energy_per_unit"].missing == ("energy_kgce",)
    assert kpis["fresh_water_per_unit"].value == pytest.approx(8.0)  # the others still compute


def test_incomplete_energy_is_missing_not_a_smaller_number() -> None:
    partial = energy_balance(
        [
            EnergyFlow(Carrier.ELECTRICITY, FlowKind.PURCHASED, 1000.0, "kWh"),
            EnergyFlow(Carrier.DIESEL, FlowKind.PURCHASED, None, "kg"),
        ],
        CONVENTION,
    )
    assert by_code(totals(energy=partial))["energy_per_unit"].value is None


def test_no_production_is_a_zero_denominator_not_infinity() -> None:
    kpis = by_code(totals(production=Amount(0.0, "t")))
    assert kpis["energy_per_unit"].value is None
    assert kpis["energy_per_unit"].reason == "zero_denominator"


def test_hazardous_waste_alone_still_counts() -> None:
    kpis = by_code(totals(solid_waste=Amount(None, "t")))
    assert kpis["solid_waste_rate"].value == pytest.approx(0.05)


def test_definitions_say_which_way_is_better() -> None:
    definitions = {d.code: d for d in builtin_definitions(("cod", "so2"))}
    assert definitions["energy_per_unit"].better is Better.LOWER
    assert definitions["packaging_recovery"].better is Better.HIGHER
    assert definitions["emission.so2"].name_zh == "二氧化硫排放强度"
    assert len(definitions) == 8  # six + one per pollutant
