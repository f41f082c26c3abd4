"""The seven built-in cleaner-production indicators, computed from a period's totals.

Every value carries the inputs it came from (name, quantity, unit, sources), so a figure on a
report can be traced to the meters and records behind it. A KPI whose inputs are missing says
which ones and has no value; it is never silently 0. Dividing by a zero denominator (no
production that month) is reported the same way, with its own reason.

Definitions (what a plant auditor expects; the denominators are stated in the UI):
- 单位产品综合能耗 energy_per_unit = comprehensive energy (kgce, GB/T 2589) / qualified output (t)
- 单位产品新鲜水耗 fresh_water_per_unit = fresh water taken (m³) / output (t)
- 工业固废产生率 solid_waste_rate = (general + hazardous) solid waste generated (kg) / output (t)
- 主要原材料利用率 material_utilisation = output (t) / main raw materials consumed (t) × 100 %
- 中水回用率 reclaimed_water_rate = reclaimed water reused (m³) / wastewater generated (m³) × 100 %
- 主要污染物排放强度 emission.<pollutant> = pollutant load (kg) / output (t), one per pollutant
- 包装材料回收利用率 packaging_recovery = packaging recovered (t) / packaging used (t) × 100 %
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from domain.energy_balance import EnergyBalance
from domain.records import POLLUTANTS


class Better(StrEnum):
    LOWER = "lower"
    HIGHER = "higher"


@dataclass(frozen=True)
class KpiDefinition:
    code: str
    name_zh: str
    name_en: str
    area_zh: str
    """领域: the column plants group their indicator table by."""
    area_en: str
    unit: str
    better: Better
    formula: str
    """How it is computed, in the expression language's names (shown in the detail view)."""


@dataclass(frozen=True)
class Amount:
    """A period total with its provenance; `value` None when nothing was recorded."""

    value: float | None
    unit: str
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class PeriodTotals:
    production: Amount
    raw_material: Amount
    fresh_water: Amount
    reclaimed_water: Amount
    wastewater: Amount
    solid_waste: Amount
    hazardous_waste: Amount
    packaging_used: Amount
    packaging_recovered: Amount
    energy: EnergyBalance | None
    """None when no energy at all was recorded or metered in the period."""
    pollutants: Mapping[str, Amount] = field(default_factory=dict)


@dataclass(frozen=True)
class KpiInput:
    name: str
    value: float | None
    unit: str
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class KpiValue:
    code: str
    value: float | None
    unit: str
    inputs: tuple[KpiInput, ...]
    missing: tuple[str, ...] = ()
    reason: str = ""
    """Why there is no value: "missing_inputs", "zero_denominator", or a formula error code."""


def _builtin(
    code: str, zh: str, en: str, area: tuple[str, str], unit: str, better: Better, formula: str
) -> KpiDefinition:
    return KpiDefinition(code, zh, en, area[0], area[1], unit, better, formula)


_ENERGY = ("能源消耗", "Energy")
_RESOURCES = ("资源消耗", "Resources")
_WASTE = ("废物产生", "Waste")
_REUSE = ("资源综合利用", "Reuse")
_EMISSIONS = ("污染物排放", "Emissions")

BUILTIN: tuple[KpiDefinition, ...] = (
    _builtin(
        "energy_per_unit",
        "单位产品综合能耗",
        "Energy per unit product",
        _ENERGY,
        "kgce/t",
        Better.LOWER,
        "energy_kgce / production",
    ),
    _builtin(
        "fresh_water_per_unit",
        "单位产品新鲜水耗",
        "Fresh water per unit product",
        _RESOURCES,
        "m³/t",
        Better.LOWER,
        "fresh_water / production",
    ),
    _builtin(
        "solid_waste_rate",
        "工业固废产生率",
        "Industrial solid waste rate",
        _WASTE,
        "kg/t",
        Better.LOWER,
        "(solid_waste + hazardous_waste) / production",
    ),
    _builtin(
        "material_utilisation",
        "主要原材料利用率",
        "Main raw material utilisation",
        _RESOURCES,
        "%",
        Better.HIGHER,
        "100 * production / raw_material",
    ),
    _builtin(
        "reclaimed_water_rate",
        "中水回用率",
        "Reclaimed water reuse rate",
        _REUSE,
        "%",
        Better.HIGHER,
        "100 * reclaimed_water / wastewater",
    ),
    _builtin(
        "packaging_recovery",
        "包装材料回收利用率",
        "Packaging recovery rate",
        _REUSE,
        "%",
        Better.HIGHER,
        "100 * packaging_recovered / packaging_used",
    ),
)


