"""`qingyuan workflows …`: tasks, instances and definitions headless.

Acting needs a signed-in user (password from $QINGYUAN_PASSWORD, else asked for); for an
approval or a rejection that same password is the electronic signature, as in the GUI.
Values are given as `--set field=value`; a value that reads as JSON (a number, true/false) is
taken as such, anything else as text.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_app.cli.readings_command import PASSWORD_VARIABLE
from desktop_app.services import workflow_definitions as definitions
from desktop_app.services import workflows
from desktop_app.services.database import Database, open_database
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.users import authenticate
from desktop_app.services.workflow_attachments import add_attachment
from desktop_app.services.workflow_tasks import (
    TaskInfo,
    instance_info,
    list_instances,
    my_tasks,
    open_tasks,
)
from desktop_app.services.workflow_triggers import watch
from domain.readings import now_ms
from domain.roles import Actor, PermissionDenied, Role
from storage.data_dir import resolve_data_dir

USER_HELP = "user name (password: $QINGYUAN_PASSWORD)"
_READER = Actor("reader", Role.VIEWER)
"""Reading the site's open tasks needs nobody signed in; `blocked` then says a viewer's."""


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "workflows",
        help="workflow tasks, instances and definitions",
        description="Without a sub-command: every open task (earliest due first).",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    steps = parser.add_subparsers(dest="workflow_action")
    tasks = steps.add_parser("tasks", help="the open tasks of a user (or all with --all)")
    tasks.add_argument("--user", required=True, help=USER_HELP)
    tasks.add_argument("--all", action="store_true", help="every open task, not only mine")
    listing = steps.add_parser("list", help="workflow instances, newest first")
    listing.add_argument("--status", choices=("running", "completed", "rejected", "cancelled"))
    show = steps.add_parser("show", help="one instance with its tasks and history")
    show.add_argument("id")
    start = steps.add_parser("start", help="start a workflow")
    start.add_argument("code", help="definition code, e.g. waste_handling")
    start.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE")
    start.add_argument("--title", default="")
    start.add_argument("--user", required=True, help=USER_HELP)
    complete = steps.add_parser("complete", help="fill a task's fields and finish it")
    complete.add_argument("task")
    complete.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE")
    complete.add_argument("--attach", action="append", default=[], type=Path, metavar="FILE")
    complete.add_argument("--user", required=True, help=USER_HELP)
    approve = steps.add_parser("approve", help="sign an approval task")
    approve.add_argument("task")
    approve.add_argument("--user", required=True, help=USER_HELP)
    reject = steps.add_parser("reject", help="refuse an approval task, saying why")
    reject.add_argument("task")
    reject.add_argument("--note", required=True)
    reject.add_argument("--user", required=True, help=USER_HELP)
    steps.add_parser("watch", help="escalate overdue tasks; start what alarms and KPIs call for")
    steps.add_parser("definitions", help="the workflow definitions")
    export = steps.add_parser("export", help="write a definition file")
    export.add_argument("code")
    export.add_argument("--out", type=Path, default=None, help="file (default: stdout)")
    imported = steps.add_parser("import", help="read a definition file (a new version)")
    imported.add_argument("file", type=Path)
    imported.add_argument("--user", required=True, help=USER_HELP)


def run(args: argparse.Namespace) -> int:
    database = open_database(resolve_data_dir(args.data_dir))
    try:
        return _dispatch(database, args)
    except ConfigurationError as error:
        where = f" at {error.field}" if error.field else ""
        print(f"qingyuan: refused: {error.code}{where} ({error.detail})", file=sys.stderr)
        return 2
    except PermissionDenied as error:
        print(f"qingyuan: refused: {error}", file=sys.stderr)
        return 2
    finally:
        database.close()


def _dispatch(database: Database, args: argparse.Namespace) -> int:
    action = args.workflow_action
    if action in (None, "list", "show", "definitions", "export", "watch"):
        return _read(database, args)
    password = os.environ.get(PASSWORD_VARIABLE)
    if password is None:
        password = getpass.getpass(f"password for {args.user}: ")
    with database.reading() as session:
        actor = authenticate(session, args.user, password)
    if actor is None:
        print("qingyuan: wrong user name or password", file=sys.stderr)
        return 3
    with database.transaction() as session:
        if action == "tasks":
            found = (open_tasks if args.all else my_tasks)(session, actor)
            return _print_tasks(found, args.json)
        if action == "start":
            values = _values(args.set)
            instance = workflows.start_workflow(session, actor, args.code, values, title=args.title)
            print(instance)
        elif action == "complete":
            for path in args.attach:
                add_attachment(
                    session, actor, args.task, path.read_bytes(), path.name,
                    resolve_data_dir(args.data_dir),
                )  # fmt: skip
            workflows.complete_step(session, actor, args.task, _values(args.set))
        elif action == "approve":
            workflows.approve_step(session, actor, args.task, password)
        elif action == "reject":
            workflows.reject_step(session, actor, args.task, password, args.note)
        elif action == "import":
            text = definitions.read_definition_file(args.file)
            summary = definitions.import_definition(session, actor, text, str(args.file))
            print(f"{summary.code} v{summary.version}")
    return 0


def _read(database: Database, args: argparse.Namespace) -> int:
    action = args.workflow_action
    if action == "watch":
        with database.transaction() as session:
            summary = watch(session)
        print(json.dumps({"escalated": summary.escalated, "started": summary.started}))
        return 0
    with database.reading() as session:
        if action is None:
            return _print_tasks(open_tasks(session, _READER), args.json)
        if action == "list":
            rows = [_instance_row(i) for i in list_instances(session, args.status)]
        elif action == "show":
            info = instance_info(session, args.id)
            rows = [_instance_row(info)]
        elif action == "definitions":
            rows = [
                {"code": d.code, "version": d.version, "name": d.name.zh, "name_en": d.name.en,
                 "steps": d.steps, "builtin": d.builtin, "active": d.active,
                 "triggers": [t.value for t in d.triggers]}
                for d in definitions.list_definitions(session, include_retired=True)
            ]  # fmt: skip
        else:
            text = definitions.export_definition(session, args.code)
            if args.out is None:
                sys.stdout.write(text)
            else:
                args.out.write_text(text, encoding="utf-8")
            return 0
    if action == "show":
        rows[0]["tasks"] = [_task_row(t) for t in info.tasks]
        rows[0]["events"] = [
            {"kind": e.kind, "by": e.actor_name, "at": _iso(e.at_ms), "note": e.note,
             "values": e.values, "file": e.file_name,
             "meaning": e.meaning.zh if e.meaning else None}
            for e in info.events
        ]  # fmt: skip
    if args.json or action == "show":
        print(json.dumps(rows if action != "show" else rows[0], ensure_ascii=False, indent=1))
    else:
        for row in rows:
            print("  ".join(str(v) for k, v in row.items() if k not in ("values",)))
    return 0


def _print_tasks(tasks: list[TaskInfo], as_json: bool) -> int:
    rows = [_task_row(t) for t in tasks]
    if as_json:
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    now = now_ms()
    for t, row in zip(tasks, rows, strict=True):
        late = "  OVERDUE" if t.overdue(now) else ""
        up = f"  escalated to {t.escalate_to}" if t.escalated_ms else ""
        who = t.person or ",".join(t.roles)
        print(f"{t.id}  {t.workflow_code}/{t.step_code}  {who} {t.department}"
              f"  due {row['due'] or '-'}{late}{up}  {t.instance_title}")  # fmt: skip
    return 0


def _task_row(t: TaskInfo) -> dict[str, Any]:
    return {
        "id": t.id, "instance": t.instance_id, "workflow": t.workflow_code,
        "step": t.step_code, "kind": t.kind, "level": t.level + 1, "levels": t.levels,
        "roles": list(t.roles), "department": t.department, "person": t.person,
        "state": t.state, "due": _iso(t.due_ms), "escalated": t.escalated_ms is not None,
        "overdue": t.overdue(now_ms()), "acted_by": t.acted_by, "blocked": t.blocked,
    }  # fmt: skip


def _instance_row(info: Any) -> dict[str, Any]:
    return {
        "id": info.id, "workflow": info.definition.code, "version": info.definition.version,
        "title": info.title, "status": info.status, "step": info.step,
        "source": f"{info.source_kind}:{info.source_ref}", "started_by": info.started_by,
        "started": _iso(info.started_ms), "values": info.values,
    }  # fmt: skip


def _values(pairs: list[str]) -> dict[str, object]:
    values: dict[str, object] = {}
    for pair in pairs:
        field, sep, raw = pair.partition("=")
        if not sep:
            raise ConfigurationError("bad_value", pair, "set")
        try:
            values[field.strip()] = json.loads(raw)
        except json.JSONDecodeError:
            values[field.strip()] = raw
    return values


def _iso(ms: int | None) -> str | None:
    if ms is None:
        return None
    return datetime.fromtimestamp(ms / 1000, UTC).astimezone().isoformat(timespec="minutes")
