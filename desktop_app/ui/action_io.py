"""The database and file work of the Actions page; every function here runs on the query pool.

Thumbnails are decoded here into QImages (safe off the GUI thread, unlike QPixmaps), so a
history with many large photos never stalls the window. The photo chosen as evidence is read
here too: it may sit on a slow USB stick or network share.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from sqlalchemy.orm import Session

from desktop_app.services import actions as service
from desktop_app.services.actions import ActionEvent, ActionInfo
from desktop_app.services.database import Database
from desktop_app.ui.dialogs.action_dialog import ActionDraft, EvidenceDraft
from desktop_app.ui.models.action_models import THUMBNAIL_SIZE
from domain.roles import Actor

History = tuple[list[ActionEvent], dict[str, QImage]]


def load_actions(database: Database) -> tuple[tuple[ActionInfo, ...], date]:
    """Every action, and the local date that decides which are overdue."""
    today = date.today()
    with database.reading() as session:
        return tuple(service.list_actions(session)), today


def load_history(database: Database, action_id: str) -> History:
    """The action's events, and a thumbnail for each evidence photo that can still be read."""
    with database.reading() as session:
        events = service.action_events(session, action_id)
    thumbnails: dict[str, QImage] = {}
    for event in events:
        if event.file_name:
            image = QImage(str(service.evidence_path(database.data_dir, event.file_name)))
            if not image.isNull():
                thumbnails[event.file_name] = image.scaled(
                    THUMBNAIL_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
    return events, thumbnails


def create_from(session: Session, actor: Actor, draft: ActionDraft) -> str:
    return service.create_action(
        session,
        actor,
        title=draft.title,
        description=draft.description,
        department=draft.department,
        person=draft.person,
        due=draft.due,
        priority=draft.priority.value,
    )


def update_from(session: Session, actor: Actor, action_id: str, draft: ActionDraft) -> str:
    service.update_action(
        session,
        actor,
        action_id,
        title=draft.title,
        description=draft.description,
        department=draft.department,
        person=draft.person,
        due=draft.due,
        priority=draft.priority.value,
        clear_due=draft.due is None,
    )
    return action_id


def add_evidence_from(
    session: Session, actor: Actor, action_id: str, draft: EvidenceDraft, data_dir: Path
) -> str:
    image = draft.photo.read_bytes() if draft.photo is not None else None
    service.add_evidence(session, actor, action_id, note=draft.note, image=image, data_dir=data_dir)
    return action_id
