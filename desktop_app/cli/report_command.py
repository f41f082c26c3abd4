"""`qingyuan report`: reports as files, headless.

- `qingyuan report --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.pdf [--xlsx FILE.xlsx]
  [--lang zh_CN|en]`: the cleaner-production report of any date range (monthly report layout),
  with its Excel twin;
- `qingyuan report --audit --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.pdf [--lang zh_CN|en]`:
  the cleaner-production audit report (清洁生产审核报告, seven chapters) of the period;
- `qingyuan report run RUN_ID OUT.pdf [--lang zh_CN|en]`: a completed checklist run;
- `qingyuan report-schedule [show | set --daily DIR --monthly DIR --user NAME | run]`: the
  scheduled daily and monthly reports (`run` writes what is due, as the app does at start).

The same services and layouts as the desktop application, so a report made on a server or by
a scheduled job is the one a person would have printed.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.cli.readings_command import sign_in
from desktop_app.services.audit_report import write_audit_report
from desktop_app.services.database import Database, open_database
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.monthly_report import write_monthly_report
from desktop_app.services.report_schedule import (
    ReportSchedule,
    last_runs,
    report_schedule,
    run_due_reports,
    set_report_schedule,
)
from desktop_app.services.run_report import write_run_report
from domain.roles import PermissionDenied
from reports.fonts import FontNotFoundError
from storage.data_dir import resolve_data_dir

LANGUAGES = ("zh_CN", "en")


def add_parser(sub: Any) -> None:
    report = sub.add_parser(
        "report",
        help="write reports: the cleaner-production report of a period (--from/--to/--out), "
        "or `report run` for a checklist run",
    )
    report.add_argument("--from", dest="first", type=date.fromisoformat, metavar="YYYY-MM-DD")
    report.add_argument("--to", dest="last", type=date.fromisoformat, metavar="YYYY-MM-DD")
    report.add_argument("--out", metavar="FILE.pdf", help="PDF file to write (replaced)")
    report.add_argument("--xlsx", metavar="FILE.xlsx", help="also write the Excel twin")
    report.add_argument(
        "--audit",
        action="store_true",
        help="the cleaner-production audit report (seven chapters) instead of the period report",
    )
    # SUPPRESS: without it the sub-command's default would hide a global `--lang` given earlier
    report.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS)
    kinds = report.add_subparsers(dest="report_kind")
    run = kinds.add_parser(
        "run",
        help="a completed checklist run: answers, score, photos, signatures, actions",
    )
    run.add_argument(
        "run_id", metavar="RUN_ID", help="the run's id (`qingyuan checklists runs` lists them)"
    )
    run.add_argument("out", metavar="OUT.pdf", help="PDF file to write (replaced if it exists)")
    run.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS)
    _add_schedule_parser(sub)


def _add_schedule_parser(sub: Any) -> None:
    schedule = sub.add_parser(
        "report-schedule", help="show, set or run the scheduled daily and monthly reports"
    )
    actions = schedule.add_subparsers(dest="schedule_action")
    actions.add_parser("show", help="print the schedule and the last periods written")
    set_ = actions.add_parser("set", help="set the folders (an omitted kind is switched off)")
    set_.add_argument("--daily", metavar="DIR", help="folder for yesterday's daily report")
    set_.add_argument("--monthly", metavar="DIR", help="folder for last month's report")
    set_.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS)
    set_.add_argument("--no-xlsx", action="store_true", help="PDF only, no Excel twin")
    set_.add_argument("--catch-up", type=int, default=7, help="most missed periods per start")
    set_.add_argument("--user", required=True, help="user name (password: $QINGYUAN_PASSWORD)")
    actions.add_parser("run", help="write the reports that are due now")


def run(args: argparse.Namespace) -> int:
    if getattr(args, "report_kind", None) == "run":
        return _run_report(args)
    if args.first is None or args.last is None or args.out is None:
        print("qingyuan: report needs --from, --to and --out (or: report run RUN_ID OUT.pdf)",
              file=sys.stderr)  # fmt: skip
        return 2
    if args.last < args.first:
        print("qingyuan: --to must not be before --from", file=sys.stderr)
        return 2
    if args.audit:
        return _audit_report(args)
    language = getattr(args, "lang", None) or "zh_CN"
    out = Path(args.out).expanduser().resolve()
    xlsx = Path(args.xlsx).expanduser().resolve() if args.xlsx else None
    database = open_database(resolve_data_dir(args.data_dir))
    try:
        written = write_monthly_report(database, args.first, args.last, out, xlsx, language)
    except (FontNotFoundError, OSError) as error:
        print(f"qingyuan: cannot report: {error}", file=sys.stderr)
        return 2
    finally:
        database.close()
    print(f"wrote {written.pdf}")
    if written.xlsx is not None:
        print(f"wrote {written.xlsx}")
    return 0


def _audit_report(args: argparse.Namespace) -> int:
    if args.xlsx:
        print("qingyuan: the audit report is a PDF only (no --xlsx)", file=sys.stderr)
        return 2
    language = getattr(args, "lang", None) or "zh_CN"
    out = Path(args.out).expanduser().resolve()
    database = open_database(resolve_data_dir(args.data_dir))
    try:
        write_audit_report(database, args.first, args.last, out, language)
    except (FontNotFoundError, OSError) as error:
        print(f"qingyuan: cannot report: {error}", file=sys.stderr)
        return 2
    finally:
        database.close()
    print(f"wrote {out}")
    return 0


def _run_report(args: argparse.Namespace) -> int:
    language = getattr(args, "lang", None) or "zh_CN"
    out = Path(args.out).expanduser().resolve()
    database = open_database(resolve_data_dir(args.data_dir))
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        path = write_run_report(database, args.run_id, out, language)
    except ConfigurationError as error:
        where = f" at {error.field}" if error.field else ""
        print(f"qingyuan: cannot report: {error.code}{where} {error.detail}", file=sys.stderr)
        return 2
    except (FontNotFoundError, OSError) as error:
        print(f"qingyuan: cannot report: {error}", file=sys.stderr)
        return 2
    finally:
        database.close()
    print(f"wrote {path}")
    return 0


def run_schedule(args: argparse.Namespace) -> int:
    database = open_database(resolve_data_dir(args.data_dir))
    try:
        action = args.schedule_action or "show"
        if action == "set":
            return _set_schedule(database, args)
        if action == "run":
            return _run_due(database)
        return _show_schedule(database)
    finally:
        database.close()


def _show_schedule(database: Database) -> int:
    with database.reading() as session:
        schedule, done = report_schedule(session), last_runs(session)
    print(json.dumps({
        "daily_folder": schedule.daily_folder,
        "monthly_folder": schedule.monthly_folder,
        "language": schedule.language,
        "excel": schedule.excel,
        "max_catch_up": schedule.max_catch_up,
        "last_daily": done.daily.isoformat() if done.daily else None,
        "last_monthly": done.monthly.isoformat() if done.monthly else None,
    }, ensure_ascii=False))  # fmt: skip
    return 0


def _set_schedule(database: Database, args: argparse.Namespace) -> int:
    actor = sign_in(database, args.user)
    if actor is None:
        print("qingyuan: wrong user name or password", file=sys.stderr)
        return 3
    schedule = ReportSchedule(
        daily_folder=str(Path(args.daily).expanduser().resolve()) if args.daily else None,
        monthly_folder=str(Path(args.monthly).expanduser().resolve()) if args.monthly else None,
        language=getattr(args, "lang", None) or "zh_CN",
        excel=not args.no_xlsx,
        max_catch_up=args.catch_up,
    )
    try:
        with database.transaction() as session:
            set_report_schedule(session, actor, schedule)
    except (ConfigurationError, PermissionDenied) as error:
        print(f"qingyuan: schedule not saved: {error}", file=sys.stderr)
        return 2
    return _show_schedule(database)


def _run_due(database: Database) -> int:
    failed = False
    for result in run_due_reports(database):
        if result.error:
            failed = True
            print(f"qingyuan: {result.due.kind} {result.due.first}: {result.error}",
                  file=sys.stderr)  # fmt: skip
        else:
            print(f"wrote {result.due.pdf}")
    return 1 if failed else 0
