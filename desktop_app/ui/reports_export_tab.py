"""Export to head office: the site key, the signed bundle onto a USB stick, and its history.

Exporting is an administrator's action (the bundle carries the whole site and is signed with
its key); others see the button disabled with the reason. The export runs in one transaction
on the report pool (`reports_io.export`), with progress per file and a Cancel button; the
service writes under a temporary name and verifies before the history row is added. "Verify a
bundle…" checks any bundle file without the database and says why one is refused. Removable
drives are offered first as the target; the folder used last is remembered.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.bundle_export import ExportResult
from desktop_app.ui.context import AppContext
from desktop_app.ui.models.bundle_history_model import BundleHistoryModel
from desktop_app.ui.preferences import Preference
from desktop_app.ui.report_jobs import Job
from desktop_app.ui.reports_io import (
    ExportState,
    Verification,
    export,
    load_export_state,
    verify,
    write_public_key,
)
from desktop_app.ui.reports_progress import TOUCH_TARGET, Form, JobPanel
from desktop_app.ui.reports_text import bundle_error_text, kind_text, range_text
from desktop_app.ui.run_query import run_query
from domain.roles import Permission, role_allows
from storage.bundles.keys import fingerprint

BUNDLE_FOLDER = Preference("reports/bundle_folder", str, "")
"""The folder the last bundle was written to ("" until one was)."""


class BundleExportTab(QWidget):
    loaded = Signal()
    """The key, the history and the drives were (re)read and shown."""
    exported = Signal(object)
    """The `ExportResult` of a bundle just written."""
    verified = Signal(str)
    """The sentence shown after "Verify a bundle…" (valid or the reason)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.state: ExportState | None = None
        self.intro_label = QLabel(self)
        self.intro_label.setWordWrap(True)
        self.site_label = QLabel(self)
        self.fingerprint_label = QLabel(self)
        self.fingerprint_label.setStyleSheet("font-family: monospace; font-weight: bold;")
        self.key_button = QPushButton(self)
        self.key_button.clicked.connect(self.choose_key_file)
        key_row = QHBoxLayout()
        key_row.addWidget(self.fingerprint_label)
        key_row.addWidget(self.key_button)
        key_row.addStretch(1)
        self.target_combo = QComboBox(self)
        self.target_combo.setMinimumContentsLength(30)
        self.folder_button = QPushButton(self)
        self.folder_button.clicked.connect(self.choose_folder)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.reload)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target_combo, 1)
        target_row.addWidget(self.folder_button)
        target_row.addWidget(self.refresh_button)
        self.kind_group = QButtonGroup(self)
        self.incremental_radio = QRadioButton(self)
        self.full_radio = QRadioButton(self)
        self.incremental_radio.setChecked(True)
        kind_row = QHBoxLayout()
        for index, radio in enumerate((self.incremental_radio, self.full_radio)):
            self.kind_group.addButton(radio, index)
            kind_row.addWidget(radio)
        kind_row.addStretch(1)
        self.form = Form()
        self.form.add(self.site_label)
        self.form.add(key_row)
        self.form.add(target_row)
        self.form.add(kind_row)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.export)
        self.verify_button = QPushButton(self)
        self.verify_button.clicked.connect(self.choose_bundle)
        for button in (
            self.key_button,
            self.folder_button,
            self.refresh_button,
            self.export_button,
            self.verify_button,
        ):
            button.setMinimumHeight(TOUCH_TARGET)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.verify_button)
        self.panel = JobPanel(self)
        self.history_label = QLabel(self)
        self.model = BundleHistoryModel(context.language.is_chinese, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(160)
        column = QVBoxLayout(self)
        column.addWidget(self.intro_label)
        column.addLayout(self.form)
        column.addLayout(buttons)
        column.addWidget(self.panel)
        column.addWidget(self.history_label)
        column.addWidget(self.table, 1)
        context.session.actor_changed.connect(self._update_buttons)
        self.retranslate()

    # ----------------------------------------------------------------- reading

    @Slot()
    def reload(self) -> None:
        database = self.context.startup.database
        run_query(self, lambda: load_export_state(database), self._show, self._load_failed)

    def _show(self, state: ExportState) -> None:
        self.state = state
        self._show_site()
        self.fingerprint_label.setText(state.key.fingerprint)
        self.model.set_rows(state.history, self.context.language.is_chinese)
        self._fill_targets()
        self._update_buttons()
        self.loaded.emit()

    def _show_site(self) -> None:
        if self.state is None:
            return
        key, site = self.state.key, self.context.startup.site
        english = not self.context.language.is_chinese and site.name_en
        name = site.name_en if english else key.site_name
        self.site_label.setText(f"{key.site_code}  {name}  ({key.site_id})")

    def _load_failed(self, error: BaseException) -> None:
        self.panel.say(bundle_error_text(error), error=True)

    def _fill_targets(self) -> None:
        """Removable drives first, then the folder used last (or the home folder)."""
        chosen = self.target()
        self.target_combo.clear()
        for drive in self.state.drives if self.state is not None else ():
            self.target_combo.addItem(
                self.tr("USB drive %1 (%2)")
                .replace("%1", drive.label)
                .replace("%2", str(drive.path)),
                str(drive.path),
            )
        for folder in (self.context.preferences.get(BUNDLE_FOLDER) or str(Path.home()), chosen):
            if folder is not None and self.target_combo.findData(str(folder)) < 0:
                self.target_combo.addItem(str(folder), str(folder))
        index = self.target_combo.findData(str(chosen)) if chosen is not None else 0
        self.target_combo.setCurrentIndex(max(0, index))

    def add_target(self, folder: str) -> None:
        index = self.target_combo.findData(folder)
        if index < 0:
            self.target_combo.addItem(folder, folder)
            index = self.target_combo.count() - 1
        self.target_combo.setCurrentIndex(index)

    def target(self) -> Path | None:
        data = self.target_combo.currentData()
        return Path(str(data)) if data else None

    # ----------------------------------------------------------------- export

    @Slot()
    def export(self) -> Job | None:
        """Write the next bundle into the chosen folder; returns the job (tests wait on it)."""
        out_dir = self.target()
        if out_dir is None or self.panel.busy:
            return None
        self.context.preferences.set(BUNDLE_FOLDER, str(out_dir))
        database, actor = self.context.startup.database, self.context.session.actor
        full = self.full_radio.isChecked()
        job = Job(lambda running: export(database, actor, out_dir, full, running))
        self.panel.follow(job, "export")
        job.succeeded.connect(self._exported)
        job.failed.connect(self._failed)
        self._update_buttons()
        job.start()
        return job

    @Slot(object)
    def _exported(self, result: ExportResult) -> None:
        self.panel.say(
            self.tr("Bundle no. %1 (%2, %3 files, %4 rows, %5 MB) written and checked: %6")
            .replace("%1", str(result.sequence))
            .replace("%2", kind_text(result.kind))
            .replace("%3", str(result.files))
            .replace("%4", f"{result.rows:,}")
            .replace("%5", f"{result.bytes / 1_000_000:.1f}")
            .replace("%6", str(result.path)),
            done=True,
        )
        self.reload()
        self.exported.emit(result)

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        self.panel.say(bundle_error_text(error), error=True)
        self._update_buttons()

    # ----------------------------------------------------------------- verify

    def verify_file(self, path: Path) -> Job | None:
        if self.panel.busy:
            return None
        site_key = self.state.key.public_key_hex if self.state is not None else ""
        job = Job(lambda running: verify(path, site_key, running))
        self.panel.follow(job, "verify")
        job.succeeded.connect(self._verified)
        job.failed.connect(self._not_valid)
        self._update_buttons()
        job.start()
        return job

    @Slot(object)
    def _verified(self, verification: Verification) -> None:
        m = verification.bundle.manifest
        text = (
            self.tr("Valid: %1, site %2 (%3), bundle no. %4 (%5), data %6.")
            .replace("%1", verification.bundle.path.name)
            .replace("%2", m.site_code)
            .replace("%3", m.site_name)
            .replace("%4", str(m.sequence))
            .replace("%5", kind_text(m.kind))
            .replace("%6", range_text(m.from_ms, m.to_ms))
        )
        if verification.ours:
            text += " " + self.tr("Signed by this site's key.")
        else:
            text += " " + self.tr("Signed by another key (fingerprint %1).").replace(
                "%1", fingerprint(verification.bundle.public_key)
            )
        self.panel.say(text, done=True)
        self._update_buttons()
        self.verified.emit(text)

    @Slot(object)
    def _not_valid(self, error: BaseException) -> None:
        text = self.tr("Not valid: %1").replace("%1", bundle_error_text(error))
        self.panel.say(text, error=True)
        self._update_buttons()
        self.verified.emit(text)

    # ----------------------------------------------------------------- files (tests replace)

    @Slot()
    def choose_folder(self) -> None:
        current = self.target()
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the bundle"), str(current or Path.home())
        )
        if folder:
            self.add_target(folder)

    @Slot()
    def choose_bundle(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Verify a bundle"),
            str(self.target() or Path.home()),
            self.tr("Qingyuan bundles (*.qybundle);;All files (*)"),
        )
        if path:
            self.verify_file(Path(path))

    @Slot()
    def choose_key_file(self) -> None:
        if self.state is None:
            return
        name = f"{self.state.key.site_code or 'site'}-public-key.pem"
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export public key"),
            str((self.target() or Path.home()) / name),
            self.tr("Public keys (*.pem)"),
        )
        if path:
            self.save_public_key(Path(path))

    def save_public_key(self, path: Path) -> None:
        assert self.state is not None
        pem = self.state.key.public_key_pem
        run_query(self, lambda: write_public_key(path, pem), self._key_saved, self._failed)

    def _key_saved(self, path: Path) -> None:
        self.panel.say(
            self.tr(
                "Public key written to %1. Give it to head office to register this site."
            ).replace("%1", str(path)),
            done=True,
        )

    # ----------------------------------------------------------------- permissions, language

    @Slot()
    def _update_buttons(self, *_args: object) -> None:
        may = role_allows(self.context.session.actor.role, Permission.CONFIGURE_SITE)
        idle = not self.panel.busy and self.state is not None
        self.export_button.setEnabled(may and idle)
        self.export_button.setToolTip(
            "" if may else self.tr("Sign in as an administrator to export a bundle.")
        )
        self.verify_button.setEnabled(not self.panel.busy)
        self.key_button.setEnabled(self.state is not None)

    def retranslate(self) -> None:
        self.intro_label.setText(
            self.tr(
                "A bundle carries this site's configuration, rollups, records, KPIs and "
                "targets, audits with photos, actions and the change log to head office on a "
                "USB stick. It is signed with the site key; head office registers the public "
                "key once, comparing the fingerprint by phone."
            )
        )
        labels = (
            self.tr("Site"),
            self.tr("Key fingerprint"),
            self.tr("Write to"),
            self.tr("Contents"),
        )
        self.form.set_labels(*labels)
        self.key_button.setText(self.tr("Export public key…"))
        self.folder_button.setText(self.tr("Choose…"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.incremental_radio.setText(self.tr("Incremental (since the previous bundle)"))
        self.full_radio.setText(self.tr("Full (everything)"))
        self.export_button.setText(self.tr("Export bundle"))
        self.verify_button.setText(self.tr("Verify a bundle…"))
        self.history_label.setText(self.tr("Bundles exported from this site"))
        self.model.set_chinese(self.context.language.is_chinese)
        if self.state is not None:
            self._show_site()
            self._fill_targets()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
