"""The monthly report's figures that no other service computes for a date range: the daily
energy trend, the alarm summary and the data completeness per device.

Each reads the rollups or the alarm table directly with a few grouped queries, so a month of 200
tags costs about as much as the KPI report itself (see `bench/monthly_report.py`). Days are the
site's local days, as the rollups and the records count them.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

import numpy as np
from sqlalchemy import case, func, select, text
from sqlalchemy.orm import Session

from desktop_app.services.configuration import load_bus_configs, load_tag_catalog
from domain.checklist_model import Text
from domain.data_quality import expected_samples
from domain.energy import Carrier, EnergyConvention, EnergyError, to_kgce
from domain.records import ENERGY_CATEGORIES, RecordCategory, canonical_unit
from reports.monthly_model import (
    AlarmLine,
    AlarmsSummary,
    CompletenessLine,
    DailyEnergy,
    TagCount,
)
from storage.history import Step, consumption
from storage.models import AlarmRecord, RecordFeed, Tag
from storage.records import EPOCH, daily_record_totals, day_start_ms
from storage.rollup_arrays import DAY_MS, DEFAULT_DAY_OFFSET_MS

__all__ = ["alarms_summary", "completeness_by_device", "daily_energy"]

TOP_TAGS = 5
LONGEST = 5
PRIORITIES = (1, 2, 3, 4)


def daily_energy(
    session: Session, first: date, last: date, convention: EnergyConvention
) -> tuple[DailyEnergy, ...]:
    """kgce per local day from the same sources as the period's balance: carrier meters, energy
    records (sold subtracted), fresh-water records and energy record feeds. Empty when the
    convention cannot convert a carrier in use (the energy section says why)."""
    totals: dict[date, float] = defaultdict(float)
    try:
        for tag_id, carrier, unit in _metered(session):
            for day, amount in _tag_days(session, tag_id, first, last).items():
                totals[day] += to_kgce(carrier, amount, unit, convention)
        for category in ENERGY_CATEGORIES:
            sign = -1.0 if category is RecordCategory.ENERGY_SOLD else 1.0
            for item in _record_items(session, first, last, category):
                unit = canonical_unit(category, item)
                for day, quantity in daily_record_totals(
                    session, first, last, category.value, item
                ).items():
                    totals[day] += sign * to_kgce(Carrier(item), quantity, unit, convention)
        water = daily_record_totals(session, first, last, RecordCategory.FRESH_WATER.value)
        for day, quantity in water.items():
            totals[day] += to_kgce(Carrier.FRESH_WATER, quantity, "m³", convention)
    except (EnergyError, ValueError):
        return ()
    days = (last - first).days + 1
    return tuple(
        DailyEnergy(day, totals.get(day))
        for day in (first + timedelta(days=i) for i in range(days))
    )


def _metered(session: Session) -> list[tuple[int, Carrier, str]]:
    """Carrier meters and counter feeds of energy records: (tag id, carrier, tag unit)."""
    rows = session.execute(
        select(Tag.id, Tag.carrier, Tag.unit)
        .where(Tag.carrier.is_not(None), Tag.is_counter, Tag.enabled)
        .order_by(Tag.id)
    ).all()
    meters = [(int(r.id), Carrier(str(r.carrier)), str(r.unit)) for r in rows]
    energy = [c.value for c in ENERGY_CATEGORIES]
    feeds = session.execute(
        select(RecordFeed.tag_id, RecordFeed.item, RecordFeed.category, Tag.unit)
        .join(Tag, Tag.id == RecordFeed.tag_id)
        .where(RecordFeed.category.in_(energy), RecordFeed.flow_tag_id.is_(None))
    ).all()
    # Sold energy through a feed is rare; it would need its sign, so only purchases are fed.
    meters += [
        (int(f.tag_id), Carrier(str(f.item)), str(f.unit))
        for f in feeds
        if f.category != RecordCategory.ENERGY_SOLD.value
    ]
    return meters


def _tag_days(session: Session, tag_id: int, first: date, last: date) -> dict[date, float]:
    series = consumption(
        session, tag_id, day_start_ms(first), day_start_ms(last) + DAY_MS, Step.DAY
    )
    known = ~np.isnan(series.amount)
    return {
        EPOCH + timedelta(days=(int(t) + DEFAULT_DAY_OFFSET_MS) // DAY_MS): float(a)
        for t, a in zip(series.t[known], series.amount[known], strict=True)
    }


def _record_items(session: Session, first: date, last: date, category: RecordCategory) -> list[str]:
    rows = session.execute(
        text(
            "SELECT DISTINCT item FROM records WHERE day BETWEEN :a AND :b AND category = :c "
            "ORDER BY item"
        ),
        {"a": first.isoformat(), "b": last.isoformat(), "c": category.value},
    )
    return [str(item) for (item,) in rows]


def alarms_summary(session: Session, start_ms: int, end_ms: int) -> AlarmsSummary:
    """Alarms raised in [start, end): counts per priority, the tags raising most, and the
    longest (an alarm still standing at the end counts until the end)."""
    raised = (AlarmRecord.raised_ts >= start_ms, AlarmRecord.raised_ts < end_ms)
    counts = dict(
        session.execute(
            select(AlarmRecord.priority, func.count()).where(*raised).group_by(AlarmRecord.priority)
        ).all()
    )
    top = session.execute(
        select(AlarmRecord.tag_name, Tag.label, Tag.label_en, func.count().label("n"))
        .outerjoin(Tag, Tag.id == AlarmRecord.tag_id)
        .where(*raised)
        .group_by(AlarmRecord.tag_name, Tag.label, Tag.label_en)
        .order_by(func.count().desc(), AlarmRecord.tag_name)
        .limit(TOP_TAGS)
    ).all()
    ended = case(
        (AlarmRecord.cleared_ts.is_(None), end_ms),
        (AlarmRecord.cleared_ts > end_ms, end_ms),
        else_=AlarmRecord.cleared_ts,
    )
    longest = session.execute(
        select(AlarmRecord, Tag.label, Tag.label_en, (ended - AlarmRecord.raised_ts).label("d"))
        .outerjoin(Tag, Tag.id == AlarmRecord.tag_id)
        .where(*raised)
        .order_by((ended - AlarmRecord.raised_ts).desc(), AlarmRecord.id)
        .limit(LONGEST)
    ).all()
    return AlarmsSummary(
        total=sum(int(n) for n in counts.values()),
        by_priority=tuple((p, int(counts.get(p, 0))) for p in PRIORITIES),
        top_tags=tuple(TagCount(_tag_text(r.tag_name, r.label, r.label_en), int(r.n)) for r in top),
        longest=tuple(
            AlarmLine(
                tag=_tag_text(row.tag_name, label, label_en),
                priority=row.priority,
                raised_ms=row.raised_ts,
                duration_s=max(0, int(duration)) / 1000.0,
                still_active=row.cleared_ts is None or row.cleared_ts > end_ms,
                message=Text(row.message, row.message_en),
            )
            for row, label, label_en, duration in longest
        ),
    )


def _tag_text(name: str, label: str | None, label_en: str | None) -> Text:
    return Text(label or name, label_en or name)


def completeness_by_device(
    session: Session, start_ms: int, end_ms: int
) -> tuple[CompletenessLine, ...]:
    """Valid samples (day rollups) against those the poll interval promises, per device.

    A tag is expected to report only from its first stored hour on: a meter added mid-month is
    not incomplete for the days before it existed.
    """
    intervals = {
        tag.id: tag.poll_interval_s or device.poll_interval_s
        for bus in load_bus_configs(session)
        for device in bus.devices
        for tag in device.tags
    }
    connection = session.connection()
    valid = dict(
        connection.execute(
            text(
                "SELECT tag_id, SUM(valid_count) FROM rollup_1d WHERE bucket >= :a AND bucket < :b "
                "GROUP BY tag_id"
            ),
            {"a": start_ms, "b": end_ms},
        ).all()
    )
    groups: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    labels: dict[int, Text] = {}
    for tag in load_tag_catalog(session):
        if tag.id not in intervals:
            continue
        seen = connection.scalar(
            text("SELECT min(bucket) FROM rollup_1h WHERE tag_id = :t"), {"t": tag.id}
        )
        begin = max(start_ms, int(seen)) if seen is not None else end_ms
        expected = expected_samples(end_ms - begin, intervals[tag.id]) if end_ms > begin else 0
        part = groups[tag.device_id]
        part[0] += 1
        part[1] += expected
        part[2] += min(expected, int(valid.get(tag.id) or 0))
        labels[tag.device_id] = Text(tag.device_label, tag.device_label_en)
    return tuple(
        CompletenessLine(labels[device], tags, expected, valid_count)
        for device, (tags, expected, valid_count) in sorted(groups.items())
    )
