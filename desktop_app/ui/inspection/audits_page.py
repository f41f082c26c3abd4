"""Audits: start an inspection from a template, continue a draft, see finished rounds.

The page is the way into the guided inspection and back: starting or continuing replaces the
lists with the inspection, closing it returns here and re-reads the lists (the draft just left
shows its new progress). Lists are read on the query pool whenever the page is shown; side by
side on a landscape screen, stacked on a portrait one.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.checklist_runs import RunSummary, completed_runs, drafts, start_run
from desktop_app.services.checklist_templates import TemplateSummary, available_templates
from desktop_app.ui.context import AppContext
from desktop_app.ui.inspection.audit_tools import AuditTools
from desktop_app.ui.inspection.guided import GuidedInspection
from desktop_app.ui.inspection.texts import category_name, inspection_error_text, local_time
from desktop_app.ui.pages.base import Page
from desktop_app.ui.run_query import run_query
from domain.roles import Permission, role_allows
from widgets.touch import TOUCH_TARGET_PX, enable_kinetic_scrolling

__all__ = ["AuditLists", "AuditsPage"]

LIST_STYLE = """
QListWidget { font-size: 12pt; border: 1px solid #c4c8cc; border-radius: 6px; }
QListWidget::item { padding: 10px 12px; border-bottom: 1px solid #e3e6ea; }
QListWidget::item:selected { background: #1f4e9a; color: white; }
"""
ACTION_STYLE = "font-size: 13pt; padding: 6px 18px;"


@dataclass(frozen=True)
class AuditLists:
    templates: list[TemplateSummary]
    drafts: list[RunSummary]
    completed: list[RunSummary]


class AuditsPage(Page):
    """`templates_list`/`start_button`, `drafts_list`/`continue_button`, `completed_list`;
    `inspection` is the GuidedInspection while one is open."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.stack = QStackedWidget(self)
        self.home = QWidget(self.stack)
        self.stack.addWidget(self.home)
        self.layout_.addWidget(self.stack, 1)
        self.inspection: GuidedInspection | None = None
        self.lists = AuditLists([], [], [])
        self.templates_caption = _caption(self.home)
        self.templates_list = _list(self.home)
        self.start_button = _action_button(self.home)
        self.drafts_caption = _caption(self.home)
        self.drafts_list = _list(self.home)
        self.continue_button = _action_button(self.home)
        self.completed_caption = _caption(self.home)
        self.completed_list = _list(self.home)
        self.hint_label = QLabel(self.home)
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: #8a6d00; font-size: 11pt;")
        left = QVBoxLayout()
        for widget in (self.templates_caption, self.templates_list, self.start_button):
            left.addWidget(widget)
        left.setStretch(1, 1)
        right = QVBoxLayout()
        for widget in (self.drafts_caption, self.drafts_list, self.continue_button):
            right.addWidget(widget)
        right.addWidget(self.completed_caption)
        right.addWidget(self.completed_list)
        right.setStretch(1, 1)
        right.setStretch(4, 1)
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setSpacing(20)
        self.columns.addLayout(left, 1)
        self.columns.addLayout(right, 1)
        home_layout = QVBoxLayout(self.home)
        home_layout.setContentsMargins(0, 0, 0, 0)
        self.tools = AuditTools(context, self._selected_completed, self.home)
        self.tools.changed.connect(self.refresh)
        self.completed_list.currentRowChanged.connect(lambda _row: self.tools.update_enabled())
        self.tools.update_enabled()
        home_layout.addWidget(self.hint_label)
        home_layout.addWidget(self.tools)
        home_layout.addLayout(self.columns, 1)
        self.start_button.clicked.connect(self.start_selected)
        self.continue_button.clicked.connect(self.continue_selected)
        self.templates_list.itemActivated.connect(lambda _item: self.start_selected())
        self.drafts_list.itemActivated.connect(lambda _item: self.continue_selected())
        self.templates_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.drafts_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        context.session.actor_changed.connect(lambda _actor: self._update_buttons())
        self._starting = False
        self.retranslate()

    def _selected_completed(self) -> str | None:
        row = self.completed_list.currentRow()
        completed = self.lists.completed
        return completed[row].id if 0 <= row < len(completed) else None

    # -- reading ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.inspection is None:
            self.refresh()

    def refresh(self) -> None:
        database = self.context.startup.database

        def read() -> AuditLists:
            with database.reading() as session:
                return AuditLists(
                    available_templates(session), drafts(session), completed_runs(session)
                )

        run_query(self, read, self._loaded, self._failed)

    def _loaded(self, lists: AuditLists) -> None:
        self.lists = lists
        self._fill()

    def _failed(self, error: BaseException) -> None:
        self.hint_label.setText(inspection_error_text(error))
        self.hint_label.show()

    # -- starting and continuing ----------------------------------------------------------------

    def may_fill(self) -> bool:
        return role_allows(self.context.session.actor.role, Permission.FILL_CHECKLISTS)

    def start_selected(self) -> None:
        row = self.templates_list.currentRow()
        if not self.may_fill() or self._starting or not 0 <= row < len(self.lists.templates):
            return
        code = self.lists.templates[row].code
        database, actor = self.context.startup.database, self.context.session.actor
        self._starting = True
        self._update_buttons()

        def write() -> str:
            with database.transaction() as session:
                return start_run(session, actor, code)

        run_query(self, write, self._started, self._start_failed)

    def _started(self, run_id: str) -> None:
        self._starting = False
        self.open_run(run_id)

    def _start_failed(self, error: BaseException) -> None:
        self._starting = False
        self._failed(error)
        self._update_buttons()

    def continue_selected(self) -> None:
        row = self.drafts_list.currentRow()
        if self.may_fill() and 0 <= row < len(self.lists.drafts):
            self.open_run(self.lists.drafts[row].id)

    def open_run(self, run_id: str) -> None:
        """Show the run in guided mode in place of the lists."""
        self.close_inspection()
        inspection = GuidedInspection(self.context, run_id, self.stack)
        inspection.closed.connect(self.close_inspection)
        self.inspection = inspection
        self.stack.addWidget(inspection)
        self.stack.setCurrentWidget(inspection)
        self.title_label.hide()

    def close_inspection(self) -> None:
        inspection, self.inspection = self.inspection, None
        if inspection is not None:
            self.stack.removeWidget(inspection)
            inspection.deleteLater()
        self.stack.setCurrentWidget(self.home)
        self.title_label.show()
        if self.isVisible():
            self.refresh()

    # -- showing --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Audits"))
        self.templates_caption.setText(self.tr("Checklists"))
        self.start_button.setText(self.tr("Start inspection"))
        self.drafts_caption.setText(self.tr("Unfinished inspections"))
        self.continue_button.setText(self.tr("Continue"))
        self.completed_caption.setText(self.tr("Finished inspections"))
        self._fill()

    def _fill(self) -> None:
        chinese = self.context.language.is_chinese
        _fill_list(
            self.templates_list,
            [_template_text(t, chinese, self.tr("%1 items")) for t in self.lists.templates],
            self.tr("No checklist templates are installed."),
        )
        _fill_list(
            self.drafts_list,
            [self._draft_text(run, chinese) for run in self.lists.drafts],
            self.tr("No unfinished inspections."),
        )
        _fill_list(
            self.completed_list,
            [self._completed_text(run, chinese) for run in self.lists.completed],
            self.tr("No finished inspections yet."),
        )
        self._update_buttons()

    def _draft_text(self, run: RunSummary, chinese: bool) -> str:
        name = _run_name(run, chinese)
        detail = (
            self.tr("Started %1 by %2 · %3 of %4 answered")
            .replace("%1", local_time(run.started_ms))
            .replace("%2", run.started_by)
            .replace("%3", str(run.answered))
            .replace("%4", str(run.total))
        )
        return f"{name}\n{detail}"

    def _completed_text(self, run: RunSummary, chinese: bool) -> str:
        score = "—" if run.score_percent is None else f"{run.score_percent:.1f} %"
        detail = (
            self.tr("Finished %1 by %2 · score %3")
            .replace("%1", local_time(run.finished_ms))
            .replace("%2", run.started_by)
            .replace("%3", score)
        )
        return f"{_run_name(run, chinese)}\n{detail}"

    def _update_buttons(self) -> None:
        allowed = self.may_fill()
        self.start_button.setEnabled(
            allowed
            and not self._starting
            and 0 <= self.templates_list.currentRow() < len(self.lists.templates)
        )
        self.continue_button.setEnabled(
            allowed and 0 <= self.drafts_list.currentRow() < len(self.lists.drafts)
        )
        if not allowed:
            self.hint_label.setText(
                self.tr("Sign in as an inspector, engineer or administrator to fill checklists.")
            )
        self.hint_label.setVisible(not allowed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        portrait = self.height() > self.width()
        self.columns.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )


def _template_text(template: TemplateSummary, chinese: bool, items_text: str) -> str:
    items = items_text.replace("%1", str(template.items))
    detail = f"{category_name(template.category)} · {items} · v{template.version}"
    return f"{template.name.pick(chinese)}\n{detail}"


def _run_name(run: RunSummary, chinese: bool) -> str:
    name = run.template_name.pick(chinese) if run.template_name else run.template_code
    return f"{name} — {run.title}" if run.title else name


def _fill_list(widget: QListWidget, texts: list[str], empty: str) -> None:
    row = widget.currentRow()
    widget.clear()
    for text in texts:
        QListWidgetItem(text, widget)
    if not texts:
        placeholder = QListWidgetItem(empty, widget)
        placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
    elif 0 <= row < len(texts):
        widget.setCurrentRow(row)


def _caption(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet("font-size: 13pt; font-weight: bold; color: #20343f;")
    return label


def _list(parent: QWidget) -> QListWidget:
    widget = QListWidget(parent)
    widget.setStyleSheet(LIST_STYLE)
    widget.setWordWrap(True)
    widget.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
    widget.setMinimumHeight(TOUCH_TARGET_PX * 3)
    enable_kinetic_scrolling(widget)
    return widget


def _action_button(parent: QWidget) -> QPushButton:
    button = QPushButton(parent)
    button.setMinimumHeight(TOUCH_TARGET_PX + 8)
    button.setStyleSheet(ACTION_STYLE)
    return button
