"""Device profiles: list, create, edit, import and export them, and add a device from one.

Built-in profiles ship in `resources/profiles`; the user's own live in `<data dir>/profiles`, one
`<id>.json` file each. When both have a profile of the same id, the one with the higher version
wins and a tie goes to the built-in: a release that corrects a built-in map ships it with a
higher version, and a stale user copy of an older built-in must not hide that correction. A user
profile can still replace a built-in on purpose, because saving an edited built-in bumps its
version past it.

Profile files are written atomically (temporary file, fsync, rename), so a crash never leaves a
half-written profile. The change-log entry is added to the caller's session before the file is
written; if the file cannot be written the caller's transaction rolls the entry back.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
import tempfile
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.change_log import record_change, row_values
from desktop_app.services.errors import ConfigurationError
from domain.profiles import (
    MAX_FILE_BYTES,
    DeviceProfile,
    ProfileError,
    ProfileTag,
    parse_profile,
    parse_profile_bytes,
    profile_tag_config,
    profile_to_json,
)
from domain.roles import Actor, Permission
from storage.models import Bus, Device, Tag

__all__ = [
    "DEVICE_NAME",
    "ProfileCatalog",
    "ProfileEntry",
    "ProfileOrigin",
    "ProfileProblem",
    "add_device_from_profile",
    "builtin_profiles",
    "export_profile",
    "import_profile",
    "list_profiles",
    "read_profile_file",
    "save_profile",
    "user_profiles_dir",
]

DEVICE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,47}")
"""Device names prefix their tags' names (`<device>_<tag key>`), which formulas and exports use."""


class ProfileOrigin(StrEnum):
    BUILTIN = "builtin"
    USER = "user"


@dataclass(frozen=True)
class ProfileEntry:
    profile: DeviceProfile
    origin: ProfileOrigin
    path: Path | None = None
    """The user file; None for a built-in."""


@dataclass(frozen=True)
class ProfileProblem:
    """A user profile file that is not offered, and why: the list shows it instead of hiding it."""

    path: Path
    code: str
    detail: str = ""
    pointer: str = ""


@dataclass(frozen=True)
class ProfileCatalog:
    entries: tuple[ProfileEntry, ...]
    problems: tuple[ProfileProblem, ...] = ()

    @property
    def profiles(self) -> tuple[DeviceProfile, ...]:
        return tuple(entry.profile for entry in self.entries)

    def get(self, profile_id: str) -> ProfileEntry | None:
        return next((e for e in self.entries if e.profile.id == profile_id), None)


@cache
def builtin_profiles() -> tuple[DeviceProfile, ...]:
    """The profiles shipped with the application, sorted by id; a broken one is a release bug."""
    folder = resources.files("resources").joinpath("profiles")
    found = [
        parse_profile(item.read_text(encoding="utf-8"))
        for item in folder.iterdir()
        if item.name.endswith(".json") and item.is_file()
    ]
    return tuple(sorted(found, key=lambda profile: profile.id))


def user_profiles_dir(data_dir: Path) -> Path:
    return data_dir / "profiles"


def list_profiles(data_dir: Path) -> ProfileCatalog:
    """Built-in and user profiles, one per id (see the module docstring for which one wins)."""
    winners: dict[str, ProfileEntry] = {
        profile.id: ProfileEntry(profile, ProfileOrigin.BUILTIN) for profile in builtin_profiles()
    }
    problems: list[ProfileProblem] = []
    folder = user_profiles_dir(data_dir)
    paths = sorted(folder.glob("*.json")) if folder.is_dir() else []
    for path in paths:
        try:
            profile = read_profile_file(path)
        except ProfileError as error:
            problems.append(ProfileProblem(path, error.code, error.detail, error.path))
            continue
        except ConfigurationError as error:
            problems.append(ProfileProblem(path, error.code, error.detail))
            continue
        current = winners.get(profile.id)
        if current is None or profile.version > current.profile.version:
            if current is not None and current.path is not None:
                problems.append(ProfileProblem(current.path, "duplicate_id", profile.id))
            winners[profile.id] = ProfileEntry(profile, ProfileOrigin.USER, path)
        else:
            code = "superseded" if current.origin is ProfileOrigin.BUILTIN else "duplicate_id"
            problems.append(ProfileProblem(path, code, f"{profile.id} v{current.profile.version}"))
    entries = sorted(
        winners.values(),
        key=lambda e: (e.profile.manufacturer.casefold(), e.profile.model.casefold(), e.profile.id),
    )
    return ProfileCatalog(tuple(entries), tuple(problems))


