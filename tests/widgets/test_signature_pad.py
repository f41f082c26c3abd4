"""SignaturePad: mouse drags become strokes and a cropped white PNG; Clear empties the pad."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from widgets.signature_pad import MAX_PNG_WIDTH, SignaturePad, smooth_path


@pytest.fixture
def pad(qtbot: QtBot) -> SignaturePad:
    widget = SignaturePad()
    qtbot.addWidget(widget)
    widget.resize(640, 260)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def drag(pad: SignaturePad, points: list[tuple[int, int]]) -> None:
    """A mouse stroke through `points`, pressed at the first and released at the last."""
    QTest.mousePress(
        pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*points[0])
    )
    for x, y in points[1:]:
        QTest.mouseMove(pad, QPoint(x, y))
    QTest.mouseRelease(
        pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*points[-1])
    )


def test_an_untouched_pad_is_empty_and_gives_no_png(pad: SignaturePad) -> None:
    assert pad.is_empty()
    assert pad.strokes() == ()
    assert pad.to_png() == b""


def test_mouse_drags_become_strokes_and_a_cropped_png(qtbot: QtBot, pad: SignaturePad) -> None:
    with qtbot.waitSignals([pad.changed, pad.changed]):
        drag(pad, [(100, 120), (140, 100), (180, 140), (220, 110), (260, 130)])
        drag(pad, [(300, 90), (320, 160)])
    assert not pad.is_empty()
    strokes = pad.strokes()
    assert len(strokes) == 2
    assert strokes[0][0] == (100.0, 120.0) and strokes[0][-1] == (260.0, 130.0)
    assert len(strokes[0]) == 5

    png = pad.to_png()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    image = QImage.fromData(png)
    assert not image.isNull()
    # cropped to the ink (x 100..320, y 90..160) plus a margin on each side, not the 640 px pad
    assert 220 < image.width() < 280
    assert 70 < image.height() < 120
    assert image.pixelColor(0, 0) == QColor("white")
    dark = [
        (x, y)
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if image.pixelColor(x, y).lightness() < 128
    ]
    assert dark, "the strokes must be in the image"


def test_clear_empties_the_pad_and_says_so(qtbot: QtBot, pad: SignaturePad) -> None:
    drag(pad, [(50, 50), (120, 80)])
    assert not pad.is_empty()
    with qtbot.waitSignal(pad.changed):
        qtbot.mouseClick(pad.clear_button, Qt.MouseButton.LeftButton)
    assert pad.is_empty()
    assert pad.to_png() == b""


def test_a_tap_is_a_dot(pad: SignaturePad) -> None:
    QTest.mouseClick(
        pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(200, 100)
    )
    assert len(pad.strokes()) == 1
    assert QImage.fromData(pad.to_png()).width() > 0


def test_a_wide_signature_is_scaled_to_at_most_1200_px(qtbot: QtBot) -> None:
    wide = SignaturePad()
    qtbot.addWidget(wide)
    wide.resize(2000, 300)
    wide.show()
    drag(wide, [(20, 150), (1000, 120), (1980, 160)])
    image = QImage.fromData(wide.to_png())
    assert image.width() == MAX_PNG_WIDTH


def test_smoothing_passes_through_the_ends() -> None:
    points = [QPointF(0, 0), QPointF(10, 10), QPointF(20, 0), QPointF(30, 10)]
    path = smooth_path(points)
    assert path.pointAtPercent(0.0) == QPointF(0, 0)
    assert path.pointAtPercent(1.0) == QPointF(30, 10)


def test_a_finger_draws_once(pad: SignaturePad) -> None:
    """Touch is handled as touch; the mouse events Qt could synthesise must not double it."""
    device = QTest.createTouchDevice()
    QTest.touchEvent(pad, device).press(0, QPoint(60, 60), pad)
    QTest.touchEvent(pad, device).move(0, QPoint(120, 90), pad)
    QTest.touchEvent(pad, device).move(0, QPoint(180, 70), pad)
    QTest.touchEvent(pad, device).release(0, QPoint(180, 70), pad)
    assert len(pad.strokes()) == 1
    assert pad.strokes()[0][0] == (60.0, 60.0)
