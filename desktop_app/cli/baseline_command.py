"""`qingyuan baseline`: the energy baseline (ISO 50006) headless, with the figures of the KPI
page's baseline tab — the model and its quality, every reporting period with actual, expected
and CUSUM, the savings, and each period left out with its reason.

Without --baseline-from/--baseline-to the baseline is the tab's default: the 12 months before
the reporting period, or from the first day with data.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from sqlalchemy import select

from desktop_app.services.database import open_database
from desktop_app.services.energy_baseline import (
    GRANULARITIES,
    BaselineAnalysis,
    EnergyPoint,
    baseline_analysis,
    default_baseline,
)
from desktop_app.services.errors import ConfigurationError
from storage.data_dir import resolve_data_dir
from storage.models import Tag


def add_parser(sub: Any) -> None:
    baseline = sub.add_parser(
        "baseline",
        help="energy baseline (ISO 50006): energy against production, savings and CUSUM",
    )
    baseline.add_argument("--baseline-from", dest="baseline_first", type=date.fromisoformat)
    baseline.add_argument("--baseline-to", dest="baseline_last", type=date.fromisoformat)
    baseline.add_argument("--from", dest="first", required=True, type=date.fromisoformat)
    baseline.add_argument("--to", dest="last", required=True, type=date.fromisoformat)
    baseline.add_argument("--granularity", choices=GRANULARITIES, default="week")
    baseline.add_argument(
        "--temperature-tag", help="name of a °C tag: add heating degree-days (base 18 °C)"
    )
    baseline.add_argument("--json", action="store_true", help="print one JSON object")


def run(args: argparse.Namespace) -> int:
    if (args.baseline_first is None) != (args.baseline_last is None):
        print("qingyuan: give both --baseline-from and --baseline-to, or neither", file=sys.stderr)
        return 2
    database = open_database(resolve_data_dir(args.data_dir))
    try:
        with database.reading() as session:
            tag_id = None
            if args.temperature_tag:
                tag_id = session.scalar(select(Tag.id).where(Tag.name == args.temperature_tag))
                if tag_id is None:
                    print(
                        f"qingyuan: baseline: unknown_tag {args.temperature_tag}", file=sys.stderr
                    )
                    return 2
            baseline = (args.baseline_first, args.baseline_last)
            if args.baseline_first is None:
                baseline = default_baseline(session, args.first)
            analysis = baseline_analysis(
                session,
                *baseline,
                args.first,
                args.last,
                args.granularity,
                tag_id,
            )
    except ConfigurationError as error:
        print(f"qingyuan: baseline: {error.code} {error.detail}".rstrip(), file=sys.stderr)
        return 2
    finally:
        database.close()
    result = to_json(args, baseline, analysis)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        _print(result)
    return 0


def to_json(
    args: argparse.Namespace, baseline: tuple[date, date], analysis: BaselineAnalysis
) -> dict[str, Any]:
    model, savings = analysis.model, analysis.savings
    return {
        "baseline_from": baseline[0].isoformat(),
        "baseline_to": baseline[1].isoformat(),
        "from": args.first.isoformat(),
        "to": args.last.isoformat(),
        "granularity": analysis.granularity,
        "temperature_tag": args.temperature_tag,
        "model": {
            "intercept_kgce": model.intercept,
            "production_kgce_per_t": model.production_coefficient,
            "degree_day_kgce_per_kd": model.degree_day_coefficient,
            "n": model.n,
            "r_squared": model.r_squared,
            "rmse_kgce": model.rmse,
            "cv_rmse": model.cv_rmse,
        },
        "warnings": list(analysis.warnings),
        "baseline": [_point(p) for p in analysis.baseline],
        "report": [
            {**_point(p), "expected_kgce": e, "cusum_kgce": c}
            for p, e, c in zip(analysis.report, analysis.expected, analysis.cusum, strict=True)
        ],
        "savings": None
        if savings is None
        else {
            "expected_kgce": savings.expected_total,
            "actual_kgce": savings.actual_total,
            "savings_kgce": savings.savings,
            "savings_tce": savings.savings / 1000.0,
            "savings_percent": savings.savings_percent,
        },
        "skipped": [
            {
                "start": s.start.isoformat(),
                "end": s.end.isoformat(),
                "phase": s.phase,
                "reason": s.reason,
                "detail": s.detail or None,
            }
            for s in analysis.skipped
        ],
    }


def _point(point: EnergyPoint) -> dict[str, Any]:
    return {
        "start": point.start.isoformat(),
        "end": point.end.isoformat(),
        "energy_kgce": point.energy_kgce,
        "production_t": point.production_t,
        "degree_days": point.degree_days,
    }


def _print(result: dict[str, Any]) -> None:
    model = result["model"]
    equation = f"E = {model['intercept_kgce']:.6g} + {model['production_kgce_per_t']:.6g}·P"
    if model["degree_day_kgce_per_kd"] is not None:
        equation += f" + {model['degree_day_kgce_per_kd']:.6g}·HDD"
    print(
        f"baseline {result['baseline_from']} .. {result['baseline_to']}, "
        f"report {result['from']} .. {result['to']}, by {result['granularity']}"
    )
    units = "E kgce, P t" + (", HDD K·d" if "HDD" in equation else "")
    print(f"model: {equation}  ({units} per {result['granularity']})")
    print(f"R² {model['r_squared']:.4f}  CV(RMSE) {100 * model['cv_rmse']:.2f} %  n {model['n']}")
    if result["warnings"]:
        print("warnings: " + ", ".join(result["warnings"]))
    header = ("start", "end", "production t", "actual kgce", "expected kgce", "cusum kgce")
    print("{:10} {:10} {:>13} {:>13} {:>14} {:>12}".format(*header))
    for row in result["report"]:
        print(
            f"{row['start']:10} {row['end']:10} {row['production_t']:13.2f} "
            f"{row['energy_kgce']:13.1f} {row['expected_kgce']:14.1f} {row['cusum_kgce']:12.1f}"
        )
    savings = result["savings"]
    if savings is not None:
        percent = savings["savings_percent"]
        print(
            f"savings: {savings['savings_kgce']:.1f} kgce ({savings['savings_tce']:.3f} tce"
            + ("" if percent is None else f", {percent:.2f} %")
            + ")"
        )
    for s in result["skipped"]:
        detail = f" ({s['detail']})" if s["detail"] else ""
        print(f"left out: {s['phase']} {s['start']} .. {s['end']}: {s['reason']}{detail}")
