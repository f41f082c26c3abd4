"""LiveTrendPlot cursor read-out, CSV/PNG export of the visible range, saved views, toolbar."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMenu, QToolButton
from pytestqt.qtbot import QtBot

from domain.quality import Quality
from widgets.trend_cursor import local_time_text
from widgets.trend_plot import LiveTrendPlot

T0 = 1_750_000_000.0
BAD = int(Quality.OUT_OF_RANGE)
COMM = int(Quality.COMM_FAILURE)


@pytest.fixture
def plot(qtbot: QtBot) -> LiveTrendPlot:
    """Flow (1 s, a bad value at 10, a comm failure without value at 12) and power (every 2 s)."""
    widget = LiveTrendPlot(refresh_ms=20)
    qtbot.addWidget(widget)
    widget.resize(800, 400)
    widget.show()
    qtbot.waitExposed(widget)
    widget.add_series("flow", "新鲜水流量", "m³/h")
    widget.add_series("power", "Power", "kW")
    values: list[float | None] = [40.0 + i for i in range(30)]
    qualities = [0] * 30
    values[10], qualities[10] = 99.0, BAD
    values[12], qualities[12] = None, COMM
    widget.append("flow", T0 + np.arange(30.0), values, qualities)
    widget.append("power", T0 + np.arange(0.0, 30.0, 2.0), np.full(15, 800.0), np.zeros(15))
    widget.set_visible_range(T0, T0 + 29)
    widget.refresh()
    return widget


def test_cursor_label_reads_values_quality_and_gaps(plot: LiveTrendPlot) -> None:
    assert plot.cursor_text() == ""
    plot.set_cursor(T0 + 4)
    lines = plot.cursor_text().splitlines()
    assert lines == [local_time_text(T0 + 4), "新鲜水流量: 44.00 m³/h", "Power: 800.0 kW"]
    plot.set_cursor(T0 + 10.2)  # nearest sample is the bad one
    assert "新鲜水流量: 99.00 m³/h [Out of range]" in plot.cursor_text()
    plot.set_cursor(T0 + 12)
    assert "新鲜水流量: — [Communication failure]" in plot.cursor_text()
    plot.set_cursor(T0 + 500)  # far from any sample
    assert plot.cursor_text().splitlines()[1:] == ["新鲜水流量: —", "Power: —"]
    plot.set_cursor(None)
    assert plot.cursor_text() == ""


class _Tap:
    """What pyqtgraph's scene hands to sigMouseClicked, reduced to what the cursor reads."""

    def __init__(self, scene_pos: QPointF) -> None:
        self._pos = scene_pos

    def scenePos(self) -> QPointF:  # pyqtgraph's name
        return self._pos


def test_mouse_moves_and_taps_place_the_cursor(plot: LiveTrendPlot) -> None:
    host = plot._host
    scene = plot._canvas.scene()
    viewport = plot._canvas.viewport()
    scene_pos = host.mapViewToScene(host.viewRect().center())
    expected = host.mapSceneToView(scene_pos).x()
    scene.sigMouseMoved.emit(scene_pos)
    assert plot._cursor.position() == pytest.approx(expected)
    assert local_time_text(round(expected)) in plot.cursor_text()
    QApplication.sendEvent(viewport, QEvent(QEvent.Type.Leave))
    assert plot.cursor_text() == ""  # hover read-out goes away with the mouse
    scene.sigMouseClicked.emit(_Tap(scene_pos))
    QApplication.sendEvent(viewport, QEvent(QEvent.Type.Leave))
    assert plot._cursor.position() == pytest.approx(expected)  # a tap pins it for touch


def test_csv_export_of_the_visible_range(plot: LiveTrendPlot, tmp_path: Path) -> None:
    plot.set_visible_range(T0 + 8, T0 + 13)
    path = tmp_path / "trend.csv"
    rows_written = plot.export_csv(path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the Chinese label right
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:]
    assert header[0].startswith("Local time (UTC")
    assert header[1:] == ["新鲜水流量 [m³/h]", "新鲜水流量 quality", "Power [kW]", "Power quality"]
    assert rows_written == len(body) == 6  # T0+8 .. T0+13, one row per distinct time
    by_time = {row[0]: row[1:] for row in body}
    assert by_time[local_time_text(T0 + 8)] == ["48.0", "Good", "800.0", "Good"]
    assert by_time[local_time_text(T0 + 9)] == ["49.0", "Good", "", ""]  # power not sampled
    assert by_time[local_time_text(T0 + 10)] == ["99.0", "Out of range", "800.0", "Good"]
    assert by_time[local_time_text(T0 + 12)] == ["", "Communication failure", "800.0", "Good"]


def test_png_export_is_a_picture_of_the_plot(plot: LiveTrendPlot, tmp_path: Path) -> None:
    path = tmp_path / "trend.png"
    assert plot.export_png(path)
    image = QImage(str(path))
    assert not image.isNull()
    assert image.width() >= 400 and image.height() >= 200
    assert path.stat().st_size > 1000


def test_export_menu_asks_the_application(plot: LiveTrendPlot, qtbot: QtBot) -> None:
    menu = plot.findChild(QMenu)
    assert menu is not None
    csv_action, png_action = menu.actions()
    with qtbot.waitSignal(plot.export_requested) as blocker:
        csv_action.trigger()
    assert blocker.args == ["csv"]
    with qtbot.waitSignal(plot.export_requested) as blocker:
        png_action.trigger()
    assert blocker.args == ["png"]
    buttons = plot.findChildren(QToolButton)
    assert all(b.minimumHeight() >= 44 for b in buttons)  # touch-sized


def test_view_state_round_trip(plot: LiveTrendPlot, qtbot: QtBot) -> None:
    plot.set_window_seconds(20)
    plot.set_visible_range(T0 + 2, T0 + 22)
    plot.set_value_range("kW", (0.0, 1000.0))
    state = json.loads(json.dumps(plot.view_state()))  # JSON-serialisable as is
    assert state["series"] == ["flow", "power"]
    assert state["follow"] is False
    assert state["range"] == pytest.approx([T0 + 2, T0 + 22])
    assert state["y_ranges"] == {"kW": [0.0, 1000.0]}
    other = LiveTrendPlot()
    qtbot.addWidget(other)
    other.resize(800, 400)
    for key, label, unit in (("flow", "Flow", "m³/h"), ("power", "Power", "kW")):
        other.add_series(key, label, unit)
    other.restore_view_state(state)
    assert other.view_state() == state
    other.restore_view_state({"follow": True, "window_s": 120})
    assert other.follow() and other.window_seconds() == 120
    other.restore_view_state({"range": "garbage", "follow": False, "window_s": -3})
    assert other.follow() and other.window_seconds() == 120  # broken views fall back
