"""Guided inspection end to end: an inspector starts a round from the Audits page, answers every
item through the widgets (a photo from a file, a signature drawn with the mouse), can finish only
when nothing required is missing, and the finished run is in the database with its score and a
corrective action for the failed item. A draft closed mid-round reopens at the same item."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop_app.services.actions import get_action
from desktop_app.services.checklist_runs import completed_runs, drafts, run_view
from desktop_app.services.checklist_templates import import_template
from desktop_app.services.users import create_user
from desktop_app.ui.context import AppContext
from desktop_app.ui.inspection import AuditsPage, GuidedInspection
from desktop_app.ui.inspection.item_card import ItemCard
from domain.roles import SYSTEM, Actor, Role
from widgets.checklist import (
    DateAnswer,
    MultiChoiceAnswer,
    NumberAnswer,
    SignatureAnswer,
    SingleChoiceAnswer,
    TextAnswer,
    VerdictAnswer,
)

LEFT = Qt.MouseButton.LeftButton
NO_MODIFIER = Qt.KeyboardModifier.NoModifier

TEMPLATE = """
{
  "format": 1, "code": "ui_round", "version": 1,
  "name": {"zh": "界面测试巡检", "en": "UI test round"},
  "category": "inspection", "scoring": {"pass_percent": 80},
  "sections": [
    {"code": "water", "title": {"zh": "废水", "en": "Wastewater"},
     "guidance": {"zh": "先看总排口。", "en": "Start at the outfall."},
     "items": [
      {"code": "drain_clear", "kind": "yes_no_na", "weight": 2,
       "text": {"zh": "雨水沟畅通", "en": "Storm drain clear"}},
      {"code": "leak_note", "kind": "text",
       "text": {"zh": "堵塞说明", "en": "What blocks it"},
       "show_if": {"item": "drain_clear", "equals": "no"}},
      {"code": "meter_ok", "kind": "pass_fail",
       "text": {"zh": "在线监测设备运行正常", "en": "Online monitor works"}},
      {"code": "ph", "kind": "number", "unit": "",
       "text": {"zh": "总排口 pH 值", "en": "pH at the outfall"},
       "guidance": {"zh": "便携式 pH 计测三次取平均", "en": "Mean of three"},
       "limits": {"low": 6, "high": 9}, "photos": {"min": 1, "max": 2}},
      {"code": "drums", "kind": "single_choice",
       "text": {"zh": "危废桶状态", "en": "Hazardous-waste drums"},
       "options": [
         {"code": "ok", "text": {"zh": "完好", "en": "Intact"}, "score": 1},
         {"code": "leaking", "text": {"zh": "渗漏", "en": "Leaking"}, "score": 0,
          "finding": true}]}
     ]},
    {"code": "records", "title": {"zh": "记录", "en": "Records"},
     "items": [
      {"code": "labels", "kind": "multi_choice",
       "text": {"zh": "标识情况", "en": "Labels"},
       "options": [
         {"code": "sign", "text": {"zh": "标识牌", "en": "Sign"}, "score": 1},
         {"code": "ledger", "text": {"zh": "台账", "en": "Ledger"}, "score": 0.5}]},
      {"code": "remarks", "kind": "text", "text": {"zh": "其他情况", "en": "Remarks"}},
      {"code": "sampled_on", "kind": "date", "text": {"zh": "上次采样日期", "en": "Last sampled"}},
      {"code": "overview", "kind": "photo", "text": {"zh": "现场全景", "en": "Overview photo"},
       "photos": {"min": 1, "max": 1}},
      {"code": "signed", "kind": "signature", "text": {"zh": "检查人签字", "en": "Signature"}}
     ]}
  ]
}
"""
ITEMS = 9  # visible: leak_note stays hidden because the drain is clear


@pytest.fixture
def inspector(app_context: AppContext) -> Actor:
    with app_context.startup.database.transaction() as session:
        info = create_user(session, SYSTEM, "li", "a long enough password", Role.INSPECTOR)
        import_template(session, SYSTEM, TEMPLATE, "test")
    actor = Actor("li", Role.INSPECTOR, info.id)
    app_context.session.sign_in(actor)
    return actor


@pytest.fixture
def page(qtbot: QtBot, app_context: AppContext, inspector: Actor) -> AuditsPage:
    widget = AuditsPage(app_context)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitUntil(lambda: any(t.code == "ui_round" for t in widget.lists.templates))
    return widget


@pytest.fixture
def photo_file(tmp_path: Path, monkeypatch) -> Path:
    """A generated PNG offered by a monkeypatched file dialog (a real one would block)."""
    image = QImage(320, 240, QImage.Format.Format_RGB32)
    image.fill(QColor("darkcyan"))
    path = tmp_path / "outfall.png"
    assert image.save(str(path))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_args, **_kw: (str(path), ""))
    )
    return path


def start(qtbot: QtBot, page: AuditsPage) -> GuidedInspection:
    row = next(i for i, t in enumerate(page.lists.templates) if t.code == "ui_round")
    page.templates_list.setCurrentRow(row)
    assert page.start_button.isEnabled()
    qtbot.mouseClick(page.start_button, LEFT)
    qtbot.waitUntil(lambda: page.inspection is not None and page.inspection.view is not None)
    assert page.inspection is not None
    return page.inspection


def card(inspection: GuidedInspection) -> ItemCard:
    assert isinstance(inspection.card, ItemCard), inspection.current_step()
    return inspection.card


def next_screen(qtbot: QtBot, inspection: GuidedInspection) -> None:
    qtbot.mouseClick(inspection.chrome.next_button, LEFT)


def saved(qtbot: QtBot, inspection: GuidedInspection) -> None:
    qtbot.waitUntil(lambda: not inspection.writer.busy() and inspection.writer.state == "saved")
    assert inspection.chrome.save_label.text() == "✓ Saved" or inspection.chrome.save_label.text()


def progress(inspection: GuidedInspection) -> str:
    return inspection.chrome.progress.format()


def click_answer(qtbot: QtBot, inspection: GuidedInspection, code: str) -> None:
    editor = card(inspection).editor
    assert isinstance(editor, VerdictAnswer | SingleChoiceAnswer | MultiChoiceAnswer)
    qtbot.mouseClick(editor.button(code), LEFT)


def draw(pad) -> None:
    QTest.mousePress(pad, LEFT, NO_MODIFIER, QPoint(40, 80))
    for x, y in ((90, 40), (140, 110), (190, 50), (240, 100)):
        QTest.mouseMove(pad, QPoint(x, y))
    QTest.mouseRelease(pad, LEFT, NO_MODIFIER, QPoint(260, 90))


def test_an_inspector_fills_every_item_and_finishes(
    qtbot: QtBot, page: AuditsPage, app_context: AppContext, photo_file: Path
) -> None:
    inspection = start(qtbot, page)
    chrome = inspection.chrome
    assert inspection.current_step().key == "section:water"
    assert not chrome.previous_button.isEnabled() and not chrome.finish_button.isEnabled()
    assert progress(inspection) == f"1 / {ITEMS}"
    next_screen(qtbot, inspection)

    # 1 yes/no/NA
    assert card(inspection).item.code == "drain_clear"
    click_answer(qtbot, inspection, "yes")
    saved(qtbot, inspection)
    next_screen(qtbot, inspection)
    # 2 pass/fail: fail is a finding and says so
    assert card(inspection).item.code == "meter_ok", "the hidden leak note gets no screen"
    assert progress(inspection) == f"2 / {ITEMS}"
    click_answer(qtbot, inspection, "fail")
    assert card(inspection).finding_label.isVisible()
    card(inspection).note_edit.setFocus()
    QTest.keyClicks(card(inspection).note_edit, "display dark")
    next_screen(qtbot, inspection)
    # 3 number with limits, flagged as typed, plus the required photo from a file
    number = card(inspection).editor
    assert isinstance(number, NumberAnswer)
    QTest.keyClicks(number.field, "9.6")
    assert number.is_flagged() and number.warning_label.isVisible()
    number.field.selectAll()
    QTest.keyClicks(number.field, "7.5")
    assert not number.is_flagged()
    QTest.keyClick(number.field, Qt.Key.Key_Return)
    strip = card(inspection).photos
    assert strip is not None and not strip.camera_button.isVisible()
    qtbot.mouseClick(strip.file_button, LEFT)
    qtbot.waitUntil(lambda: len(inspection.photos.get("ph", [])) == 1)
    photo_id = inspection.photos["ph"][0].id
    qtbot.waitUntil(lambda: strip.tiles[photo_id].image.pixmap() is not None
                    and not strip.tiles[photo_id].image.pixmap().isNull())  # fmt: skip
    next_screen(qtbot, inspection)
    # 4 single choice
    click_answer(qtbot, inspection, "ok")
    next_screen(qtbot, inspection)
    assert inspection.current_step().key == "section:records"
    assert "2" in chrome.section_label.text()
    next_screen(qtbot, inspection)
    # 5 multi choice
    click_answer(qtbot, inspection, "sign")
    click_answer(qtbot, inspection, "ledger")
    next_screen(qtbot, inspection)
    # 6 text: given when leaving the screen
    text = card(inspection).editor
    assert isinstance(text, TextAnswer)
    text.edit.setFocus()
    QTest.keyClicks(text.edit, "all fine")
    next_screen(qtbot, inspection)
    # 7 date
    date = card(inspection).editor
    assert isinstance(date, DateAnswer)
    qtbot.mouseClick(date.today_button, LEFT)
    next_screen(qtbot, inspection)
    # 8 photo item
    assert card(inspection).item.code == "overview"
    qtbot.mouseClick(card(inspection).photos.file_button, LEFT)
    qtbot.waitUntil(lambda: len(inspection.photos.get("overview", [])) == 1)
    saved(qtbot, inspection)
    assert not chrome.finish_button.isEnabled(), "the signature is still missing"
    next_screen(qtbot, inspection)
    # 9 signature drawn with the mouse
    signature = card(inspection).editor
    assert isinstance(signature, SignatureAnswer)
    draw(signature.pad)
    qtbot.mouseClick(signature.save_button, LEFT)
    qtbot.waitUntil(lambda: "signed" in inspection.signatures)
    qtbot.waitUntil(lambda: signature.saved_image.isVisible())
    saved(qtbot, inspection)
    assert chrome.finish_button.isEnabled(), "everything required is there"
    next_screen(qtbot, inspection)
    assert inspection.current_step().is_review
    assert inspection.card.missing_buttons == {}

    with qtbot.waitSignal(inspection.finished, timeout=10_000) as blocker:
        qtbot.mouseClick(chrome.finish_button, LEFT)
    result = blocker.args[0]
    # earned: drain 2/2, meter 0/1, pH 1/1, drums 1/1, labels 0.75/1 -> 4.75 / 6
    assert result.assessment.score_percent == pytest.approx(100 * 4.75 / 6)
    assert result.assessment.passed is False
    assert len(result.action_ids) == 1
    assert "79.2" in inspection.card.score_label.text()
    assert not chrome.bottom.isVisible()

    database = app_context.startup.database
    with database.reading() as session:
        finished = [r for r in completed_runs(session) if r.id == inspection.run_id]
        view = run_view(session, inspection.run_id)
        action = get_action(session, result.action_ids[0])
    assert finished and finished[0].status == "completed"
    assert finished[0].score_percent == pytest.approx(100 * 4.75 / 6)
    assert view.answers["labels"] == ("sign", "ledger")
    assert view.answers["remarks"] == "all fine"
    assert view.notes["meter_ok"] == "display dark"
    assert len(view.photos["ph"]) == 1 and "signed" in view.signatures
    assert action.source_run == inspection.run_id and action.source_item == "meter_ok"

    qtbot.mouseClick(inspection.card.back_button, LEFT)
    qtbot.waitUntil(lambda: page.inspection is None)
    qtbot.waitUntil(lambda: any(r.id == finished[0].id for r in page.lists.completed))


def test_a_closed_draft_reopens_at_the_same_item(
    qtbot: QtBot, page: AuditsPage, app_context: AppContext
) -> None:
    inspection = start(qtbot, page)
    run_id = inspection.run_id
    next_screen(qtbot, inspection)
    click_answer(qtbot, inspection, "no")  # shows the leak note
    next_screen(qtbot, inspection)
    assert card(inspection).item.code == "leak_note"
    assert progress(inspection) == f"2 / {ITEMS + 1}"
    text = card(inspection).editor
    text.edit.setFocus()
    QTest.keyClicks(text.edit, "leaves")
    next_screen(qtbot, inspection)
    click_answer(qtbot, inspection, "pass")
    next_screen(qtbot, inspection)
    number = card(inspection).editor
    QTest.keyClicks(number.field, "10")
    assert card(inspection).item.code == "ph"

    qtbot.mouseClick(inspection.chrome.close_button, LEFT)  # gives the typed 10 first
    qtbot.waitUntil(lambda: page.inspection is None)
    qtbot.waitUntil(lambda: any(r.id == run_id for r in page.lists.drafts))
    with app_context.startup.database.reading() as session:
        draft = next(r for r in drafts(session) if r.id == run_id)
        assert run_view(session, run_id).position == "ph"
    assert draft.answered == 4

    row = next(i for i, r in enumerate(page.lists.drafts) if r.id == run_id)
    page.drafts_list.setCurrentRow(row)
    qtbot.mouseClick(page.continue_button, LEFT)
    qtbot.waitUntil(lambda: page.inspection is not None and page.inspection.view is not None)
    reopened = page.inspection
    assert reopened.run_id == run_id
    assert card(reopened).item.code == "ph"
    assert progress(reopened) == f"4 / {ITEMS + 1}"
    number = card(reopened).editor
    assert number.field.text() == "10" and number.is_flagged()
    qtbot.mouseClick(reopened.chrome.previous_button, LEFT)
    assert card(reopened).editor.button("pass").isChecked()
    qtbot.mouseClick(reopened.chrome.previous_button, LEFT)
    assert card(reopened).editor.edit.toPlainText() == "leaves"
    qtbot.mouseClick(reopened.chrome.previous_button, LEFT)
    assert card(reopened).editor.button("no").isChecked()
    assert "雨水沟畅通" in card(reopened).question.text()

    app_context.language.switch("en")  # the template's own texts follow the UI language too
    qtbot.waitUntil(lambda: "Storm drain clear" in card(reopened).question.text())
    assert card(reopened).editor.button("no").isChecked()
    assert card(reopened).editor.button("yes").label() == "Yes"


def test_an_answer_that_could_not_be_saved_says_so_and_is_retried(
    qtbot: QtBot, page: AuditsPage, app_context: AppContext, monkeypatch
) -> None:
    from desktop_app.ui.inspection import guided

    real = guided.record_answer
    calls: list[str] = []

    def locked_once(session, actor, run_id, code, value, note=""):
        calls.append(code)
        if len(calls) == 1:
            raise OSError("database is locked")
        return real(session, actor, run_id, code, value, note)

    monkeypatch.setattr(guided, "record_answer", locked_once)
    inspection = start(qtbot, page)
    next_screen(qtbot, inspection)
    click_answer(qtbot, inspection, "yes")
    chrome = inspection.chrome
    qtbot.waitUntil(lambda: inspection.writer.state == "failed")
    assert chrome.save_label.text().startswith("⚠") and chrome.retry_button.isVisible()
    assert not chrome.finish_button.isEnabled()
    qtbot.mouseClick(chrome.retry_button, LEFT)
    saved(qtbot, inspection)
    assert not chrome.retry_button.isVisible()
    with app_context.startup.database.reading() as session:
        assert run_view(session, inspection.run_id).answers["drain_clear"] == "yes"
