"""Normalised energy baseline (ISO 50006): energy explained by production and weather.

Comparing this year's energy with last year's says nothing when output or the weather changed.
ISO 50006 normalises: fit energy over a baseline period as a straight line in production
(optionally plus heating or cooling degree-days), then judge later periods against what that
line expects for their own production and weather. Savings are expected − actual; their running
sum (CUSUM) shows when performance changed and whether a measure kept paying off.

A regression fitted to too little, too flat or too noisy data gives confident-looking nonsense,
so the fit carries an assessment: warning codes for a low R², a high CV(RMSE) (ASHRAE
Guideline 14, with n − p degrees of freedom), a falling slope and a short period. The thresholds
are parameters because what is acceptable depends on the period length (ASHRAE 14 allows 15 %
CV(RMSE) for monthly and 30 % for hourly data; the default 20 % is this product's monthly rule).
Inputs that cannot give a model at all raise `BaselineError` with a code the UI translates.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Final

import numpy as np
from numpy.typing import NDArray

MIN_POINTS: Final = 6
"""Fewer periods than this cannot support even a two-parameter line with any confidence."""

NO_VARIATION: Final = 1e-6
"""A driver whose standard deviation is below this share of its magnitude is treated as constant."""


class BaselineError(ValueError):
    """Inputs from which no baseline can be fitted or evaluated: a code to translate, a detail."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class BaselineThresholds:
    """When a fitted baseline earns a warning; defaults suit monthly periods."""

    min_r_squared: float = 0.75
    """ISO 50006 practice: below this, production (and weather) explain too little of energy."""
    max_cv_rmse: float = 0.20
    recommended_points: int = 12
    """A year of months, so the baseline period covers every season once."""


DEFAULT_THRESHOLDS: Final = BaselineThresholds()


@dataclass(frozen=True)
class BaselineModel:
    """energy ≈ intercept + production_coefficient × production [+ degree_day_coefficient × DD].

    `warnings` holds the assessment codes (low_r_squared, high_cv_rmse, negative_slope,
    negative_degree_day_slope, few_points); a model without any is `valid`.
    """

    intercept: float
    production_coefficient: float
    degree_day_coefficient: float | None
    n: int
    r_squared: float
    rmse: float
    """Residual standard error, √(SS_res / (n − p)), in energy units."""
    cv_rmse: float
    """rmse / mean energy; infinite when the mean energy is not positive."""
    warnings: tuple[str, ...] = ()

    @property
    def parameters(self) -> int:
        """p: the intercept and each coefficient."""
        return 2 if self.degree_day_coefficient is None else 3

    @property
    def valid(self) -> bool:
        return not self.warnings

    def expected(
        self, production: Sequence[float], degree_days: Sequence[float] | None = None
    ) -> NDArray[np.float64]:
        """The energy the baseline predicts for each period's production (and degree-days)."""
        x = _finite_array(production, "production")
        result = self.intercept + self.production_coefficient * x
        if self.degree_day_coefficient is None:
            if degree_days is not None:
                raise BaselineError("degree_days_not_used")
            return result
        if degree_days is None:
            raise BaselineError("degree_days_required")
        dd = _finite_array(degree_days, "degree_days")
        _same_length(x, dd, "degree_days")
        return result + self.degree_day_coefficient * dd


def fit_baseline(
    energy: Sequence[float],
    production: Sequence[float],
    degree_days: Sequence[float] | None = None,
    *,
    thresholds: BaselineThresholds = DEFAULT_THRESHOLDS,
) -> BaselineModel:
    """Ordinary least squares of energy on production (and degree-days), with its assessment.

    Raises BaselineError: length_mismatch, not_finite, too_few_points, no_variation (production
    or degree-days constant), collinear (degree-days proportional to production).
    """
    y = np.asarray(energy, dtype=np.float64)
    drivers = {"production": np.asarray(production, dtype=np.float64)}
    if degree_days is not None:
        drivers["degree_days"] = np.asarray(degree_days, dtype=np.float64)
    for name, values in drivers.items():
        _same_length(y, values, name)
    for name, values in {"energy": y, **drivers}.items():
        _check_finite(values, name)
    p = 1 + len(drivers)
    if len(y) < max(MIN_POINTS, p + 2):
        raise BaselineError("too_few_points", f"{len(y)} < {max(MIN_POINTS, p + 2)}")
    for name, values in drivers.items():
        if not _varies(values):
            raise BaselineError("no_variation", name)
    design = np.column_stack([np.ones_like(y), *drivers.values()])
    solution, _, rank, _ = np.linalg.lstsq(design, y, rcond=None)
    if rank < p:
        raise BaselineError("collinear", "degree_days and production")
    return _model(y, design, solution.astype(np.float64), thresholds)


