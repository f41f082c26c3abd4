"""Manual readings, corrections and meter replacements from any page: dialog, service off the
GUI thread, outcome."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.services.configuration import TagInfo
from desktop_app.services.manual_readings import correct_reading, enter_manual_reading
from desktop_app.services.meter_replacements import replace_meter
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.meter_replacement_dialog import MeterReplacementDialog
from desktop_app.ui.dialogs.reading_dialog import ReadingDialog
from desktop_app.ui.problem_text import error_text
from desktop_app.ui.run_query import run_query
from domain.roles import Permission, role_allows


class ReadingActions(QObject):
    saved = Signal()

    def __init__(self, owner: QWidget, context: AppContext) -> None:
        super().__init__(owner)
        self._owner, self._context = owner, context

    def may_enter(self) -> bool:
        return role_allows(self._context.session.actor.role, Permission.ENTER_READINGS)

    def may_replace_meter(self, tag: TagInfo) -> bool:
        role = self._context.session.actor.role
        return tag.is_counter and role_allows(role, Permission.CONFIGURE_INSTRUMENTS)

    def replace_meter(self, tag: TagInfo) -> None:
        database, runtime = self._context.startup.database, self._context.runtime
        dialog = MeterReplacementDialog(database, tag, self._context.tag_label(tag), self._owner)
        if not dialog.exec():
            return
        ts, old_final, new_start, reason = dialog.value()
        actor = self._context.session.actor

        def write() -> None:
            runtime.flush()  # staged readings around the swap are recomputed with it
            with database.transaction() as session:
                replace_meter(session, actor, tag.id, ts, old_final, new_start, reason)

        run_query(self, write, lambda _r: self.saved.emit(), self._failed)

    def enter(self, tag: TagInfo) -> None:
        self._run(tag, correcting=False)

    def correct(self, tag: TagInfo) -> None:
        self._run(tag, correcting=True)

    def _run(self, tag: TagInfo, correcting: bool) -> None:
        database = self._context.startup.database
        dialog = ReadingDialog(database, tag, self._context.tag_label(tag), correcting, self._owner)
        if not dialog.exec():
            return
        ts, value, text = dialog.value()
        actor = self._context.session.actor

        runtime = self._context.runtime

        def write() -> None:
            runtime.flush()  # readings still staged become correctable rows first
            with database.transaction() as session:
                if correcting:
                    correct_reading(session, actor, tag.id, ts, value, text)
                else:
                    enter_manual_reading(session, actor, tag.id, ts, value, text)

        run_query(self, write, lambda _r: self.saved.emit(), self._failed)

    def _failed(self, error: BaseException) -> None:
        QMessageBox.warning(self._owner, self.tr("Not saved"), error_text(error))
