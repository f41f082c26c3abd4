"""Period sums of records and of the tags that feed records or meter energy.

Days are local calendar days of the site; day rollups already start at local midnight
(`DEFAULT_DAY_OFFSET_MS`), so a tag's daily consumption and a record's day line up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
from sqlalchemy import text
from sqlalchemy.orm import Session

from domain.units import convert
from storage.history import Step, consumption, history
from storage.rollup_arrays import DAY_MS, DEFAULT_DAY_OFFSET_MS

EPOCH = date(1970, 1, 1)
HOUR_MS = 3_600_000


def day_start_ms(day: date, day_offset_ms: int = DEFAULT_DAY_OFFSET_MS) -> int:
    """UTC ms of the site's local midnight starting `day`."""
    return (day - EPOCH).days * DAY_MS - day_offset_ms


@dataclass(frozen=True)
class RecordSum:
    category: str
    item: str
    canonical_quantity: float
    records: int
    record_ids: tuple[int, ...]


def record_sums(session: Session, first: date, last: date) -> list[RecordSum]:
    """Σ canonical quantity per (category, item) over the days [first, last]."""
    rows = session.execute(
        text(
            "SELECT category, item, SUM(canonical_quantity), COUNT(*), GROUP_CONCAT(id) "
            "FROM records WHERE day BETWEEN :first AND :last GROUP BY category, item "
            "ORDER BY category, item"
        ),
        {"first": first.isoformat(), "last": last.isoformat()},
    )
    return [
        RecordSum(
            category,
            item,
            float(total),
            int(count),
            tuple(sorted(int(i) for i in str(ids).split(","))) if ids else (),
        )
        for category, item, total, count, ids in rows
    ]


def daily_record_totals(
    session: Session, first: date, last: date, category: str, item: str | None = None
) -> dict[date, float]:
    where = "day BETWEEN :first AND :last AND category = :category"
    params: dict[str, object] = {
        "first": first.isoformat(),
        "last": last.isoformat(),
        "category": category,
    }
    if item is not None:
        where += " AND item = :item"
        params["item"] = item
    rows = session.execute(
        text(f"SELECT day, SUM(canonical_quantity) FROM records WHERE {where} GROUP BY day"),
        params,
    )
    return {date.fromisoformat(day): float(total) for day, total in rows}


def tag_consumption(session: Session, tag_id: int, first: date, last: date) -> float | None:
    """A counter's consumption over the days [first, last]; None when no day has any."""
    series = consumption(
        session,
        tag_id,
        day_start_ms(first),
        day_start_ms(last) + DAY_MS,
        Step.DAY,
    )
    known = series.amount[~np.isnan(series.amount)]
    return float(known.sum()) if known.size else None


def pollutant_load_kg(
    session: Session, concentration_tag: int, flow_tag: int, first: date, last: date
) -> float | None:
    """Σ hourly mean concentration × hourly mean flow × 1 h, in kg.

    The tags' units decide the scale: mg/L × m³/h × 1 h is grams (a wastewater outfall), mg/m³ ×
    m³/h × 1 h is milligrams (a stack). Hours where either analyzer has no valid mean are left
    out, as the monitoring rules do; None when none is left.
    """
    factor = _load_factor(session, concentration_tag, flow_tag)
    start, end = day_start_ms(first), day_start_ms(last) + DAY_MS
    c = history(session, concentration_tag, start, end, Step.HOUR)
    q = history(session, flow_tag, start, end, Step.HOUR)
    common, ci, qi = np.intersect1d(c.t, q.t, return_indices=True)
    if not common.size:
        return None
    product = c.value[ci] * q.value[qi]
    valid = product[np.isfinite(product)]
    return float(valid.sum()) * factor if valid.size else None


def _load_factor(session: Session, concentration_tag: int, flow_tag: int) -> float:
    """kg per (concentration unit × flow unit × 1 h); raises UnitError for unusable units."""
    units: dict[int, str] = dict(
        session.execute(
            text("SELECT id, unit FROM tags WHERE id IN (:c, :q)"),
            {"c": concentration_tag, "q": flow_tag},
        ).all()
    )
    per_m3 = convert(1.0, units[concentration_tag], "kg/m³")
    m3_per_hour = convert(1.0, units[flow_tag], "m³/h")
    return per_m3 * m3_per_hour
