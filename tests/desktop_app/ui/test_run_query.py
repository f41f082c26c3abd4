"""Background queries run off the GUI thread and report back on it, or not at all if the owner
is gone."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_app.ui.run_query import query_pool, run_query


def test_the_result_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    gui = threading.current_thread()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.current_thread()
        return 42

    def done(value: int) -> None:
        seen["value"], seen["delivered_on"] = value, threading.current_thread()

    run_query(owner, work, done)
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen["value"] == 42
    assert seen["worker"] is not gui and seen["delivered_on"] is gui


def test_errors_reach_the_error_handler(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    errors: list[BaseException] = []

    def fail() -> None:
        raise ValueError("disk full")

    run_query(owner, fail, lambda _v: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert str(errors[0]) == "disk full"


def test_nothing_is_delivered_to_a_closed_owner(qtbot: QtBot) -> None:
    owner = QWidget()
    release = threading.Event()
    delivered: list[int] = []
    run_query(owner, lambda: release.wait(5) and 1, delivered.append)
    owner.deleteLater()
    qtbot.wait(50)
    release.set()
    query_pool().waitForDone(5000)
    qtbot.wait(100)
    assert delivered == []
