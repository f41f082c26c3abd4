"""Gather a period's totals for the KPIs from records, record feeds and energy meters.

Three sources, one rule each:
- records: summed per category and item in their canonical unit;
- record feeds: a counter tag's daily consumption (or concentration × flow for a pollutant load)
  counts like a record of its category;
- energy: every enabled counter with a carrier is a site-boundary purchase meter; energy records
  add carriers that have no meter (and sold or self-produced energy). Fresh water is both a KPI
  input and, under GB/T 2589, an energy-consuming working medium, so it appears in both.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from domain.energy import Carrier, EnergyConvention, EnergyError
from domain.energy_balance import EnergyBalance, EnergyFlow, FlowKind, energy_balance
from domain.kpis import Amount, PeriodTotals
from domain.records import (
    ENERGY_CATEGORIES,
    POLLUTANTS,
    Record,
    RecordCategory,
    canonical_quantity,
    canonical_unit,
)
from storage.models import RecordFeed, Tag
from storage.records import pollutant_load_kg, record_sums, tag_consumption

_KINDS = {
    RecordCategory.ENERGY_PURCHASED: FlowKind.PURCHASED,
    RecordCategory.ENERGY_PRODUCED: FlowKind.PRODUCED,
    RecordCategory.ENERGY_SOLD: FlowKind.SOLD,
}


@dataclass
class _Sum:
    value: float | None = None
    sources: list[str] = field(default_factory=list)

    def add(self, value: float | None, source: str) -> None:
        if value is None:
            return
        self.value = (self.value or 0.0) + value
        self.sources.append(source)


@dataclass(frozen=True)
class GatheredTotals:
    totals: PeriodTotals
    pollutants: tuple[str, ...]
    energy_error: str
    """Why energy could not be converted (e.g. natural_gas_choice_missing); "" when it could."""


def gather_totals(
    session: Session, first: date, last: date, convention: EnergyConvention
) -> GatheredTotals:
    sums: dict[tuple[str, str], _Sum] = defaultdict(_Sum)
    for s in record_sums(session, first, last):
        noun = "record" if s.records == 1 else "records"
        sums[(s.category, s.item)].add(s.canonical_quantity, f"{s.records} {noun}")
    _add_feeds(session, first, last, sums)
    flows = _energy_flows(session, first, last, sums)
    balance, error = _balance(flows, convention)
    pollutants = tuple(
        sorted(
            {item for (cat, item) in sums if cat == RecordCategory.POLLUTANT and item in POLLUTANTS}
        )
    )
    totals = PeriodTotals(
        production=_amount(sums, RecordCategory.PRODUCTION),
        raw_material=_amount(sums, RecordCategory.RAW_MATERIAL),
        fresh_water=_amount(sums, RecordCategory.FRESH_WATER),
        reclaimed_water=_amount(sums, RecordCategory.RECLAIMED_WATER),
        wastewater=_amount(sums, RecordCategory.WASTEWATER),
        solid_waste=_amount(sums, RecordCategory.SOLID_WASTE),
        hazardous_waste=_amount(sums, RecordCategory.HAZARDOUS_WASTE),
        packaging_used=_amount(sums, RecordCategory.PACKAGING_USED),
        packaging_recovered=_amount(sums, RecordCategory.PACKAGING_RECOVERED),
        energy=balance,
        pollutants={p: _amount(sums, RecordCategory.POLLUTANT, p) for p in pollutants},
    )
    return GatheredTotals(totals, pollutants, error)


def _add_feeds(
    session: Session, first: date, last: date, sums: dict[tuple[str, str], _Sum]
) -> None:
    tags = {t.id: t for t in session.scalars(select(Tag))}
    for feed in session.scalars(select(RecordFeed).order_by(RecordFeed.id)):
        tag = tags[feed.tag_id]
        category = RecordCategory(feed.category)
        if feed.flow_tag_id is not None:
            load = pollutant_load_kg(session, feed.tag_id, feed.flow_tag_id, first, last)
            flow = tags[feed.flow_tag_id]
            sums[(feed.category, feed.item)].add(load, f"tag:{tag.name}×{flow.name}")
            continue
        amount = tag_consumption(session, feed.tag_id, first, last)
        if amount is not None:
            record = Record(first, category, feed.item, amount, tag.unit)
            amount = canonical_quantity(record)
        sums[(feed.category, feed.item)].add(amount, f"tag:{tag.name}")


def _energy_flows(
    session: Session, first: date, last: date, sums: dict[tuple[str, str], _Sum]
) -> list[EnergyFlow]:
    flows: list[EnergyFlow] = []
    for (category, item), total in sorted(sums.items()):
        if category in {c.value for c in ENERGY_CATEGORIES}:
            kind = _KINDS[RecordCategory(category)]
            unit = canonical_unit(RecordCategory(category), item)
            flows.append(
                EnergyFlow(Carrier(item), kind, total.value, unit, "; ".join(total.sources))
            )
    fresh = sums[(RecordCategory.FRESH_WATER.value, "")]
    meters = session.scalars(
        select(Tag).where(Tag.carrier.is_not(None), Tag.is_counter, Tag.enabled).order_by(Tag.id)
    )
    for tag in meters:
        carrier = Carrier(str(tag.carrier))
        amount = tag_consumption(session, tag.id, first, last)
        if carrier is Carrier.FRESH_WATER:
            fresh.add(amount, f"tag:{tag.name}")
            continue
        flows.append(EnergyFlow(carrier, FlowKind.PURCHASED, amount, tag.unit, f"tag:{tag.name}"))
    water = _fresh_water_total(sums)
    if water.value is not None:
        flows.append(
            EnergyFlow(
                Carrier.FRESH_WATER, FlowKind.PURCHASED, water.value, "m³", "; ".join(water.sources)
            )
        )
    return flows


def _fresh_water_total(sums: dict[tuple[str, str], _Sum]) -> _Sum:
    """Fresh-water records of any item plus fresh-water meters, merged under item ""."""
    total = _Sum()
    for (category, item), part in list(sums.items()):
        if category == RecordCategory.FRESH_WATER.value:
            total.add(part.value, "; ".join(part.sources) if part.sources else "")
            if item:
                del sums[(category, item)]
    total.sources = [s for s in total.sources if s]
    sums[(RecordCategory.FRESH_WATER.value, "")] = total
    return total


def _balance(
    flows: list[EnergyFlow], convention: EnergyConvention
) -> tuple[EnergyBalance | None, str]:
    if not flows:
        return None, ""
    try:
        return energy_balance(flows, convention), ""
    except EnergyError as error:
        return None, error.code


def _amount(
    sums: dict[tuple[str, str], _Sum], category: RecordCategory, item: str | None = None
) -> Amount:
    unit = canonical_unit(category, "") if category not in ENERGY_CATEGORIES else ""
    value: float | None = None
    sources: list[str] = []
    for (cat, it), part in sums.items():
        if cat != category.value or (item is not None and it != item):
            continue
        if part.value is not None:
            value = (value or 0.0) + part.value
            sources.extend(part.sources)
    return Amount(value, unit, tuple(sources))
