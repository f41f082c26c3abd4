"""The demo plant model: determinism, physical ranges, counters, and production-linked utilities."""

from __future__ import annotations

import itertools
import math
import re
import statistics
from datetime import datetime, timedelta, timezone

import pytest

from drivers.simulators.demo_plant import COUNTER_RATE_KEYS, DemoPlantModel
from drivers.simulators.demo_plant_map import (
    ALL_TAGS,
    DEMO_BUSES,
    RESERVED_REGISTERS,
    SIMULATOR_ONLY_TAGS,
)

CHINA = timezone(timedelta(hours=8))
MONDAY_0000_CST = datetime(2024, 3, 11, tzinfo=CHINA).timestamp()
STEP_S = 60.0
WEEK_STEPS = 7 * 24 * 60

RANGES = {
    "power_main_voltage_l1": (220.0, 235.0),
    "power_main_voltage_l2": (220.0, 235.0),
    "power_main_voltage_l3": (220.0, 235.0),
    "power_main_active_power": (300.0, 900.0),
    "power_main_power_factor": (0.88, 0.97),
    "power_main_frequency": (49.95, 50.05),
    "wastewater_cod": (20.0, 80.0),
    "wastewater_nh3n": (0.5, 5.0),
    "wastewater_ph": (6.5, 8.5),
    "stack_so2": (10.0, 50.0),
    "stack_nox": (30.0, 120.0),
    "stack_dust": (2.0, 10.0),
    "stack_o2": (8.0, 11.0),
    "production_line1_running": (0.0, 1.0),
}

SIM_ONLY_KEYS = {tag.key for tags in SIMULATOR_ONLY_TAGS.values() for tag in tags}


@pytest.fixture(scope="module")
def week() -> list[dict[str, float]]:
    """One simulated week (Monday 00:00 China time onwards) at one-minute steps."""
    model = DemoPlantModel(seed=7)
    return [model.advance(MONDAY_0000_CST + index * STEP_S) for index in range(WEEK_STEPS)]


def column(rows: list[dict[str, float]], key: str) -> list[float]:
    return [row[key] for row in rows]


