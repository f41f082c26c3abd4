"""The Overview's dashboard strip: gauges against targets and limits, today's energy by carrier,
and this month against last month and the baseline.

Live values move the gauges as they arrive; the period figures (yesterday's same hour, the
month totals) come from the rollups off the GUI thread once a minute.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QHBoxLayout, QWidget

from desktop_app.services.dashboard import Dashboard, gauge_specs, load_dashboard
from desktop_app.ui.context import AppContext
from desktop_app.ui.run_query import run_query
from domain.readings import Reading
from widgets.bar_chart import GroupedBarChart
from widgets.kpi_gauge import KpiGauge
from widgets.pie_chart import PieChart

REFRESH_MS = 60_000
CARRIER_COLOURS = {
    "electricity": "#1f77b4",
    "natural_gas": "#ff7f0e",
    "steam": "#9467bd",
    "fresh_water": "#17becf",
}


class DashboardStrip(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.gauges: dict[int, KpiGauge] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for spec, tag in gauge_specs(context.catalog.current):
            gauge = KpiGauge(self)
            gauge.setMinimumSize(140, 160)
            gauge.set_range(spec.low, spec.high)
            gauge.set_target(spec.target)
            gauge.set_limit(spec.limit)
            gauge.set_better_direction(spec.better)
            gauge.set_value(None, tag.unit)
            self.gauges[tag.id] = gauge
            layout.addWidget(gauge, 1)
        self.pie = PieChart(self)
        self.pie.setMinimumSize(200, 160)
        self.bars = GroupedBarChart(self)
        self.bars.setMinimumSize(240, 160)
        layout.addWidget(self.pie, 1)
        layout.addWidget(self.bars, 2)
        self.setMaximumHeight(230)
        self.latest: Dashboard | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        chinese = self.context.language.is_chinese
        for spec, tag in gauge_specs(self.context.catalog.current):
            if tag.id in self.gauges:
                self.gauges[tag.id].set_title(spec.title_zh if chinese else spec.title_en)
        if self.latest is not None:
            self.apply(self.latest)

    def update_live(self, readings: list[Reading]) -> None:
        units = {t.id: t.unit for t in self.context.catalog.current.tags}
        for reading in readings:
            gauge = self.gauges.get(reading.tag_id)
            if gauge is not None:
                gauge.set_value(reading.value, units.get(reading.tag_id, ""), int(reading.quality))

    @Slot()
    def refresh(self) -> None:
        database, catalog = self.context.startup.database, self.context.catalog.current
        now = int(time.time() * 1000)
        run_query(self, lambda: load_dashboard(database, catalog, now), self.apply)

    def apply(self, dashboard: Dashboard) -> None:
        self.latest = dashboard
        for figures in dashboard.gauges:
            gauge = self.gauges.get(figures.tag.id)
            change = figures.change
            if gauge is None:
                continue
            if change is None:
                gauge.set_change(self.tr("no comparison yet"), None)
            else:
                arrow = "▲" if change >= 0 else "▼"
                gauge.set_change(
                    self.tr("%1 %2 % vs same hour yesterday")
                    .replace("%1", arrow)
                    .replace("%2", f"{abs(change) * 100:.1f}")
                )
        names = {
            "electricity": self.tr("Electricity"),
            "natural_gas": self.tr("Natural gas"),
            "steam": self.tr("Steam"),
            "fresh_water": self.tr("Fresh water"),
        }
        carriers = dashboard.carriers
        self.pie.set_slices(
            [
                (
                    c.carrier.value,
                    names.get(c.carrier.value, c.carrier.value),
                    c.today,
                    CARRIER_COLOURS.get(c.carrier.value),
                )
                for c in carriers
            ],
            self.tr("kgce today"),
        )
        categories = [names.get(c.carrier.value, c.carrier.value) for c in carriers]
        self.bars.set_data(
            categories,
            [
                (self.tr("This month"), [c.this_month for c in carriers], "#2e7d6b"),
                (self.tr("Last month"), [c.last_month for c in carriers], "#90a4ae"),
                (self.tr("Baseline"), [c.baseline for c in carriers], "#ffb74d"),
            ],
            "kgce",
        )
