"""The screens of a guided inspection, in order: a card per section, one per item, a review.

Kept free of widgets so the order rules can be read (and tested) on their own: hidden items
(`show_if` not met by the current answers) get no screen, a section with nothing visible gets no
card, and the review screen always comes last. Steps are identified by a key, so the screen
the inspector is on survives a rebuild after an answer shows or hides later items.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from domain.checklists import Answer, Item, Section, Template, visible_items

__all__ = ["REVIEW", "Step", "build_steps", "item_key", "section_key"]

REVIEW = "review"


def item_key(code: str) -> str:
    return f"item:{code}"


def section_key(code: str) -> str:
    return f"section:{code}"


@dataclass(frozen=True)
class Step:
    """One screen. `number` is the item's place among visible items (1-based; for a section
    card, the number of its first item; for the review, the total)."""

    key: str
    section: Section | None
    item: Item | None
    number: int
    section_number: int

    @property
    def is_item(self) -> bool:
        return self.item is not None

    @property
    def is_review(self) -> bool:
        return self.key == REVIEW


def build_steps(template: Template, answers: Mapping[str, Answer]) -> list[Step]:
    visible = {item.code for item in visible_items(template, answers)}
    steps: list[Step] = []
    number = 0
    section_number = 0
    for section in template.sections:
        shown = [item for item in section.items if item.code in visible]
        if not shown:
            continue
        section_number += 1
        steps.append(Step(section_key(section.code), section, None, number + 1, section_number))
        for item in shown:
            number += 1
            steps.append(Step(item_key(item.code), section, item, number, section_number))
    steps.append(Step(REVIEW, None, None, number, section_number))
    return steps
