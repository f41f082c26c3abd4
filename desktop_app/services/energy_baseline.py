"""Normalised energy baseline of the site (ISO 50006): energy per period against production.

Each period's comprehensive energy (kgce, GB/T 2589) and output (t) are the figures the KPI page
shows for that period (`kpi_totals.gather_totals`), computed the same way but from one read of
the daily sources instead of one full gather per period: a year by day would otherwise be 365
gathers (about 3 s on the demo site, several times that on a factory PC); read once, it is a
few queries. `tests/desktop_app/services/test_energy_baseline.py` holds both to the same numbers.

A period whose energy, output or degree-days is unknown is skipped and listed with the reason,
never counted as 0: a zero would drag the line towards the origin and fake savings. So is a
period the range cuts (a week half inside the baseline) or that is not over yet (this week):
its totals are partial, and the line would read them as a period of low production.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final, Literal

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop_app.services.energy_conventions import convention_for
from desktop_app.services.errors import ConfigurationError
from domain.baseline import (
    BaselineError,
    BaselineModel,
    SavingsSummary,
    cusum,
    fit_baseline,
    savings_summary,
)
from domain.energy import Carrier, EnergyConvention, EnergyError
from domain.energy_balance import EnergyFlow, FlowKind, energy_balance
from domain.readings import now_ms
from domain.records import Record, RecordCategory, canonical_quantity
from domain.records import canonical_unit as record_unit
from storage.history import Step, consumption, history
from storage.models import RecordFeed, Tag
from storage.records import day_start_ms, pollutant_load_kg
from storage.rollup_arrays import DAY_MS, DEFAULT_DAY_OFFSET_MS
from storage.rollups import DAY

Granularity = Literal["day", "week", "month"]
GRANULARITIES: Final = ("day", "week", "month")
HDD_BASE_C: Final = 18.0
"""Heating degree-days: Σ max(0, 18 °C − daily mean), the base China's heating statistics use."""
TEMPERATURE_UNITS: Final = ("°C", "℃")

_KINDS: Final = {
    RecordCategory.ENERGY_PURCHASED.value: FlowKind.PURCHASED,
    RecordCategory.ENERGY_PRODUCED.value: FlowKind.PRODUCED,
    RecordCategory.ENERGY_SOLD.value: FlowKind.SOLD,
}
_NEEDED: Final = (
    RecordCategory.PRODUCTION.value,
    RecordCategory.FRESH_WATER.value,
    *_KINDS,
)
"""Record categories that decide energy or production (fresh water is an energy medium)."""

_EPOCH: Final = date(1970, 1, 1)
_IN_NEEDED: Final = "(" + ", ".join(f"'{c}'" for c in _NEEDED) + ")"
Phase = Literal["baseline", "report"]
Period = tuple[date, date]
"""First and last day, both included."""


@dataclass(frozen=True)
class EnergyPoint:
    start: date
    end: date
    """Last day of the period, included."""
    energy_kgce: float | None
    """Comprehensive energy; None when a carrier is unknown or cannot be converted."""
    production_t: float | None
    degree_days: float | None
    """Heating degree-days (K·d); None without a temperature tag or with a day unmeasured."""
    energy_error: str = ""
    """Why energy is None: an EnergyError code, carrier_missing or no_energy_data."""


@dataclass(frozen=True)
class SkippedPeriod:
    start: date
    end: date
    phase: Phase
    reason: str
    """partial_period, not_over, no_energy, no_production or no_degree_days."""
    detail: str = ""


@dataclass(frozen=True)
class BaselineAnalysis:
    granularity: str
    model: BaselineModel
    baseline: tuple[EnergyPoint, ...]
    """The periods the model was fitted to."""
    report: tuple[EnergyPoint, ...]
    """The report periods with every value known; expected, actual and cusum run parallel."""
    expected: tuple[float, ...]
    actual: tuple[float, ...]
    cusum: tuple[float, ...]
    savings: SavingsSummary | None
    """None when no report period could be judged."""
    warnings: tuple[str, ...]
    """The model's warnings, then outside_baseline_range and no_report_points."""
    skipped: tuple[SkippedPeriod, ...]
    temperature_tag: int | None = None


def split_periods(first: date, last: date, granularity: str) -> tuple[list[Period], list[Period]]:
    """Whole days, ISO weeks (Monday–Sunday) or calendar months in [first, last]: the complete
    ones, and the parts of periods the range cuts at its edges."""
    check_granularity(granularity)
    complete: list[Period] = []
    partial: list[Period] = []
    start = _period_start(first, granularity)
    while start <= last:
        end = _period_end(start, granularity)
        if start >= first and end <= last:
            complete.append((start, end))
        else:
            partial.append((max(start, first), min(end, last)))
        start = end + timedelta(days=1)
    return complete, partial


