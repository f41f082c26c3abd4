"""A running application context on a demo plant of its own (free ports, temporary data)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.services.startup import open_site
from desktop_app.ui.context import AppContext
from desktop_app.ui.fonts import apply_application_font
from desktop_app.ui.launch import build_context, shutdown

ENGINE_THREADS = ("bus-", "storage-writer", "demo-plant-sim", "alarm-monitor")


def engine_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith(ENGINE_THREADS)]


@pytest.fixture
def app_context(qapp, data_dir: Path, demo_port: int) -> Iterator[AppContext]:
    apply_application_font(qapp)
    startup = open_site(data_dir, demo_port=demo_port)
    context = build_context(startup, "zh_CN")
    yield context
    shutdown(context)
    context.language.switch("en")
    assert engine_threads() == [], "no engine thread may outlive the application"
