"""`qingyuan kpi`, `qingyuan records import` and `qingyuan demo-seed`: the KPI work headless.

`kpi` prints every indicator of a period with its inputs, baseline, target and status — the
same figures as the KPI page. `records import` stores a CSV/Excel sheet of records as a signed-in
user; a sheet with bad rows stores nothing unless `--skip-bad` is given, and every bad row is
listed with its column and reason either way.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.cli.readings_command import sign_in
from desktop_app.services.database import open_database
from desktop_app.services.demo_seed import seed_demo
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.kpi_overview import KpiRow, kpi_overview
from desktop_app.services.record_files import read_table
from desktop_app.services.records import ImportRefused, import_records
from desktop_app.services.startup import open_site
from domain.record_import import parse_rows
from domain.roles import PermissionDenied
from storage.data_dir import resolve_data_dir


def add_parsers(sub: Any) -> None:
    kpi = sub.add_parser("kpi", help="print every KPI of a period with inputs, target and status")
    kpi.add_argument("--from", dest="first", required=True, type=date.fromisoformat)
    kpi.add_argument("--to", dest="last", required=True, type=date.fromisoformat)
    kpi.add_argument("--json", action="store_true", help="print one JSON object")
    records = sub.add_parser("records", help="production and material records")
    actions = records.add_subparsers(dest="records_action", required=True)
    load = actions.add_parser(
        "import", help="import a CSV or Excel sheet (layout: docs/records-import.md)"
    )
    load.add_argument("file", type=Path)
    load.add_argument("--user", required=True, help="user name (password: $QINGYUAN_PASSWORD)")
    load.add_argument(
        "--skip-bad", action="store_true", help="store the good rows even if some rows are bad"
    )
    seed = sub.add_parser("demo-seed", help="give the demo plant a plausible history")
    seed.add_argument("--days", type=int, default=120, help="days of history (default 120)")


def run_kpi(args: argparse.Namespace) -> int:
    if args.last < args.first:
        print("qingyuan: --to must not be before --from", file=sys.stderr)
        return 2
    database = open_database(resolve_data_dir(args.data_dir))
    try:
        with database.reading() as session:
            overview = kpi_overview(session, args.first, args.last)
    finally:
        database.close()
    result = {
        "from": args.first.isoformat(),
        "to": args.last.isoformat(),
        "energy_convention": overview.report.convention,
        "energy_error": overview.report.energy_error or None,
        "kpis": [_row_json(row) for row in overview.rows],
    }
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        for row in overview.rows:
            _print_row(row)
    return 0


def run_records(args: argparse.Namespace) -> int:
    database = open_database(resolve_data_dir(args.data_dir))
    try:
        actor = sign_in(database, args.user)
        if actor is None:
            print("qingyuan: wrong user name or password", file=sys.stderr)
            return 3
        try:
            header, rows = read_table(args.file)
            parsed = parse_rows(header, rows)
            with database.transaction() as session:
                report = import_records(
                    session, actor, parsed, args.file.name, skip_bad=args.skip_bad
                )
        except ImportRefused as refused:
            _print_errors(refused.report.errors)
            print(
                f"qingyuan: nothing imported: {len(refused.report.skipped_rows)} bad row(s); "
                "fix them or use --skip-bad",
                file=sys.stderr,
            )
            return 2
        except (ConfigurationError, PermissionDenied) as error:
            from desktop_app.ui.problem_text import error_text

            print(f"qingyuan: not imported: {error_text(error)}", file=sys.stderr)
            return 2
    finally:
        database.close()
    _print_errors(report.errors)
    print(f"imported {report.imported} record(s); skipped {len(report.skipped_rows)} row(s)")
    return 0


def run_demo_seed(args: argparse.Namespace) -> int:
    database = open_site(resolve_data_dir(args.data_dir), demo_port=args.demo_port).database
    try:
        summary = seed_demo(database, args.days)
    except ConfigurationError as error:
        print(f"qingyuan: demo-seed: {error.code} {error.detail}".rstrip(), file=sys.stderr)
        return 2
    finally:
        database.close()
    if summary.already_seeded:
        print("the demo plant already has its history; nothing to do")
        return 0
    print(
        f"seeded {summary.first_day} .. {summary.last_day}: {summary.rollup_rows} rollup rows, "
        f"{summary.records} records, {summary.targets} targets"
    )
    return 0


def _row_json(row: KpiRow) -> dict[str, Any]:
    d, v, t, s = row.definition, row.value, row.target, row.status
    return {
        "code": d.code,
        "name": d.name_zh,
        "name_en": d.name_en,
        "area": d.area_zh,
        "value": v.value,
        "unit": d.unit,
        "better": d.better.value,
        "reason": v.reason or None,
        "missing": list(v.missing),
        "inputs": [
            {"name": i.name, "value": i.value, "unit": i.unit, "sources": list(i.sources)}
            for i in v.inputs
        ],
        "baseline": t.target.baseline_value if t else None,
        "target": t.target.target_value if t else None,
        "deadline": t.target.deadline.isoformat() if t else None,
        "department": t.target.department if t else None,
        "person": t.target.person if t else None,
        "status": s.state if s else None,
        "forecast": s.forecast_at_deadline if s else None,
        "months": [{"month": m.isoformat(), "value": x} for m, x in row.months],
    }


def _print_row(row: KpiRow) -> None:
    value = "—" if row.value.value is None else f"{row.value.value:.4g}"
    target = f"{row.target.target.target_value:.4g}" if row.target else "—"
    state = row.status.state if row.status else ""
    why = f" ({row.value.reason}: {', '.join(row.value.missing)})" if row.value.reason else ""
    print(f"{row.definition.code:28} {value:>10} {row.definition.unit:8} {target:>10} {state}{why}")


def _print_errors(errors: Any) -> None:
    for error in errors:
        detail = f" ({error.detail})" if error.detail else ""
        print(f"row {error.row}, {error.column}: {error.code}{detail}", file=sys.stderr)