def emission_definition(pollutant: str) -> KpiDefinition:
    p = POLLUTANTS[pollutant]
    return _builtin(
        f"emission.{pollutant}",
        f"{p.name_zh}排放强度",
        f"{p.name_en} emission intensity",
        _EMISSIONS,
        "kg/t",
        Better.LOWER,
        f"pollutant.{pollutant} / production",
    )


def builtin_definitions(pollutants: tuple[str, ...]) -> tuple[KpiDefinition, ...]:
    """The seven indicators; the seventh once per pollutant the site tracks."""
    return BUILTIN[:5] + tuple(emission_definition(p) for p in pollutants) + BUILTIN[5:]


def compute_builtin(totals: PeriodTotals, pollutants: tuple[str, ...]) -> list[KpiValue]:
    per_t = _input("production", totals.production)
    energy = _energy_input(totals.energy)
    waste = _sum_input("solid_waste", totals.solid_waste, totals.hazardous_waste)
    values = [
        _ratio("energy_per_unit", "kgce/t", energy, per_t),
        _ratio("fresh_water_per_unit", "m³/t", _input("fresh_water", totals.fresh_water), per_t),
        _ratio("solid_waste_rate", "kg/t", waste, per_t, scale=1000.0),
        _ratio(
            "material_utilisation", "%", per_t, _input("raw_material", totals.raw_material), 100.0
        ),
        _ratio(
            "reclaimed_water_rate",
            "%",
            _input("reclaimed_water", totals.reclaimed_water),
            _input("wastewater", totals.wastewater),
            100.0,
        ),
    ]
    for code in pollutants:
        load = _input(f"pollutant.{code}", totals.pollutants.get(code, Amount(None, "kg")))
        values.append(_ratio(f"emission.{code}", "kg/t", load, per_t))
    values.append(
        _ratio(
            "packaging_recovery",
            "%",
            _input("packaging_recovered", totals.packaging_recovered),
            _input("packaging_used", totals.packaging_used),
            100.0,
        )
    )
    return values


def _input(name: str, amount: Amount) -> KpiInput:
    return KpiInput(name, amount.value, amount.unit, amount.sources)


def _energy_input(balance: EnergyBalance | None) -> KpiInput:
    if balance is None or not balance.complete:
        return KpiInput("energy_kgce", None, "kgce")
    sources = tuple(s for line in balance.lines for s in line.sources)
    return KpiInput("energy_kgce", balance.comprehensive_kgce, "kgce", sources)


def _sum_input(name: str, *amounts: Amount) -> KpiInput:
    """General plus hazardous waste: known parts add up; all unknown means unknown."""
    known = [a for a in amounts if a.value is not None]
    if not known:
        return KpiInput(name, None, "t")
    sources = tuple(s for a in known for s in a.sources)
    return KpiInput(name, sum(a.value or 0.0 for a in known), "t", sources)


def _ratio(code: str, unit: str, top: KpiInput, bottom: KpiInput, scale: float = 1.0) -> KpiValue:
    inputs = (top, bottom)
    missing = tuple(i.name for i in inputs if i.value is None)
    if missing:
        return KpiValue(code, None, unit, inputs, missing, "missing_inputs")
    assert top.value is not None and bottom.value is not None
    if bottom.value == 0:
        return KpiValue(code, None, unit, inputs, (), "zero_denominator")
    return KpiValue(code, scale * top.value / bottom.value, unit, inputs)
