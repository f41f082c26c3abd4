"""The head-office page's Trends tab: one KPI's last twelve months, a line per site.

The twelve months of every KPI of every site are read once per period end on the query pool
(`hq_report_io.load_trends`, the figures of `hq_compare.monthly_trend`); choosing another KPI
only redraws. A period set while the tab is hidden is read when the tab is shown. Lives in the
GUI thread.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QTimer, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.services.hq_compare import COMPARED, DEFINITIONS
from desktop_app.ui.context import AppContext
from desktop_app.ui.hq_report_io import SiteTrends, load_trends
from desktop_app.ui.run_query import run_query
from storage.hq.engine import HqDatabase
from widgets.site_trends_chart import SiteSeries, SiteTrendsChart

TOUCH_HEIGHT = 44


class HqTrendsTab(QWidget):
    loaded = Signal()
    """The trends were read and drawn."""
    failed = Signal(object)
    """Reading failed; carries the exception (the page says why)."""

    def __init__(self, context: AppContext, hq: HqDatabase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.hq = context, hq
        self.trends: SiteTrends | None = None
        self._last: date | None = None
        self._stale = False
        self.kpi_label = QLabel(self)
        self.kpi_combo = QComboBox(self)
        self.kpi_combo.setMinimumHeight(TOUCH_HEIGHT)
        self.kpi_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for code in COMPARED:
            self.kpi_combo.addItem("", code)
        self.kpi_combo.currentIndexChanged.connect(self.draw)
        self.note_label = QLabel(self)
        self.note_label.setWordWrap(True)
        self.chart = SiteTrendsChart(self)
        row = QHBoxLayout()
        row.addWidget(self.kpi_label)
        row.addWidget(self.kpi_combo)
        row.addWidget(self.note_label, 1)
        column = QVBoxLayout(self)
        column.addLayout(row)
        column.addWidget(self.chart, 1)
        self.retranslate()

    def kpi_code(self) -> str:
        return str(self.kpi_combo.currentData())

    def set_kpi(self, code: str) -> None:
        self.kpi_combo.setCurrentIndex(COMPARED.index(code))

    def set_period_end(self, last: date) -> None:
        """Read the twelve months up to `last`'s month now if shown, else when shown."""
        self._last, self._stale = last, True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    @Slot()
    def reload(self) -> None:
        if self._last is None:
            return
        self._stale = False
        hq, last = self.hq, self._last
        run_query(self, lambda: load_trends(hq, last), self._loaded, self.failed.emit)

    def _loaded(self, trends: SiteTrends) -> None:
        self.trends = trends
        self.draw()
        self.loaded.emit()

    @Slot()
    def draw(self) -> None:
        code = self.kpi_code()
        definition = DEFINITIONS[code]
        self.chart.set_texts(definition.unit, self.tr("No site has a value in these months."))
        if self.trends is None:
            return
        series = [SiteSeries(site, t.months, t.values) for site, t in self.trends.of(code)]
        self.chart.set_series(series)
        months = series[0].months if series else ()
        if months:
            text = self.tr("%1 to %2, one line per site; a gap is a month without a value.")
            first, last = f"{months[0]:%Y-%m}", f"{months[-1]:%Y-%m}"
            self.note_label.setText(text.replace("%1", first).replace("%2", last))
        else:
            self.note_label.setText(self.tr("No site has sent a bundle yet."))

    def retranslate(self) -> None:
        self.kpi_label.setText(self.tr("Indicator"))
        chinese = self.context.language.is_chinese
        for index, code in enumerate(COMPARED):
            definition = DEFINITIONS[code]
            name = definition.name_zh if chinese else definition.name_en
            self.kpi_combo.setItemText(index, f"{name} ({definition.unit})")
        self.draw()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            # LanguageSwitcher.switch("en") removes the translator (this event) before it
            # records the new language, so the KPI names are picked again once it has.
            QTimer.singleShot(0, self, self.retranslate)
        super().changeEvent(event)
