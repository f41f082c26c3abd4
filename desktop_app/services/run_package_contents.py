"""What a `.qyrun` package holds, read and checked without writing anything.

`inspect_package` is both the preview a person looks at before importing and the first step of
every import: a package that fails here (not a package, damaged, tampered with, unsafe, too
large, from a newer version) imports nothing. Records are checked column by column against the
tables they go into, so a hand-edited package cannot put a number where a name belongs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Float, FromClause, Integer, String

from desktop_app.services.run_package_format import (
    ACTION_PATH,
    EVIDENCE_PATH,
    PHOTO_PATH,
    RUN_PATH,
    STORED_NAME,
    TEMPLATE_PATH,
    FileEntry,
    Manifest,
    fail,
    open_package,
    parse_json,
    read_manifest,
    verify_files,
)
from domain.checklists import Template, TemplateError, parse_template
from storage.models import (
    ActionEventRecord,
    ChecklistAnswerRecord,
    ChecklistPhotoRecord,
    ChecklistRunRecord,
    CorrectiveActionRecord,
)

Record = dict[str, Any]
"""A row as the package carries it: column name → value."""


@dataclass(frozen=True)
class PackageTemplate:
    code: str
    version: int
    text: str
    template: Template


@dataclass(frozen=True)
class PackageRun:
    record: Record
    answers: tuple[Record, ...]
    photos: tuple[Record, ...]

    @property
    def id(self) -> str:
        return str(self.record["id"])


@dataclass(frozen=True)
class PackageAction:
    record: Record
    events: tuple[Record, ...]

    @property
    def id(self) -> str:
        return str(self.record["id"])


@dataclass(frozen=True)
class PackageContents:
    """A verified package: every file matched its sha256 and every record its table."""

    path: Path
    manifest: Manifest
    templates: tuple[PackageTemplate, ...]
    runs: tuple[PackageRun, ...]
    actions: tuple[PackageAction, ...]
    files: Mapping[str, FileEntry] = field(default_factory=dict)

    @property
    def photo_count(self) -> int:
        return sum(len(run.photos) for run in self.runs)


def inspect_package(path: Path) -> PackageContents:
    """Read and verify a package without writing anything.

    Refusals (`ConfigurationError`, field "package"): "not_a_package", "corrupt", "tampered"
    (a file differs from its sha256 in the manifest, or files were added or removed),
    "unsafe_path", "too_large", "unsupported_format" (a newer format version).
    """
    with open_package(path) as archive:
        manifest = read_manifest(archive)
        documents = verify_files(archive, manifest)
    templates = tuple(_template(name, data) for name, data in documents.items() if _is(name, 0))
    runs = tuple(_run(name, data) for name, data in documents.items() if _is(name, 1))
    actions = tuple(_action(name, data) for name, data in documents.items() if _is(name, 2))
    files = {entry.path: entry for entry in manifest.files}
    contents = PackageContents(path, manifest, templates, runs, actions, files)
    _cross_check(contents)
    return contents


def photo_entry(contents: PackageContents, photo: Record) -> FileEntry:
    return contents.files[f"photos/{photo['file_name']}"]


def evidence_entry(contents: PackageContents, event: Record) -> FileEntry:
    return contents.files[f"evidence/{event['file_name']}"]


def _is(name: str, kind: int) -> bool:
    return (TEMPLATE_PATH, RUN_PATH, ACTION_PATH)[kind].fullmatch(name) is not None


def _template(name: str, data: bytes) -> PackageTemplate:
    match = TEMPLATE_PATH.fullmatch(name)
    assert match is not None
    try:
        template = parse_template(data)
    except TemplateError as error:
        raise fail("corrupt", f"{name}: {error.code} {error.path}", name) from None
    if (template.code, template.version) != (match[1], int(match[2])):
        raise fail("corrupt", f"{name}: holds {template.code} v{template.version}", name)
    return PackageTemplate(template.code, template.version, data.decode("utf-8-sig"), template)


def _run(name: str, data: bytes) -> PackageRun:
    raw = _object(parse_json(data, name), name, ("run", "answers", "photos"))
    record = row_of(ChecklistRunRecord.__table__, raw["run"], name)
    if f"runs/{record['id']}.json" != name:
        raise fail("corrupt", f"{name}: holds run {record['id']}", name)
    if record["status"] != "completed":
        raise fail("corrupt", f"{name}: not a completed run", name)
    answers = _rows(ChecklistAnswerRecord.__table__, raw["answers"], name)
    photos = _rows(ChecklistPhotoRecord.__table__, raw["photos"], name)
    for row in (*answers, *photos):
        if row["run_id"] != record["id"]:
            raise fail("corrupt", f"{name}: a row of another run", name)
    return PackageRun(record, answers, photos)


def _action(name: str, data: bytes) -> PackageAction:
    raw = _object(parse_json(data, name), name, ("action", "events"))
    record = row_of(CorrectiveActionRecord.__table__, raw["action"], name)
    if f"actions/{record['id']}.json" != name:
        raise fail("corrupt", f"{name}: holds action {record['id']}", name)
    events = _rows(ActionEventRecord.__table__, raw["events"], name)
    if any(event["action_id"] != record["id"] for event in events):
        raise fail("corrupt", f"{name}: an event of another action", name)
    if len({event["id"] for event in events}) != len(events):
        raise fail("corrupt", f"{name}: an event appears twice", name)
    return PackageAction(record, events)


def _cross_check(contents: PackageContents) -> None:
    """Every run's template, photo and every evidence file is in the package, and no file more."""
    templates = {(t.code, t.version): t.template for t in contents.templates}
    needed: set[str] = set()
    for run in contents.runs:
        template = templates.get((run.record["template_code"], run.record["template_version"]))
        if template is None:
            raise fail("corrupt", f"run {run.id}: its template is missing")
        codes = {item.code for item in template.items()}
        for row in (*run.answers, *run.photos):
            if row["item_code"] not in codes:
                raise fail("corrupt", f"run {run.id}: unknown item {row['item_code']}")
        for answer in run.answers:
            parse_json(str(answer["value"]).encode(), f"runs/{run.id}.json")
        for photo in run.photos:
            needed.add(_stored_file(contents, "photos", photo, run.id))
    for action in contents.actions:
        for event in action.events:
            if event["file_name"] is not None:
                needed.add(_stored_file(contents, "evidence", event, action.id))
    binary = {p for p in contents.files if PHOTO_PATH.fullmatch(p) or EVIDENCE_PATH.fullmatch(p)}
    if binary - needed:
        raise fail("corrupt", f"{sorted(binary - needed)[0]}: belongs to no record")
    if len({p["id"] for r in contents.runs for p in r.photos}) != contents.photo_count:
        raise fail("corrupt", "a photo appears twice")


