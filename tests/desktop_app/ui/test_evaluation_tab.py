"""The evaluation tab rates the KPI page's period, shows the indices and what holds the plant back,
and lets an engineer (not a viewer) enter what no KPI supplies; all of it off the GUI thread."""

from __future__ import annotations

import json
import threading
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from desktop_app.services.evaluation import stored_inputs
from desktop_app.services.records import add_record
from desktop_app.services.users import create_user
from desktop_app.ui.context import AppContext
from desktop_app.ui.evaluation_tab import EvaluationTab
from desktop_app.ui.evaluation_text import level_text
from desktop_app.ui.models.evaluation_models import IndicatorTableModel
from domain.evaluation import Level
from domain.records import Record, RecordCategory
from domain.roles import SYSTEM, Actor, Role

SAMPLE = "sample_generic_manufacturing"
OCT1, OCT31 = date(2026, 10, 1), date(2026, 10, 31)
WAIT_MS = 20_000


@pytest.fixture
def engineer(app_context: AppContext) -> Actor:
    with app_context.startup.database.transaction() as session:
        info = create_user(session, SYSTEM, "wang", "a long enough password", Role.ENGINEER)
    return Actor("wang", Role.ENGINEER, info.id)


@pytest.fixture
def tab(qtbot: QtBot, app_context: AppContext) -> EvaluationTab:
    with app_context.startup.database.transaction() as session:
        for category, item, quantity, unit in (
            (RecordCategory.PRODUCTION, "产品", 1000, "t"),
            (RecordCategory.POLLUTANT, "cod", 150, "kg"),
        ):
            add_record(session, SYSTEM, Record(date(2026, 10, 9), category, item, quantity, unit))
    widget = EvaluationTab(app_context)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.set_period(OCT1, OCT31)
    with qtbot.waitSignal(widget.loaded, timeout=WAIT_MS):
        widget.show()
    return widget


def value_index(tab: EvaluationTab, code: str):
    row = tab.model.row_of(code)
    assert row is not None
    return tab.model.index(row, IndicatorTableModel.VALUE_COLUMN)


def test_the_rating_indices_and_holding_back_list_appear(tab: EvaluationTab) -> None:
    view = tab.view
    assert view is not None and view.system.code == SAMPLE
    evaluation = view.evaluation
    assert evaluation.rating is None
    assert tab.summary.rating_label.text() == level_text(None)
    assert tab.summary.banner.isVisible()
    assert f"{evaluation.y_III:.1f}" in tab.summary.score_labels[Level.III].text()
    assert tab.summary.reasons_label.text().count("\n") == 2  # why not I, II and III
    assert level_text(Level.III) in tab.holding_title.text()
    held = [tab.holding_list.item(i) for i in range(tab.holding_list.count())]
    codes = [item.data(Qt.ItemDataRole.UserRole) for item in held]
    assert codes == [s.code for s in evaluation.holding_back()]
    assert "clean_process" in codes and "cod_intensity" not in codes
    assert tab.model.rowCount() == len(view.system.groups) + len(view.system.indicators)
    cod = tab.model.index(tab.model.row_of("cod_intensity") or 0, 3)
    assert "emission.cod" in cod.data()
    assert tab.systems_combo.currentData() == SAMPLE


