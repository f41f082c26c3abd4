"""`qingyuan readings …`: manual readings, corrections and meter replacements without the GUI.

The same services as the GUI do the writing, so the same rules hold: a named, signed-in user
with the right role, a reason where one is required, the change log. The password is read from
$QINGYUAN_PASSWORD when set (scripts), otherwise asked for without echo.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.cli.history_command import parse_time
from desktop_app.services.database import Database, open_database
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.manual_readings import (
    correct_reading,
    corrections_of,
    enter_manual_reading,
)
from desktop_app.services.meter_replacements import replace_meter, replacements_of
from desktop_app.services.users import authenticate
from domain.roles import Actor, PermissionDenied
from storage.data_dir import resolve_data_dir
from storage.models import Tag

PASSWORD_VARIABLE = "QINGYUAN_PASSWORD"


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "readings",
        help="enter, correct or list readings by hand; record meter replacements",
        description="Write readings as a signed-in user (manual fill, corrections, meter swaps).",
    )
    actions = parser.add_subparsers(dest="readings_action", required=True)
    enter = _write_parser(actions, "enter", "record a reading taken by hand (quality: manual)")
    enter.add_argument("--value", type=float, required=True)
    enter.add_argument("--note", default="", help="where the value came from")
    correct = _write_parser(actions, "correct", "replace a stored value; the original is kept")
    correct.add_argument("--value", type=float, required=True)
    correct.add_argument("--reason", required=True, help="why (kept in the change log)")
    swap = _write_parser(actions, "replace-meter", "record that a counter's meter was swapped")
    swap.add_argument("--old-final", type=float, required=True, help="old meter's last reading")
    swap.add_argument("--new-start", type=float, required=True, help="new meter's first reading")
    swap.add_argument("--reason", required=True)
    listing = actions.add_parser("changes", help="a tag's corrections and meter replacements")
    listing.add_argument("tag")
    listing.add_argument("--json", action="store_true")


def _write_parser(actions: Any, name: str, text: str) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = actions.add_parser(name, help=text, description=text)
    parser.add_argument("tag", help="tag name, as in the configuration")
    parser.add_argument(
        "--at", required=True, type=parse_time, help="time, ISO 8601 (local unless zoned)"
    )
    parser.add_argument("--user", required=True, help="user name (password: $QINGYUAN_PASSWORD)")
    return parser


def run(args: argparse.Namespace) -> int:
    database = open_database(resolve_data_dir(args.data_dir))
    try:
        with database.reading() as session:
            tag = session.scalar(select(Tag).where(Tag.name == args.tag))
        if tag is None:
            print(f"qingyuan: no tag named {args.tag!r}", file=sys.stderr)
            return 2
        if args.readings_action == "changes":
            return _list_changes(database, tag.id, args.json)
        actor = sign_in(database, args.user)
        if actor is None:
            print("qingyuan: wrong user name or password", file=sys.stderr)
            return 3
        return _write(database, _writer(args, tag.id, actor))
    finally:
        database.close()


def _writer(args: argparse.Namespace, tag_id: int, actor: Actor) -> Callable[[Session], None]:
    at_ms = round(args.at.timestamp() * 1000)
    action = args.readings_action
    if action == "enter":
        return lambda s: enter_manual_reading(s, actor, tag_id, at_ms, args.value, args.note)
    if action == "correct":

        def correct(session: Session) -> None:
            correct_reading(session, actor, tag_id, at_ms, args.value, args.reason)

        return correct
    return lambda s: replace_meter(
        s, actor, tag_id, at_ms, args.old_final, args.new_start, args.reason
    )


def _write(database: Database, write: Callable[[Session], None]) -> int:
    from desktop_app.ui.problem_text import error_text  # QtCore only: sentences for codes

    try:
        with database.transaction() as session:
            write(session)
    except (ConfigurationError, PermissionDenied) as error:
        print(f"qingyuan: not saved: {error_text(error)}", file=sys.stderr)
        return 2
    print("saved")
    return 0


def sign_in(database: Database, name: str) -> Actor | None:
    password = os.environ.get(PASSWORD_VARIABLE)
    if password is None:
        password = getpass.getpass(f"password for {name}: ")
    with database.reading() as session:
        return authenticate(session, name, password)


def _list_changes(database: Database, tag_id: int, as_json: bool) -> int:
    with database.reading() as session:
        corrections = corrections_of(session, tag_id, 0, 2**62)
        swaps = replacements_of(session, tag_id)
    result = {
        "corrections": [
            {
                "ts_ms": c.ts_ms,
                "old_value": c.old_value,
                "old_quality": c.old_quality.name.lower(),
                "new_value": c.new_value,
                "by": c.actor_name,
                "at_ms": c.at_ms,
                "reason": c.reason,
            }
            for c in corrections
        ],
        "meter_replacements": [
            {
                "ts_ms": r.ts_ms,
                "old_final": r.old_final,
                "new_start": r.new_start,
                "by": r.user_name,
                "reason": r.reason,
            }
            for r in swaps
        ],
    }
    if as_json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        for c in result["corrections"]:
            print(
                f"correction  {c['ts_ms']}  {c['old_value']} → {c['new_value']}  {c['by']}: "
                f"{c['reason']}"
            )
        for r in result["meter_replacements"]:
            print(
                f"meter swap  {r['ts_ms']}  {r['old_final']} → {r['new_start']}  {r['by']}: "
                f"{r['reason']}"
            )
    return 0
