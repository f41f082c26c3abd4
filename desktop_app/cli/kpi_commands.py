"""`qingyuan kpi`, `kpi-define`, `kpi-delete`, `kpi-names`, `records import` and `demo-seed`: the
KPI work headless.

`kpi` prints every indicator of a period with its inputs, baseline, target and status — the
same figures as the KPI page. `kpi-define` saves a user-defined KPI (a formula over the names
`kpi-names` lists) with the same checks as the dialog; refusals print their code and detail.
`records import` stores a CSV/Excel sheet of records as a signed-in user; a sheet with bad rows
stores nothing unless `--skip-bad` is given, and every bad row is listed with its column and
reason either way.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.cli.readings_command import sign_in
from desktop_app.services.custom_kpis import define_kpi, delete_kpi, formula_names
from desktop_app.services.database import Database, open_database
from desktop_app.services.demo_seed import seed_demo
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.kpi_overview import KpiRow, kpi_overview
from desktop_app.services.record_files import read_table
from desktop_app.services.records import ImportRefused, import_records
from desktop_app.services.startup import open_site
from domain.kpis import Better, KpiDefinition
from domain.record_import import parse_rows
from domain.roles import Actor, PermissionDenied
from storage.data_dir import resolve_data_dir

_Write = Callable[[Session, Actor], object]


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
    _add_custom_kpi_parsers(sub)


def _add_custom_kpi_parsers(sub: Any) -> None:
    define = sub.add_parser(
        "kpi-define", help="create or change a user-defined KPI (a formula, see kpi-names)"
    )
    define.add_argument("code", help="key: lower-case letters, digits and _, e.g. steam_per_t")
    define.add_argument("--name-zh", required=True, help="Chinese name")
    define.add_argument("--name-en", required=True, help="English name")
    define.add_argument("--area-zh", default="", help="Chinese area (领域) it is grouped under")
    define.add_argument("--area-en", default="", help="English area")
    define.add_argument("--unit", required=True, help="declared unit, e.g. kgce/t, m³/t, %%")
    define.add_argument("--better", required=True, choices=[b.value for b in Better])
    define.add_argument("--formula", required=True, help='e.g. "tag.steam_main_total / production"')
    define.add_argument("--reason", default="", help="why (kept in the change log)")
    define.add_argument("--user", required=True, help="user name (password: $QINGYUAN_PASSWORD)")
    delete = sub.add_parser("kpi-delete", help="remove a user-defined KPI nothing depends on")
    delete.add_argument("code")
    delete.add_argument("--reason", required=True, help="why (kept in the change log)")
    delete.add_argument("--user", required=True, help="user name (password: $QINGYUAN_PASSWORD)")
    names = sub.add_parser("kpi-names", help="the names a KPI formula may use, with their units")
    names.add_argument("--json", action="store_true", help="print one JSON object name → unit")


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
        f"{summary.records} records, {summary.targets} targets, "
        f"{summary.inspections} inspections, {summary.projects} improvement options, "
        f"{summary.reviews} reviews, {summary.suppliers} suppliers, "
        f"{summary.workflows} workflows in flight"
    )
    return 0


def run_kpi_define(args: argparse.Namespace) -> int:
    definition = KpiDefinition(
        args.code,
        args.name_zh,
        args.name_en,
        args.area_zh,
        args.area_en,
        args.unit,
        Better(args.better),
        args.formula,
    )
    return _signed_in_write(
        args, lambda session, actor: define_kpi(session, actor, definition, args.reason)
    )


def run_kpi_delete(args: argparse.Namespace) -> int:
    return _signed_in_write(
        args, lambda session, actor: delete_kpi(session, actor, args.code, args.reason)
    )


def run_kpi_names(args: argparse.Namespace) -> int:
    database = open_database(resolve_data_dir(args.data_dir))
    try:
        with database.reading() as session:
            names = formula_names(session)
    finally:
        database.close()
    if args.json:
        print(json.dumps(names, ensure_ascii=False))
    else:
        for name, unit in names.items():
            print(f"{name:40} {unit}")
    return 0


def _signed_in_write(args: argparse.Namespace, write: _Write) -> int:
    """Sign in as --user, run `write(session, actor)` in one transaction and report the outcome."""
    database = open_database(resolve_data_dir(args.data_dir))
    try:
        actor = sign_in(database, args.user)
        if actor is None:
            print("qingyuan: wrong user name or password", file=sys.stderr)
            return 3
        return _write(database, actor, write)
    finally:
        database.close()


def _write(database: Database, actor: Actor, write: _Write) -> int:
    from desktop_app.ui.problem_text import error_text  # QtCore only: sentences for codes

    try:
        with database.transaction() as session:
            write(session, actor)
    except (ConfigurationError, PermissionDenied) as error:
        code = f" [{error.code}: {error.detail}]" if isinstance(error, ConfigurationError) else ""
        print(f"qingyuan: not saved: {error_text(error)}{code}", file=sys.stderr)
        return 2
    print("saved")
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
