"""Checklist runs: which items show, the score worked out by hand, findings, and what still
keeps a run from being finished."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain.checklists import (
    Answer,
    Finding,
    ItemKind,
    Template,
    assess,
    condition_answers,
    finding_for,
    parse_template,
    visible_items,
)
from tests.domain.checklist_samples import document, item, options, section, templates


def build(*items: dict[str, Any], **top: Any) -> Template:
    return parse_template(json.dumps(document(*items, **top)))


def codes(template: Template, answers: dict[str, Answer]) -> list[str]:
    return [i.code for i in visible_items(template, answers)]


# --- visibility -----------------------------------------------------------------------------

CHAIN = build(
    sections=[
        section(
            "first",
            item("a"),
            item("b", "pass_fail", show_if={"item": "a", "equals": "yes"}),
            item("c", "single_choice", options=options("x", "y", "z"),
                 show_if={"item": "b", "equals": "fail"}),
        ),
        section(
            "second",
            item("d", "multi_choice", options=options("m", "n"),
                 show_if={"item": "c", "in": ["x", "y"]}),
            item("e", "text", show_if={"item": "d", "equals": "n"}),
            item("f", "date"),
        ),
    ]
)  # fmt: skip


@pytest.mark.parametrize(
    ("answers", "shown"),
    [
        ({}, ["a", "f"]),
        ({"a": "no"}, ["a", "f"]),
        ({"a": "yes"}, ["a", "b", "f"]),
        ({"a": "yes", "b": "pass"}, ["a", "b", "f"]),
        ({"a": "yes", "b": "fail"}, ["a", "b", "c", "f"]),
        ({"a": "yes", "b": "fail", "c": "z"}, ["a", "b", "c", "f"]),
        ({"a": "yes", "b": "fail", "c": "y"}, ["a", "b", "c", "d", "f"]),
        ({"a": "yes", "b": "fail", "c": "y", "d": ("m",)}, ["a", "b", "c", "d", "f"]),
        ({"a": "yes", "b": "fail", "c": "y", "d": ("m", "n")}, ["a", "b", "c", "d", "e", "f"]),
        ({"a": "yes", "b": "fail", "c": "y", "d": ["n"]}, ["a", "b", "c", "d", "e", "f"]),
        # the root changes: the whole branch closes although its stale answers remain
        ({"a": "na", "b": "fail", "c": "y", "d": ("n",)}, ["a", "f"]),
        # an invalid answer opens nothing
        ({"a": "YES", "b": "fail"}, ["a", "f"]),
        ({"a": "yes", "b": "fail", "c": "y", "d": ("n", "q")}, ["a", "b", "c", "d", "f"]),
    ],
)
def test_show_if_chains(answers: dict[str, Answer], shown: list[str]) -> None:
    assert codes(CHAIN, answers) == shown


def test_hidden_branch_is_neither_required_nor_scored() -> None:
    stale: dict[str, Answer] = {
        "a": "no", "b": "fail", "c": "z", "d": ("m",), "e": "", "f": "2024-05-01"
    }  # fmt: skip
    result = assess(CHAIN, stale, {})
    assert result.visible == ("a", "f")
    assert (result.answered, result.total_visible) == (2, 2)
    assert result.missing_required == ()
    assert (result.earned, result.possible) == (0.0, 1.0)
    assert result.findings == (Finding("a", "no", "no"),)
    assert result.complete


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=60)
@given(templates(), st.data())
def test_visibility_follows_conditions(template: Template, data: Any) -> None:
    """Shown exactly when unconditional, or its condition item is shown and answered to fit."""
    answers: dict[str, Answer] = {}
    for each in template.items():
        allowed = condition_answers(each)
        if allowed and data.draw(st.booleans()):
            if each.kind is ItemKind.MULTI_CHOICE:
                answers[each.code] = tuple(data.draw(st.lists(st.sampled_from(allowed),
                                                              unique=True)))  # fmt: skip
            else:
                answers[each.code] = data.draw(st.sampled_from(allowed))
    shown = set(codes(template, answers))
    for each in template.items():
        condition = each.show_if
        if condition is None:
            assert each.code in shown
            continue
        value = answers.get(condition.item)
        chosen = value if isinstance(value, tuple) else (value,)
        expected = condition.item in shown and any(v in condition.values for v in chosen)
        assert (each.code in shown) == expected
    result = assess(template, answers, {}, ())
    assert result.visible == tuple(i.code for i in template.items() if i.code in shown)
    assert set(result.missing_required) <= shown


# --- scoring by hand ------------------------------------------------------------------------

SCORED = build(
    item("yes2", weight=2),
    item("no1"),
    item("na5", weight=5),
    item("fail1", "pass_fail"),
    item("ph", "number", limits={"low": 6, "high": 9}, weight=2),
    item("cod", "number", limits={"high": 100}),
    item("flow", "number", weight=3),
    item("single", "single_choice", weight=2, options=options(
        "good", "part", "bad", scores={"part": 0.5, "bad": 0}, findings=("bad",))),
    item("multi", "multi_choice", weight=4, options=options(
        "a", "b", "c", scores={"b": 0.5, "c": 0}, findings=("c",))),
    item("zero", weight=0),
    item("note", "text"),
    scoring={"pass_percent": 60},
)  # fmt: skip

ANSWERS: dict[str, Answer] = {
    "yes2": "yes",  # 2 / 2
    "no1": "no",  # 0 / 1, finding
    "na5": "na",  # not counted
    "fail1": "fail",  # 0 / 1, finding
    "ph": 7.5,  # 2 / 2
    "cod": 120.0,  # 0 / 1, finding above_high
    "flow": 42.0,  # no limits: not scored
    "single": "part",  # 0.5 × 2 = 1 / 2
    "multi": ("a", "b"),  # mean(1, 0.5) × 4 = 3 / 4
    "zero": "no",  # weight 0: not scored, still a finding
    "note": "all fine",
}


def test_score_worked_out_by_hand() -> None:
    result = assess(SCORED, ANSWERS, {})
    assert result.earned == pytest.approx(8.0)
    assert result.possible == pytest.approx(13.0)
    assert result.score_percent == pytest.approx(100 * 8 / 13)
    assert result.passed is True  # 61.5 % ≥ 60 %
    assert result.findings == (
        Finding("no1", "no", "no"),
        Finding("fail1", "fail", "fail"),
        Finding("cod", "above_high", 120.0),
        Finding("zero", "no", "no"),
    )
    assert (result.answered, result.total_visible, result.complete) == (11, 11, True)


def test_pass_percent_decides_passed() -> None:
    assert assess(replace(SCORED, pass_percent=62.0), ANSWERS, {}).passed is False
    exact = build(item("a"), item("b"), scoring={"pass_percent": 50})
    assert assess(exact, {"a": "yes", "b": "no"}, {}).passed is True
    thirds = build(item("a"), item("b"), item("c"), scoring={"pass_percent": 200 / 3})
    assert assess(thirds, {"a": "yes", "b": "yes", "c": "no"}, {}).passed is True


def test_option_findings_and_lower_limit() -> None:
    answers = {**ANSWERS, "ph": 5.0, "single": "bad", "multi": ("c", "a")}
    result = assess(SCORED, answers, {})
    assert Finding("ph", "below_low", 5.0) in result.findings
    assert Finding("single", "option", "bad") in result.findings
    assert Finding("multi", "option", ("c", "a")) in result.findings
    # ph 0/2, single 0/2, multi mean(0, 1) × 4 = 2/4
    assert result.earned == pytest.approx(2 + 0 + 0 + 0 + 0 + 0 + 2)
    assert result.possible == pytest.approx(13.0)


def test_nothing_scored_means_no_score() -> None:
    result = assess(SCORED, {"na5": "na", "flow": 1.0, "note": "x"}, {})
    assert (result.score_percent, result.passed, result.possible) == (None, None, 0.0)
    assert not result.complete


def test_finding_for_valid_answers_only() -> None:
    ph = SCORED.item("ph")
    assert finding_for(ph, 10.0) == Finding("ph", "above_high", 10.0)
    assert finding_for(ph, 7) is None
    assert finding_for(ph, "10") is None
    assert finding_for(SCORED.item("single"), "nope") is None


# --- completeness ---------------------------------------------------------------------------

RUN = build(
    item("q"),
    item("optional", required=False),
    item("remark", "text"),
    item("free", "text", required=False),
    item("when", "date"),
    item("shot", "photo", photos={"min": 2, "max": 4}),
    item("soft_shot", "photo", required=False, photos={"min": 1, "max": 1}),
    item("valve", photos={"min": 1, "max": 2}),
    item("extra", "yes_no_na", show_if={"item": "q", "equals": "no"},
         photos={"min": 1, "max": 1}),
    item("sign", "signature"),
    item("witness", "signature", required=False),
)  # fmt: skip


def test_missing_required_and_photos() -> None:
    result = assess(RUN, {"remark": "   ", "free": "", "when": ""}, {})
    assert result.missing_required == ("q", "remark", "when", "valve", "sign")
    assert result.missing_photos == ("shot", "soft_shot", "valve")
    assert (result.answered, result.total_visible, result.complete) == (0, 10, False)


def test_complete_run() -> None:
    answers = {"q": "yes", "remark": "ok", "when": "2024-06-30", "valve": "na"}
    photos = {"shot": 2, "soft_shot": 1, "valve": 1}
    result = assess(RUN, answers, photos, {"sign"})
    assert result.missing_required == ()
    assert result.missing_photos == ()
    assert result.complete
    assert result.answered == 7  # q, remark, when, shot, soft_shot, valve, sign
    assert result.visible == ("q", "optional", "remark", "free", "when", "shot", "soft_shot",
                              "valve", "sign", "witness")  # fmt: skip


def test_shown_branch_needs_its_photos_and_photos_alone_do_not_answer() -> None:
    photos = {"shot": 1, "soft_shot": 1, "valve": 1}
    result = assess(RUN, {"q": "no"}, photos, {"sign", "witness"})
    assert "extra" in result.visible
    assert result.missing_photos == ("shot", "extra")
    assert "extra" in result.missing_required and "valve" in result.missing_required


def test_invalid_answers_count_as_unanswered() -> None:
    answers: dict[str, Any] = {"q": "maybe", "remark": 3.0, "when": "30/06/2024", "zz": "yes"}
    result = assess(RUN, answers, {})
    assert result.invalid == ("q", "remark", "when")
    assert {"q", "remark", "when"} <= set(result.missing_required)
    answers = {"shot": "yes", "sign": "yes"}  # photo and signature take no answer value
    result = assess(RUN, answers, {})
    assert {"shot", "sign"}.isdisjoint(result.invalid)
    assert "sign" in result.missing_required
