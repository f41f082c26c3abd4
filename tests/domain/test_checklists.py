"""Checklist templates: each kind read from its document, every refusal with its JSON pointer,
and the answer checks the run form relies on."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from domain.checklists import (
    MAX_TEMPLATE_BYTES,
    Category,
    Condition,
    Item,
    ItemKind,
    Option,
    Template,
    TemplateError,
    Text,
    check_answer,
    limit_breach,
    parse_template,
    template_from_dict,
    template_to_dict,
    template_to_json,
    validate_template,
)
from tests.domain.checklist_samples import document, item, options, refusal, section, text

FIRST = "/sections/0/items/0"


def parsed_item(raw: dict[str, Any]) -> Item:
    return parse_template(json.dumps(document(raw))).items()[0]


# --- reading each kind ----------------------------------------------------------------------


def test_template_defaults_and_lookups() -> None:
    template = parse_template(
        json.dumps(
            document(
                sections=[
                    section("a", item("q1"), guidance=text("g")),
                    section("b", item("q2", "pass_fail")),
                ]
            )
        )
    )
    assert template.code == "test_list"
    assert template.version == 1
    assert template.category is Category.INSPECTION
    assert template.pass_percent == 80.0
    assert template.description is None
    assert template.name == Text("Test list中文", "Test list")
    assert [i.code for i in template.items()] == ["q1", "q2"]
    assert template.item("q2").kind is ItemKind.PASS_FAIL
    assert template.section_of("q2").code == "b"
    assert template.sections[0].guidance == Text("g中文", "g")
    with pytest.raises(KeyError):
        template.item("nope")
    with pytest.raises(KeyError):
        template.section_of("nope")


def test_text_pick_falls_back_to_the_other_language() -> None:
    assert Text("中", "en").pick(True) == "中"
    assert Text("中", "en").pick(False) == "en"
    assert Text("中", "").pick(False) == "中"
    assert Text("", "en").pick(True) == "en"


def test_yes_no_na_and_pass_fail() -> None:
    yes_no = parsed_item(item("q", "yes_no_na", weight=2, required=False))
    assert (yes_no.kind, yes_no.weight, yes_no.required, yes_no.scored) == (
        ItemKind.YES_NO_NA,
        2.0,
        False,
        True,
    )
    assert parsed_item(item("q", "pass_fail")).scored
    assert not parsed_item(item("q", "pass_fail", weight=0)).scored


def test_number_with_unit_and_limits() -> None:
    number = parsed_item(item("ph", "number", unit="mg/L", limits={"low": 6, "high": 9.5}))
    assert (number.unit, number.low, number.high, number.scored) == ("mg/L", 6.0, 9.5, True)
    only_high = parsed_item(item("ph", "number", limits={"high": 9}))
    assert (only_high.low, only_high.high) == (None, 9.0)
    bare = parsed_item(item("ph", "number"))
    assert (bare.low, bare.high, bare.scored) == (None, None, False)
    assert parsed_item(item("ph", "number", limits={"low": 5, "high": 5})).low == 5.0


def test_choices() -> None:
    raw = options("good", "bad", findings=("bad",), scores={"bad": 0})
    single = parsed_item(item("c", "single_choice", options=raw))
    assert single.options == (
        Option("good", Text("good中文", "good"), 1.0),
        Option("bad", Text("bad中文", "bad"), 0.0, finding=True),
    )
    assert single.option("bad").finding
    multi = parsed_item(item("c", "multi_choice", options=raw))
    assert multi.kind is ItemKind.MULTI_CHOICE and multi.scored


def test_text_date_photo_signature_and_common_keys() -> None:
    note = parsed_item(
        item("n", "text", max_length=50, guidance=text("g"), reference_image="tank-1.png")
    )
    assert (note.max_length, note.scored, note.reference_image) == (50, False, "tank-1.png")
    assert note.guidance == Text("g中文", "g")
    assert parsed_item(item("n", "text")).max_length == 2000
    assert parsed_item(item("d", "date")).kind is ItemKind.DATE
    photo = parsed_item(item("p", "photo", photos={"min": 1, "max": 4}))
    assert (photo.photos_min, photo.photos_max, photo.scored) == (1, 4, False)
    assert parsed_item(item("s", "signature")).kind is ItemKind.SIGNATURE
    with_photos = parsed_item(item("q", photos={"min": 2, "max": 2}))
    assert (with_photos.photos_min, with_photos.photos_max) == (2, 2)


def test_show_if_equals_and_in() -> None:
    template = parse_template(
        json.dumps(
            document(
                sections=[
                    section("a", item("q1"), item("c", "multi_choice", options=options("x", "y"))),
                    section(
                        "b",
                        item("q2", show_if={"item": "q1", "equals": "no"}),
                        item("q3", show_if={"item": "c", "in": ["x", "y"]}),
                    ),
                ]
            )
        )
    )
    assert template.item("q2").show_if == Condition("q1", ("no",))
    assert template.item("q3").show_if == Condition("c", ("x", "y"))


def test_nulls_count_as_absent_and_bytes_with_bom_are_read() -> None:
    raw = document(item("q", guidance=None, photos=None), description=None, scoring=None)
    template = parse_template(b"\xef\xbb\xbf" + json.dumps(raw).encode())
    assert template.description is None and template.items()[0].guidance is None


def test_the_documented_example_reads() -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "checklist-format.md").read_text("utf-8")
    example = doc.split("```json", 1)[1].split("```", 1)[0]
    template = parse_template(example)
    assert template.item("ph_outlet").low == 6.0
    assert template.item("sludge_note").show_if == Condition("sludge_removed", ("yes",))
    assert parse_template(template_to_json(template)) == template


def test_doc_example_shape_reads() -> None:
    full = document(
        description=text("d"),
        scoring={"pass_percent": 75},
        category="environment",
        sections=[
            section(
                "wastewater",
                item("ph_outlet", "number", unit="", limits={"low": 6.0, "high": 9.0},
                     required=True, weight=2, photos={"min": 0, "max": 2}, guidance=text("g")),
                item("sludge_removed"),
                item("sludge_note", "text", show_if={"item": "sludge_removed", "equals": "yes"}),
            )
        ],
    )  # fmt: skip
    template = template_from_dict(full)
    assert template.pass_percent == 75.0
    assert template.description == Text("d中文", "d")
    assert parse_template(template_to_json(template)) == template


# --- refusals -------------------------------------------------------------------------------

CASES: list[tuple[str, Any, str, str]] = [
    ("not_utf8", b'{"a": "\xff"}', "not_utf8", ""),
    ("not_json", '{"format": 1', "not_json", ""),
    ("trailing", '{"format": 1} x', "not_json", ""),
    ("huge int", '{"format": ' + "1" * 5000 + "}", "not_json", ""),
    ("not object", "[]", "bad_value", ""),
    ("dup key", '{"format": 1, "format": 1}', "duplicate_key", "/format"),
    ("format 2", document(format=2, anything="x"), "unsupported_format", "/format"),
    ("format 0", document(format=0), "bad_value", "/format"),
    ("format text", document(format="1"), "bad_value", "/format"),
    ("format absent", {"code": "x"}, "missing_key", "/format"),
    ("misspelt", {**document(), "nmae": text()}, "unknown_key", "/nmae"),
    ("slash key", {**document(), "a/b": 1}, "unknown_key", "/a~1b"),
    ("code", document(code="Bad"), "bad_code", "/code"),
    ("code long", document(code="a" * 65), "bad_value", "/code"),
    ("version 0", document(version=0), "bad_value", "/version"),
    ("version float", document(version=1.5), "bad_value", "/version"),
    ("version bool", document(version=True), "bad_value", "/version"),
    ("category", document(category="audits"), "bad_value", "/category"),
    ("name en", document(name={"zh": "中"}), "missing_key", "/name/en"),
    ("name empty", document(name={"zh": "", "en": "x"}), "bad_value", "/name/zh"),
    ("name ctrl", document(name={"zh": "a\x07", "en": "x"}), "bad_value", "/name/zh"),
    ("name newline", document(name={"zh": "a\nb", "en": "x"}), "bad_value", "/name/zh"),
    ("name surrogate", document(name={"zh": "\ud800", "en": "x"}), "bad_value", "/name/zh"),
    ("name fr", document(name={**text(), "fr": "x"}), "unknown_key", "/name/fr"),
    ("name long", document(name={"zh": "中" * 201, "en": "x"}), "bad_value", "/name/zh"),
    ("name list", document(name=["a"]), "bad_value", "/name"),
    ("pass 101", document(scoring={"pass_percent": 101}), "bad_value", "/scoring/pass_percent"),
    ("scoring key", document(scoring={"pass": 1}), "unknown_key", "/scoring/pass"),
    ("no sections", document(sections=[]), "bad_value", "/sections"),
    ("sections obj", document(sections={}), "bad_value", "/sections"),
    ("no items", document(sections=[section("a")]), "bad_value", "/sections/0/items"),
    ("section dup", document(sections=[section("a", item("q1")), section("a", item("q2"))]),
     "duplicate_code", "/sections/1/code"),
    ("section key", document(sections=[{**section("a", item("q")), "x": 1}]), "unknown_key",
     "/sections/0/x"),
    ("item dup", document(item("q"), item("q")), "duplicate_code", "/sections/0/items/1/code"),
    ("item dup across", document(sections=[section("a", item("q")), section("b", item("q"))]),
     "duplicate_code", "/sections/1/items/0/code"),
    ("item code", document(item("1q")), "bad_code", f"{FIRST}/code"),
    ("item no text", document({"code": "q", "kind": "text"}), "missing_key", f"{FIRST}/text"),
    ("item kind", document(item("q", "checkbox")), "bad_value", f"{FIRST}/kind"),
    ("item not obj", document("q"), "bad_value", FIRST),
    ("required", document(item("q", required="yes")), "bad_value", f"{FIRST}/required"),
    ("weight neg", document(item("q", weight=-1)), "bad_value", f"{FIRST}/weight"),
    ("weight text", document(item("q", "text", weight=2)), "unknown_key", f"{FIRST}/weight"),
    ("unit on yes", document(item("q", unit="kg")), "unknown_key", f"{FIRST}/unit"),
    ("limits on yes", document(item("q", limits={})), "unknown_key", f"{FIRST}/limits"),
    ("max_length num", document(item("q", "number", max_length=3)), "unknown_key",
     f"{FIRST}/max_length"),
    ("max_length 0", document(item("q", "text", max_length=0)), "bad_value",
     f"{FIRST}/max_length"),
    ("unit long", document(item("q", "number", unit="x" * 33)), "bad_value", f"{FIRST}/unit"),
    ("limits", document(item("q", "number", limits={"low": 9, "high": 6})), "bad_limits",
     f"{FIRST}/limits"),
    ("limits key", document(item("q", "number", limits={"min": 1})), "unknown_key",
     f"{FIRST}/limits/min"),
    ("limits text", document(item("q", "number", limits={"low": "1"})), "bad_value",
     f"{FIRST}/limits/low"),
    ("limits huge", document(item("q", "number", limits={"low": 10**400})), "bad_value",
     f"{FIRST}/limits/low"),
    ("image path", document(item("q", reference_image="../x.png")), "bad_value",
     f"{FIRST}/reference_image"),
    ("image kind", document(item("q", reference_image="x.exe")), "bad_value",
     f"{FIRST}/reference_image"),
    ("photo none", document(item("p", "photo")), "bad_photos", f"{FIRST}/photos"),
    ("photo min 0", document(item("p", "photo", photos={"min": 0, "max": 1})), "bad_photos",
     f"{FIRST}/photos/min"),
    ("photos order", document(item("q", photos={"min": 3, "max": 2})), "bad_photos",
     f"{FIRST}/photos"),
    ("photos 21", document(item("q", photos={"min": 0, "max": 21})), "bad_photos",
     f"{FIRST}/photos"),
    ("photos neg", document(item("q", photos={"min": -1, "max": 2})), "bad_photos",
     f"{FIRST}/photos"),
    ("photos max", document(item("q", photos={"min": 1})), "missing_key", f"{FIRST}/photos/max"),
    ("photos float", document(item("q", photos={"min": 0.5, "max": 1})), "bad_value",
     f"{FIRST}/photos/min"),
    ("no options", document(item("c", "single_choice")), "bad_options", f"{FIRST}/options"),
    ("one option", document(item("c", "multi_choice", options=options("a"))), "bad_options",
     f"{FIRST}/options"),
    ("51 options", document(item("c", "single_choice", options=options(*[f"o{i}" for i in
     range(51)]))), "bad_options", f"{FIRST}/options"),
    ("options yes", document(item("q", options=options("a", "b"))), "unknown_key",
     f"{FIRST}/options"),
    ("option dup", document(item("c", "single_choice", options=options("a", "a"))),
     "duplicate_code", f"{FIRST}/options/1/code"),
    ("option code", document(item("c", "single_choice", options=options("A", "b"))),
     "bad_code", f"{FIRST}/options/0/code"),
    ("option score", document(item("c", "single_choice", options=options("a", "b",
     scores={"b": 1.5}))), "bad_value", f"{FIRST}/options/1/score"),
    ("option key", document(item("c", "single_choice", options=[*options("a", "b"),
     {**options("c")[0], "points": 1}])), "unknown_key", f"{FIRST}/options/2/points"),
    ("forward", document(item("a", show_if={"item": "b", "equals": "yes"}), item("b")),
     "forward_reference", f"{FIRST}/show_if/item"),
    ("self", document(item("a", show_if={"item": "a", "equals": "yes"})),
     "forward_reference", f"{FIRST}/show_if/item"),
    ("unknown", document(item("a"), item("b", show_if={"item": "zz", "equals": "yes"})),
     "forward_reference", "/sections/0/items/1/show_if/item"),
    ("bad answer", document(item("a"), item("b", show_if={"item": "a", "equals": "maybe"})),
     "unknown_option", "/sections/0/items/1/show_if/equals"),
    ("bad in", document(item("a", "pass_fail"), item("b", show_if={"item": "a", "in": ["pass",
     "yes"]})), "unknown_option", "/sections/0/items/1/show_if/in/1"),
    ("bad option", document(item("a", "single_choice", options=options("x", "y")),
     item("b", show_if={"item": "a", "equals": "z"})), "unknown_option",
     "/sections/0/items/1/show_if/equals"),
    ("on text", document(item("a", "text"), item("b", show_if={"item": "a", "equals": "x"})),
     "bad_value", "/sections/0/items/1/show_if/item"),
    ("both", document(item("a"), item("b", show_if={"item": "a", "equals": "yes", "in":
     ["no"]})), "bad_value", "/sections/0/items/1/show_if"),
    ("neither", document(item("a"), item("b", show_if={"item": "a"})), "missing_key",
     "/sections/0/items/1/show_if/in"),
    ("in empty", document(item("a"), item("b", show_if={"item": "a", "in": []})), "bad_value",
     "/sections/0/items/1/show_if/in"),
    ("in twice", document(item("a"), item("b", show_if={"item": "a", "in": ["no", "no"]})),
     "bad_value", "/sections/0/items/1/show_if/in/1"),
    ("show_if key", document(item("a"), item("b", show_if={"item": "a", "equals": "no",
     "x": 1})), "unknown_key", "/sections/0/items/1/show_if/x"),
    ("NaN", '{"format": 1, "code": "x", "version": 1, "name": {"zh": "a", "en": "b"}, '
     '"category": "audit", "scoring": {"pass_percent": NaN}, "sections": []}', "bad_value",
     "/scoring/pass_percent"),
    ("Infinity", json.dumps(document(item("q", "number", limits={"low": 0}))).replace(
     '"low": 0', '"low": -Infinity'), "bad_value", f"{FIRST}/limits/low"),
    ("201 items", document(*[item(f"q{i}") for i in range(201)]), "too_many",
     "/sections/0/items"),
    ("101 sections", document(sections=[section(f"s{i}", item(f"q{i}")) for i in range(101)]),
     "too_many", "/sections"),
    ("2001 items", document(sections=[section(f"s{s}", *[item(f"q{s}_{i}") for i in
     range(200)]) for s in range(11)]), "too_many", "/sections/10/items"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("data", "code", "path"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_refusals_name_code_and_path(data: Any, code: str, path: str) -> None:
    error = refusal(data)
    assert (error.code, error.path) == (code, path), error


def test_error_message_and_attributes() -> None:
    error = TemplateError("bad_value", "why", "/a")
    assert (error.code, error.detail, error.path, str(error)) == (
        "bad_value", "why", "/a", "bad_value at /a: why"
    )  # fmt: skip
    assert str(TemplateError("too_deep")) == "too_deep"
    assert isinstance(error, ValueError)


def test_size_limits() -> None:
    assert refusal("x" * (MAX_TEMPLATE_BYTES + 1)).code == "too_large"
    assert refusal(b" " * (MAX_TEMPLATE_BYTES + 1)).code == "too_large"
    assert refusal("中" * (MAX_TEMPLATE_BYTES // 3 + 1)).code == "too_large"  # 3 bytes each
    padded = json.dumps(document()) + " " * (MAX_TEMPLATE_BYTES - len(json.dumps(document())))
    assert parse_template(padded).code == "test_list"


def test_template_from_dict_refuses_non_json_values() -> None:
    for data in (None, 3, "x", [], object(), {1: 2}):
        with pytest.raises(TemplateError):
            template_from_dict(data)
    with pytest.raises(TemplateError) as caught:
        template_from_dict({**document(), "version": object()})
    assert caught.value.path == "/version"


# --- writing --------------------------------------------------------------------------------


def test_writer_leaves_defaults_out() -> None:
    template = parse_template(json.dumps(document(item("q"), item("n", "number", weight=2.5))))
    written = template_to_dict(template)
    assert written["scoring"] == {"pass_percent": 80}
    assert written["sections"][0]["items"][0] == item("q")
    assert written["sections"][0]["items"][1]["weight"] == 2.5
    assert "limits" not in written["sections"][0]["items"][1]


def test_validate_template_refuses_what_the_format_cannot_say() -> None:
    good = parse_template(json.dumps(document(item("q"))))
    validate_template(good)
    odd = Template(
        "x", 1, Text("a", "b"), None, Category.AUDIT, 80.0,
        (good.sections[0].__class__("s", Text("a", "b"), None,
                                    (Item("t", ItemKind.TEXT, Text("a", "b"), unit="kg"),)),),
    )  # fmt: skip
    with pytest.raises(TemplateError) as caught:
        validate_template(odd)
    assert caught.value.path == "/sections/0/items/0"
    broken = Template("x", 1, Text("", "b"), None, Category.AUDIT, 80.0, good.sections)
    with pytest.raises(TemplateError) as caught:
        validate_template(broken)
    assert caught.value.path == "/name/zh"
    nan = Template("x", 1, Text("a", "b"), None, Category.AUDIT, math.nan, good.sections)
    with pytest.raises(TemplateError):
        template_to_json(nan)


# --- answer checks --------------------------------------------------------------------------


def make(kind: ItemKind, **fields: Any) -> Item:
    return Item("q", kind, Text("问", "Q"), **fields)


CHOICES = (Option("a", Text("a", "a"), 1.0), Option("b", Text("b", "b"), 0.0, True))

ANSWERS: list[tuple[Item, Any, str | None]] = [
    (make(ItemKind.YES_NO_NA), "yes", None),
    (make(ItemKind.YES_NO_NA), "na", None),
    (make(ItemKind.YES_NO_NA), "pass", "unknown_option"),
    (make(ItemKind.YES_NO_NA), "", "unknown_option"),
    (make(ItemKind.YES_NO_NA), True, "wrong_type"),
    (make(ItemKind.YES_NO_NA), 1.0, "wrong_type"),
    (make(ItemKind.PASS_FAIL), "fail", None),
    (make(ItemKind.PASS_FAIL), "no", "unknown_option"),
    (make(ItemKind.NUMBER), 7.5, None),
    (make(ItemKind.NUMBER), 7, None),
    (make(ItemKind.NUMBER), -1e300, None),
    (make(ItemKind.NUMBER), math.nan, "not_finite"),
    (make(ItemKind.NUMBER), math.inf, "not_finite"),
    (make(ItemKind.NUMBER), 10**400, "not_finite"),
    (make(ItemKind.NUMBER), "7", "wrong_type"),
    (make(ItemKind.NUMBER), True, "wrong_type"),
    (make(ItemKind.SINGLE_CHOICE, options=CHOICES), "b", None),
    (make(ItemKind.SINGLE_CHOICE, options=CHOICES), "c", "unknown_option"),
    (make(ItemKind.SINGLE_CHOICE, options=CHOICES), ("a",), "wrong_type"),
    (make(ItemKind.MULTI_CHOICE, options=CHOICES), ("a", "b"), None),
    (make(ItemKind.MULTI_CHOICE, options=CHOICES), ["a"], None),
    (make(ItemKind.MULTI_CHOICE, options=CHOICES), (), None),
    (make(ItemKind.MULTI_CHOICE, options=CHOICES), ("a", "c"), "unknown_option"),
    (make(ItemKind.MULTI_CHOICE, options=CHOICES), ("a", "a"), "duplicate_option"),
    (make(ItemKind.MULTI_CHOICE, options=CHOICES), "a", "wrong_type"),
    (make(ItemKind.MULTI_CHOICE, options=CHOICES), ("a", 1), "wrong_type"),
    (make(ItemKind.TEXT, max_length=3), "abc", None),
    (make(ItemKind.TEXT, max_length=3), "", None),
    (make(ItemKind.TEXT, max_length=3), "abcd", "too_long"),
    (make(ItemKind.TEXT), 3.0, "wrong_type"),
    (make(ItemKind.DATE), "2024-02-29", None),
    (make(ItemKind.DATE), "", None),
    (make(ItemKind.DATE), "2023-02-29", "bad_date"),
    (make(ItemKind.DATE), "2024-2-9", "bad_date"),
    (make(ItemKind.DATE), "20240229", "bad_date"),
    (make(ItemKind.DATE), "２０２４-01-01", "bad_date"),
    (make(ItemKind.DATE), "2024-01-01T00:00", "bad_date"),
    (make(ItemKind.DATE), 20240101.0, "wrong_type"),
    (make(ItemKind.PHOTO, photos_min=1, photos_max=1), "x", "not_answerable"),
    (make(ItemKind.SIGNATURE), "signed", "not_answerable"),
]


@pytest.mark.parametrize(("subject", "value", "problem"), ANSWERS)
def test_check_answer(subject: Item, value: Any, problem: str | None) -> None:
    assert check_answer(subject, value) == problem


def test_limit_breach() -> None:
    both = make(ItemKind.NUMBER, low=6.0, high=9.0)
    assert [limit_breach(both, v) for v in (5.99, 6.0, 9.0, 9.01)] == [
        "below_low", None, None, "above_high"
    ]  # fmt: skip
    assert limit_breach(make(ItemKind.NUMBER, high=1.0), -1e9) is None
    assert limit_breach(make(ItemKind.NUMBER), 1e300) is None
