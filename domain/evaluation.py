"""Cleaner-production evaluation: an indicator system, a plant's values, and the level they earn.

The method is the one every 清洁生产评价指标体系 shares (../shared/reference/standards.md §3): an
indicator scores 100 at a level when it meets that level's benchmark, the composite Y_k is the
weighted sum, and the rating also needs every limiting indicator (限定性指标) at the level. Missing
data scores 0 everywhere and is reported, so a plant is never rated on values nobody measured.
Indicators that do not apply are dropped and the weights re-normalised. Parsing and writing the
dict form live here too; reading the file is the caller's job.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import asdict, dataclass
from enum import IntEnum, StrEnum
from typing import Any

from domain.instrument_rules import Problem

__all__ = [
    "FORMAT_VERSION", "PASS_SCORE", "QUALITATIVE_NONE", "Evaluation", "EvaluationError",
    "FirstLevelIndicator", "Indicator", "IndicatorResult", "IndicatorSystem", "Kind", "Level",
    "LevelCheck", "Rule", "Shortfall", "evaluate", "system_from_dict", "system_to_dict",
    "validate",
]  # fmt: skip

FORMAT_VERSION = 1
PASS_SCORE = 85.0
QUALITATIVE_NONE = 0
WEIGHT_TOLERANCE = 1e-6
_SCORE_EPSILON = 1e-9  # weights re-normalised in floating point may sum to 84.99999999999999
CODE = re.compile(r"[a-z][a-z0-9_]{0,63}")
KPI_CODE = re.compile(r"[a-z][a-z0-9_.]{0,63}")  # also "emission.cod"
_QUALITATIVE_BENCHMARKS = (1.0, 2.0, 3.0)


class Level(IntEnum):
    I = 1  # 国际清洁生产领先水平  # noqa: E741 - the standards' own name
    II = 2  # 国内清洁生产先进水平
    III = 3  # 国内清洁生产一般水平


class Kind(StrEnum):
    LOWER_BETTER = "lower_better"
    HIGHER_BETTER = "higher_better"
    QUALITATIVE = "qualitative"  # the value is the achieved level 1/2/3, or 0 for none


class Rule(StrEnum):
    STANDARD = "standard"
    NON_LIMITING_AT_LEAST_II = "non_limiting_at_least_II"  # newer systems' extra level-I test


class EvaluationError(ValueError):
    """A system document or an evaluation request that cannot be used: a code and where."""

    def __init__(self, code: str, detail: str = "", path: str = "") -> None:
        where = f" at {path}" if path else ""
        super().__init__(f"{code}{where}: {detail}" if detail else f"{code}{where}")
        self.code = code
        self.detail = detail
        self.path = path


@dataclass(frozen=True)
class FirstLevelIndicator:
    code: str
    name_zh: str
    name_en: str
    weight: float


@dataclass(frozen=True)
class Indicator:
    """A second-level indicator; `benchmarks` are the level I, II and III values in that order.

    `criteria_zh`/`criteria_en` hold a qualitative indicator's wording per level, so the person
    choosing the achieved level sees what the standard asks for.
    """

    code: str
    group: str
    name_zh: str
    name_en: str
    weight: float
    unit: str
    kind: Kind
    benchmarks: tuple[float, float, float]
    limiting: bool = False
    kpi: str | None = None
    criteria_zh: tuple[str, str, str] | None = None
    criteria_en: tuple[str, str, str] | None = None

    def meets(self, value: float, level: Level) -> bool:
        benchmark = self.benchmarks[level - 1]
        if self.kind is Kind.HIGHER_BETTER:
            return value >= benchmark
        if self.kind is Kind.QUALITATIVE and value == QUALITATIVE_NONE:
            return False
        return value <= benchmark


@dataclass(frozen=True)
class IndicatorSystem:
    code: str
    name_zh: str
    name_en: str
    version: str
    source: str
    sample: bool
    rule: Rule
    groups: tuple[FirstLevelIndicator, ...]
    indicators: tuple[Indicator, ...]


@dataclass(frozen=True)
class IndicatorResult:
    """One applicable indicator; `weight` is its share of the composite after re-normalisation."""

    code: str
    value: float | None
    achieved: Level | None
    limiting: bool
    missing: bool
    weight: float

    @property
    def meets_I(self) -> bool:
        return self.meets(Level.I)

    @property
    def meets_II(self) -> bool:
        return self.meets(Level.II)

    @property
    def meets_III(self) -> bool:
        return self.meets(Level.III)

    def meets(self, level: Level) -> bool:
        return self.achieved is not None and self.achieved <= level


@dataclass(frozen=True)
class LevelCheck:
    """Whether a level's own conditions hold, and the reason codes when they do not."""

    level: Level
    score: float
    reasons: tuple[str, ...]
    limiting_failures: tuple[str, ...]

    @property
    def passed(self) -> bool:
        return not self.reasons


