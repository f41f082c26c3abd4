"""What the pages share, handed to them explicitly: no global main-window singleton."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from desktop_app.services.configuration import TagInfo
from desktop_app.services.runtime import AcquisitionRuntime
from desktop_app.services.startup import Startup
from desktop_app.ui.alarm_bridge import AlarmBridge
from desktop_app.ui.bridge import AcquisitionBridge
from desktop_app.ui.catalog import SiteCatalog
from desktop_app.ui.i18n import LanguageSwitcher
from desktop_app.ui.preferences import Preferences
from domain.roles import ANONYMOUS_VIEWER, Actor


class UserSession(QObject):
    """Who is signed in on this window; services receive `actor` for every write."""

    actor_changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.actor: Actor = ANONYMOUS_VIEWER

    @property
    def signed_in(self) -> bool:
        return self.actor.user_id is not None

    def sign_in(self, actor: Actor) -> None:
        self.actor = actor
        self.actor_changed.emit(actor)

    def sign_out(self) -> None:
        self.actor = ANONYMOUS_VIEWER
        self.actor_changed.emit(self.actor)


@dataclass
class AppContext:
    startup: Startup
    runtime: AcquisitionRuntime
    bridge: AcquisitionBridge
    session: UserSession
    language: LanguageSwitcher
    preferences: Preferences
    catalog: SiteCatalog
    alarms: AlarmBridge

    def tag_label(self, tag: TagInfo) -> str:
        if self.language.is_chinese or not tag.label_en:
            return tag.label or tag.name
        return tag.label_en
