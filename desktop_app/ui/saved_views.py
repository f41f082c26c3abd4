"""Named trend views an engineer saves and comes back to (which measurements, which span).

Stored with the user preferences, not in the site database: a view is a personal way of
looking, not plant data.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QInputDialog, QPushButton, QWidget

from desktop_app.ui.context import AppContext
from desktop_app.ui.preferences import TREND_VIEWS
from widgets.trend_plot import LiveTrendPlot


class SavedViews(QObject):
    def __init__(
        self,
        owner: QWidget,
        context: AppContext,
        trend: LiveTrendPlot,
        show_tags: Callable[[tuple[str, ...]], None],
    ) -> None:
        super().__init__(owner)
        self._owner, self._context, self._trend, self._show_tags = owner, context, trend, show_tags
        self.combo = QComboBox(owner)
        self.combo.setMinimumHeight(36)
        self.save_button = QPushButton(owner)
        self.save_button.setMinimumHeight(36)
        self.layout = QHBoxLayout()
        self.layout.addWidget(self.combo, 1)
        self.layout.addWidget(self.save_button)
        self.save_button.clicked.connect(self.ask_and_save)
        self.combo.activated.connect(self._chosen)
        self._fill()

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Save view…"))
        self._fill()

    def saved(self) -> dict[str, Any]:
        try:
            views = json.loads(self._context.preferences.get(TREND_VIEWS))
        except (TypeError, ValueError):
            return {}
        return views if isinstance(views, dict) else {}

    def save(self, name: str) -> None:
        views = self.saved()
        views[name] = self._trend.view_state()
        self._context.preferences.set(TREND_VIEWS, json.dumps(views, ensure_ascii=False))
        self._fill()

    def restore(self, name: str) -> None:
        state = self.saved().get(name)
        if not isinstance(state, dict):
            return
        series = state.get("series", [])
        names = tuple(str(s.get("key", s)) if isinstance(s, dict) else str(s) for s in series)
        self._show_tags(names)
        self._trend.restore_view_state(state)

    @Slot()
    def ask_and_save(self) -> None:
        name, ok = QInputDialog.getText(self._owner, self.tr("Save view"), self.tr("Name"))
        if ok and name.strip():
            self.save(name.strip())

    @Slot(int)
    def _chosen(self, index: int) -> None:
        if index > 0:
            self.restore(self.combo.itemText(index))

    def _fill(self) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("Saved views"))
        for name in sorted(self.saved()):
            self.combo.addItem(name)
        self.combo.blockSignals(False)
