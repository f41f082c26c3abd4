"""A site's record feeds at head office: what each feed books for a period, as the site does.

The site's `kpi_totals` counts a feed like a record of its category: a counter tag's
consumption over the days, converted from the tag's unit to the category's canonical unit; or,
with a flow tag, a pollutant load Σ hourly mean concentration × hourly mean flow × 1 h in kg
(`storage.records.pollutant_load_kg`). Here the same figures come from the site's imported hour
rollups (`consumption`; the mean is `sum / valid_count`, hours without a valid mean of either
tag left out). A feed whose units cannot be converted, or whose tag head office does not have,
books nothing (the site would stop with an error; head office still compares the other sites).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from domain.records import Record, RecordCategory, canonical_quantity
from domain.units import UnitError, convert
from storage.hq.models import HqRecordFeed, HqRollupHour, HqTag
from storage.records import day_start_ms
from storage.rollup_arrays import DAY_MS


@dataclass(frozen=True)
class FeedAmount:
    category: str
    item: str
    value: float | None
    """In the category's canonical unit (pollutants: kg); None when the period has no data."""
    source: str
    """As the site names it: `tag:NAME`, or `tag:NAME×FLOW` for a load."""


def feed_amounts(session: Session, site_id: str, first: date, last: date) -> list[FeedAmount]:
    """What every feed of the site books over the days [first, last], by tag name."""
    start, end = day_start_ms(first), day_start_ms(last) + DAY_MS
    tags = session.execute(select(HqTag.name, HqTag.unit).where(HqTag.site_id == site_id))
    units = {str(name): str(unit) for name, unit in tags}
    feeds = session.scalars(
        select(HqRecordFeed)
        .where(HqRecordFeed.site_id == site_id)
        .order_by(HqRecordFeed.tag, HqRecordFeed.flow_tag, HqRecordFeed.category, HqRecordFeed.item)
    )
    out: list[FeedAmount] = []
    for feed in feeds:
        if feed.flow_tag:
            value = _load_kg(session, site_id, feed, units, (start, end))
            source = f"tag:{feed.tag}×{feed.flow_tag}"
        else:
            value = _counter(session, site_id, feed, units.get(feed.tag), first, (start, end))
            source = f"tag:{feed.tag}"
        out.append(FeedAmount(feed.category, feed.item, value, source))
    return out


def _counter(
    session: Session,
    site_id: str,
    feed: HqRecordFeed,
    unit: str | None,
    first: date,
    span: tuple[int, int],
) -> float | None:
    amount = session.scalar(
        select(func.sum(HqRollupHour.consumption)).where(
            HqRollupHour.site_id == site_id,
            HqRollupHour.tag == feed.tag,
            HqRollupHour.bucket >= span[0],
            HqRollupHour.bucket < span[1],
        )
    )
    if amount is None or unit is None:
        return None
    record = Record(first, RecordCategory(feed.category), feed.item, float(amount), unit)
    try:
        return canonical_quantity(record)
    except UnitError:
        return None


def _load_kg(
    session: Session,
    site_id: str,
    feed: HqRecordFeed,
    units: dict[str, str],
    span: tuple[int, int],
) -> float | None:
    if feed.tag not in units or feed.flow_tag not in units:
        return None
    try:
        factor = convert(1.0, units[feed.tag], "kg/m³") * convert(1.0, units[feed.flow_tag], "m³/h")
    except UnitError:
        return None
    concentration = _hourly_means(session, site_id, feed.tag, span)
    flow = _hourly_means(session, site_id, feed.flow_tag, span)
    products = [c * flow[hour] for hour, c in concentration.items() if hour in flow]
    return sum(products) * factor if products else None


def _hourly_means(
    session: Session, site_id: str, tag: str, span: tuple[int, int]
) -> dict[int, float]:
    """bucket → mean of the valid readings, for the hours that have one."""
    rows = session.execute(
        select(HqRollupHour.bucket, HqRollupHour.sum, HqRollupHour.valid_count)
        .where(
            HqRollupHour.site_id == site_id,
            HqRollupHour.tag == tag,
            HqRollupHour.bucket >= span[0],
            HqRollupHour.bucket < span[1],
        )
        .order_by(HqRollupHour.bucket)
    )
    return {
        int(bucket): float(total) / int(count)
        for bucket, total, count in rows
        if total is not None and count
    }
