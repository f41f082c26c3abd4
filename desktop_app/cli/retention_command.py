"""`qingyuan retention`: show or change how long raw readings are kept, without the GUI.

`set` writes through the same service as the Settings page, so the same rules hold: an
administrator signed in by name and password ($QINGYUAN_PASSWORD when set, otherwise asked for
without echo), at least 90 days, the change log with a reason. Options left out keep their
current value. An application already running on the data directory applies the new policy at
its next start; the GUI's Settings page applies it at once.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from datetime import datetime
from typing import Any

from desktop_app.cli.readings_command import PASSWORD_VARIABLE
from desktop_app.services.database import Database, open_database
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.retention_settings import policy_values, retention_policy, set_retention
from desktop_app.services.users import authenticate
from domain.roles import Actor, PermissionDenied
from storage.data_dir import resolve_data_dir
from storage.readings import raw_horizon
from storage.retention import RetentionPolicy


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "retention",
        help="show or set how long raw readings are kept (rollups are always kept)",
        description="Show the raw-data retention policy; `retention set` changes it.",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    actions = parser.add_subparsers(dest="retention_action")
    change = actions.add_parser(
        "set",
        help="change the policy as an administrator (options left out stay as they are)",
        description="Change the raw-data retention policy; options left out stay as they are.",
    )
    days = change.add_mutually_exclusive_group()
    days.add_argument("--raw-days", type=int, help="keep raw readings N days (at least 90)")
    days.add_argument("--keep-all", action="store_true", help="keep every raw reading")
    size = change.add_mutually_exclusive_group()
    size.add_argument("--max-gb", type=float, help="delete the oldest raw days past G GB")
    size.add_argument("--no-size-limit", action="store_true", help="no database size limit")
    free = change.add_mutually_exclusive_group()
    free.add_argument("--min-free-gb", type=float, help="keep at least G GB free on the disk")
    free.add_argument("--no-free-check", action="store_true", help="no free-space check")
    change.add_argument(
        "--user", required=True, help=f"administrator (password: ${PASSWORD_VARIABLE})"
    )
    change.add_argument("--reason", default="", help="why (kept in the change log)")
    change.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace) -> int:
    database = open_database(resolve_data_dir(args.data_dir))
    try:
        if args.retention_action == "set":
            return _set(database, args)
        return _show(database, args.json)
    finally:
        database.close()


def _show(database: Database, as_json: bool) -> int:
    with database.reading() as session:
        policy = retention_policy(session)
        horizon = raw_horizon(session.connection())
    _print(policy, horizon, as_json)
    return 0


def _set(database: Database, args: argparse.Namespace) -> int:
    from desktop_app.ui.problem_text import error_text  # QtCore only: sentences for codes

    with database.reading() as session:
        current = retention_policy(session)
    raw_days = _choice(args.keep_all, args.raw_days, current.raw_days)
    max_gb = _choice(args.no_size_limit, args.max_gb, current.max_database_gb)
    min_free_gb = _choice(args.no_free_check, args.min_free_gb, current.min_free_disk_gb)
    actor = _sign_in(database, args.user)
    if actor is None:
        print("qingyuan: wrong user name or password", file=sys.stderr)
        return 3
    try:
        with database.transaction() as session:
            policy = set_retention(session, actor, raw_days, max_gb, min_free_gb, args.reason)
            horizon = raw_horizon(session.connection())
    except (ConfigurationError, PermissionDenied) as error:
        print(f"qingyuan: not saved: {error_text(error)}", file=sys.stderr)
        return 2
    print(
        "qingyuan: saved; an application already running on this data directory applies it "
        "at its next start",
        file=sys.stderr,
    )
    _print(policy, horizon, args.json)
    return 0


def _choice(cleared: bool, given: Any, current: Any) -> Any:
    """None when the option clearing it was given, the value given, else the current one."""
    if cleared:
        return None
    return current if given is None else given


def _sign_in(database: Database, name: str) -> Actor | None:
    password = os.environ.get(PASSWORD_VARIABLE)
    if password is None:
        password = getpass.getpass(f"password for {name}: ")
    with database.reading() as session:
        return authenticate(session, name, password)


def _print(policy: RetentionPolicy, horizon_ms: int | None, as_json: bool) -> None:
    result = {
        **policy_values(policy),
        "raw_min_days": policy.raw_min_days,
        "raw_horizon_ms": horizon_ms,
        "rollups": "kept",
    }
    if as_json:
        print(json.dumps(result, ensure_ascii=False))
        return
    days = "all" if policy.raw_days is None else f"{policy.raw_days} days"
    size = "no limit" if policy.max_database_gb is None else f"{policy.max_database_gb:g} GB"
    free = "no check" if policy.min_free_disk_gb is None else f"{policy.min_free_disk_gb:g} GB"
    print(f"{'raw readings kept':24} {days}")
    print(f"{'database size limit':24} {size}")
    print(f"{'keep free on disk':24} {free}")
    print(f"{'size limits spare':24} the last {policy.raw_min_days} days")
    print(f"{'raw readings since':24} {'all kept' if horizon_ms is None else _local(horizon_ms)}")
    print(f"{'minute/hour/day rollups':24} always kept")


def _local(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000).astimezone().isoformat(timespec="seconds")
