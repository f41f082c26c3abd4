"""Read and change the site's raw-data retention: role-checked, validated, change-logged.

Shortening retention deletes raw readings for good (rollups stay), so only an administrator
may do it, every change is written to the change log with its reason, and a period shorter than
`domain.retention_rules.RAW_MIN_DAYS` is refused. The caller applies the saved policy to a
running writer (`AcquisitionRuntime.apply_retention`) after the transaction commits.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy.orm import Session

from desktop_app.services.change_log import record_change
from desktop_app.services.errors import ConfigurationError
from domain.retention_rules import retention_problems
from domain.roles import Actor, Permission
from storage.retention import RetentionPolicy
from storage.retention_settings import load_retention_policy, save_retention_policy


def retention_policy(session: Session) -> RetentionPolicy:
    return load_retention_policy(session.connection())


def set_retention(
    session: Session,
    actor: Actor,
    raw_days: int | None,
    max_database_gb: float | None,
    min_free_disk_gb: float | None,
    reason: str = "",
) -> RetentionPolicy:
    """Store a new policy and return it. None: keep all / no size limit / no free-space check."""
    actor.require(Permission.CONFIGURE_SITE)
    problems = retention_problems(raw_days, max_database_gb, min_free_disk_gb)
    if problems:
        first = problems[0]
        raise ConfigurationError(first.code, first.detail, first.field)
    old = retention_policy(session)
    new = replace(
        old,
        raw_days=raw_days,
        max_database_gb=None if max_database_gb is None else float(max_database_gb),
        min_free_disk_gb=None if min_free_disk_gb is None else float(min_free_disk_gb),
    )
    save_retention_policy(session.connection(), new)
    before, after = policy_values(old), policy_values(new)
    changed = [key for key in after if after[key] != before[key]]
    if changed:
        record_change(
            session,
            actor,
            "update",
            "retention_policy",
            0,
            old={key: before[key] for key in changed},
            new={key: after[key] for key in changed},
            reason=reason,
        )
    return new


def policy_values(policy: RetentionPolicy) -> dict[str, Any]:
    """The site-chosen part of a policy, as the change log and `qingyuan retention` show it."""
    return {
        "raw_days": policy.raw_days,
        "max_database_gb": policy.max_database_gb,
        "min_free_disk_gb": policy.min_free_disk_gb,
    }
