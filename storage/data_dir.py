"""Where a site's data lives: `--data-dir`, then `QINGYUAN_DATA_DIR`, then the platform default."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_VAR = "QINGYUAN_DATA_DIR"
DATABASE_FILE = "qingyuan.sqlite3"


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir("Qingyuan", appauthor=False, roaming=False))


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_FILE
