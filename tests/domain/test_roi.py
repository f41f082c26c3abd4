"""Option economics against hand-computed values."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.roi import OptionFigures, RoiError, evaluate_option, irr, npv, payback_years


def test_a_heat_recovery_option_by_hand() -> None:
    """¥100,000 invested, ¥25,000 energy saved and ¥5,000 of recovered heat sold a year, five
    years at 8 %: ROI 30 %, payback 3.33 years, NPV = 30,000 × 3.99271 − 100,000 = 19,781.30,
    IRR ≈ 15.24 % (30,000 × annuity(r, 5) = 100,000)."""
    result = evaluate_option(
        OptionFigures(100_000, 25_000, annual_revenue=5_000, life_years=5, discount_rate=0.08)
    )
    assert result.roi_percent == pytest.approx(30.0)
    assert result.payback_years == pytest.approx(100_000 / 30_000)
    assert result.npv == pytest.approx(19_781.30, abs=0.01)
    assert result.irr == pytest.approx(0.152382, abs=1e-6)
    assert npv(result.irr or 0.0, [-100_000] + [30_000] * 5) == pytest.approx(0.0, abs=1e-4)


def test_operating_costs_reduce_payback_and_npv_but_not_the_reported_roi() -> None:
    result = evaluate_option(
        OptionFigures(50_000, 20_000, annual_costs=5_000, life_years=10, discount_rate=0.06)
    )
    assert result.roi_percent == pytest.approx(40.0)  # (savings + revenue) / investment
    assert result.payback_years == pytest.approx(50_000 / 15_000)
    annuity = (1 - 1.06**-10) / 0.06  # 7.360087
    assert result.npv == pytest.approx(15_000 * annuity - 50_000, abs=0.01)


def test_a_no_cost_option_and_one_that_never_pays_back() -> None:
    free = evaluate_option(OptionFigures(0.0, 8_000, life_years=3))
    assert free.roi_percent is None and free.payback_years == 0.0 and free.irr is None
    never = evaluate_option(OptionFigures(10_000, 1_000, annual_costs=1_500, life_years=5))
    assert never.payback_years is None and never.irr is None and never.npv < -10_000


def test_bad_figures_are_refused_with_a_code() -> None:
    for figures, code in (
        (OptionFigures(-1.0, 10.0), "negative_amount"),
        (OptionFigures(1.0, float("nan")), "not_finite"),
        (OptionFigures(1.0, 1.0, life_years=0), "bad_life"),
        (OptionFigures(1.0, 1.0, discount_rate=-1.5), "bad_rate"),
    ):
        with pytest.raises(RoiError) as refused:
            evaluate_option(figures)
        assert refused.value.code == code


def test_payback_without_investment_is_immediate() -> None:
    assert payback_years(0.0, 100.0) == 0.0


@given(
    st.floats(1_000, 1e7),
    st.floats(0.05, 2.0),
    st.integers(1, 30),
)
def test_irr_zeroes_the_npv_whenever_the_option_pays_back(
    investment: float, yearly_share: float, life: int
) -> None:
    flows = [-investment] + [investment * yearly_share] * life
    rate = irr(flows)
    if yearly_share * life <= 1.0:
        assert rate is None or rate <= 1e-6
    else:
        assert rate is not None and npv(rate, flows) == pytest.approx(0.0, abs=investment * 1e-6)
