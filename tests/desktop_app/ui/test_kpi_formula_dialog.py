"""The KPI formula dialog lists the names a formula may use (loaded off the GUI thread), inserts
one on double-click, checks the formula as it is typed — the result unit, or the problem and
where — and refuses OK with the service's rules. The actions save through the service."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.services.custom_kpis import custom_definitions, define_kpi
from desktop_app.services.users import create_user
from desktop_app.ui import kpi_formula_actions
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.kpi_formula_dialog import KpiFormulaDialog
from desktop_app.ui.kpi_formula_actions import (
    define_kpi_interactively,
    edit_kpi_interactively,
    may_define_kpis,
)
from domain.kpis import Better, KpiDefinition
from domain.roles import SYSTEM, Actor, PermissionDenied, Role

WATER = KpiDefinition(
    "water_l", "吨产品水耗", "Water per t", "资源", "Resources", "L/t", Better.LOWER,
    "fresh_water / production",
)  # fmt: skip


@pytest.fixture
def engineer(app_context: AppContext) -> Actor:
    with app_context.startup.database.transaction() as session:
        info = create_user(session, SYSTEM, "wang", "a long enough password", Role.ENGINEER)
    return Actor("wang", Role.ENGINEER, info.id)


@pytest.fixture
def failures(monkeypatch) -> list[BaseException]:
    """What the actions would have shown in a message box (which would block a test)."""
    seen: list[BaseException] = []
    monkeypatch.setattr(kpi_formula_actions, "_failed", lambda _owner, error: seen.append(error))
    return seen


@pytest.fixture
def owner(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def dialog_for(qtbot: QtBot, context: AppContext, definition=None) -> KpiFormulaDialog:
    dialog = KpiFormulaDialog(context, definition)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.names_loaded, timeout=10_000)
    return dialog


def fill(dialog: KpiFormulaDialog, definition: KpiDefinition) -> None:
    dialog.code_edit.setText(definition.code)
    dialog.name_zh_edit.setText(definition.name_zh)
    dialog.name_en_edit.setText(definition.name_en)
    dialog.area_zh_edit.setText(definition.area_zh)
    dialog.area_en_edit.setText(definition.area_en)
    dialog.unit_combo.setCurrentText(definition.unit)
    dialog.better_combo.setCurrentIndex(0 if definition.better is Better.LOWER else 1)
    dialog.formula_edit.setPlainText(definition.formula)


def test_names_are_listed_and_a_double_click_inserts_one(
    qtbot: QtBot, app_context: AppContext
) -> None:
    dialog = dialog_for(qtbot, app_context)
    names = [dialog.names_list.item(i).data(256) for i in range(dialog.names_list.count())]
    assert {"production", "energy_kgce", "tag.water_fresh_total", "kpi.energy_per_unit"} <= set(
        names
    )
    dialog.formula_edit.setPlainText("fresh_water / ")
    cursor = dialog.formula_edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    dialog.formula_edit.setTextCursor(cursor)
    item = dialog.names_list.item(names.index("production"))
    dialog.names_list.itemDoubleClicked.emit(item)
    assert dialog.formula_edit.toPlainText() == "fresh_water / production"
    dialog.filter_edit.setText("water_fresh")
    shown = [
        dialog.names_list.item(i).data(256)
        for i in range(dialog.names_list.count())
        if not dialog.names_list.item(i).isHidden()
    ]
    assert shown and all("water_fresh" in name for name in shown)


def test_the_live_check_shows_the_result_unit_or_the_problem_and_where(
    qtbot: QtBot, app_context: AppContext
) -> None:
    dialog = dialog_for(qtbot, app_context)
    dialog.unit_combo.setCurrentText("m³/t")
    dialog.formula_edit.setPlainText("fresh_water / production")
    assert "m³/t" in dialog.check_label.text() and "c62828" not in dialog.check_label.styleSheet()
    dialog.formula_edit.setPlainText("fresh_water / prodution")
    text = dialog.check_label.text()
    assert "prodution" in text and "15" in text and "c62828" in dialog.check_label.styleSheet()
    dialog.formula_edit.setPlainText("fresh_water / (production")
    assert "26" in dialog.check_label.text()  # the end, where ")" was expected
    dialog.formula_edit.setPlainText("energy_kgce / production")
    assert "kgce/t" in dialog.check_label.text() and "m³/t" in dialog.check_label.text()
    assert "c62828" in dialog.check_label.styleSheet()  # kgce/t does not fit m³/t


def test_ok_is_refused_with_the_services_rules(qtbot: QtBot, app_context: AppContext) -> None:
    dialog = dialog_for(qtbot, app_context)
    fill(
        dialog, KpiDefinition("energy_per_unit", "", "x", "", "", "t", Better.LOWER, "fresh_water")
    )
    codes = {(p.field, p.code) for p in dialog.problems()}
    assert codes == {
        ("code", "builtin_code"),
        ("name_zh", "name_required"),
        ("unit", "unit_mismatch"),
    }
    dialog.try_accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog._problem_labels["code"].isVisibleTo(dialog)
    fill(dialog, WATER)
    assert dialog.problems() == []
    assert dialog.value() == WATER


def test_a_new_kpi_may_not_take_an_existing_code_but_an_edit_keeps_it(
    qtbot: QtBot, app_context: AppContext
) -> None:
    with app_context.startup.database.transaction() as session:
        define_kpi(session, SYSTEM, WATER)
    new = dialog_for(qtbot, app_context)
    fill(new, WATER)
    assert [p.code for p in new.problems()] == ["code_taken"]
    edit = dialog_for(qtbot, app_context, WATER)
    assert edit.code_edit.isReadOnly() and edit.value() == WATER and edit.problems() == []
    edit.formula_edit.setPlainText("2 * kpi.water_l")  # units fine: only OK finds the loop
    assert "c62828" not in edit.check_label.styleSheet()
    edit.try_accept()
    assert edit.result() != QDialog.DialogCode.Accepted
    assert "water_l → water_l" in edit.check_label.text()
    assert "c62828" in edit.check_label.styleSheet()


def test_an_engineer_defines_then_edits_a_kpi(
    qtbot: QtBot, app_context: AppContext, engineer: Actor, owner: QWidget, failures, monkeypatch
) -> None:
    app_context.session.sign_in(engineer)
    assert may_define_kpis(app_context)
    saved: list[KpiDefinition] = []

    def create(dialog: KpiFormulaDialog) -> int:
        qtbot.waitUntil(lambda: dialog.names_loaded, timeout=10_000)
        fill(dialog, WATER)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(KpiFormulaDialog, "exec", create)
    define_kpi_interactively(owner, app_context, saved.append)
    qtbot.waitUntil(lambda: len(saved) == 1, timeout=10_000)

    def change(dialog: KpiFormulaDialog) -> int:
        assert dialog.value() == WATER  # loaded for editing
        dialog.unit_combo.setCurrentText("m³/t")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(KpiFormulaDialog, "exec", change)
    edit_kpi_interactively(owner, app_context, "water_l", saved.append)
    qtbot.waitUntil(lambda: len(saved) == 2, timeout=10_000)
    assert failures == []
    with app_context.startup.database.reading() as session:
        (stored,) = custom_definitions(session)
    assert stored.unit == "m³/t" and stored.formula == WATER.formula


def test_a_viewer_is_refused_and_told(
    qtbot: QtBot, app_context: AppContext, owner: QWidget, failures, monkeypatch
) -> None:
    assert not may_define_kpis(app_context)

    def create(dialog: KpiFormulaDialog) -> int:
        qtbot.waitUntil(lambda: dialog.names_loaded, timeout=10_000)
        fill(dialog, WATER)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(KpiFormulaDialog, "exec", create)
    define_kpi_interactively(owner, app_context)
    qtbot.waitUntil(lambda: len(failures) == 1, timeout=10_000)
    assert isinstance(failures[0], PermissionDenied)
    edit_kpi_interactively(owner, app_context, "no_such_kpi")
    qtbot.waitUntil(lambda: len(failures) == 2, timeout=10_000)
    assert getattr(failures[1], "code", "") == "not_found"
