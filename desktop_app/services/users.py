"""Users, roles and sign-in. Passwords are kept only as argon2 hashes."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.services.change_log import record_change
from domain.readings import now_ms
from domain.roles import Actor, Permission, Role
from storage.models import User

_hasher = PasswordHasher()

INITIAL_ADMIN_NAME = "admin"
INITIAL_PASSWORD_FILE = "initial-admin-password.txt"
MIN_PASSWORD_LENGTH = 8


class UserError(ValueError):
    """A refused user change; `code` is what the UI translates."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class UserInfo:
    id: int
    name: str
    display_name: str
    role: Role
    active: bool
    must_change_password: bool
    department: str = ""


@dataclass(frozen=True)
class InitialAdmin:
    name: str
    password: str
    password_file: Path


def create_user(
    session: Session,
    actor: Actor,
    name: str,
    password: str,
    role: Role,
    display_name: str = "",
    *,
    must_change_password: bool = False,
    department: str = "",
) -> UserInfo:
    actor.require(Permission.MANAGE_USERS)
    name = name.strip()
    if not name:
        raise UserError("empty_name")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError("password_too_short", str(MIN_PASSWORD_LENGTH))
    if session.scalar(select(User).where(User.name == name)) is not None:
        raise UserError("name_taken", name)
    user = User(
        name=name,
        display_name=display_name or name,
        role=role.value,
        department=department.strip()[:100],
        password_hash=_hasher.hash(password),
        active=True,
        must_change_password=must_change_password,
        created_ms=now_ms(),
    )
    session.add(user)
    session.flush()
    record_change(
        session,
        actor,
        "create",
        "user",
        user.id,
        new={
            "name": name,
            "role": role.value,
            "display_name": user.display_name,
            "department": user.department,
        },
    )
    return _info(user)


def authenticate(session: Session, name: str, password: str) -> Actor | None:
    """The signed-in actor, or None; the same answer for an unknown name and a wrong password."""
    user = session.scalar(select(User).where(User.name == name.strip(), User.active.is_(True)))
    if user is None:
        _hasher.hash(password)
        return None
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return None
    return Actor(name=user.name, role=Role(user.role), user_id=user.id)


def ensure_initial_admin(session: Session, actor: Actor, data_dir: Path) -> InitialAdmin | None:
    """On an empty user table create `admin` with a random password and say where it is."""
    if session.scalar(select(func.count()).select_from(User)):
        return None
    password = secrets.token_urlsafe(9)
    create_user(
        session,
        actor,
        INITIAL_ADMIN_NAME,
        password,
        Role.ADMINISTRATOR,
        display_name="Administrator",
        must_change_password=True,
    )
    path = data_dir / INITIAL_PASSWORD_FILE
    path.write_text(
        f"Qingyuan / 清源\nuser: {INITIAL_ADMIN_NAME}\npassword: {password}\n"
        "Sign in and change this password, then delete this file.\n"
        "请登录并修改此密码，然后删除本文件。\n",
        encoding="utf-8",
    )
    return InitialAdmin(INITIAL_ADMIN_NAME, password, path)


def list_users(session: Session) -> list[UserInfo]:
    return [_info(u) for u in session.scalars(select(User).order_by(User.name))]


def count_users(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(User)) or 0)


def _info(user: User) -> UserInfo:
    return UserInfo(
        user.id,
        user.name,
        user.display_name,
        Role(user.role),
        user.active,
        user.must_change_password,
        user.department,
    )
