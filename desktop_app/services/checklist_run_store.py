"""What the run and photo services share: finding a run, its template and an item of it.

Kept apart so that `checklist_runs` (answers, finishing) and `checklist_photos` (files) do not
import each other.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from desktop_app.services.checklist_templates import load_template
from desktop_app.services.errors import ConfigurationError
from domain.checklists import Item, Template
from storage.models import ChecklistPhotoRecord, ChecklistRunRecord

DRAFT = "draft"
COMPLETED = "completed"
PHOTO = "photo"
SIGNATURE = "signature"
PHOTOS_FOLDER = "photos"


def get_run(session: Session, run_id: str) -> ChecklistRunRecord:
    run = session.get(ChecklistRunRecord, run_id)
    if run is None:
        raise ConfigurationError("unknown_run", run_id, "run")
    return run


def draft_run(session: Session, run_id: str) -> ChecklistRunRecord:
    """The run, which must still be a draft: a finished inspection is a record, not a form."""
    run = get_run(session, run_id)
    if run.status != DRAFT:
        raise ConfigurationError("run_not_draft", run_id, "run")
    return run


def run_template(session: Session, run: ChecklistRunRecord) -> Template:
    return load_template(session, run.template_code, run.template_version)


def template_item(template: Template, item_code: str) -> Item:
    try:
        return template.item(item_code)
    except KeyError:
        raise ConfigurationError("unknown_item", item_code, "item") from None


def photo_rows(session: Session, run_ids: list[str]) -> list[ChecklistPhotoRecord]:
    """The photo and signature rows of these runs, oldest first."""
    if not run_ids:
        return []
    return list(
        session.scalars(
            select(ChecklistPhotoRecord)
            .where(ChecklistPhotoRecord.run_id.in_(run_ids))
            .order_by(ChecklistPhotoRecord.taken_ms, ChecklistPhotoRecord.id)
        )
    )


def data_dir_of(session: Session) -> Path:
    """The data directory of the session's SQLite database (it lives at its top level).

    Services take a session, not the data directory; the database file's folder is the one
    place both always agree on.
    """
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        raise ConfigurationError("no_photo_folder", engine.dialect.name, "database")
    return Path(database).resolve().parent


def photos_root(data_dir: Path) -> Path:
    return data_dir / PHOTOS_FOLDER
