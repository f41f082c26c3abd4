"""The demo plant's records and record feeds: what a plant enters besides its meters.

Daily figures follow the simulated production, so ratios are plausible and move with it:
raw material about 1.08 t per t of output (utilisation improving from ~91 % to ~93 % over the
period), packaging 15 kg/t (recovery improving from 70 % to 82 %), slag and off-cuts 12 kg/t
weekly, a little hazardous waste monthly, diesel for the forklifts monthly (a carrier without a
meter), wastewater generated = discharged + reclaimed. Production, reclaimed water and pollutant
loads come from the meters through record feeds, as a real site would set them up.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from domain.records import Record, RecordCategory

PRODUCT = "一号线合格品"
LINE = "一号线"

FEEDS: tuple[tuple[str, str | None, RecordCategory, str], ...] = (
    ("production_line1_output_total", None, RecordCategory.PRODUCTION, PRODUCT),
    ("water_reclaimed_total", None, RecordCategory.RECLAIMED_WATER, "中水"),
    ("wastewater_cod", "wastewater_flow", RecordCategory.POLLUTANT, "cod"),
    ("wastewater_nh3n", "wastewater_flow", RecordCategory.POLLUTANT, "ammonia_nitrogen"),
    ("stack_so2", "stack_flue_flow", RecordCategory.POLLUTANT, "so2"),
    ("stack_nox", "stack_flue_flow", RecordCategory.POLLUTANT, "nox"),
    ("stack_dust", "stack_flue_flow", RecordCategory.POLLUTANT, "particulates"),
)
"""(tag, flow tag for a load, category, item)."""


@dataclass(frozen=True)
class DailyPlant:
    """Per local day: output (t), wastewater discharged and reclaimed water (m³)."""

    output_t: Mapping[date, float]
    discharged_m3: Mapping[date, float]
    reclaimed_m3: Mapping[date, float]


def daily_plant(series: Mapping[str, np.ndarray], first_day: date, sample_s: int) -> DailyPlant:
    """Integrate the sampled model per day (samples start at `first_day`'s local midnight)."""
    per_day = 86_400 // sample_s
    days = (len(series["production_line1_rate"]) - 1) // per_day
    out: dict[str, dict[date, float]] = {"output": {}, "discharged": {}, "reclaimed": {}}
    keys = {
        "output": "production_line1_rate",
        "discharged": "wastewater_flow",
        "reclaimed": "water_reclaimed_flow",
    }
    for index in range(days):
        day = first_day + timedelta(days=index)
        for name, key in keys.items():
            part = series[key][index * per_day : (index + 1) * per_day + 1]
            out[name][day] = float(np.trapezoid(part) * sample_s / 3600.0)
    return DailyPlant(out["output"], out["discharged"], out["reclaimed"])


def demo_records(plant: DailyPlant, seed: int = 7) -> list[Record]:
    rng = random.Random(seed)
    days = sorted(plant.output_t)
    records: list[Record] = []
    for index, day in enumerate(days):
        progress = index / max(1, len(days) - 1)
        output = plant.output_t[day]
        if output <= 0:
            continue
        utilisation = 0.91 + 0.02 * progress + rng.uniform(-0.006, 0.006)
        records.append(_record(day, RecordCategory.RAW_MATERIAL, "主要原料", output / utilisation))
        packaging = output * rng.uniform(0.014, 0.016)
        records.append(_record(day, RecordCategory.PACKAGING_USED, "包装纸箱", packaging))
        generated = plant.discharged_m3[day] + plant.reclaimed_m3[day]
        records.append(_record(day, RecordCategory.WASTEWATER, "生产废水", generated, "m³"))
    records.extend(_weekly(plant, days, rng))
    records.extend(_monthly(days, rng))
    return records


def _weekly(plant: DailyPlant, days: list[date], rng: random.Random) -> list[Record]:
    records = []
    for index, day in enumerate(days):
        if day.weekday() != 0 or index == 0:
            continue
        week = [plant.output_t[d] for d in days[max(0, index - 7) : index]]
        progress = index / max(1, len(days) - 1)
        output = sum(week)
        slag = output * rng.uniform(0.010, 0.014)
        records.append(_record(day, RecordCategory.SOLID_WASTE, "炉渣及边角料", slag))
        used = output * 0.015
        recovery = 0.70 + 0.12 * progress + rng.uniform(-0.02, 0.02)
        records.append(
            _record(day, RecordCategory.PACKAGING_RECOVERED, "包装纸箱", used * recovery)
        )
    return records


def _monthly(days: list[date], rng: random.Random) -> list[Record]:
    records = []
    for day in days:
        if day.day != 1:
            continue
        oil = rng.uniform(0.05, 0.12)
        records.append(_record(day, RecordCategory.HAZARDOUS_WASTE, "HW08 废矿物油", oil))
        diesel = rng.uniform(900.0, 1300.0)
        records.append(_record(day, RecordCategory.ENERGY_PURCHASED, "diesel", diesel, "kg"))
    return records


def _record(
    day: date, category: RecordCategory, item: str, quantity: float, unit: str = "t"
) -> Record:
    return Record(day, category, item, round(quantity, 3), unit, LINE, "", "示范数据 demo")
