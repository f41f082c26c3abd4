"""Head office: the registered sites, bundle import from USB sticks, and the sites compared.

Reads and writes run on the query pool (`run_query`): the sites and the comparison are read
whenever the page is shown and after every import or registration; an import's progress is
written by the worker into a `Progress` (plain ints) and shown by a timer. The file dialogs
open on the first removable drive when one is plugged in. The page lives in the GUI thread;
it is given the head-office database (`storage.hq.engine.open_hq`) by the main window.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QTimer, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.errors import ConfigurationError
from desktop_app.services.hq_import import ImportResult
from desktop_app.services.hq_sites import SiteSummary
from desktop_app.services.removable_drives import removable_drives
from desktop_app.ui import hq_io
from desktop_app.ui.context import AppContext
from desktop_app.ui.hq_report_panel import HqReportPanel
from desktop_app.ui.hq_text import reason_text
from desktop_app.ui.hq_trends_tab import HqTrendsTab
from desktop_app.ui.models.hq_models import ComparisonModel, ImportResultModel, SiteTableModel
from desktop_app.ui.package_busy import Progress
from desktop_app.ui.pages.base import Page
from desktop_app.ui.run_query import run_query
from domain.roles import PermissionDenied
from storage.hq.engine import HqDatabase

TOUCH_HEIGHT = 44
PROGRESS_MS = 100


class HqPage(Page):
    loaded = Signal()
    """The sites and the comparison were read and shown."""
    imported = Signal(object)
    """An import finished; carries the tuple of ImportResult."""
    registered = Signal(object)
    """A site's key was registered; carries its SiteSummary."""

    def __init__(self, context: AppContext, hq: HqDatabase) -> None:
        super().__init__(context)
        self.hq = hq
        self._progress: Progress | None = None
        bar = QHBoxLayout()
        self.register_button = self._button(bar, self.choose_key)
        self.import_button = self._button(bar, self.choose_bundles)
        bar.addStretch(1)
        self.period_label = QLabel(self)
        bar.addWidget(self.period_label)
        today = QDate.currentDate()
        self.first_edit = self._date(bar, QDate(today.year(), today.month(), 1))
        self.last_edit = self._date(bar, today)
        self.compare_button = self._button(bar, self.reload)
        self.report_panel = HqReportPanel(context, hq, self.period, self)
        bar.addWidget(self.report_panel.report_button)
        self.layout_.addLayout(bar)
        self.layout_.addWidget(self.report_panel)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.hide()
        self.layout_.addWidget(self.status_label)
        self.layout_.addWidget(self.progress_bar)
        self.site_model = SiteTableModel(parent=self)
        self.result_model = ImportResultModel(parent=self)
        self.comparison_model = ComparisonModel(parent=self)
        self.sites_table = self._table(self.site_model, stretch=1)
        self.results_table = self._table(self.result_model, stretch=4)
        self.comparison_table = self._table(self.comparison_model, stretch=1)
        sites_tab = QWidget(self)
        column = QVBoxLayout(sites_tab)
        column.addWidget(self.sites_table, 3)
        self.results_label = QLabel(sites_tab)
        column.addWidget(self.results_label)
        column.addWidget(self.results_table, 2)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(sites_tab, "")
        self.tabs.addTab(self.comparison_table, "")
        self.trends_tab = HqTrendsTab(context, hq, self)
        self.trends_tab.failed.connect(self._failed)
        self.tabs.addTab(self.trends_tab, "")
        self.layout_.addWidget(self.tabs, 1)
        self._timer = QTimer(self)
        self._timer.setInterval(PROGRESS_MS)
        self._timer.timeout.connect(self._show_progress)
        self.retranslate()

    def _button(self, bar: QHBoxLayout, slot: object) -> QPushButton:
        button = QPushButton(self)
        button.setMinimumHeight(TOUCH_HEIGHT)
        button.clicked.connect(slot)
        bar.addWidget(button)
        return button

    def _date(self, bar: QHBoxLayout, value: QDate) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumHeight(TOUCH_HEIGHT)
        bar.addWidget(edit)
        return edit

    def _table(self, model: object, stretch: int) -> QTableView:
        table = QTableView(self)
        table.setModel(model)  # type: ignore[arg-type]
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(TOUCH_HEIGHT)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return table

    # ----------------------------------------------------------------- showing

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Head office: sites and bundles"))
        self.register_button.setText(self.tr("Register site…"))
        self.import_button.setText(self.tr("Import bundles…"))
        self.period_label.setText(self.tr("Period"))
        self.compare_button.setText(self.tr("Compare"))
        self.results_label.setText(self.tr("Last import"))
        self.tabs.setTabText(0, self.tr("Sites"))
        self.tabs.setTabText(1, self.tr("Comparison of sites"))
        self.tabs.setTabText(2, self.tr("Trends"))
        chinese = self.context.language.is_chinese
        for model in (self.site_model, self.result_model, self.comparison_model):
            model.set_chinese(chinese)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def period(self) -> tuple[date, date]:
        return self.first_edit.date().toPython(), self.last_edit.date().toPython()  # type: ignore[return-value]

    @Slot()
    def reload(self) -> None:
        hq, (first, last) = self.hq, self.period()
        run_query(self, lambda: hq_io.load_overview(hq, first, last), self._loaded, self._failed)
        self.trends_tab.set_period_end(last)

    def _loaded(self, overview: hq_io.Overview) -> None:
        self.site_model.set_rows(overview.sites)
        self.comparison_model.set_rows(overview.comparison.rows)
        self.loaded.emit()

    # ----------------------------------------------------------------- register

    @Slot()
    def choose_key(self) -> None:
        path = self.ask_key_file()
        if path is not None:
            self.register_file(path)

    def register_file(self, path: Path) -> None:
        hq, actor = self.hq, self.context.session.actor
        run_query(self, lambda: hq_io.register_from_file(hq, actor, path), self._registered,
                  self._failed)  # fmt: skip

    def _registered(self, site: SiteSummary) -> None:
        self._say(self.tr("Registered the key %1.").replace("%1", site.fingerprint))
        self.registered.emit(site)
        self.reload()

    # ----------------------------------------------------------------- import

    @Slot()
    def choose_bundles(self) -> None:
        paths = self.ask_bundle_files()
        if paths:
            self.import_files(paths)

    def import_files(self, paths: tuple[Path, ...]) -> None:
        if self._progress is not None:
            return
        hq, actor = self.hq, self.context.session.actor
        progress = self._progress = Progress()
        self.import_button.setEnabled(False)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self._timer.start()
        self._say(self.tr("Verifying and importing %1 bundle(s)…").replace("%1", str(len(paths))))
        run_query(self, lambda: hq_io.import_files(hq, actor, paths, progress), self._imported,
                  self._import_failed)  # fmt: skip

    def _imported(self, results: tuple[ImportResult, ...]) -> None:
        self._finish_import()
        self.result_model.set_rows(results)
        refused = sum(1 for r in results if not r.ok)
        text = self.tr("%1 imported, %2 unchanged, %3 refused.")
        counts = (
            sum(r.status == "imported" for r in results),
            sum(r.status == "unchanged" for r in results),
            refused,
        )
        for number, count in enumerate(counts, start=1):
            text = text.replace(f"%{number}", str(count))
        self._say(text, error=bool(refused))
        self.tabs.setCurrentIndex(0)
        self.imported.emit(results)
        self.reload()

    def _import_failed(self, error: BaseException) -> None:
        self._finish_import()
        self._failed(error)

    def _finish_import(self) -> None:
        self._progress = None
        self._timer.stop()
        self.progress_bar.hide()
        self.import_button.setEnabled(True)

    @Slot()
    def _show_progress(self) -> None:
        if self._progress is None:
            return
        done, total = self._progress.read()
        if total:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)

    # ----------------------------------------------------------------- messages, dialogs

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, PermissionDenied):
            text = self.tr("Sign in as an administrator (registering) or engineer (importing).")
        elif isinstance(error, ConfigurationError):
            text = reason_text(error.code)
        elif isinstance(error, OSError):
            text = self.tr("The file cannot be read: %1").replace("%1", str(error.strerror))
        else:
            text = str(error)
        self._say(text, error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color: #b3261e;" if error else "")

    def start_folder(self) -> str:
        """The first removable drive, or the home folder."""
        drives = removable_drives()
        return str(drives[0].path if drives else Path.home())

    def ask_key_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Register a site: its public key"),
            self.start_folder(),
            self.tr("Site public keys (*.pem *.txt *.hex);;All files (*)"),
        )
        return Path(name) if name else None

    def ask_bundle_files(self) -> tuple[Path, ...]:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import site bundles"),
            self.start_folder(),
            self.tr("Qingyuan site bundles (*.qybundle)"),
        )
        return tuple(Path(n) for n in names)
