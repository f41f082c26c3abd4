"""PieChart shares and colours, GroupedBarChart bars and labels, stable chart colours."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from widgets.bar_chart import GroupedBarChart, bar_offsets
from widgets.chart_palette import PALETTE, stable_colors
from widgets.pie_chart import EMPTY, PieChart, slice_shares


def test_slice_shares_ignore_missing_and_negative() -> None:
    assert slice_shares([1.0, 3.0]) == [25.0, 75.0]
    assert slice_shares([2.0, None, float("nan"), -5.0, 2.0]) == [50.0, 0.0, 0.0, 0.0, 50.0]
    assert slice_shares([]) == []
    assert slice_shares([0.0, None]) == [0.0, 0.0]


def test_stable_colors_follow_the_key_not_the_position() -> None:
    first = stable_colors(["electricity", "steam"])
    second = stable_colors(["electricity", "water", "gas"])
    assert first[0] == second[0]
    assert stable_colors(["steam"]) == [first[1]]
    many = stable_colors([f"k{i}" for i in range(len(PALETTE))])
    assert len(set(many)) == len(PALETTE)  # collisions move to a free colour
    assert stable_colors(["a", "b"], ["#123456", None])[0] == "#123456"
    with pytest.raises(ValueError):
        stable_colors(["a"], [None, None])


def test_pie_percentages_total_and_colours(qtbot: QtBot) -> None:
    chart = PieChart()
    qtbot.addWidget(chart)
    chart.resize(460, 260)
    chart.set_slices(
        [
            ("electricity", "电力", 600.0, None),
            ("steam", "蒸汽", 300.0, "#8c564b"),
            ("water", "水", 100.0, None),
            ("none", "无", None, None),
        ],
        "tce",
    )
    slices = chart.slices()
    assert [s.percent for s in slices] == pytest.approx([60.0, 30.0, 10.0, 0.0])
    assert [s.key for s in slices] == ["electricity", "steam", "water", "none"]
    assert slices[1].color == "#8c564b"
    assert slices[3].value == 0.0
    assert chart.total() == 900.0 + 100.0
    image = chart.grab().toImage()
    assert not image.isNull()
    colours = {image.pixelColor(x, y).name() for x in range(0, 230, 3) for y in range(0, 260, 3)}
    for s in slices[:3]:
        assert s.color in colours


def test_pie_empty_state(qtbot: QtBot) -> None:
    chart = PieChart()
    qtbot.addWidget(chart)
    chart.resize(300, 220)
    chart.set_slices([], "kWh")
    assert chart.total() == 0
    image = chart.grab().toImage()
    colours = {image.pixelColor(x, 110).name() for x in range(300)}
    assert QColor(EMPTY).name() in colours  # the grey ring of "no data"


def test_bar_offsets_centre_each_group() -> None:
    offsets, width = bar_offsets(3)
    assert width == pytest.approx(0.8 / 3)
    assert offsets.tolist() == pytest.approx([-0.8 / 3, 0.0, 0.8 / 3])
    assert bar_offsets(1)[0].tolist() == [0.0]
    assert bar_offsets(0)[0].size == 0


def test_bar_chart_data_labels_and_missing_values(qtbot: QtBot) -> None:
    chart = GroupedBarChart()
    qtbot.addWidget(chart)
    chart.resize(640, 340)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_data(
        ["电力", "蒸汽", "水"],
        [
            ("本月", [620.0, 210.0, 12.0], None),
            ("上月", [640.0, None, 11.5], "#9467bd"),
        ],
        "tce",
    )
    assert chart.categories() == ["电力", "蒸汽", "水"]
    this_month, last_month = chart.bar_items()
    assert this_month.opts["height"].tolist() == [620.0, 210.0, 12.0]
    assert np.asarray(this_month.opts["x"]).tolist() == pytest.approx([-0.2, 0.8, 1.8])
    assert last_month.opts["height"].tolist() == [640.0, 11.5]  # no bar for the missing value
    texts = [text for _x, text in chart.value_labels()]
    assert texts == ["620.0", "210.0", "12.00", "640.0", "—", "11.50"]
    left = chart._plot.getAxis("left")
    assert "tce" in left.labelText
    ticks = chart._plot.getAxis("bottom")._tickLevels[0]
    assert [label for _pos, label in ticks] == ["电力", "蒸汽", "水"]
    low, high = chart._plot.getViewBox().viewRange()[1]
    assert low <= 0 and high > 640  # room above the tallest bar for its label
    with pytest.raises(ValueError):
        chart.set_data(["a"], [("x", [1.0, 2.0], None)], "kWh")
    assert chart.categories() == ["电力", "蒸汽", "水"]  # a rejected update changes nothing
    chart.set_data([], [], "kWh")
    assert chart.bar_items() == [] and chart.value_labels() == []