@dataclass(frozen=True)
class Shortfall:
    """An indicator below a target level; `required` when the level cannot be had without it."""

    code: str
    gain: float
    required: bool
    limiting: bool
    missing: bool
    value: float | None
    achieved: Level | None


@dataclass(frozen=True)
class Evaluation:
    system_code: str
    rule: Rule
    y_I: float
    y_II: float
    y_III: float
    rating: Level | None
    results: tuple[IndicatorResult, ...]
    checks: tuple[LevelCheck, LevelCheck, LevelCheck]
    not_applicable: tuple[str, ...]

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(result.code for result in self.results if result.missing)

    def check(self, level: Level) -> LevelCheck:
        return self.checks[level - 1]

    def limiting_failures(self, level: Level) -> tuple[str, ...]:
        return self.check(level).limiting_failures

    def reasons(self) -> dict[Level, tuple[str, ...]]:
        """Why each level better than the rating was not reached; empty when rated level I."""
        bar = 4 if self.rating is None else self.rating
        return {level: self.check(level).reasons for level in Level if level < bar}

    def holding_back(self, target_level: Level | None = None) -> list[Shortfall]:
        """The indicators below `target_level` (default: the next better one), most urgent first.

        Required ones come first (a limiting indicator, an indicator the strict rule needs at II,
        or any indicator for level III, which needs Y = 100): no score makes up for them. Then
        by the points each would add to Y at the target, the list a manager acts on.
        """
        if target_level is None:
            if self.rating is Level.I:
                return []
            target_level = Level.III if self.rating is None else Level(self.rating - 1)
        level = target_level
        shortfalls = [_shortfall(self.rule, r, level) for r in self.results if not r.meets(level)]
        return sorted(shortfalls, key=lambda s: (not s.required, -s.gain, s.code))


def _shortfall(rule: Rule, result: IndicatorResult, level: Level) -> Shortfall:
    strict = level is Level.I and rule is Rule.NON_LIMITING_AT_LEAST_II and not result.meets_II
    required = level is Level.III or result.limiting or strict
    return Shortfall(
        result.code, 100.0 * result.weight, required, result.limiting, result.missing,
        result.value, result.achieved,
    )  # fmt: skip


# --- validation -----------------------------------------------------------------------------


def validate(system: IndicatorSystem) -> list[Problem]:
    """Everything wrong with a system, each problem at a JSON pointer into its dict form."""
    problems: list[Problem] = []
    if not CODE.fullmatch(system.code):
        problems.append(Problem("/code", "bad_code", system.code))
    if not system.groups:
        problems.append(Problem("/groups", "empty"))
    if not system.indicators:
        problems.append(Problem("/indicators", "empty"))
    problems += _code_problems("/groups", [group.code for group in system.groups])
    problems += _code_problems("/indicators", [ind.code for ind in system.indicators])
    for index, group in enumerate(system.groups):
        problems += _weight_problems(f"/groups/{index}/weight", group.weight)
    if system.groups:
        problems += _sum_problems("/groups", [group.weight for group in system.groups])
    known = {group.code for group in system.groups}
    for index, indicator in enumerate(system.indicators):
        problems += _indicator_problems(f"/indicators/{index}", indicator, known)
    for index, group in enumerate(system.groups):
        weights = [ind.weight for ind in system.indicators if ind.group == group.code]
        if not weights:
            problems.append(Problem(f"/groups/{index}", "empty_group", group.code))
        else:
            problems += _sum_problems(f"/groups/{index}", weights)
    return problems


