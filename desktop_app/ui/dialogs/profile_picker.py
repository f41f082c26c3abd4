"""Add a device from a profile: pick the model, and the rest is filled in.

Double-clicking a model accepts it with the next free unit id and a name made from the model,
so adding a known meter takes two clicks; unit id, name and label can be changed first.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from desktop_app.services.profiles import ProfileCatalog
from desktop_app.ui.dialogs.form_dialog import FormDialog
from domain.instrument_rules import Problem
from domain.profiles import DeviceProfile


class ProfilePickerDialog(FormDialog):
    def __init__(
        self,
        catalog: ProfileCatalog,
        taken_units: set[int],
        taken_names: set[str],
        chinese: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a device from a profile"))
        self._taken_units = taken_units
        self._taken_names = taken_names
        self._chinese = chinese
        self._profiles = catalog.profiles
        self.list = QListWidget()
        self.list.setMinimumHeight(220)
        for profile in self._profiles:
            item = QListWidgetItem(self._caption(profile))
            item.setData(Qt.ItemDataRole.UserRole, profile.id)
            self.list.addItem(item)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("color: #8a6d00;")
        self.unit_spin = QSpinBox()
        self.unit_spin.setRange(1, 247)
        self.unit_spin.setValue(next(u for u in range(1, 248) if u not in taken_units))
        self.name_edit = QLineEdit()
        self.label_edit = QLineEdit()
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.list)
        self.add_row("profile", self.tr("Model"), row)
        self.form.addRow("", self.note_label)
        self.add_row("unit_id", self.tr("Modbus unit id"), self.unit_spin)
        self.add_row("name", self.tr("Name (key)"), self.name_edit)
        self.add_row("label", self.tr("Label"), self.label_edit)
        self.list.currentRowChanged.connect(self._profile_chosen)
        self.unit_spin.valueChanged.connect(self._suggest_name)
        self.list.itemDoubleClicked.connect(self.try_accept)
        if self._profiles:
            self.list.setCurrentRow(0)

    def profile(self) -> DeviceProfile | None:
        row = self.list.currentRow()
        return self._profiles[row] if 0 <= row < len(self._profiles) else None

    def value(self) -> tuple[DeviceProfile | None, int, str, str]:
        return (
            self.profile(),
            self.unit_spin.value(),
            self.name_edit.text().strip(),
            self.label_edit.text().strip(),
        )

    def problems(self) -> list[Problem]:
        profile, unit_id, name, _label = self.value()
        problems = []
        if profile is None:
            problems.append(Problem("profile", "choose_profile"))
        if unit_id in self._taken_units:
            problems.append(Problem("unit_id", "unit_id_taken", str(unit_id)))
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]{0,47}", name):
            problems.append(Problem("name", "bad_name", name))
        elif name in self._taken_names:
            problems.append(Problem("name", "name_taken", name))
        return problems

    def _caption(self, profile: DeviceProfile) -> str:
        label = profile.label_zh if self._chinese else profile.label_en
        text = f"{profile.manufacturer} {profile.model} — {label}"
        return text if profile.confirmed else f"⚠ {text}"

    @Slot(int)
    def _profile_chosen(self, _row: int) -> None:
        profile = self.profile()
        if profile is None:
            return
        self.note_label.setText(
            ""
            if profile.confirmed
            else self.tr("Register map not confirmed: %1").replace("%1", profile.note)
        )
        self.label_edit.setText(profile.label_zh if self._chinese else profile.label_en)
        self._suggest_name()

    @Slot()
    def _suggest_name(self) -> None:
        profile = self.profile()
        if profile is None:
            return
        base = re.sub(r"[^A-Za-z0-9]+", "_", profile.model).strip("_").lower() or "device"
        if not base[0].isalpha():
            base = f"m{base}"
        self.name_edit.setText(f"{base}_u{self.unit_spin.value()}")
