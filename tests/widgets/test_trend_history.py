"""LiveTrendPlot history on demand: debounced requests, installing answers, band and gaps."""

from __future__ import annotations

import time

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from domain.quality import Quality
from tests.widgets.test_trend_plot import _wheel
from widgets.quality_names import NOT_VALID, quality_name
from widgets.trend_history import HistoryBlock, HistoryPlanner, resolution_text
from widgets.trend_plot import LiveTrendPlot

T0 = 1_750_000_000.0
BAD = int(Quality.OUT_OF_RANGE)
Request = tuple[str, float, float, int]


@pytest.fixture
def plot(qtbot: QtBot) -> LiveTrendPlot:
    """1000 one-second samples from T0, following live: the view is T0+399..T0+999."""
    widget = LiveTrendPlot(refresh_ms=20)
    qtbot.addWidget(widget)
    widget.resize(800, 400)
    widget.show()
    qtbot.waitExposed(widget)
    widget.add_series("a", "Flow", "m³/h")
    widget.append("a", T0 + np.arange(1000.0), np.full(1000, 40.0), np.zeros(1000))
    qtbot.waitUntil(lambda: widget.visible_range()[1] == pytest.approx(T0 + 999, abs=1e-3))
    return widget


def _record(widget: LiveTrendPlot) -> list[tuple[float, Request]]:
    seen: list[tuple[float, Request]] = []
    widget.history_requested.connect(lambda *args: seen.append((time.perf_counter(), tuple(args))))
    return seen


def _rollups(start: float, end: float) -> dict[str, np.ndarray]:
    """1-min buckets over start..end: bucket 10 missing, bucket 20 out of range."""
    t = np.arange(start, end - 30, 60.0) + 30.0
    avg = 40.0 + np.arange(t.size) % 7
    quality = np.zeros(t.size, np.uint8)
    quality[20] = BAD
    keep = np.arange(t.size) != 10
    return {
        "t": t[keep],
        "value": avg[keep],
        "minimum": avg[keep] - 1,
        "maximum": avg[keep] + 2,
        "quality_or_valid": quality[keep],
        "all_t": t,
    }


def _install(widget: LiveTrendPlot, request: Request) -> dict[str, np.ndarray]:
    key, start, end, _pixels = request
    data = _rollups(start, end)
    arrays = {k: v for k, v in data.items() if k != "all_t"}
    assert widget.set_history(key, resolution_label=60.0, **arrays)  # type: ignore[arg-type]
    return data


def test_zoom_out_requests_history_once_after_a_pause(plot: LiveTrendPlot, qtbot: QtBot) -> None:
    seen = _record(plot)
    last_wheel = 0.0
    for _ in range(3):  # a quick series of wheel steps is one gesture
        _wheel(plot, -2)
        last_wheel = time.perf_counter()
        qtbot.wait(40)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=2000)
    assert seen[0][0] - last_wheel >= 0.12  # debounced (150 ms)
    key, start, end, pixels = seen[0][1]
    x0, x1 = plot.visible_range()
    assert key == "a"
    assert x0 < T0  # zoomed out past the live data
    assert start < x0  # with a margin, so a small pan needs no new request
    assert end == pytest.approx(T0)  # up to where the live ring takes over
    assert pixels > 0.5 * plot.width() * (end - start) / (x1 - x0)
    assert plot.history_pending() == ["a"]
    qtbot.waitUntil(lambda: "Loading history…" in plot.status_text(), timeout=1000)
    qtbot.wait(400)
    assert len(seen) == 1  # once per series per new range
    plot.set_visible_range(x0 + 5, x1 + 5)  # a small pan inside the requested span
    qtbot.wait(300)
    assert len(seen) == 1
    plot.set_visible_range(start - 5000, x1)  # further out: a new request
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=2000)
    assert seen[1][1][1] < start - 5000


