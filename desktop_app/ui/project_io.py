"""The database work of the Projects page; every function here runs on the query pool.

Realised savings fit a baseline over up to a year of days, so they are read separately, for the
selected option only, after the register is already on screen.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from desktop_app.services import project_queries as queries
from desktop_app.services import projects as service
from desktop_app.services.database import Database
from desktop_app.services.energy_baseline import site_today
from desktop_app.services.project_queries import ProjectInfo
from desktop_app.services.project_savings import RealisedSavings, realised_for
from desktop_app.ui.dialogs.project_dialog import ProjectDraft
from domain.roles import Actor


def load_projects(database: Database) -> tuple[ProjectInfo, ...]:
    with database.reading() as session:
        return tuple(queries.list_projects(session))


def load_savings(database: Database, project_id: str) -> RealisedSavings:
    """The selected option's realised savings, judged with the meters up to yesterday."""
    with database.reading() as session:
        project = queries.get_project(session, project_id)
        return realised_for(session, project, today=site_today())


def save_draft(session: Session, actor: Actor, project_id: str | None, draft: ProjectDraft) -> str:
    """Create (project_id None) or update the option, then its money lines and effects."""
    if project_id is None:
        project_id = service.create_project(session, actor, draft.fields)
    else:
        service.update_project(session, actor, project_id, draft.fields)
    service.set_amounts(session, actor, project_id, draft.amounts)
    service.set_effects(session, actor, project_id, draft.effects)
    return project_id


def move(session: Session, actor: Actor, project_id: str, to_status: str, on: date | None) -> str:
    service.move_project(session, actor, project_id, to_status, implemented_on=on)
    return project_id
