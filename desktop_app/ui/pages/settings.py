"""Settings: language, who is signed in, where the data lives, what it holds, how long raw
readings are kept (`desktop_app.ui.retention_form`)."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPushButton

from desktop_app.services.stats import DatabaseStats, database_stats
from desktop_app.ui.context import AppContext
from desktop_app.ui.i18n import LANGUAGES
from desktop_app.ui.pages.base import Page
from desktop_app.ui.preferences import LANGUAGE
from desktop_app.ui.retention_form import RetentionForm
from desktop_app.ui.run_query import run_query

LANGUAGE_NAMES = {"zh_CN": "中文（简体）", "en": "English"}


class SettingsPage(Page):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.form = QFormLayout()
        self.language_combo = QComboBox(self)
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.language_combo.setCurrentIndex(LANGUAGES.index(context.language.language))
        self.language_combo.currentIndexChanged.connect(self._on_language)
        self.user_value = QLabel(self)
        self.data_dir_value = QLabel(str(context.startup.database.data_dir), self)
        self.stats_value = QLabel(self)
        self.stats_value.setWordWrap(True)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refresh_stats)
        self.language_label = QLabel(self)
        self.user_label = QLabel(self)
        self.data_dir_label = QLabel(self)
        self.stats_label = QLabel(self)
        self.form.addRow(self.language_label, self.language_combo)
        self.form.addRow(self.user_label, self.user_value)
        self.form.addRow(self.data_dir_label, self.data_dir_value)
        self.form.addRow(self.stats_label, self.stats_value)
        self.form.addRow("", self.refresh_button)
        self.layout_.addLayout(self.form)
        self.retention_form = RetentionForm(context, self)
        self.layout_.addWidget(self.retention_form)
        self.layout_.addStretch(1)
        self._stats: DatabaseStats | None = None
        context.session.actor_changed.connect(self._show_user)
        self.retranslate()

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Settings"))
        self.language_label.setText(self.tr("Language"))
        self.user_label.setText(self.tr("Signed in as"))
        self.data_dir_label.setText(self.tr("Data directory"))
        self.stats_label.setText(self.tr("Database"))
        self.refresh_button.setText(self.tr("Refresh"))
        self._show_user()
        self._show_stats()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.refresh_stats()
        self.retention_form.load()

    @Slot()
    def refresh_stats(self) -> None:
        database = self.context.startup.database
        run_query(self, lambda: database_stats(database), self._stats_loaded)

    def _stats_loaded(self, stats: DatabaseStats) -> None:
        self._stats = stats
        self._show_stats()

    def _show_stats(self) -> None:
        stats = self._stats
        if stats is None:
            self.stats_value.setText("…")
            return
        self.stats_value.setText(
            self.tr("%1 MB · %2 tags · %3 readings · %4 users · %5 change-log entries")
            .replace("%1", f"{stats.database_bytes / 1e6:.1f}")
            .replace("%2", str(stats.tags))
            .replace("%3", f"{stats.readings:,}")
            .replace("%4", str(stats.users))
            .replace("%5", str(stats.change_log_entries))
        )

    @Slot()
    def _show_user(self, *_args: object) -> None:
        actor = self.context.session.actor
        if self.context.session.signed_in:
            self.user_value.setText(f"{actor.name} ({actor.role.value})")
        else:
            self.user_value.setText(self.tr("not signed in (view only)"))

    @Slot(int)
    def _on_language(self, index: int) -> None:
        code = self.language_combo.itemData(index)
        self.context.language.switch(code)
        self.context.preferences.set(LANGUAGE, code)