def test_map_keys_are_unique_snake_case_and_complete() -> None:
    keys = [tag.key for tag in ALL_TAGS] + sorted(SIM_ONLY_KEYS)
    assert len(keys) == len(set(keys))
    assert all(re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", key) for key in keys)
    assert len(ALL_TAGS) == 36
    assert [bus.key for bus in DEMO_BUSES] == ["utilities", "environment"]
    assert {tag.key for tag in ALL_TAGS if tag.is_counter} | {
        tag.key for tag in SIMULATOR_ONLY_TAGS["power_main"] if tag.is_counter
    } == set(COUNTER_RATE_KEYS)
    for tag in ALL_TAGS:
        assert tag.label_zh and tag.label_en, tag.key


def test_map_has_no_overlapping_registers() -> None:
    for bus in DEMO_BUSES:
        for device in bus.devices:
            used: dict[tuple[str, int], str] = {}
            extra = SIMULATOR_ONLY_TAGS.get(device.key, ())
            spans = [
                (t.register_type.value, t.address, t.data_type.register_count, t.key)
                for t in device.tags + extra
            ]
            spans += [
                (kind.value, address, count, "reserved")
                for kind, address, count in RESERVED_REGISTERS.get(device.key, ())
            ]
            for kind, address, count, key in spans:
                for register in range(address, address + count):
                    assert (kind, register) not in used, (
                        device.key,
                        key,
                        used.get((kind, register)),
                    )
                    used[kind, register] = key


def test_state_covers_every_key(week: list[dict[str, float]]) -> None:
    expected = {tag.key for tag in ALL_TAGS} | SIM_ONLY_KEYS
    assert set(week[0]) == expected
    assert set(DemoPlantModel().state_at(MONDAY_0000_CST)) == expected


def test_state_is_deterministic_and_pure() -> None:
    t = MONDAY_0000_CST + 10.5 * 3600
    first, second = DemoPlantModel(seed=3), DemoPlantModel(seed=3)
    second.state_at(t - 999.0)
    assert first.state_at(t) == second.state_at(t) == first.state_at(t)
    assert DemoPlantModel(seed=4).state_at(t) != first.state_at(t)


def test_values_stay_in_their_ranges(week: list[dict[str, float]]) -> None:
    for key, (low, high) in RANGES.items():
        values = column(week, key)
        assert all(math.isfinite(v) for v in values), key
        assert low <= min(values) and max(values) <= high, (key, min(values), max(values))
    running_rates = [
        row["production_line1_rate"] for row in week if row["production_line1_running"]
    ]
    assert min(running_rates) >= 4.0 and max(running_rates) <= 6.0
    assert all(
        row["production_line1_rate"] == 0.0 for row in week if not row["production_line1_running"]
    )


def test_counters_never_decrease_and_match_their_rates(week: list[dict[str, float]]) -> None:
    for counter, source in COUNTER_RATE_KEYS.items():
        totals = column(week, counter)
        assert totals[0] > 0.0, counter
        assert all(later >= earlier for earlier, later in itertools.pairwise(totals)), counter
        if source is None:
            continue
        rates = column(week, source)
        expected = sum((a + b) / 2.0 * STEP_S / 3600.0 for a, b in itertools.pairwise(rates))
        assert totals[-1] - totals[0] == pytest.approx(expected, rel=1e-9), counter


def test_counters_integrate_long_gaps_in_small_steps() -> None:
    fine, coarse = DemoPlantModel(seed=2), DemoPlantModel(seed=2)
    for index in range(24 * 60 + 1):
        fine_state = fine.advance(MONDAY_0000_CST + index * STEP_S)
    coarse.advance(MONDAY_0000_CST)
    coarse_state = coarse.advance(MONDAY_0000_CST + 24 * 3600)
    for counter in COUNTER_RATE_KEYS:
        assert coarse_state[counter] == pytest.approx(fine_state[counter], rel=1e-12)


def test_counters_ignore_a_clock_stepping_back() -> None:
    model = DemoPlantModel()
    before = model.advance(MONDAY_0000_CST + 12 * 3600)
    after = model.advance(MONDAY_0000_CST + 11 * 3600)
    for counter in COUNTER_RATE_KEYS:
        assert after[counter] == before[counter]


def test_schedule_two_shifts_on_weekdays_less_at_weekends(week: list[dict[str, float]]) -> None:
    def running_share(day: int, start_h: int, end_h: int) -> float:
        rows = week[day * 1440 + start_h * 60 : day * 1440 + end_h * 60]
        return statistics.mean(column(rows, "production_line1_running"))

    for day in range(5):
        assert running_share(day, 0, 8) == 0.0
        assert running_share(day, 8, 24) > 0.8
    weekday_output = statistics.mean(
        sum(column(week[d * 1440 : (d + 1) * 1440], "production_line1_rate")) for d in range(5)
    )
    weekend_output = sum(column(week[5 * 1440 :], "production_line1_rate")) / 2
    assert weekend_output < 0.5 * weekday_output


def test_utilities_follow_production(week: list[dict[str, float]]) -> None:
    running = [row for row in week if row["production_line1_running"]]
    stopped = [row for row in week if not row["production_line1_running"]]
    for key, margin in (
        ("power_main_active_power", 250.0),
        ("water_fresh_flow", 15.0),
        ("steam_main_flow", 2.0),
        ("gas_main_flow", 150.0),
        ("stack_flue_flow", 2000.0),
    ):
        assert (
            statistics.mean(column(running, key)) > statistics.mean(column(stopped, key)) + margin
        )
    assert min(column(running, "power_main_active_power")) > max(
        column(stopped, "power_main_active_power")
    )
    ratios = [row["water_reclaimed_flow"] / row["water_fresh_flow"] for row in week]
    assert min(ratios) > 0.25 and max(ratios) < 0.35


def test_electrical_quantities_are_consistent(week: list[dict[str, float]]) -> None:
    for row in week[::97]:
        phases = range(1, 4)
        p = sum(row[f"power_main_active_power_l{n}"] for n in phases)
        assert p == pytest.approx(row["power_main_active_power"])
        for n in phases:
            v, i = row[f"power_main_voltage_l{n}"], row[f"power_main_current_l{n}"]
            pf = row[f"power_main_power_factor_l{n}"]
            assert v * i * pf / 1000.0 == pytest.approx(row[f"power_main_active_power_l{n}"])
        s = row["power_main_apparent_power"]
        assert row["power_main_power_factor"] == pytest.approx(row["power_main_active_power"] / s)
