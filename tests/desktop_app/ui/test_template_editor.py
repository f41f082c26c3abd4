"""The template editor builds a template through its widgets and checks it after every edit,
showing the problem where it is; Save stores a new template or a new version through the
service. Template files are refused with a sentence (bad JSON, unknown key, 5 MB, deep
nesting) without importing anything or hanging; an exported file reads back the same."""

from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from desktop_app.services.checklist_templates import (
    available_templates,
    export_template,
    import_template,
    load_template,
)
from desktop_app.services.users import create_user
from desktop_app.ui.context import AppContext
from desktop_app.ui.template_editor import (
    TemplateEditor,
    TemplatesDialog,
    export_template_file,
    import_template_file,
    open_templates_dialog,
)
from desktop_app.ui.template_editor.document import Draft, NodeRef, locate
from desktop_app.ui.template_editor.options_model import OptionsModel
from desktop_app.ui.template_editor.preview import ItemPreview
from desktop_app.ui.template_editor.templates_dialog import TemplatesModel
from desktop_app.ui.template_editor.tree_model import TemplateTreeModel
from domain.checklists import ItemKind, parse_template
from domain.roles import SYSTEM, Actor, Role


@pytest.fixture(autouse=True)
def english(app_context):
    """These tests read the English sentences; the shipped catalogue would show Chinese."""
    app_context.language.switch("en")


BUILTIN = "ep_facility_daily"
WAIT = 15_000


@pytest.fixture
def engineer(app_context: AppContext) -> Actor:
    with app_context.startup.database.transaction() as session:
        info = create_user(session, SYSTEM, "wang", "a long enough password", Role.ENGINEER)
    actor = Actor("wang", Role.ENGINEER, info.id)
    app_context.session.sign_in(actor)
    return actor


