"""GB/T 2589-2020 conversion and the comprehensive energy balance, against hand computation."""

from __future__ import annotations

import pytest

from domain.energy import (
    REFERENCE,
    Carrier,
    ElectricityBasis,
    EnergyConvention,
    EnergyError,
    convention_problems,
    to_kgce,
)
from domain.energy_balance import EnergyFlow, FlowKind, energy_balance

GAS_FIELD = EnergyConvention(2026, natural_gas_kgce_per_m3=1.2143)


def test_reference_coefficients() -> None:
    assert to_kgce(Carrier.ELECTRICITY, 1000.0, "kWh") == pytest.approx(122.9)
    assert to_kgce(Carrier.ELECTRICITY, 1.0, "MWh") == pytest.approx(122.9)
    assert to_kgce(Carrier.STEAM, 2.0, "t") == pytest.approx(257.2)
    assert to_kgce(Carrier.NATURAL_GAS, 100.0, "Nm³", GAS_FIELD) == pytest.approx(121.43)
    assert to_kgce(Carrier.RAW_COAL, 1.0, "t") == pytest.approx(714.3)
    assert to_kgce(Carrier.DIESEL, 500.0, "kg") == pytest.approx(728.55)
    assert to_kgce(Carrier.HEAT, 1.0, "GJ") == pytest.approx(34.12)
    assert to_kgce(Carrier.FRESH_WATER, 100.0, "m³") == pytest.approx(8.57)  # 1 m³ = 1 t


def test_every_carrier_has_a_reference_and_unconfirmed_ones_say_so() -> None:
    assert set(REFERENCE) == set(Carrier)
    assert not REFERENCE[Carrier.FRESH_WATER].confirmed
    assert REFERENCE[Carrier.ELECTRICITY].confirmed


def test_unknown_units_are_refused_not_guessed() -> None:
    with pytest.raises(EnergyError) as refused:
        to_kgce(Carrier.STEAM, 1.0, "GJ")
    assert refused.value.code == "unit_not_convertible"


def test_natural_gas_is_a_choice_the_site_must_make() -> None:
    undecided = EnergyConvention(2026)
    with pytest.raises(EnergyError) as refused:
        to_kgce(Carrier.NATURAL_GAS, 100.0, "m³", undecided)
    assert refused.value.code == "natural_gas_choice_missing"
    oilfield = EnergyConvention(2026, natural_gas_kgce_per_m3=1.33)
    assert to_kgce(Carrier.NATURAL_GAS, 100.0, "m³", oilfield) == pytest.approx(133.0)
    assert convention_problems(EnergyConvention(2026, natural_gas_kgce_per_m3=1.5)) == [
        ("natural_gas_kgce_per_m3", "natural_gas_out_of_range", "1.5")
    ]


def test_equal_value_of_electricity_is_a_yearly_setting() -> None:
    equal = EnergyConvention(
        2025, ElectricityBasis.EQUAL, equal_value_kgce_per_kwh=0.3, natural_gas_kgce_per_m3=1.2
    )
    assert to_kgce(Carrier.ELECTRICITY, 1000.0, "kWh", equal) == pytest.approx(300.0)
    assert equal.describe()["electricity_kgce_per_kwh"] == 0.3
    assert [
        code for _f, code, _d in convention_problems(EnergyConvention(2025, ElectricityBasis.EQUAL))
    ] == ["equal_value_missing"]


def test_a_measured_calorific_value_overrides_the_reference() -> None:
    measured = EnergyConvention(2026, overrides={Carrier.RAW_COAL: 0.65})
    assert to_kgce(Carrier.RAW_COAL, 1.0, "t", measured) == pytest.approx(650.0)
    assert measured.coefficient(Carrier.RAW_COAL).source == "site"


def test_mixed_carriers_with_sold_energy_by_hand() -> None:
    """100 MWh bought, 20 t coal, 5,000 m³ gas; 10 MWh of PV produced; 15 MWh sold.

    E = 100,000 × 0.1229 + 20,000 × 0.7143 + 5,000 × 1.2143 + 10,000 × 0.1229 − 15,000 × 0.1229
      = 12,290 + 14,286 + 6,071.5 + 1,229 − 1,843.5 = 32,033 kgce.
    """
    flows = [
        EnergyFlow(Carrier.ELECTRICITY, FlowKind.PURCHASED, 100.0, "MWh", "tag:main"),
        EnergyFlow(Carrier.RAW_COAL, FlowKind.PURCHASED, 20.0, "t", "records"),
        EnergyFlow(Carrier.NATURAL_GAS, FlowKind.PURCHASED, 5000.0, "Nm³", "tag:gas"),
        EnergyFlow(Carrier.ELECTRICITY, FlowKind.PRODUCED, 10_000.0, "kWh", "tag:pv"),
        EnergyFlow(Carrier.ELECTRICITY, FlowKind.SOLD, 15_000.0, "kWh", "records"),
    ]
    balance = energy_balance(flows, GAS_FIELD)
    assert balance.comprehensive_kgce == pytest.approx(32_033.0)
    assert balance.comprehensive_tce == pytest.approx(32.033)
    assert balance.total_kgce(FlowKind.SOLD) == pytest.approx(1_843.5)
    assert balance.by_carrier()[Carrier.ELECTRICITY] == pytest.approx(12_290 + 1_229 - 1_843.5)
    assert balance.complete


def test_a_flow_without_a_quantity_is_missing_not_zero() -> None:
    flows = [
        EnergyFlow(Carrier.ELECTRICITY, FlowKind.PURCHASED, 1000.0, "kWh"),
        EnergyFlow(Carrier.DIESEL, FlowKind.PURCHASED, None, "kg", "records"),
    ]
    balance = energy_balance(flows, GAS_FIELD)
    assert not balance.complete
    assert [f.carrier for f in balance.missing] == [Carrier.DIESEL]
