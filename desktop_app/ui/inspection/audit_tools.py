"""The Audits page's tool row: templates, the PDF report of a finished run, and the package
files that carry finished runs between the tablet and the plant PC."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox, QPushButton, QWidget

from desktop_app.services.run_report import write_run_report
from desktop_app.ui.context import AppContext
from desktop_app.ui.packages_dialog import open_export, open_import
from desktop_app.ui.problem_text import error_text
from desktop_app.ui.run_query import run_query
from desktop_app.ui.template_editor import open_templates_dialog


class AuditTools(QWidget):
    """`selected_run` gives the id of the finished run chosen on the page, or None."""

    changed = Signal()

    def __init__(
        self,
        context: AppContext,
        selected_run: Callable[[], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context, self._selected_run = context, selected_run
        self.templates_button = QPushButton()
        self.report_button = QPushButton()
        self.export_button = QPushButton()
        self.import_button = QPushButton()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.templates_button,
            self.report_button,
            self.export_button,
            self.import_button,
        ):
            button.setMinimumHeight(44)
            row.addWidget(button)
        row.addStretch(1)
        self.templates_button.clicked.connect(self._templates)
        self.report_button.clicked.connect(self._report)
        self.export_button.clicked.connect(lambda: open_export(self, self._context))
        self.import_button.clicked.connect(self._import)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def update_enabled(self) -> None:
        self.report_button.setEnabled(self._selected_run() is not None)

    def _retranslate(self) -> None:
        self.templates_button.setText(self.tr("Checklist templates…"))
        self.report_button.setText(self.tr("Report (PDF)…"))
        self.export_button.setText(self.tr("Export to package…"))
        self.import_button.setText(self.tr("Import package…"))

    @Slot()
    def _templates(self) -> None:
        dialog = open_templates_dialog(self, self._context)
        dialog.finished.connect(lambda _code: self.changed.emit())

    @Slot()
    def _import(self) -> None:
        dialog = open_import(self, self._context)
        dialog.finished.connect(lambda _code: self.changed.emit())

    @Slot()
    def _report(self) -> None:
        run_id = self._selected_run()
        if run_id is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the inspection report"),
            f"inspection-{run_id[:8]}.pdf",
            "PDF (*.pdf)",
        )
        if not name:
            return
        database = self._context.startup.database
        language = "zh_CN" if self._context.language.is_chinese else "en"
        self.report_button.setEnabled(False)

        def write() -> Path:
            return write_run_report(database, run_id, Path(name), language)

        run_query(self, write, self._written, self._failed)

    def _written(self, path: Path) -> None:
        self.update_enabled()
        QMessageBox.information(
            self, self.tr("Report"), self.tr("The report was saved: %1").replace("%1", str(path))
        )

    def _failed(self, error: BaseException) -> None:
        self.update_enabled()
        QMessageBox.warning(self, self.tr("Report"), error_text(error))
