"""Import and export of indicator-system files for the evaluation tab.

A site adopts a system by exporting one as a template, editing it in any editor and importing
it. The dialogs open on the GUI thread; reading, checking, storing and writing the file run on
the query pool. An import refused for problems in the file lists them with their JSON pointers.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop_app.services import evaluation as service
from desktop_app.ui.context import AppContext
from desktop_app.ui.evaluation_text import evaluation_error_text
from desktop_app.ui.run_query import run_query


class SystemFiles(QObject):
    imported = Signal(str)
    """The code of the system just imported (now the system in use)."""
    exported = Signal(str)
    """The file written."""
    failed = Signal(str)
    """Why an import or export did not happen, as a sentence."""

    def __init__(self, context: AppContext, owner: QWidget) -> None:
        super().__init__(owner)
        self._context = context
        self._owner = owner

    def import_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self._owner,
            self.tr("Import an indicator system"),
            "",
            self.tr("Indicator system (*.json)"),
        )
        if not name:
            return
        database, actor, path = (
            self._context.startup.database,
            self._context.session.actor,
            Path(name),
        )

        def load() -> str:
            text = service.read_system_file(path)
            with database.transaction() as session:
                system = service.import_system(session, actor, text, f"imported from {path.name}")
            return system.code

        run_query(self._owner, load, self.imported.emit, self._import_failed)

    def _import_failed(self, error: BaseException) -> None:
        text = evaluation_error_text(error)
        self.failed.emit(self.tr("Not imported."))
        QMessageBox.warning(self._owner, self.tr("Not imported"), text)

    def export_file(self, code: str) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self._owner,
            self.tr("Export as template"),
            f"{code}.json",
            self.tr("Indicator system (*.json)"),
        )
        if not name:
            return
        database, path = self._context.startup.database, Path(name)

        def write() -> str:
            with database.reading() as session:
                text = service.export_system(session, code)
            path.write_text(text, encoding="utf-8")
            return str(path)

        run_query(
            self._owner,
            write,
            self.exported.emit,
            lambda e: self.failed.emit(evaluation_error_text(e)),
        )
