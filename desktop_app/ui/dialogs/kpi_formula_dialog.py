"""Define or change a user-defined KPI: names, unit, which direction is better, and its formula.

The formula is checked as it is typed (parsing and unit checking are pure and take
microseconds, so they run on the GUI thread): the line under it shows the result's unit, or what
is wrong and at which character. The names a formula may use are loaded off the GUI thread and
listed beside it; a double-click inserts one, so nobody has to remember tag keys. OK applies
the same rules as the service (`custom_kpis.definition_problems`), so a dialog that closes saves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.custom_kpis import (
    custom_definitions,
    definition_problems,
    formula_names,
    value_unit_is_plain,
)
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.form_dialog import FormDialog
from desktop_app.ui.run_query import run_query
from domain.expressions import ExpressionError, check, parse
from domain.instrument_rules import Problem
from domain.kpis import Better, KpiDefinition
from domain.units import UnitError, same_dimension

COMMON_UNITS = ("kgce/t", "tce/t", "kWh/t", "m³/t", "kg/t", "t/t", "%", "‰", "t", "m³", "kgce")
_RED, _GREEN = "color: #c62828;", "color: #2e7d32;"


class KpiFormulaDialog(FormDialog):
    """`definition` None: a new KPI; otherwise that KPI, whose code stays as it is."""

    def __init__(
        self,
        context: AppContext,
        definition: KpiDefinition | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = context.startup.database
        self._editing = definition is not None
        self._names: dict[str, str] | None = None
        self._custom: list[KpiDefinition] = []
        d = definition or KpiDefinition("", "", "", "", "", "", Better.LOWER, "")
        self.setWindowTitle(self.tr("Edit KPI") if definition else self.tr("New KPI"))
        self.code_edit = QLineEdit(d.code)
        self.code_edit.setReadOnly(self._editing)
        self.code_edit.setPlaceholderText(self.tr("e.g. steam_per_t"))
        self.name_zh_edit = QLineEdit(d.name_zh)
        self.name_en_edit = QLineEdit(d.name_en)
        self.area_zh_edit = QLineEdit(d.area_zh)
        self.area_en_edit = QLineEdit(d.area_en)
        self.unit_combo = QComboBox()
        self.unit_combo.setEditable(True)
        self.unit_combo.addItems(COMMON_UNITS)
        self.unit_combo.setCurrentText(d.unit)
        self.better_combo = QComboBox()
        self.better_combo.addItem(self.tr("Lower is better"), Better.LOWER.value)
        self.better_combo.addItem(self.tr("Higher is better"), Better.HIGHER.value)
        self.better_combo.setCurrentIndex(0 if d.better is Better.LOWER else 1)
        self.formula_edit = QPlainTextEdit(d.formula)
        self.formula_edit.setPlaceholderText(self.tr("e.g. tag.steam_main_total / production"))
        self.check_label = QLabel()
        self.check_label.setWordWrap(True)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter names"))
        self.names_list = QListWidget()
        for field, caption, widget in (
            ("code", self.tr("Code (key)"), self.code_edit),
            ("name_zh", self.tr("Chinese name"), self.name_zh_edit),
            ("name_en", self.tr("English name"), self.name_en_edit),
            ("area_zh", self.tr("Area (Chinese)"), self.area_zh_edit),
            ("area_en", self.tr("Area (English)"), self.area_en_edit),
            ("unit", self.tr("Unit"), self.unit_combo),
            ("better", self.tr("Which is better"), self.better_combo),
            ("formula", self.tr("Formula"), self._formula_panel()),
        ):
            self.add_row(field, caption, widget)
        self.formula_edit.textChanged.connect(self._update_check)
        self.unit_combo.currentTextChanged.connect(self._update_check)
        self.filter_edit.textChanged.connect(self._filter_names)
        self.names_list.itemDoubleClicked.connect(self._insert_name)
        self.resize(820, 640)
        self._update_check()
        self._load_names()

    def _formula_panel(self) -> QWidget:
        panel = QWidget(self)
        row = QHBoxLayout(panel)
        row.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(self.formula_edit, 1)
        left.addWidget(self.check_label)
        right = QVBoxLayout()
        right.addWidget(self.filter_edit)
        right.addWidget(self.names_list, 1)
        hint = QLabel(
            self.tr(
                "Double-click a name to insert it. tag.…: a counter's consumption in the "
                "period, any other tag its mean. Functions: min, max, abs, if_missing(x, fallback)."
            )
        )
        hint.setWordWrap(True)
        right.addWidget(hint)
        row.addLayout(left, 3)
        row.addLayout(right, 2)
        panel.setMinimumHeight(260)
        return panel

    @property
    def names_loaded(self) -> bool:
        return self._names is not None

    def value(self) -> KpiDefinition:
        better = Better(self.better_combo.currentData())
        return KpiDefinition(
            self.code_edit.text().strip(),
            self.name_zh_edit.text().strip(),
            self.name_en_edit.text().strip(),
            self.area_zh_edit.text().strip(),
            self.area_en_edit.text().strip(),
            self.unit_combo.currentText().strip(),
            better,
            self.formula_edit.toPlainText().strip(),
        )

    def problems(self) -> list[Problem]:
        if self._names is None:
            return [Problem("", "names_loading")]
        definition = self.value()
        problems = definition_problems(definition, self._names, self._custom)
        taken = any(d.code == definition.code for d in self._custom)
        if taken and not self._editing:
            problems.insert(0, Problem("code", "code_taken", definition.code))
        return problems

    def show_problems(self, problems: list[Problem]) -> None:
        """Formula problems go to the live check line (once, not twice under the formula)."""
        formula = [p for p in problems if p.field == "formula"]
        super().show_problems([p for p in problems if p.field != "formula"])
        if formula:
            self._update_check()
            if self.check_label.styleSheet() != _RED:  # only OK finds a loop
                self.check_label.setText(self.describe(formula[0]))
                self.check_label.setStyleSheet(_RED)

    def describe(self, problem: Problem) -> str:
        text = self.code_text(problem.code, problem.detail)
        return super().describe(problem) if text is None else text

    def code_text(self, code: str, detail: str) -> str | None:
        """A sentence for the formula and KPI codes this dialog meets; None for shared ones."""
        texts = {
            "empty": self.tr("Write a formula, e.g. fresh_water / production."),
            "too_long": self.tr("The formula is too long (%1 characters)."),
            "too_deep": self.tr("The formula is nested too deeply (at most %1 levels)."),
            "syntax": self.tr("“%1” is not expected here."),
            "unknown_function": self.tr(
                "There is no function “%1”: use min, max, abs or if_missing."
            ),
            "argument_count": self.tr("Wrong number of arguments: %1."),
            "not_finite": self.tr("The number %1 is too large."),
            "unknown_name": self.tr("There is no name “%1”: pick one from the list."),
            "bad_unit": self.tr("“%1” is not a unit Qingyuan knows."),
            "unit_mismatch": self.tr("The units do not fit together: %1."),
            "missing_value": self.tr("%1 has no value."),
            "division_by_zero": self.tr("Division by zero: %1."),
            "cycle": self.tr("The KPIs would depend on each other in a loop: %1."),
            "bad_code": self.tr(
                "Start with a lower-case letter; then lower-case letters, digits or _ (at most 64)."
            ),
            "builtin_code": self.tr("%1 is the code of a built-in KPI."),
            "code_taken": self.tr("A KPI with the code %1 exists already."),
            "name_too_long": self.tr("At most %1 characters."),
            "bad_better": self.tr("Choose whether lower or higher is better."),
            "breaks_dependent": self.tr(
                "The KPI %1 reads this one and would no longer fit its own unit."
            ),
            "names_loading": self.tr("Still loading the names; try again in a moment."),
        }
        text = texts.get(code)
        return None if text is None else text.replace("%1", detail)

    def _load_names(self) -> None:
        database = self._database

        def load() -> tuple[dict[str, str], list[KpiDefinition]]:
            with database.reading() as session:
                custom = custom_definitions(session)
                return formula_names(session, custom=custom), custom

        run_query(self, load, self._names_loaded)

    def _names_loaded(self, result: tuple[dict[str, str], list[KpiDefinition]]) -> None:
        self._names, self._custom = result
        self.names_list.clear()
        for name, unit in self._names.items():
            item = QListWidgetItem(f"{name}   [{unit}]" if unit else name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.names_list.addItem(item)
        self._filter_names()
        self._update_check()

    @Slot()
    def _filter_names(self) -> None:
        wanted = self.filter_edit.text().strip().lower()
        for row in range(self.names_list.count()):
            item = self.names_list.item(row)
            item.setHidden(bool(wanted) and wanted not in item.text().lower())

    @Slot(QListWidgetItem)
    def _insert_name(self, item: QListWidgetItem) -> None:
        self.formula_edit.insertPlainText(str(item.data(Qt.ItemDataRole.UserRole)))
        self.formula_edit.setFocus()

    @Slot()
    def _update_check(self) -> None:
        text, ok = self._check_text()
        self.check_label.setText(text)
        self.check_label.setStyleSheet(_GREEN if ok else _RED)

    def _check_text(self) -> tuple[str, bool]:
        """What the live check line says, and whether it is good news."""
        formula = self.formula_edit.toPlainText()
        try:
            expr = parse(formula)
            if self._names is None:
                return self.tr("Loading the names…"), True
            names = {**self._names, f"kpi.{self.code_edit.text().strip()}": self._unit()}
            result = check(expr, names)
        except ExpressionError as error:
            return self._error_text(error), False
        return self._result_text(result)

    def _result_text(self, result: str) -> tuple[str, bool]:
        shown = result or self.tr("a plain number")
        declared = self._unit()
        try:
            fits = same_dimension(result, declared)
        except UnitError:
            return self.tr("Result: %1").replace("%1", shown), True
        if not fits:
            text = self.tr("Result: %1, which does not fit the declared unit %2.")
            return text.replace("%1", shown).replace("%2", declared or "1"), False
        if value_unit_is_plain(result, declared) and declared:
            note = self.tr("Result: a plain number, shown as it is in %1.")
            return note.replace("%1", declared), True
        return self.tr("Result: %1").replace("%1", shown), True

    def _error_text(self, error: ExpressionError) -> str:
        sentence = self.code_text(error.code, error.detail) or error.code
        if error.position is None:
            return sentence
        where = self.tr("(at character %1)").replace("%1", str(error.position + 1))
        return f"{sentence} {where}"

    def _unit(self) -> str:
        return self.unit_combo.currentText().strip()
