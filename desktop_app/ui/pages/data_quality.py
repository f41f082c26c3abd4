"""Data quality: is each measurement complete enough, where are the gaps, do the totals agree?

The national rule asks ≥ 90 % completeness per tag per day and month and daily totals within
5 % of the monthly total; red marks what misses it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, QItemSelection, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
)

from desktop_app.services.data_quality import LOCAL, TagQuality, month_quality
from desktop_app.ui.context import AppContext
from desktop_app.ui.models.quality_models import DayQualityModel, TagQualityModel
from desktop_app.ui.pages.base import Page
from desktop_app.ui.run_query import run_query


class DataQualityPage(Page):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.month_edit = QDateEdit(QDate.currentDate())
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.month_edit.setCalendarPopup(True)
        self.month_edit.setMinimumHeight(36)
        self.refresh_button = QPushButton()
        self.refresh_button.setMinimumHeight(36)
        self.refresh_button.clicked.connect(self.refresh)
        self.status_label = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.month_edit)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.status_label, 1)
        self.layout_.addLayout(bar)
        self.tags_model = TagQualityModel(self)
        self.days_model = DayQualityModel(self)
        self.tags_view = _table(self.tags_model)
        self.days_view = _table(self.days_model)
        self.gaps_list = QListWidget()
        self.detail_label = QLabel()
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.days_view)
        lower.addWidget(self.gaps_list)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tags_view)
        splitter.addWidget(lower)
        splitter.setSizes([360, 260])
        self.layout_.addWidget(splitter, 1)
        self.layout_.addWidget(self.detail_label)
        self.tags_view.selectionModel().selectionChanged.connect(self._selected)
        self.month_edit.dateChanged.connect(self.refresh)
        self.loaded: tuple[TagQuality, ...] = ()
        self.retranslate()

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Data quality"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.detail_label.setText(
            self.tr(
                "Rules: completeness ≥ 90 % per day and month; daily totals within 5 % of the "
                "month's total read from the counter. Manual and corrected values count as valid."
            )
        )
        self.tags_model.set_rows(self.loaded, self.context.language.is_chinese)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        date = self.month_edit.date()
        database, catalog = self.context.startup.database, self.context.catalog.current
        self.status_label.setText(self.tr("Loading…"))
        run_query(
            self, lambda: month_quality(database, catalog, date.year(), date.month()), self._loaded
        )

    def _loaded(self, rows: tuple[TagQuality, ...]) -> None:
        self.loaded = rows
        self.tags_model.set_rows(rows, self.context.language.is_chinese)
        failing = sum(1 for r in rows if r.month.meets_rule is False)
        self.status_label.setText(
            self.tr("%1 measurements · %2 below 90 %")
            .replace("%1", str(len(rows)))
            .replace("%2", str(failing))
        )
        if rows:
            self.tags_view.selectRow(0)

    @Slot(QItemSelection, QItemSelection)
    def _selected(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        row = self.loaded[indexes[0].row()]
        self.days_model.set_days(row.days, row.tag.unit)
        self.gaps_list.clear()
        for gap in row.gaps[:500]:
            start = datetime.fromtimestamp(gap.start_ms / 1000, UTC).astimezone(LOCAL)
            end = datetime.fromtimestamp(gap.end_ms / 1000, UTC).astimezone(LOCAL)
            self.gaps_list.addItem(
                self.tr("Gap %1 – %2 (%3 min)")
                .replace("%1", start.strftime("%m-%d %H:%M"))
                .replace("%2", end.strftime("%m-%d %H:%M"))
                .replace("%3", f"{gap.minutes:.0f}")
            )


def _table(model: object) -> QTableView:
    view = QTableView()
    view.setModel(model)  # type: ignore[arg-type]
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    return view