def test_a_viewer_cannot_edit_and_an_engineer_saves_a_qualitative_level(
    qtbot: QtBot, tab: EvaluationTab, app_context: AppContext, engineer: Actor
) -> None:
    gui_thread, on_gui = threading.current_thread(), []

    def watch(_conn, _cursor, statement, *_rest) -> None:
        if threading.current_thread() is gui_thread:
            on_gui.append(statement)

    engine = app_context.startup.database.engine
    event.listen(engine, "before_cursor_execute", watch)
    try:
        index = value_index(tab, "clean_process")
        assert not tab.model.flags(index) & Qt.ItemFlag.ItemIsEditable
        assert tab.import_button.isHidden() and tab.export_button.isHidden()
        app_context.session.sign_in(engineer)
        assert tab.model.flags(index) & Qt.ItemFlag.ItemIsEditable
        assert not tab.import_button.isHidden()
        assert not tab.model.flags(value_index(tab, "energy_per_unit")) & Qt.ItemFlag.ItemIsEditable
        tab.table.edit(index)
        combo = tab.table.viewport().findChild(QComboBox)
        assert combo is not None and combo.count() == 6  # I, II, III, none, n/a, clear
        first_level = next(i for i in range(combo.count()) if combo.itemData(i) == (1.0, False))
        assert "国际先进" in combo.itemText(first_level)  # the criteria of level I, in Chinese
        with (
            qtbot.waitSignal(tab.saved, timeout=WAIT_MS),
            qtbot.waitSignal(tab.loaded, timeout=WAIT_MS),
        ):
            combo.setCurrentIndex(first_level)
            combo.activated.emit(first_level)
        assert tab.view is not None
        source = tab.view.source("clean_process")
        assert (source.source, source.value) == ("input", 1.0)
        assert "clean_process" not in [
            tab.holding_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(tab.holding_list.count())
        ]
    finally:
        event.remove(engine, "before_cursor_execute", watch)
    assert on_gui == [], "no database I/O on the GUI thread"
    with app_context.startup.database.reading() as session:
        (stored,) = stored_inputs(session, SAMPLE)
    assert (stored.indicator_code, stored.value, stored.updated_by) == (
        "clean_process",
        1.0,
        "wang",
    )


def test_an_engineer_enters_a_figure(
    qtbot: QtBot, tab: EvaluationTab, app_context: AppContext, engineer: Actor
) -> None:
    app_context.session.sign_in(engineer)
    index = value_index(tab, "product_pass_rate")
    tab.table.edit(index)
    spin = tab.table.viewport().findChild(QDoubleSpinBox)
    assert spin is not None
    spin.setValue(99.2)
    with qtbot.waitSignal(tab.loaded, timeout=WAIT_MS):
        qtbot.keyClick(spin, Qt.Key.Key_Return)  # the delegate commits and closes the editor
    assert tab.view is not None
    assert tab.view.source("product_pass_rate").value == pytest.approx(99.2)
    assert tab.view.result("product_pass_rate").achieved is Level.II  # type: ignore[union-attr]


def test_a_new_period_is_evaluated_again(qtbot: QtBot, tab: EvaluationTab) -> None:
    with qtbot.waitSignal(tab.loaded, timeout=WAIT_MS):
        tab.set_period(date(2026, 11, 1), date(2026, 11, 30))
    assert tab.view is not None and tab.view.first == date(2026, 11, 1)
    assert tab.view.source("cod_intensity").source == "missing"
    assert "2026-11-01" in tab.period_label.text()


def test_an_engineer_exports_the_sample_and_imports_an_edited_copy(
    qtbot: QtBot,
    tab: EvaluationTab,
    app_context: AppContext,
    engineer: Actor,
    tmp_path,
    monkeypatch,
) -> None:
    app_context.session.sign_in(engineer)
    template = tmp_path / "template.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(template), ""))
    with qtbot.waitSignal(tab.files.exported, timeout=WAIT_MS):
        tab.export_button.click()
    document = json.loads(template.read_text(encoding="utf-8"))
    document.update(code="our_plant", sample=False, name_zh="本厂评价指标体系")
    edited = tmp_path / "ours.json"
    edited.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(edited), ""))
    with qtbot.waitSignal(tab.loaded, timeout=WAIT_MS):
        tab.import_button.click()
    assert tab.view is not None and tab.view.system.code == "our_plant"
    assert not tab.summary.banner.isVisible()
    assert tab.systems_combo.currentData() == "our_plant"
    assert "本厂评价指标体系" in tab.systems_combo.currentText()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    edited.write_text("{ not json", encoding="utf-8")
    with qtbot.waitSignal(tab.files.failed, timeout=WAIT_MS):
        tab.import_button.click()
    assert warnings and tab.status_label.text()
