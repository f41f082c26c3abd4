"""Reports & export: the cleaner-production report on demand, scheduled reports, and the
signed bundle for head office — one tab each (`reports_generate_tab`, `reports_schedule_tab`,
`reports_export_tab`).

Long work runs on the report pool (`report_jobs`) with progress and Cancel; the schedule and
the export history are read on the query pool whenever the page is shown, so the GUI thread
never touches the database.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget

from desktop_app.ui.context import AppContext
from desktop_app.ui.pages.base import Page
from desktop_app.ui.reports_export_tab import BundleExportTab
from desktop_app.ui.reports_generate_tab import GenerateReportTab
from desktop_app.ui.reports_schedule_tab import ScheduleTab


class ReportsPage(Page):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.tabs = QTabWidget(self)
        self.generate_tab = GenerateReportTab(context, self.tabs)
        self.schedule_tab = ScheduleTab(context, self.tabs)
        self.export_tab = BundleExportTab(context, self.tabs)
        for tab in (self.generate_tab, self.schedule_tab, self.export_tab):
            self.tabs.addTab(tab, "")
        self.layout_.addWidget(self.tabs, 1)
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        """Read the schedule and the export state again (both off the GUI thread)."""
        self.schedule_tab.reload()
        self.export_tab.reload()

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Reports & export"))
        self.tabs.setTabText(0, self.tr("Cleaner-production report"))
        self.tabs.setTabText(1, self.tr("Scheduled reports"))
        self.tabs.setTabText(2, self.tr("Export to head office"))
