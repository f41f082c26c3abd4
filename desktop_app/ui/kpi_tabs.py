"""The KPI page's other tabs (records, energy baseline, evaluation) behind one small interface.

Each tab is its own widget with `set_period(first, last)`; the page only knows this list, so a
tab can be added without the page growing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QTabWidget, QWidget

from desktop_app.ui.baseline_tab import BaselineTab
from desktop_app.ui.context import AppContext
from desktop_app.ui.evaluation_tab import EvaluationTab
from desktop_app.ui.records_tab import RecordsTab


class PeriodTab(Protocol):
    def set_period(self, first: date, last: date) -> None: ...


@dataclass(frozen=True)
class ExtraTab:
    widget: QWidget
    title: Callable[[], str]
    changed: SignalInstance | None = None
    """Emitted when the tab changed data the KPIs are computed from."""

    def set_period(self, first: date, last: date) -> None:
        tab: PeriodTab = self.widget  # type: ignore[assignment]
        tab.set_period(first, last)


def extra_tabs(context: AppContext, tabs: QTabWidget) -> list[ExtraTab]:
    records = RecordsTab(context)
    made = [
        ExtraTab(
            records,
            lambda: QCoreApplication.translate("KpiTabs", "Records ledger"),
            records.changed,
        ),
        ExtraTab(
            BaselineTab(context),
            lambda: QCoreApplication.translate("KpiTabs", "Energy baseline"),
        ),
        ExtraTab(
            EvaluationTab(context),
            lambda: QCoreApplication.translate("KpiTabs", "Cleaner-production evaluation"),
        ),
    ]
    for entry in made:
        tabs.addTab(entry.widget, entry.title())
    return made