def _model(
    y: NDArray[np.float64],
    design: NDArray[np.float64],
    coefficients: NDArray[np.float64],
    thresholds: BaselineThresholds,
) -> BaselineModel:
    n, p = design.shape
    residuals = y - design @ coefficients
    ss_res = float(residuals @ residuals)
    ss_tot = float(((y - y.mean()) ** 2).sum())
    # Energy that never changes leaves nothing for production to explain: R² 0, not 0/0.
    r_squared = 1.0 - ss_res / ss_tot if np.ptp(y) > 0 and ss_tot > 0 else 0.0
    rmse = math.sqrt(ss_res / (n - p))
    mean = float(y.mean())
    cv_rmse = rmse / mean if mean > 0 else math.inf
    dd_coefficient = float(coefficients[2]) if p == 3 else None
    model = BaselineModel(
        intercept=float(coefficients[0]),
        production_coefficient=float(coefficients[1]),
        degree_day_coefficient=dd_coefficient,
        n=n,
        r_squared=r_squared,
        rmse=rmse,
        cv_rmse=cv_rmse,
    )
    return replace(model, warnings=_warnings(model, thresholds))


def _warnings(model: BaselineModel, thresholds: BaselineThresholds) -> tuple[str, ...]:
    checks = (
        ("few_points", model.n < thresholds.recommended_points),
        ("low_r_squared", model.r_squared < thresholds.min_r_squared),
        ("high_cv_rmse", model.cv_rmse > thresholds.max_cv_rmse),
        # More output for less energy means the line is describing something else (a process
        # change, a misassigned meter); it would credit savings to lower production.
        ("negative_slope", model.production_coefficient < 0),
        (
            "negative_degree_day_slope",
            model.degree_day_coefficient is not None and model.degree_day_coefficient < 0,
        ),
    )
    return tuple(code for code, failed in checks if failed)


def cusum(actual: Sequence[float], expected: Sequence[float]) -> NDArray[np.float64]:
    """Running Σ(expected − actual): positive and rising while energy is being saved."""
    a, e = _pair(actual, expected)
    return np.cumsum(e - a)


@dataclass(frozen=True)
class SavingsSummary:
    expected_total: float
    actual_total: float
    savings: float
    """expected_total − actual_total; positive is energy saved."""
    savings_percent: float | None
    """savings as % of expected_total; None when the expected total is not positive."""


def savings_summary(actual: Sequence[float], expected: Sequence[float]) -> SavingsSummary:
    """Totals over a reporting period, against the baseline's expectation for it."""
    a, e = _pair(actual, expected)
    expected_total = float(e.sum())
    actual_total = float(a.sum())
    savings = expected_total - actual_total
    percent = 100.0 * savings / expected_total if expected_total > 0 else None
    return SavingsSummary(expected_total, actual_total, savings, percent)


def energy_performance_indicator(
    actual: Sequence[float], expected: Sequence[float]
) -> NDArray[np.float64]:
    """EnPI ratio actual / expected per period: below 1 is better than the baseline.

    NaN where the expectation is not positive (a line extrapolated below zero production):
    a ratio to it would mean nothing, and a made-up number would be worse than a gap.
    """
    a, e = _pair(actual, expected)
    ratio = np.full_like(a, np.nan)
    np.divide(a, e, out=ratio, where=e > 0)
    return ratio


def _pair(
    actual: Sequence[float], expected: Sequence[float]
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    a = _finite_array(actual, "actual")
    e = _finite_array(expected, "expected")
    _same_length(a, e, "expected")
    return a, e


def _finite_array(values: Sequence[float], name: str) -> NDArray[np.float64]:
    array = np.asarray(values, dtype=np.float64)
    _check_finite(array, name)
    return array


def _check_finite(values: NDArray[np.float64], name: str) -> None:
    if not np.all(np.isfinite(values)):
        raise BaselineError("not_finite", name)


def _same_length(first: NDArray[np.float64], other: NDArray[np.float64], name: str) -> None:
    if first.shape != other.shape:
        raise BaselineError("length_mismatch", f"{name}: {len(other)} ≠ {len(first)}")


def _varies(values: NDArray[np.float64]) -> bool:
    scale = float(np.max(np.abs(values)))
    return float(np.std(values)) > NO_VARIATION * scale