def _code_problems(path: str, codes: list[str]) -> list[Problem]:
    problems: list[Problem] = []
    seen: set[str] = set()
    for index, code in enumerate(codes):
        if not CODE.fullmatch(code):
            problems.append(Problem(f"{path}/{index}/code", "bad_code", code))
        elif code in seen:
            problems.append(Problem(f"{path}/{index}/code", "duplicate_code", code))
        seen.add(code)
    return problems


def _weight_problems(path: str, weight: float) -> list[Problem]:
    if math.isfinite(weight) and 0 < weight <= 1:
        return []
    return [Problem(path, "bad_weight", repr(weight))]


def _sum_problems(path: str, weights: list[float]) -> list[Problem]:
    total = math.fsum(weights)
    if abs(total - 1.0) <= WEIGHT_TOLERANCE:
        return []
    return [Problem(path, "weights_not_1", f"{total:.9g}")]


def _indicator_problems(path: str, indicator: Indicator, groups: set[str]) -> list[Problem]:
    problems = _weight_problems(f"{path}/weight", indicator.weight)
    if indicator.group not in groups:
        problems.append(Problem(f"{path}/group", "unknown_group", indicator.group))
    if indicator.kpi is not None and not KPI_CODE.fullmatch(indicator.kpi):
        problems.append(Problem(f"{path}/kpi", "bad_code", indicator.kpi))
    benchmarks = indicator.benchmarks
    if len(benchmarks) != 3 or not all(math.isfinite(b) for b in benchmarks):
        problems.append(Problem(f"{path}/benchmarks", "bad_benchmarks", repr(benchmarks)))
    elif indicator.kind is Kind.QUALITATIVE and tuple(benchmarks) != _QUALITATIVE_BENCHMARKS:
        problems.append(Problem(f"{path}/benchmarks", "qualitative_benchmarks", repr(benchmarks)))
    elif not _monotone(indicator):
        problems.append(Problem(f"{path}/benchmarks", "not_monotone", repr(benchmarks)))
    return problems


def _monotone(indicator: Indicator) -> bool:
    """Level I at least as strict as II, and II as III, in the indicator's better direction."""
    first, second, third = indicator.benchmarks
    if indicator.kind is Kind.HIGHER_BETTER:
        return first >= second >= third
    return first <= second <= third


# --- evaluation -----------------------------------------------------------------------------


def evaluate(
    system: IndicatorSystem,
    values: Mapping[str, float | None],
    not_applicable: Collection[str] = (),
) -> Evaluation:
    """The composite scores and rating; an indicator absent from `values` counts as missing.

    A code in `not_applicable` is dropped even when it also has a value.
    """
    problems = validate(system)
    if problems:
        first = problems[0]
        raise EvaluationError("invalid_system", f"{first.code} {first.detail}", first.field)
    codes = {indicator.code for indicator in system.indicators}
    for code in [*values, *not_applicable]:
        if code not in codes:
            raise EvaluationError("unknown_indicator", code)
    dropped = set(not_applicable)
    weights = _effective_weights(system, dropped)
    if not weights:
        raise EvaluationError("nothing_applies", system.code)
    results = tuple(
        _result(indicator, values.get(indicator.code), weights[indicator.code])
        for indicator in system.indicators
        if indicator.code in weights
    )
    checks = (
        _check(system.rule, results, Level.I),
        _check(system.rule, results, Level.II),
        _check(system.rule, results, Level.III),
    )
    rating = next((check.level for check in checks if check.passed), None)
    return Evaluation(
        system.code, system.rule, checks[0].score, checks[1].score, checks[2].score, rating,
        results, checks, tuple(i.code for i in system.indicators if i.code in dropped),
    )  # fmt: skip