def period_points(
    session: Session,
    first: date,
    last: date,
    granularity: str,
    temperature_tag: int | None = None,
) -> list[EnergyPoint]:
    """Energy, production and degree-days of each complete period in [first, last]."""
    return _points(session, split_periods(first, last, granularity)[0], temperature_tag)


def baseline_analysis(
    session: Session,
    baseline_first: date,
    baseline_last: date,
    report_first: date,
    report_last: date,
    granularity: str,
    temperature_tag: int | None = None,
    *,
    today: date | None = None,
) -> BaselineAnalysis:
    """Fit the baseline period, then judge the report period against it (CUSUM, savings).

    Raises ConfigurationError: bad_period, bad_granularity, unknown_tag, not_a_temperature, or
    the fit's BaselineError code (too_few_points, no_variation, collinear).
    """
    check_granularity(granularity)
    phases: tuple[tuple[Phase, date, date], ...] = (
        ("baseline", baseline_first, baseline_last),
        ("report", report_first, report_last),
    )
    for phase, first, last in phases:
        if last < first:
            raise ConfigurationError("bad_period", f"{first} > {last}", phase)
    if temperature_tag is not None:
        _check_temperature_tag(session, temperature_tag)
    today = today or site_today()
    skipped: list[SkippedPeriod] = []
    base, report = (
        _usable(session, phase, first, last, granularity, temperature_tag, today, skipped)
        for phase, first, last in phases
    )
    weather = temperature_tag is not None
    try:
        model = fit_baseline(
            _column(base, "energy_kgce"),
            _column(base, "production_t"),
            _column(base, "degree_days") if weather else None,
        )
    except BaselineError as error:
        raise ConfigurationError(error.code, error.detail, "baseline") from error
    actual = _column(report, "energy_kgce")
    expected = [
        float(e)
        for e in model.expected(
            _column(report, "production_t"), _column(report, "degree_days") if weather else None
        )
    ]
    return BaselineAnalysis(
        granularity=granularity,
        model=model,
        baseline=tuple(base),
        report=tuple(report),
        expected=tuple(expected),
        actual=tuple(actual),
        cusum=tuple(float(c) for c in cusum(actual, expected)),
        savings=savings_summary(actual, expected) if report else None,
        warnings=model.warnings + _range_warnings(base, report),
        skipped=tuple(skipped),
        temperature_tag=temperature_tag,
    )


def default_baseline(session: Session, report_first: date) -> tuple[date, date]:
    """The 12 months before the report period, or from the first day with data if later."""
    last = report_first - timedelta(days=1)
    try:
        first = report_first.replace(year=report_first.year - 1)
    except ValueError:  # 29 February
        first = report_first.replace(year=report_first.year - 1, day=28)
    earliest = earliest_day(session)
    if earliest is not None and earliest > first:
        first = min(earliest, last)
    return first, last


