"""Making a rename survive a power cut: sync the folder that holds the new name."""

from __future__ import annotations

import os
from pathlib import Path


def fsync_folder(folder: Path) -> None:
    """POSIX only; Windows has no directory handles to sync (NTFS journals the rename)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
