"""Overview: every demo tag's current value with unit, quality and age, and a live trend."""

from __future__ import annotations

import time

from PySide6.QtCore import QItemSelection, QModelIndex, QPoint, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.configuration import Catalog, TagInfo
from desktop_app.ui.context import AppContext
from desktop_app.ui.dashboard_strip import DashboardStrip
from desktop_app.ui.history_loader import answer_history_request, load_recent
from desktop_app.ui.models.latest_values import LatestValuesModel
from desktop_app.ui.pages.base import Page
from desktop_app.ui.reading_actions import ReadingActions
from desktop_app.ui.run_query import run_query
from domain.readings import Reading, ReadingBatch
from storage.readings import latest_by_tag
from widgets.trend_plot import LiveTrendPlot

DEFAULT_TREND_TAG = "power_main_active_power"


class OverviewPage(Page):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        tags = context.catalog.current.tags
        self._tags = {tag.id: tag for tag in tags}
        self.model = LatestValuesModel(tags, chinese=context.language.is_chinese, parent=self)
        self.summary_label = QLabel(self)
        self.layout_.addWidget(self.summary_label)
        self.dashboard = DashboardStrip(context, self)
        self.layout_.addWidget(self.dashboard)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        self.trend = LiveTrendPlot(self)
        self.trend_title = QLabel(self)
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.trend_title)
        column.addWidget(self.trend, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setSizes([560, 620])
        self.trend.set_window_seconds(300)
        self.layout_.addWidget(splitter, 1)

        self._trend_tag: TagInfo | None = None
        self.trend.history_requested.connect(self._on_history_requested)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.readings = ReadingActions(self, context)
        self.readings.saved.connect(self._reload_latest)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        context.bridge.batches_arrived.connect(self.on_batches)
        context.catalog.changed.connect(self._on_catalog)
        self._age_timer = QTimer(self)
        self._age_timer.setInterval(1000)
        self._age_timer.timeout.connect(self._tick)
        self._age_timer.start()
        self._select_default_tag()
        self.retranslate()

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Overview"))
        self.dashboard.retranslate()
        self.model.set_chinese(self.context.language.is_chinese)
        self._update_summary()
        self._update_trend_title()
        tag = self._trend_tag
        if tag is not None and tag.name in self.trend.series_keys():
            self.trend.set_series_label(tag.name, self.context.tag_label(tag))

    @Slot(str, float, float, int)
    def _on_history_requested(self, key: str, start_s: float, end_s: float, pixels: int) -> None:
        tag = self._trend_tag
        if tag is not None and tag.name == key:
            answer_history_request(self, self.context, self.trend, tag, (start_s, end_s, pixels))

    @Slot(QPoint)
    def _menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        tag = self.model.tag_at(index.row())
        menu = QMenu(self)
        allowed = self.readings.may_enter()
        enter = menu.addAction(self.tr("Enter a reading by hand…"))
        correct = menu.addAction(self.tr("Correct a reading…"))
        for action in (enter, correct):
            action.setEnabled(allowed)
        swap = menu.addAction(self.tr("Record a meter replacement…"))
        swap.setEnabled(self.readings.may_replace_meter(tag))
        chosen = menu.exec(self.table.viewport().mapToGlobal(position))
        if chosen is enter:
            self.readings.enter(tag)
        elif chosen is correct:
            self.readings.correct(tag)
        elif chosen is swap:
            self.readings.replace_meter(tag)

    @Slot()
    def _reload_latest(self) -> None:
        database = self.context.startup.database

        def fetch() -> dict[int, Reading]:
            with database.reading() as session:
                return latest_by_tag(session)

        run_query(self, fetch, self.apply_latest)

    @Slot(object)
    def _on_catalog(self, catalog: Catalog) -> None:
        self._tags = {tag.id: tag for tag in catalog.tags}
        self.model.set_tags(catalog.tags)
        shown = self._trend_tag
        if shown is None or shown.id not in self._tags:
            self._select_default_tag()
        else:
            self.table.selectRow(self.model.row_of(shown.id) or 0)

    def apply_latest(self, latest: dict[int, Reading]) -> None:
        self.model.update(latest.values())
        self._update_summary()

    @Slot(object)
    def on_batches(self, batches: tuple[ReadingBatch, ...]) -> None:
        readings = [r for batch in batches for r in batch.readings]
        self.model.update(readings)
        self.dashboard.update_live(readings)
        tag = self._trend_tag
        if tag is not None:
            mine = [r for r in readings if r.tag_id == tag.id]
            if mine:
                self.trend.append(
                    tag.name,
                    [r.ts_ms / 1000 for r in mine],
                    [r.value for r in mine],
                    [int(r.quality) for r in mine],
                )

    @Slot()
    def _tick(self) -> None:
        texts = self.context.runtime.engine.text_values()
        if texts:
            self.model.update(Reading(t.tag_id, t.ts_ms, None, t.quality) for t in texts.values())
            self.model.set_texts({t.tag_id: t.text for t in texts.values()})
        self.model.refresh_ages()
        self._update_summary()

    def _select_default_tag(self) -> None:
        chosen = next(
            (t for t in self._tags.values() if t.name == DEFAULT_TREND_TAG),
            next(iter(self._tags.values()), None),
        )
        if chosen is None:
            return
        row = self.model.row_of(chosen.id)
        if row is not None:
            self.table.selectRow(row)

    @Slot(QItemSelection, QItemSelection)
    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes: list[QModelIndex] = selected.indexes()
        if indexes:
            self._show_trend_for(self.model.tag_at(indexes[0].row()))

    def _show_trend_for(self, tag: TagInfo) -> None:
        self._trend_tag = tag
        self.trend.clear_series()
        self.trend.add_series(tag.name, self.context.tag_label(tag), tag.unit)
        self._update_trend_title()
        load_recent(self, self.context, self.trend, (tag,), self.trend.window_seconds())

    def _update_trend_title(self) -> None:
        tag = self._trend_tag
        label = self.context.tag_label(tag) if tag else ""
        self.trend_title.setText(
            self.tr("Live trend: %1 (click a row above to choose)").replace("%1", label)
        )

    def _update_summary(self) -> None:
        now = time.time()
        total = self.model.rowCount()
        fresh = 0
        for row in range(total):
            reading = self.model.latest(self.model.tag_at(row).id)
            if reading and reading.quality.is_good and now - reading.ts_ms / 1000 < 10:
                fresh += 1
        site = self.context.startup.site
        name = site.name if self.context.language.is_chinese else (site.name_en or site.name)
        self.summary_label.setText(
            self.tr("%1 — %2 of %3 measurements live")
            .replace("%1", name)
            .replace("%2", str(fresh))
            .replace("%3", str(total))
        )
