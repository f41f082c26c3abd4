"""USB sticks to offer first when a bundle is exported (the export dialog lists them on top).

Pure functions over what the OS reports, injected, so both platforms are tested on Linux:
on Windows every logical drive whose `GetDriveTypeW` is DRIVE_REMOVABLE; on Linux the mount
points under `/media/<user>/` and `/run/media/<user>/` (udisks, the way desktops mount sticks).
"""

from __future__ import annotations

import getpass
import os
import string
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

DRIVE_REMOVABLE = 2
LINUX_ROOTS = (Path("/media"), Path("/run/media"))


@dataclass(frozen=True)
class Drive:
    path: Path
    label: str


def windows_removable(logical_mask: int, drive_type: Callable[[str], int]) -> list[Drive]:
    """Drives A: to Z: set in `GetLogicalDrives`' bit mask whose type is removable."""
    drives = []
    for index, letter in enumerate(string.ascii_uppercase):
        root = f"{letter}:\\"
        if logical_mask >> index & 1 and drive_type(root) == DRIVE_REMOVABLE:
            drives.append(Drive(Path(root), f"{letter}:"))
    return drives


def linux_removable(
    user: str,
    list_dir: Callable[[Path], Iterable[Path]],
    roots: Iterable[Path] = LINUX_ROOTS,
) -> list[Drive]:
    """Mounted sticks of `user`, sorted by name; a missing folder holds none."""
    drives = []
    for root in roots:
        try:
            found = sorted(list_dir(root / user))
        except OSError:
            continue
        drives.extend(Drive(path, path.name) for path in found)
    return drives


def removable_drives() -> list[Drive]:
    """The removable drives of this computer, as the OS reports them now."""
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        return windows_removable(kernel32.GetLogicalDrives(), kernel32.GetDriveTypeW)
    return linux_removable(_user(), _mounted)


def _mounted(folder: Path) -> list[Path]:
    return [path for path in folder.iterdir() if path.is_dir() and os.access(path, os.W_OK)]


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USER", "")
