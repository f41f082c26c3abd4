"""KpiGauge: missing values, value text, band/target geometry (by pixels) and change colour."""

from __future__ import annotations

import math

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from widgets.kpi_gauge import (
    MUTED,
    START_DEG,
    SWEEP_DEG,
    TARGET,
    TRACK,
    GaugeLayout,
    KpiGauge,
    value_angle,
)

BANDS = [(0.0, 200.0, "#2ca02c"), (200.0, 250.0, "#f2c14e"), (250.0, 300.0, "#d62728")]


@pytest.fixture
def gauge(qtbot: QtBot) -> KpiGauge:
    widget = KpiGauge()
    qtbot.addWidget(widget)
    widget.resize(400, 320)
    widget.set_title("吨产品综合能耗")
    widget.set_range(0, 300)
    widget.set_bands(BANDS)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _image(widget: KpiGauge) -> QImage:
    return widget.grab().toImage()


def _close(actual: QColor, expected: str, tolerance: int = 40) -> bool:
    want = QColor(expected)
    return (
        abs(actual.red() - want.red())
        + abs(actual.green() - want.green())
        + abs(actual.blue() - want.blue())
    ) <= tolerance


def _pixel(image: QImage, layout: GaugeLayout, angle: float, radius: float) -> QColor:
    point = layout.point(angle, radius)
    return image.pixelColor(round(point.x()), round(point.y()))


def test_value_angle_maps_range_onto_the_arc_and_clamps() -> None:
    assert value_angle(0, 0, 300) == START_DEG
    assert value_angle(300, 0, 300) == START_DEG - SWEEP_DEG
    assert value_angle(150, 0, 300) == pytest.approx(90.0)  # twelve o'clock
    assert value_angle(-50, 0, 300) == START_DEG
    assert value_angle(900, 0, 300) == START_DEG - SWEEP_DEG
    assert value_angle(5, 3, 3) == START_DEG  # degenerate range: no division by zero


def test_missing_value_shows_dash_and_no_value_arc(gauge: KpiGauge) -> None:
    gauge.set_value(None, "kWh/t")
    assert gauge.value_text() == "—"
    gauge.set_value(float("nan"), "kWh/t")
    assert gauge.value_text() == "—"  # NaN is missing too, never a fake 0
    lay = gauge.gauge_geometry()
    image = _image(gauge)
    for value in (5.0, 100.0, 290.0):
        assert _close(_pixel(image, lay, value_angle(value, 0, 300), lay.track_radius), TRACK)


def test_value_with_unit_fills_the_arc_up_to_the_value(gauge: KpiGauge) -> None:
    gauge.set_value(150.0, "kWh/t")
    assert gauge.value_text() == "150.0"
    assert gauge.value_color() == BANDS[0][2]  # in the first band: drawn in its colour
    lay = gauge.gauge_geometry()
    image = _image(gauge)
    filled = _pixel(image, lay, value_angle(140, 0, 300), lay.track_radius)
    empty = _pixel(image, lay, value_angle(170, 0, 300), lay.track_radius)
    assert _close(filled, BANDS[0][2])
    assert _close(empty, TRACK)


def test_bands_are_drawn_where_their_values_are(gauge: KpiGauge) -> None:
    lay = gauge.gauge_geometry()
    image = _image(gauge)
    band_radius = lay.radius - lay.band_width / 2
    for low, high, color in BANDS:
        middle = value_angle((low + high) / 2, 0, 300)
        assert _close(_pixel(image, lay, middle, band_radius), color)


def test_target_marker_crosses_the_rings_at_the_target(gauge: KpiGauge) -> None:
    gauge.set_target(100.0)
    lay = gauge.gauge_geometry()
    image = _image(gauge)
    gap_radius = lay.track_radius + lay.track_width / 2 + 0.02 * lay.radius  # between rings
    at_target = _pixel(image, lay, value_angle(100, 0, 300), gap_radius)
    elsewhere = _pixel(image, lay, value_angle(130, 0, 300), gap_radius)
    assert _close(at_target, TARGET, 90)
    assert elsewhere.lightness() > 200


def test_bad_quality_greys_the_value(gauge: KpiGauge) -> None:
    gauge.set_value(231.0, "kWh/t", quality=1)
    assert gauge.value_text() == "231.0"
    assert gauge.value_color() == MUTED
    lay = gauge.gauge_geometry()
    assert _close(_pixel(_image(gauge), lay, value_angle(100, 0, 300), lay.track_radius), MUTED)


def test_change_colour_follows_the_better_direction(gauge: KpiGauge) -> None:
    gauge.set_better_direction("lower")
    gauge.set_change("▲ 3.2 % vs yesterday")
    assert gauge.change_favourable() is False
    gauge.set_change("▼ 1.0 % 较昨日")
    assert gauge.change_favourable() is True
    gauge.set_better_direction("higher")
    assert gauge.change_favourable() is False
    gauge.set_change("▲ 3.2 %", favourable=False)
    assert gauge.change_favourable() is False  # the caller's word wins
    gauge.set_change("same as yesterday")
    assert gauge.change_favourable() is None
    with pytest.raises(ValueError):
        gauge.set_better_direction("up")
    with pytest.raises(ValueError):
        gauge.set_range(5, 5)


@pytest.mark.parametrize("size", [(220, 180), (400, 320)])
def test_layout_fits_the_widget(qtbot: QtBot, size: tuple[int, int]) -> None:
    widget = KpiGauge()
    qtbot.addWidget(widget)
    widget.resize(*size)
    lay = widget.gauge_geometry()
    w, h = size
    assert lay.centre.x() - 1.09 * lay.radius >= 0
    assert lay.centre.x() + 1.09 * lay.radius <= w
    assert lay.centre.y() - 1.09 * lay.radius >= lay.title_rect.bottom() - 1
    bottom = lay.centre.y() + lay.radius * math.sin(math.radians(30))
    assert bottom <= lay.change_rect.top()
    assert lay.change_rect.bottom() <= h
    assert lay.radius > 0.25 * min(w, h)
