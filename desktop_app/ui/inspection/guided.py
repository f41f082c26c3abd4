"""Guided inspection: one question per screen, every answer saved the moment it is given.

Built for an inspector walking a plant with a tablet: big Previous/Next at the bottom where the
thumbs are, the progress ("12 / 48") and the section always visible, and a save state that never
blocks — writes go through `RunWriter` on the query pool, in order, while the next question is
already on screen. The draft remembers the item on screen, so reopening it after a flat battery
continues there. Finish is enabled only when nothing required is missing; the review screen
says what is and jumps to it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from desktop_app.services.checklist_runs import (
    FinishedRun,
    PhotoInfo,
    RunView,
    finish_run,
    photo_path,
    record_answer,
    run_view,
    set_position,
)
from desktop_app.ui.context import AppContext
from desktop_app.ui.inspection import camera
from desktop_app.ui.inspection.cards import ResultCard, ReviewCard, SectionCard
from desktop_app.ui.inspection.chrome import InspectionChrome
from desktop_app.ui.inspection.item_card import ItemCard
from desktop_app.ui.inspection.media import InspectionMedia
from desktop_app.ui.inspection.photo_io import ThumbnailLoader
from desktop_app.ui.inspection.run_writer import IDLE, SAVED, RunWriter
from desktop_app.ui.inspection.steps import Step, build_steps, item_key
from desktop_app.ui.inspection.texts import inspection_error_text
from desktop_app.ui.run_query import run_query
from domain.checklists import Answer, Item, ItemKind, RunAssessment, assess
from widgets.touch import set_kinetic_scrolling

__all__ = ["GuidedInspection"]

THUMBNAIL_SIDE = 600


class GuidedInspection(InspectionMedia):
    """A run on screen. `closed` when the inspector leaves, `finished(FinishedRun)` at the end."""

    closed = Signal()
    finished = Signal(object)
    loaded = Signal()

    def __init__(self, context: AppContext, run_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.run_id = run_id
        self.data_dir: Path = context.startup.database.data_dir
        self.writer = RunWriter(context.startup.database, self)
        self.thumbnails = ThumbnailLoader(THUMBNAIL_SIDE, self)
        self.thumbnails.loaded.connect(self._thumbnail_loaded)
        self.view: RunView | None = None
        self.answers: dict[str, Answer] = {}
        self.notes: dict[str, str] = {}
        self.photos: dict[str, list[PhotoInfo]] = {}
        self.signatures: dict[str, PhotoInfo] = {}
        self.steps: list[Step] = []
        self.index = 0
        self.result: FinishedRun | None = None
        self.card: QWidget | None = None
        self._position = ""
        self._closing = False
        self._warned_unsaved = False
        self.chrome = InspectionChrome(self)
        self.card_area = QScrollArea(self)
        self.card_area.setWidgetResizable(True)
        self.card_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.card_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(8)
        layout.addWidget(self.chrome.top)
        layout.addWidget(self.card_area, 1)
        layout.addWidget(self.chrome.bottom)
        chrome = self.chrome
        chrome.close_button.clicked.connect(self.request_close)
        chrome.previous_button.clicked.connect(lambda: self.go(-1))
        chrome.next_button.clicked.connect(lambda: self.go(+1))
        chrome.finish_button.clicked.connect(self.finish)
        chrome.retry_button.clicked.connect(self.writer.retry)
        self.writer.state_changed.connect(chrome.show_save_state)
        self.writer.state_changed.connect(lambda _state: self._update_chrome())
        self._show_placeholder(self.tr("Opening the inspection…"))
        self._load()

    # -- loading --------------------------------------------------------------------------------

    def _load(self) -> None:
        database, run_id = self.context.startup.database, self.run_id

        def read() -> RunView:
            with database.reading() as session:
                return run_view(session, run_id)

        run_query(self, read, self._loaded, self._load_failed)

    def _loaded(self, view: RunView) -> None:
        self.view = view
        self.answers = dict(view.answers)
        self.notes = dict(view.notes)
        self.photos = {code: list(found) for code, found in view.photos.items()}
        self.signatures = dict(view.signatures)
        self._position = view.position
        self.steps = build_steps(view.template, self.answers)
        keys = [step.key for step in self.steps]
        self.index = keys.index(item_key(view.position)) if item_key(view.position) in keys else 0
        self._show_step()
        if self.writer.state == IDLE:
            self.chrome.show_save_state(SAVED)  # what was loaded is, by definition, stored
        self.loaded.emit()

    def _load_failed(self, error: BaseException) -> None:
        self._show_placeholder(
            self.tr("The inspection could not be opened: %1").replace(
                "%1", inspection_error_text(error)
            )
        )

    # -- navigation -----------------------------------------------------------------------------

    def current_step(self) -> Step | None:
        return self.steps[self.index] if self.steps else None

    def go(self, delta: int) -> None:
        """Previous (-1) or next (+1) screen, after giving what is typed on this one."""
        self._commit_card()
        if self.steps:
            self._go_to(max(0, min(len(self.steps) - 1, self.index + delta)))

    def jump_to(self, code: str) -> None:
        self._commit_card()
        keys = [step.key for step in self.steps]
        if item_key(code) in keys:
            self._go_to(keys.index(item_key(code)))

    def _go_to(self, index: int) -> None:
        self.index = index
        self._show_step()

    def _commit_card(self) -> None:
        if isinstance(self.card, ItemCard) and shiboken6.isValid(self.card):
            self.card.commit()

    def _show_step(self) -> None:
        step = self.current_step()
        if self.view is None or step is None:
            return
        chinese = self.context.language.is_chinese
        template = self.view.template
        card: QWidget
        if self.result is not None:
            result = ResultCard(self.result)
            result.back_requested.connect(self.request_close)
            card = result
        elif step.item is not None and step.section is not None:
            card = self._item_card(step, chinese)
        elif step.section is not None:
            count = sum(1 for s in self.steps if s.is_item and s.section is step.section)
            sections = max(s.section_number for s in self.steps)
            card = SectionCard(step.section, step.section_number, sections, count, chinese)
        else:
            review = ReviewCard(template, self._assessment(), self._number_of, chinese)
            review.jump_requested.connect(self.jump_to)
            card = review
        self.card = card
        self.card_area.setWidget(card)  # the scroll area deletes the previous card
        self.card_area.verticalScrollBar().setValue(0)
        drawing = step.item is not None and step.item.kind is ItemKind.SIGNATURE
        set_kinetic_scrolling(self.card_area, not drawing)  # a finger on the pad draws, not scrolls
        self._update_chrome()
        if step.item is not None and step.item.code != self._position and self.result is None:
            self._save_position(step.item.code)

    def _item_card(self, step: Step, chinese: bool) -> ItemCard:
        item, section = step.item, step.section
        assert item is not None and section is not None
        card = ItemCard(item, section, step.number, chinese)
        card.set_landscape(self._landscape())
        card.show_answer(self.answers.get(item.code), self.notes.get(item.code, ""))
        card.answered.connect(lambda value, i=item: self._answered(i, value))
        card.note_edited.connect(lambda note, i=item: self._note_edited(i, note))
        card.signed.connect(lambda png, i=item: self._signed(i, png))
        if card.photos is not None:
            strip = card.photos
            strip.set_camera_available(camera.camera_available())
            strip.take_photo_requested.connect(lambda i=item: self._photo_from_camera(i))
            strip.file_photo_requested.connect(lambda i=item: self._photo_from_file(i))
            strip.remove_requested.connect(lambda pid, i=item: self._remove_photo(i, pid))
            self._fill_strip(card)
        signature = self.signatures.get(item.code)
        if signature is not None:
            cached = self.thumbnails.cached(signature.id)
            card.show_signature(cached)
            if cached is None:
                self.thumbnails.request(signature.id, photo_path(self.data_dir, signature))
        return card

    def _number_of(self, code: str) -> int:
        return next((s.number for s in self.steps if s.key == item_key(code)), 0)

    # -- answers ------------------------------------------------------------------------------

    def _answered(self, item: Item, value: Answer | None) -> None:
        if value is None:
            self.answers.pop(item.code, None)
        else:
            self.answers[item.code] = value
        self._rebuild_steps()
        self._save_answer(item)
        self._update_chrome()

    def _note_edited(self, item: Item, note: str) -> None:
        self.notes[item.code] = note
        self._save_answer(item)

    def _save_answer(self, item: Item) -> None:
        value, note = self.answers.get(item.code), self.notes.get(item.code, "")
        actor, run_id, code = self.context.session.actor, self.run_id, item.code
        self._write(
            f"answer:{code}",
            lambda s: record_answer(s, actor, run_id, code, value, note),
        )

    def _save_position(self, code: str) -> None:
        self._position = code
        actor, run_id = self.context.session.actor, self.run_id
        self._write("position", lambda s: set_position(s, actor, run_id, code))

    def _rebuild_steps(self) -> None:
        if self.view is None:
            return
        key = self.steps[self.index].key if self.steps else ""
        self.steps = build_steps(self.view.template, self.answers)
        keys = [step.key for step in self.steps]
        self.index = keys.index(key) if key in keys else min(self.index, len(self.steps) - 1)

    def _assessment(self) -> RunAssessment:
        assert self.view is not None
        counts = {code: len(found) for code, found in self.photos.items() if found}
        return assess(self.view.template, self.answers, counts, tuple(self.signatures))

    # -- finishing and closing ------------------------------------------------------------------

    def finish(self) -> None:
        self._commit_card()
        if not self._assessment().complete:
            self._update_chrome()
            return
        actor, run_id = self.context.session.actor, self.run_id
        self.chrome.finish_button.setEnabled(False)

        def refused(error: BaseException) -> None:
            self.chrome.show_message(inspection_error_text(error))
            self._update_chrome()

        self._write("finish", lambda s: finish_run(s, actor, run_id), self._finished, refused)

    def _finished(self, result: FinishedRun) -> None:
        self.result = result
        self._show_step()
        self.finished.emit(result)

    def request_close(self) -> None:
        """Leave once everything given so far is written; unsaved answers are retried first,
        and if they still fail the inspector is told and must tap Close again to leave."""
        if self._closing:
            return
        self._commit_card()
        if self.writer.has_failures() and not self._warned_unsaved:
            self.writer.retry()
        if self.writer.busy():
            self._closing = True
            self.writer.drained.connect(self._drained, Qt.ConnectionType.SingleShotConnection)
            self.chrome.show_message(self.tr("Saving the last answers, then closing…"))
        else:
            self._drained()

    def _drained(self) -> None:
        self._closing = False
        if self.writer.has_failures() and not self._warned_unsaved:
            self._warned_unsaved = True
            self.chrome.show_message(
                self.tr(
                    "Some answers could not be saved. Tap Retry, or Close again to leave "
                    "without them."
                )
            )
            return
        self.closed.emit()

    # -- chrome -------------------------------------------------------------------------------

    def _write(
        self,
        key: str,
        work: Callable[[Session], object],
        on_done: Callable[..., None] | None = None,
        on_refused: Callable[[BaseException], None] | None = None,
    ) -> None:
        def refused(error: BaseException) -> None:
            self.chrome.show_message(inspection_error_text(error))

        self.writer.submit(key, work, on_done, on_refused or refused)

    def _update_chrome(self) -> None:
        step = self.current_step()
        if self.view is None or step is None:
            return
        assessment = self._assessment()
        total = max((s.number for s in self.steps), default=0)
        self.chrome.update_for(
            step,
            total=total,
            sections=max((s.section_number for s in self.steps), default=0),
            answered=assessment.answered,
            template_name=self.view.template.name.pick(self.context.language.is_chinese),
            title=self.view.summary.title,
            first=self.index == 0,
            last=self.index == len(self.steps) - 1,
            can_finish=assessment.complete and not self.writer.has_failures(),
            finished=self.result is not None,
            chinese=self.context.language.is_chinese,
        )

    def _show_placeholder(self, text: str) -> None:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        label.setFont(font)
        self.card = label
        self.card_area.setWidget(label)

    def _landscape(self) -> bool:
        return self.width() >= self.height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if isinstance(self.card, ItemCard):
            self.card.set_landscape(self._landscape())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.chrome.retranslate()
            QTimer.singleShot(0, self, self._relabel)  # dropped if this widget is gone
        super().changeEvent(event)

    def _relabel(self) -> None:
        """Cards show template texts in the UI language: build the current one again."""
        self._commit_card()
        self._show_step()
