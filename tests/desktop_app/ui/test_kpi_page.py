"""The KPI page on a seeded demo plant: the indicator table with baseline, target, actual and
status, the detail tracing a value to its inputs, and an engineer setting a target."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop_app.services.demo_seed import seed_demo
from desktop_app.services.kpi_targets import active_targets
from desktop_app.services.users import create_user
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.target_dialog import TargetDialog
from desktop_app.ui.models.kpi_models import SPARKLINE_ROLE, KpiTableModel
from desktop_app.ui.pages.kpis import KpiPage, preset_period
from domain.roles import SYSTEM, Actor, Role


@pytest.fixture
def page(qtbot: QtBot, app_context: AppContext) -> KpiPage:
    seed_demo(app_context.startup.database, 70, cleaner_production=False)
    widget = KpiPage(app_context)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() > 0, timeout=20_000)
    return widget


def cell(page: KpiPage, row: int, column: str) -> str:
    index = page.model.index(row, KpiTableModel.COLUMNS.index(column))
    return str(page.model.data(index))


def test_the_table_shows_every_indicator_with_target_and_status(
    page: KpiPage, qtmodeltester
) -> None:
    qtmodeltester.check(page.model)
    codes = [r.definition.code for r in page.model.rows]
    assert codes[:2] == ["energy_per_unit", "fresh_water_per_unit"]
    assert "packaging_recovery" in codes and "emission.cod" in codes
    assert cell(page, 0, "name") == "单位产品综合能耗"
    assert cell(page, 0, "actual").endswith("kgce/t")
    assert cell(page, 0, "target").endswith("kgce/t")
    assert cell(page, 0, "department").startswith("能源管理部")
    sparkline = page.model.data(
        page.model.index(0, KpiTableModel.COLUMNS.index("trend")), SPARKLINE_ROLE
    )
    assert len(sparkline) == 12 and sparkline[-1] is not None and sparkline[0] is None
    assert "GB/T 2589-2020" in page.convention_label.text()


def test_the_detail_traces_the_value_to_its_inputs(page: KpiPage) -> None:
    page.table.selectRow(0)
    detail = page.detail
    assert detail.title.text() == "单位产品综合能耗"
    sources = " ".join(str(i.sources) for i in detail.inputs_model.inputs)
    assert "tag:power_main_import_energy" in sources
    assert "tag:production_line1_output_total" in sources
    x, _y = detail.chart.plotted()
    assert len(x) == 12


def test_an_engineer_sets_a_target_and_the_table_follows(
    qtbot: QtBot, page: KpiPage, app_context: AppContext, monkeypatch
) -> None:
    assert not page.target_button.isEnabled()
    with app_context.startup.database.transaction() as session:
        info = create_user(session, SYSTEM, "wang", "a long enough password", Role.ENGINEER)
    app_context.session.sign_in(Actor("wang", Role.ENGINEER, info.id))
    assert page.target_button.isEnabled()
    page.table.selectRow(0)

    def fill(dialog: TargetDialog) -> int:
        dialog.baseline_spin.setValue(120.0)
        dialog.percent_spin.setValue(-10.0)
        dialog.department_edit.setText("能源管理部")
        dialog.person_edit.setText("赵敏")
        assert dialog.problems() == []
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TargetDialog, "exec", fill)
    page.target_button.click()
    qtbot.waitUntil(lambda: "赵敏" in cell(page, 0, "department"), timeout=20_000)
    with app_context.startup.database.reading() as session:
        target = active_targets(session)["energy_per_unit"].target
    assert target.target_value == pytest.approx(108.0)


def test_a_target_worse_than_the_baseline_is_refused_in_the_dialog(
    qtbot: QtBot, page: KpiPage
) -> None:
    row = page.model.rows[0]
    dialog = TargetDialog(page.context.startup.database, row.definition, None, page.period())
    qtbot.addWidget(dialog)
    dialog.baseline_spin.setValue(100.0)
    dialog.percent_spin.setValue(5.0)
    dialog.department_edit.setText("能源管理部")
    assert [p.code for p in dialog.problems()] == ["target_not_better"]


def test_period_presets() -> None:
    today = date(2026, 3, 15)
    assert preset_period("this_month", today) == (date(2026, 3, 1), today)
    assert preset_period("last_month", today) == (date(2026, 2, 1), date(2026, 2, 28))
    assert preset_period("year_to_date", today) == (date(2026, 1, 1), today)
    assert preset_period("last_12_months", today) == (date(2025, 4, 1), today)