def _effective_weights(system: IndicatorSystem, dropped: set[str]) -> dict[str, float]:
    """Each applicable indicator's share w_i·ω_ij after re-normalising both levels of weights."""
    kept: dict[str, list[Indicator]] = {}
    for indicator in system.indicators:
        if indicator.code not in dropped:
            kept.setdefault(indicator.group, []).append(indicator)
    groups = [group for group in system.groups if group.code in kept]
    group_total = math.fsum(group.weight for group in groups)
    weights: dict[str, float] = {}
    for group in groups:
        members = kept[group.code]
        member_total = math.fsum(member.weight for member in members)
        for member in members:
            weights[member.code] = group.weight / group_total * member.weight / member_total
    return weights


def _result(indicator: Indicator, value: float | None, weight: float) -> IndicatorResult:
    if value is None:
        return IndicatorResult(indicator.code, None, None, indicator.limiting, True, weight)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise EvaluationError("bad_value", repr(value), indicator.code)
    if indicator.kind is Kind.QUALITATIVE and value not in (QUALITATIVE_NONE, 1, 2, 3):
        raise EvaluationError("bad_qualitative_value", repr(value), indicator.code)
    achieved = next((level for level in Level if indicator.meets(value, level)), None)
    code, limiting = indicator.code, indicator.limiting
    return IndicatorResult(code, float(value), achieved, limiting, False, weight)


def _check(rule: Rule, results: tuple[IndicatorResult, ...], level: Level) -> LevelCheck:
    # Adding 0.0 for a miss keeps the summation order fixed, so Y_I ≤ Y_II ≤ Y_III exactly.
    failing = [r for r in results if not r.meets(level)]
    score = min(100.0, 100.0 * sum(r.weight if r.meets(level) else 0.0 for r in results))
    score = score if failing else 100.0  # not 99.99999999999999 when every indicator meets it
    limiting = tuple(r.code for r in failing if r.limiting)
    reasons: list[str] = []
    if level is Level.III:
        if failing:
            reasons.append("y_III_below_100")
    else:
        if score < PASS_SCORE - _SCORE_EPSILON:
            reasons.append("y_below_85")
        if limiting:
            reasons.append("limiting_not_met")
        strict = level is Level.I and rule is Rule.NON_LIMITING_AT_LEAST_II
        if strict and any(not r.limiting and not r.meets_II for r in results):
            reasons.append("non_limiting_below_II")
    if reasons and any(r.missing for r in failing):
        reasons.append("missing_data")
    return LevelCheck(level, score, tuple(reasons), limiting)


# --- dict form ------------------------------------------------------------------------------


def system_to_dict(system: IndicatorSystem) -> dict[str, Any]:
    """The JSON-ready form (lists, texts, numbers) `system_from_dict` reads back as equal."""
    return {"format": FORMAT_VERSION, **_plain(asdict(system))}


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    return value.value if isinstance(value, StrEnum) else value


def system_from_dict(data: Any) -> IndicatorSystem:
    """The system a dict describes; raises `EvaluationError` with a JSON pointer otherwise.

    Only the shape is judged here (keys, types, finite numbers); `validate` judges the content,
    so an editor can show every content problem at once. An unknown key is an error, so a
    misspelt optional key ("limitng") never silently falls back to its default.
    """
    version = data.get("format") if isinstance(data, dict) else None
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise EvaluationError("unsupported_version", f"{version} > {FORMAT_VERSION}", "/format")
    fields = _read_object(data, "", _SYSTEM_KEYS)
    if fields.pop("format") != FORMAT_VERSION:
        raise EvaluationError("bad_value", f"expected {FORMAT_VERSION}", "/format")
    return IndicatorSystem(**fields)


def _indicator(data: Any, path: str) -> Indicator:
    fields = _read_object(data, path, _INDICATOR_KEYS)
    if fields["benchmarks"] is None:
        if fields["kind"] is not Kind.QUALITATIVE:
            raise EvaluationError("missing_key", "benchmarks", f"{path}/benchmarks")
        fields["benchmarks"] = _QUALITATIVE_BENCHMARKS
    return Indicator(**fields)


