"""The value of each name a custom-KPI formula reads, for one period, with where it came from.

Record totals and energy come from the period's gathered totals (already computed for the
built-in KPIs); tags are queried only when a formula names them, once per period however many
formulas read them. Every value is a `KpiInput` (value, unit, sources), so a custom KPI can be
traced to its meters and records like a built-in one. Nothing unknown becomes 0: a total that
was not recorded is None, and the formula reports it as missing.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from domain.energy import REFERENCE, Carrier
from domain.energy_balance import EnergyBalance, FlowKind
from domain.kpis import Amount, KpiInput, KpiValue, PeriodTotals
from domain.records import POLLUTANTS
from domain.units import convert
from storage.history import Step, history
from storage.models import Tag
from storage.records import day_start_ms, tag_consumption
from storage.rollup_arrays import DAY_MS

RECORD_NAMES: Mapping[str, str] = {
    "production": "t",
    "raw_material": "t",
    "fresh_water": "m³",
    "reclaimed_water": "m³",
    "wastewater": "m³",
    "solid_waste": "t",
    "hazardous_waste": "t",
    "packaging_used": "t",
    "packaging_recovered": "t",
}
"""Period totals of the record categories (`PeriodTotals` fields), in their canonical units."""
_CARRIERS = frozenset(c.value for c in Carrier)


class PeriodInputs:
    """Looks formula names up for the days [first, last]. `kpis` holds the KPI values known so
    far (built-in, then custom ones as they are computed); `kpi_units` the unit of every
    `kpi.<code>` name, for KPIs without a value this period."""

    def __init__(
        self,
        session: Session,
        first: date,
        last: date,
        totals: PeriodTotals,
        kpis: Mapping[str, KpiValue],
        kpi_units: Mapping[str, str],
    ) -> None:
        self._session, self._first, self._last = session, first, last
        self._totals, self._kpis, self._kpi_units = totals, kpis, kpi_units
        self._tags: dict[str, KpiInput | None] = {}

    def get(self, name: str) -> KpiInput | None:
        """The input called `name`; None when no such name exists (a deleted tag, a typo)."""
        if name in RECORD_NAMES:
            return _from_amount(name, getattr(self._totals, name))
        if name == "energy_kgce":
            return _energy_kgce(self._totals.energy)
        prefix, _, rest = name.partition(".")
        if prefix == "pollutant" and rest in POLLUTANTS:
            return _from_amount(name, self._totals.pollutants.get(rest, Amount(None, "kg")))
        if prefix == "energy" and rest in _CARRIERS:
            return _carrier(name, Carrier(rest), self._totals.energy)
        if prefix == "tag":
            if rest not in self._tags:
                self._tags[rest] = self._tag(name, rest)
            return self._tags[rest]
        if prefix == "kpi":
            return self._kpi(name, rest)
        return None

    def _kpi(self, name: str, code: str) -> KpiInput | None:
        value = self._kpis.get(code)
        if value is None:
            unit = self._kpi_units.get(name)
            return None if unit is None else KpiInput(name, None, unit)
        sources = tuple(dict.fromkeys(s for i in value.inputs for s in i.sources))
        return KpiInput(name, value.value, value.unit, sources)

    def _tag(self, name: str, tag_name: str) -> KpiInput | None:
        tag = self._session.scalar(select(Tag).where(Tag.name == tag_name))
        if tag is None or tag.data_type == "string":
            return None
        if tag.is_counter:
            value = tag_consumption(self._session, tag.id, self._first, self._last)
        else:
            value = self._mean(tag.id)
        return KpiInput(name, value, tag.unit, (f"tag:{tag_name}",))

    def _mean(self, tag_id: int) -> float | None:
        """Mean of the period's valid readings: daily means weighted by their valid readings."""
        start, end = day_start_ms(self._first), day_start_ms(self._last) + DAY_MS
        days = history(self._session, tag_id, start, end, Step.DAY)
        weights = days.valid_count.astype(np.float64)
        usable = (weights > 0) & np.isfinite(days.value)
        if not usable.any():
            return None
        return float(np.sum(days.value[usable] * weights[usable]) / np.sum(weights[usable]))


def _from_amount(name: str, amount: Amount) -> KpiInput:
    return KpiInput(name, amount.value, amount.unit, amount.sources)


def _energy_kgce(balance: EnergyBalance | None) -> KpiInput:
    """Comprehensive energy; unknown when any carrier's quantity is unknown (as the built-in)."""
    if balance is None or not balance.complete:
        return KpiInput("energy_kgce", None, "kgce")
    sources = tuple(s for line in balance.lines for s in line.sources)
    return KpiInput("energy_kgce", balance.comprehensive_kgce, "kgce", sources)


def _carrier(name: str, carrier: Carrier, balance: EnergyBalance | None) -> KpiInput:
    """Purchased + produced − sold of one carrier in its reference unit; unknown when nothing
    of it was recorded or metered, or when one of its meters has no figure for the period."""
    unit = REFERENCE[carrier].unit
    if balance is None or any(flow.carrier is carrier for flow in balance.missing):
        return KpiInput(name, None, unit)
    lines = [line for line in balance.lines if line.carrier is carrier]
    if not lines:
        return KpiInput(name, None, unit)
    total = sum(
        (-1.0 if line.kind is FlowKind.SOLD else 1.0) * convert(line.quantity, line.unit, unit)
        for line in lines
    )
    return KpiInput(name, total, unit, tuple(s for line in lines for s in line.sources))
