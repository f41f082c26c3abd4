"""KPIs: where the plant stands on the cleaner-production indicators against its targets.

One period for the whole page (this month by default). The table is the one plants keep on
paper — area, KPI, baseline, target, actual, status, department — with a sparkline; the detail
traces the selected value to its inputs and shows its course against the planned path. The
energy convention behind every kgce figure is stated under the table, as reports state it.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QItemSelection, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.kpi_overview import KpiOverview, KpiRow, kpi_overview
from desktop_app.services.kpi_targets import set_target
from desktop_app.services.kpis import month_bounds
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.target_dialog import TargetDialog
from desktop_app.ui.kpi_detail import KpiDetail
from desktop_app.ui.kpi_formula_actions import define_kpi_interactively, edit_kpi_interactively
from desktop_app.ui.kpi_tabs import extra_tabs
from desktop_app.ui.models.kpi_models import SPARKLINE_ROLE, KpiTableModel
from desktop_app.ui.pages.base import Page
from desktop_app.ui.problem_text import error_text
from desktop_app.ui.run_query import run_query
from domain.kpis import BUILTIN
from domain.roles import Permission, role_allows
from widgets.sparkline import SparklineDelegate

BUILTIN_CODES = {d.code for d in BUILTIN}


def _is_builtin(code: str) -> bool:
    return code in BUILTIN_CODES or code.startswith("emission.")


PRESETS = ("this_month", "last_month", "year_to_date", "last_12_months", "custom")


def preset_period(preset: str, today: date) -> tuple[date, date]:
    if preset == "last_month":
        last = today.replace(day=1) - timedelta(days=1)
        return month_bounds(last.year, last.month)
    if preset == "year_to_date":
        return date(today.year, 1, 1), today
    if preset == "last_12_months":
        first = date(today.year - 1, today.month, 1) + timedelta(days=31)
        return first.replace(day=1), today
    return today.replace(day=1), today


class KpiPage(Page):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.overview: KpiOverview | None = None
        self.preset_combo = QComboBox()
        for _preset in PRESETS:
            self.preset_combo.addItem("", _preset)
        self.from_edit, self.to_edit = _date_edit(), _date_edit()
        self.refresh_button = QPushButton()
        self.target_button = QPushButton()
        self.define_button = QPushButton()
        self.edit_button = QPushButton()
        self.status_label = QLabel()
        bar = QHBoxLayout()
        for widget in (self.preset_combo, self.from_edit, self.to_edit, self.refresh_button):
            widget.setMinimumHeight(36)
            bar.addWidget(widget)
        bar.addWidget(self.status_label, 1)
        for button in (self.define_button, self.edit_button, self.target_button):
            button.setMinimumHeight(36)
            bar.addWidget(button)
        self.layout_.addLayout(bar)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._indicators_tab(), "")
        self.extra = extra_tabs(context, self.tabs)
        for tab in self.extra:
            if tab.changed is not None:
                tab.changed.connect(self.refresh)
        self.layout_.addWidget(self.tabs, 1)
        self.preset_combo.currentIndexChanged.connect(self._preset_chosen)
        self.refresh_button.clicked.connect(self.refresh)
        self.target_button.clicked.connect(self._set_target)
        self.define_button.clicked.connect(
            lambda: define_kpi_interactively(self, self.context, lambda _d: self.refresh())
        )
        self.edit_button.clicked.connect(self._edit_kpi)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        context.session.actor_changed.connect(self._update_buttons)
        self._preset_chosen()
        self.retranslate()

    def _indicators_tab(self) -> QWidget:
        self.model = KpiTableModel(parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(34)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        trend = KpiTableModel.COLUMNS.index("trend")
        self.table.setItemDelegateForColumn(trend, SparklineDelegate(SPARKLINE_ROLE, self.table))
        header.setSectionResizeMode(trend, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(trend, 110)
        self.detail = KpiDetail()
        self.convention_label = QLabel()
        self.convention_label.setWordWrap(True)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addWidget(self.convention_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setSizes([900, 380])
        return splitter

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("KPIs and targets"))
        names = (
            self.tr("This month"),
            self.tr("Last month"),
            self.tr("Year to date"),
            self.tr("Last 12 months"),
            self.tr("Custom period"),
        )
        for index, name in enumerate(names):
            self.preset_combo.setItemText(index, name)
        self.refresh_button.setText(self.tr("Refresh"))
        self.target_button.setText(self.tr("Set target…"))
        self.define_button.setText(self.tr("New KPI…"))
        self.edit_button.setText(self.tr("Edit formula…"))
        self.tabs.setTabText(0, self.tr("Indicators"))
        for index, tab in enumerate(self.extra, start=1):
            self.tabs.setTabText(index, tab.title())
        self._show_overview()
        self._update_buttons()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.refresh()

    def period(self) -> tuple[date, date]:
        return _day(self.from_edit), _day(self.to_edit)

    @Slot()
    def refresh(self) -> None:
        first, last = self.period()
        if last < first:
            self.status_label.setText(self.tr("The end is before the start."))
            return
        database = self.context.startup.database
        self.status_label.setText(self.tr("Computing…"))

        def fetch() -> KpiOverview:
            with database.reading() as session:
                return kpi_overview(session, first, last)

        run_query(self, fetch, self._loaded, self._failed)
        for tab in self.extra:
            tab.set_period(first, last)

    def _loaded(self, overview: KpiOverview) -> None:
        self.overview = overview
        self._show_overview()
        missing = sum(1 for r in overview.rows if r.value.value is None)
        self.status_label.setText(
            self.tr("%1 KPIs · %2 without a value")
            .replace("%1", str(len(overview.rows)))
            .replace("%2", str(missing))
        )

    def _failed(self, error: BaseException) -> None:
        self.status_label.setText(error_text(error))

    def _show_overview(self) -> None:
        chinese = self.context.language.is_chinese
        selected = self.selected_row()
        rows = self.overview.rows if self.overview else ()
        self.model.set_rows(rows, chinese)
        self.convention_label.setText(self._convention_text())
        codes = [r.definition.code for r in rows]
        if rows:
            index = (
                codes.index(selected.definition.code)
                if selected and selected.definition.code in codes
                else 0
            )
            self.table.selectRow(index)
        else:
            self.detail.show_row(None, chinese)

    def _convention_text(self) -> str:
        if self.overview is None:
            return ""
        c = self.overview.report.convention
        electricity = (
            self.tr("equivalent value")
            if c["electricity_basis"] == "equivalent"
            else self.tr("equal value")
        )
        gas = c["natural_gas_kgce_per_m3"]
        return (
            self.tr("Energy per %1: electricity at %2 (%3 kgce/kWh), natural gas %4 kgce/m³.")
            .replace("%1", str(c["standard"]))
            .replace("%2", electricity)
            .replace("%3", str(c["electricity_kgce_per_kwh"]))
            .replace("%4", "—" if gas is None else str(gas))
        )

    def selected_row(self) -> KpiRow | None:
        indexes = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not indexes or not self.model.rows:
            return None
        row = indexes[0].row()
        return self.model.rows[row] if row < len(self.model.rows) else None

    @Slot(QItemSelection, QItemSelection)
    def _selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self.detail.show_row(self.selected_row(), self.context.language.is_chinese)
        self._update_buttons()

    @Slot()
    def _preset_chosen(self) -> None:
        preset = str(self.preset_combo.currentData())
        custom = preset == "custom"
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        if not custom:
            first, last = preset_period(preset, date.today())
            self.from_edit.setDate(_qdate(first))
            self.to_edit.setDate(_qdate(last))
            if self.isVisible():
                self.refresh()

    @Slot()
    def _update_buttons(self) -> None:
        allowed = role_allows(self.context.session.actor.role, Permission.MANAGE_KPIS)
        self.target_button.setEnabled(allowed)
        self.define_button.setEnabled(allowed)
        row = self.selected_row()
        builtin = row is None or _is_builtin(row.definition.code)
        self.edit_button.setEnabled(allowed and not builtin)
        self.target_button.setToolTip(
            "" if allowed else self.tr("Sign in as an engineer to set targets.")
        )

    @Slot()
    def _edit_kpi(self) -> None:
        row = self.selected_row()
        if row is not None:
            code = row.definition.code
            edit_kpi_interactively(self, self.context, code, lambda _d: self.refresh())

    @Slot()
    def _set_target(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        first, last = self.period()
        database = self.context.startup.database
        dialog = TargetDialog(database, row.definition, row.target, (first, last), self)
        if not dialog.exec():
            return
        target, percent, period = dialog.value()
        actor = self.context.session.actor

        def write() -> None:
            with database.transaction() as session:
                set_target(session, actor, target, percent_change=percent, baseline_period=period)

        run_query(self, write, lambda _r: self.refresh(), self._not_saved)

    def _not_saved(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Not saved"), error_text(error))


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    return edit


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())
