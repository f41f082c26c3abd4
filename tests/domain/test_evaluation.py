"""Cleaner-production evaluation: hand-computed scores, every rating, and the dict form."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.evaluation import (
    FORMAT_VERSION,
    EvaluationError,
    FirstLevelIndicator,
    Indicator,
    IndicatorSystem,
    Kind,
    Level,
    Rule,
    evaluate,
    system_from_dict,
    system_to_dict,
    validate,
)

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "evaluation" / "sample_system.json"
BUILTIN_KPIS = {
    "energy_per_unit", "fresh_water_per_unit", "solid_waste_rate", "material_utilisation",
    "reclaimed_water_rate", "emission.cod", "packaging_recovery",
}  # fmt: skip

# Effective weights (w_i · ω_ij): a1 0.3, a2 0.3, b1 0.1, b2 0.2, b3 0.1.
SMALL = IndicatorSystem(
    code="small",
    name_zh="测试体系",
    name_en="Test system",
    version="1",
    source="test",
    sample=True,
    rule=Rule.STANDARD,
    groups=(
        FirstLevelIndicator("a", "甲", "A", 0.6),
        FirstLevelIndicator("b", "乙", "B", 0.4),
    ),
    indicators=(
        Indicator(
            "a1", "a", "能耗", "Energy", 0.5, "kgce/t", Kind.LOWER_BETTER, (10, 20, 30), True
        ),
        Indicator("a2", "a", "利用率", "Use", 0.5, "%", Kind.HIGHER_BETTER, (90, 80, 70)),
        Indicator("b1", "b", "管理", "Management", 0.25, "", Kind.QUALITATIVE, (1, 2, 3), True),
        Indicator("b2", "b", "排放", "Emission", 0.5, "kg/t", Kind.LOWER_BETTER, (1, 2, 3)),
        Indicator("b3", "b", "回用", "Reuse", 0.25, "%", Kind.HIGHER_BETTER, (50, 40, 30)),
    ),
)
ALL_I = {"a1": 5.0, "a2": 95.0, "b1": 1.0, "b2": 0.5, "b3": 60.0}
# a1 II, a2 I, b1 II, b2 III, b3 II
MIXED = {"a1": 15.0, "a2": 95.0, "b1": 2.0, "b2": 2.5, "b3": 45.0}
STRICT = replace(SMALL, rule=Rule.NON_LIMITING_AT_LEAST_II)


def with_values(**changes: float | None) -> dict[str, float | None]:
    return {**ALL_I, **changes}


def test_hand_computed_scores() -> None:
    result = evaluate(SMALL, MIXED)
    assert result.y_I == pytest.approx(30.0)  # a2
    assert result.y_II == pytest.approx(80.0)  # a1 + a2 + b1 + b3
    assert result.y_III == 100.0
    assert result.rating is Level.III
    assert result.reasons() == {
        Level.I: ("y_below_85", "limiting_not_met"),
        Level.II: ("y_below_85",),
    }
    assert result.limiting_failures(Level.I) == ("a1", "b1")
    assert result.limiting_failures(Level.II) == ()
    by_code = {r.code: r for r in result.results}
    assert [by_code[c].achieved for c in ("a1", "a2", "b1", "b2", "b3")] == [
        Level.II, Level.I, Level.II, Level.III, Level.II,
    ]  # fmt: skip
    assert (by_code["b2"].meets_I, by_code["b2"].meets_II, by_code["b2"].meets_III) == (
        False, False, True,
    )  # fmt: skip
    assert by_code["b2"].weight == pytest.approx(0.2)


def test_benchmark_equal_to_value_meets_it() -> None:
    result = evaluate(SMALL, with_values(a1=10.0, a2=90.0))
    assert result.y_I == 100.0 and result.rating is Level.I


@pytest.mark.parametrize(
    ("values", "standard", "strict"),
    [
        (ALL_I, Level.I, Level.I),
        # b3 (non-limiting, 10 points) at III: Y_I = 90 passes, but the strict rule wants II.
        (with_values(b3=35.0), Level.I, Level.II),
        # b3 at II: both rules give I.
        (with_values(b3=45.0), Level.I, Level.I),
        # a2 at II: Y_I = 70.
        (with_values(a2=85.0), Level.II, Level.II),
        (MIXED, Level.III, Level.III),
        # a2 below III: Y_III = 70.
        (with_values(a2=60.0), None, None),
    ],
)
def test_each_rating_under_both_rules(
    values: dict[str, float | None], standard: Level | None, strict: Level | None
) -> None:
    assert evaluate(SMALL, values).rating is standard
    assert evaluate(STRICT, values).rating is strict


def test_strict_rule_names_its_reason() -> None:
    result = evaluate(STRICT, with_values(b3=35.0))
    assert result.reasons() == {Level.I: ("non_limiting_below_II",)}
    assert evaluate(SMALL, with_values(b3=35.0)).reasons() == {}


def test_limiting_indicator_blocks_a_level_despite_the_score() -> None:
    result = evaluate(SMALL, with_values(b1=2.0))
    assert result.y_I == pytest.approx(90.0)
    assert result.rating is Level.II
    assert result.reasons() == {Level.I: ("limiting_not_met",)}
    assert result.limiting_failures(Level.I) == ("b1",)

    lower = evaluate(SMALL, with_values(b1=3.0))
    assert lower.y_II == pytest.approx(90.0)
    assert lower.rating is Level.III
    assert lower.limiting_failures(Level.II) == ("b1",)


def test_qualitative_zero_meets_no_level() -> None:
    result = evaluate(SMALL, with_values(b1=0.0))
    assert result.results[2].achieved is None
    assert result.rating is None


def test_missing_value_scores_zero_and_is_reported() -> None:
    result = evaluate(SMALL, with_values(a2=None))
    assert result.missing == ("a2",)
    assert result.y_I == pytest.approx(70.0) and result.y_III == pytest.approx(70.0)
    assert result.rating is None
    assert result.reasons()[Level.III] == ("y_III_below_100", "missing_data")
    absent = {code: value for code, value in ALL_I.items() if code != "a2"}
    assert evaluate(SMALL, absent) == result


def test_missing_limiting_indicator_fails_every_level() -> None:
    result = evaluate(SMALL, with_values(b1=None))
    assert result.y_I == pytest.approx(90.0)
    assert all(result.limiting_failures(level) == ("b1",) for level in Level)
    assert result.rating is None


def test_not_applicable_renormalises_within_the_group() -> None:
    # Without b2, b1 and b3 share group b: 0.4 · 0.5 = 0.2 each.
    result = evaluate(SMALL, MIXED, not_applicable={"b2"})
    assert result.not_applicable == ("b2",)
    assert [r.code for r in result.results] == ["a1", "a2", "b1", "b3"]
    assert result.results[2].weight == pytest.approx(0.2)
    assert result.y_I == pytest.approx(30.0)
    assert result.y_II == pytest.approx(100.0)
    assert result.rating is Level.II  # III with b2 counted


def test_not_applicable_renormalises_first_level_weights() -> None:
    # Only group a is left: a1 and a2 weigh 0.5 each.
    result = evaluate(SMALL, MIXED, not_applicable=("b1", "b2", "b3"))
    assert result.y_I == pytest.approx(50.0)
    assert result.y_II == pytest.approx(100.0)
    assert result.rating is Level.II


def test_one_dropped_indicator_in_a_two_indicator_group() -> None:
    # a1 alone carries group a: 0.6; Y_II = 60 (a1) + 10 (b1) + 10 (b3).
    result = evaluate(SMALL, MIXED, not_applicable=["a2"])
    assert result.y_II == pytest.approx(80.0)
    assert result.y_I == 0.0


def test_not_applicable_wins_over_a_value_and_drops_a_limiting_indicator() -> None:
    result = evaluate(SMALL, with_values(b1=3.0), not_applicable={"b1"})
    assert result.rating is Level.I


def test_evaluation_refusals() -> None:
    with pytest.raises(EvaluationError) as caught:
        evaluate(SMALL, {"zz": 1.0})
    assert caught.value.code == "unknown_indicator"
    with pytest.raises(EvaluationError) as caught:
        evaluate(SMALL, ALL_I, not_applicable=["a1", "a2", "b1", "b2", "b3"])
    assert caught.value.code == "nothing_applies"
    with pytest.raises(EvaluationError) as caught:
        evaluate(SMALL, with_values(a1=float("nan")))
    assert (caught.value.code, caught.value.path) == ("bad_value", "a1")
    with pytest.raises(EvaluationError) as caught:
        evaluate(SMALL, with_values(b1=1.5))
    assert caught.value.code == "bad_qualitative_value"
    with pytest.raises(EvaluationError) as caught:
        evaluate(replace(SMALL, groups=SMALL.groups[:1]), ALL_I)
    assert caught.value.code == "invalid_system"


def test_holding_back_orders_required_first_then_by_points() -> None:
    result = evaluate(SMALL, MIXED)
    assert [(s.code, s.required) for s in result.holding_back()] == [("b2", False)]
    assert result.holding_back()[0].gain == pytest.approx(20.0)
    to_level_i = result.holding_back(Level.I)
    assert [(s.code, s.required, round(s.gain, 9)) for s in to_level_i] == [
        ("a1", True, 30.0), ("b1", True, 10.0), ("b2", False, 20.0), ("b3", False, 10.0),
    ]  # fmt: skip
    strict = evaluate(STRICT, MIXED).holding_back(Level.I)
    assert [(s.code, s.required) for s in strict] == [
        ("a1", True), ("b2", True), ("b1", True), ("b3", False),
    ]  # fmt: skip
    assert evaluate(SMALL, ALL_I).holding_back() == []


def test_holding_back_for_level_iii_lists_missing_data() -> None:
    shortfalls = evaluate(SMALL, with_values(a2=None, b3=20.0)).holding_back()
    assert [(s.code, s.missing, s.required) for s in shortfalls] == [
        ("a2", True, True), ("b3", False, True),
    ]  # fmt: skip


def test_validation_accepts_the_small_system() -> None:
    assert validate(SMALL) == []


def problem_codes(system: IndicatorSystem) -> list[tuple[str, str]]:
    return [(p.field, p.code) for p in validate(system)]


def test_validation_errors() -> None:
    a1, a2, b1, b2, b3 = SMALL.indicators
    bad_groups = (replace(SMALL.groups[0], weight=0.5), SMALL.groups[1])
    assert problem_codes(replace(SMALL, groups=bad_groups)) == [("/groups", "weights_not_1")]
    light = replace(SMALL, indicators=(replace(a1, weight=0.4), a2, b1, b2, b3))
    assert problem_codes(light) == [("/groups/0", "weights_not_1")]
    reversed_lower = replace(a1, benchmarks=(30, 20, 10))
    reversed_higher = replace(a2, benchmarks=(70, 80, 90))
    reversed_both = replace(SMALL, indicators=(reversed_lower, reversed_higher, b1, b2, b3))
    assert problem_codes(reversed_both) == [
        ("/indicators/0/benchmarks", "not_monotone"),
        ("/indicators/1/benchmarks", "not_monotone"),
    ]  # fmt: skip
    twice = replace(SMALL, indicators=(a1, a2, b1, b2, replace(b3, code="b2")))
    assert ("/indicators/4/code", "duplicate_code") in problem_codes(twice)
    orphan = replace(SMALL, indicators=(a1, a2, b1, b2, replace(b3, group="c")))
    assert ("/indicators/4/group", "unknown_group") in problem_codes(orphan)
    assert ("/groups/1", "empty_group") in problem_codes(replace(SMALL, indicators=(a1, a2)))
    assert problem_codes(replace(SMALL, groups=(), indicators=())) == [
        ("/groups", "empty"), ("/indicators", "empty"),
    ]  # fmt: skip
    odd = replace(SMALL, indicators=(a1, a2, replace(b1, benchmarks=(1, 1, 3)), b2, b3))
    assert problem_codes(odd) == [("/indicators/2/benchmarks", "qualitative_benchmarks")]
    negative = replace(SMALL, indicators=(a1, replace(a2, weight=-0.5), b1, b2, b3))
    assert ("/indicators/1/weight", "bad_weight") in problem_codes(negative)


def test_equal_benchmarks_are_monotone() -> None:
    flat = replace(SMALL.indicators[0], benchmarks=(20, 20, 20))
    assert validate(replace(SMALL, indicators=(flat, *SMALL.indicators[1:]))) == []


# --- dict form ------------------------------------------------------------------------------


def test_dict_round_trip() -> None:
    with_criteria = replace(SMALL.indicators[2], criteria_zh=("一", "二", "三"), kpi="x.y")
    system = replace(
        STRICT, indicators=(*SMALL.indicators[:2], with_criteria, *SMALL.indicators[3:])
    )
    data = system_to_dict(system)
    assert data["format"] == FORMAT_VERSION
    assert data["rule"] == "non_limiting_at_least_II"
    assert system_from_dict(json.loads(json.dumps(data))) == system


def document(**changes: Any) -> dict[str, Any]:
    return {**system_to_dict(SMALL), **changes}


def refusal(data: Any) -> tuple[str, str]:
    with pytest.raises(EvaluationError) as caught:
        system_from_dict(data)
    return caught.value.code, caught.value.path


def test_dict_refusals_name_the_key() -> None:
    assert refusal(document(extra=1)) == ("unknown_key", "/extra")
    groups = [{**system_to_dict(SMALL)["groups"][0], "wieght": 0.6}]
    assert refusal(document(groups=groups)) == ("unknown_key", "/groups/0/wieght")
    indicator = {**system_to_dict(SMALL)["indicators"][1], "limitng": True}
    assert refusal(document(indicators=[indicator])) == ("unknown_key", "/indicators/0/limitng")
    assert refusal(document(format=2)) == ("unsupported_version", "/format")
    assert refusal(document(format=0)) == ("bad_value", "/format")
    assert refusal({k: v for k, v in document().items() if k != "code"}) == ("missing_key", "/code")
    assert refusal([]) == ("bad_value", "/")


@pytest.mark.parametrize("bad", [float("inf"), float("nan"), 10**400, True, "0.5"])
def test_numbers_must_be_finite_numbers(bad: Any) -> None:
    indicator = {**system_to_dict(SMALL)["indicators"][0], "weight": bad}
    code, path = refusal(document(indicators=[indicator]))
    assert code in ("not_finite", "bad_value") and path == "/indicators/0/weight"
    benchmarks = {**system_to_dict(SMALL)["indicators"][0], "benchmarks": [1, bad, 3]}
    assert refusal(document(indicators=[benchmarks]))[1] == "/indicators/0/benchmarks/1"


def test_qualitative_benchmarks_may_be_left_out_and_numeric_ones_may_not() -> None:
    qualitative = {k: v for k, v in system_to_dict(SMALL)["indicators"][2].items()}
    del qualitative["benchmarks"]
    assert system_from_dict(document(indicators=[qualitative])).indicators[0].benchmarks == (
        1.0, 2.0, 3.0,
    )  # fmt: skip
    numeric = dict(system_to_dict(SMALL)["indicators"][0])
    del numeric["benchmarks"]
    assert refusal(document(indicators=[numeric])) == ("missing_key", "/indicators/0/benchmarks")
    assert refusal(document(rule="strict")) == ("bad_value", "/rule")


def test_shipped_sample_parses_and_validates() -> None:
    system = system_from_dict(json.loads(SAMPLE.read_text(encoding="utf-8")))
    assert validate(system) == []
    assert system.sample and "示例" in system.name_zh and "sample" in system.name_en
    assert "not an official" in system.source
    assert 4 <= len(system.groups) <= 6
    assert {i.kpi for i in system.indicators if i.kpi} == BUILTIN_KPIS
    assert any(i.limiting for i in system.indicators)
    qualitative = [i for i in system.indicators if i.kind is Kind.QUALITATIVE]
    assert qualitative and all(i.criteria_zh and i.criteria_en for i in qualitative)
    assert system_from_dict(system_to_dict(system)) == system
    best = {i.code: i.benchmarks[0] for i in system.indicators}
    assert evaluate(system, best).rating is Level.I


# --- properties -----------------------------------------------------------------------------

KINDS = list(Kind)


@st.composite
def systems(draw: st.DrawFn) -> IndicatorSystem:
    group_count = draw(st.integers(1, 3))
    group_weights = draw(st.lists(st.integers(1, 9), min_size=group_count, max_size=group_count))
    groups = tuple(
        FirstLevelIndicator(f"g{i}", "组", "Group", w / sum(group_weights))
        for i, w in enumerate(group_weights)
    )
    indicators: list[Indicator] = []
    for group in groups:
        weights = draw(st.lists(st.integers(1, 9), min_size=1, max_size=4))
        for w in weights:
            kind = draw(st.sampled_from(KINDS))
            marks = draw(st.lists(st.integers(0, 100), min_size=3, max_size=3))
            ordered = [1, 2, 3] if kind is Kind.QUALITATIVE else sorted(marks)
            if kind is Kind.HIGHER_BETTER:
                ordered.reverse()
            benchmarks = (float(ordered[0]), float(ordered[1]), float(ordered[2]))
            code, weight, limiting = f"i{len(indicators)}", w / sum(weights), draw(st.booleans())
            indicators.append(
                Indicator(code, group.code, "指标", "I", weight, "", kind, benchmarks, limiting)
            )
    rule = draw(st.sampled_from(list(Rule)))
    return IndicatorSystem(
        "s", "体系", "System", "1", "test", True, rule, groups, tuple(indicators)
    )


def value_for(indicator: Indicator) -> st.SearchStrategy[float | None]:
    """Values at or next to a benchmark (mostly level I's), where levels change; sometimes none."""
    if indicator.kind is Kind.QUALITATIVE:
        levels = st.sampled_from([0.0, *[1.0] * 6, 2.0, 3.0])
    else:
        first, second, third = indicator.benchmarks
        marks = st.sampled_from([*[first] * 6, second, third])
        near = st.tuples(marks, st.sampled_from([-1, 0, 0, 0, 1]))
        levels = near.map(sum).map(float)
    return st.integers(0, 9).flatmap(lambda n: st.none() if n == 0 else levels)


QUALITATIVE_WORST_FIRST = [0.0, 3.0, 2.0, 1.0]


def better_of(kind: Kind, value: float | None, other: float | None) -> float | None:
    """The better of two values for an indicator; any value beats no data."""
    if value is None or other is None:
        return other if value is None else value
    if kind is Kind.QUALITATIVE:
        return max(value, other, key=QUALITATIVE_WORST_FIRST.index)
    return min(value, other) if kind is Kind.LOWER_BETTER else max(value, other)


def rank(level: Level | None) -> int:
    return 4 if level is None else int(level)


@settings(max_examples=500, deadline=None)
@given(data=st.data())
def test_scores_are_ordered_bounded_and_the_rating_monotone(data: st.DataObject) -> None:
    system = data.draw(systems())
    values = {i.code: data.draw(value_for(i)) for i in system.indicators}
    codes = [i.code for i in system.indicators]
    dropped = set(data.draw(st.lists(st.sampled_from(codes), max_size=len(codes) - 1)))
    before = evaluate(system, values, dropped)
    assert 0.0 <= before.y_I <= before.y_II <= before.y_III <= 100.0

    for target in system.indicators:  # improving any one indicator never worsens anything
        candidate = data.draw(value_for(target))
        better = {**values, target.code: better_of(target.kind, values[target.code], candidate)}
        after = evaluate(system, better, dropped)
        assert rank(after.rating) <= rank(before.rating)
        assert after.y_I >= before.y_I and after.y_II >= before.y_II
        assert after.y_III >= before.y_III
