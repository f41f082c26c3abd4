"""Attachments of workflow tasks: the scanned transfer manifest, the disposal receipt, a photo.

Any file type is kept as it is (a manifest may be a PDF scan), under
`<data_dir>/attachments/<instance id>/`, written to a temporary name, flushed and renamed, so
a power cut leaves the whole file or none. Its SHA-256 goes into the history, so an export
bundle or an auditor can tell the file is the one that was attached.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import uuid
from pathlib import Path

from sqlalchemy.orm import Session

from desktop_app.services.errors import ConfigurationError
from desktop_app.services.workflow_state import add_event, get_instance
from domain.readings import now_ms
from domain.roles import Actor, Permission
from storage.models import WorkflowTaskRecord

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
ATTACHMENTS = "attachments"
_CHUNK_BYTES = 1024 * 1024
_SAFE_SUFFIX = frozenset(
    {".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".xlsx", ".xls", ".docx", ".doc", ".txt",
     ".csv", ".ofd"}
)  # fmt: skip


def add_attachment(
    session: Session,
    actor: Actor,
    task_id: str,
    data: bytes,
    original_name: str,
    data_dir: Path,
    note: str = "",
) -> str:
    """Store `data` for the task and record it in the history; returns the stored file name
    (relative to `<data_dir>/attachments`). The task may be open or already acted on (a late
    receipt); the file counts as evidence only for an open task."""
    actor.require(Permission.FILL_CHECKLISTS)
    task = session.get(WorkflowTaskRecord, task_id)
    if task is None:
        raise ConfigurationError("unknown_task", task_id, "task")
    get_instance(session, task.instance_id)
    if not data:
        raise ConfigurationError("empty_file", original_name, "file")
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise ConfigurationError("too_large", f"> {MAX_ATTACHMENT_BYTES} bytes", "file")
    suffix = Path(original_name).suffix.lower()
    if suffix not in _SAFE_SUFFIX:
        raise ConfigurationError("bad_file_type", suffix or original_name, "file")
    relative = f"{task.instance_id}/{uuid.uuid4()}{suffix}"
    _write_atomically(data_dir / ATTACHMENTS / relative, data)
    add_event(
        session, task.instance_id, "attachment", actor.name, now_ms(), task_id=task.id,
        note=note or Path(original_name).name[:200], file_name=relative,
        sha256=hashlib.sha256(data).hexdigest(),
    )  # fmt: skip
    return relative


def attachment_path(data_dir: Path, file_name: str) -> Path:
    """Where a stored attachment is; refuses names that would leave the attachments folder."""
    root = (data_dir / ATTACHMENTS).resolve()
    path = (root / file_name).resolve()
    if root not in path.parents:
        raise ConfigurationError("bad_file_name", file_name, "file")
    return path


def verified_attachment(data_dir: Path, file_name: str, sha256: str) -> Path:
    """The stored attachment, after checking it is still the file that was attached (its
    SHA-256 is the one in the history): a file changed or gone since is never handed out as
    evidence ("attachment_changed", "attachment_missing")."""
    path = attachment_path(data_dir, file_name)
    if not path.is_file():
        raise ConfigurationError("attachment_missing", file_name, "file")
    digest = hashlib.sha256()
    with path.open("rb") as stored:
        for chunk in iter(lambda: stored.read(_CHUNK_BYTES), b""):
            digest.update(chunk)
    if digest.hexdigest() != sha256.lower():
        raise ConfigurationError("attachment_changed", file_name, "file")
    return path


def _write_atomically(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=".attachment-", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        Path(temp).replace(target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