def test_a_silent_series_is_asked_for_once_while_following(
    plot: LiveTrendPlot, qtbot: QtBot
) -> None:
    seen = _record(plot)
    plot.add_series("b", "COD", "mg/L")  # no live data: its whole view needs history
    for step in range(6):
        plot.append("a", [T0 + 1000 + step], [40.0], [0])
        qtbot.wait(200)  # the view scrolls each time, after the debounce has fired
    assert [args[0] for _t, args in seen] == ["b"]
    assert plot.follow()


def test_no_request_while_live_data_covers_the_view(plot: LiveTrendPlot, qtbot: QtBot) -> None:
    seen = _record(plot)
    _wheel(plot, 3)  # zoom in
    qtbot.wait(400)
    assert seen == []
    assert plot.history_pending() == []
    assert plot.status_text() == "Raw samples"


def test_history_draws_band_average_gaps_and_bad_marks(plot: LiveTrendPlot, qtbot: QtBot) -> None:
    seen = _record(plot)
    plot.set_visible_range(T0 - 3600, T0 + 600)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=2000)
    data = _install(plot, seen[0][1])
    assert plot.history_pending() == []
    curve = plot.curve_item("a")
    qtbot.waitUntil(lambda: curve.xData is not None and curve.xData[0] < T0, timeout=2000)
    x, y = np.asarray(curve.xData), np.asarray(curve.yData)
    t = data["all_t"]
    assert y[x == t[9]][0] == 40.0 + 9 % 7  # the average line
    between = (x > t[9]) & (x < t[11])
    assert between.any() and np.isnan(y[between]).all()  # the missing bucket is a gap
    assert np.isnan(y[x == t[20]]).all()  # a bad bucket breaks the line ...
    markers = plot.marker_item("a")
    assert t[20] in np.asarray(markers.xData)  # ... and is marked
    assert y[x == T0 + 5][0] == 40.0  # live data continues after the history
    band = plot.band_item("a").path()
    runs = band.toSubpathPolygons()
    assert len(runs) == 3  # split at the missing and at the bad bucket
    bounds = band.boundingRect()
    assert bounds.top() == pytest.approx(data["minimum"].min())
    assert bounds.bottom() == pytest.approx(data["maximum"].max())
    assert bounds.right() < T0
    qtbot.waitUntil(lambda: plot.status_text() == "1 min averages · Raw samples", timeout=1000)


def test_stale_answers_are_dropped(plot: LiveTrendPlot, qtbot: QtBot) -> None:
    seen = _record(plot)
    plot.set_visible_range(T0 - 3600, T0 + 600)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=2000)
    plot.set_visible_range(T0 - 90_000, T0 - 80_000)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=2000)
    _key, start, end, _pixels = seen[0][1]
    old = plot.set_history("a", [start + 30], [1.0], start_s=start, end_s=end)
    assert old is False  # the user has moved on: an out-of-order answer must not win
    assert plot.history_pending() == ["a"]
    _key, start, end, _pixels = seen[1][1]
    assert plot.set_history("a", [start + 30], [1.0], start_s=start, end_s=end)
    assert plot.history_pending() == []
    assert plot.set_history("gone", [1.0], [1.0]) is False  # removed series: ignored


def test_raw_history_and_validity_flags(plot: LiveTrendPlot, qtbot: QtBot) -> None:
    seen = _record(plot)
    plot.set_visible_range(T0 - 600, T0 + 600)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=2000)
    t = T0 - 500 + np.arange(5.0)
    valid = np.array([True, True, False, True, True])
    assert plot.set_history("a", t, [1.0, 2.0, 3.0, None, 5.0], None, None, valid, 0)
    plot.refresh()
    assert plot.band_item("a").path().isEmpty()  # raw samples: no band
    samples_text = plot.status_text()
    assert samples_text == "Raw samples"
    plot.set_cursor(t[2])
    assert "[Not valid]" in plot.cursor_text()
    assert quality_name(NOT_VALID) == "Not valid"


