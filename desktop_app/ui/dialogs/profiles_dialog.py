"""Manage device profiles: see built-in and site profiles, import, export, create and edit.

Editing works on the profile's JSON text, checked as it would be on import, with the exact
place of a problem; a built-in profile is never changed in place — saving it creates the site's
own copy with a higher version, which then wins.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import profiles as service
from desktop_app.ui.context import AppContext
from desktop_app.ui.problem_text import error_text, profile_problem_text
from desktop_app.ui.run_query import run_query
from domain.profiles import DeviceProfile, ProfileError, parse_profile, profile_to_json


class ProfilesDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Device profiles"))
        self.resize(860, 480)
        self.catalog: service.ProfileCatalog | None = None
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Model"),
                self.tr("Profile id"),
                self.tr("Version"),
                self.tr("Source"),
                self.tr("Confirmed"),
            ]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #c62828;")
        buttons = QHBoxLayout()
        self.action_buttons: dict[str, QPushButton] = {}
        for key, text in (
            ("import", self.tr("Import…")),
            ("export", self.tr("Export…")),
            ("edit", self.tr("Edit / new from this…")),
        ):
            button = QPushButton(text)
            button.setMinimumHeight(40)
            button.clicked.connect(getattr(self, f"_on_{key}"))
            self.action_buttons[key] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems_label)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        data_dir = self.context.startup.database.data_dir
        run_query(self, lambda: service.list_profiles(data_dir), self._show)

    def selected(self) -> DeviceProfile | None:
        row = self.table.currentRow()
        if self.catalog is None or not 0 <= row < len(self.catalog.entries):
            return None
        return self.catalog.entries[row].profile

    def _show(self, catalog: service.ProfileCatalog) -> None:
        self.catalog = catalog
        self.table.setRowCount(len(catalog.entries))
        chinese = self.context.language.is_chinese
        for row, entry in enumerate(catalog.entries):
            profile = entry.profile
            label = profile.label_zh if chinese else profile.label_en
            origin = (
                self.tr("built-in")
                if entry.origin is service.ProfileOrigin.BUILTIN
                else self.tr("this site")
            )
            cells = (
                f"{profile.manufacturer} {profile.model} — {label}",
                profile.id,
                str(profile.version),
                origin,
                self.tr("yes") if profile.confirmed else self.tr("no: check the manual"),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.problems_label.setText(
            "\n".join(
                f"{problem.path.name}: {profile_problem_text(problem.code, problem.detail)}"
                f"{' (' + problem.pointer + ')' if problem.pointer else ''}"
                for problem in catalog.problems
            )
        )

    @Slot()
    def _on_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a profile"), "", self.tr("Device profiles (*.json)")
        )
        if not path:
            return
        database, data_dir = self.context.startup.database, self.context.startup.database.data_dir
        actor = self.context.session.actor

        def run() -> DeviceProfile:
            with database.transaction() as session:
                return service.import_profile(session, data_dir, actor, Path(path))

        run_query(self, run, lambda _p: self.reload(), self._failed)

    @Slot()
    def _on_export(self) -> None:
        profile = self.selected()
        if profile is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export a profile"),
            f"{profile.id}.json",
            self.tr("Device profiles (*.json)"),
        )
        if path:
            run_query(
                self,
                lambda: service.export_profile(profile, Path(path)),
                lambda _r: None,
                self._failed,
            )

    @Slot()
    def _on_edit(self) -> None:
        profile = self.selected()
        if profile is None:
            return
        editor = ProfileEditor(profile_to_json(profile), self)
        if not editor.exec() or editor.profile is None:
            return
        edited = editor.profile
        database, data_dir = self.context.startup.database, self.context.startup.database.data_dir
        actor = self.context.session.actor

        def run() -> DeviceProfile:
            with database.transaction() as session:
                return service.save_profile(session, data_dir, actor, edited)

        run_query(self, run, lambda _p: self.reload(), self._failed)

    def _failed(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Profile"), error_text(error))


class ProfileEditor(QDialog):
    """The profile's JSON, checked like an imported file before it can be saved."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit profile"))
        self.resize(760, 560)
        self.profile: DeviceProfile | None = None
        self.editor = QPlainTextEdit(text)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #c62828;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Change the id to create a new profile; keep it to "
                    "save a new version of this one."
                )
            )
        )
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)

    def try_accept(self) -> None:
        try:
            self.profile = parse_profile(self.editor.toPlainText())
        except ProfileError as error:
            where = f" ({error.path})" if error.path else ""
            self.problem_label.setText(profile_problem_text(error.code, error.detail) + where)
            return
        self.accept()
