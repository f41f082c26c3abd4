"""The site's bundle identity: a UUID made once and kept in `storage_meta['site_uuid']`.

Head office registers a site by its public key and knows it by this id; the site code and
name may be edited, the id never changes (a restored backup keeps it, a new installation
gets a new one).
"""

from __future__ import annotations

import uuid

from sqlalchemy import Connection, text

KEY = "site_uuid"


def site_uuid(connection: Connection) -> str:
    """The stored id, created in the caller's transaction the first time it is asked for."""
    stored = connection.execute(
        text("SELECT value FROM storage_meta WHERE key = :key"), {"key": KEY}
    ).scalar()
    if stored is not None:
        return str(stored)
    made = str(uuid.uuid4())
    connection.execute(
        text("INSERT INTO storage_meta (key, value) VALUES (:key, :value)"),
        {"key": KEY, "value": made},
    )
    return made
