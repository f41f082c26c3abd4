"""User preferences, declared once and stored in an INI file beside the data.

Each preference has a type and a default; the file carries a version so later releases can
upgrade old files instead of misreading them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

PREFERENCES_VERSION = 1
PREFERENCES_FILE = "preferences.ini"


@dataclass(frozen=True)
class Preference:
    key: str
    type: type
    default: Any


LANGUAGE = Preference("ui/language", str, "zh_CN")
TREND_WINDOW_S = Preference("trends/window_seconds", int, 600)
TREND_VIEWS = Preference("trends/saved_views", str, "{}")
"""Saved trend views: a JSON object, view name → the trend widget's view state."""


class Preferences:
    def __init__(self, data_dir: Path) -> None:
        self._settings = QSettings(str(data_dir / PREFERENCES_FILE), QSettings.Format.IniFormat)
        if self._settings.value("meta/version") is None:
            self._settings.setValue("meta/version", PREFERENCES_VERSION)

    def get(self, preference: Preference) -> Any:
        value = self._settings.value(preference.key, preference.default)
        try:
            return preference.type(value)
        except (TypeError, ValueError):
            return preference.default

    def set(self, preference: Preference, value: Any) -> None:
        self._settings.setValue(preference.key, preference.type(value))

    def sync(self) -> None:
        self._settings.sync()
