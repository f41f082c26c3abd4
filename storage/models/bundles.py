"""The history of bundles this site exported: where the next sequence number and hash come from.

One row per bundle that was written and verified; `manifest_sha256` is the SHA-256 of that
bundle's manifest.json bytes, which the next bundle carries as `previous_sha256`, so head
office can tell a missing bundle from a forged one.
"""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base


class BundleExportRecord(Base):
    __tablename__ = "bundle_exports"

    sequence: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(12))
    """full or incremental."""
    from_ms: Mapped[int] = mapped_column(Integer)
    to_ms: Mapped[int] = mapped_column(Integer)
    created_ms: Mapped[int] = mapped_column(Integer)
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(200))
    created_by: Mapped[str] = mapped_column(String(64))
