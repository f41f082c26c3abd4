"""The GUI thread never touches the database or a Modbus socket once the window is up."""

from __future__ import annotations

import sys
import threading

from pytestqt.qtbot import QtBot
from sqlalchemy import event

from desktop_app.ui.context import AppContext
from desktop_app.ui.main_window import PAGE_KEYS, MainWindow

_watch: dict[str, object] = {"thread": None, "events": []}


def _audit(name: str, _args: tuple) -> None:
    if _watch["thread"] is threading.current_thread() and name.startswith(
        ("socket.connect", "socket.sendto", "sqlite3.connect")
    ):
        _watch["events"].append(name)


sys.addaudithook(_audit)


def test_no_database_or_modbus_io_on_the_gui_thread(qtbot: QtBot, app_context: AppContext) -> None:
    executed_on_gui: list[str] = []
    gui_thread = threading.current_thread()

    def on_execute(_conn, _cursor, statement, *_rest) -> None:
        if threading.current_thread() is gui_thread:
            executed_on_gui.append(statement)

    engine = app_context.startup.database.engine
    event.listen(engine, "before_cursor_execute", on_execute)
    _watch["thread"], _watch["events"] = gui_thread, []
    try:
        window = MainWindow(app_context)
        qtbot.addWidget(window)
        window.show()
        app_context.runtime.start()
        model = window.pages["overview"].model
        qtbot.waitUntil(lambda: app_context.runtime.summary().writer.written > 100, timeout=20_000)
        for key in PAGE_KEYS:  # every page, including those that load from the database
            window.show_page(key)
            qtbot.wait(150)
        qtbot.waitUntil(lambda: model.latest(model.tag_at(0).id) is not None, timeout=5000)
    finally:
        _watch["thread"] = None
        event.remove(engine, "before_cursor_execute", on_execute)
    assert executed_on_gui == []
    assert _watch["events"] == []
