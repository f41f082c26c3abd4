"""A site's period totals at head office, from its imported records, feeds, meters and conventions.

The same rules as the site's own `kpi_totals`: records summed per category and item in their
canonical unit; record feeds (a production counter, reclaimed water, pollutant loads) count
like records of their category (`hq_feeds`); every enabled counter tag with an energy carrier
is a site-boundary meter whose consumption (here: the imported hour rollups' `consumption`) is
a purchase; fresh water from records, feeds and meters is both a KPI input and a GB/T 2589
working medium. Feeds travel from bundle format 2 on: a site whose bundles are all version 1
has only the production it entered as records (docs/hq.md).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.services.hq_feeds import feed_amounts
from domain.energy import Carrier, ElectricityBasis, EnergyConvention, EnergyError
from domain.energy_balance import EnergyFlow, FlowKind, energy_balance
from domain.kpis import Amount, PeriodTotals
from domain.records import ENERGY_CATEGORIES, POLLUTANTS, RecordCategory, canonical_unit
from storage.hq.models import HqConvention, HqRecord, HqRollupHour, HqTag
from storage.records import day_start_ms
from storage.rollup_arrays import DAY_MS

_KINDS = {
    RecordCategory.ENERGY_PURCHASED.value: FlowKind.PURCHASED,
    RecordCategory.ENERGY_PRODUCED.value: FlowKind.PRODUCED,
    RecordCategory.ENERGY_SOLD.value: FlowKind.SOLD,
}


@dataclass
class _Sum:
    """A (category, item) total: None until a known value is added, like the site's."""

    value: float | None = None
    sources: list[str] = field(default_factory=list)

    def add(self, value: float | None, source: str) -> None:
        if value is not None:
            self.value = (self.value or 0.0) + value
            self.sources.append(source)


Sums = dict[tuple[str, str], _Sum]


def site_convention(session: Session, site_id: str, year: int) -> EnergyConvention:
    row = session.get(HqConvention, (site_id, year))
    if row is None:
        return EnergyConvention(year=year)
    return EnergyConvention(
        year=row.year,
        electricity_basis=ElectricityBasis(row.electricity_basis),
        equal_value_kgce_per_kwh=row.equal_value_kgce_per_kwh,
        natural_gas_kgce_per_m3=row.natural_gas_kgce_per_m3,
        overrides={Carrier(k): float(v) for k, v in json.loads(row.overrides or "{}").items()},
    )


def site_totals(
    session: Session, site_id: str, first: date, last: date
) -> tuple[PeriodTotals, tuple[str, ...], str]:
    """(totals, pollutants, energy error code or "") for the days [first, last]."""
    sums: Sums = defaultdict(_Sum)
    query = (
        select(HqRecord.category, HqRecord.item, func.sum(HqRecord.canonical_quantity))
        .where(
            HqRecord.site_id == site_id,
            HqRecord.day >= first.isoformat(),
            HqRecord.day <= last.isoformat(),
        )
        .group_by(HqRecord.category, HqRecord.item)
    )
    for category, item, total in session.execute(query):
        sums[(str(category), str(item))].add(float(total), f"records:{item}")
    for feed in feed_amounts(session, site_id, first, last):
        sums[(feed.category, feed.item)].add(feed.value, feed.source)
    flows, fresh_water = _energy_flows(session, site_id, first, last, sums)
    error = ""
    balance = None
    if flows:
        try:
            balance = energy_balance(flows, site_convention(session, site_id, first.year))
        except EnergyError as problem:
            error = problem.code
    pollutants = tuple(
        sorted({i for (c, i) in sums if c == RecordCategory.POLLUTANT and i in POLLUTANTS})
    )
    totals = PeriodTotals(
        production=_amount(sums, RecordCategory.PRODUCTION),
        raw_material=_amount(sums, RecordCategory.RAW_MATERIAL),
        fresh_water=fresh_water,
        reclaimed_water=_amount(sums, RecordCategory.RECLAIMED_WATER),
        wastewater=_amount(sums, RecordCategory.WASTEWATER),
        solid_waste=_amount(sums, RecordCategory.SOLID_WASTE),
        hazardous_waste=_amount(sums, RecordCategory.HAZARDOUS_WASTE),
        packaging_used=_amount(sums, RecordCategory.PACKAGING_USED),
        packaging_recovered=_amount(sums, RecordCategory.PACKAGING_RECOVERED),
        energy=balance,
        pollutants={p: _amount(sums, RecordCategory.POLLUTANT, p) for p in pollutants},
    )
    return totals, pollutants, error


def _energy_flows(
    session: Session, site_id: str, first: date, last: date, sums: Sums
) -> tuple[list[EnergyFlow], Amount]:
    flows = [
        EnergyFlow(
            Carrier(item),
            _KINDS[category],
            total.value,
            canonical_unit(RecordCategory(category), item),
            "; ".join(total.sources),
        )
        for (category, item), total in sorted(sums.items())
        if category in {c.value for c in ENERGY_CATEGORIES}
    ]
    water = _amount(sums, RecordCategory.FRESH_WATER)
    water_value, sources = water.value, list(water.sources)
    start, end = day_start_ms(first), day_start_ms(last) + DAY_MS
    meters = session.scalars(
        select(HqTag)
        .where(
            HqTag.site_id == site_id, HqTag.carrier.is_not(None), HqTag.is_counter, HqTag.enabled
        )
        .order_by(HqTag.name)
    )
    for tag in meters:
        amount = session.scalar(
            select(func.sum(HqRollupHour.consumption)).where(
                HqRollupHour.site_id == site_id,
                HqRollupHour.tag == tag.name,
                HqRollupHour.bucket >= start,
                HqRollupHour.bucket < end,
            )
        )
        quantity = None if amount is None else float(amount)
        carrier = Carrier(str(tag.carrier))
        if carrier is Carrier.FRESH_WATER:
            if quantity is not None:
                water_value = (water_value or 0.0) + quantity
                sources.append(f"tag:{tag.name}")
            continue
        flows.append(EnergyFlow(carrier, FlowKind.PURCHASED, quantity, tag.unit, f"tag:{tag.name}"))
    if water_value is not None:
        flows.append(
            EnergyFlow(Carrier.FRESH_WATER, FlowKind.PURCHASED, water_value, "m³", "fresh water")
        )
    return flows, Amount(water_value, "m³", tuple(sources))


def _amount(sums: Sums, category: RecordCategory, item: str | None = None) -> Amount:
    """The known parts of the category (or of one item), in the category's canonical unit."""
    value: float | None = None
    sources: list[str] = []
    for (cat, it), part in sums.items():
        if cat == category.value and (item is None or it == item) and part.value is not None:
            value = (value or 0.0) + part.value
            sources.extend(part.sources)
    return Amount(value, canonical_unit(category, ""), tuple(sources))
