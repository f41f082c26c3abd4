"""Words for the cleaner-production evaluation, in the user's language, in the standards' terms.

Shared by the evaluation tab and its table model, so "二级" and "限定性指标" read the same
everywhere; also the sentences for the codes the evaluation service and the indicator-system
format raise, with the JSON pointer of the problem, so a site editing its system file can fix it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.services.errors import ConfigurationError
from desktop_app.services.evaluation import SystemRejected
from desktop_app.ui.problem_text import error_text
from domain.evaluation import QUALITATIVE_NONE, Indicator, Kind, Level, Shortfall
from domain.formatting import format_value
from domain.instrument_rules import Problem


def level_text(level: Level | None) -> str:
    """一级/二级/三级, or 未达三级 when no level is reached."""
    if level is Level.I:
        return QCoreApplication.translate("EvaluationText", "Level I")
    if level is Level.II:
        return QCoreApplication.translate("EvaluationText", "Level II")
    if level is Level.III:
        return QCoreApplication.translate("EvaluationText", "Level III")
    return QCoreApplication.translate("EvaluationText", "Below level III")


def level_title(level: Level | None) -> str:
    """The standards' name of a level."""
    if level is Level.I:
        return QCoreApplication.translate(
            "EvaluationText", "International leading level of cleaner production"
        )
    if level is Level.II:
        return QCoreApplication.translate(
            "EvaluationText", "Domestic advanced level of cleaner production"
        )
    if level is Level.III:
        return QCoreApplication.translate(
            "EvaluationText", "Domestic general level of cleaner production"
        )
    return QCoreApplication.translate(
        "EvaluationText", "Not rated: the plant does not reach level III"
    )


def missing_reason_text(reason: str) -> str:
    texts = {
        "no_input": QCoreApplication.translate("EvaluationText", "not entered yet"),
        "missing_inputs": QCoreApplication.translate(
            "EvaluationText", "the KPI lacks data for this period"
        ),
        "zero_denominator": QCoreApplication.translate(
            "EvaluationText", "no production in this period"
        ),
        "no_kpi_value": QCoreApplication.translate("EvaluationText", "the KPI has no value"),
        "unknown_kpi": QCoreApplication.translate("EvaluationText", "this site has no such KPI"),
        "unit_mismatch": QCoreApplication.translate(
            "EvaluationText", "the KPI's unit does not convert to the indicator's"
        ),
        "stale_input": QCoreApplication.translate(
            "EvaluationText", "the stored value no longer fits the indicator"
        ),
    }
    return texts.get(reason, reason)


def join_reasons(codes: tuple[str, ...]) -> str:
    separator = QCoreApplication.translate("EvaluationText", "; ")
    return separator.join(level_reason_text(code) for code in codes)


def level_reason_text(code: str) -> str:
    """Why a level was missed (`LevelCheck.reasons`)."""
    texts = {
        "y_below_85": QCoreApplication.translate("EvaluationText", "composite index below 85"),
        "limiting_not_met": QCoreApplication.translate(
            "EvaluationText", "a limiting indicator is below the level"
        ),
        "non_limiting_below_II": QCoreApplication.translate(
            "EvaluationText", "a non-limiting indicator is below level II"
        ),
        "y_III_below_100": QCoreApplication.translate(
            "EvaluationText", "not every indicator reaches level III"
        ),
        "missing_data": QCoreApplication.translate(
            "EvaluationText", "indicators without a value count as 0"
        ),
    }
    return texts.get(code, code)


def criteria(indicator: Indicator, level: Level, chinese: bool) -> str:
    texts = indicator.criteria_zh if chinese else indicator.criteria_en
    texts = texts or indicator.criteria_zh or indicator.criteria_en
    return texts[level - 1] if texts else ""


def benchmark_text(indicator: Indicator, level: Level, chinese: bool, unit: bool = True) -> str:
    """ "≤ 60 kgce/t", "≥ 95 %", or a qualitative level's criteria."""
    if indicator.kind is Kind.QUALITATIVE:
        return criteria(indicator, level, chinese) or level_text(level)
    sign = "≥" if indicator.kind is Kind.HIGHER_BETTER else "≤"
    return f"{sign} {format_value(indicator.benchmarks[level - 1], indicator.unit if unit else '')}"


def value_text(indicator: Indicator, value: float | None, unit: bool = True) -> str:
    if value is None:
        return "—"
    if indicator.kind is Kind.QUALITATIVE:
        return level_text(None if value == QUALITATIVE_NONE else Level(int(value)))
    return format_value(value, indicator.unit if unit else "")


def indicator_name(indicator: Indicator, chinese: bool) -> str:
    return indicator.name_zh if chinese or not indicator.name_en else indicator.name_en


