"""The built-in checklist templates (resources/checklists): each parses and is complete in both
languages, and together they use every item kind of the format."""

from __future__ import annotations

from pathlib import Path

import pytest

from domain.checklists import ItemKind, Template, parse_template

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "checklists"
FILES = sorted(FOLDER.glob("*.json"))
EXPECTED = {
    "cp_pre_assessment", "energy_audit", "water_balance_test", "waste_assessment",
    "ep_facility_daily", "seven_indicator_self_check", "iso14001_aspects_review",
}  # fmt: skip


def _parse(path: Path) -> Template:
    return parse_template(path.read_bytes())


def test_the_seven_built_ins_are_shipped() -> None:
    assert {path.stem for path in FILES} == EXPECTED


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.stem)
def test_parses_with_the_file_name_as_code(path: Path) -> None:
    template = _parse(path)
    assert template.code == path.stem
    assert template.version >= 1


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.stem)
def test_every_text_is_in_chinese_and_english(path: Path) -> None:
    template = _parse(path)
    texts = [("name", template.name)]
    texts += [(f"section {section.code}", section.title) for section in template.sections]
    for item in template.items():
        texts.append((item.code, item.text))
        if item.guidance is not None:
            texts.append((f"{item.code} guidance", item.guidance))
        texts += [(f"{item.code}/{option.code}", option.text) for option in item.options]
    for where, text in texts:
        assert text.zh.strip() and text.en.strip(), where


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.stem)
def test_has_a_signature_and_a_conditional_item(path: Path) -> None:
    items = _parse(path).items()
    assert any(item.kind is ItemKind.SIGNATURE for item in items)
    assert any(item.show_if is not None for item in items)


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.stem)
def test_size_and_sign_off(path: Path) -> None:
    template = _parse(path)
    items = template.items()
    assert 4 <= len(template.sections) <= 8
    assert 25 <= len(items) <= 60
    assert any(item.scored and item.weight >= 2 for item in items), "no critical item"
    last = template.sections[-1].items
    assert any(item.kind is ItemKind.SIGNATURE for item in last), "sign-off is not last"


def test_the_built_ins_use_every_item_kind() -> None:
    used = {item.kind for path in FILES for item in _parse(path).items()}
    assert used == set(ItemKind)