@pytest.fixture
def owner(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def open_editor(
    qtbot: QtBot, context: AppContext, source: str | None = None, **kw
) -> TemplateEditor:
    editor = TemplateEditor(context, source, **kw)
    editor.confirm_discard = lambda _owner: True
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.loaded, timeout=WAIT)
    return editor


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Replace the text as a user would: select all, type (Chinese as an input method would
    commit it: QTest can only type ASCII keys)."""
    edit.selectAll()
    if not text:
        qtbot.keyClick(edit, Qt.Key.Key_Delete)
    elif text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.insert(text)


def templates(context: AppContext) -> dict[str, int]:
    with context.startup.database.reading() as session:
        return {s.code: s.version for s in available_templates(session)}


def test_the_models_keep_qt_contracts(qtmodeltester, app_context: AppContext) -> None:
    with app_context.startup.database.reading() as session:
        template = load_template(session, BUILTIN)
        summaries = available_templates(session)
    draft = Draft.of(template)
    tree = TemplateTreeModel(draft, chinese=True)
    qtmodeltester.check(tree)
    tree.move(NodeRef(0, 0), 1)
    tree.move(NodeRef(0, len(draft.items(0)) - 1), 1)  # into the next section
    tree.add_section(0)
    tree.remove(NodeRef(1))
    qtmodeltester.check(tree)
    options = OptionsModel()
    options.set_options(draft.document["sections"][0]["items"][3]["options"])
    qtmodeltester.check(options)
    listing = TemplatesModel(chinese=True)
    listing.set_templates(summaries)
    qtmodeltester.check(listing)


def test_a_pointer_is_placed_and_said_in_words() -> None:
    assert locate("/sections/1/items/4/text/en") == (NodeRef(1, 4), "text.en")
    assert locate("/sections/1/items/4/options/2/score") == (NodeRef(1, 4), "options")
    assert locate("/sections/0/title") == (NodeRef(0), "title.zh")
    assert locate("/scoring/pass_percent") == (NodeRef(), "pass_percent")
    assert locate("") == (NodeRef(), "")


def test_a_new_template_is_built_checked_and_saved(
    qtbot: QtBot, app_context: AppContext, engineer: Actor
) -> None:
    editor = open_editor(qtbot, app_context)
    form = editor.template_form
    assert not editor.save_button.isEnabled()  # names and texts still empty
    type_into(qtbot, form.code_edit, "boiler_weekly")
    type_into(qtbot, form.name_zh_edit, "锅炉周检")
    type_into(qtbot, form.name_en_edit, "Boiler weekly check")
    form.category_combo.setCurrentIndex(form.category_combo.findData("energy"))

    editor.select(NodeRef(0))
    section = editor.section_form
    type_into(qtbot, section.code_edit, "boiler")
    type_into(qtbot, section.title_zh_edit, "锅炉本体")
    type_into(qtbot, section.title_en_edit, "Boiler")

    editor.select(NodeRef(0, 0))
    item = editor.item_form
    type_into(qtbot, item.code_edit, "steam_pressure")
    item.kind_combo.setCurrentIndex(item.kind_combo.findData("number"))
    assert item.row_visible("limits") and not item.row_visible("options")
    item.text_zh_edit.setPlainText("蒸汽压力")
    item.text_en_edit.setPlainText("Steam pressure")
    type_into(qtbot, item.unit_edit, "MPa")
    type_into(qtbot, item.low_edit, "1.6")
    type_into(qtbot, item.high_edit, "0.4")
    assert "Limits" in editor.status_label.text() and "Item 1 (steam_pressure)" in (
        editor.status_label.text()
    )
    assert item.problem_shown("limits") and not editor.save_button.isEnabled()
    type_into(qtbot, item.low_edit, "0.4")
    type_into(qtbot, item.high_edit, "1.6")
    assert not item.problem_shown("limits")

    qtbot.mouseClick(editor.add_item_button, Qt.MouseButton.LeftButton)
    assert editor.current() == NodeRef(0, 1)
    type_into(qtbot, item.code_edit, "water_level")
    item.kind_combo.setCurrentIndex(item.kind_combo.findData("single_choice"))
    assert item.row_visible("options") and not item.row_visible("limits")
    item.text_zh_edit.setPlainText("水位计显示")
    item.text_en_edit.setPlainText("Water-level gauge")
    options = item.options_model
    for row, (code, zh, en, score) in enumerate(
        (("normal", "正常", "Normal", "1"), ("low", "偏低", "Low", "0"))
    ):
        for column, value in enumerate((code, zh, en, score)):
            options.setData(options.index(row, column), value)
    options.setData(
        options.index(1, 4), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )

    qtbot.mouseClick(editor.add_section_button, Qt.MouseButton.LeftButton)
    assert editor.current() == NodeRef(1)
    type_into(qtbot, section.code_edit, "follow_up")
    type_into(qtbot, section.title_zh_edit, "处理")
    type_into(qtbot, section.title_en_edit, "Follow-up")
    editor.select(NodeRef(1, 0))
    item.kind_combo.setCurrentIndex(item.kind_combo.findData("text"))
    item.text_zh_edit.setPlainText("补水措施")
    item.text_en_edit.setPlainText("What was done about the level")
    condition = item.condition_editor
    assert [condition.item_combo.itemData(i) for i in range(condition.item_combo.count())] == [
        None,
        "water_level",
    ]  # only earlier items that can be conditions: not the number
    condition.item_combo.setCurrentIndex(1)
    condition.set_value_checked("normal", False)
    condition.set_value_checked("low", True)

    type_into(qtbot, item.code_edit, "steam_pressure")  # taken by the first item
    assert "already used" in item.problem_shown("code")
    assert "Section 2 (follow_up) › Item 1 (steam_pressure) › Code" in editor.status_label.text()
    assert not editor.save_button.isEnabled()
    assert editor.model.data(editor.model.index_of(NodeRef(1, 0)), Qt.ItemDataRole.ForegroundRole)
    type_into(qtbot, item.code_edit, "refill_note")
    assert not item.problem_shown("code")
    assert editor.problems == [] and editor.save_button.isEnabled()

    with qtbot.waitSignal(editor.saved, timeout=WAIT) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert saved.args[0].code == "boiler_weekly" and saved.args[0].items == 3
    assert templates(app_context)["boiler_weekly"] == 1
    with app_context.startup.database.reading() as session:
        stored = load_template(session, "boiler_weekly")
    pressure, level, note = stored.items()
    assert (pressure.kind, pressure.unit, pressure.low, pressure.high) == (
        ItemKind.NUMBER, "MPa", 0.4, 1.6,
    )  # fmt: skip
    assert [(o.code, o.score, o.finding) for o in level.options] == [
        ("normal", 1.0, False),
        ("low", 0.0, True),
    ]
    assert note.show_if is not None and (note.show_if.item, note.show_if.values) == (
        "water_level",
        ("low",),
    )
    assert stored.section_of("refill_note").code == "follow_up"


def test_a_new_template_may_not_take_a_stored_code(
    qtbot: QtBot, app_context: AppContext, engineer: Actor
) -> None:
    editor = open_editor(qtbot, app_context, BUILTIN, as_copy=True)
    assert editor.template_form.code_edit.text() == f"{BUILTIN}_copy"
    assert not editor.template_form.code_edit.isReadOnly()
    assert editor.problems == [] and editor.save_button.isEnabled()
    type_into(qtbot, editor.template_form.code_edit, BUILTIN)
    assert "exists already" in editor.template_form.problem_shown("code")
    assert not editor.save_button.isEnabled()


def test_a_builtin_is_edited_into_version_2(
    qtbot: QtBot, app_context: AppContext, engineer: Actor
) -> None:
    app_context.language.switch("zh_CN")  # the preview shows the built-in's Chinese text
    editor = open_editor(qtbot, app_context, BUILTIN)
    form = editor.template_form
    assert form.code_edit.isReadOnly() and form.version_spin.value() == 2
    assert form.version_spin.minimum() == 2  # never below the stored version + 1
    editor.select(NodeRef(0, 2))
    item = editor.item_form
    assert item.code_edit.text() == "ph_outlet" and item.low_edit.text() == "6"
    type_into(qtbot, item.high_edit, "8.5")
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert editor.current() == NodeRef(0, 1) and item.code_edit.text() == "ph_outlet"
    preview = editor.preview()
    assert isinstance(preview, ItemPreview)
    assert "总排口 pH 值" in preview.question.text()
    preview.close()
    with qtbot.waitSignal(editor.saved, timeout=WAIT):
        editor.save()
    with app_context.startup.database.reading() as session:
        new = load_template(session, BUILTIN)
        old = load_template(session, BUILTIN, 1)
    assert new.version == 2 and new.item("ph_outlet").high == 8.5
    assert [i.code for i in new.sections[0].items][:2] == ["wwtp_running", "ph_outlet"]
    assert old.item("ph_outlet").high == 9.0  # runs of version 1 keep their questions


def test_an_inspector_is_refused_with_a_sentence(qtbot: QtBot, app_context: AppContext) -> None:
    app_context.session.sign_in(Actor("li", Role.INSPECTOR, 99))
    editor = open_editor(qtbot, app_context, BUILTIN)
    editor.save()
    qtbot.waitUntil(lambda: not editor.saving, timeout=WAIT)
    assert "inspector" in editor.status_label.text()
    assert templates(app_context)[BUILTIN] == 1


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b'{"format": 1, "code": "x",', "not valid JSON"),
        (None, "not part of the template format"),
        (b" " * 5_000_000, "larger than 2 MB"),
        (_nested(100_000).encode(), "nested far deeper"),
    ],
    ids=["bad_json", "unknown_key", "five_megabytes", "deeply_nested"],
)
def test_a_bad_file_is_refused_clearly_and_nothing_is_imported(
    qtbot: QtBot,
    app_context: AppContext,
    engineer: Actor,
    owner: QWidget,
    tmp_path: Path,
    content: bytes | None,
    said: str,
) -> None:
    if content is None:  # a real template with one misspelt key in its third item
        with app_context.startup.database.reading() as session:
            document = json.loads(export_template(session, BUILTIN))
        document["code"] = "misspelt"
        document["sections"][0]["items"][2]["unt"] = "pH"
        content = json.dumps(document, ensure_ascii=False).encode()
    path = tmp_path / "template.json"
    path.write_bytes(content)
    before = templates(app_context)
    refusals: list[str] = []
    started = time.monotonic()
    assert import_template_file(
        owner,
        app_context,
        path=path,
        on_done=lambda summary: refusals.append(f"imported {summary.code}"),
        on_failed=refusals.append,
    )
    qtbot.waitUntil(lambda: bool(refusals), timeout=WAIT)
    assert time.monotonic() - started < 5
    assert refusals[0].startswith("template.json") and said in refusals[0]
    if said.startswith("not part"):
        assert "Section 1 (wastewater) › Item 3 (ph_outlet) › unt" in refusals[0]
    assert templates(app_context) == before


def test_export_writes_a_file_that_imports_back(
    qtbot: QtBot, app_context: AppContext, engineer: Actor, owner: QWidget, tmp_path: Path
) -> None:
    folder = tmp_path / "exchange"
    folder.mkdir()
    target = folder / "out.json"
    target.write_text("old content", encoding="utf-8")
    written: list[Path] = []
    export_template_file(
        owner, app_context, BUILTIN, 1, path=target, on_done=written.append, on_failed=pytest.fail
    )
    qtbot.waitUntil(lambda: bool(written), timeout=WAIT)
    assert list(folder.iterdir()) == [target]  # no temporary file left behind
    with app_context.startup.database.reading() as session:
        assert parse_template(target.read_bytes()) == load_template(session, BUILTIN, 1)
    document = json.loads(target.read_text(encoding="utf-8"))
    document["version"] = 3
    target.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    imported: list[object] = []
    import_template_file(owner, app_context, path=target, on_done=imported.append)
    qtbot.waitUntil(lambda: bool(imported), timeout=WAIT)
    assert templates(app_context)[BUILTIN] == 3


def test_the_templates_dialog_lists_and_opens_the_editor(
    qtbot: QtBot, app_context: AppContext, engineer: Actor, owner: QWidget
) -> None:
    dialog = open_templates_dialog(owner, app_context)
    assert isinstance(dialog, TemplatesDialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=WAIT)
    model = dialog.model
    codes = [model.data(model.index(row, 1)) for row in range(model.rowCount(QModelIndex()))]
    assert BUILTIN in codes and len(codes) == 7
    row = codes.index(BUILTIN)
    assert model.data(model.index(row, 4)) and model.data(model.index(row, 2)) == "1"
    dialog.table.selectRow(row)
    assert all(button.isEnabled() for button in dialog.buttons.values())
    editor = dialog.open_editor(BUILTIN)
    editor.confirm_discard = lambda _owner: True
    qtbot.waitUntil(lambda: editor.loaded, timeout=WAIT)
    with qtbot.waitSignal(editor.saved, timeout=WAIT):
        editor.save()
    qtbot.waitUntil(lambda: "2" in dialog.status_label.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: model.data(model.index(row, 2)) == "2", timeout=WAIT)
    app_context.session.sign_out()
    assert not dialog.buttons["new"].isEnabled() and dialog.buttons["export"].isEnabled()
    dialog.close()


_watch: dict[str, object] = {"thread": None, "path": None, "opened": []}


def _audit(name: str, args: tuple) -> None:
    on_gui = _watch["thread"] is threading.current_thread()
    if name == "open" and on_gui and args and str(args[0]) == str(_watch["path"]):
        _watch["opened"].append(args[0])  # type: ignore[union-attr]


sys.addaudithook(_audit)


def test_no_database_or_file_io_on_the_gui_thread(
    qtbot: QtBot, app_context: AppContext, engineer: Actor, owner: QWidget, tmp_path: Path
) -> None:
    gui_thread = threading.current_thread()
    executed_on_gui: list[str] = []

    def on_execute(_conn, _cursor, statement, *_rest) -> None:
        if threading.current_thread() is gui_thread:
            executed_on_gui.append(statement)

    path = tmp_path / "exchange.json"
    engine = app_context.startup.database.engine
    event.listen(engine, "before_cursor_execute", on_execute)
    _watch.update(thread=gui_thread, path=path, opened=[])
    try:
        dialog = open_templates_dialog(owner, app_context)
        qtbot.waitUntil(lambda: dialog.loaded, timeout=WAIT)
        editor = dialog.open_editor(BUILTIN)
        editor.confirm_discard = lambda _owner: True
        qtbot.waitUntil(lambda: editor.loaded, timeout=WAIT)
        editor.select(NodeRef(0, 2))
        type_into(qtbot, editor.item_form.high_edit, "8.5")
        with qtbot.waitSignal(editor.saved, timeout=WAIT):
            editor.save()
        done: list[object] = []
        export_template_file(owner, app_context, BUILTIN, 2, path=path, on_done=done.append)
        qtbot.waitUntil(lambda: bool(done), timeout=WAIT)
        import_template_file(owner, app_context, path=path, on_done=done.append)
        qtbot.waitUntil(lambda: len(done) == 2, timeout=WAIT)
        dialog.close()
    finally:
        _watch["thread"] = None
        event.remove(engine, "before_cursor_execute", on_execute)
    assert executed_on_gui == []
    assert _watch["opened"] == []


def test_a_template_of_2000_items_is_edited_without_delay(
    qtbot: QtBot, app_context: AppContext, engineer: Actor
) -> None:
    sections = [
        {
            "code": f"s{s}",
            "title": {"zh": f"第{s}部分", "en": f"Part {s}"},
            "items": [
                {
                    "code": f"s{s}_i{i}",
                    "kind": "number",
                    "text": {"zh": f"读数 {s}-{i}", "en": f"Reading {s}-{i}"},
                    "limits": {"low": 0, "high": 10},
                }
                for i in range(200)
            ],
        }
        for s in range(10)
    ]
    document = {
        "format": 1, "code": "huge", "version": 1, "name": {"zh": "大模板", "en": "Huge"},
        "category": "inspection", "sections": sections,
    }  # fmt: skip
    with app_context.startup.database.transaction() as session:
        import_template(session, engineer, json.dumps(document), "test")
    editor = open_editor(qtbot, app_context, "huge")
    assert editor.model.rowCount(editor.model.index_of(NodeRef())) == 10
    editor.select(NodeRef(9, 199))
    started = time.monotonic()
    for text in ("1", "12", "1", "11"):  # each keystroke checks all 2,000 items
        type_into(qtbot, editor.item_form.low_edit, text)
    assert "Limits" in editor.status_label.text()  # 11 > 10
    assert time.monotonic() - started < 2
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert editor.current() == NodeRef(9, 198)


def test_removing_a_section_asks_and_an_empty_section_is_a_problem(
    qtbot: QtBot, app_context: AppContext, engineer: Actor
) -> None:
    editor = open_editor(qtbot, app_context, BUILTIN)
    asked: list[int] = []
    answer = [False]
    editor.outline.confirm_remove = lambda _owner, items: asked.append(items) or answer[0]
    sections = len(editor.draft.sections)
    editor.select(NodeRef(1))
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert asked == [7] and len(editor.draft.sections) == sections
    answer[0] = True
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert len(editor.draft.sections) == sections - 1 and editor.current() == NodeRef(1)
    code = editor.draft.sections[1]["code"]
    qtbot.mouseClick(editor.down_button, Qt.MouseButton.LeftButton)  # items follow their section
    assert editor.current() == NodeRef(2) and editor.draft.sections[2]["code"] == code
    item = editor.model.index_of(NodeRef(2, 0))
    assert editor.model.ref(editor.model.parent(item)) == NodeRef(2)
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    last = len(editor.draft.sections) - 1
    editor.select(NodeRef(last, 1))  # the sign-off section: date and signature
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert editor.current() == NodeRef(last) and editor.draft.items(last) == []
    assert "Section 6 (sign_off) › Items" in editor.status_label.text()
    assert not editor.save_button.isEnabled()
    qtbot.mouseClick(editor.add_item_button, Qt.MouseButton.LeftButton)
    assert editor.current() == NodeRef(last, 0)
