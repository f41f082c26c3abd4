"""Answer editors for checklist items, one per `ItemKind`, plus guidance and the photo strip.

Widgets only: they take a domain `Item` and the UI language and emit what the inspector did.
Saving answers, storing photos and reading thumbnails is the caller's job (off the GUI thread).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from domain.checklists import Item, ItemKind
from widgets.checklist.base import AnswerEditor, BigToggle
from widgets.checklist.choices import MultiChoiceAnswer, SingleChoiceAnswer, VerdictAnswer
from widgets.checklist.guidance import GuidanceView
from widgets.checklist.number_answer import NumberAnswer, parse_number, plain_number
from widgets.checklist.photo_strip import PhotoStrip, PhotoTile
from widgets.checklist.signature_answer import PhotoOnlyAnswer, SignatureAnswer
from widgets.checklist.text_answers import DateAnswer, TextAnswer

__all__ = [
    "AnswerEditor",
    "BigToggle",
    "DateAnswer",
    "GuidanceView",
    "MultiChoiceAnswer",
    "NumberAnswer",
    "PhotoOnlyAnswer",
    "PhotoStrip",
    "PhotoTile",
    "SignatureAnswer",
    "SingleChoiceAnswer",
    "TextAnswer",
    "VerdictAnswer",
    "make_answer_editor",
    "parse_number",
    "plain_number",
]

_EDITORS: dict[ItemKind, type[AnswerEditor]] = {
    ItemKind.YES_NO_NA: VerdictAnswer,
    ItemKind.PASS_FAIL: VerdictAnswer,
    ItemKind.NUMBER: NumberAnswer,
    ItemKind.SINGLE_CHOICE: SingleChoiceAnswer,
    ItemKind.MULTI_CHOICE: MultiChoiceAnswer,
    ItemKind.TEXT: TextAnswer,
    ItemKind.DATE: DateAnswer,
    ItemKind.PHOTO: PhotoOnlyAnswer,
    ItemKind.SIGNATURE: SignatureAnswer,
}


def make_answer_editor(item: Item, chinese: bool, parent: QWidget | None = None) -> AnswerEditor:
    """The editor for the item's kind (every kind has one, so a new kind fails loudly here)."""
    return _EDITORS[item.kind](item, chinese, parent)
