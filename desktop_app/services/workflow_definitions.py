"""Workflow definitions in the database: built-ins installed at start-up, files imported and
exported, versions edited in the GUI editor, retired ones hidden.

A (code, version) never changes its content: a running instance keeps the version it started
with, so an edit always stores a new version. Import refuses what the parser refuses, with the
parser's code and JSON pointer, so the editor can put the cursor on the fault.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.change_log import record_change
from desktop_app.services.errors import ConfigurationError
from domain.readings import now_ms
from domain.roles import SYSTEM, Actor, Permission
from domain.workflow_model import Text, Trigger, WorkflowDefinition, WorkflowError
from domain.workflow_parser import parse_definition
from domain.workflow_writer import definition_to_json
from storage.models import WorkflowDefinitionRecord

log = logging.getLogger(__name__)

MAX_DEFINITION_FILE_BYTES = 512 * 1024


@dataclass(frozen=True)
class DefinitionSummary:
    code: str
    version: int
    name: Text
    triggers: tuple[Trigger, ...]
    steps: int
    builtin: bool
    active: bool


def builtin_definition_texts() -> list[tuple[str, str]]:
    """(file name, text) of every shipped definition, by file name."""
    folder = resources.files("resources").joinpath("workflows")
    if not folder.is_dir():
        return []
    found = [
        (item.name, item.read_text(encoding="utf-8"))
        for item in folder.iterdir()
        if item.name.endswith(".json") and item.is_file()
    ]
    return sorted(found)


def install_builtin_workflows(session: Session) -> int:
    """Store every shipped definition version the database lacks; returns how many were added.

    A shipped file that does not parse is a release bug: logged and skipped, because the rest
    of the application does not depend on it.
    """
    stored = {(r.code, r.version) for r in session.scalars(select(WorkflowDefinitionRecord))}
    added = 0
    for name, text in builtin_definition_texts():
        try:
            definition = parse_definition(text)
        except WorkflowError as error:
            log.error("built-in workflow %s is broken: %s", name, error)
            continue
        if (definition.code, definition.version) in stored:
            continue
        _store(session, definition, builtin=True, actor=SYSTEM)
        added += 1
    if added:
        session.flush()
    return added


def list_definitions(session: Session, *, include_retired: bool = False) -> list[DefinitionSummary]:
    """The newest version of every definition code, by code."""
    newest: dict[str, WorkflowDefinitionRecord] = {}
    for row in session.scalars(select(WorkflowDefinitionRecord)):
        if row.code not in newest or row.version > newest[row.code].version:
            newest[row.code] = row
    summaries = []
    for code in sorted(newest):
        row = newest[code]
        if not row.active and not include_retired:
            continue
        definition = parse_stored(row.json)
        summaries.append(_summary(definition, builtin=row.builtin, active=row.active))
    return summaries


def load_definition(session: Session, code: str, version: int | None = None) -> WorkflowDefinition:
    """The given version, or the newest; "unknown_workflow" when there is none."""
    query = select(WorkflowDefinitionRecord).where(WorkflowDefinitionRecord.code == code)
    if version is not None:
        query = query.where(WorkflowDefinitionRecord.version == version)
    rows = list(session.scalars(query))
    if not rows:
        raise ConfigurationError("unknown_workflow", f"{code} v{version}", "code")
    return parse_stored(max(rows, key=lambda r: r.version).json)


@lru_cache(maxsize=64)
def parse_stored(text: str) -> WorkflowDefinition:
    """A stored definition, parsed once per text (a stored version never changes)."""
    return parse_definition(text)


def import_definition(
    session: Session, actor: Actor, text: str, source: str = ""
) -> DefinitionSummary:
    """Store a definition file's text as a new workflow or a newer version of one.

    Refusals: the parser's code with its JSON pointer as `field`; "version_exists" (same code
    and version with other content; the identical file again changes nothing);
    "version_not_newer" (older than a stored version).
    """
    actor.require(Permission.MANAGE_TEMPLATES)
    try:
        definition = parse_definition(text)
    except WorkflowError as error:
        raise ConfigurationError(error.code, error.detail, error.path) from None
    versions = {
        row.version: row
        for row in session.scalars(
            select(WorkflowDefinitionRecord).where(WorkflowDefinitionRecord.code == definition.code)
        )
    }
    same = versions.get(definition.version)
    if same is not None:
        if _content(same.json) == _content(definition_to_json(definition)):
            return _summary(definition, builtin=same.builtin, active=same.active)
        raise ConfigurationError(
            "version_exists", f"{definition.code} v{definition.version}", "/version"
        )
    newest = max(versions, default=0)
    if definition.version < newest:
        raise ConfigurationError(
            "version_not_newer", f"{definition.version} < {newest}", "/version"
        )
    _store(session, definition, builtin=False, actor=actor)
    session.flush()
    record_change(
        session, actor, "import", "workflow_definition", None,
        new={"code": definition.code, "version": definition.version}, reason=source,
    )  # fmt: skip
    return _summary(definition, builtin=False, active=True)


def next_version(session: Session, code: str) -> int:
    """The version an edit of `code` is saved as."""
    rows = session.scalars(
        select(WorkflowDefinitionRecord.version).where(WorkflowDefinitionRecord.code == code)
    )
    return max(rows, default=0) + 1


def export_definition(session: Session, code: str, version: int | None = None) -> str:
    """The definition as a file `import_definition` reads back to the same definition."""
    text = definition_to_json(load_definition(session, code, version))
    return text if text.endswith("\n") else text + "\n"


def set_active(session: Session, actor: Actor, code: str, active: bool) -> None:
    """Retire a workflow (no new instances; running ones finish) or bring it back."""
    actor.require(Permission.MANAGE_TEMPLATES)
    rows = list(
        session.scalars(
            select(WorkflowDefinitionRecord).where(WorkflowDefinitionRecord.code == code)
        )
    )
    if not rows:
        raise ConfigurationError("unknown_workflow", code, "code")
    for row in rows:
        row.active = active
    record_change(
        session, actor, "update", "workflow_definition", None,
        new={"code": code, "active": active},
    )  # fmt: skip


def read_definition_file(path: Path) -> str:
    """The text of a definition file; refuses what is too large or is not UTF-8."""
    try:
        if path.stat().st_size > MAX_DEFINITION_FILE_BYTES:
            raise ConfigurationError("too_large", f"> {MAX_DEFINITION_FILE_BYTES} bytes", "file")
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ConfigurationError("not_utf8", path.name, "file") from None
    except OSError as error:
        raise ConfigurationError("unreadable", f"{path.name}: {error.strerror}", "file") from None


def _store(
    session: Session, definition: WorkflowDefinition, *, builtin: bool, actor: Actor
) -> None:
    session.add(
        WorkflowDefinitionRecord(
            code=definition.code,
            version=definition.version,
            json=definition_to_json(definition),
            builtin=builtin,
            active=True,
            imported_by=actor.name,
            imported_ms=now_ms(),
        )
    )


def _summary(definition: WorkflowDefinition, *, builtin: bool, active: bool) -> DefinitionSummary:
    return DefinitionSummary(
        definition.code, definition.version, definition.name, definition.triggers,
        len(definition.steps), builtin, active,
    )  # fmt: skip


def _content(text: str) -> Any:
    return json.loads(text)
