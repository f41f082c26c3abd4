"""The database work of the PDCA reviews page; every function here runs on the query pool."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop_app.services import review_queries as queries
from desktop_app.services import reviews as service
from desktop_app.services.database import Database
from desktop_app.services.review_queries import ReviewInfo, ReviewListItem
from desktop_app.ui.dialogs.review_dialog import ActionDraft, NewReviewDraft, NextTargetDraft
from domain.roles import Actor


def load_reviews(database: Database) -> tuple[ReviewListItem, ...]:
    with database.reading() as session:
        return tuple(queries.list_reviews(session))


def load_review(database: Database, review_id: str) -> ReviewInfo:
    with database.reading() as session:
        return queries.get_review(session, review_id)


def create_from(session: Session, actor: Actor, draft: NewReviewDraft) -> str:
    return service.create_review(session, actor, draft.first, draft.last, draft.title)


def raise_from(session: Session, actor: Actor, review_id: str, draft: ActionDraft) -> str:
    service.raise_action(
        session, actor, review_id, draft.title, draft.person, draft.due, draft.kpi_code
    )
    return review_id


def next_target_from(session: Session, actor: Actor, review_id: str, draft: NextTargetDraft) -> str:
    service.set_next_target(session, actor, review_id, draft.kpi_code, draft.value, draft.deadline)
    return review_id
