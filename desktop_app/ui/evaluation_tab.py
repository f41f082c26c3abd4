"""Cleaner-production evaluation (清洁生产评价) of the KPI page's period against a system.

The rating comes first and large, then the three composite indices against their thresholds,
then every indicator grouped by first level with its value, source and level, and beside it
what holds the plant back from the next level and why. Values no KPI supplies (qualitative
levels, hand-kept figures) are entered in the table by roles that manage KPIs; evaluating,
saving, importing and exporting all run off the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import evaluation as service
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.evaluation import EvaluationView, SystemEntry
from desktop_app.ui.context import AppContext
from desktop_app.ui.evaluation_files import SystemFiles
from desktop_app.ui.evaluation_summary import EvaluationSummary
from desktop_app.ui.evaluation_text import evaluation_error_text, level_text, shortfall_text
from desktop_app.ui.models.evaluation_models import LEVEL_COLORS, IndicatorTableModel, InputDelegate
from desktop_app.ui.run_query import run_query
from domain.evaluation import Level
from domain.roles import Permission, role_allows

TOUCH_HEIGHT = 36
BENCHMARK_COLUMNS = (5, 6, 7)
BENCHMARK_WIDTH = 96
NAME_WIDTH = 240
LIST_STYLE = "QListWidget::item { border-bottom: 1px solid #c8c8c8; padding: 3px 0; }"


@dataclass(frozen=True)
class _Loaded:
    entries: tuple[SystemEntry, ...]
    view: EvaluationView | None
    error: BaseException | None


class EvaluationTab(QWidget):
    loaded = Signal(object)
    """The `EvaluationView` shown, after each evaluation."""
    saved = Signal(str)
    """The indicator whose entry was stored."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        today = date.today()
        self._first, self._last = today.replace(day=1), today
        self._entries: tuple[SystemEntry, ...] = ()
        self.view: EvaluationView | None = None
        self._generation = 0
        self._stale = True
        self._notice = ""
        """Said with the next evaluation's status (after a save or an import)."""
        self.system_label = QLabel(self)
        self.systems_combo = QComboBox(self)
        self.systems_combo.setMinimumHeight(TOUCH_HEIGHT)
        self.systems_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.import_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.period_label = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(self.system_label)
        bar.addWidget(self.systems_combo)
        for button, slot in (
            (self.import_button, self._import),
            (self.export_button, self._export),
        ):
            button.setMinimumHeight(TOUCH_HEIGHT)
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.period_label)
        self.summary = EvaluationSummary(self)
        self.files = SystemFiles(context, self)
        self.files.imported.connect(self._imported)
        self.files.exported.connect(
            lambda where: self._status(self.tr("Exported to %1").replace("%1", where))
        )
        self.files.failed.connect(lambda text: self._status(text, problem=True))
        self.model = IndicatorTableModel(self)
        self.model.input_edited.connect(self.save_input)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(
            IndicatorTableModel.VALUE_COLUMN, InputDelegate(self.model, self.table)
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        for column in BENCHMARK_COLUMNS:  # criteria texts are long: elided, whole in the tooltip
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, BENCHMARK_WIDTH)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        self.holding_title = QLabel(self)
        self.holding_title.setWordWrap(True)
        bold = QFont(self.holding_title.font())
        bold.setBold(True)
        self.holding_title.setFont(bold)
        self.holding_list = QListWidget(self)
        self.holding_list.setWordWrap(True)
        self.holding_list.setAlternatingRowColors(True)
        self.holding_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.holding_list.setStyleSheet(LIST_STYLE)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.holding_title)
        right_layout.addWidget(self.holding_list, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([940, 320])
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.status_label)
        self.systems_combo.activated.connect(self._system_chosen)
        context.session.actor_changed.connect(self._update_enabled)
        self.retranslate()

    # --- public -------------------------------------------------------------------------------

    def set_period(self, first: date, last: date) -> None:
        """Evaluate `first`..`last` (the KPI page's period); at once when visible."""
        self._first, self._last = first, last
        self._stale = True
        self._show_period()
        if self.isVisible():
            self.refresh()

    def may_edit(self) -> bool:
        return role_allows(self._context.session.actor.role, Permission.MANAGE_KPIS)

    def chosen_code(self) -> str | None:
        code = self.systems_combo.currentData()
        return code if isinstance(code, str) else None

    @Slot()
    def refresh(self) -> None:
        self._stale = False
        self._generation += 1
        generation, code = self._generation, self.chosen_code()
        database, first, last = self._context.startup.database, self._first, self._last

        def evaluate() -> _Loaded:
            with database.reading() as session:
                entries = service.available_systems(session)
                known = code if any(e.system.code == code for e in entries) else None
                try:
                    view = service.evaluate_period(session, known, first, last)
                except ConfigurationError as error:
                    return _Loaded(entries, None, error)
                return _Loaded(entries, view, None)

        self._status(self.tr("Evaluating…"))
        run_query(self, evaluate, lambda result: self._loaded(generation, result), self._failed)

    @Slot(str, object, bool)
    def save_input(self, indicator: str, value: float | None, not_applicable: bool) -> None:
        """Store an indicator's entry (off the GUI thread), keeping its note; then re-evaluate."""
        if self.view is None or not self.may_edit():
            return
        stored = self.view.stored_input(indicator)
        note = stored.note if stored is not None else ""
        database, actor = self._context.startup.database, self._context.session.actor
        system = self.view.system.code

        def write() -> str:
            with database.transaction() as session:
                service.set_input(session, actor, system, indicator, value, not_applicable, note)
            return indicator

        self._status(self.tr("Saving…"))
        run_query(self, write, self._saved, self._failed)

    # --- language, visibility -----------------------------------------------------------------

    def retranslate(self) -> None:
        self.system_label.setText(self.tr("Indicator system"))
        self.import_button.setText(self.tr("Import…"))
        self.export_button.setText(self.tr("Export as template…"))
        self._fill_systems(self.chosen_code())
        self._show_period()
        self._show_view()
        self._update_enabled()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # --- results ------------------------------------------------------------------------------

    def _loaded(self, generation: int, result: _Loaded) -> None:
        if generation != self._generation:
            return  # a newer evaluation (period or system changed) is under way
        self._entries = result.entries
        self.view = result.view
        self._fill_systems(result.view.system.code if result.view else self.chosen_code())
        self._show_view()
        self._update_enabled()
        if result.error is not None:
            self._status(evaluation_error_text(result.error), problem=True)
        else:
            notice, self._notice = self._notice, ""
            self._status(" ".join(text for text in (notice, self._missing_text()) if text))
            self.loaded.emit(result.view)

    def _fill_systems(self, current: str | None) -> None:
        chinese = self._context.language.is_chinese
        self.systems_combo.blockSignals(True)
        self.systems_combo.clear()
        for entry in self._entries:
            system = entry.system
            label = system.name_zh if chinese or not system.name_en else system.name_en
            if entry.active:
                label = self.tr("%1 (in use)").replace("%1", label)
            self.systems_combo.addItem(label, system.code)
            self.systems_combo.setItemData(
                self.systems_combo.count() - 1,
                f"{system.code} · {system.version}\n{system.source}",
                Qt.ItemDataRole.ToolTipRole,
            )
        found = self.systems_combo.findData(current)
        self.systems_combo.setCurrentIndex(max(found, 0))
        self.systems_combo.blockSignals(False)

    def _show_view(self) -> None:
        self.model.set_view(self.view, self._context.language.is_chinese)
        width = self.table.sizeHintForColumn(0) + 12
        self.table.horizontalHeader().resizeSection(0, min(width, NAME_WIDTH))
        self.summary.show_view(self.view)
        self.holding_list.clear()
        self.holding_title.clear()
        if self.view is not None:
            self._show_holding_back()

    def _show_holding_back(self) -> None:
        assert self.view is not None
        evaluation, chinese = self.view.evaluation, self._context.language.is_chinese
        if evaluation.rating is Level.I:
            self.holding_title.setText(self.tr("Level I reached: nothing holds the plant back."))
            return
        target = Level.III if evaluation.rating is None else Level(evaluation.rating - 1)
        self.holding_title.setText(
            self.tr("Holding the plant back from %1").replace("%1", level_text(target))
        )
        for shortfall in evaluation.holding_back():
            indicator = self.view.indicator(shortfall.code)
            reason = self.view.source(shortfall.code).reason
            item = QListWidgetItem(shortfall_text(shortfall, indicator, target, reason, chinese))
            item.setData(Qt.ItemDataRole.UserRole, shortfall.code)
            if shortfall.required:
                item.setForeground(LEVEL_COLORS[None])
            self.holding_list.addItem(item)

    def _missing_text(self) -> str:
        if self.view is None:
            return ""
        missing = len(self.view.evaluation.missing)
        if not missing:
            return ""
        return self.tr("%1 indicators have no value and count as 0.").replace("%1", str(missing))

    def _show_period(self) -> None:
        self.period_label.setText(
            self.tr("Period %1 – %2")
            .replace("%1", self._first.isoformat())
            .replace("%2", self._last.isoformat())
        )

    # --- actions ------------------------------------------------------------------------------

    @Slot(int)
    def _system_chosen(self, _index: int) -> None:
        self.refresh()

    def _saved(self, indicator: str) -> None:
        self._notice = self.tr("Saved.")
        self.saved.emit(indicator)
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self._status(evaluation_error_text(error), problem=True)

    def _status(self, text: str, *, problem: bool = False) -> None:
        self.status_label.setStyleSheet("color: #b3261e;" if problem else "")
        self.status_label.setText(text)

    @Slot(QPoint)
    def _menu(self, point: QPoint) -> None:
        indicator = self.model.indicator_at(self.table.indexAt(point).row())
        if indicator is None or self.view is None or not self.may_edit():
            return
        source = self.view.source(indicator.code)
        menu = QMenu(self)
        not_applicable = menu.addAction(self.tr("Not applicable"))
        not_applicable.setCheckable(True)
        not_applicable.setChecked(source.not_applicable)
        clear = menu.addAction(self.tr("Clear the entry"))
        clear.setEnabled(self.view.stored_input(indicator.code) is not None)
        chosen = menu.exec(self.table.viewport().mapToGlobal(point))
        value = source.value if indicator.kpi is None and source.source == service.INPUT else None
        if chosen is not_applicable:
            self.save_input(indicator.code, value, not source.not_applicable)
        elif chosen is clear:
            self.save_input(indicator.code, None, False)

    @Slot()
    def _import(self) -> None:
        if self.may_edit():
            self.files.import_file()

    @Slot()
    def _export(self) -> None:
        code = self.chosen_code()
        if code is not None:
            self.files.export_file(code)

    @Slot(str)
    def _imported(self, code: str) -> None:
        self.systems_combo.addItem(code, code)  # so that `refresh` evaluates the new system
        self.systems_combo.setCurrentIndex(self.systems_combo.count() - 1)
        self._notice = self.tr("Imported %1; it is now the system in use.").replace("%1", code)
        self.refresh()

    @Slot()
    def _update_enabled(self, *_args: object) -> None:
        allowed = self.may_edit()
        self.model.set_editable(allowed)
        self.import_button.setVisible(allowed)
        self.export_button.setVisible(allowed)
        self.table.setContextMenuPolicy(
            Qt.ContextMenuPolicy.CustomContextMenu
            if allowed
            else Qt.ContextMenuPolicy.NoContextMenu
        )
        self.hint_label.setText(
            self.tr(
                "Double-click the value of an indicator without a KPI link to enter it; "
                "right-click to mark an indicator not applicable."
            )
            if allowed
            else self.tr("Sign in as an engineer or administrator to enter values.")
        )
