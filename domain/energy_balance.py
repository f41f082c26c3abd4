"""Comprehensive energy consumption (综合能耗) of a period, GB/T 2589-2020.

E = Σ purchased + Σ produced − Σ sold, each converted with the year's convention; per unit
product e = E / P with P the qualified output. "Produced" means energy made on site from sources
that are not already counted — on-site PV, recovered waste heat. Steam from the boiler or
electricity from the site's own generator are *conversions* of purchased fuel: counting them as
produced would count the fuel twice, so they are entered only when sold (as sold).

A carrier whose quantity is unknown is not counted as zero: the balance lists it as missing,
and the KPI built on it says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from domain.energy import Carrier, Coefficient, EnergyConvention, EnergyError, to_kgce


class FlowKind(StrEnum):
    PURCHASED = "purchased"
    PRODUCED = "produced"
    SOLD = "sold"


@dataclass(frozen=True)
class EnergyFlow:
    carrier: Carrier
    kind: FlowKind
    quantity: float | None
    """None: the quantity is not known for the period (a meter offline, a missing record)."""
    unit: str
    source: str = ""
    """Where the quantity came from (tag name, record id): the trace behind every figure."""


@dataclass(frozen=True)
class CarrierTotal:
    carrier: Carrier
    kind: FlowKind
    quantity: float
    unit: str
    coefficient: Coefficient
    kgce: float
    sources: tuple[str, ...]


@dataclass(frozen=True)
class EnergyBalance:
    lines: tuple[CarrierTotal, ...]
    missing: tuple[EnergyFlow, ...]
    convention: EnergyConvention

    def total_kgce(self, kind: FlowKind) -> float:
        return sum(line.kgce for line in self.lines if line.kind is kind)

    @property
    def comprehensive_kgce(self) -> float:
        """Σ purchased + Σ produced − Σ sold."""
        return (
            self.total_kgce(FlowKind.PURCHASED)
            + self.total_kgce(FlowKind.PRODUCED)
            - self.total_kgce(FlowKind.SOLD)
        )

    @property
    def comprehensive_tce(self) -> float:
        return self.comprehensive_kgce / 1000.0

    @property
    def complete(self) -> bool:
        return not self.missing

    def by_carrier(self) -> dict[Carrier, float]:
        """Net kgce per carrier (sold subtracted): the pie on the dashboard and in reports."""
        totals: dict[Carrier, float] = {}
        for line in self.lines:
            sign = -1.0 if line.kind is FlowKind.SOLD else 1.0
            totals[line.carrier] = totals.get(line.carrier, 0.0) + sign * line.kgce
        return totals


def energy_balance(flows: Iterable[EnergyFlow], convention: EnergyConvention) -> EnergyBalance:
    """Convert and sum flows per (carrier, kind); raises EnergyError for a missing choice."""
    grouped: dict[tuple[Carrier, FlowKind], list[EnergyFlow]] = {}
    missing: list[EnergyFlow] = []
    for flow in flows:
        if flow.quantity is None:
            missing.append(flow)
            continue
        if flow.quantity < 0:
            raise EnergyError("negative_quantity", f"{flow.carrier.value} {flow.quantity}")
        grouped.setdefault((flow.carrier, flow.kind), []).append(flow)
    lines = []
    for (carrier, kind), group in sorted(grouped.items()):
        coefficient = convention.coefficient(carrier)
        kgce = sum(to_kgce(carrier, f.quantity or 0.0, f.unit, convention) for f in group)
        quantity = kgce / coefficient.kgce_per_unit if coefficient.kgce_per_unit else 0.0
        sources = tuple(f.source for f in group if f.source)
        lines.append(
            CarrierTotal(carrier, kind, quantity, coefficient.unit, coefficient, kgce, sources)
        )
    return EnergyBalance(tuple(lines), tuple(missing), convention)
