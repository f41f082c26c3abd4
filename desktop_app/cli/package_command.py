"""`qingyuan packages …`: carry completed runs between a tablet and the plant PC headless.

`export` writes completed runs (with their photos, templates and corrective actions) to a
`.qyrun` file, `inspect` checks a package and says what it holds without touching any
database, `import` brings one in (importing the same file again changes nothing). An action
edited on both sides is reported as a conflict and left alone; `--theirs ID` or `--ours ID`
decides it (engineer or administrator). Exit status: 0 done, 1 done with conflicts left,
2 refused, 3 wrong user name or password.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli.readings_command import sign_in
from desktop_app.services.checklist_runs import completed_runs
from desktop_app.services.checklist_templates import install_builtin_templates
from desktop_app.services.database import Database, open_database
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.run_packages import (
    ActionConflict,
    ImportReport,
    PackageContents,
    export_runs,
    import_package,
    inspect_package,
)
from domain.roles import Actor, PermissionDenied
from storage.data_dir import resolve_data_dir

ALL_RUNS = 1_000_000
USER_HELP = "user name (password: $QINGYUAN_PASSWORD)"


def add_parser(sub: Any) -> None:
    packages = sub.add_parser(
        "packages",
        help="export, inspect and import run packages (.qyrun) between tablet and PC",
    )
    steps = packages.add_subparsers(dest="packages_action", required=True)
    export = steps.add_parser(
        "export",
        help="write completed runs and their actions to a package file",
        description="Write completed runs to OUT.qyrun. OUT may also come last after --runs.",
    )
    export.add_argument("out", nargs="?", default=None, metavar="OUT.qyrun")
    chosen = export.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--runs", nargs="+", action="extend", metavar="ID", help="run ids")
    chosen.add_argument("--all-completed", action="store_true", help="every completed run")
    export.add_argument(
        "--actions", nargs="+", action="extend", default=[], metavar="ID",
        help="further corrective actions to include (those raised by the runs always are)",
    )  # fmt: skip
    export.add_argument("--user", required=True, help=USER_HELP)
    export.add_argument("--json", action="store_true", help="print JSON")
    inspect = steps.add_parser("inspect", help="check a package and list what it holds")
    inspect.add_argument("file", type=Path)
    inspect.add_argument("--json", action="store_true", help="print JSON")
    load = steps.add_parser(
        "import",
        help="import a package (again: changes nothing)",
        description="Exit status 1 when conflicts are left; decide them with --theirs/--ours.",
    )
    load.add_argument("file", type=Path)
    load.add_argument("--user", required=True, help=USER_HELP)
    load.add_argument(
        "--theirs", nargs="+", action="extend", default=[], metavar="ID",
        help="for these actions in conflict, take the package's version",
    )  # fmt: skip
    load.add_argument(
        "--ours", nargs="+", action="extend", default=[], metavar="ID",
        help="for these actions in conflict, keep this computer's version",
    )  # fmt: skip
    load.add_argument("--json", action="store_true", help="print JSON")


def run(args: argparse.Namespace) -> int:
    if args.packages_action == "inspect":
        return _guarded(lambda: _inspect(args.file, args.json))
    data_dir = resolve_data_dir(args.data_dir)
    database = open_database(data_dir)
    try:
        with database.transaction() as session:  # a data directory the GUI never opened
            install_builtin_templates(session)
        actor = sign_in(database, args.user)
        if actor is None:
            print("qingyuan: wrong user name or password", file=sys.stderr)
            return 3
        if args.packages_action == "export":
            return _guarded(lambda: _export(database, actor, args))
        return _guarded(lambda: _import(database, actor, args))
    finally:
        database.close()


def _guarded(step: Any) -> int:
    try:
        return int(step())
    except (ConfigurationError, PermissionDenied, OSError) as error:
        from desktop_app.ui.package_text import package_error_text  # QtCore only: sentences

        code = getattr(error, "code", type(error).__name__)
        print(f"qingyuan: refused ({code}): {package_error_text(error)}", file=sys.stderr)
        return 2


def _export(database: Database, actor: Actor, args: argparse.Namespace) -> int:
    runs = list(args.runs or [])
    out = args.out
    if out is None and runs and runs[-1].endswith(".qyrun"):
        out = runs.pop()
    if out is None:
        raise argparse.ArgumentTypeError("packages export: name the package file (OUT.qyrun)")
    out_path = Path(out).expanduser().resolve()
    with database.transaction() as session:
        if args.all_completed:
            runs = [r.id for r in completed_runs(session, ALL_RUNS)]
        summary = export_runs(
            session, actor, database.data_dir, runs, out_path, action_ids=args.actions
        )
    result = {
        "file": str(summary.path), "runs": list(summary.runs), "actions": list(summary.actions),
        "templates": list(summary.templates), "photos": summary.photos, "bytes": summary.bytes,
    }  # fmt: skip
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(
            f"exported {len(summary.runs)} run(s), {len(summary.actions)} action(s), "
            f"{summary.photos} photo(s) to {summary.path} ({summary.bytes} bytes)"
        )
    return 0


def _inspect(path: Path, as_json: bool) -> int:
    contents = inspect_package(path)
    result = contents_dict(contents)
    if as_json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    manifest = result["manifest"]
    print(
        f"{path.name}: format {manifest['format_version']}, site {manifest['site_code'] or '-'}, "
        f"exported by {manifest['exported_by']} (Qingyuan {manifest['app_version']})"
    )
    for template in result["templates"]:
        print(f"template  {template['code']} v{template['version']}  {template['name']}")
    for r in result["runs"]:
        score = "-" if r["score_percent"] is None else f"{r['score_percent']:.0f}%"
        print(
            f"run       {r['id']}  {r['template']}  {score:>5}  {r['photos']} photo(s)  "
            f"{r['finished_by']}  {r['title']}"
        )
    for a in result["actions"]:
        print(f"action    {a['id']}  {a['state']:<11}  rev {a['revision']}  {a['title']}")
    return 0


def contents_dict(contents: PackageContents) -> dict[str, Any]:
    manifest = contents.manifest
    return {
        "manifest": {
            "format_version": manifest.format_version, "created_ms": manifest.created_ms,
            "site_code": manifest.site_code, "exported_by": manifest.exported_by,
            "app_version": manifest.app_version, "files": len(manifest.files),
            "bytes": sum(f.size for f in manifest.files),
        },
        "templates": [
            {"code": t.code, "version": t.version, "name": t.template.name.zh}
            for t in contents.templates
        ],
        "runs": [
            {
                "id": r.id,
                "template": f"{r.record['template_code']} v{r.record['template_version']}",
                "title": r.record["title"], "finished_by": r.record["finished_by"],
                "finished_ms": r.record["finished_ms"], "score_percent": r.record["score_percent"],
                "answers": len(r.answers), "photos": len(r.photos),
            }
            for r in contents.runs
        ],
        "actions": [
            {
                "id": a.id, "title": a.record["title"], "state": a.record["state"],
                "revision": a.record["revision"], "events": len(a.events),
            }
            for a in contents.actions
        ],
    }  # fmt: skip


def _import(database: Database, actor: Actor, args: argparse.Namespace) -> int:
    both = set(args.theirs) & set(args.ours)
    if both:
        raise ConfigurationError("bad_resolution", f"{sorted(both)[0]}: theirs and ours", "")
    resolutions = {**dict.fromkeys(args.theirs, "theirs"), **dict.fromkeys(args.ours, "ours")}
    with database.transaction() as session:
        report = import_package(
            session, actor, database.data_dir, args.file.expanduser(), resolutions=resolutions
        )
    if args.json:
        print(json.dumps(report_dict(report), ensure_ascii=False))
    else:
        _print_report(report)
    return 1 if report.conflicts else 0


def report_dict(report: ImportReport) -> dict[str, Any]:
    return {
        "new": report.new, "updated": report.updated, "skipped": report.skipped,
        "templates_new": list(report.templates_new), "runs_new": list(report.runs_new),
        "runs_skipped": list(report.runs_skipped), "photos_new": report.photos_new,
        "actions_new": list(report.actions_new), "actions_updated": list(report.actions_updated),
        "actions_kept": list(report.actions_kept),
        "actions_skipped": list(report.actions_skipped), "events_new": report.events_new,
        "files_written": report.files_written, "resolved": dict(report.resolved),
        "conflicts": [_conflict_dict(c) for c in report.conflicts],
    }  # fmt: skip


def _conflict_dict(conflict: ActionConflict) -> dict[str, Any]:
    def side(version: Any) -> dict[str, Any]:
        return {
            "revision": version.revision, "updated_by": version.updated_by,
            "updated_ms": version.updated_ms,
        }  # fmt: skip

    return {
        "action_id": conflict.action_id,
        "title": conflict.title,
        "ours": side(conflict.ours),
        "theirs": side(conflict.theirs),
        "fields": [{"field": f.field, "ours": f.ours, "theirs": f.theirs} for f in conflict.fields],
    }


def _print_report(report: ImportReport) -> None:
    print(
        f"new {report.new} (runs {len(report.runs_new)}, actions {len(report.actions_new)}, "
        f"templates {len(report.templates_new)}), updated {report.updated}, "
        f"skipped {report.skipped}, photos {report.photos_new}, files {report.files_written}, "
        f"conflicts {len(report.conflicts)}"
    )
    for action_id, choice in report.resolved:
        print(f"resolved  {action_id}  {choice}")
    for conflict in report.conflicts:
        ours, theirs = conflict.ours, conflict.theirs
        print(
            f"conflict  {conflict.action_id}  {conflict.title}  (ours: rev {ours.revision} "
            f"by {ours.updated_by}; theirs: rev {theirs.revision} by {theirs.updated_by})"
        )
        for field in conflict.fields:
            print(f"    {field.field}: ours {field.ours!r}  theirs {field.theirs!r}")
    if report.conflicts:
        print("decide with --theirs ID or --ours ID (engineer or administrator)", file=sys.stderr)
