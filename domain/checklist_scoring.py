"""Judging a checklist run: which items show, which answers are valid, the score and findings.

Everything is recomputed from the template and the stored answers on every call, so a changed
answer that hides a branch (show_if) cannot leave stale answers counting: a hidden item is
neither required nor scored, and whatever was answered there before is ignored, not deleted
(the inspector may change the answer back). Rules: docs/checklist-format.md, "Score".
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from domain.checklist_model import Answer, Condition, Item, ItemKind, Template
from domain.checklist_parser import condition_answers

__all__ = [
    "Finding",
    "RunAssessment",
    "assess",
    "check_answer",
    "finding_for",
    "limit_breach",
    "visible_items",
]

_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_SCORE_EPSILON = 1e-9  # 79.99999999999999 % from summed weights still passes at 80 %


@dataclass(frozen=True)
class Finding:
    """An answer that proposes a corrective action once the run is finished.

    `reason`: "no", "fail", "below_low", "above_high" or "option" (an option marked finding).
    """

    item: str
    reason: str
    value: Answer


@dataclass(frozen=True)
class RunAssessment:
    """Where a run stands. `passed` judges the score only; finishing needs `complete`.

    `score_percent` and `passed` are None while nothing scored has been answered. `invalid`
    lists visible items whose stored answer does not fit the item (counted as unanswered).
    """

    visible: tuple[str, ...]
    answered: int
    total_visible: int
    missing_required: tuple[str, ...]
    missing_photos: tuple[str, ...]
    earned: float
    possible: float
    score_percent: float | None
    passed: bool | None
    findings: tuple[Finding, ...]
    invalid: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        """Whether the run may be finished."""
        return not self.missing_required and not self.missing_photos


def check_answer(item: Item, value: Answer) -> str | None:
    """Why `value` cannot be the item's answer, as a problem code, or None when it can.

    Codes: wrong_type, not_finite, too_long, unknown_option, duplicate_option, bad_date,
    not_answerable. An empty text, date or multi-choice is not a problem: it is no answer.
    """
    kind = item.kind
    if not kind.takes_answer:
        return "not_answerable"
    if kind is ItemKind.NUMBER:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return "wrong_type"
        try:
            return None if math.isfinite(value) else "not_finite"
        except OverflowError:  # an int beyond float range
            return "not_finite"
    if kind is ItemKind.MULTI_CHOICE:
        if not isinstance(value, tuple | list) or not all(isinstance(v, str) for v in value):
            return "wrong_type"
        allowed = condition_answers(item)
        if any(code not in allowed for code in value):
            return "unknown_option"
        return "duplicate_option" if len(set(value)) != len(value) else None
    if not isinstance(value, str):
        return "wrong_type"
    if kind is ItemKind.TEXT:
        return "too_long" if len(value) > item.max_length else None
    if kind is ItemKind.DATE:
        return None if value == "" or _is_date(value) else "bad_date"
    return None if value in condition_answers(item) else "unknown_option"


def limit_breach(item: Item, value: float) -> str | None:
    """ "below_low", "above_high" or None: lets the form flag an out-of-limit number as typed."""
    if item.low is not None and value < item.low:
        return "below_low"
    if item.high is not None and value > item.high:
        return "above_high"
    return None


def finding_for(item: Item, value: Answer) -> Finding | None:
    """The finding a valid answer makes, if any (the form can mark it before the run ends)."""
    if check_answer(item, value) is not None:
        return None
    kind = item.kind
    if kind is ItemKind.YES_NO_NA and value == "no":
        return Finding(item.code, "no", value)
    if kind is ItemKind.PASS_FAIL and value == "fail":
        return Finding(item.code, "fail", value)
    if kind is ItemKind.NUMBER and isinstance(value, int | float):
        breach = limit_breach(item, float(value))
        return None if breach is None else Finding(item.code, breach, value)
    if kind is ItemKind.SINGLE_CHOICE and isinstance(value, str):
        return Finding(item.code, "option", value) if item.option(value).finding else None
    chosen = value if kind is ItemKind.MULTI_CHOICE and isinstance(value, tuple | list) else ()
    if any(item.option(code).finding for code in chosen):
        return Finding(item.code, "option", tuple(chosen))
    return None


def visible_items(template: Template, answers: Mapping[str, Answer]) -> tuple[Item, ...]:
    """The items shown for these answers, in template order.

    An item whose condition names a hidden item is hidden too, so a whole branch closes when
    its root answer changes; conditions name only earlier items, so one pass settles it.
    """
    visible: dict[str, Item] = {}
    for item in template.items():
        condition = item.show_if
        if condition is None or _holds(condition, visible, answers):
            visible.setdefault(item.code, item)
    return tuple(visible.values())


def assess(
    template: Template,
    answers: Mapping[str, Answer],
    photo_counts: Mapping[str, int],
    signatures: Collection[str] = (),
) -> RunAssessment:
    """Progress, score and findings of a run from its answers, photo counts and signatures."""
    visible = visible_items(template, answers)
    answered = 0
    missing_required: list[str] = []
    missing_photos: list[str] = []
    invalid: list[str] = []
    findings: list[Finding] = []
    earned = possible = 0.0
    for item in visible:
        photos = photo_counts.get(item.code, 0)
        if photos < item.photos_min:
            missing_photos.append(item.code)
        if item.kind is ItemKind.PHOTO:
            # Photo items are judged by their photos alone: never also "missing required".
            answered += photos >= max(1, item.photos_min)
            continue
        if item.kind is ItemKind.SIGNATURE:
            done = item.code in signatures
        else:
            value = answers.get(item.code)
            if value is not None and check_answer(item, value) is not None:
                invalid.append(item.code)
                value = None
            done = value is not None and not _is_empty(value)
            if done and value is not None:
                points = _points(item, value)
                if points is not None:
                    earned += points[0]
                    possible += points[1]
                finding = finding_for(item, value)
                if finding is not None:
                    findings.append(finding)
        if done:
            answered += 1
        elif item.required:
            missing_required.append(item.code)
    score = 100.0 * earned / possible if possible > 0 else None
    passed = None if score is None else score + _SCORE_EPSILON >= template.pass_percent
    return RunAssessment(
        tuple(item.code for item in visible), answered, len(visible), tuple(missing_required),
        tuple(missing_photos), earned, possible, score, passed, tuple(findings), tuple(invalid),
    )  # fmt: skip


def _points(item: Item, value: Answer) -> tuple[float, float] | None:
    """(earned, possible) for a valid, non-empty answer; None when it does not count ("na")."""
    if not item.scored:
        return None
    weight = item.weight
    kind = item.kind
    if kind is ItemKind.YES_NO_NA:
        return None if value == "na" else (weight if value == "yes" else 0.0, weight)
    if kind is ItemKind.PASS_FAIL:
        return (weight if value == "pass" else 0.0, weight)
    if kind is ItemKind.NUMBER and isinstance(value, int | float):
        return (0.0 if limit_breach(item, float(value)) else weight, weight)
    if kind is ItemKind.SINGLE_CHOICE and isinstance(value, str):
        return (item.option(value).score * weight, weight)
    if kind is ItemKind.MULTI_CHOICE and isinstance(value, tuple | list):
        scores = [item.option(code).score for code in value]
        return (sum(scores) / len(scores) * weight, weight)
    return None


def _holds(
    condition: Condition, visible: Mapping[str, Item], answers: Mapping[str, Answer]
) -> bool:
    target = visible.get(condition.item)
    value = answers.get(condition.item)
    if target is None or value is None or check_answer(target, value) is not None:
        return False
    if isinstance(value, tuple | list):
        return any(code in condition.values for code in value)
    return value in condition.values


def _is_empty(value: Answer) -> bool:
    """An empty or blank text, an empty date or no options chosen: nothing was answered."""
    if isinstance(value, str):
        return not value.strip()
    return isinstance(value, tuple | list) and not value


def _is_date(value: str) -> bool:
    match = _DATE.fullmatch(value)
    if match is None:
        return False
    try:
        datetime.date(*(int(part) for part in match.groups()))
    except ValueError:
        return False
    return True
