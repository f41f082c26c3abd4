"""The records tab of the KPI page: an engineer enters, changes and deletes records (with a
reason), imports a sheet — nothing from a sheet with a bad row until skipping is chosen — and
sets the year's energy-accounting convention; a viewer is offered none of it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from desktop_app.services.energy_conventions import convention_for
from desktop_app.services.records import RecordInfo, add_record, list_records
from desktop_app.services.users import create_user
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.energy_convention_dialog import (
    OVERRIDABLE,
    EnergyConventionDialog,
    OverridesModel,
)
from desktop_app.ui.dialogs.record_dialog import RecordDialog, suggested_units
from desktop_app.ui.dialogs.record_import_dialog import (
    Cancelled,
    Progress,
    RecordImportDialog,
    read_preview,
)
from desktop_app.ui.models.records_model import (
    CategoryTotalsModel,
    RecordsModel,
    RowErrorModel,
    category_totals,
)
from desktop_app.ui.records_tab import RecordsTab
from domain.energy import Carrier, ElectricityBasis
from domain.record_import import RowError
from domain.records import Record, RecordCategory
from domain.roles import SYSTEM, Actor, Role
from storage.models import ChangeLogEntry

DAY = date(2026, 3, 10)
WAIT_MS = 10_000


@pytest.fixture
def engineer(app_context: AppContext) -> Actor:
    with app_context.startup.database.transaction() as session:
        info = create_user(session, SYSTEM, "wang", "a long enough password", Role.ENGINEER)
    return Actor("wang", Role.ENGINEER, info.id)


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    """What the tab would have shown in a message box (a modal box would block the test)."""
    seen: list[str] = []
    monkeypatch.setattr(RecordsTab, "warn", lambda _self, _title, text: seen.append(text))
    return seen


@pytest.fixture
def tab(qtbot: QtBot, app_context: AppContext, warnings) -> RecordsTab:
    widget = RecordsTab(app_context)
    qtbot.addWidget(widget)
    widget.set_period(date(2026, 3, 1), date(2026, 3, 31))
    return widget


@contextmanager
def no_sql_on_the_gui_thread(context: AppContext) -> Iterator[None]:
    """Fails if a statement runs on this (the GUI) thread inside the block."""
    gui_thread, executed = threading.current_thread(), []

    def on_execute(_conn, _cursor, statement, *_rest) -> None:
        if threading.current_thread() is gui_thread:
            executed.append(statement)

    engine = context.startup.database.engine
    event.listen(engine, "before_cursor_execute", on_execute)
    try:
        yield
    finally:
        event.remove(engine, "before_cursor_execute", on_execute)
    assert executed == []


def stored(context: AppContext) -> list[RecordInfo]:
    with context.startup.database.reading() as session:
        return list_records(session, date(2026, 1, 1), date(2026, 12, 31))


def info(record_id: int, record: Record, source: str = "manual", ref: str = "") -> RecordInfo:
    return RecordInfo(record_id, record, source, ref, "wang", 0)


def test_the_models_pass_the_model_tester(qtmodeltester) -> None:
    records = [
        info(1, Record(DAY, RecordCategory.PRODUCTION, "板材", 95.5, "t", "一号线", "甲班")),
        info(2, Record(DAY, RecordCategory.RAW_MATERIAL, "原木", 1200, "kg"), "import", "a.csv#3"),
        info(3, Record(DAY, RecordCategory.ENERGY_PURCHASED, "diesel", 0.5, "t")),
        info(4, Record(DAY, RecordCategory.POLLUTANT, "cod", 12, "kg")),
    ]
    model = RecordsModel(True)
    model.set_rows(records)
    qtmodeltester.check(model)
    assert model.display(records[3], "item") == "化学需氧量"
    assert model.display(records[1], "canonical") == "1.20 t"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole) == 1
    totals = CategoryTotalsModel(False)
    totals.set_rows(category_totals(records))
    qtmodeltester.check(totals)
    assert [(t.category, t.item, t.total, t.unit) for t in totals.totals()] == [
        (RecordCategory.PRODUCTION, "", 95.5, "t"),
        (RecordCategory.RAW_MATERIAL, "", 1.2, "t"),
        (RecordCategory.POLLUTANT, "", 12.0, "kg"),
        (RecordCategory.ENERGY_PURCHASED, "diesel", 500.0, "kg"),
    ]
    errors = RowErrorModel()
    errors.set_rows([RowError(3, "quantity", "bad_number", "lots")])
    qtmodeltester.check(errors)
    overrides = OverridesModel()
    overrides.set_overrides({Carrier.RAW_COAL: 0.7})
    qtmodeltester.check(overrides)


def test_units_offered_are_the_ones_that_convert() -> None:
    assert suggested_units(RecordCategory.RAW_MATERIAL, "原木") == ("t", "kg")
    assert suggested_units(RecordCategory.ENERGY_PURCHASED, "natural_gas") == ("m³", "Nm³")
    assert suggested_units(RecordCategory.ENERGY_PURCHASED, "electricity")[:2] == ("kWh", "MWh")
    assert suggested_units(RecordCategory.FRESH_WATER, "自来水") == ("m³", "t", "L")


def test_a_viewer_is_offered_no_changes(tab: RecordsTab, app_context: AppContext, engineer):
    assert not tab.add_button.isEnabled()
    assert not tab.import_button.isEnabled()
    assert not tab.convention_button.isEnabled()
    app_context.session.sign_in(engineer)
    assert tab.add_button.isEnabled() and tab.import_button.isEnabled()
    assert tab.convention_button.isEnabled()
    assert not tab.delete_button.isEnabled()  # nothing chosen yet


def test_the_dialog_follows_the_category(qtbot: QtBot, app_context: AppContext) -> None:
    dialog = RecordDialog(app_context.startup.database, True, day=DAY)
    qtbot.addWidget(dialog)
    dialog.category_combo.setCurrentIndex(
        dialog.category_combo.findData(RecordCategory.ENERGY_PURCHASED.value)
    )
    assert not dialog.item_combo.isEditable()
    assert dialog.item_combo.count() == len(Carrier)
    dialog.item_combo.setCurrentIndex(dialog.item_combo.findData("electricity"))
    assert dialog.unit_combo.currentText() == "kWh"
    # the demo site meters its electricity: entering the purchase too would count it twice
    qtbot.waitUntil(
        lambda: "carrier_metered" in [p.code for p in dialog.problems()], timeout=WAIT_MS
    )
    dialog.category_combo.setCurrentIndex(
        dialog.category_combo.findData(RecordCategory.POLLUTANT.value)
    )
    assert dialog.item_combo.currentData() == "cod"
    assert dialog.unit_combo.currentText() == "kg"
    dialog.category_combo.setCurrentIndex(
        dialog.category_combo.findData(RecordCategory.PRODUCTION.value)
    )
    assert dialog.item_combo.isEditable()
    dialog.quantity_spin.setValue(3.0)
    dialog.unit_combo.setCurrentText("m³")
    assert [p.code for p in dialog.problems()] == ["item_required"]
    dialog.item_combo.setCurrentText("板材")
    assert [p.code for p in dialog.problems()] == ["incompatible_units"]
    dialog.try_accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "m³" in dialog._problem_labels["unit"].text()


def test_an_engineer_adds_a_record_and_deletes_it_only_with_a_reason(
    qtbot: QtBot, tab: RecordsTab, app_context: AppContext, engineer, warnings, monkeypatch
) -> None:
    app_context.session.sign_in(engineer)

    def fill(dialog: RecordDialog) -> int:
        dialog.day_edit.setDate(dialog.day_edit.date().fromString("2026-03-10", "yyyy-MM-dd"))
        index = dialog.category_combo.findData(RecordCategory.RAW_MATERIAL.value)
        dialog.category_combo.setCurrentIndex(index)
        dialog.item_combo.setCurrentText("原木")
        dialog.quantity_spin.setValue(1200.0)
        dialog.unit_combo.setCurrentText("kg")
        dialog.line_edit.setText("一号线")
        assert dialog.problems() == []
        assert "1.20 t" in dialog.counted_label.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RecordDialog, "exec", fill)
    with no_sql_on_the_gui_thread(app_context):
        with qtbot.waitSignal(tab.changed, timeout=WAIT_MS):
            tab.add_button.click()
        qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT_MS)
    (shown,) = tab.model.records()
    assert (shown.record.item, shown.record.quantity, shown.source) == ("原木", 1200.0, "manual")
    assert tab.model.display(shown, "canonical") == "1.20 t"
    assert tab.totals_model.totals()[0].total == pytest.approx(1.2)
    assert tab.selected() == shown  # the new record is chosen, ready to check or change
    assert tab.delete_button.isEnabled()

    monkeypatch.setattr(RecordsTab, "ask_reason", lambda _self, _info: ("  ", True))
    tab.delete_button.click()
    assert len(warnings) == 1 and len(stored(app_context)) == 1

    monkeypatch.setattr(RecordsTab, "ask_reason", lambda _self, _info: ("typed twice", True))
    with qtbot.waitSignal(tab.changed, timeout=WAIT_MS):
        tab.delete_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=WAIT_MS)
    assert stored(app_context) == []
    with app_context.startup.database.reading() as session:
        reasons = [e.reason for e in session.query(ChangeLogEntry).filter_by(entity="record")]
    assert "typed twice" in reasons


def test_a_change_needs_a_reason(
    qtbot: QtBot, tab: RecordsTab, app_context: AppContext, engineer, warnings, monkeypatch
) -> None:
    app_context.session.sign_in(engineer)
    with app_context.startup.database.transaction() as session:
        record_id = add_record(
            session, engineer, Record(DAY, RecordCategory.PRODUCTION, "板材", 9, "t")
        )
    tab.reload()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT_MS)
    assert tab.select(record_id)

    def change(dialog: RecordDialog) -> int:
        assert dialog.item_combo.currentText() == "板材"
        dialog.quantity_spin.setValue(9.5)
        assert [p.code for p in dialog.problems()] == ["reason_required"]
        dialog.reason_edit.setText("weighbridge ticket")
        assert dialog.problems() == []
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RecordDialog, "exec", change)
    with qtbot.waitSignal(tab.changed, timeout=WAIT_MS):
        tab.edit_button.click()
    qtbot.waitUntil(lambda: tab.model.records()[0].record.quantity == 9.5, timeout=WAIT_MS)
    assert warnings == []


def test_the_period_and_filter_choose_the_records(
    qtbot: QtBot, tab: RecordsTab, app_context: AppContext, engineer
) -> None:
    with app_context.startup.database.transaction() as session:
        add_record(session, engineer, Record(DAY, RecordCategory.PRODUCTION, "板材", 9, "t"))
        add_record(session, engineer, Record(DAY, RecordCategory.SOLID_WASTE, "炉渣", 2, "t"))
        add_record(
            session, engineer, Record(date(2026, 4, 2), RecordCategory.PRODUCTION, "板材", 7, "t")
        )
    tab.reload()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=WAIT_MS)
    tab.filter_combo.setCurrentIndex(tab.filter_combo.findData(RecordCategory.SOLID_WASTE.value))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT_MS)
    tab.set_period(date(2026, 4, 1), date(2026, 4, 30))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=WAIT_MS)
    tab.filter_combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=WAIT_MS)


SHEET = """日期,类别,项目,数量,单位,产线,班次,备注
2026-03-01,合格产品产量,板材,95.5,t,一号线,甲班,
2026-03-01,原材料消耗,原木,"103,200",kg,一号线,甲班,
2026-03-02,产量,板材,lots,t,一号线,乙班,
2026-03-02,外购能源,electricity,1200,kWh,,,metered already
2026-03-03,危废,HW08 废矿物油,0.08,t,,,
"""


def test_a_sheet_with_bad_rows_imports_nothing_until_skipping_is_chosen(
    qtbot: QtBot,
    tab: RecordsTab,
    app_context: AppContext,
    engineer,
    tmp_path: Path,
    monkeypatch,
) -> None:
    app_context.session.sign_in(engineer)
    sheet = tmp_path / "三月.csv"
    sheet.write_text(SHEET, encoding="utf-8-sig")
    dialog = RecordImportDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.load(sheet)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT_MS)
    assert [(e.row, e.column, e.code) for e in dialog.errors_model.errors()] == [
        (4, "quantity", "bad_number"),
        (5, "item", "carrier_metered"),
    ]
    assert "lots" in dialog.errors_model.display(dialog.errors_model.errors()[0], "reason")
    assert not dialog.import_button.isEnabled()
    assert dialog.skip_button.isEnabled() and "3" in dialog.skip_button.text()
    assert stored(app_context) == []  # the preview stores nothing

    def import_skipping(import_dialog: RecordImportDialog) -> int:
        import_dialog.load(sheet)
        qtbot.waitUntil(lambda: import_dialog.preview is not None, timeout=WAIT_MS)
        with qtbot.waitSignal(import_dialog.imported, timeout=WAIT_MS):
            import_dialog.skip_button.click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RecordImportDialog, "exec", import_skipping)
    with no_sql_on_the_gui_thread(app_context):
        with qtbot.waitSignal(tab.changed, timeout=WAIT_MS):
            tab.import_button.click()
        qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=WAIT_MS)
    refs = sorted(r.source_ref for r in stored(app_context))
    assert refs == ["三月.csv#2", "三月.csv#3", "三月.csv#6"]
    assert "2" in tab.status_label.text()  # skipped rows are reported


def test_a_clean_sheet_imports_with_the_plain_button(
    qtbot: QtBot, app_context: AppContext, engineer, tmp_path: Path
) -> None:
    app_context.session.sign_in(engineer)
    sheet = tmp_path / "clean.csv"
    sheet.write_text("\n".join(SHEET.splitlines()[:3]) + "\n", encoding="utf-8")
    dialog = RecordImportDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.load(sheet)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT_MS)
    assert dialog.import_button.isEnabled() and not dialog.skip_button.isVisible()
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS) as blocker:
        dialog.import_button.click()
    assert blocker.args[0].imported == 2
    assert len(stored(app_context)) == 2


def test_an_unreadable_file_is_explained(qtbot: QtBot, app_context: AppContext, tmp_path: Path):
    sheet = tmp_path / "records.pdf"
    sheet.write_bytes(b"%PDF-1.4")
    dialog = RecordImportDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.load(sheet)
    qtbot.waitUntil(lambda: ".pdf" in dialog.status_label.text(), timeout=WAIT_MS)
    assert dialog.preview is None and not dialog.import_button.isEnabled()


def test_reading_stops_when_cancelled(app_context: AppContext, tmp_path: Path) -> None:
    sheet = tmp_path / "big.csv"
    sheet.write_text(SHEET.splitlines()[0] + "\n" + "2026-03-01,产量,板材,1,t\n" * 2000)
    progress = Progress()
    progress.cancelled.set()
    with pytest.raises(Cancelled):
        read_preview(sheet, app_context.startup.database, progress)
    progress = Progress()
    preview = read_preview(sheet, app_context.startup.database, progress)
    assert (preview.good, progress.done, progress.total) == (2000, 2000, 2000)


def test_the_energy_convention_of_a_year_is_saved(
    qtbot: QtBot, tab: RecordsTab, app_context: AppContext, engineer, monkeypatch
) -> None:
    app_context.session.sign_in(engineer)

    def choose(dialog: EnergyConventionDialog) -> int:
        qtbot.waitUntil(lambda: dialog.loaded, timeout=WAIT_MS)
        assert dialog.year_spin.value() == 2026
        codes = [p.code for p in dialog.problems()]
        assert codes == ["natural_gas_choice_missing"]  # no default is "right"
        dialog.oilfield_radio.setChecked(True)
        dialog.equal_radio.setChecked(True)
        dialog.equal_spin.setValue(0.3)
        model = dialog.overrides_model
        assert model.setData(model.index(OVERRIDABLE.index(Carrier.RAW_COAL), 3), 0.75)
        dialog.reason_edit.setText("coal lab report 2026-02")
        with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
            dialog.try_accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EnergyConventionDialog, "exec", choose)
    with no_sql_on_the_gui_thread(app_context), qtbot.waitSignal(tab.changed, timeout=WAIT_MS):
        tab.convention_button.click()
    with app_context.startup.database.reading() as session:
        convention = convention_for(session, 2026)
    assert convention.natural_gas_kgce_per_m3 == 1.33
    assert convention.electricity_basis is ElectricityBasis.EQUAL
    assert convention.equal_value_kgce_per_kwh == 0.3
    assert dict(convention.overrides) == {Carrier.RAW_COAL: 0.75}
    dialog = EnergyConventionDialog(app_context, 2026)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=WAIT_MS)
    assert dialog.oilfield_radio.isChecked() and dialog.equal_radio.isChecked()
    assert dialog.value() == convention