def earliest_day(session: Session) -> date | None:
    """First day with energy or production data: a meter's or feed's use, or a record."""
    feeds = select(RecordFeed.tag_id).where(RecordFeed.category.in_(_NEEDED))
    meters = select(Tag.id).where(Tag.carrier.is_not(None), Tag.is_counter)
    tags = ", ".join(str(int(t)) for t in session.scalars(feeds.union(meters))) or "NULL"
    bucket = session.execute(
        text(
            f"SELECT MIN(bucket) FROM {DAY.table} "
            f"WHERE tag_id IN ({tags}) AND consumption IS NOT NULL"
        )
    ).scalar()
    record = session.execute(
        text(f"SELECT MIN(day) FROM records WHERE category IN {_IN_NEEDED}")
    ).scalar()
    days = [] if record is None else [date.fromisoformat(record)]
    if bucket is not None:
        days.append(_EPOCH + timedelta(days=(int(bucket) + DEFAULT_DAY_OFFSET_MS) // DAY_MS))
    return min(days, default=None)


def check_granularity(granularity: str) -> None:
    if granularity not in GRANULARITIES:
        raise ConfigurationError("bad_granularity", granularity, "granularity")


def site_today(day_offset_ms: int = DEFAULT_DAY_OFFSET_MS) -> date:
    """The site's local calendar day now (the day rollups' day)."""
    return _EPOCH + timedelta(days=(now_ms() + day_offset_ms) // DAY_MS)


def _period_start(day: date, granularity: str) -> date:
    if granularity == "week":
        return day - timedelta(days=day.weekday())
    if granularity == "month":
        return day.replace(day=1)
    return day


def _period_end(start: date, granularity: str) -> date:
    if granularity == "week":
        return start + timedelta(days=6)
    if granularity == "month":
        return start.replace(day=calendar.monthrange(start.year, start.month)[1])
    return start


def _usable(
    session: Session,
    phase: Phase,
    first: date,
    last: date,
    granularity: str,
    temperature_tag: int | None,
    today: date,
    skipped: list[SkippedPeriod],
) -> list[EnergyPoint]:
    """The periods with every value known; the others go to `skipped` with their reason."""
    complete, partial = split_periods(first, last, granularity)
    skipped.extend(SkippedPeriod(s, e, phase, "partial_period") for s, e in partial)
    over = [p for p in complete if p[1] < today]
    skipped.extend(SkippedPeriod(s, e, phase, "not_over") for s, e in complete if e >= today)
    usable = []
    for point in _points(session, over, temperature_tag):
        reason, detail = "", ""
        if point.energy_kgce is None:
            reason, detail = "no_energy", point.energy_error
        elif point.production_t is None:
            reason = "no_production"
        elif temperature_tag is not None and point.degree_days is None:
            reason = "no_degree_days"
        if reason:
            skipped.append(SkippedPeriod(point.start, point.end, phase, reason, detail))
        else:
            usable.append(point)
    return usable


def _column(points: Sequence[EnergyPoint], name: str) -> list[float]:
    """One value of every usable point (`_usable` let none through with it unknown)."""
    values = [getattr(p, name) for p in points]
    if any(v is None for v in values):
        raise ValueError(f"{name} unknown in a usable period")
    return [float(v) for v in values]


def _range_warnings(base: Sequence[EnergyPoint], report: Sequence[EnergyPoint]) -> tuple[str, ...]:
    """A line is only known between the outputs it was fitted to (ISO 50006 §6.3)."""
    if not report:
        return ("no_report_points",)
    fitted = _column(base, "production_t")
    low, high = min(fitted), max(fitted)
    span = (high - low) * 0.05
    judged = _column(report, "production_t")
    if min(judged) < low - span or max(judged) > high + span:
        return ("outside_baseline_range",)
    return ()


def _check_temperature_tag(session: Session, tag_id: int) -> None:
    tag = session.get(Tag, tag_id)
    if tag is None:
        raise ConfigurationError("unknown_tag", str(tag_id), "temperature_tag")
    if (tag.unit or "").strip() not in TEMPERATURE_UNITS:
        raise ConfigurationError("not_a_temperature", f"{tag.name} [{tag.unit}]", "temperature_tag")


@dataclass(frozen=True)
class _Feed:
    category: str
    item: str
    unit: str
    tag_id: int
    flow_tag_id: int | None
    daily: NDArray[np.float64] | None
    """Counter consumption per day in the tag's unit; None for a load (computed per period)."""


@dataclass(frozen=True)
class _Days:
    """Every daily figure the periods are summed from, read once for the whole range."""

    first: date
    records: dict[tuple[str, str], NDArray[np.float64]]
    feeds: tuple[_Feed, ...]
    meters: tuple[tuple[Carrier, str, NDArray[np.float64]], ...]
    temperature: NDArray[np.float64] | None

    def slice(self, period: Period) -> slice:
        return slice((period[0] - self.first).days, (period[1] - self.first).days + 1)


def _points(
    session: Session, periods: Sequence[Period], temperature_tag: int | None
) -> list[EnergyPoint]:
    if not periods:
        return []
    days = _read_days(session, periods[0][0], periods[-1][1], temperature_tag)
    conventions: dict[int, EnergyConvention] = {}
    points = []
    for period in periods:
        year = period[0].year  # a period uses its first year's convention, as the KPIs do
        if year not in conventions:
            conventions[year] = convention_for(session, year)
        points.append(_point(session, days, period, conventions[year]))
    return points


def _read_days(session: Session, first: date, last: date, temperature_tag: int | None) -> _Days:
    count = (last - first).days + 1
    start, end = day_start_ms(first), day_start_ms(last) + DAY_MS

    def per_day(t: NDArray[np.int64], values: NDArray[np.float64]) -> NDArray[np.float64]:
        daily = np.full(count, np.nan)
        index = (t - start) // DAY_MS
        inside = (index >= 0) & (index < count)
        daily[index[inside]] = values[inside]
        return daily

    def used(tag_id: int) -> NDArray[np.float64]:
        series = consumption(session, tag_id, start, end, Step.DAY)
        return per_day(series.t, series.amount)

    records: dict[tuple[str, str], NDArray[np.float64]] = {}
    rows = session.execute(
        text(
            "SELECT day, category, item, SUM(canonical_quantity) FROM records "
            f"WHERE day BETWEEN :first AND :last AND category IN {_IN_NEEDED} "
            "GROUP BY day, category, item"
        ),
        {"first": first.isoformat(), "last": last.isoformat()},
    )
    for day, category, item, total in rows:
        daily = records.setdefault((category, item), np.full(count, np.nan))
        daily[(date.fromisoformat(day) - first).days] = float(total)
    units = {int(i): str(u) for i, u in session.execute(select(Tag.id, Tag.unit))}
    feeds = tuple(
        _Feed(
            feed.category,
            feed.item,
            units[feed.tag_id],
            feed.tag_id,
            feed.flow_tag_id,
            used(feed.tag_id) if feed.flow_tag_id is None else None,
        )
        for feed in session.scalars(select(RecordFeed).order_by(RecordFeed.id))
        if feed.category in _NEEDED
    )
    meters = tuple(
        (Carrier(str(tag.carrier)), tag.unit, used(tag.id))
        for tag in session.scalars(
            select(Tag)
            .where(Tag.carrier.is_not(None), Tag.is_counter, Tag.enabled)
            .order_by(Tag.id)
        )
    )
    temperature = None
    if temperature_tag is not None:
        means = history(session, temperature_tag, start, end, Step.DAY)
        temperature = per_day(means.t, means.value)
    return _Days(first, records, feeds, meters, temperature)


def _point(
    session: Session, days: _Days, period: Period, convention: EnergyConvention
) -> EnergyPoint:
    """One period, summed exactly as `gather_totals` sums it (same flows, same None rules)."""
    part = days.slice(period)
    sums: dict[tuple[str, str], float | None] = {}
    for key, daily in days.records.items():
        value = _known_sum(daily[part])
        if value is not None:
            sums[key] = value
    for feed in days.feeds:
        if feed.daily is None:
            amount = pollutant_load_kg(session, feed.tag_id, feed.flow_tag_id or 0, *period)
        else:
            amount = _known_sum(feed.daily[part])
            if amount is not None:
                record = Record(
                    period[0], RecordCategory(feed.category), feed.item, amount, feed.unit
                )
                amount = canonical_quantity(record)
        sums[(feed.category, feed.item)] = _add(sums.get((feed.category, feed.item)), amount)
    flows = [
        EnergyFlow(
            Carrier(item), _KINDS[category], value, record_unit(RecordCategory(category), item)
        )
        for (category, item), value in sorted(sums.items())
        if category in _KINDS
    ]
    fresh = None
    for (category, _item), value in sums.items():
        if category == RecordCategory.FRESH_WATER.value:
            fresh = _add(fresh, value)
    for carrier, unit, daily in days.meters:
        amount = _known_sum(daily[part])
        if carrier is Carrier.FRESH_WATER:
            fresh = _add(fresh, amount)
        else:
            flows.append(EnergyFlow(carrier, FlowKind.PURCHASED, amount, unit))
    if fresh is not None:
        flows.append(EnergyFlow(Carrier.FRESH_WATER, FlowKind.PURCHASED, fresh, "m³"))
    energy, error = _energy(flows, convention)
    production = None
    for (category, _item), value in sums.items():
        if category == RecordCategory.PRODUCTION.value:
            production = _add(production, value)
    return EnergyPoint(period[0], period[1], energy, production, _degree_days(days, part), error)


def _energy(flows: list[EnergyFlow], convention: EnergyConvention) -> tuple[float | None, str]:
    if not flows:
        return None, "no_energy_data"
    try:
        balance = energy_balance(flows, convention)
    except EnergyError as error:
        return None, error.code
    if not balance.complete:
        return None, "carrier_missing"
    return balance.comprehensive_kgce, ""


def _degree_days(days: _Days, part: slice) -> float | None:
    if days.temperature is None:
        return None
    means = days.temperature[part]
    if means.size == 0 or not np.all(np.isfinite(means)):
        return None
    return float(np.maximum(HDD_BASE_C - means, 0.0).sum())


def _known_sum(values: NDArray[np.float64]) -> float | None:
    """Σ of the known days, as `tag_consumption` sums them; None when no day is known."""
    known = values[~np.isnan(values)]
    return float(known.sum()) if known.size else None


def _add(total: float | None, value: float | None) -> float | None:
    if value is None:
        return total
    return (total or 0.0) + value
