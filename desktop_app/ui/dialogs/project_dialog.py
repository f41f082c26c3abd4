"""New or edit a cleaner-production option: its fields, money lines and expected KPI effects.

The money table lists every category of every kind, so nobody has to remember that "咨询/审核"
exists; a category left at 0 without a note is not stored. The dialog only collects values:
the page writes them through the services on the query pool.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.project_queries import (
    AmountLine,
    EffectLine,
    ProjectFields,
    ProjectInfo,
)
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.project_text import project_problem_text
from domain.instrument_rules import Problem
from domain.kpis import BUILTIN
from domain.projects import CATEGORIES, CostClass, SourceKind, label, project_problems
from domain.roi import MAX_LIFE_YEARS

TOUCH_TARGET = 40
MAX_CNY = 1e10


@dataclass(frozen=True)
class ProjectDraft:
    fields: ProjectFields
    amounts: tuple[AmountLine, ...]
    effects: tuple[EffectLine, ...]


class ProjectDialog(FormDialog):
    """`existing=None`: a new option; otherwise that option is edited."""

    def __init__(
        self,
        existing: ProjectInfo | None,
        chinese: bool,
        departments: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._chinese = chinese
        self.setWindowTitle(self.tr("Edit option") if existing else self.tr("New option"))
        self.setMinimumWidth(1080)
        self._build_fields(departments)
        self._build_tables()
        self._show(existing)

    # ----------------------------------------------------------------- building

    def _build_fields(self, departments: tuple[str, ...]) -> None:
        self.code_edit = QLineEdit()
        self.code_edit.setMaxLength(40)
        self.code_edit.setPlaceholderText("F-2026-01")
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(200)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setFixedHeight(72)
        self.class_combo = self._combo([c.value for c in CostClass])
        self.source_combo = self._combo([s.value for s in SourceKind])
        self.source_ref_edit = QLineEdit()
        self.source_ref_edit.setMaxLength(200)
        self.department_combo = QComboBox()
        self.department_combo.setEditable(True)
        self.department_combo.addItems(["", *departments])
        self.person_edit = QLineEdit()
        self.person_edit.setMaxLength(100)
        self.life_spin = QSpinBox()
        self.life_spin.setRange(1, MAX_LIFE_YEARS)
        self.life_spin.setSuffix(" " + self.tr("yr"))
        self.rate_spin = self._number(0.0, 100.0, 1, " %")
        self.kgce_spin = self._number(0.0, 1e9, 0, " kgce/" + self.tr("yr"))
        self.kgce_spin.setSpecialValueText(self.tr("not given"))
        self.price_spin = self._number(0.0, 1e4, 2, " " + self.tr("CNY/kgce"))
        self.price_spin.setSpecialValueText(self.tr("not given"))
        self.add_row("code", self.tr("Option number"), self.code_edit)
        self.add_row("title", self.tr("Title"), self.title_edit)
        self.add_row("description", self.tr("Description"), self.description_edit)
        self.add_row("cost_class", self.tr("Cost class"), self.class_combo)
        self.add_row("source_kind", self.tr("Source"), self.source_combo)
        self.add_row("source_ref", self.tr("Source reference"), self.source_ref_edit)
        self.add_row("department", self.tr("Responsible department"), self.department_combo)
        self.add_row("person", self.tr("Responsible person"), self.person_edit)
        self.add_row("life_years", self.tr("Economic life"), self.life_spin)
        self.add_row("discount_rate", self.tr("Discount rate"), self.rate_spin)
        self.add_row("expected_energy_kgce", self.tr("Energy it saves"), self.kgce_spin)
        self.add_row("energy_price_cny_per_kgce", self.tr("Energy price"), self.price_spin)

    def _build_tables(self) -> None:
        self.amounts_table = QTableWidget(0, 4, self)
        self.amounts_table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Category"), self.tr("Amount (CNY)"), self.tr("Note")]
        )
        self._amount_spins: dict[tuple[str, str], QDoubleSpinBox] = {}
        for kind, categories in CATEGORIES.items():
            for category in categories:
                row = self.amounts_table.rowCount()
                self.amounts_table.insertRow(row)
                self.amounts_table.setItem(row, 0, self._fixed(label(kind, self._chinese)))
                self.amounts_table.setItem(row, 1, self._fixed(label(category, self._chinese)))
                spin = self._number(0.0, MAX_CNY, 0, "")
                spin.setGroupSeparatorShown(True)
                self.amounts_table.setCellWidget(row, 2, spin)
                self.amounts_table.setItem(row, 3, QTableWidgetItem(""))
                self._amount_spins[(kind.value, category)] = spin
        self._fit(self.amounts_table, stretch=3)
        self.effects_table = QTableWidget(0, 3, self)
        self.effects_table.setHorizontalHeaderLabels(
            [self.tr("KPI"), self.tr("Expected change"), self.tr("Unit")]
        )
        self._fit(self.effects_table, stretch=0)
        self.add_effect_button = QPushButton(self.tr("Add effect"))
        self.add_effect_button.clicked.connect(self._on_add_effect)
        self.remove_effect_button = QPushButton(self.tr("Remove effect"))
        self.remove_effect_button.clicked.connect(self._on_remove_effect)
        right = QVBoxLayout()
        hint = self.tr("Investment once; savings and revenue per year (CNY/yr).")
        right.addWidget(QLabel(self.tr("Money") + " — " + hint))
        right.addWidget(self.amounts_table, 3)
        right.addWidget(QLabel(self.tr("Expected effects on KPIs (negative = lower)")))
        right.addWidget(self.effects_table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_effect_button)
        buttons.addWidget(self.remove_effect_button)
        buttons.addStretch(1)
        right.addLayout(buttons)
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.takeAt(0)  # the form: it goes to the left of the tables
        columns = QHBoxLayout()
        columns.addLayout(self.form, 5)
        columns.addLayout(right, 6)
        outer.insertLayout(0, columns)

    def _combo(self, codes: list[str]) -> QComboBox:
        combo = QComboBox()
        for code in codes:
            combo.addItem(label(code, self._chinese), code)
        return combo

    def _number(self, low: float, high: float, decimals: int, suffix: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(low, high)
        spin.setDecimals(decimals)
        spin.setSuffix(suffix)
        spin.setMinimumHeight(TOUCH_TARGET - 8)
        return spin

    @staticmethod
    def _fixed(text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        return item

    @staticmethod
    def _fit(table: QTableWidget, stretch: int) -> None:
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(TOUCH_TARGET - 6)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    # ----------------------------------------------------------------- effects rows

    @Slot()
    def _on_add_effect(self) -> None:
        self.add_effect(EffectLine("", 0.0))

    @Slot()
    def _on_remove_effect(self) -> None:
        row = self.effects_table.currentRow()
        if row >= 0:
            self.effects_table.removeRow(row)

    def add_effect(self, effect: EffectLine) -> None:
        row = self.effects_table.rowCount()
        self.effects_table.insertRow(row)
        combo = QComboBox()
        combo.setEditable(True)
        for kpi in BUILTIN:
            name = kpi.name_zh if self._chinese else kpi.name_en
            combo.addItem(f"{name} ({kpi.code})", kpi.code)
        index = combo.findData(effect.kpi_code)
        if index >= 0:
            combo.setCurrentIndex(index)
        else:
            combo.setEditText(effect.kpi_code)
        change = self._number(-1e9, 1e9, 3, "")
        change.setValue(effect.expected_change)
        self.effects_table.setCellWidget(row, 0, combo)
        self.effects_table.setCellWidget(row, 1, change)
        self.effects_table.setItem(row, 2, QTableWidgetItem(effect.unit))

    # ----------------------------------------------------------------- values

    def _show(self, existing: ProjectInfo | None) -> None:
        fields = existing.fields if existing else ProjectFields(code="", title="")
        self.code_edit.setText(fields.code)
        self.title_edit.setText(fields.title)
        self.description_edit.setPlainText(fields.description)
        self.class_combo.setCurrentIndex(self.class_combo.findData(fields.cost_class))
        self.source_combo.setCurrentIndex(self.source_combo.findData(fields.source_kind))
        self.source_ref_edit.setText(fields.source_ref)
        self.department_combo.setCurrentText(fields.department)
        self.person_edit.setText(fields.person)
        self.life_spin.setValue(fields.life_years)
        self.rate_spin.setValue(fields.discount_rate * 100.0)
        self.kgce_spin.setValue(fields.expected_energy_kgce or 0.0)
        self.price_spin.setValue(fields.energy_price_cny_per_kgce or 0.0)
        for line in existing.amounts if existing else ():
            spin = self._amount_spins.get((line.kind, line.category))
            if spin is not None:
                spin.setValue(line.amount_cny)
                row = list(self._amount_spins).index((line.kind, line.category))
                self.amounts_table.setItem(row, 3, QTableWidgetItem(line.note))
        for effect in existing.effects if existing else ():
            self.add_effect(effect)

    def value(self) -> ProjectDraft:
        fields = ProjectFields(
            code=self.code_edit.text().strip(),
            title=self.title_edit.text().strip(),
            cost_class=str(self.class_combo.currentData()),
            source_kind=str(self.source_combo.currentData()),
            description=self.description_edit.toPlainText().strip(),
            source_ref=self.source_ref_edit.text().strip(),
            department=self.department_combo.currentText().strip(),
            person=self.person_edit.text().strip(),
            life_years=self.life_spin.value(),
            discount_rate=round(self.rate_spin.value() / 100.0, 6),
            expected_energy_kgce=self.kgce_spin.value() or None,
            energy_price_cny_per_kgce=self.price_spin.value() or None,
        )
        return ProjectDraft(fields, self._amounts(), self._effects())

    def _amounts(self) -> tuple[AmountLine, ...]:
        lines = []
        for row, ((kind, category), spin) in enumerate(self._amount_spins.items()):
            item = self.amounts_table.item(row, 3)
            note = item.text().strip() if item is not None else ""
            if spin.value() or note:
                lines.append(AmountLine(kind, category, spin.value(), note))
        return tuple(lines)

    def _effects(self) -> tuple[EffectLine, ...]:
        effects = []
        for row in range(self.effects_table.rowCount()):
            combo = self.effects_table.cellWidget(row, 0)
            change = self.effects_table.cellWidget(row, 1)
            unit = self.effects_table.item(row, 2)
            assert isinstance(combo, QComboBox) and isinstance(change, QDoubleSpinBox)
            code = combo.currentData() if combo.currentIndex() >= 0 else None
            typed = combo.currentText().strip()
            if code is None or combo.itemText(combo.currentIndex()) != typed:
                code = typed
            effects.append(EffectLine(code, change.value(), unit.text().strip() if unit else ""))
        return tuple(effects)

    def problems(self) -> list[Problem]:
        draft = self.value()
        fields = draft.fields
        found = project_problems(
            code=fields.code,
            title=fields.title,
            life_years=fields.life_years,
            discount_rate=fields.discount_rate,
            expected_energy_kgce=fields.expected_energy_kgce,
            energy_price_cny_per_kgce=fields.energy_price_cny_per_kgce,
        )
        problems = [Problem(p.field, p.code, p.detail) for p in found]
        codes = [e.kpi_code for e in draft.effects]
        if any(not c for c in codes):
            problems.append(Problem("effects", "kpi_required"))
        elif len(set(codes)) != len(codes):
            problems.append(Problem("effects", "duplicate_line", ", ".join(codes)))
        return problems

    def describe(self, problem: Problem) -> str:
        return project_problem_text(problem.code, problem.detail)
