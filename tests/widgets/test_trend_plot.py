"""LiveTrendPlot: timer-driven redraw, gaps, bad-quality markers, follow mode and shutdown."""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
import pytest
import shiboken6
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QtMsgType
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.logging import _QtMessageCapture
from pytestqt.qtbot import QtBot

from domain.quality import Quality
from widgets.trend_plot import LiveTrendPlot
from widgets.trend_trace import trace_arrays

T0 = 1_750_000_000.0
BAD = int(Quality.OUT_OF_RANGE)


@pytest.fixture
def plot(qtbot: QtBot) -> LiveTrendPlot:
    widget = LiveTrendPlot(refresh_ms=20)
    qtbot.addWidget(widget)
    widget.resize(800, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _within_ms(expected: object) -> object:
    """Epoch seconds are ~1.75e9, so pytest.approx's default relative tolerance is ~30 min."""
    return pytest.approx(expected, rel=0, abs=1e-3)


def _curve_points(widget: LiveTrendPlot, key: str) -> tuple[np.ndarray, np.ndarray]:
    curve = widget.curve_item(key)
    x = np.asarray(curve.xData if curve.xData is not None else [], dtype=float)
    y = np.asarray(curve.yData if curve.yData is not None else [], dtype=float)
    return x, y


def _y_at(x: np.ndarray, y: np.ndarray, t: float) -> float:
    (idx,) = np.flatnonzero(x == t)
    return float(y[idx])


def _canvas(widget: LiveTrendPlot) -> pg.GraphicsLayoutWidget:
    canvas = widget.findChild(pg.GraphicsLayoutWidget)
    assert canvas is not None
    return canvas


def _view_boxes(widget: LiveTrendPlot) -> list[pg.ViewBox]:
    scene = _canvas(widget).scene()
    return [item for item in scene.items() if isinstance(item, pg.ViewBox)]


def _wheel(widget: LiveTrendPlot, steps: int) -> None:
    """Send a real wheel event to the middle of the plot canvas, as a mouse would."""
    viewport = _canvas(widget).viewport()
    pos = QPointF(viewport.width() * 0.6, viewport.height() * 0.4)
    event = QWheelEvent(
        pos,
        QPointF(viewport.mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)


def _drag_left(widget: LiveTrendPlot, pixels: int) -> None:
    """Pan by dragging with the left button across the middle of the plot."""
    viewport = _canvas(widget).viewport()
    start = QPointF(viewport.width() / 2, viewport.height() / 2)
    left = Qt.MouseButton.LeftButton
    steps = [start - QPointF(pixels * i / 10, 0) for i in range(11)]
    events = [(QEvent.Type.MouseButtonPress, steps[0], left, left)]
    events += [(QEvent.Type.MouseMove, pos, Qt.MouseButton.NoButton, left) for pos in steps[1:]]
    events.append((QEvent.Type.MouseButtonRelease, steps[-1], left, Qt.MouseButton.NoButton))
    for kind, pos, button, buttons in events:
        global_pos = QPointF(viewport.mapToGlobal(pos.toPoint()))
        event = QMouseEvent(kind, pos, global_pos, button, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)


def _feed_with_gaps(widget: LiveTrendPlot) -> tuple[np.ndarray, list[float | None]]:
    """20 one-second samples: None at 5, a bad value at 10, a 100 s outage before 15."""
    t = T0 + np.arange(20, dtype=float)
    t[15:] += 100.0
    values: list[float | None] = [float(i) for i in range(20)]
    values[5] = None
    values[10] = 99.0
    qualities = [0] * 20
    qualities[10] = BAD
    widget.append("a", t, values, qualities)
    return t, values


def test_append_only_stores_and_timer_draws_gaps(plot: LiveTrendPlot, qtbot: QtBot) -> None:
    plot.add_series("a", "Flow", "m³/h")
    t, _ = _feed_with_gaps(plot)
    assert _curve_points(plot, "a")[0].size == 0  # append itself never redraws
    qtbot.waitUntil(lambda: _curve_points(plot, "a")[0].size > 0, timeout=2000)
    x, y = _curve_points(plot, "a")
    assert _y_at(x, y, t[0]) == 0.0
    assert _y_at(x, y, t[4]) == 4.0
    assert np.isnan(_y_at(x, y, t[5]))  # missing value
    assert np.isnan(_y_at(x, y, t[10]))  # non-GOOD quality breaks the line
    between = (x > t[14]) & (x < t[15])
    assert between.sum() == 1 and np.isnan(y[between]).all()  # long pause becomes a gap
    inner = (x > t[0]) & (x < t[14])
    assert (~np.isin(x[inner], t)).sum() == 0  # no gap inserted within regular sampling
    assert plot.curve_item("a").opts["connect"] == "finite"


def test_bad_points_with_values_are_markers(plot: LiveTrendPlot, qtbot: QtBot) -> None:
    plot.add_series("a", "Flow", "m³/h")
    t = T0 + np.arange(6, dtype=float)
    plot.append("a", t, [1.0, 2.0, None, 4.0, 5.0, 6.0], [0, BAD, BAD, 0, 1, 0])
    markers = plot.marker_item("a")
    qtbot.waitUntil(lambda: markers.xData is not None and len(markers.xData) > 0, timeout=2000)
    assert markers.xData.tolist() == [t[1], t[4]]  # the bad point without a value is not drawn
    assert markers.yData.tolist() == [2.0, 5.0]
    assert markers.opts["symbol"] == "x"


def test_latest(plot: LiveTrendPlot) -> None:
    plot.add_series("a", "Flow", "m³/h")
    assert plot.latest("a") is None
    plot.append("a", [T0, T0 + 1], [3.5, None], [0, int(Quality.COMM_FAILURE)])
    assert plot.latest("a") == (T0 + 1, None, int(Quality.COMM_FAILURE))
    with pytest.raises(KeyError):
        plot.latest("missing")


def test_follow_keeps_right_edge_at_newest(plot: LiveTrendPlot, qtbot: QtBot) -> None:
    plot.add_series("a", "Flow", "m³/h")
    plot.set_window_seconds(60)
    plot.append("a", T0 + np.arange(100.0), np.ones(100), np.zeros(100))
    qtbot.waitUntil(lambda: plot.visible_range()[1] == _within_ms(T0 + 99), timeout=2000)
    assert plot.visible_range()[0] == _within_ms(T0 + 39)
    plot.append("a", [T0 + 150.0], [2.0], [0])
    qtbot.waitUntil(lambda: plot.visible_range()[1] == _within_ms(T0 + 150), timeout=2000)
    assert plot.follow()


def test_mouse_zoom_stops_follow_and_button_resumes(plot: LiveTrendPlot, qtbot: QtBot) -> None:
    plot.add_series("a", "Flow", "m³/h")
    plot.append("a", T0 + np.arange(1000.0), np.ones(1000), np.zeros(1000))
    qtbot.waitUntil(lambda: plot.visible_range()[1] == _within_ms(T0 + 999), timeout=2000)
    with qtbot.waitSignal(plot.follow_changed, timeout=2000) as blocker:
        _wheel(plot, 3)
    assert blocker.args == [False]
    assert not plot.follow()
    zoomed = plot.visible_range()
    assert zoomed[1] - zoomed[0] < 600
    plot.append("a", [T0 + 2000.0], [1.0], [0])
    qtbot.waitUntil(lambda: plot.curve_item("a").xData[-1] == T0 + 2000, timeout=2000)
    assert plot.visible_range() == _within_ms(zoomed)  # the view stays where the user put it
    button = plot.findChild(QToolButton)
    assert button is not None and not button.isChecked()
    with qtbot.waitSignal(plot.follow_changed, timeout=2000) as blocker:
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args == [True]
    assert plot.visible_range() == _within_ms((T0 + 1400, T0 + 2000))


def test_programmatic_range_change_counts_as_manual(plot: LiveTrendPlot, qtbot: QtBot) -> None:
    plot.add_series("a", "Flow", "m³/h")
    plot.append("a", T0 + np.arange(10.0), np.ones(10), np.zeros(10))
    qtbot.waitUntil(lambda: plot.visible_range()[1] == _within_ms(T0 + 9), timeout=2000)
    with qtbot.waitSignal(plot.follow_changed, timeout=2000) as blocker:
        plot.curve_item("a").getViewBox().setXRange(T0, T0 + 5, padding=0)
    assert blocker.args == [False]
    plot.set_follow(True)
    assert plot.visible_range()[1] == _within_ms(T0 + 9)


def test_resizing_does_not_stop_follow(plot: LiveTrendPlot, qtbot: QtBot) -> None:
    plot.add_series("a", "Flow", "m³/h")
    plot.add_series("b", "COD", "mg/L")
    plot.append("a", T0 + np.arange(10.0), np.ones(10), np.zeros(10))
    qtbot.waitUntil(lambda: plot.visible_range()[1] == _within_ms(T0 + 9), timeout=2000)
    with qtbot.assertNotEmitted(plot.follow_changed, wait=100):
        plot.resize(500, 300)
        plot.resize(1200, 700)
    assert plot.follow()


def test_one_view_per_unit_with_shared_time(plot: LiveTrendPlot, qtbot: QtBot) -> None:
    for key, unit in (("a", "m³/h"), ("b", "mg/L"), ("c", "m³/h"), ("d", "kWh"), ("e", "")):
        plot.add_series(key, key.upper(), unit)
        plot.append(key, T0 + np.arange(30.0), np.arange(30.0) * (ord(key) - 96), np.zeros(30))
    views = {key: plot.curve_item(key).getViewBox() for key in plot.series_keys()}
    assert views["a"] is views["c"]
    assert len({id(v) for v in views.values()}) == 4
    qtbot.waitUntil(lambda: plot.visible_range()[1] == _within_ms(T0 + 29), timeout=2000)
    for view in views.values():
        assert view.viewRange()[0] == _within_ms(plot.visible_range())
    # each unit auto-scales to its own data: e peaks at 29 * 5, b at 29 * 2
    qtbot.waitUntil(lambda: views["e"].viewRange()[1][1] >= 29 * 5, timeout=2000)
    qtbot.waitUntil(lambda: 29 * 2 <= views["b"].viewRange()[1][1] < 29 * 3, timeout=2000)
    before = plot.visible_range()
    with qtbot.waitSignal(plot.follow_changed, timeout=2000):
        _drag_left(plot, 200)  # the overlays lie under the first view, so it gets the mouse
    panned = plot.visible_range()
    assert panned[0] > before[0] + 10
    assert panned[1] - panned[0] == _within_ms(before[1] - before[0])
    for view in views.values():
        assert view.viewRange()[0] == _within_ms(panned)


def test_remove_series_removes_curve(plot: LiveTrendPlot, qtbot: QtBot) -> None:
    plot.add_series("a", "Flow", "m³/h")
    plot.add_series("b", "COD", "mg/L")
    curve_a = plot.curve_item("a")
    markers_a = plot.marker_item("a")
    assert curve_a.scene() is not None
    assert len(_view_boxes(plot)) == 2
    plot.remove_series("a")
    assert plot.series_keys() == ["b"]
    assert curve_a.scene() is None and markers_a.scene() is None
    assert plot.curve_item("b").scene() is not None
    assert _view_boxes(plot) == [plot.curve_item("b").getViewBox()]  # unused unit view dropped
    with pytest.raises(KeyError):
        plot.curve_item("a")
    plot.append("b", T0 + np.arange(5.0), np.ones(5), np.zeros(5))
    qtbot.waitUntil(lambda: plot.visible_range()[1] == _within_ms(T0 + 4), timeout=2000)
    plot.clear_series()
    assert plot.series_keys() == []


def test_trace_arrays_sorts_late_samples() -> None:
    t = np.array([3.0, 1.0, 2.0, 4.0])
    x, y, mx, my = trace_arrays(t, np.array([30.0, 10.0, 20.0, 40.0]), np.zeros(4, np.uint8), 3)
    assert x.tolist() == [1, 2, 3, 4]
    assert y.tolist() == [10, 20, 30, 40]
    assert mx.size == my.size == 0


def test_hidden_plot_stops_redrawing_and_is_destroyed_without_warnings(
    qtbot: QtBot, qtlog: _QtMessageCapture
) -> None:
    """Managed by hand (not qtbot.addWidget) so the test can watch the C++ object go away."""
    widget = LiveTrendPlot(refresh_ms=20)
    widget.add_series("a", "Flow", "m³/h")
    widget.add_series("b", "COD", "mg/L")
    widget.show()
    qtbot.waitExposed(widget)
    widget.append("a", [T0], [1.0], [0])
    qtbot.waitUntil(lambda: _curve_points(widget, "a")[0].size == 1, timeout=2000)
    widget.hide()
    widget.append("a", [T0 + 1], [1.0], [0])
    qtbot.wait(150)
    assert _curve_points(widget, "a")[0].size == 1  # hidden: the timer is stopped
    widget.show()
    qtbot.waitUntil(lambda: _curve_points(widget, "a")[0].size == 2, timeout=2000)
    widget.close()
    widget.append("a", [T0 + 2], [1.0], [0])
    qtbot.wait(150)
    assert _curve_points(widget, "a")[0].size == 2  # closed: the timer is stopped
    widget.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(widget), timeout=2000)
    warnings = [r for r in qtlog.records if r.type >= QtMsgType.QtWarningMsg and not r.ignored]
    assert warnings == []


def test_empty_plot_shows_the_clock_and_window_changes_keep_right_edge(
    plot: LiveTrendPlot, qtbot: QtBot
) -> None:
    right = plot.visible_range()[1]
    assert abs(right - time.time()) < 60
    assert plot.visible_range()[1] - plot.visible_range()[0] == _within_ms(600)
    plot.add_series("a", "Flow", "m³/h")
    plot.append("a", T0 + np.arange(10.0), np.ones(10), np.zeros(10))
    qtbot.waitUntil(lambda: plot.visible_range()[1] == _within_ms(T0 + 9), timeout=2000)
    plot.set_follow(False)
    plot.set_window_seconds(30)
    assert plot.visible_range() == _within_ms((T0 - 21, T0 + 9))
    assert not plot.follow()
    with pytest.raises(ValueError):
        plot.set_window_seconds(0)


def test_removing_a_series_moves_the_others_with_their_data(qtbot: QtBot) -> None:
    """Removing the first unit's series shifts the other series' data between views."""
    plot = LiveTrendPlot()
    qtbot.addWidget(plot)
    plot.show()
    for key, unit in (("a", "kW"), ("b", "m³/h"), ("c", "t/h")):
        plot.add_series(key, key, unit)
        plot.append(key, [100.0, 101.0, 102.0], [1.0, 2.0, 3.0], [0, 0, 0])
    plot.refresh()
    plot.remove_series("a")
    plot.add_series("a", "a again", "kW")
    plot.refresh()
    assert sorted(plot.series_keys()) == ["a", "b", "c"]
    _x, y = plot.curve_item("b").getData()
    assert list(y) == [1.0, 2.0, 3.0]


def test_series_label_changes_in_the_legend(qtbot: QtBot) -> None:
    plot = LiveTrendPlot()
    qtbot.addWidget(plot)
    plot.add_series("p", "有功功率", "kW")
    plot.set_series_label("p", "Active power")
    label = plot._legend.getLabel(plot.curve_item("p"))
    assert label.text == "Active power [kW]"


def test_redraw_pace_follows_the_pixel_rate_of_the_window(plot: LiveTrendPlot) -> None:
    """Redrawing faster than the view scrolls by a pixel shows nothing new and costs the GUI."""
    plot.set_window_seconds(2)
    assert plot.refresh_interval_ms() == 20  # short window: the fastest allowed pace
    plot.set_window_seconds(60)
    one_minute = plot.refresh_interval_ms()
    plot.set_window_seconds(120)
    two_minutes = plot.refresh_interval_ms()
    assert 20 < one_minute < two_minutes < 500
    assert two_minutes == pytest.approx(2 * one_minute, abs=1)
    plot.set_window_seconds(24 * 3600)
    assert plot.refresh_interval_ms() == 500  # a day on screen still shows new data promptly


def test_trends_on_one_screen_start_their_timers_out_of_step(qtbot: QtBot) -> None:
    """A wall of trends must not all repaint in the same event-loop pass."""
    first_fires = []
    for _ in range(4):
        widget = LiveTrendPlot(refresh_ms=200, window_seconds=2)
        qtbot.addWidget(widget)
        widget.resize(400, 200)
        widget.show()
        first_fires.append(widget._timer.interval())  # the first wait: pace × (1 + phase)
    assert all(200 <= wait < 400 for wait in first_fires)
    assert min(abs(a - b) for i, a in enumerate(first_fires) for b in first_fires[i + 1 :]) >= 10
