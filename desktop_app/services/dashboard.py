"""Figures for the Overview dashboard: gauges with targets and limits, consumption by energy
carrier in kgce (today, this month, last month, baseline). Computed from rollups off the GUI
thread, about once a minute; live values come from acquisition directly."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from sqlalchemy.orm import Session

from desktop_app.services.configuration import Catalog, TagInfo
from desktop_app.services.data_quality import LOCAL, month_bounds
from desktop_app.services.database import Database
from domain.energy import Carrier, to_kgce
from storage.history import Step, consumption, history

HOUR_MS = 3_600_000
DAY_MS = 86_400_000


@dataclass(frozen=True)
class GaugeSpec:
    tag_name: str
    title_zh: str
    title_en: str
    low: float
    high: float
    target: float | None
    limit: float | None
    better: str
    """"lower" or "higher": which way a change is good news."""


DEMO_GAUGES = (
    GaugeSpec(
        "power_main_active_power", "总有功功率", "Total active power", 0, 1000, 600, 850, "lower"
    ),
    GaugeSpec("stack_so2", "烟气 SO₂", "Stack SO₂", 0, 60, 25, 35, "lower"),
    GaugeSpec("stack_nox", "烟气 NOx", "Stack NOx", 0, 200, 100, 150, "lower"),
    GaugeSpec("wastewater_cod", "废水 COD", "Wastewater COD", 0, 100, 40, 50, "lower"),
)
"""Limits: ultra-low emission SO₂ 35 / NOx 50 mg/m³; COD 50 mg/L (a typical discharge permit);
contracted demand 850 kW. A site sets its own in the KPI work; these show the demo plant."""


@dataclass(frozen=True)
class GaugeFigures:
    spec: GaugeSpec
    tag: TagInfo
    this_hour: float | None
    same_hour_yesterday: float | None

    @property
    def change(self) -> float | None:
        if self.this_hour is None or not self.same_hour_yesterday:
            return None
        return (self.this_hour - self.same_hour_yesterday) / abs(self.same_hour_yesterday)


@dataclass(frozen=True)
class CarrierFigures:
    carrier: Carrier
    unit: str
    today: float
    this_month: float
    last_month: float
    baseline: float | None
    """Average of the three months before last month, in kgce; None without that history."""


@dataclass(frozen=True)
class Dashboard:
    gauges: tuple[GaugeFigures, ...]
    carriers: tuple[CarrierFigures, ...]


def gauge_specs(catalog: Catalog) -> tuple[tuple[GaugeSpec, TagInfo], ...]:
    by_name = {tag.name: tag for tag in catalog.tags}
    return tuple((spec, by_name[spec.tag_name]) for spec in DEMO_GAUGES if spec.tag_name in by_name)


def load_dashboard(database: Database, catalog: Catalog, now_ms: int) -> Dashboard:
    with database.reading() as session:
        gauges = tuple(_gauge(session, spec, tag, now_ms) for spec, tag in gauge_specs(catalog))
        carriers = tuple(
            figures
            for tag in catalog.tags
            if tag.is_counter and tag.carrier
            if (figures := _carrier(session, tag, now_ms)) is not None
        )
    return Dashboard(gauges, carriers)


def _gauge(session: Session, spec: GaugeSpec, tag: TagInfo, now_ms: int) -> GaugeFigures:
    hour = now_ms - now_ms % HOUR_MS
    found = history(session, tag.id, hour - DAY_MS, hour + HOUR_MS, Step.HOUR)
    values = {
        int(t): float(v) for t, v in zip(found.t, found.value, strict=True) if not math.isnan(v)
    }
    return GaugeFigures(spec, tag, values.get(hour), values.get(hour - DAY_MS))


def _carrier(session: Session, tag: TagInfo, now_ms: int) -> CarrierFigures | None:
    carrier = Carrier(tag.carrier)
    local = datetime.fromtimestamp(now_ms / 1000, LOCAL)
    day_start = int(local.replace(hour=0, minute=0, second=0, microsecond=0).timestamp() * 1000)
    month_start, _ = month_bounds(local.year, local.month)
    months = [_month_offset(local.year, local.month, -k) for k in range(1, 5)]

    def used(start: int, end: int) -> float:
        series = consumption(session, tag.id, start, end, Step.HOUR)
        amount = float(np.nansum(series.amount)) if len(series) else 0.0
        return to_kgce(carrier, amount, tag.unit)

    earlier = [used(*month_bounds(y, m)) for y, m in months]
    baseline = earlier[1:]
    return CarrierFigures(
        carrier,
        "kgce",
        used(day_start, now_ms),
        used(month_start, now_ms),
        earlier[0],
        sum(baseline) / len(baseline) if any(baseline) else None,
    )


def _month_offset(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1
