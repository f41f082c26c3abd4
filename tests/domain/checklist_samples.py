"""Building blocks for checklist template documents in tests, and a strategy for templates."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import strategies as st

from domain.checklists import (
    Category,
    Condition,
    Item,
    ItemKind,
    Option,
    Section,
    Template,
    TemplateError,
    Text,
    condition_answers,
    parse_template,
)


def text(label: str = "x") -> dict[str, str]:
    return {"zh": f"{label}中文", "en": label}


def item(code: str, kind: str = "yes_no_na", **extra: Any) -> dict[str, Any]:
    return {"code": code, "kind": kind, "text": text(code), **extra}


def options(
    *codes: str, findings: tuple[str, ...] = (), scores: dict[str, float] | None = None
) -> list[dict[str, Any]]:
    scores = scores or {}
    return [
        {
            "code": code,
            "text": text(code),
            "score": scores.get(code, 1.0),
            **({"finding": True} if code in findings else {}),
        }
        for code in codes
    ]


def section(code: str, *items: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"code": code, "title": text(code), "items": list(items), **extra}


def document(*items: Any, **top: Any) -> dict[str, Any]:
    """A valid template document holding `items` in one section (or `sections=` given)."""
    result: dict[str, Any] = {
        "format": 1,
        "code": "test_list",
        "version": 1,
        "name": text("Test list"),
        "category": "inspection",
        "sections": [section("main", *(items or (item("q1"),)))],
    }
    result.update(top)
    return result


def refusal(data: Any) -> TemplateError:
    """The error parsing `data` gives (a dict is written as JSON first)."""
    source = data if isinstance(data, str | bytes) else json.dumps(data, ensure_ascii=False)
    with pytest.raises(TemplateError) as caught:
        parse_template(source)
    return caught.value


# --- hypothesis: valid templates ------------------------------------------------------------

_PRINTABLE = st.characters(blacklist_categories=("Cc", "Cs"))
_WORDS = st.text(_PRINTABLE, min_size=1, max_size=12)
_TEXTS = st.builds(Text, _WORDS, _WORDS)
_FINITE = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12)
_CODES = st.from_regex(r"[a-z][a-z0-9_]{0,6}", fullmatch=True)


@st.composite
def _options(draw: st.DrawFn) -> tuple[Option, ...]:
    codes = draw(st.lists(_CODES, min_size=2, max_size=5, unique=True))
    return tuple(
        Option(
            code,
            draw(_TEXTS),
            draw(st.floats(min_value=0.0, max_value=1.0)),
            draw(st.booleans()),
        )
        for code in codes
    )


@st.composite
def _item(draw: st.DrawFn, code: str, earlier: list[Item]) -> Item:
    kind = draw(st.sampled_from(ItemKind))
    fields: dict[str, Any] = {
        "guidance": draw(st.none() | _TEXTS),
        "required": draw(st.booleans()),
        "reference_image": draw(st.none() | st.sampled_from(["ph.png", "Valve-2.JPG"])),
    }
    if kind in (ItemKind.YES_NO_NA, ItemKind.PASS_FAIL, ItemKind.NUMBER) or kind.has_options:
        fields["weight"] = draw(st.floats(min_value=0.0, max_value=1000.0))
    if kind is ItemKind.NUMBER:
        fields["unit"] = draw(st.sampled_from(["", "mg/L", "°C", "kWh"]))
        low, high = draw(st.none() | _FINITE), draw(st.none() | _FINITE)
        if low is not None and high is not None and low > high:
            low, high = high, low
        fields["low"], fields["high"] = low, high
    if kind.has_options:
        fields["options"] = draw(_options())
    if kind is ItemKind.TEXT:
        fields["max_length"] = draw(st.integers(1, 100_000))
    low_photos = draw(st.integers(1 if kind is ItemKind.PHOTO else 0, 20))
    high_photos = draw(st.integers(low_photos, 20))
    if kind is ItemKind.PHOTO or draw(st.booleans()):
        fields["photos_min"], fields["photos_max"] = low_photos, high_photos
    targets = [other for other in earlier if condition_answers(other)]
    conditional: bool = draw(st.booleans())
    if targets and conditional:
        target = draw(st.sampled_from(targets))
        values = draw(st.lists(st.sampled_from(condition_answers(target)), min_size=1, unique=True))
        fields["show_if"] = Condition(target.code, tuple(values))
    return Item(code, kind, draw(_TEXTS), **fields)


@st.composite
def templates(draw: st.DrawFn) -> Template:
    """Valid templates of every kind, with show_if chains across sections."""
    earlier: list[Item] = []
    sections: list[Section] = []
    for s in range(draw(st.integers(1, 3))):
        items: list[Item] = []
        for _ in range(draw(st.integers(1, 5))):
            new = draw(_item(f"i{len(earlier)}", earlier))
            items.append(new)
            earlier.append(new)
        sections.append(Section(f"s{s}", draw(_TEXTS), draw(st.none() | _TEXTS), tuple(items)))
    return Template(
        draw(_CODES),
        draw(st.integers(1, 2_147_483_647)),
        draw(_TEXTS),
        draw(st.none() | _TEXTS),
        draw(st.sampled_from(Category)),
        draw(st.floats(min_value=0.0, max_value=100.0)),
        tuple(sections),
    )
