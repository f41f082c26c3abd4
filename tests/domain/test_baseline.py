"""Energy baseline: least squares by hand and against numpy, degree-days, CUSUM, EnPI, codes."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from domain.baseline import (
    BaselineError,
    BaselineThresholds,
    cusum,
    energy_performance_indicator,
    fit_baseline,
    savings_summary,
)

YEAR = list(range(10, 130, 10))
"""Twelve monthly production figures, enough to earn no few_points warning."""


def test_exact_line_gives_its_coefficients_and_r_squared_one():
    energy = [100 + 2.5 * p for p in YEAR]
    model = fit_baseline(energy, YEAR)
    assert model.intercept == pytest.approx(100)
    assert model.production_coefficient == pytest.approx(2.5)
    assert model.degree_day_coefficient is None
    assert model.n == 12
    assert model.parameters == 2
    assert model.r_squared == pytest.approx(1.0)
    assert model.cv_rmse == pytest.approx(0.0, abs=1e-12)
    assert model.warnings == ()
    assert model.valid


def test_hand_computed_regression():
    # x̄ = 3.5, ȳ = 6, Sxx = 17.5, Sxy = 21 → slope 1.2, intercept 6 − 1.2·3.5 = 1.8.
    # Fitted 3.0 4.2 5.4 6.6 7.8 9.0 → residuals 0 .8 −1.4 .4 .2 0 → SS_res 2.8; SS_tot 28.
    model = fit_baseline([3, 5, 4, 7, 8, 9], [1, 2, 3, 4, 5, 6])
    assert model.production_coefficient == pytest.approx(1.2)
    assert model.intercept == pytest.approx(1.8)
    assert model.r_squared == pytest.approx(0.9)
    assert model.rmse == pytest.approx(math.sqrt(2.8 / 4))  # n − p = 6 − 2
    assert model.cv_rmse == pytest.approx(math.sqrt(0.7) / 6)


def test_noisy_data_matches_numpy_polyfit():
    rng = np.random.default_rng(7)
    production = rng.uniform(500, 1500, 24)
    energy = 2000 + 3.2 * production + rng.normal(0, 150, 24)
    model = fit_baseline(energy.tolist(), production.tolist())
    slope, intercept = np.polyfit(production, energy, 1)
    assert model.production_coefficient == pytest.approx(slope, rel=1e-9)
    assert model.intercept == pytest.approx(intercept, rel=1e-9)
    assert model.r_squared == pytest.approx(np.corrcoef(production, energy)[0, 1] ** 2)
    residuals = energy - (intercept + slope * production)
    rmse = math.sqrt(float(residuals @ residuals) / (24 - 2))
    assert model.cv_rmse == pytest.approx(rmse / energy.mean())
    assert model.valid


def test_degree_day_model():
    production = [100, 120, 90, 150, 130, 110, 160, 140, 95, 125, 105, 145]
    degree_days = [300, 250, 280, 120, 60, 10, 0, 0, 40, 150, 260, 320]
    energy = [50 + 3 * p + 1.5 * d for p, d in zip(production, degree_days, strict=True)]
    model = fit_baseline(energy, production, degree_days)
    assert model.intercept == pytest.approx(50)
    assert model.production_coefficient == pytest.approx(3)
    assert model.degree_day_coefficient == pytest.approx(1.5)
    assert model.parameters == 3
    assert model.r_squared == pytest.approx(1.0)
    assert model.valid
    expected = model.expected([200, 0], [100, 0])
    assert expected.tolist() == pytest.approx([50 + 600 + 150, 50])


def test_expected_for_a_production_only_model():
    model = fit_baseline([100 + 2 * p for p in YEAR], YEAR)
    assert model.expected([0, 50]).tolist() == pytest.approx([100, 200])


@pytest.mark.parametrize(
    ("degree_days", "code"),
    [(None, "degree_days_required"), ([1.0, 2.0, 3.0], "length_mismatch")],
)
def test_expected_with_degree_days_wrong(degree_days, code):
    weather = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 10, 11]
    model = fit_baseline([p + d for p, d in zip(YEAR, weather, strict=True)], YEAR, weather)
    with pytest.raises(BaselineError) as error:
        model.expected([1.0, 2.0], degree_days)
    assert error.value.code == code


def test_expected_rejects_degree_days_the_model_does_not_use():
    model = fit_baseline([2 * p for p in YEAR], YEAR)
    with pytest.raises(BaselineError) as error:
        model.expected([1.0], [5.0])
    assert error.value.code == "degree_days_not_used"
    with pytest.raises(BaselineError) as error:
        model.expected([math.nan])
    assert error.value.code == "not_finite"


@pytest.mark.parametrize(
    ("energy", "production", "degree_days", "code", "detail"),
    [
        ([1, 2, 3, 4, 5], [1, 2, 3, 4, 5], None, "too_few_points", "5 < 6"),
        ([1] * 7, [1, 2, 3, 4, 5, 6], None, "length_mismatch", "production: 6 ≠ 7"),
        ([1] * 6, range(6), [1] * 5, "length_mismatch", "degree_days: 5 ≠ 6"),
        ([1, 2, math.nan, 4, 5, 6], range(6), None, "not_finite", "energy"),
        ([1] * 6, [1, 2, math.inf, 4, 5, 6], None, "not_finite", "production"),
        ([1] * 6, range(6), [1, 2, None, 4, 5, 6], "not_finite", "degree_days"),
        ([1, 2, 3, 4, 5, 6], [7] * 6, None, "no_variation", "production"),
        ([1, 2, 3, 4, 5, 6], [1e6, 1e6, 1e6, 1e6, 1e6, 1e6 + 1e-4], None, "no_variation", ""),
        ([1, 2, 3, 4, 5, 6], range(6), [20] * 6, "no_variation", "degree_days"),
        ([1, 2, 3, 4, 5, 7], range(6), [2 * p + 5 for p in range(6)], "collinear", ""),
    ],
)
def test_fit_errors(energy, production, degree_days, code, detail):
    with pytest.raises(BaselineError) as error:
        fit_baseline(energy, list(production), degree_days)
    assert error.value.code == code
    assert detail in error.value.detail


def test_three_parameters_still_need_six_points():
    with pytest.raises(BaselineError) as error:
        fit_baseline([1, 2, 3, 4, 5], [1, 2, 3, 4, 5], [5, 3, 4, 1, 2])
    assert error.value.code == "too_few_points"


def test_few_points_warning_below_a_year_of_months():
    model = fit_baseline([3, 5, 7, 9, 11, 13], [1, 2, 3, 4, 5, 6])
    assert model.warnings == ("few_points",)
    assert not model.valid


def test_low_r_squared_and_high_cv_rmse():
    # Production explains little; energy scatters widely around a small mean.
    energy = [10, 80, 15, 60, 5, 90, 20, 70, 12, 85, 8, 75]
    model = fit_baseline(energy, YEAR)
    assert model.r_squared < 0.75
    assert model.cv_rmse > 0.2
    assert {"low_r_squared", "high_cv_rmse"} <= set(model.warnings)


def test_thresholds_are_parameters():
    energy = [3, 5, 4, 7, 8, 9]  # r² 0.9, CV(RMSE) 0.139 from the hand-computed case
    production = [1, 2, 3, 4, 5, 6]
    strict = BaselineThresholds(min_r_squared=0.95, max_cv_rmse=0.10, recommended_points=6)
    assert fit_baseline(energy, production, thresholds=strict).warnings == (
        "low_r_squared",
        "high_cv_rmse",
    )
    lenient = BaselineThresholds(recommended_points=6)
    assert fit_baseline(energy, production, thresholds=lenient).valid


def test_negative_slopes_are_suspicious():
    energy = [1000 - 2 * p for p in YEAR]
    assert "negative_slope" in fit_baseline(energy, YEAR).warnings
    degree_days = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 10, 11]
    energy = [500 + 2 * p - 4 * d for p, d in zip(YEAR, degree_days, strict=True)]
    model = fit_baseline(energy, YEAR, degree_days)
    assert model.warnings == ("negative_degree_day_slope",)


def test_constant_energy_is_explained_by_nothing():
    model = fit_baseline([50.0] * 12, YEAR)
    assert model.production_coefficient == pytest.approx(0, abs=1e-12)
    assert model.r_squared == 0.0
    assert "low_r_squared" in model.warnings


def test_cv_rmse_infinite_when_mean_energy_is_not_positive():
    energy = [-5, 3, -4, 2, -1, 1, -3, 4, -2, 0, 5, -6]
    assert fit_baseline(energy, YEAR).cv_rmse == math.inf


def test_cusum_is_the_running_sum_of_expected_minus_actual():
    actual = [10, 12, 9, 11.5]
    expected = [11, 11, 11, 11]
    # 1, −1, 2, −0.5 → 1, 0, 2, 1.5
    assert cusum(actual, expected).tolist() == pytest.approx([1, 0, 2, 1.5])
    assert cusum([], []).tolist() == []


def test_savings_summary():
    summary = savings_summary([10, 12, 9], [11, 11, 11])
    assert summary.expected_total == 33
    assert summary.actual_total == 31
    assert summary.savings == 2
    assert summary.savings_percent == pytest.approx(200 / 33)
    assert savings_summary([1, 2], [0, 0]).savings_percent is None


def test_energy_performance_indicator():
    ratio = energy_performance_indicator([10, 12, 5, 3], [11, 10, 0, -2])
    assert ratio[:2].tolist() == pytest.approx([10 / 11, 1.2])
    assert np.isnan(ratio[2:]).all()


@pytest.mark.parametrize("function", [cusum, savings_summary, energy_performance_indicator])
def test_comparisons_reject_bad_pairs(function):
    with pytest.raises(BaselineError) as error:
        function([1, 2], [1])
    assert error.value.code == "length_mismatch"
    with pytest.raises(BaselineError) as error:
        function([1, math.nan], [1, 2])
    assert error.value.code == "not_finite"


finite = st.floats(-1000, 1000, allow_nan=False, allow_infinity=False)


@given(
    intercept=finite,
    slope=finite,
    production=st.lists(st.floats(0, 1000, allow_nan=False), min_size=6, max_size=40),
)
def test_noise_free_line_is_recovered(intercept, slope, production):
    assume(np.std(production) > 1)
    energy = [intercept + slope * p for p in production]
    model = fit_baseline(energy, production)
    assert model.production_coefficient == pytest.approx(slope, rel=1e-7, abs=1e-7)
    assert model.intercept == pytest.approx(intercept, rel=1e-7, abs=1e-5)


@given(
    coefficients=st.tuples(finite, finite, finite),
    rows=st.lists(
        st.tuples(st.floats(0, 1000, allow_nan=False), st.floats(0, 500, allow_nan=False)),
        min_size=6,
        max_size=40,
    ),
)
def test_noise_free_plane_is_recovered(coefficients, rows):
    production, degree_days = (np.array(column) for column in zip(*rows, strict=True))
    assume(np.std(production) > 1 and np.std(degree_days) > 1)
    # Well away from collinear, so the coefficients are determined to float precision.
    assume(abs(np.corrcoef(production, degree_days)[0, 1]) < 0.95)
    a, b, c = coefficients
    energy = a + b * production + c * degree_days
    model = fit_baseline(energy.tolist(), production.tolist(), degree_days.tolist())
    assert model.intercept == pytest.approx(a, rel=1e-6, abs=1e-5)
    assert model.production_coefficient == pytest.approx(b, rel=1e-6, abs=1e-6)
    assert model.degree_day_coefficient == pytest.approx(c, rel=1e-6, abs=1e-6)
