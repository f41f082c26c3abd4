"""Monthly report: the PDF and its Excel twin for a site of 200 tags, vs the KPI report alone.

A freshly migrated site of 20 devices × 10 tags (--quick: the same 200 tags, fewer runs) gets a
month of hourly and daily rollups written the way imported history is (`write_rollups`): one
counter per device meters a carrier (electricity, fresh water or steam), the others are
analogue values; a production record per day gives the KPIs their denominator. Timed, median
of the runs:

- report: `desktop_app.services.monthly_report.write_monthly_report` for the month, PDF and
  Excel (gathering every section — which includes the KPI table's 12-month target series —
  rendering, fsync and rename);
- reference: `desktop_app.services.kpis.compute_kpis` for the same month (the figures every
  report starts from).

Goal: report / reference ≤ 60 (the KPI overview alone computes 13 months of KPIs, so ~13× is
the floor; the rest must stay proportionate) and the report under 10 s. Also reported: each
time in seconds, the PDF's size, peak RSS.

    .venv/bin/python -m bench.monthly_report [--quick]
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

import numpy as np
from sqlalchemy import insert, text

from bench.common import Outcome, cpu_seconds, float_tags, insert_configuration, parse_args, report
from desktop_app.services.database import Database, open_database
from desktop_app.services.kpis import compute_kpis
from desktop_app.services.monthly_report import write_monthly_report
from domain.instruments import BusConfig, BusKind, DeviceConfig
from storage.models import ProductionRecord
from storage.records import day_start_ms
from storage.rollup_import import cover_with_horizon, write_rollups
from storage.rollups import DAY, HOUR

GOAL_RATIO = 60.0
GOAL_SECONDS = 10.0
DEVICES, TAGS_PER_DEVICE = 20, 10
FIRST, LAST = date(2025, 10, 1), date(2025, 10, 31)
HOUR_MS = 3_600_000
CARRIERS = (("electricity", "kWh", 400.0), ("fresh_water", "m³", 30.0), ("steam", "t", 2.0))


def configuration() -> list[BusConfig]:
    devices = tuple(
        DeviceConfig(
            id=d,
            bus_id=1,
            name=f"meter{d}",
            unit_id=d,
            tags=float_tags(d, (d - 1) * TAGS_PER_DEVICE + 1, TAGS_PER_DEVICE),
        )
        for d in range(1, DEVICES + 1)
    )
    return [BusConfig(id=1, name="bus", kind=BusKind.MODBUS_TCP, host="x", devices=devices)]


def build_site(data_dir: Path) -> Database:
    database = open_database(data_dir)
    insert_configuration(database.engine, configuration())
    start = day_start_ms(FIRST)
    hours = ((LAST - FIRST).days + 1) * 24
    rng = np.random.default_rng(7)
    hourly: list[tuple[object, ...]] = []
    with database.engine.begin() as connection:
        for device in range(1, DEVICES + 1):
            carrier, unit, per_hour = CARRIERS[device % len(CARRIERS)]
            counter = (device - 1) * TAGS_PER_DEVICE + 1
            connection.execute(
                text("UPDATE tags SET is_counter = 1, carrier = :c, unit = :u WHERE id = :t"),
                {"c": carrier, "u": unit, "t": counter},
            )
            for tag in range(counter, counter + TAGS_PER_DEVICE):
                hourly += _tag_hours(tag, tag == counter, per_hour, start, hours, rng)
        connection.execute(
            insert(ProductionRecord),
            [
                {"day": date.fromordinal(FIRST.toordinal() + day).isoformat(),
                 "category": "production", "item": "", "quantity": 80.0, "unit": "t",
                 "canonical_quantity": 80.0, "source": "bench", "created_by": "bench",
                 "created_ms": 0}
                for day in range((LAST - FIRST).days + 1)
            ],
        )  # fmt: skip
        write_rollups(connection, HOUR, hourly)
        write_rollups(connection, DAY, _days(hourly, start))
        cover_with_horizon(connection, start + hours * HOUR_MS)
    return database


def _tag_hours(
    tag: int, counter: bool, per_hour: float, start: int, hours: int, rng: np.random.Generator
) -> list[tuple[object, ...]]:
    polls = 3600  # one poll a second, as the tags' default interval
    if counter:
        use = per_hour * (0.8 + 0.4 * rng.random(hours))
        totals = 1000.0 + np.concatenate([[0.0], np.cumsum(use)])
        return [
            (tag, start + h * HOUR_MS, totals[h], totals[h + 1], totals[h] * polls, totals[h],
             start + h * HOUR_MS, totals[h + 1], start + (h + 1) * HOUR_MS - 1000, polls, polls,
             float(use[h]), 0)
            for h in range(hours)
        ]  # fmt: skip
    values = 50.0 + 10.0 * rng.standard_normal(hours)
    return [
        (tag, start + h * HOUR_MS, v - 3, v + 3, v * polls, v, start + h * HOUR_MS, v,
         start + (h + 1) * HOUR_MS - 1000, polls, polls, None, 0)
        for h, v in enumerate(values.tolist())
    ]  # fmt: skip


def _days(hourly: list[tuple[object, ...]], start: int) -> list[tuple[object, ...]]:
    days: dict[tuple[int, int], list[tuple[object, ...]]] = {}
    for row in hourly:
        bucket = start + (int(str(row[1])) - start) // (24 * HOUR_MS) * 24 * HOUR_MS
        days.setdefault((int(str(row[0])), bucket), []).append(row)
    rows = []
    for (tag, bucket), part in sorted(days.items()):
        consumption = [float(str(r[11])) for r in part if r[11] is not None]
        rows.append(
            (tag, bucket, min(float(str(r[2])) for r in part), max(float(str(r[3])) for r in part),
             sum(float(str(r[4])) for r in part), part[0][5], part[0][6], part[-1][7],
             part[-1][8], sum(int(str(r[9])) for r in part), sum(int(str(r[10])) for r in part),
             sum(consumption) if consumption else None, 0)
        )  # fmt: skip
    return rows


def timed(function: object, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    args = parse_args(__doc__ or "")
    started_cpu = cpu_seconds()
    runs = 3 if args.quick else 7
    with tempfile.TemporaryDirectory(prefix="qy-bench-report-") as folder:
        base = Path(folder)
        built = time.perf_counter()
        database = build_site(base / "data")
        build_s = time.perf_counter() - built
        pdf, xlsx = base / "month.pdf", base / "month.xlsx"

        def kpis() -> None:
            with database.reading() as session:
                compute_kpis(session, FIRST, LAST)

        reference = timed(kpis, runs)
        report_s = timed(lambda: write_monthly_report(database, FIRST, LAST, pdf, xlsx), runs)
        pdf_kb = pdf.stat().st_size / 1024
        database.close()
    ratio = report_s / reference
    report(
        Outcome(
            name="monthly_report",
            ratio=ratio,
            ratio_label="report / compute_kpis",
            goal=f"≤ {GOAL_RATIO:g} and report ≤ {GOAL_SECONDS:g} s",
            met=ratio <= GOAL_RATIO and report_s <= GOAL_SECONDS,
            figures={
                "tags": DEVICES * TAGS_PER_DEVICE,
                "report_s": report_s,
                "compute_kpis_s": reference,
                "pdf_kb": pdf_kb,
                "site_build_s": build_s,
            },
        ),
        started_cpu,
    )


if __name__ == "__main__":
    main()
