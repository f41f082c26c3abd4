"""`qingyuan actions …`: list corrective actions and move them through their states headless.

Moving needs a signed-in user (password from $QINGYUAN_PASSWORD, else asked for), because the
rules depend on who asks: an inspector may start and finish work, only an engineer or
administrator may verify, reject or close, and never the person who marked the action done.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from desktop_app.cli.readings_command import sign_in
from desktop_app.services.actions import ActionInfo, list_actions, move_action
from desktop_app.services.database import Database, open_database
from desktop_app.services.errors import ConfigurationError
from domain.actions import ActionState, days_overdue
from domain.roles import PermissionDenied
from storage.data_dir import resolve_data_dir

STATES = tuple(s.value for s in ActionState)


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "actions",
        help="list corrective actions, or move one to another state",
        description="Without a sub-command: list corrective actions (due date first).",
    )
    parser.add_argument("--state", choices=STATES, default=None, help="only this state")
    parser.add_argument("--overdue", action="store_true", help="only overdue actions")
    parser.add_argument("--json", action="store_true", help="print JSON")
    steps = parser.add_subparsers(dest="actions_action")
    move = steps.add_parser(
        "move",
        help="move an action to another state",
        description="Move an action one step: open → in_progress → done → verified → closed, "
        "or back (done → in_progress needs --note).",
    )
    move.add_argument("id", help="the action's id (as listed)")
    move.add_argument("to_state", choices=STATES, metavar="STATE", help=", ".join(STATES))
    move.add_argument("--note", default="", help="why (required when rejecting done work)")
    move.add_argument("--user", required=True, help="user name (password: $QINGYUAN_PASSWORD)")


def run(args: argparse.Namespace) -> int:
    database = open_database(resolve_data_dir(args.data_dir))
    try:
        if args.actions_action == "move":
            return _move(database, args)
        return _list(database, args.state, args.overdue, args.json)
    finally:
        database.close()


def _list(database: Database, state: str | None, overdue: bool, as_json: bool) -> int:
    today = date.today()
    with database.reading() as session:
        actions = list_actions(session, state=state, overdue_only=overdue, today=today)
    rows = [_row(a, today) for a in actions]
    if as_json:
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    for r in rows:
        late = f"  {r['days_overdue']} d overdue" if r["days_overdue"] else ""
        owner = " · ".join(x for x in (r["department"], r["person"]) if x) or "-"
        print(
            f"{r['id']}  {r['state']:<11}  {r['priority']:<6}  due {r['due'] or '-':<10}"
            f"  {owner}  {r['title']}{late}"
        )
    return 0


def _move(database: Database, args: argparse.Namespace) -> int:
    from desktop_app.ui.action_text import action_error_text  # QtCore only: sentences

    actor = sign_in(database, args.user)
    if actor is None:
        print("qingyuan: wrong user name or password", file=sys.stderr)
        return 3
    try:
        with database.transaction() as session:
            info = move_action(session, actor, args.id, args.to_state, args.note)
    except (ConfigurationError, PermissionDenied) as error:
        print(f"qingyuan: not moved: {action_error_text(error)}", file=sys.stderr)
        return 2
    print(f"{info.id}  {info.state.value}  (revision {info.revision})")
    return 0


def _row(action: ActionInfo, today: date) -> dict[str, Any]:
    return {
        "id": action.id,
        "title": action.title,
        "description": action.description,
        "department": action.department,
        "person": action.person,
        "due": action.due.isoformat() if action.due else None,
        "priority": action.priority.value,
        "state": action.state.value,
        "days_overdue": days_overdue(action.state, action.due, today),
        "source_run": action.source_run,
        "source_item": action.source_item,
        "done_by": action.done_by,
        "verified_by": action.verified_by,
        "revision": action.revision,
    }