def _stored_file(contents: PackageContents, folder: str, row: Record, owner: str) -> str:
    name = str(row["file_name"])
    match = STORED_NAME.fullmatch(name)
    if match is None or match[1] != owner:
        raise fail("unsafe_path", repr(name[:200]))
    path = f"{folder}/{name}"
    entry = contents.files.get(path)
    if entry is None:
        raise fail("corrupt", f"{path}: missing")
    if "sha256" in row and row["sha256"] != entry.sha256:
        raise fail("tampered", f"{path}: sha256 differs from its record")
    return path


def _object(raw: object, name: str, keys: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(raw, dict) or set(raw) != set(keys):
        raise fail("corrupt", f"{name}: expected keys {', '.join(keys)}", name)
    return raw


def _rows(table: FromClause, raw: object, name: str) -> tuple[Record, ...]:
    if not isinstance(raw, list):
        raise fail("corrupt", f"{name}: expected a list", name)
    return tuple(row_of(table, item, name) for item in raw)


def row_of(table: FromClause, raw: object, name: str) -> Record:
    """A record with exactly the table's columns, each of the column's type and length.

    A column missing from the record is allowed only if the table gives it a default (a
    package from before a schema addition); unknown keys are refused.
    """
    if not isinstance(raw, dict):
        raise fail("corrupt", f"{name}: expected an object", name)
    columns = {column.name: column for column in table.columns}
    unknown = set(raw) - set(columns)
    if unknown:
        raise fail("corrupt", f"{name}: unknown key {sorted(unknown)[0]}", name)
    row: Record = {}
    for key, column in columns.items():
        if key not in raw:
            default = column.default
            if column.nullable:
                row[key] = None
            elif default is not None and default.is_scalar:
                row[key] = default.arg
            else:
                raise fail("corrupt", f"{name}: missing {key}", name)
            continue
        row[key] = _value(raw[key], column, f"{name}: {key}")
    return row


def _value(value: object, column: Any, where: str) -> object:
    if value is None:
        if not column.nullable:
            raise fail("corrupt", f"{where} is empty", where)
        return None
    kind = column.type
    if isinstance(kind, Boolean):
        ok = isinstance(value, bool)
    elif isinstance(kind, Integer):
        ok = isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**63
    elif isinstance(kind, Float):
        ok = isinstance(value, int | float) and not isinstance(value, bool) and abs(value) < 1e300
        value = float(value) if ok else value  # type: ignore[arg-type]
    elif isinstance(kind, String):
        ok = isinstance(value, str) and (kind.length is None or len(value) <= kind.length)
    else:
        ok = False
    if not ok:
        raise fail("corrupt", f"{where}: {type(value).__name__} not allowed", where)
    return value
