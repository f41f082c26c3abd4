"""The package dialogs: the import dialog shows an action changed on both sides side by side
and takes theirs when told; an inspector sees the conflict but cannot decide it; the export
dialog writes the ticked runs. No SQL runs on the GUI thread while they work."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from desktop_app.services.actions import get_action, update_action
from desktop_app.services.checklist_templates import import_template
from desktop_app.services.run_packages import export_runs, import_package, inspect_package
from desktop_app.services.users import create_user
from desktop_app.ui.context import AppContext
from desktop_app.ui.packages_dialog import ExportRunsDialog, ImportPackageDialog
from domain.roles import SYSTEM, Actor, Role
from tests.conftest import free_port_block
from tests.desktop_app.services.package_samples import (
    PASSWORD,
    TEMPLATE,
    Side,
    finished_run,
    open_side,
)


@pytest.fixture(autouse=True)
def english(app_context):
    """These tests read the English sentences; the shipped catalogue would show Chinese."""
    app_context.language.switch("en")


WAIT_MS = 20_000


@contextmanager
def no_sql_on_the_gui_thread(context: AppContext) -> Iterator[None]:
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


@pytest.fixture
def people(app_context: AppContext) -> dict[str, Actor]:
    """The plant PC (the application's own site): an engineer, an inspector, the template."""
    actors = {}
    with app_context.startup.database.transaction() as session:
        for name, role in (("wang", Role.ENGINEER), ("li", Role.INSPECTOR)):
            info = create_user(session, SYSTEM, name, PASSWORD, role)
            actors[name] = Actor(info.name, info.role, info.id)
        import_template(session, actors["wang"], TEMPLATE)
    return actors


@pytest.fixture
def tablet(tmp_path: Path) -> Iterator[Side]:
    side = open_side(tmp_path / "tablet", free_port_block(2), "tablet")
    yield side
    side.database.close()


@pytest.fixture
def conflicting(app_context: AppContext, people, tablet: Side, tmp_path: Path):
    """A package whose action was changed on the tablet while the PC changed it too."""
    database = app_context.startup.database
    run_id, (action_id,) = finished_run(tablet)
    first, second = tmp_path / "first.qyrun", tmp_path / "second.qyrun"
    with tablet.database.transaction() as session:
        export_runs(session, tablet.inspector, tablet.data_dir, [run_id], first)
    with database.transaction() as session:
        import_package(session, people["li"], database.data_dir, first)
        update_action(session, people["wang"], action_id, person="陈")
    with tablet.database.transaction() as session:
        update_action(session, tablet.engineer, action_id, person="王工")
        export_runs(session, tablet.inspector, tablet.data_dir, [run_id], second)
    return action_id, second


def open_dialog(qtbot: QtBot, context: AppContext, package: Path) -> ImportPackageDialog:
    dialog = ImportPackageDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    with no_sql_on_the_gui_thread(context):
        dialog.load(package)
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT_MS)
    return dialog


def test_a_conflict_is_shown_side_by_side_and_theirs_taken(
    qtbot: QtBot, app_context: AppContext, people, conflicting
) -> None:
    action_id, package = conflicting
    app_context.session.sign_in(people["wang"])
    dialog = open_dialog(qtbot, app_context, package)
    (box,) = dialog.conflict_boxes
    assert box.conflict.action_id == action_id and dialog.conflicts_area.isVisible()
    texts = [label.text() for label in box.findChildren(QLabel)]
    row = texts.index("陈")
    assert texts[row + 1] == "王工", "ours and theirs side by side"
    assert box.ours_button.isEnabled() and box.theirs_button.isEnabled()
    assert dialog.resolutions() == {} and dialog.import_button.isEnabled()
    assert "1" in dialog.status_label.text()

    box.theirs_button.click()
    assert dialog.resolutions() == {action_id: "theirs"}
    with (
        no_sql_on_the_gui_thread(app_context),
        qtbot.waitSignal(dialog.imported, timeout=WAIT_MS) as blocker,
    ):
        dialog.import_button.click()
    report = blocker.args[0]
    assert report.resolved == ((action_id, "theirs"),) and report.conflicts == ()
    assert not dialog.import_button.isEnabled() and dialog.conflict_boxes == []
    with app_context.startup.database.reading() as session:
        assert get_action(session, action_id).person == "王工"


def test_an_inspector_sees_the_conflict_but_it_stays(
    qtbot: QtBot, app_context: AppContext, people, conflicting
) -> None:
    action_id, package = conflicting
    app_context.session.sign_in(people["li"])
    dialog = open_dialog(qtbot, app_context, package)
    (box,) = dialog.conflict_boxes
    assert not box.ours_button.isEnabled() and not box.theirs_button.isEnabled()
    assert "engineer" in dialog.conflicts_label.text()
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS) as blocker:
        dialog.import_button.click()
    assert [c.action_id for c in blocker.args[0].conflicts] == [action_id]
    with app_context.startup.database.reading() as session:
        assert get_action(session, action_id).person == "陈"


def test_a_file_that_is_not_a_package_is_explained(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    noise = tmp_path / "noise.qyrun"
    noise.write_bytes(b"not a zip at all" * 64)
    dialog = ImportPackageDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.load(noise)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert "not a Qingyuan run package" in dialog.status_label.text()
    assert dialog.preview is None and not dialog.import_button.isEnabled()


def test_the_export_dialog_writes_the_ticked_runs(
    qtbot: QtBot, app_context: AppContext, people, tmp_path: Path
) -> None:
    database = app_context.startup.database
    pc = Side("pc", database.data_dir, database, people["li"], people["wang"], people["li"])
    first, _ = finished_run(pc)
    finished_run(pc, valve="pass")
    app_context.session.sign_in(people["li"])
    dialog = ExportRunsDialog(app_context)
    qtbot.addWidget(dialog)
    with no_sql_on_the_gui_thread(app_context):
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=WAIT_MS)
        assert not dialog.export_button.isEnabled()
        row = [run.id for run in dialog.runs].index(first)
        dialog.table.item(row, 0).setCheckState(Qt.CheckState.Checked)
        assert dialog.chosen_ids() == [first] and dialog.export_button.isEnabled()
        out = tmp_path / "usb" / "one.qyrun"
        with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS) as blocker:
            dialog.export_to(out)
    assert blocker.args[0].runs == (first,)
    assert [run.id for run in inspect_package(out).runs] == [first]
    assert str(out) in dialog.status_label.text()
