"""`qingyuan --hq --data-dir D hq-report --from --to --out FILE.pdf [--xlsx FILE.xlsx] [--lang]`.

Writes the head-office report (`services.hq_report.write_hq_report`): the KPIs of every site
with imported data against its targets, the ranking per KPI, twelve-month trends and each
site's bundle chain. Reading needs no sign-in, as for `compare`. Exit 0 and the written paths
on stdout; 2 for a bad period or a file that cannot be written (no file is left behind).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.services.hq_report import write_hq_report
from reports.fonts import FontNotFoundError
from reports.hq_pdf import LANGUAGES
from storage.data_dir import resolve_data_dir
from storage.hq.engine import open_hq

COMMAND = "hq-report"


def add_parser(sub: Any) -> None:
    report = sub.add_parser(COMMAND, help="head office: PDF (and Excel) report comparing sites")
    report.add_argument("--from", dest="first", required=True, type=_day, help="YYYY-MM-DD")
    report.add_argument("--to", dest="last", required=True, type=_day, help="YYYY-MM-DD")
    report.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    report.add_argument("--xlsx", metavar="FILE.xlsx", help="also write the Excel twin")
    report.add_argument("--lang", choices=LANGUAGES, default="zh_CN", help="default zh_CN")


def run(args: argparse.Namespace) -> int:
    if not (args.hq or args.hq_url):
        print(f"qingyuan: {args.command} is a head-office command: add --hq", file=sys.stderr)
        return 2
    hq = open_hq(resolve_data_dir(args.data_dir), args.hq_url)
    try:
        xlsx = Path(args.xlsx) if args.xlsx else None
        paths = write_hq_report(hq, args.first, args.last, Path(args.out), xlsx, args.lang)
    except (ValueError, FontNotFoundError) as error:
        print(f"qingyuan: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"qingyuan: cannot write the report: {error}", file=sys.stderr)
        return 2
    finally:
        hq.close()
    print(paths.pdf)
    if paths.xlsx is not None:
        print(paths.xlsx)
    return 0


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None
