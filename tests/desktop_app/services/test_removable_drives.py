"""Removable drives are found from what the OS reports: Windows drive types, Linux mounts."""

from __future__ import annotations

from pathlib import Path

from desktop_app.services.removable_drives import (
    DRIVE_REMOVABLE,
    Drive,
    linux_removable,
    windows_removable,
)

DRIVE_FIXED = 3


def test_windows_offers_only_removable_drives_of_the_mask() -> None:
    types = {"C:\\": DRIVE_FIXED, "E:\\": DRIVE_REMOVABLE, "F:\\": DRIVE_REMOVABLE}
    mask = 1 << 2 | 1 << 4 | 1 << 5  # C, E, F
    drives = windows_removable(mask, lambda root: types.get(root, 0))
    assert [d.label for d in drives] == ["E:", "F:"]
    assert windows_removable(1 << 2, lambda root: types[root]) == []


def test_linux_offers_the_users_mounted_sticks(tmp_path: Path) -> None:
    media, run_media = tmp_path / "media", tmp_path / "run" / "media"
    for folder in (media / "li" / "KINGSTON", media / "li" / "U盘", run_media / "li" / "SANDISK"):
        folder.mkdir(parents=True)
    (media / "wang" / "OTHER").mkdir(parents=True)
    drives = linux_removable("li", lambda p: list(p.iterdir()), (media, run_media))
    assert drives == [
        Drive(media / "li" / "KINGSTON", "KINGSTON"),
        Drive(media / "li" / "U盘", "U盘"),
        Drive(run_media / "li" / "SANDISK", "SANDISK"),
    ]
    assert linux_removable("zhao", lambda p: list(p.iterdir()), (media, run_media)) == []
