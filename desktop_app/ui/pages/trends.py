"""Trends: pick measurements, watch them live on one time axis (an axis per unit)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QListView, QSplitter, QVBoxLayout, QWidget

from desktop_app.services.configuration import Catalog, TagInfo
from desktop_app.ui.context import AppContext
from desktop_app.ui.history_loader import answer_history_request, load_recent
from desktop_app.ui.pages.base import Page
from desktop_app.ui.saved_views import SavedViews
from domain.readings import ReadingBatch
from widgets.trend_plot import LiveTrendPlot

DEFAULT_TAGS = ("power_main_active_power", "water_fresh_flow", "steam_main_flow")
MAX_SERIES = 8


class TrendsPage(Page):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self._tags: dict[int, TagInfo] = {}
        self.trend = LiveTrendPlot(self)
        self.views = SavedViews(self, context, self.trend, self.show_tags)
        self.tag_model = QStandardItemModel(self)
        self.tag_list = QListView(self)
        self.tag_list.setModel(self.tag_model)
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.hint_label)
        left_layout.addLayout(self.views.layout)
        left_layout.addWidget(self.tag_list, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.trend)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([260, 1000])
        self.layout_.addWidget(splitter, 1)

        self._shown: dict[int, TagInfo] = {}
        self.tag_model.itemChanged.connect(self._on_item_changed)
        self.trend.history_requested.connect(self._on_history_requested)
        context.bridge.batches_arrived.connect(self.on_batches)
        context.catalog.changed.connect(self._on_catalog)
        self._fill_tag_list(context.catalog.current.tags)
        self.retranslate()
        self._check_defaults()

    def _fill_tag_list(self, tags: tuple[TagInfo, ...]) -> None:
        self._tags = {tag.id: tag for tag in tags}
        self.tag_model.blockSignals(True)
        self.tag_model.clear()
        for tag in tags:
            item = QStandardItem()
            item.setCheckable(True)
            item.setEditable(False)
            item.setData(tag.id, Qt.ItemDataRole.UserRole)
            if tag.id in self._shown:
                item.setCheckState(Qt.CheckState.Checked)
            self.tag_model.appendRow(item)
        self.tag_model.blockSignals(False)

    @Slot(object)
    def _on_catalog(self, catalog: Catalog) -> None:
        for tag_id, tag in list(self._shown.items()):
            if tag_id not in {t.id for t in catalog.tags}:
                self._remove(tag)
        self._fill_tag_list(catalog.tags)
        self.retranslate()

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Live trends"))
        self.views.retranslate()
        self.hint_label.setText(
            self.tr(
                "Tick up to %1 measurements. Drag to pan, wheel to zoom; "
                "'Follow live' returns to the newest data."
            ).replace("%1", str(MAX_SERIES))
        )
        self.tag_model.blockSignals(True)
        for row in range(self.tag_model.rowCount()):
            item = self.tag_model.item(row)
            tag = self._tags[item.data(Qt.ItemDataRole.UserRole)]
            item.setText(
                f"{self.context.tag_label(tag)} [{tag.unit}]"
                if tag.unit
                else self.context.tag_label(tag)
            )
        self.tag_model.blockSignals(False)
        self.tag_list.viewport().update()
        for tag in self._shown.values():
            self.trend.set_series_label(tag.name, self.context.tag_label(tag))

    def show_tags(self, names: tuple[str, ...]) -> None:
        for row in range(self.tag_model.rowCount()):
            item = self.tag_model.item(row)
            tag = self._tags[item.data(Qt.ItemDataRole.UserRole)]
            wanted = Qt.CheckState.Checked if tag.name in names else Qt.CheckState.Unchecked
            if item.checkState() != wanted:
                item.setCheckState(wanted)

    @Slot(object)
    def on_batches(self, batches: tuple[ReadingBatch, ...]) -> None:
        if not self._shown:
            return
        by_tag: dict[int, list] = {}
        for batch in batches:
            for reading in batch.readings:
                if reading.tag_id in self._shown:
                    by_tag.setdefault(reading.tag_id, []).append(reading)
        for tag_id, readings in by_tag.items():
            self.trend.append(
                self._shown[tag_id].name,
                [r.ts_ms / 1000 for r in readings],
                [r.value for r in readings],
                [int(r.quality) for r in readings],
            )

    @Slot(str, float, float, int)
    def _on_history_requested(self, key: str, start_s: float, end_s: float, pixels: int) -> None:
        tag = next((t for t in self._shown.values() if t.name == key), None)
        if tag is not None:
            answer_history_request(self, self.context, self.trend, tag, (start_s, end_s, pixels))

    def _check_defaults(self) -> None:
        present = {t.name for t in self._tags.values()}
        self.show_tags(tuple(n for n in DEFAULT_TAGS if n in present))

    @Slot(QStandardItem)
    def _on_item_changed(self, item: QStandardItem) -> None:
        tag = self._tags[item.data(Qt.ItemDataRole.UserRole)]
        checked = item.checkState() == Qt.CheckState.Checked
        if checked and tag.id not in self._shown:
            if len(self._shown) >= MAX_SERIES:
                item.setCheckState(Qt.CheckState.Unchecked)
                return
            self._add(tag)
        elif not checked and tag.id in self._shown:
            self._remove(tag)

    def _add(self, tag: TagInfo) -> None:
        self._shown[tag.id] = tag
        self.trend.add_series(tag.name, self.context.tag_label(tag), tag.unit)
        load_recent(self, self.context, self.trend, (tag,), self.trend.window_seconds())

    def _remove(self, tag: TagInfo) -> None:
        self._shown.pop(tag.id, None)
        if tag.name in self.trend.series_keys():
            self.trend.remove_series(tag.name)