def read_profile_file(path: Path) -> DeviceProfile:
    """Read and check a profile file without ever blocking on a pipe or device or reading >1 MiB.

    Raises `ProfileError` for bad content, `ConfigurationError("file_unreadable")` otherwise.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise ConfigurationError("file_unreadable", f"{path}: {error.strerror}", "path") from None
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise ConfigurationError("file_unreadable", f"{path} is not a regular file", "path")
        with os.fdopen(descriptor, "rb", closefd=False) as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise ConfigurationError("file_unreadable", f"{path}: {error}", "path") from None
    finally:
        os.close(descriptor)
    return parse_profile_bytes(data)


def import_profile(
    session: Session, data_dir: Path, actor: Actor, source_path: Path
) -> DeviceProfile:
    """Check a profile file and add it to the user profiles; refuses to replace a newer one."""
    actor.require(Permission.CONFIGURE_INSTRUMENTS)
    profile = read_profile_file(source_path)
    catalog = list_profiles(data_dir)
    current = catalog.get(profile.id)
    if current is not None and current.profile == profile:
        return profile
    if current is not None and current.profile.version >= profile.version:
        if current.origin is ProfileOrigin.BUILTIN:
            code = "superseded_by_builtin"
        elif current.profile.version > profile.version:
            code = "newer_version_exists"
        else:
            code = "version_conflict"
        raise ConfigurationError(code, f"{profile.id} v{current.profile.version}", "version")
    record_change(
        session,
        actor,
        "import",
        "profile",
        None,
        old=_summary(current.profile) if current is not None else None,
        new=_summary(profile),
        reason=f"imported from {source_path.name}",
    )
    session.flush()
    _write_atomically(_user_path(data_dir, profile), profile_to_json(profile))
    return profile


def export_profile(profile: DeviceProfile, target_path: Path) -> None:
    """Write the profile as a file to share with another site (no permission needed to read)."""
    _write_atomically(target_path, profile_to_json(profile))


def save_profile(
    session: Session, data_dir: Path, actor: Actor, profile: DeviceProfile
) -> DeviceProfile:
    """Create or edit a user profile; returns it as saved, with its version bumped.

    A new id keeps the version it has; an existing id is saved one past the highest version
    known, so the edit wins over the built-in or older copy it was made from.
    """
    actor.require(Permission.CONFIGURE_INSTRUMENTS)
    current = list_profiles(data_dir).get(profile.id)
    if current is not None:
        profile = replace(profile, version=max(profile.version, current.profile.version) + 1)
    text = profile_to_json(profile)
    checked = parse_profile(text)  # an editor may build values the file format refuses
    record_change(
        session,
        actor,
        "update" if current is not None else "create",
        "profile",
        None,
        old=_summary(current.profile) if current is not None else None,
        new=_summary(checked),
    )
    session.flush()
    _write_atomically(_user_path(data_dir, checked), text)
    return checked


def add_device_from_profile(
    session: Session,
    actor: Actor,
    bus_id: int,
    profile: DeviceProfile,
    unit_id: int,
    name: str,
    label: str = "",
) -> int:
    """Create a device with every tag of the profile, named `<name>_<tag key>`; returns its id."""
    actor.require(Permission.CONFIGURE_INSTRUMENTS)
    name = name.strip()
    if not DEVICE_NAME.fullmatch(name):
        raise ConfigurationError("bad_name", name, "name")
    if isinstance(unit_id, bool) or not 1 <= unit_id <= 247:
        raise ConfigurationError("bad_unit_id", str(unit_id), "unit_id")
    bus = session.get(Bus, bus_id)
    if bus is None:
        raise ConfigurationError("not_found", f"buses {bus_id}", "bus_id")
    if not bus.kind.startswith("modbus"):
        raise ConfigurationError("not_modbus_bus", bus.kind, "bus_id")
    clash = session.scalar(
        select(Device.id).where(Device.bus_id == bus_id, Device.unit_id == unit_id)
    )
    if clash is not None:
        raise ConfigurationError("unit_id_taken", str(unit_id), "unit_id")
    tag_names = [f"{name}_{tag.key}" for tag in profile.tags]
    taken = session.scalars(select(Tag.name).where(Tag.name.in_(tag_names))).first()
    if taken is not None or session.scalar(select(Device.id).where(Device.name == name)):
        raise ConfigurationError("name_taken", taken or name, "name")
    reason = f"from profile {profile.id} v{profile.version}"
    device = Device(
        bus_id=bus_id,
        name=name,
        label=label.strip() or profile.label_zh,
        label_en=profile.label_en,
        model=f"{profile.manufacturer} {profile.model}"[:100],
        unit_id=unit_id,
        poll_interval_s=profile.defaults.poll_interval_s,
        options=json.dumps({"profile_version": str(profile.version)}),
        profile=profile.id,
    )
    session.add(device)
    session.flush()
    record_change(
        session, actor, "create", "device", device.id, new=row_values(device), reason=reason
    )
    for profile_tag, tag_name in zip(profile.tags, tag_names, strict=True):
        tag = Tag(
            device_id=device.id,
            label_en=profile_tag.label_en,
            **_tag_columns(profile_tag, tag_name),
        )
        session.add(tag)
        session.flush()
        record_change(session, actor, "create", "tag", tag.id, new=row_values(tag), reason=reason)
    return device.id


def _tag_columns(profile_tag: ProfileTag, name: str) -> dict[str, Any]:
    config = profile_tag_config(profile_tag, name)
    return {
        "name": config.name,
        "label": config.label,
        "unit": config.unit,
        "register_type": config.register_type.value,
        "address": config.address,
        "data_type": config.data_type.value,
        "word_order": config.word_order.value,
        "scale": config.scale,
        "offset": config.offset,
        "is_counter": config.is_counter,
        "rollover": config.rollover,
        "bit": config.bit,
        "length": config.length,
        "deadband": config.deadband,
        "max_silence_s": config.max_silence_s,
        "poll_interval_s": config.poll_interval_s,
    }


def _summary(profile: DeviceProfile) -> dict[str, Any]:
    """What the change log keeps of a profile: enough to tell versions apart, not the whole map."""
    return {
        "id": profile.id,
        "version": profile.version,
        "manufacturer": profile.manufacturer,
        "model": profile.model,
        "confirmed": profile.confirmed,
        "tags": len(profile.tags),
    }


def _user_path(data_dir: Path, profile: DeviceProfile) -> Path:
    return user_profiles_dir(data_dir) / f"{profile.id}.json"


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        Path(temporary).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise
