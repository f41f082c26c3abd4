"""The main window: navigation on the left, one page per area, status on the bottom."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QSize, QTimer, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.alarm_banner import AlarmBanner
from desktop_app.ui.context import AppContext
from desktop_app.ui.inspection import AuditsPage
from desktop_app.ui.login_dialog import LoginDialog
from desktop_app.ui.pages.actions import ActionsPage
from desktop_app.ui.pages.alarms import AlarmsPage
from desktop_app.ui.pages.base import Page
from desktop_app.ui.pages.data_quality import DataQualityPage
from desktop_app.ui.pages.hq import HqPage
from desktop_app.ui.pages.instruments import InstrumentsPage
from desktop_app.ui.pages.kpis import KpiPage
from desktop_app.ui.pages.overview import OverviewPage
from desktop_app.ui.pages.projects import ProjectsPage
from desktop_app.ui.pages.reports import ReportsPage
from desktop_app.ui.pages.reviews import ReviewsPage
from desktop_app.ui.pages.settings import SettingsPage
from desktop_app.ui.pages.suppliers import SuppliersPage
from desktop_app.ui.pages.tasks import TasksPage
from desktop_app.ui.pages.trends import TrendsPage
from desktop_app.ui.run_query import run_query
from desktop_app.ui.task_io import load_tasks
from desktop_app.ui.workflow_watch import WorkflowWatch
from domain.roles import Actor
from storage.hq.engine import HqDatabase
from storage.readings import latest_by_tag

NAVIGATION_STYLE = """
QListWidget#navigation { background: #20343f; color: #e8eef1; border: none; font-size: 11pt; }
QListWidget#navigation::item { padding: 11px 14px; min-height: 24px; }
QListWidget#navigation::item:selected { background: #2e7d6b; color: white; }
QListWidget#navigation::item:hover:!selected { background: #2a4552; }
"""
"""Large targets (≥ 44 px) so the same window works with a finger on a tablet."""

PAGE_KEYS = (
    "overview",
    "trends",
    "quality",
    "instruments",
    "alarms",
    "kpis",
    "audits",
    "actions",
    "tasks",
    "projects",
    "reviews",
    "suppliers",
    "reports",
    "settings",
)


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, hq: HqDatabase | None = None) -> None:
        """`hq`: the head-office database when the application runs with --hq (adds the
        head-office page: registered sites, bundle import, the cross-site comparison)."""
        super().__init__()
        self.context = context
        self.page_keys = PAGE_KEYS + (("hq",) if hq is not None else ())
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(176)
        self.nav.setStyleSheet(NAVIGATION_STYLE)
        self.stack = QStackedWidget(self)
        self.pages: dict[str, Page] = {
            "overview": OverviewPage(context),
            "trends": TrendsPage(context),
            "quality": DataQualityPage(context),
            "instruments": InstrumentsPage(context),
            "alarms": AlarmsPage(context, context.alarms),
            "kpis": KpiPage(context),
            "audits": AuditsPage(context),
            "actions": ActionsPage(context),
            "tasks": TasksPage(context),
            "projects": ProjectsPage(context),
            "reviews": ReviewsPage(context),
            "suppliers": SuppliersPage(context),
            "reports": ReportsPage(context),
            "settings": SettingsPage(context),
        }
        if hq is not None:
            self.pages["hq"] = HqPage(context, hq)
        for key in self.page_keys:
            self.stack.addWidget(_scrollable(self.pages[key]))
            QListWidgetItem(self.nav)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.alarm_banner = AlarmBanner(context.alarms, context.language, self)
        self.alarm_banner.open_requested.connect(self._show_alarms)
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.alarm_banner)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)

        self.user_button = QPushButton(self)
        self.user_button.clicked.connect(self._on_user_button)
        self.backlog_label = QLabel(self)
        self.clock_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.backlog_label)
        self.statusBar().addPermanentWidget(self.clock_label)
        self.statusBar().addPermanentWidget(self.user_button)
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(1000)
        self._status_timer.timeout.connect(self._update_status)
        self._status_timer.start()
        context.session.actor_changed.connect(self._show_user)
        context.session.actor_changed.connect(self._offer_my_tasks)
        self.workflow_watch: WorkflowWatch | None = None
        self.nav.setCurrentRow(0)
        self.retranslate()
        self._load_latest()

    @Slot(object)
    def _offer_my_tasks(self, actor: Actor) -> None:
        """After sign-in, a person with open tasks sees them first."""
        if actor.user_id is None:
            return
        database = self.context.startup.database
        run_query(self, lambda: load_tasks(database, actor, False).tasks, self._open_my_tasks, None)

    def _open_my_tasks(self, tasks: tuple[object, ...]) -> None:
        page = self.pages["tasks"]
        if not tasks or not isinstance(page, TasksPage):
            return
        self.show_page("tasks")
        page.tabs.setCurrentIndex(0)
        page.show_everything(False)

    @Slot()
    def _show_alarms(self) -> None:
        self.show_page("alarms")

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(self.page_keys.index(key))

    def current_page(self) -> Page:
        area = self.stack.currentWidget()
        assert isinstance(area, QScrollArea)
        page = area.widget()
        assert isinstance(page, Page)
        return page

    def retranslate(self) -> None:
        site = self.context.startup.site
        name = site.name if self.context.language.is_chinese else (site.name_en or site.name)
        self.setWindowTitle(self.tr("Qingyuan — %1").replace("%1", name))
        titles = {
            "overview": self.tr("Overview"),
            "trends": self.tr("Trends"),
            "quality": self.tr("Data quality"),
            "instruments": self.tr("Instruments"),
            "alarms": self.tr("Alarms"),
            "kpis": self.tr("KPIs"),
            "audits": self.tr("Audits"),
            "actions": self.tr("Actions"),
            "tasks": self.tr("Tasks"),
            "projects": self.tr("Projects"),
            "reviews": self.tr("PDCA reviews"),
            "suppliers": self.tr("Suppliers"),
            "reports": self.tr("Reports & export"),
            "settings": self.tr("Settings"),
            "hq": self.tr("Head office"),
        }
        for row, key in enumerate(self.page_keys):
            self.nav.item(row).setText(titles[key])
        self._show_user()
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_first_run_notice(self, user: str, password_file: str) -> None:
        QMessageBox.information(
            self,
            self.tr("Welcome to Qingyuan"),
            self.tr(
                "This is the built-in demo plant; live values arrive within seconds.\n\n"
                "An administrator account '%1' was created. Its initial password is in:\n%2\n"
                "Sign in with it (bottom right) and change it."
            )
            .replace("%1", user)
            .replace("%2", password_file),
        )

    def _load_latest(self) -> None:
        database = self.context.startup.database

        def fetch() -> dict:
            with database.reading() as session:
                return latest_by_tag(session)

        overview = self.pages["overview"]
        assert isinstance(overview, OverviewPage)
        run_query(self, fetch, overview.apply_latest)

    @Slot()
    def _update_status(self) -> None:
        summary = self.context.runtime.summary()
        self.backlog_label.setText(
            self.tr("Stored %1 · waiting %2 · lost %3")
            .replace("%1", f"{summary.writer.written + summary.writer.staged:,}")
            .replace("%2", f"{summary.writer.backlog:,}")
            .replace("%3", f"{summary.writer.dropped:,}")
        )
        self.clock_label.setText(datetime.now().strftime("%Y-%m-%d %H:%M:%S"))

    @Slot()
    def _show_user(self, *_args: object) -> None:
        session = self.context.session
        if session.signed_in:
            self.user_button.setText(
                self.tr("%1 (%2) · Sign out")
                .replace("%1", session.actor.name)
                .replace("%2", session.actor.role.value)
            )
        else:
            self.user_button.setText(self.tr("Viewing · Sign in"))

    @Slot()
    def _on_user_button(self) -> None:
        session = self.context.session
        if session.signed_in:
            session.sign_out()
            return
        dialog = LoginDialog(self.context.startup.database, self)
        if dialog.exec() and dialog.actor is not None:
            session.sign_in(dialog.actor)

    def start_workflow_watch(self) -> None:
        """Periodic escalation and automatic starts; the application calls this once its window
        shows (a window built by a test or for a screenshot writes nothing by itself)."""
        if self.workflow_watch is not None:
            return
        self.workflow_watch = WorkflowWatch(self.context.startup.database, self)
        tasks = self.pages["tasks"]
        assert isinstance(tasks, TasksPage)
        self.workflow_watch.changed.connect(tasks.reload)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._status_timer.stop()
        if self.workflow_watch is not None:
            self.workflow_watch.stop()
        super().closeEvent(event)


def _scrollable(page: QWidget) -> QScrollArea:
    """A page scrolls rather than widening the window: a tablet held upright is 800 px wide,
    narrower than the dashboard's natural width, and the window must still fit the screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area
