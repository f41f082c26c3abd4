"""The Projects page: the register with its economics and filters, the ROI view of the selected
option (figures, money lines, cumulative discounted cash flow, realised vs promised), new and
edited options through the dialog, the status steps, and the sign-in rule for writing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.services.project_queries import (
    AmountLine,
    EffectLine,
    ProjectFields,
    get_project,
)
from desktop_app.services.projects import create_project, set_amounts, set_effects
from desktop_app.services.users import create_user
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.project_dialog import ProjectDialog, ProjectDraft
from desktop_app.ui.models.project_models import PROJECT_COLUMNS, ProjectTableModel
from desktop_app.ui.pages.projects import ProjectsPage
from domain.projects import ProjectStatus, cumulative_discounted
from domain.roles import SYSTEM, Actor, Role

WAIT_MS = 10_000
HEAT_LINES = (
    AmountLine("investment", "equipment", 80_000.0),
    AmountLine("investment", "installation", 20_000.0),
    AmountLine("saving", "energy", 25_000.0, "燃气"),
    AmountLine("revenue", "waste_heat", 5_000.0),
)


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(ProjectsPage, "warn", lambda _self, _title, text: seen.append(text))
    return seen


@pytest.fixture
def options(app_context: AppContext) -> dict[str, str]:
    with app_context.startup.database.transaction() as session:
        heat = create_project(
            session,
            SYSTEM,
            ProjectFields(
                code="F-2026-04",
                title="锅炉烟气余热回收",
                cost_class="high",
                source_kind="review",
                life_years=5,
                expected_energy_kgce=9_000.0,
            ),
        )
        set_amounts(session, SYSTEM, heat, HEAT_LINES)
        set_effects(session, SYSTEM, heat, [EffectLine("energy_per_unit", -2.5, "kgce/t")])
        led = create_project(session, SYSTEM, ProjectFields(code="F-2026-03", title="LED照明改造"))
    return {"heat": heat, "led": led}


@pytest.fixture
def page(qtbot: QtBot, app_context: AppContext, options, warnings) -> ProjectsPage:
    widget = ProjectsPage(app_context)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    with qtbot.waitSignal(widget.loaded, timeout=WAIT_MS):
        widget.show()
    return widget


def sign_in_engineer(app_context: AppContext) -> None:
    with app_context.startup.database.transaction() as session:
        user = create_user(session, SYSTEM, "wang", "a long enough password", Role.ENGINEER)
    app_context.session.sign_in(Actor("wang", user.role, user.id))


def cell(page: ProjectsPage, row: int, column: str) -> str:
    return page.model.index(row, PROJECT_COLUMNS.index(column)).data()


def test_the_register_shows_the_economics_in_chinese_and_english(qtbot, page, app_context) -> None:
    assert [p.code for p in page.model.projects()] == ["F-2026-03", "F-2026-04"]
    assert cell(page, 1, "class") == "中/高费" and cell(page, 1, "status") == "已提出"
    assert cell(page, 1, "investment") == "10.00 万元"
    app_context.language.switch("en")
    qtbot.waitUntil(lambda: cell(page, 1, "class") == "Medium/high cost", timeout=WAIT_MS)
    assert page.title_label.text() == "Improvement projects"
    assert cell(page, 1, "investment") == "100,000 CNY"
    assert cell(page, 1, "benefit") == "30,000 CNY/yr"
    assert cell(page, 1, "roi") == "30.0 %" and cell(page, 1, "payback") == "3.3 yr"
    assert cell(page, 1, "npv") == "19,781 CNY" and cell(page, 1, "irr") == "15.2 %"
    assert cell(page, 0, "roi") == "—"  # nothing invested yet: no ratio


def test_filters_by_class_and_status(page) -> None:
    page.set_filters("high", None)
    assert [p.code for p in page.model.projects()] == ["F-2026-04"]
    page.set_filters(None, "approved")
    assert page.model.rowCount() == 0
    page.set_filters(None, None)
    assert page.model.rowCount() == 2


def test_the_roi_view_of_the_selected_option(qtbot, page, app_context, options) -> None:
    app_context.language.switch("en")
    with qtbot.waitSignal(page.savings_loaded, timeout=WAIT_MS):
        assert page.select(options["heat"])
    detail = page.detail
    qtbot.waitUntil(lambda: detail.figure_names["roi"].text().startswith("ROI"), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "CNY" in detail.figure_values["npv"].text(), timeout=WAIT_MS)
    assert detail.figure_values["roi"].text() == "30.0 %"
    assert detail.figure_values["npv"].text() == "19,781 CNY (5 years at 8.0 %)"
    assert detail.figure_values["irr"].text() == "15.2 %"
    assert detail.lines_model.lines() == HEAT_LINES
    assert detail.chart.values() == pytest.approx(
        cumulative_discounted(100_000.0, 30_000.0, 5, 0.08)
    )
    assert detail.realised_labels["kgce_promised"].text() == "9,000.0 kgce/yr"
    assert detail.realised_labels["cny_promised"].text() == "25,000 CNY/yr"
    assert detail.realised_labels["kgce_realised"].text() == "—"
    assert "once the option is implemented" in detail.realised_labels["note"].text()


def test_writing_needs_an_engineer(page, app_context, options) -> None:
    page.select(options["heat"])
    assert not page.new_button.isEnabled() and not page.detail.edit_button.isEnabled()
    approve = page.step_button(ProjectStatus.APPROVED)
    assert approve is not None and not approve.isEnabled()
    sign_in_engineer(app_context)
    assert page.new_button.isEnabled() and page.detail.edit_button.isEnabled()
    approve = page.step_button(ProjectStatus.APPROVED)
    assert approve is not None and approve.isEnabled()


def test_new_and_edited_options_go_through_the_dialog(
    qtbot, page, app_context, monkeypatch
) -> None:
    sign_in_engineer(app_context)
    draft = ProjectDraft(
        ProjectFields(code="F-2026-07", title="空压机变频改造", cost_class="high"),
        (AmountLine("investment", "equipment", 200_000.0), AmountLine("saving", "energy", 1e5)),
        (),
    )
    monkeypatch.setattr(ProjectsPage, "edit_dialog", lambda _self, _existing: draft)
    with qtbot.waitSignal(page.changed, timeout=WAIT_MS) as written:
        page.new_button.click()
    new_id = written.args[0]
    qtbot.waitUntil(lambda: page.selected() is not None and page.selected().id == new_id)
    assert page.selected().economics.payback_years == pytest.approx(2.0)
    edited = ProjectDraft(
        ProjectFields(code="F-2026-07", title="空压机变频改造（二期）", cost_class="high"),
        draft.amounts,
        (),
    )
    monkeypatch.setattr(ProjectsPage, "edit_dialog", lambda _self, _existing: edited)
    with qtbot.waitSignal(page.changed, timeout=WAIT_MS):
        page.detail.edit_button.click()
    with app_context.startup.database.reading() as session:
        assert get_project(session, new_id).title == "空压机变频改造（二期）"


def test_duplicate_number_is_refused_with_a_sentence(
    qtbot, page, app_context, monkeypatch, warnings
) -> None:
    sign_in_engineer(app_context)
    draft = ProjectDraft(ProjectFields(code="F-2026-04", title="again"), (), ())
    monkeypatch.setattr(ProjectsPage, "edit_dialog", lambda _self, _existing: draft)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.new_button.click()
    assert warnings == ["编号 F-2026-04 已被其他方案使用。"]
    assert page.model.rowCount() == 2


def test_approve_then_implement_on_a_chosen_day(
    qtbot, page, app_context, options, monkeypatch
) -> None:
    sign_in_engineer(app_context)
    page.select(options["heat"])
    with qtbot.waitSignal(page.changed, timeout=WAIT_MS):
        page.step_button(ProjectStatus.APPROVED).click()
    qtbot.waitUntil(lambda: page.step_button(ProjectStatus.IMPLEMENTED) is not None)
    day = date.today() - timedelta(days=3)
    monkeypatch.setattr(ProjectsPage, "ask_implemented_on", lambda _self: day)
    with qtbot.waitSignal(page.changed, timeout=WAIT_MS):
        page.step_button(ProjectStatus.IMPLEMENTED).click()
    qtbot.waitUntil(lambda: page.selected().status is ProjectStatus.IMPLEMENTED)
    assert page.selected().implemented_on == day
    note = page.detail.realised_labels["note"]
    qtbot.waitUntil(lambda: note.text() != "", timeout=WAIT_MS)  # why it cannot be judged yet
    assert page.detail.step_buttons == []  # implemented is final
    assert page.detail.realised_labels["kgce_realised"].text() == "—"


def test_the_dialog_shows_an_option_and_gives_it_back(qtbot, app_context, options) -> None:
    with app_context.startup.database.reading() as session:
        heat = get_project(session, options["heat"])
    dialog = ProjectDialog(heat, chinese=True)
    qtbot.addWidget(dialog)
    draft = dialog.value()
    assert draft.fields == heat.fields
    assert draft.amounts == heat.amounts and draft.effects == heat.effects
    dialog.code_edit.setText("")
    assert [p.code for p in dialog.problems()] == ["code_required"]
    dialog.add_effect(EffectLine("energy_per_unit", 1.0))
    assert "duplicate_line" in [p.code for p in dialog.problems()]


def test_the_table_model_keeps_qt_rules(qtmodeltester, app_context, options) -> None:
    with app_context.startup.database.reading() as session:
        rows = [get_project(session, i) for i in options.values()]
    model = ProjectTableModel(True)
    model.set_rows(rows)
    qtmodeltester.check(model)
