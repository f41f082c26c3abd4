"""The database and file work of the Tasks page; every function here runs on the query pool.

Reads return immutable service values (never ORM rows); writes take the open transaction's
session and return the id the page should select afterwards. Files (an attachment on a USB
stick, a definition being imported or exported) are read and written here too, so a slow
drive never stalls the window.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from desktop_app.services import workflow_definitions as definitions
from desktop_app.services import workflows
from desktop_app.services.database import Database
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.users import list_users
from desktop_app.services.workflow_attachments import (
    MAX_ATTACHMENT_BYTES,
    add_attachment,
    verified_attachment,
)
from desktop_app.services.workflow_definitions import DefinitionSummary
from desktop_app.services.workflow_tasks import (
    EventInfo,
    InstanceInfo,
    TaskInfo,
    instance_info,
    list_instances,
    my_tasks,
    open_tasks,
)
from domain.readings import now_ms
from domain.roles import Actor
from domain.workflow_model import Trigger, WorkflowDefinition


@dataclass(frozen=True)
class TaskList:
    tasks: tuple[TaskInfo, ...]
    now_ms: int
    people: tuple[str, ...]
    """Active user names, for the person fields."""


@dataclass(frozen=True)
class DefinitionList:
    summaries: tuple[DefinitionSummary, ...]
    definitions: dict[str, WorkflowDefinition]
    """The newest version of each listed code, for the steps preview."""


def load_tasks(database: Database, actor: Actor, everything: bool) -> TaskList:
    """This person's tasks, or every open task of the site."""
    with database.reading() as session:
        tasks = open_tasks(session, actor) if everything else my_tasks(session, actor)
        people = tuple(u.name for u in list_users(session) if u.active)
    return TaskList(tuple(tasks), now_ms(), people)


def load_instance(database: Database, instance_id: str, actor: Actor) -> InstanceInfo:
    with database.reading() as session:
        return instance_info(session, instance_id, actor)


def load_instances(database: Database, status: str | None) -> tuple[InstanceInfo, ...]:
    with database.reading() as session:
        return tuple(list_instances(session, status))


def load_definitions(database: Database, include_retired: bool) -> DefinitionList:
    with database.reading() as session:
        summaries = definitions.list_definitions(session, include_retired=include_retired)
        loaded = {s.code: definitions.load_definition(session, s.code) for s in summaries}
    return DefinitionList(tuple(summaries), loaded)


def load_startable(database: Database) -> tuple[WorkflowDefinition, ...]:
    """The workflows a person may start by hand: in use, with the manual trigger."""
    with database.reading() as session:
        summaries = definitions.list_definitions(session)
        return tuple(
            definitions.load_definition(session, s.code)
            for s in summaries
            if Trigger.MANUAL in s.triggers
        )


def load_for_edit(database: Database, code: str) -> str:
    """The newest version's text with "version" already raised to the next free number."""
    with database.reading() as session:
        text = definitions.export_definition(session, code)
        document = json.loads(text)
        document["version"] = definitions.next_version(session, code)
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def start(session: Session, actor: Actor, code: str, title: str, values: dict[str, object]) -> str:
    return workflows.start_workflow(session, actor, code, values, title=title)


def complete(session: Session, actor: Actor, task: TaskInfo, values: dict[str, object]) -> str:
    workflows.complete_step(session, actor, task.id, values)
    return task.instance_id


def approve(session: Session, actor: Actor, task: TaskInfo, password: str) -> str:
    workflows.approve_step(session, actor, task.id, password)
    return task.instance_id


def reject(session: Session, actor: Actor, task: TaskInfo, password: str, note: str) -> str:
    workflows.reject_step(session, actor, task.id, password, note)
    return task.instance_id


def attach(session: Session, actor: Actor, task: TaskInfo, path: Path, data_dir: Path) -> str:
    """Read the chosen file (it may sit on a slow stick) and attach it to the task."""
    if path.stat().st_size > MAX_ATTACHMENT_BYTES:  # refused before reading it all in
        raise ConfigurationError("too_large", f"> {MAX_ATTACHMENT_BYTES} bytes", "file")
    add_attachment(session, actor, task.id, path.read_bytes(), path.name, data_dir)
    return task.instance_id


def attachment_file(data_dir: Path, event: EventInfo) -> Path:
    """The attachment of a history entry, once its SHA-256 still matches (reads it all)."""
    return verified_attachment(data_dir, event.file_name or "", event.sha256 or "")


def comment(session: Session, actor: Actor, instance_id: str, text: str) -> str:
    workflows.add_comment(session, actor, instance_id, text)
    return instance_id


def cancel(session: Session, actor: Actor, instance_id: str, note: str) -> str:
    workflows.cancel_workflow(session, actor, instance_id, note)
    return instance_id


def import_text(session: Session, actor: Actor, text: str, source: str) -> str:
    return definitions.import_definition(session, actor, text, source).code


def import_file(session: Session, actor: Actor, path: Path) -> str:
    return import_text(session, actor, definitions.read_definition_file(path), path.name)


def export_file(database: Database, code: str, path: Path) -> Path:
    with database.reading() as session:
        text = definitions.export_definition(session, code)
    path.write_text(text, encoding="utf-8")
    return path


def set_active(session: Session, actor: Actor, code: str, active: bool) -> str:
    definitions.set_active(session, actor, code, active)
    return code
