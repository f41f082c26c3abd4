"""`qingyuan history TAG --from T1 --to T2`: a tag's history as the Trends page reads it.

Raw readings or minute/hour/day rollups (`--step`, `auto` by default: the coarsest resolution
that still gives `--pixels` points), or a counter's consumption (`--consumption`). Times are ISO
8601, local unless they carry a zone; printed times carry the zone of `--from`. Missing data
stays missing: a bucket without readings is not printed, one without valid readings has null
statistics.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from datetime import datetime, tzinfo
from typing import Any

from sqlalchemy import select

from desktop_app.services.database import open_database
from domain.consumption import flag_names
from storage.data_dir import resolve_data_dir
from storage.history import DEFAULT_PIXELS, Step, consumption, history
from storage.models import Tag


def parse_time(text: str) -> datetime:
    """ISO 8601 date or date-time; without a zone it is this computer's local time."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 time: {text!r}") from error
    return moment if moment.tzinfo is not None else moment.astimezone()


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "history",
        help="print a tag's history: raw readings, rollups or consumption",
        description="Print a tag's values (or a counter's consumption) between two times.",
    )
    parser.add_argument("tag", help="tag name, as in the configuration")
    parser.add_argument(
        "--from",
        dest="start",
        required=True,
        type=parse_time,
        help="start, ISO 8601: 2026-01-05, 2026-01-05T08:00, 2026-01-05T00:00Z (local by default)",
    )
    parser.add_argument("--to", dest="end", required=True, type=parse_time, help="end (excluded)")
    parser.add_argument(
        "--step",
        choices=[s.value for s in Step],
        default=Step.AUTO.value,
        help="raw readings, 1min/1h/1d rollups, or auto (default): the coarsest that fills "
        "--pixels points",
    )
    parser.add_argument(
        "--pixels",
        type=int,
        default=DEFAULT_PIXELS,
        help=f"points wanted for --step auto (default {DEFAULT_PIXELS})",
    )
    parser.add_argument(
        "--consumption", action="store_true", help="a counter's consumption instead of values"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def run(args: argparse.Namespace) -> int:
    start_ms, end_ms = _ms(args.start), _ms(args.end)
    if end_ms <= start_ms:
        print("qingyuan: --to must be later than --from", file=sys.stderr)
        return 2
    zone = args.start.tzinfo
    database = open_database(resolve_data_dir(args.data_dir))
    try:
        with database.reading() as session:
            tag = session.scalar(select(Tag).where(Tag.name == args.tag))
            if tag is None:
                print(f"qingyuan: no tag named {args.tag!r}", file=sys.stderr)
                return 2
            if args.consumption and not tag.is_counter:
                print(f"qingyuan: {args.tag!r} is not a counter", file=sys.stderr)
                return 2
            if args.consumption:
                series = consumption(
                    session, tag.id, start_ms, end_ms, args.step, pixels=args.pixels
                )
                step = series.step
                points = _consumption_points(series, zone)
            else:
                values = history(session, tag.id, start_ms, end_ms, args.step, pixels=args.pixels)
                step = values.step
                points = _history_points(values, zone)
            name, unit = tag.name, tag.unit
    finally:
        database.close()
    result = {"tag": name, "unit": unit, "step": step.value, "points": points}
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        _print_table(result, consumption=args.consumption)
    return 0


def _ms(moment: datetime) -> int:
    return round(moment.timestamp() * 1000)


def _iso(ms: int, zone: tzinfo | None) -> str:
    moment = datetime.fromtimestamp(ms / 1000, tz=zone)
    return moment.isoformat(timespec="milliseconds" if ms % 1000 else "seconds")


def _number(value: float) -> float | None:
    return None if math.isnan(value) else value


def _history_points(values: Any, zone: tzinfo | None) -> list[dict[str, Any]]:
    raw = values.step is Step.RAW
    fraction = values.valid_fraction
    return [
        {
            "t": _iso(t, zone),
            "value": _number(v),
            "min": _number(lo),
            "max": _number(hi),
            "count": n,
            "valid_count": valid,
            "quality": q if raw else round(f, 4),
            "flags": flag_names(flags),
        }
        for t, v, lo, hi, n, valid, q, f, flags in zip(
            values.t.tolist(),
            values.value.tolist(),
            values.min.tolist(),
            values.max.tolist(),
            values.count.tolist(),
            values.valid_count.tolist(),
            values.quality.tolist(),
            fraction.tolist(),
            values.flags.tolist(),
            strict=True,
        )
    ]


def _consumption_points(series: Any, zone: tzinfo | None) -> list[dict[str, Any]]:
    return [
        {"t": _iso(t, zone), "value": _number(amount), "flags": flag_names(flags)}
        for t, amount, flags in zip(
            series.t.tolist(), series.amount.tolist(), series.flags.tolist(), strict=True
        )
    ]


def _print_table(result: dict[str, Any], *, consumption: bool) -> None:
    unit = f" [{result['unit']}]" if result["unit"] else ""
    print(f"{result['tag']}{unit}  step {result['step']}  {len(result['points'])} points")
    for point in result["points"]:
        flags = ",".join(point["flags"])
        if consumption:
            print(f"{point['t']:<30} {_text(point['value']):>14} {flags}")
            continue
        quality = point["quality"]
        print(
            f"{point['t']:<30} {_text(point['value']):>14} {_text(point['min']):>14} "
            f"{_text(point['max']):>14} {point['valid_count']:>6}/{point['count']:<6} "
            f"{quality} {flags}"
        )


def _text(value: float | None) -> str:
    return "—" if value is None else f"{value:.6g}"
