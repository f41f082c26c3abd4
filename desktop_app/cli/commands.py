"""The headless commands. Each one opens the data directory through the same services as the GUI."""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Any

from desktop_app.cli import (
    actions_command,
    baseline_command,
    bundle_command,
    checklist_command,
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
from desktop_app.services.demo_seed import seed_demo
from desktop_app.services.runtime import AcquisitionRuntime
from desktop_app.services.startup import Startup, open_site
from desktop_app.services.stats import database_stats
from desktop_app.services.users import list_users
from storage.data_dir import resolve_data_dir


class CommandError(Exception):
    """A command that cannot run; the message is printed and the exit code is 2."""


SEED_DAYS_VARIABLE = "QINGYUAN_DEMO_SEED_DAYS"
DEFAULT_SEED_DAYS = 120


def run(command: str, args: argparse.Namespace) -> int:
    handlers = {
        "gui": _gui,
        "acquire": _acquire,
        "simulate": _simulate,
        "screenshot": _screenshot,
        "stats": _stats,
        "users": _users,
        "modbus": modbus_commands.run_modbus,
        "history": history_command.run,
        "readings": readings_command.run,
        "retention": retention_command.run,
        "kpi": kpi_commands.run_kpi,
        "records": kpi_commands.run_records,
        "demo-seed": kpi_commands.run_demo_seed,
        "baseline": baseline_command.run,
        "kpi-define": kpi_commands.run_kpi_define,
        "kpi-delete": kpi_commands.run_kpi_delete,
        "kpi-names": kpi_commands.run_kpi_names,
        "ports": modbus_commands.run_ports,
        "evaluate": evaluation_command.run_evaluate,
        "evaluation-system": evaluation_command.run_system,
        "checklists": checklist_command.run,
        "actions": actions_command.run,
        "report": report_command.run,
        "report-schedule": report_command.run_schedule,
        "packages": package_command.run,
        "workflows": workflow_command.run,
        "export": bundle_command.run,
        "verify": bundle_command.run,
        "site-key": bundle_command.run,
        "register": hq_command.run,
        "import": hq_command.run,
        "sites": hq_command.run,
        "compare": hq_command.run,
        "hq-report": hq_report_command.run,
        "projects": project_command.run,
        "reviews": review_command.run,
        "suppliers": supplier_command.run,
    }
    return handlers[command](args)


def open_from_args(args: argparse.Namespace) -> Startup:
    startup = open_site(resolve_data_dir(args.data_dir), demo_port=args.demo_port)
    if startup.initial_admin is not None:
        admin = startup.initial_admin
        print(
            f"qingyuan: first start: administrator '{admin.name}' created; "
            f"its password is in {admin.password_file}",
            file=sys.stderr,
        )
    head_office = getattr(args, "hq", False) or getattr(args, "hq_url", None)
    if startup.created_demo and not head_office:  # head office holds other sites' data
        days = first_run_seed_days()
        if days:
            summary = seed_demo(startup.database, days)
            print(
                f"qingyuan: demo plant: {days} days of history and records added "
                f"({summary.first_day} .. {summary.last_day})",
                file=sys.stderr,
            )
    return startup


def first_run_seed_days() -> int:
    """Days of demo history a new demo site gets ($QINGYUAN_DEMO_SEED_DAYS, default 120)."""
    text = os.environ.get(SEED_DAYS_VARIABLE, "").strip()
    return int(text) if text.isdigit() else DEFAULT_SEED_DAYS


def _gui(args: argparse.Namespace) -> int:
    from desktop_app.ui.launch import launch_gui

    return launch_gui(args)


def _screenshot(args: argparse.Namespace) -> int:
    from desktop_app.ui.launch import take_screenshot

    return take_screenshot(args)


def _acquire(args: argparse.Namespace) -> int:
    startup = open_from_args(args)
    runtime = AcquisitionRuntime(startup.database, startup.buses, demo=startup.site.is_demo)
    stop = threading.Event()
    _stop_on_signals(stop)
    started = time.monotonic()
    runtime.start()
    print(
        f"qingyuan: acquiring from {len(startup.buses)} bus(es) into {startup.database.path}",
        file=sys.stderr,
    )
    stop.wait(args.seconds)
    summary = runtime.stop()
    startup.database.close()
    result: dict[str, Any] = {
        "readings": summary.writer.written,
        "received": summary.readings_received,
        "errors": summary.failed_polls,
        "dropped": summary.writer.dropped,
        "duplicates": summary.writer.duplicates,
        "seconds": round(time.monotonic() - started, 3),
        "database": str(startup.database.path),
    }
    if summary.simulator_error:
        result["simulator_error"] = summary.simulator_error
    print(json.dumps(result, ensure_ascii=False))
    return 0


def _stop_on_signals(stop: threading.Event) -> None:
    def handler(_signum: int, _frame: object) -> None:
        stop.set()

    signal.signal(signal.SIGINT, handler)
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, handler)


def _simulate(args: argparse.Namespace) -> int:
    from drivers.simulators.modbus_server import run_forever

    run_forever(args.port)
    return 0


def _stats(args: argparse.Namespace) -> int:
    startup = open_from_args(args)
    stats = database_stats(startup.database)
    startup.database.close()
    if args.json:
        print(json.dumps(stats.as_dict(), ensure_ascii=False))
    else:
        for key, value in stats.as_dict().items():
            print(f"{key:20} {value}")
    return 0


def _users(args: argparse.Namespace) -> int:
    startup = open_from_args(args)
    with startup.database.reading() as session:
        users = list_users(session)
    startup.database.close()
    rows = [
        {"name": u.name, "display_name": u.display_name, "role": u.role.value, "active": u.active}
        for u in users
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        for row in rows:
            print(f"{row['name']:20} {row['role']:14} {row['display_name']}")
    return 0


def ensure_parent(path: str) -> Path:
    out = Path(path).expanduser().resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    return out
