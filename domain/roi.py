"""The economics of a cleaner-production option (清洁生产方案): ROI, payback, NPV and IRR.

ROI here is the plain ratio plants report: (annual savings + annual new revenue) / total
investment × 100 %. Payback ignores discounting on purpose (it is the figure people remember);
NPV and IRR discount over the option's life and are what tell a 2-year payback on a machine
that lasts 3 years from one that lasts 15. A figure that cannot exist (payback of an option
that never saves, IRR without a sign change) is None, never a large number pretending.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

IRR_LOW, IRR_HIGH = -0.99, 10.0
IRR_TOLERANCE = 1e-10
MAX_LIFE_YEARS = 100


class RoiError(ValueError):
    """An option whose figures cannot be evaluated; `code` is translated by the UI."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class OptionFigures:
    investment: float
    """Total investment at the start (equipment, installation, process change, consulting...)."""
    annual_savings: float
    """Energy, water, materials, discharge fees/environmental tax, avoided fines per year."""
    annual_revenue: float = 0.0
    """Recovered materials, sold waste heat, subsidies per year."""
    annual_costs: float = 0.0
    """Operating and maintenance cost the option adds per year."""
    life_years: int = 10
    discount_rate: float = 0.08


@dataclass(frozen=True)
class Economics:
    roi_percent: float | None
    payback_years: float | None
    npv: float
    irr: float | None
    annual_net: float


def evaluate_option(figures: OptionFigures) -> Economics:
    _check(figures)
    benefit = figures.annual_savings + figures.annual_revenue
    net = benefit - figures.annual_costs
    flows = [-figures.investment] + [net] * figures.life_years
    return Economics(
        roi_percent=roi_percent(figures.investment, benefit),
        payback_years=payback_years(figures.investment, net),
        npv=npv(figures.discount_rate, flows),
        irr=irr(flows),
        annual_net=net,
    )


def roi_percent(investment: float, annual_benefit: float) -> float | None:
    """(savings + revenue) / investment × 100; None for an option that costs nothing."""
    if investment <= 0:
        return None
    return annual_benefit / investment * 100.0


def payback_years(investment: float, annual_net: float) -> float | None:
    """Years until the net yearly benefit repays the investment; None if it never does."""
    if investment <= 0:
        return 0.0
    if annual_net <= 0:
        return None
    return investment / annual_net


def npv(rate: float, flows: Sequence[float]) -> float:
    """Net present value of yearly flows, the first one at the start (t = 0)."""
    if rate <= -1.0:
        raise RoiError("bad_rate", str(rate))
    return sum(flow / (1.0 + rate) ** year for year, flow in enumerate(flows))


def irr(flows: Sequence[float]) -> float | None:
    """The rate at which NPV is zero (bisection between −99 % and 1,000 %); None without a sign
    change in that range (no investment, or never repaid)."""
    low, high = IRR_LOW, IRR_HIGH
    f_low, f_high = npv(low, flows), npv(high, flows)
    if not (math.isfinite(f_low) and math.isfinite(f_high)) or f_low * f_high > 0:
        return None
    for _ in range(200):
        middle = (low + high) / 2.0
        f_middle = npv(middle, flows)
        if abs(f_middle) < IRR_TOLERANCE or (high - low) < IRR_TOLERANCE:
            return middle
        if (f_middle > 0) == (f_low > 0):
            low, f_low = middle, f_middle
        else:
            high = middle
    return (low + high) / 2.0


def _check(figures: OptionFigures) -> None:
    for name in ("investment", "annual_savings", "annual_revenue", "annual_costs"):
        value = getattr(figures, name)
        if not math.isfinite(value):
            raise RoiError("not_finite", name)
        if value < 0:
            raise RoiError("negative_amount", name)
    if not 1 <= figures.life_years <= MAX_LIFE_YEARS:
        raise RoiError("bad_life", str(figures.life_years))
    if not (math.isfinite(figures.discount_rate) and -0.99 < figures.discount_rate < 10):
        raise RoiError("bad_rate", str(figures.discount_rate))
