"""`qingyuan projects …`: the register of cleaner-production options, one option's economics and
realised savings, and adding or moving an option headless.

Writes need a signed-in user with MANAGE_KPIS (password from $QINGYUAN_PASSWORD, else asked).
Money lines are given as CATEGORY=元, e.g. `--investment equipment=230000 installation=40000
--saving energy=190000`.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from datetime import date
from typing import Any

from desktop_app.cli.readings_command import sign_in
from desktop_app.services.database import Database, open_database
from desktop_app.services.energy_baseline import site_today
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.project_queries import (
    AmountLine,
    ProjectFields,
    ProjectInfo,
    list_projects,
    project_by_code,
)
from desktop_app.services.project_savings import RealisedSavings, realised_for
from desktop_app.services.projects import create_project, move_project, set_amounts
from domain.projects import CostClass, ProjectStatus, SourceKind, label
from domain.roles import PermissionDenied
from storage.data_dir import resolve_data_dir

STATUSES = tuple(s.value for s in ProjectStatus)
CLASSES = tuple(c.value for c in CostClass)
SOURCES = tuple(s.value for s in SourceKind)


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "projects",
        help="cleaner-production options: list, show ROI and realised savings, add, move",
        description="Without a sub-command: list the options with ROI, payback, NPV and IRR.",
    )
    parser.add_argument("--status", choices=STATUSES, default=None, help="only this status")
    parser.add_argument("--class", dest="cost_class", choices=CLASSES, default=None)
    parser.add_argument("--json", action="store_true", help="print JSON")
    steps = parser.add_subparsers(dest="projects_action")
    show = steps.add_parser("show", help="one option: economics, realised vs promised savings")
    show.add_argument("code", help="the option's number, e.g. F-2026-01")
    show.add_argument("--json", action="store_true", help="print JSON")
    add = steps.add_parser("add", help="register a new (proposed) option")
    add.add_argument("--code", required=True)
    add.add_argument("--title", required=True)
    add.add_argument("--class", dest="cost_class", choices=CLASSES, default="low")
    add.add_argument("--source", choices=SOURCES, default="audit_finding")
    add.add_argument("--life", type=int, default=10, help="years (default 10)")
    add.add_argument("--rate", type=float, default=0.08, help="discount rate (default 0.08)")
    add.add_argument("--expected-kgce", type=float, default=None, help="kgce saved a year")
    add.add_argument("--price", type=float, default=None, help="energy price, 元/kgce")
    for kind in ("investment", "saving", "revenue"):
        add.add_argument(f"--{kind}", nargs="*", default=[], metavar="CATEGORY=CNY")
    add.add_argument("--user", required=True, help="user name (password: $QINGYUAN_PASSWORD)")
    move = steps.add_parser("move", help="move an option to another status")
    move.add_argument("code")
    move.add_argument("to_status", choices=STATUSES, metavar="STATUS", help=", ".join(STATUSES))
    move.add_argument("--on", type=date.fromisoformat, default=None, help="implemented on")
    move.add_argument("--user", required=True, help="user name (password: $QINGYUAN_PASSWORD)")


def run(args: argparse.Namespace) -> int:
    database = open_database(resolve_data_dir(args.data_dir))
    try:
        if args.projects_action == "show":
            return _show(database, args.code, args.json)
        if args.projects_action in ("add", "move"):
            return _write(database, args)
        return _list(database, args.status, args.cost_class, args.json)
    finally:
        database.close()


def _list(database: Database, status: str | None, cost_class: str | None, as_json: bool) -> int:
    with database.reading() as session:
        projects = list_projects(session, status=status, cost_class=cost_class)
    rows = [_row(p) for p in projects]
    if as_json:
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    for r in rows:
        print(
            f"{r['code']:<12} {r['status']:<12} {r['cost_class']:<4} "
            f"invest {r['investment_cny']:>12,.0f} CNY  benefit {r['annual_benefit_cny']:>10,.0f}"
            f" CNY/yr  ROI {_num(r['roi_percent'], '%')}  payback {_num(r['payback_years'], 'yr')}"
            f"  NPV {_num(r['npv_cny'], 'CNY')}  IRR {_num(_pct(r['irr']), '%')}  {r['title']}"
        )
    return 0


def _show(database: Database, code: str, as_json: bool) -> int:
    try:
        with database.reading() as session:
            project = project_by_code(session, code)
            realised = realised_for(session, project, today=site_today())
    except ConfigurationError:
        print(f"qingyuan: no option numbered {code}", file=sys.stderr)
        return 2
    result = {**_row(project), **_detail(project), "realised": _realised(realised)}
    if as_json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    print(f"{project.code}  {project.title}  ({label(project.status, False)})")
    for line in project.amounts:
        print(f"  {line.kind:<10} {label(line.category, False):<32} {line.amount_cny:>14,.0f} CNY")
    print(
        f"  ROI {_num(result['roi_percent'], '%')} · payback {_num(result['payback_years'], 'yr')}"
        f" · NPV {_num(result['npv_cny'], 'CNY')} · IRR {_num(_pct(result['irr']), '%')}"
        f"  ({project.fields.life_years} yr at {project.fields.discount_rate:.1%})"
    )
    promised = f"{_num(realised.promised_kgce_per_year, 'kgce/yr')}, "
    promised += _num(realised.promised_cny_per_year, "CNY/yr")
    print(f"  promised: {promised}")
    if realised.realised_kgce is None:
        print(f"  realised: not judged ({realised.reason})")
    else:
        print(
            f"  realised: {_num(realised.realised_kgce_per_year, 'kgce/yr')}, "
            f"{_num(realised.realised_cny_per_year, 'CNY/yr')} "
            f"({realised.realised_kgce:,.0f} kgce over {realised.days_judged} days)"
            + (f"  [{realised.reason}]" if realised.reason else "")
        )
    return 0


def _write(database: Database, args: argparse.Namespace) -> int:
    from desktop_app.ui.project_text import project_error_text  # QtCore only: sentences

    actor = sign_in(database, args.user)
    if actor is None:
        print("qingyuan: wrong user name or password", file=sys.stderr)
        return 3
    try:
        with database.transaction() as session:
            if args.projects_action == "move":
                info = project_by_code(session, args.code)
                info = move_project(session, actor, info.id, args.to_status, implemented_on=args.on)
            else:
                fields = ProjectFields(
                    code=args.code,
                    title=args.title,
                    cost_class=args.cost_class,
                    source_kind=args.source,
                    life_years=args.life,
                    discount_rate=args.rate,
                    expected_energy_kgce=args.expected_kgce,
                    energy_price_cny_per_kgce=args.price,
                )
                project_id = create_project(session, actor, fields)
                info = set_amounts(session, actor, project_id, _lines(args))
    except (ConfigurationError, PermissionDenied) as error:
        print(f"qingyuan: not saved: {project_error_text(error)}", file=sys.stderr)
        return 2
    print(f"{info.code}  {info.status.value}")
    return 0


def _lines(args: argparse.Namespace) -> list[AmountLine]:
    lines = []
    for kind in ("investment", "saving", "revenue"):
        for item in getattr(args, kind):
            category, _, amount = item.partition("=")
            try:
                value = float(amount)
            except ValueError:
                raise ConfigurationError("not_a_number", item, kind) from None
            lines.append(AmountLine(kind, category.strip(), value))
    return lines


def _row(project: ProjectInfo) -> dict[str, Any]:
    economics = project.economics
    return {
        "id": project.id,
        "code": project.code,
        "title": project.title,
        "cost_class": project.fields.cost_class,
        "source_kind": project.fields.source_kind,
        "status": project.status.value,
        "implemented_on": project.implemented_on.isoformat() if project.implemented_on else None,
        "investment_cny": project.investment,
        "annual_savings_cny": project.annual_savings,
        "annual_revenue_cny": project.annual_revenue,
        "annual_benefit_cny": project.annual_benefit,
        "roi_percent": economics.roi_percent if economics else None,
        "payback_years": economics.payback_years if economics else None,
        "npv_cny": economics.npv if economics else None,
        "irr": economics.irr if economics else None,
        "economics_error": project.economics_error or None,
    }


def _detail(project: ProjectInfo) -> dict[str, Any]:
    return {
        "fields": asdict(project.fields),
        "amounts": [asdict(a) for a in project.amounts],
        "effects": [asdict(e) for e in project.effects],
    }


def _realised(realised: RealisedSavings) -> dict[str, Any]:
    values = asdict(realised)
    for key in ("baseline", "report"):
        period = values[key]
        values[key] = [d.isoformat() for d in period] if period else None
    values["warnings"] = list(realised.warnings)
    return values


def _pct(rate: float | None) -> float | None:
    return None if rate is None else rate * 100.0


def _num(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    return f"{value:,.0f} {unit}" if abs(value) >= 100 else f"{value:,.1f} {unit}"
