"""`qingyuan report run RUN_ID OUT.pdf [--lang zh_CN|en]`: a completed run as a PDF, headless.

The same service and layout as the desktop application's report button, so a report made on
a server or by a scheduled job is the one a person would have printed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop_app.services.database import open_database
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.run_report import write_run_report
from reports.fonts import FontNotFoundError
from storage.data_dir import resolve_data_dir

LANGUAGES = ("zh_CN", "en")


def add_parser(sub: Any) -> None:
    report = sub.add_parser("report", help="write reports as PDF")
    kinds = report.add_subparsers(dest="report_kind", required=True)
    run = kinds.add_parser(
        "run",
        help="a completed checklist run: answers, score, photos, signatures, actions",
    )
    run.add_argument(
        "run_id", metavar="RUN_ID", help="the run's id (`qingyuan checklists runs` lists them)"
    )
    run.add_argument("out", metavar="OUT.pdf", help="PDF file to write (replaced if it exists)")
    # SUPPRESS: without it the sub-command's default would hide a global `--lang` given earlier
    run.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
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
