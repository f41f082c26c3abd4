"""From the Overview table an engineer enters a reading by hand, corrects one with a reason and
records a meter replacement; each lands in the database through the services, marked and
change-logged, and a viewer is not offered the actions."""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop_app.services.configuration import TagInfo
from desktop_app.services.manual_readings import corrections_of
from desktop_app.services.meter_replacements import replacements_of
from desktop_app.services.users import create_user
from desktop_app.ui.context import AppContext
from desktop_app.ui.dialogs.meter_replacement_dialog import MeterReplacementDialog
from desktop_app.ui.dialogs.reading_dialog import ReadingDialog
from desktop_app.ui.pages.overview import OverviewPage
from desktop_app.ui.reading_actions import ReadingActions
from domain.quality import Quality
from domain.roles import SYSTEM, Actor, Role
from storage.readings import fetch_points, insert_rows


@pytest.fixture
def engineer(app_context: AppContext) -> Actor:
    with app_context.startup.database.transaction() as session:
        info = create_user(session, SYSTEM, "wang", "a long enough password", Role.ENGINEER)
    return Actor("wang", Role.ENGINEER, info.id)


@pytest.fixture
def failures(monkeypatch) -> list[BaseException]:
    """What the actions would have shown in a message box (which would block a test)."""
    seen: list[BaseException] = []
    monkeypatch.setattr(ReadingActions, "_failed", lambda _self, error: seen.append(error))
    return seen


@pytest.fixture
def page(qtbot: QtBot, app_context: AppContext, failures) -> OverviewPage:
    widget = OverviewPage(app_context)
    qtbot.addWidget(widget)
    return widget


def counter(context: AppContext) -> TagInfo:
    return next(t for t in context.catalog.current.tags if t.is_counter)


def test_a_viewer_is_not_offered_changes_and_an_engineer_is(
    page: OverviewPage, app_context: AppContext, engineer: Actor
) -> None:
    tag = counter(app_context)
    assert not page.readings.may_enter() and not page.readings.may_replace_meter(tag)
    app_context.session.sign_in(engineer)
    assert page.readings.may_enter() and page.readings.may_replace_meter(tag)
    plain = next(t for t in app_context.catalog.current.tags if not t.is_counter)
    assert not page.readings.may_replace_meter(plain)


def test_an_engineer_enters_and_then_corrects_a_reading(
    qtbot: QtBot,
    page: OverviewPage,
    app_context: AppContext,
    engineer: Actor,
    failures,
    monkeypatch,
) -> None:
    app_context.session.sign_in(engineer)
    tag = next(t for t in app_context.catalog.current.tags if not t.is_counter)
    at_ms = (int(time.time()) - 1_800) * 1000  # half an hour ago, within the correction list

    def enter(dialog: ReadingDialog) -> int:
        dialog.time_edit.setDateTime(dialog.time_edit.dateTime().fromMSecsSinceEpoch(at_ms))
        dialog.value_spin.setValue(42.5)
        dialog.reason_edit.setText("read from the local display")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReadingDialog, "exec", enter)
    with qtbot.waitSignal(page.readings.saved, timeout=10_000):
        page.readings.enter(tag)

    def correct(dialog: ReadingDialog) -> int:
        qtbot.waitUntil(lambda: dialog.recent.count() > 0, timeout=5_000)
        for row in range(dialog.recent.count()):
            if dialog.recent.item(row).data(256) == at_ms:  # Qt.UserRole
                dialog.recent.setCurrentRow(row)
        assert dialog.current_label.text().startswith("42.5")
        dialog.value_spin.setValue(24.5)
        dialog.reason_edit.setText("digits swapped")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReadingDialog, "exec", correct)
    with qtbot.waitSignal(page.readings.saved, timeout=10_000):
        page.readings.correct(tag)
    assert failures == []
    database = app_context.startup.database
    with database.reading() as session:
        points = fetch_points(session.connection(), tag.id, at_ms, at_ms + 1)
        (story,) = corrections_of(session, tag.id, at_ms, at_ms)
    assert points.value.tolist() == [24.5]
    assert points.quality.tolist() == [int(Quality.CORRECTED)]
    assert (story.old_value, story.old_quality, story.actor_name, story.reason) == (
        42.5,
        Quality.MANUAL,
        "wang",
        "digits swapped",
    )


def test_the_replacement_dialog_starts_from_the_last_stored_reading(
    qtbot: QtBot, app_context: AppContext
) -> None:
    tag = counter(app_context)
    at_ms = (int(time.time()) - 7_200) * 1000
    with app_context.startup.database.transaction() as session:
        insert_rows(session.connection(), [(tag.id, at_ms, 1234.5, int(Quality.GOOD))])
    dialog = MeterReplacementDialog(app_context.startup.database, tag, tag.label)
    qtbot.addWidget(dialog)
    dialog.time_edit.setDateTime(dialog.time_edit.dateTime().fromMSecsSinceEpoch(at_ms + 60_000))
    qtbot.waitUntil(lambda: dialog.old_spin.value() == 1234.5, timeout=5_000)
    dialog.old_spin.setValue(1200.0)
    codes = [p.code for p in dialog.problems()]
    assert codes == ["below_last_reading", "reason_required"]
    dialog.try_accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "已" in dialog._problem_labels["old_final"].text()  # explained in Chinese


def test_an_engineer_records_a_meter_replacement(
    qtbot: QtBot,
    page: OverviewPage,
    app_context: AppContext,
    engineer: Actor,
    failures,
    monkeypatch,
) -> None:
    app_context.session.sign_in(engineer)
    tag = counter(app_context)
    at_ms = (int(time.time()) - 3_600) * 1000

    def fill(dialog: MeterReplacementDialog) -> int:
        dialog.time_edit.setDateTime(dialog.time_edit.dateTime().fromMSecsSinceEpoch(at_ms))
        dialog.old_spin.setValue(98_765.0)
        dialog.new_spin.setValue(0.0)
        dialog.reason_edit.setText("meter failed the calibration")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MeterReplacementDialog, "exec", fill)
    with qtbot.waitSignal(page.readings.saved, timeout=10_000):
        page.readings.replace_meter(tag)
    assert failures == []
    with app_context.startup.database.reading() as session:
        (record,) = replacements_of(session, tag.id)
    assert (record.ts_ms, record.old_final, record.new_start, record.user_name) == (
        at_ms,
        98_765.0,
        0.0,
        "wang",
    )