def test_clear_history_asks_again(plot: LiveTrendPlot, qtbot: QtBot) -> None:
    seen = _record(plot)
    plot.set_visible_range(T0 - 3600, T0 + 600)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=2000)
    _install(plot, seen[0][1])
    plot.clear_history()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=2000)
    assert seen[1][1] == seen[0][1]


def test_planner_coverage_density_and_open_end() -> None:
    planner = HistoryPlanner(margin=0.5, refine=2.0)
    first = planner.plan("k", (1000.0, 2000.0), 1000, 1500.0, False, live_edge=2000.0)
    assert first is not None
    assert (first.start, first.end, first.open_ended) == (500.0, 1500.0, True)
    assert first.pixels == 1000
    assert planner.pending() == {"k"}
    assert planner.plan("k", (900.0, 1900.0), 1000, 1500.0, False, live_edge=3000.0) is None
    planner.resolve("k")
    assert planner.plan("k", (1000.0, 1400.0), 1000, 1500.0, False, live_edge=3000.0) is not None
    # zoomed in 2.5x on rollups: finer buckets are asked for ...
    planner.forget("k")
    planner.plan("k", (0.0, 1000.0), 100, None, False, live_edge=3000.0)
    planner.resolve("k")
    assert planner.plan("k", (100.0, 500.0), 100, None, False, live_edge=3000.0) is not None
    # ... but raw history is as fine as it gets
    planner.forget("k")
    planner.plan("k", (0.0, 1000.0), 100, None, False, live_edge=3000.0)
    planner.resolve("k")
    assert planner.plan("k", (100.0, 200.0), 100, None, True, live_edge=3000.0) is None
    assert planner.plan("k", (1000.0, 1100.0), 100, 1002.0, False, live_edge=3000.0) is None  # live


def test_planner_open_end_past_pans_and_wrapped_ring() -> None:
    planner = HistoryPlanner()
    # a silent series (empty ring) while another one scrolls the view: asked once
    silent = planner.plan("s", (0.0, 600.0), 600, None, False, live_edge=600.0)
    assert silent is not None and silent.open_ended
    assert planner.plan("s", (1.0, 601.0), 600, None, False, live_edge=601.0) is None
    # a pan into the past ends before the live data: not open-ended, and asked once
    past = planner.plan("p", (0.0, 100.0), 100, 500.0, False, live_edge=1000.0)
    assert past is not None and not past.open_ended and past.end == 100.0
    assert planner.plan("p", (0.0, 100.0), 100, 500.0, False, live_edge=1000.0) is None
    assert planner.plan("p", (50.0, 150.0), 100, 500.0, False, live_edge=1000.0) is not None
    # the ring wrapped: its first sample moved past where the open-ended request stopped
    first = planner.plan("w", (0.0, 1000.0), 1000, 500.0, False, live_edge=1000.0)
    assert first is not None and first.open_ended
    planner.resolve("w")
    assert planner.plan("w", (0.0, 1000.0), 1000, 501.0, False, live_edge=1000.0) is None
    again = planner.plan("w", (0.0, 1000.0), 1000, 600.0, False, live_edge=1000.0)
    assert again is not None and again.end == 600.0


def test_history_block_and_texts() -> None:
    block = HistoryBlock.build([3.0, 1.0, 2.0], [30.0, 10.0, None], None, None, None, 60.0, None)
    assert block.t.tolist() == [1.0, 2.0, 3.0]  # sorted
    assert np.isnan(block.v[1]) and not block.rollup
    assert (block.start, block.end, block.resolution) == (1.0, 3.0, "1 min averages")
    with pytest.raises(ValueError):
        HistoryBlock.build([1.0, 2.0], [1.0], None, None, None, 0, None)
    texts = [resolution_text(s) for s in (0, 10, 60, 900, 3600, 86400, 90)]
    assert texts == [
        "Raw samples",
        "10 s averages",
        "1 min averages",
        "15 min averages",
        "1 h averages",
        "1 d averages",
        "1.5 min averages",
    ]
    assert quality_name(9) == "Corrected"
    assert quality_name(42) == "code 42"
