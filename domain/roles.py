"""Who may do what. The GUI hides what a role cannot do, but these rules are the guard."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    ADMINISTRATOR = "administrator"
    ENGINEER = "engineer"
    INSPECTOR = "inspector"
    VIEWER = "viewer"


class Permission(StrEnum):
    VIEW = "view"
    MANAGE_USERS = "manage_users"
    CONFIGURE_SITE = "configure_site"
    CONFIGURE_INSTRUMENTS = "configure_instruments"
    RUN_ACQUISITION = "run_acquisition"
    ENTER_READINGS = "enter_readings"
    FILL_CHECKLISTS = "fill_checklists"
    MANAGE_KPIS = "manage_kpis"
    """Energy conventions, user-defined KPIs, targets, evaluation systems."""
    MANAGE_TEMPLATES = "manage_templates"
    """Checklist templates: import, edit, retire."""
    MANAGE_ACTIONS = "manage_actions"
    """Assign, verify and close corrective actions (doing them needs FILL_CHECKLISTS)."""


_GRANTS: dict[Role, frozenset[Permission]] = {
    Role.ADMINISTRATOR: frozenset(Permission),
    Role.ENGINEER: frozenset(
        {
            Permission.VIEW,
            Permission.CONFIGURE_INSTRUMENTS,
            Permission.RUN_ACQUISITION,
            Permission.ENTER_READINGS,
            Permission.FILL_CHECKLISTS,
            Permission.MANAGE_KPIS,
            Permission.MANAGE_TEMPLATES,
            Permission.MANAGE_ACTIONS,
        }
    ),
    Role.INSPECTOR: frozenset({Permission.VIEW, Permission.FILL_CHECKLISTS}),
    Role.VIEWER: frozenset({Permission.VIEW}),
}


def role_allows(role: Role, permission: Permission) -> bool:
    return permission in _GRANTS[role]


class PermissionDenied(Exception):
    """Raised by services; carries codes, the UI turns them into a translated sentence."""

    def __init__(self, actor_name: str, role: Role, permission: Permission) -> None:
        super().__init__(f"{actor_name} ({role.value}) may not {permission.value}")
        self.actor_name = actor_name
        self.role = role
        self.permission = permission


@dataclass(frozen=True)
class Actor:
    """The person (or the system itself) on whose behalf a service writes."""

    name: str
    role: Role
    user_id: int | None = None

    def require(self, permission: Permission) -> None:
        if not role_allows(self.role, permission):
            raise PermissionDenied(self.name, self.role, permission)


SYSTEM = Actor(name="system", role=Role.ADMINISTRATOR, user_id=None)
"""Acts for the application itself: first-run set-up, migrations, the demo plant."""

ANONYMOUS_VIEWER = Actor(name="viewer", role=Role.VIEWER, user_id=None)
