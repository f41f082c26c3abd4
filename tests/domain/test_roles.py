from __future__ import annotations

import pytest

from domain.roles import SYSTEM, Actor, Permission, PermissionDenied, Role, role_allows


def test_administrator_may_do_everything() -> None:
    assert all(role_allows(Role.ADMINISTRATOR, p) for p in Permission)


@pytest.mark.parametrize(
    ("role", "permission", "allowed"),
    [
        (Role.ENGINEER, Permission.CONFIGURE_INSTRUMENTS, True),
        (Role.ENGINEER, Permission.MANAGE_USERS, False),
        (Role.INSPECTOR, Permission.FILL_CHECKLISTS, True),
        (Role.INSPECTOR, Permission.CONFIGURE_INSTRUMENTS, False),
        (Role.VIEWER, Permission.VIEW, True),
        (Role.VIEWER, Permission.ENTER_READINGS, False),
    ],
)
def test_role_grants(role: Role, permission: Permission, allowed: bool) -> None:
    assert role_allows(role, permission) is allowed


def test_require_raises_with_codes_the_ui_can_translate() -> None:
    viewer = Actor("li", Role.VIEWER, 7)
    with pytest.raises(PermissionDenied) as caught:
        viewer.require(Permission.CONFIGURE_SITE)
    assert caught.value.role is Role.VIEWER
    assert caught.value.permission is Permission.CONFIGURE_SITE
    SYSTEM.require(Permission.CONFIGURE_SITE)
