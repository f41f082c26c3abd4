"""The one way configuration changes are written down: who, when, what, old → new, why."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from domain.readings import now_ms
from domain.roles import Actor
from storage.models import ChangeLogEntry


def record_change(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: int | None,
    *,
    old: Mapping[str, Any] | None = None,
    new: Mapping[str, Any] | None = None,
    reason: str = "",
) -> ChangeLogEntry:
    entry = ChangeLogEntry(
        ts=now_ms(),
        user_id=actor.user_id,
        actor_name=actor.name,
        action=action,
        entity=entity,
        entity_id=entity_id,
        old_value=_to_json(old),
        new_value=_to_json(new),
        reason=reason,
    )
    session.add(entry)
    return entry


def count_changes(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(ChangeLogEntry)) or 0)


def row_values(obj: object, exclude: tuple[str, ...] = ()) -> dict[str, Any]:
    """The column values of an ORM object, for the change log's old/new fields."""
    table = obj.__table__  # type: ignore[attr-defined]
    return {c.name: getattr(obj, c.key) for c in table.columns if c.name not in exclude}


def _to_json(values: Mapping[str, Any] | None) -> str | None:
    if values is None:
        return None
    return json.dumps(dict(values), ensure_ascii=False, sort_keys=True, default=str)
