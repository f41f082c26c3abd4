"""Synthesise the demo plant's past as hour and day rollups, from the simulator's own model.

Months of 1-second readings would take minutes to write and gigabytes to keep, so the past is
written the way a site's history looks once raw readings have aged out: hourly and daily
rollups, with the counts a 1-second poll would have produced. Values come from the same
`DemoPlantModel` the live simulator serves, sampled every 15 minutes; counters integrate their
rates (rate × time = Δtotal) and end exactly where live acquisition takes over, so the
consumption charts show no step where history meets the present.

One deliberate flaw, because a demo of data-quality tools needs one: the wastewater analyzer
loses communication for six hours on one day.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from drivers.simulators.demo_plant import COUNTER_RATE_KEYS, DemoPlantModel

SAMPLE_S = 900
SAMPLES_PER_HOUR = 3600 // SAMPLE_S
HOUR_MS = 3_600_000
OUTAGE_TAGS = ("wastewater_cod", "wastewater_nh3n", "wastewater_ph", "wastewater_flow")
OUTAGE_DAYS_AGO = 41
OUTAGE_HOURS = range(9, 15)

RollupRow = tuple[object, ...]
"""(tag, bucket, min, max, sum, first, first_ts, last, last_ts, count, valid, consumption, flags):
the rollup tables' column order."""


@dataclass(frozen=True)
class DemoTagRef:
    tag_id: int
    key: str
    is_counter: bool
    poll_interval_s: float


def sample_model(
    start_s: int, hours: int, end_totals: Mapping[str, float], seed: int = 1
) -> dict[str, np.ndarray]:
    """Every model key sampled every 15 min over `hours` + the closing sample.

    Counters are integrated from their rates and shifted so the final sample equals
    `end_totals` (or the model's own starting totals for counters not given).
    """
    model = DemoPlantModel(seed)
    times = start_s + np.arange(hours * SAMPLES_PER_HOUR + 1) * SAMPLE_S
    series: dict[str, np.ndarray] = {}
    for index, t in enumerate(times):  # arrays filled in place: a year is 35,000 states
        for key, value in model.state_at(float(t)).items():
            column = series.get(key)
            if column is None:
                column = series[key] = np.full(len(times), np.nan)
            column[index] = value
    totals = {**model.starting_totals(), **end_totals}
    for counter, rate_key in COUNTER_RATE_KEYS.items():
        if counter not in series:
            continue
        if rate_key is None:
            series[counter] = np.full(len(times), totals[counter])
            continue
        rate = series[rate_key]
        steps = 0.5 * (rate[1:] + rate[:-1]) * SAMPLE_S / 3600.0
        cumulative = np.concatenate([[0.0], np.cumsum(np.maximum(steps, 0.0))])
        series[counter] = totals[counter] - (cumulative[-1] - cumulative)
    return series


def hour_rows(
    tags: list[DemoTagRef], series: Mapping[str, np.ndarray], start_ms: int, hours: int
) -> list[RollupRow]:
    rows: list[RollupRow] = []
    outage = _outage_hours(hours)
    for tag in tags:
        values = series.get(tag.key)
        if values is None:
            continue
        polls = int(3600 / tag.poll_interval_s)
        for hour in range(hours):
            bucket = start_ms + hour * HOUR_MS
            if tag.key in OUTAGE_TAGS and hour in outage:
                rows.append((tag.tag_id, bucket, *_empty(bucket), polls, 0, None, 0))
                continue
            rows.append(_hour_row(tag, values, hour, bucket, polls))
    return rows


def day_rows(hours: list[RollupRow], day_start_ms: int) -> list[RollupRow]:
    """Days aggregated from the hours (local days: `day_start_ms` is a local midnight)."""
    grouped: dict[tuple[int, int], list[RollupRow]] = {}
    for row in hours:
        day = day_start_ms + ((row[1] - day_start_ms) // (24 * HOUR_MS)) * 24 * HOUR_MS
        grouped.setdefault((row[0], day), []).append(row)
    return [_day_row(tag, day, parts) for (tag, day), parts in sorted(grouped.items())]


def _hour_row(tag: DemoTagRef, values: np.ndarray, hour: int, bucket: int, polls: int) -> RollupRow:
    part = values[hour * SAMPLES_PER_HOUR : (hour + 1) * SAMPLES_PER_HOUR + 1]
    inner = part[:-1]
    last_ts = bucket + HOUR_MS - int(tag.poll_interval_s * 1000)
    consumption = float(part[-1] - part[0]) if tag.is_counter else None
    last = float(part[-1]) if tag.is_counter else float(inner[-1])
    return (
        tag.tag_id,
        bucket,
        float(inner.min()),
        float(max(inner.max(), last)),
        float(inner.mean() * polls),
        float(inner[0]),
        bucket,
        last,
        last_ts,
        polls,
        polls,
        consumption,
        0,
    )


def _day_row(tag: int, day: int, parts: list[RollupRow]) -> RollupRow:
    valid = [p for p in parts if int(p[10]) > 0]  # type: ignore[call-overload]
    consumption = [float(p[11]) for p in parts if p[11] is not None]  # type: ignore[arg-type]
    if not valid:
        count = sum(int(p[9]) for p in parts)  # type: ignore[call-overload]
        return (tag, day, *_empty(day), count, 0, None, 0)
    return (
        tag,
        day,
        min(p[2] for p in valid),
        max(p[3] for p in valid),
        sum(p[4] for p in valid),
        valid[0][5],
        valid[0][6],
        valid[-1][7],
        valid[-1][8],
        sum(p[9] for p in parts),
        sum(p[10] for p in parts),
        sum(consumption) if consumption else None,
        0,
    )


def _empty(bucket: int) -> tuple[object, ...]:
    """min, max, sum, first, first_ts, last, last_ts of a bucket without a valid reading."""
    return (None, None, None, None, bucket, None, bucket)


def _outage_hours(hours: int) -> set[int]:
    """Hour indexes of the wastewater analyzer's outage, counted back from the end."""
    day_index = hours // 24 - OUTAGE_DAYS_AGO
    if day_index < 0:
        return set()
    return {day_index * 24 + h for h in OUTAGE_HOURS}
