"""Typed SQLAlchemy models. Importing this package registers every table on `Base.metadata`."""

from storage.models.base import Base
from storage.models.change_log import ChangeLogEntry
from storage.models.corrections import ReadingCorrection
from storage.models.instruments import Bus, Device, Site, Tag
from storage.models.readings import readings_table
from storage.models.users import User

__all__ = [
    "Base",
    "Bus",
    "ChangeLogEntry",
    "Device",
    "ReadingCorrection",
    "Site",
    "Tag",
    "User",
    "readings_table",
]
