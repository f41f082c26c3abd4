"""Answer editors: click and type through each kind and check the Answer each one emits.

An editor emits only complete answers (a half-typed number is not one), emits None when the
answer is cleared, never echoes a value the program set, and flags an out-of-limit number as
it is typed.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from domain.checklists import Item, ItemKind, Option, Text
from widgets.checklist import (
    DateAnswer,
    GuidanceView,
    MultiChoiceAnswer,
    NumberAnswer,
    PhotoOnlyAnswer,
    PhotoStrip,
    SignatureAnswer,
    SingleChoiceAnswer,
    TextAnswer,
    VerdictAnswer,
    make_answer_editor,
    parse_number,
)
from widgets.checklist.style import ANSWER_BUTTON_HEIGHT
from widgets.touch import TOUCH_TARGET_PX

LEFT = Qt.MouseButton.LeftButton


def item(kind: ItemKind, **extra) -> Item:
    return Item(code="q1", kind=kind, text=Text("问题", "Question"), **extra)


OPTIONS = (
    Option("ok", Text("完好", "Intact"), 1.0),
    Option("worn", Text("磨损", "Worn"), 0.5),
    Option("broken", Text("损坏", "Broken"), 0.0, finding=True),
)


def shown(qtbot: QtBot, widget):
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def emitted(qtbot: QtBot, editor, action) -> object:
    with qtbot.waitSignal(editor.answered, timeout=3000) as blocker:
        action()
    return blocker.args[0]


def test_every_kind_has_an_editor(qtbot: QtBot) -> None:
    for kind in ItemKind:
        extra = {"options": OPTIONS} if kind.has_options else {}
        editor = make_answer_editor(item(kind, **extra), chinese=True)
        qtbot.addWidget(editor)
        assert editor.value() is None


@pytest.mark.parametrize(
    ("kind", "codes", "tones"),
    [
        (ItemKind.YES_NO_NA, ("yes", "no", "na"), ("good", "bad", "neutral")),
        (ItemKind.PASS_FAIL, ("pass", "fail"), ("good", "bad")),
    ],
)
def test_verdict_buttons_emit_their_code(qtbot: QtBot, kind, codes, tones) -> None:
    editor = shown(qtbot, VerdictAnswer(item(kind), chinese=True))
    assert tuple(editor.buttons) == codes
    assert tuple(b.tone for b in editor.buttons.values()) == tones
    for code in reversed(codes):
        button = editor.button(code)
        assert button.height() >= ANSWER_BUTTON_HEIGHT >= TOUCH_TARGET_PX
        value = emitted(qtbot, editor, lambda b=button: qtbot.mouseClick(b, LEFT))
        assert value == code
        assert button.isChecked() and button.text().startswith("✓")
        assert sum(b.isChecked() for b in editor.buttons.values()) == 1


def test_verdict_labels_follow_the_language(qtbot: QtBot) -> None:
    editor = shown(qtbot, VerdictAnswer(item(ItemKind.PASS_FAIL), chinese=False))
    assert editor.button("pass").label() == "Pass"
    assert editor.button("fail").label() == "Fail"


def test_a_chosen_verdict_is_a_solid_fill(qtbot: QtBot) -> None:
    editor = shown(qtbot, VerdictAnswer(item(ItemKind.YES_NO_NA), chinese=True))
    qtbot.mouseClick(editor.button("no"), LEFT)
    chosen = editor.button("no").grab().toImage()
    other = editor.button("yes").grab().toImage()
    assert chosen.pixelColor(20, chosen.height() // 2) == QColor("#c62828")
    assert other.pixelColor(20, other.height() // 2) == QColor("white")


def test_set_value_shows_without_emitting(qtbot: QtBot) -> None:
    editor = shown(qtbot, VerdictAnswer(item(ItemKind.YES_NO_NA), chinese=True))
    with qtbot.assertNotEmitted(editor.answered):
        editor.set_value("na")
    assert editor.button("na").isChecked()
    editor.set_value(None)
    assert not any(b.isChecked() for b in editor.buttons.values())
    # tapping the already-chosen answer again does not emit a second time
    editor.set_value("yes")
    with qtbot.assertNotEmitted(editor.answered):
        qtbot.mouseClick(editor.button("yes"), LEFT)


def test_single_choice_is_one_of_the_options(qtbot: QtBot) -> None:
    editor = shown(qtbot, SingleChoiceAnswer(item(ItemKind.SINGLE_CHOICE, options=OPTIONS), True))
    assert [b.label() for b in editor.buttons.values()] == ["完好", "磨损", "损坏"]
    assert editor.button("broken").tone == "bad" and editor.button("ok").tone == "choice"
    assert emitted(qtbot, editor, lambda: qtbot.mouseClick(editor.button("worn"), LEFT)) == "worn"
    assert emitted(qtbot, editor, lambda: qtbot.mouseClick(editor.button("ok"), LEFT)) == "ok"
    assert not editor.button("worn").isChecked()
    assert editor.button("ok").text().startswith("●")


def test_multi_choice_gives_the_chosen_codes_in_template_order(qtbot: QtBot) -> None:
    editor = shown(qtbot, MultiChoiceAnswer(item(ItemKind.MULTI_CHOICE, options=OPTIONS), True))
    click = qtbot.mouseClick
    assert emitted(qtbot, editor, lambda: click(editor.button("broken"), LEFT)) == ("broken",)
    assert emitted(qtbot, editor, lambda: click(editor.button("ok"), LEFT)) == ("ok", "broken")
    assert emitted(qtbot, editor, lambda: click(editor.button("broken"), LEFT)) == ("ok",)
    assert emitted(qtbot, editor, lambda: click(editor.button("ok"), LEFT)) is None
    editor.set_value(("worn",))
    assert editor.button("worn").isChecked() and editor.button("worn").text().startswith("☑")


def test_a_long_option_text_wraps_instead_of_being_cut(qtbot: QtBot) -> None:
    long = "排放口标识牌齐全、清晰、位置正确，并与排污许可证载明的信息一致"
    options = (Option("a", Text(long, "A"), 1.0), Option("b", Text("否", "No"), 0.0))
    editor = shown(qtbot, SingleChoiceAnswer(item(ItemKind.SINGLE_CHOICE, options=options), True))
    editor.resize(360, 400)
    qtbot.wait(10)
    button = editor.button("a")
    assert button.height() > ANSWER_BUTTON_HEIGHT
    assert button.heightForWidth(300) > button.heightForWidth(2000)


def test_number_with_unit_and_limits_flags_as_typed(qtbot: QtBot) -> None:
    editor = shown(qtbot, NumberAnswer(item(ItemKind.NUMBER, unit="mg/L", low=6.0, high=9.0), True))
    assert editor.unit_label.text() == "mg/L"
    assert "6" in editor.limits_label.text() and "9" in editor.limits_label.text()
    assert editor.field.height() >= TOUCH_TARGET_PX
    with qtbot.assertNotEmitted(editor.answered, wait=0):
        QTest.keyClicks(editor.field, "9")
        assert not editor.is_flagged()
        QTest.keyClicks(editor.field, ".5")
        assert editor.is_flagged(), "9.5 is above 9: flagged before it is even given"
        assert editor.breach() == "above_high"
        assert editor.warning_label.isVisible()
        assert "9" in editor.warning_label.text()
    value = emitted(qtbot, editor, lambda: QTest.keyClick(editor.field, Qt.Key.Key_Return))
    assert value == 9.5
    editor.field.selectAll()
    QTest.keyClicks(editor.field, "7.25")
    assert not editor.is_flagged() and not editor.warning_label.isVisible()
    assert emitted(qtbot, editor, lambda: QTest.keyClick(editor.field, Qt.Key.Key_Enter)) == 7.25
    editor.field.selectAll()
    QTest.keyClicks(editor.field, "5")
    assert editor.breach() == "below_low" and editor.is_flagged()


def test_a_number_is_given_after_a_pause_and_a_cleared_field_gives_none(qtbot: QtBot) -> None:
    editor = shown(qtbot, NumberAnswer(item(ItemKind.NUMBER, high=100.0), True))
    assert emitted(qtbot, editor, lambda: QTest.keyClicks(editor.field, "42")) == 42.0
    editor.field.selectAll()
    assert emitted(qtbot, editor, lambda: QTest.keyClick(editor.field, Qt.Key.Key_Delete)) is None


def test_a_partial_number_is_not_given(qtbot: QtBot) -> None:
    editor = shown(qtbot, NumberAnswer(item(ItemKind.NUMBER), True))
    with qtbot.assertNotEmitted(editor.answered, wait=1200):
        QTest.keyClicks(editor.field, "-")
        QTest.keyClick(editor.field, Qt.Key.Key_Return)
    assert editor.is_flagged() and editor.warning_label.isVisible()


def test_number_parsing_reads_what_input_methods_type() -> None:
    assert parse_number("１２．５") == 12.5
    assert parse_number("－3") == -3.0
    assert parse_number("7,5") == 7.5
    assert parse_number(" 8 ") == 8.0
    for text in ("", "-", "1e", "nan", "inf", "abc"):
        assert parse_number(text) is None


def test_set_value_shows_a_stored_number_plainly(qtbot: QtBot) -> None:
    editor = shown(qtbot, NumberAnswer(item(ItemKind.NUMBER, low=6.0, high=9.0), True))
    editor.set_value(10.0)
    assert editor.field.text() == "10"
    assert editor.is_flagged()


def test_text_is_given_on_leaving_the_field_and_limited_in_length(qtbot: QtBot) -> None:
    editor = shown(qtbot, TextAnswer(item(ItemKind.TEXT, max_length=10), True))
    editor.edit.setFocus()
    QTest.keyClicks(editor.edit, "sludge ")
    editor.edit.insertPlainText("已外运，联单齐全")  # what an input method commits
    assert editor.edit.toPlainText() == "sludge 已外运"
    assert editor.counter.text() == "10 / 10"
    value = emitted(qtbot, editor, editor.commit)
    assert value == "sludge 已外运"
    editor.edit.selectAll()
    QTest.keyClick(editor.edit, Qt.Key.Key_Delete)
    assert emitted(qtbot, editor, editor.commit) is None


def test_text_is_given_after_a_pause(qtbot: QtBot) -> None:
    editor = shown(qtbot, TextAnswer(item(ItemKind.TEXT), True))
    editor.edit.setFocus()
    assert emitted(qtbot, editor, lambda: QTest.keyClicks(editor.edit, "ok")) == "ok"


def test_date_starts_empty_and_is_given_as_iso(qtbot: QtBot) -> None:
    editor = shown(qtbot, DateAnswer(item(ItemKind.DATE), True))
    assert editor.date_edit.text() == "—"
    today = QDate.currentDate().toString("yyyy-MM-dd")
    assert emitted(qtbot, editor, lambda: qtbot.mouseClick(editor.today_button, LEFT)) == today
    value = emitted(qtbot, editor, lambda: editor.date_edit.setDate(QDate(2026, 3, 9)))
    assert value == "2026-03-09"
    assert emitted(qtbot, editor, lambda: qtbot.mouseClick(editor.clear_button, LEFT)) is None
    with qtbot.assertNotEmitted(editor.answered):
        editor.set_value("2025-12-31")
    assert editor.date_edit.date() == QDate(2025, 12, 31)


def test_signature_is_offered_for_saving_once_drawn(qtbot: QtBot) -> None:
    editor = shown(qtbot, SignatureAnswer(item(ItemKind.SIGNATURE), True))
    assert not editor.save_button.isEnabled()
    pad = editor.pad
    QTest.mousePress(pad, LEFT, Qt.KeyboardModifier.NoModifier, QPoint(60, 80))
    QTest.mouseMove(pad, QPoint(160, 120))
    QTest.mouseRelease(pad, LEFT, Qt.KeyboardModifier.NoModifier, QPoint(260, 90))
    assert editor.save_button.isEnabled()
    with qtbot.waitSignal(editor.signed) as blocker:
        qtbot.mouseClick(editor.save_button, LEFT)
    png = blocker.args[0]
    assert png.startswith(b"\x89PNG")
    stored = QPixmap()
    stored.loadFromData(png)
    editor.show_saved(stored)
    assert editor.saved_image.isVisible() and not pad.isVisible()
    qtbot.mouseClick(editor.again_button, LEFT)
    assert pad.isVisible() and pad.is_empty()


def test_a_photo_item_points_to_the_photos(qtbot: QtBot) -> None:
    editor = shown(qtbot, PhotoOnlyAnswer(item(ItemKind.PHOTO, photos_min=1, photos_max=3), True))
    assert editor.label.text()


def test_guidance_shows_the_text_in_the_ui_language(qtbot: QtBot) -> None:
    view = GuidanceView()
    qtbot.addWidget(view)
    view.set_guidance(Text("用便携式 pH 计测量三次取平均", "Mean of three"), chinese=True)
    assert view.body.text() == "用便携式 pH 计测量三次取平均" and view.has_content()
    view.set_guidance(Text("用便携式 pH 计测量三次取平均", "Mean of three"), chinese=False)
    assert view.body.text() == "Mean of three"
    view.set_guidance(None, chinese=True)
    assert not view.has_content()


def test_photo_strip_requests_and_confirms_removal(qtbot: QtBot) -> None:
    strip = shown(qtbot, PhotoStrip())
    strip.set_limits(1, 2)
    strip.set_camera_available(False)
    assert not strip.camera_button.isVisible(), "no camera: only From file"
    with qtbot.waitSignal(strip.file_photo_requested):
        qtbot.mouseClick(strip.file_button, LEFT)
    assert "1" in strip.count_label.text()
    strip.set_photos(["p1", "p2"])
    pixmap = QPixmap(400, 300)
    pixmap.fill(QColor("orange"))
    strip.set_thumbnail("p1", pixmap)
    assert strip.photo_ids() == ["p1", "p2"]
    assert not strip.file_button.isEnabled(), "two of at most two: no more"
    tile = strip.tiles["p2"]
    assert tile.remove_button.height() >= TOUCH_TARGET_PX
    with qtbot.assertNotEmitted(strip.remove_requested):
        qtbot.mouseClick(tile.remove_button, LEFT)
    assert tile.is_armed()
    with qtbot.waitSignal(strip.remove_requested) as blocker:
        qtbot.mouseClick(tile.remove_button, LEFT)
    assert blocker.args == ["p2"]
    strip.set_photos(["p1"])
    assert strip.photo_ids() == ["p1"] and strip.file_button.isEnabled()
    strip.set_camera_available(True)
    assert strip.camera_button.isVisible()
    with qtbot.waitSignal(strip.take_photo_requested):
        qtbot.mouseClick(strip.camera_button, LEFT)
