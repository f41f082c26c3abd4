"""RunWriter: writes of one run go one at a time in order, a queued write is replaced by a newer
one with the same key, a refusal is reported and dropped, any other failure waits for Retry."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from pytestqt.qtbot import QtBot

from desktop_app.services.errors import ConfigurationError
from desktop_app.ui.inspection.run_writer import FAILED, SAVED, RunWriter


class FakeDatabase:
    """Records which writes ran; `gate` holds the first write until the test releases it."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.gate.set()

    @contextmanager
    def transaction(self) -> Iterator[object]:
        self.gate.wait(5)
        yield object()


def test_writes_run_in_order_and_a_queued_one_is_replaced(qtbot: QtBot) -> None:
    database = FakeDatabase()
    writer = RunWriter(database)  # type: ignore[arg-type]
    done: list[str] = []
    database.gate.clear()
    writer.submit("answer:a", lambda _s: "a=1", done.append)
    writer.submit("answer:b", lambda _s: "b=1", done.append)
    writer.submit("answer:b", lambda _s: "b=2", done.append)  # replaces b=1, not yet sent
    writer.submit("answer:c", lambda _s: "c=1", done.append)
    assert writer.busy()
    database.gate.set()
    with qtbot.waitSignal(writer.drained, timeout=5000):
        pass
    assert done == ["a=1", "b=2", "c=1"]
    assert writer.state == SAVED and not writer.busy()


def test_a_refusal_is_reported_and_a_failure_waits_for_retry(qtbot: QtBot) -> None:
    writer = RunWriter(FakeDatabase())  # type: ignore[arg-type]
    refused: list[BaseException] = []

    def refuse(_session: object) -> None:
        raise ConfigurationError("too_many_photos", "2", "ph")

    writer.submit("photo:1", refuse, on_refused=refused.append)
    qtbot.waitUntil(lambda: bool(refused) and not writer.busy())
    assert refused[0].code == "too_many_photos" and not writer.has_failures()

    attempts: list[int] = []

    def flaky(_session: object) -> str:
        attempts.append(1)
        if len(attempts) == 1:
            raise OSError("database is locked")
        return "ok"

    results: list[str] = []
    writer.submit("answer:a", flaky, results.append)
    qtbot.waitUntil(lambda: writer.state == FAILED)
    assert writer.has_failures() and results == []
    writer.retry()
    qtbot.waitUntil(lambda: writer.state == SAVED)
    assert results == ["ok"] and not writer.has_failures()
