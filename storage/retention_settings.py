"""The site's raw-data retention policy, kept in the database it governs.

Stored as a small JSON object under `storage_meta['retention_policy']`, so the GUI, the CLI and
the acquisition runtime of any computer that opens the data directory apply the same policy, and
a copied database keeps its own. Only what a site may choose is stored (how long raw readings
stay, the size limits); `raw_min_days` and `batch_rows` stay engineering constants of
`RetentionPolicy`. A field the value lacks takes its default; a value that cannot be read means
the defaults altogether (with a warning): retention must never stop acquisition, and the
defaults keep three years of raw readings, more than any rule requires.
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection, text

from storage.retention import RetentionPolicy

log = logging.getLogger(__name__)

KEY = "retention_policy"


def load_retention_policy(connection: Connection) -> RetentionPolicy:
    """The stored policy; the defaults when none is stored or it cannot be read."""
    stored = connection.execute(
        text("SELECT value FROM storage_meta WHERE key = :key"), {"key": KEY}
    ).scalar()
    if stored is None:
        return RetentionPolicy()
    try:
        values = json.loads(stored)
        if not isinstance(values, dict):
            raise ValueError("not a JSON object")
        default = RetentionPolicy()
        return replace(
            default,
            raw_days=_optional_int(values.get("raw_days", default.raw_days), "raw_days"),
            max_database_gb=_optional_size(
                values.get("max_database_gb", default.max_database_gb), "max_database_gb"
            ),
            min_free_disk_gb=_optional_size(
                values.get("min_free_disk_gb", default.min_free_disk_gb), "min_free_disk_gb"
            ),
        )
    except (ValueError, TypeError) as error:
        log.warning("stored retention policy %r unreadable (%s): using the defaults", stored, error)
        return RetentionPolicy()


def save_retention_policy(connection: Connection, policy: RetentionPolicy) -> None:
    """Store the site-chosen part of `policy` (in the caller's transaction)."""
    value = json.dumps(
        {
            "raw_days": policy.raw_days,
            "max_database_gb": policy.max_database_gb,
            "min_free_disk_gb": policy.min_free_disk_gb,
        },
        sort_keys=True,
    )
    connection.execute(text("DELETE FROM storage_meta WHERE key = :key"), {"key": KEY})
    connection.execute(
        text("INSERT INTO storage_meta (key, value) VALUES (:key, :value)"),
        {"key": KEY, "value": value},
    )


def _optional_int(value: Any, name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError(f"{name}: {value!r}")
    return value


def _optional_size(value: Any, name: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{name}: {value!r}")
    if not (math.isfinite(value) and value > 0):
        raise ValueError(f"{name}: {value!r}")
    return float(value)
