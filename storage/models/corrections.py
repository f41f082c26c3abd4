"""Every manual correction of a reading, with the value it replaced: the original is never lost.

Append-only like the change log (triggers refuse UPDATE and DELETE): correcting a correction
adds a row, so the whole story of a value can be told.
"""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, Integer, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base


class ReadingCorrection(Base):
    __tablename__ = "reading_corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), index=True)
    ts: Mapped[int] = mapped_column(Integer)
    """The reading's own time (UTC ms)."""
    old_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    old_quality: Mapped[int] = mapped_column(SmallInteger)
    new_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    new_quality: Mapped[int] = mapped_column(SmallInteger)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    actor_name: Mapped[str] = mapped_column(String(64))
    at: Mapped[int] = mapped_column(Integer)
    """When the correction was made (UTC ms)."""
    reason: Mapped[str] = mapped_column(Text)