def shortfall_text(
    shortfall: Shortfall, indicator: Indicator, target: Level, reason: str, chinese: bool
) -> str:
    """One line of the holding-back list: the indicator, where it stands, what the level asks,
    and why it matters (required, or the points it would add)."""
    name = indicator_name(indicator, chinese)
    if shortfall.missing:
        where = QCoreApplication.translate("EvaluationText", "no value (%1)").replace(
            "%1", missing_reason_text(reason)
        )
    else:
        where = f"{value_text(indicator, shortfall.value)} · {level_text(shortfall.achieved)}"
    needs = QCoreApplication.translate("EvaluationText", "%1 requires: %2").replace(
        "%1", level_text(target)
    )
    needs = needs.replace("%2", benchmark_text(indicator, target, chinese))
    first = QCoreApplication.translate("EvaluationText", "%1: %2").replace("%1", name)
    return f"{first.replace('%2', where)}\n{needs}\n{_why(shortfall, target)}"


def _why(shortfall: Shortfall, target: Level) -> str:
    if shortfall.limiting:
        return QCoreApplication.translate("EvaluationText", "Required: limiting indicator")
    if shortfall.required and target is Level.III:
        return QCoreApplication.translate(
            "EvaluationText", "Required: level III needs every indicator at level III"
        )
    if shortfall.required:
        return QCoreApplication.translate(
            "EvaluationText", "Required: level I needs every indicator at level II or better"
        )
    return (
        QCoreApplication.translate("EvaluationText", "Would add %1 points to Y_%2")
        .replace("%1", f"{shortfall.gain:.1f}")
        .replace("%2", target.name)
    )


def evaluation_error_text(error: BaseException) -> str:
    """A sentence for an evaluation refusal, with where in the file when it is a document."""
    if isinstance(error, SystemRejected):
        lines = [_problem_line(p) for p in error.problems[:8]]
        more = len(error.problems) - len(lines)
        if more > 0:
            lines.append(
                QCoreApplication.translate("EvaluationText", "… and %1 more").replace(
                    "%1", str(more)
                )
            )
        return "\n".join(lines)
    if isinstance(error, ConfigurationError) and error.code in _codes():
        return _problem_line(Problem(error.field, error.code, error.detail))
    return error_text(error)


def _problem_line(problem: Problem) -> str:
    text = _codes().get(problem.code)
    if text is None:
        text = error_text(ConfigurationError(problem.code, problem.detail))
    else:
        text = text.replace("%1", problem.detail)
    pointer = problem.field if problem.field.startswith("/") and problem.field != "/" else ""
    return f"{text} ({pointer})" if pointer else text


def _codes() -> dict[str, str]:
    return {
        "unknown_system": QCoreApplication.translate(
            "EvaluationText", "There is no indicator system with the code %1."
        ),
        "builtin_code": QCoreApplication.translate(
            "EvaluationText",
            "%1 is the shipped sample's code: give your edited system a code of its own.",
        ),
        "unknown_indicator": QCoreApplication.translate(
            "EvaluationText", "The system has no indicator %1."
        ),
        "kpi_linked": QCoreApplication.translate(
            "EvaluationText",
            "This indicator's value comes from the KPI %1: enter the records behind it instead.",
        ),
        "bad_qualitative_value": QCoreApplication.translate(
            "EvaluationText", "Choose level I, II, III or none."
        ),
        "note_too_long": QCoreApplication.translate(
            "EvaluationText", "The note may have at most %1 characters."
        ),
        "bad_period": QCoreApplication.translate(
            "EvaluationText", "The period ends before it starts."
        ),
        "unreadable": QCoreApplication.translate("EvaluationText", "The file cannot be read: %1"),
        "nothing_applies": QCoreApplication.translate(
            "EvaluationText", "Every indicator is marked not applicable: nothing to evaluate."
        ),
        "invalid_system": QCoreApplication.translate(
            "EvaluationText", "The indicator system is not valid: %1"
        ),
        "unknown_key": QCoreApplication.translate(
            "EvaluationText", "The entry %1 is not part of the format (misspelt?)."
        ),
        "missing_key": QCoreApplication.translate(
            "EvaluationText", "The required entry %1 is missing."
        ),
        "bad_code": QCoreApplication.translate(
            "EvaluationText",
            "Codes use lower-case letters, digits and '_', starting with a letter: %1",
        ),
        "empty": QCoreApplication.translate("EvaluationText", "The list may not be empty."),
        "duplicate_code": QCoreApplication.translate(
            "EvaluationText", "The code %1 is used twice."
        ),
        "bad_weight": QCoreApplication.translate(
            "EvaluationText", "A weight must lie above 0 and at most 1: %1"
        ),
        "weights_not_1": QCoreApplication.translate(
            "EvaluationText", "The weights must add up to 1; they add up to %1."
        ),
        "unknown_group": QCoreApplication.translate(
            "EvaluationText", "No first-level indicator has the code %1."
        ),
        "empty_group": QCoreApplication.translate(
            "EvaluationText", "The first-level indicator %1 has no second-level indicators."
        ),
        "bad_benchmarks": QCoreApplication.translate(
            "EvaluationText", "Give three finite benchmarks, for levels I, II and III."
        ),
        "qualitative_benchmarks": QCoreApplication.translate(
            "EvaluationText", "A qualitative indicator's benchmarks are 1, 2 and 3 (or none)."
        ),
        "not_monotone": QCoreApplication.translate(
            "EvaluationText",
            "Level I must be at least as strict as level II, and II as III: %1",
        ),
    }
