"""`qingyuan checklists …`: audit and inspection checklists headless.

`templates` lists the newest version of every template, `import-template` adds a template file
(or a new version of one) as a signed-in user, `export-template` writes one out to edit or to
carry to another site, and `runs` lists the drafts and the finished inspections.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli.readings_command import sign_in
from desktop_app.services.checklist_runs import RunSummary, completed_runs, drafts
from desktop_app.services.checklist_templates import (
    TemplateSummary,
    available_templates,
    export_template,
    import_template,
    install_builtin_templates,
    read_template_file,
)
from desktop_app.services.database import Database, open_database
from desktop_app.services.errors import ConfigurationError
from domain.roles import PermissionDenied
from storage.data_dir import resolve_data_dir


def add_parser(sub: Any) -> None:
    checklists = sub.add_parser("checklists", help="audit and inspection checklists")
    actions = checklists.add_subparsers(dest="checklist_action", required=True)
    templates = actions.add_parser("templates", help="the templates (newest version of each)")
    templates.add_argument("--json", action="store_true", help="print JSON")
    load = actions.add_parser(
        "import-template", help="import a template file (a new template or a higher version)"
    )
    load.add_argument("file", type=Path)
    load.add_argument("--user", required=True, help="user name (password: $QINGYUAN_PASSWORD)")
    export = actions.add_parser("export-template", help="write a template as a JSON file")
    export.add_argument("code")
    export.add_argument("file", type=Path)
    export.add_argument("--version", type=int, default=None, help="default: the newest")
    runs = actions.add_parser("runs", help="drafts and finished inspections")
    runs.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace) -> int:
    database = open_database(resolve_data_dir(args.data_dir))
    try:
        with database.transaction() as session:  # a data directory the GUI never opened
            install_builtin_templates(session)
        action = args.checklist_action
        if action == "templates":
            return _templates(database, args.json)
        if action == "runs":
            return _runs(database, args.json)
        if action == "export-template":
            with database.reading() as session:
                text = export_template(session, args.code, args.version)
            args.file.write_text(text, encoding="utf-8")
            print(f"wrote {args.code} to {args.file}")
            return 0
        text = read_template_file(args.file)
        actor = sign_in(database, args.user)
        if actor is None:
            print("qingyuan: wrong user name or password", file=sys.stderr)
            return 3
        with database.transaction() as session:
            summary = import_template(session, actor, text, source=args.file.name)
        print(
            f"imported {summary.code} v{summary.version} ({summary.name.zh}, {summary.items} items)"
        )
        return 0
    except PermissionDenied as error:
        print(f"qingyuan: refused: {error}", file=sys.stderr)
        return 2
    except ConfigurationError as error:
        where = f" at {error.field}" if error.field else ""
        print(f"qingyuan: refused: {error.code}{where} {error.detail}".rstrip(), file=sys.stderr)
        return 2
    except OSError as error:
        print(f"qingyuan: {error}", file=sys.stderr)
        return 2
    finally:
        database.close()


def _templates(database: Database, as_json: bool) -> int:
    with database.reading() as session:
        rows = [template_json(s) for s in available_templates(session)]
    if as_json:
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    for row in rows:
        origin = "built-in" if row["builtin"] else "imported"
        print(
            f"{row['code']:32} v{row['version']:<4} {row['category']:12} {origin:9} "
            f"{row['items']:4} items  {row['name']}"
        )
    return 0


def _runs(database: Database, as_json: bool) -> int:
    with database.reading() as session:
        rows = [run_json(s) for s in (*drafts(session), *completed_runs(session))]
    if as_json:
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    for row in rows:
        score = "—" if row["score_percent"] is None else f"{row['score_percent']:.1f}%"
        progress = f"{row['answered']:>4}/{row['total']:<4}"
        print(
            f"{row['id']}  {row['status']:9} {row['template']:28} v{row['template_version']:<3} "
            f"{progress} {score:>7}  {row['started_by']}  {row['title']}"
        )
    return 0


def template_json(summary: TemplateSummary) -> dict[str, Any]:
    return {
        "code": summary.code, "version": summary.version, "name": summary.name.zh,
        "name_en": summary.name.en, "category": summary.category, "builtin": summary.builtin,
        "items": summary.items,
    }  # fmt: skip


def run_json(summary: RunSummary) -> dict[str, Any]:
    return {
        "id": summary.id, "template": summary.template_code,
        "template_version": summary.template_version, "title": summary.title,
        "status": summary.status, "started_by": summary.started_by,
        "started_ms": summary.started_ms, "finished_ms": summary.finished_ms,
        "answered": summary.answered, "total": summary.total,
        "score_percent": summary.score_percent,
    }  # fmt: skip
