"""The `qingyuan` command: the GUI by default, and every capability headless.

Qt is imported only by the commands that need it, so headless commands start fast and run on
machines without display libraries.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from desktop_app import __version__
from desktop_app.cli import (
    actions_command,
    baseline_command,
    bundle_command,
    checklist_command,
    commands,
    evaluation_command,
    history_command,
    hq_command,
    hq_report_command,
    kpi_commands,
    modbus_commands,
    package_command,
    project_command,
    readings_command,
    report_command,
    retention_command,
    review_command,
    supplier_command,
    workflow_command,
)

LANGUAGES = ("zh_CN", "en")
PAGES = (
    "overview",
    "trends",
    "quality",
    "instruments",
    "alarms",
    "kpis",
    "audits",
    "actions",
    "tasks",
    "projects",
    "reviews",
    "suppliers",
    "reports",
    "settings",
    "hq",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qingyuan",
        description="Qingyuan (清源): offline cleaner-production management. "
        "Without a command it opens the desktop application.",
    )
    parser.add_argument("--version", action="version", version=f"qingyuan {__version__}")
    parser.add_argument(
        "--data-dir",
        help="data directory (default: $QINGYUAN_DATA_DIR, then the platform's user data folder)",
    )
    parser.add_argument(
        "--demo-port",
        type=int,
        default=None,
        help="first TCP port of the demo plant when it is set up (default 15020)",
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help="user-interface language (default: zh_CN, or the saved choice)",
    )
    parser.add_argument(
        "--offscreen",
        action="store_true",
        help="run the GUI without a display (Qt offscreen platform)",
    )
    parser.add_argument(
        "--quit-after",
        type=float,
        default=None,
        metavar="SECONDS",
        help="close the GUI after this many seconds (smoke tests)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    hq_command.add_global_flags(parser)
    sub = parser.add_subparsers(dest="command")

    sub.add_parser("gui", help="open the desktop application (the default)")

    acquire = sub.add_parser("acquire", help="acquire readings without a GUI")
    acquire.add_argument(
        "--seconds",
        type=float,
        default=None,
        help="stop after this many seconds (default: until Ctrl+C)",
    )

    simulate = sub.add_parser("simulate", help="serve the demo plant over Modbus TCP only")
    simulate.add_argument("--port", type=int, default=15020, help="first port (default 15020)")

    shot = sub.add_parser("screenshot", help="render a page offscreen to a PNG at 1366×768")
    shot.add_argument("out", help="PNG file to write")
    shot.add_argument("--page", choices=PAGES, default="overview")
    shot.add_argument(
        "--trend-days",
        type=float,
        default=0.0,
        help="Trends page: show this many days back (history from rollups) instead of live",
    )
    shot.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS)
    shot.add_argument(
        "--user", default=None, help="sign in as this user first (password: $QINGYUAN_PASSWORD)"
    )
    shot.add_argument(
        "--wait", type=float, default=20.0, help="longest wait for live data, seconds (default 20)"
    )

    stats = sub.add_parser("stats", help="count what the database holds")
    stats.add_argument("--json", action="store_true", help="print JSON")

    modbus_commands.add_parsers(sub)
    history_command.add_parser(sub)
    readings_command.add_parser(sub)
    retention_command.add_parser(sub)
    kpi_commands.add_parsers(sub)
    baseline_command.add_parser(sub)
    evaluation_command.add_parsers(sub)
    checklist_command.add_parser(sub)
    actions_command.add_parser(sub)
    report_command.add_parser(sub)
    package_command.add_parser(sub)
    workflow_command.add_parser(sub)
    bundle_command.add_parser(sub)
    hq_command.add_parsers(sub)
    hq_report_command.add_parser(sub)
    project_command.add_parser(sub)
    review_command.add_parser(sub)
    supplier_command.add_parser(sub)

    users = sub.add_parser("users", help="list the users")
    users.add_argument("--json", action="store_true", help="print JSON")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if not args.verbose:  # device failures are reported through health and quality codes
        logging.getLogger("pymodbus").setLevel(logging.CRITICAL)
    command = args.command or "gui"
    try:
        return int(commands.run(command, args))
    except KeyboardInterrupt:
        return 130
    except argparse.ArgumentTypeError as error:
        print(f"qingyuan: {error}", file=sys.stderr)
        return 2
    except commands.CommandError as error:
        print(f"qingyuan: {error}", file=sys.stderr)
        return 2