def _read_object(data: Any, path: str, spec: Mapping[str, tuple[_Read, Any]]) -> dict[str, Any]:
    """Each key of `spec` read by its reader; null counts as absent, so either spelling works."""
    if not isinstance(data, dict):
        raise EvaluationError("bad_value", "expected an object", path or "/")
    for key in data:
        if key not in spec:
            raise EvaluationError("unknown_key", str(key), f"{path}/{key}")
    fields: dict[str, Any] = {}
    for key, (read, default) in spec.items():
        value = data.get(key)
        if value is None and default is _REQUIRED:
            raise EvaluationError("missing_key", key, f"{path}/{key}")
        fields[key] = default if value is None else read(value, f"{path}/{key}")
    return fields


def _text(value: Any, path: str) -> str:
    if not isinstance(value, str):
        raise EvaluationError("bad_value", "expected text", path)
    return value


def _number(value: Any, path: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise EvaluationError("bad_value", "expected a number", path)
    try:
        result = float(value)
    except OverflowError:
        raise EvaluationError("not_finite", "too large", path) from None
    if not math.isfinite(result):
        raise EvaluationError("not_finite", repr(value), path)
    return result


def _integer(value: Any, path: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise EvaluationError("bad_value", "expected a whole number", path)
    return value


def _boolean(value: Any, path: str) -> bool:
    if not isinstance(value, bool):
        raise EvaluationError("bad_value", "expected true or false", path)
    return value


def _choice(kind: type[Kind] | type[Rule]) -> _Read:
    def read(value: Any, path: str) -> Kind | Rule:
        allowed = [member.value for member in kind]
        if value not in allowed:
            raise EvaluationError("bad_value", f"{value!r} is not one of {allowed}", path)
        return kind(value)

    return read


def _triple(read_item: _Read) -> _Read:
    """Levels I, II and III, in that order."""

    def read(value: Any, path: str) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple) or len(value) != 3:
            raise EvaluationError("bad_value", "expected three entries (I, II, III)", path)
        return tuple(read_item(item, f"{path}/{index}") for index, item in enumerate(value))

    return read


def _list(read_item: _Read) -> _Read:
    def read(value: Any, path: str) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            raise EvaluationError("bad_value", "expected a list", path)
        return tuple(read_item(item, f"{path}/{index}") for index, item in enumerate(value))

    return read


def _group(data: Any, path: str) -> FirstLevelIndicator:
    return FirstLevelIndicator(**_read_object(data, path, _GROUP_KEYS))


_Read = Callable[[Any, str], Any]
_REQUIRED: Any = object()
_GROUP_KEYS: dict[str, tuple[_Read, Any]] = {
    "code": (_text, _REQUIRED), "name_zh": (_text, _REQUIRED), "name_en": (_text, _REQUIRED),
    "weight": (_number, _REQUIRED),
}  # fmt: skip
_INDICATOR_KEYS: dict[str, tuple[_Read, Any]] = {
    "code": (_text, _REQUIRED), "group": (_text, _REQUIRED), "name_zh": (_text, _REQUIRED),
    "name_en": (_text, _REQUIRED), "weight": (_number, _REQUIRED), "unit": (_text, ""),
    "kind": (_choice(Kind), _REQUIRED), "benchmarks": (_triple(_number), None),
    "limiting": (_boolean, False), "kpi": (_text, None),
    "criteria_zh": (_triple(_text), None), "criteria_en": (_triple(_text), None),
}  # fmt: skip
_SYSTEM_KEYS: dict[str, tuple[_Read, Any]] = {
    "format": (_integer, _REQUIRED), "code": (_text, _REQUIRED),
    "name_zh": (_text, _REQUIRED), "name_en": (_text, _REQUIRED),
    "version": (_text, _REQUIRED), "source": (_text, _REQUIRED), "sample": (_boolean, False),
    "rule": (_choice(Rule), Rule.STANDARD), "groups": (_list(_group), _REQUIRED),
    "indicators": (_list(_indicator), _REQUIRED),
}  # fmt: skip
