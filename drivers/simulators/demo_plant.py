"""A small factory that behaves plausibly enough to demonstrate and test the whole application.

Everything is a pure function of (seed, time) except the counters, which `advance` integrates
from the rates so that totals and rates always agree (rate × time = Δtotal), the property the
energy balance and the daily-total checks in the application rely on.

Noise is not drawn from a sequential random stream: a value at time t must not depend on which
times were asked before, so the simulator, the tests and a replay all see the same plant. Each
noise channel is smooth value noise built from a 64-bit integer hash of (seed, channel, knot).

The plant: one production line working two shifts (08:00–24:00 China time) on weekdays and one
shift on Saturday, with occasional unplanned stops; a gas-fired boiler raising steam for the
line; a main electricity incomer; fresh and reclaimed water; a wastewater outfall analyzer and a
stack CEMS on the boiler.
"""

from __future__ import annotations

import math
import random
import zlib
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Final

__all__ = ["CHINA_UTC_OFFSET_S", "COUNTER_RATE_KEYS", "DemoPlantModel"]

CHINA_UTC_OFFSET_S: Final = 8 * 3600

COUNTER_RATE_KEYS: Final[Mapping[str, str | None]] = MappingProxyType(
    {
        "power_main_import_energy": "power_main_active_power",
        "power_main_total_energy": "power_main_active_power",
        "power_main_export_energy": None,
        "power_main_import_reactive_energy": "power_main_reactive_power",
        "power_main_export_reactive_energy": None,
        "power_main_total_reactive_energy": "power_main_reactive_power",
        "water_fresh_total": "water_fresh_flow",
        "water_reclaimed_total": "water_reclaimed_flow",
        "gas_main_total": "gas_main_flow",
        "steam_main_total": "steam_main_flow",
        "production_line1_output_total": "production_line1_rate",
    }
)
"""Counter key → the per-hour rate it integrates (None: the plant never exports, so it stays)."""

_DAY_S: Final = 86_400.0
_MASK64: Final = (1 << 64) - 1
_GOLDEN64: Final = 0x9E3779B97F4A7C15
_TO_UNIT: Final = 2.0**-64
_SUBSTEP_S: Final = 60.0
_MAX_SUBSTEPS: Final = 1_440
_FAST_S: Final = 4.0  # jitter period: a live display should flicker, not jump
_BOILER_FULL_LOAD_T_H: Final = 5.2


def _mix64(value: int) -> int:
    """SplitMix64 finaliser: consecutive inputs give unrelated, uniformly spread outputs."""
    value = ((value ^ (value >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
    value = ((value ^ (value >> 27)) * 0x94D049BB133111EB) & _MASK64
    return value ^ (value >> 31)


def _clamp(value: float, low: float, high: float) -> float:
    return low if value < low else high if value > high else value


class _Noise:
    """Deterministic noise: a pure function of (seed, channel name, time)."""

    def __init__(self, seed: int) -> None:
        self._seed_key = _mix64(seed & _MASK64)
        self._channels: dict[str, int] = {}

    def _key(self, channel: str) -> int:
        key = self._channels.get(channel)
        if key is None:
            key = _mix64(self._seed_key ^ zlib.crc32(channel.encode()))
            self._channels[channel] = key
        return key

    def unit(self, channel: str, index: int) -> float:
        """Uniform in [0, 1) for one integer index of a channel."""
        return _mix64((self._key(channel) + index * _GOLDEN64) & _MASK64) * _TO_UNIT

    def smooth(self, channel: str, t: float, period_s: float) -> float:
        """A value in [-1, 1] that wanders with features about `period_s` long.

        The hash is inlined: this runs ~60 times per plant state, and a simulated week of
        minute steps must stay quick enough for the test suite.
        """
        position = t / period_s
        index = math.floor(position)
        fraction = position - index
        a = (self._key(channel) + index * _GOLDEN64) & _MASK64
        b = (a + _GOLDEN64) & _MASK64
        a = ((a ^ (a >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
        b = ((b ^ (b >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
        a = ((a ^ (a >> 27)) * 0x94D049BB133111EB) & _MASK64
        b = ((b ^ (b >> 27)) * 0x94D049BB133111EB) & _MASK64
        start = (a ^ (a >> 31)) * _TO_UNIT
        end = (b ^ (b >> 31)) * _TO_UNIT
        weight = fraction * fraction * (3.0 - 2.0 * fraction)
        return 2.0 * (start + (end - start) * weight) - 1.0


class DemoPlantModel:
    """The demo plant. `state_at` is pure; `advance` also integrates the counters."""

    def __init__(self, seed: int = 1, start_totals: Mapping[str, float] | None = None) -> None:
        """`start_totals` resumes counters where a previous run (or a seeded history) left
        them: a real meter does not forget its total when the software restarts."""
        self.seed = seed
        self._noise = _Noise(seed)
        self._initial_totals = _initial_totals(random.Random(seed))
        for key, value in (start_totals or {}).items():
            if key in self._initial_totals:
                self._initial_totals[key] = float(value)
        self._totals: dict[str, float] | None = None
        self._last_t = 0.0
        self._last_rates: dict[str, float] = {}

    def state_at(self, t_utc_s: float) -> dict[str, float]:
        """Engineering values for every tag key and simulator-only register key at `t_utc_s`.

        Counters are the totals as last integrated by `advance` (the starting totals before the
        first call): a pure function cannot know how long the plant has been observed.
        """
        state = self._instantaneous(t_utc_s)
        state.update(self._initial_totals if self._totals is None else self._totals)
        return state

    def advance(self, t_utc_s: float) -> dict[str, float]:
        """The state at `t_utc_s`, with counters integrated (rate × time) since the last call.

        The first call starts the counters at plausible totals of a plant that has run for
        years. A clock that steps backwards adds nothing: counters never decrease, as on a meter.
        """
        state = self._instantaneous(t_utc_s)
        if self._totals is None:
            self._totals = dict(self._initial_totals)
        elif t_utc_s > self._last_t:
            self._integrate(self._totals, self._last_t, t_utc_s, state)
        self._last_t = t_utc_s
        self._last_rates = _rates(state)
        state.update(self._totals)
        return state

    def starting_totals(self) -> dict[str, float]:
        """The counters' values before the first `advance`."""
        return dict(self._initial_totals)

    def reset_counters(self, keys: Iterable[str]) -> None:
        """Set counters to zero, as a meter does that is replaced or loses its memory.

        Readers of the plant then see a total fall, which history must not turn into a spike.
        """
        totals = self._initial_totals if self._totals is None else self._totals
        for key in keys:
            if key in totals:
                totals[key] = 0.0

    def _integrate(
        self, totals: dict[str, float], start: float, end: float, end_state: dict[str, float]
    ) -> None:
        """Trapezoidal integration in steps short enough to follow starts and stops."""
        steps = min(_MAX_SUBSTEPS, max(1, math.ceil((end - start) / _SUBSTEP_S)))
        step_s = (end - start) / steps
        previous = self._last_rates
        for index in range(1, steps + 1):
            state = end_state if index == steps else self._instantaneous(start + index * step_s)
            current = _rates(state)
            for counter, source in COUNTER_RATE_KEYS.items():
                if source is not None:
                    mean_rate = 0.5 * (previous[source] + current[source])
                    totals[counter] += mean_rate * step_s / 3600.0
            previous = current

    def _instantaneous(self, t: float) -> dict[str, float]:
        noise = self._noise
        rate = self._production_rate(t)
        lagged_rate = sum(self._production_rate(t - lag) for lag in (3600, 7200, 10800)) / 3
        state: dict[str, float] = {
            "production_line1_rate": rate,
            "production_line1_running": 1.0 if rate > 0.0 else 0.0,
        }
        self._electricity(t, rate, state)
        self._utilities(t, rate, state)
        self._wastewater(t, lagged_rate, state)
        self._stack(t, state["steam_main_flow"], state["gas_main_flow"], state)
        fast = noise.smooth("production_fast", t, _FAST_S)
        if rate > 0.0:
            state["production_line1_rate"] = _clamp(rate + 0.12 * fast, 4.0, 6.0)
        return state

    def _production_rate(self, t: float) -> float:
        """Output in t/h: 4–6 while the line runs, 0 when it is off shift or stopped."""
        local = t + CHINA_UTC_OFFSET_S
        day_index = math.floor(local / _DAY_S)
        hour = (local - day_index * _DAY_S) / 3600.0
        weekday = (day_index + 3) % 7  # 1970-01-01 was a Thursday; Monday is 0
        if weekday < 5:
            scheduled, nominal = hour >= 8.0, 5.1
        elif weekday == 5:
            scheduled, nominal = 8.0 <= hour < 16.0, 4.6
        else:
            scheduled, nominal = False, 0.0
        if not scheduled or self._unplanned_stop(t):
            return 0.0
        return _clamp(nominal + 0.7 * self._noise.smooth("production", t, 5400.0), 4.0, 6.0)

    def _unplanned_stop(self, t: float) -> bool:
        """About one two-hour slot in twelve has a 10–40 min stop (jam, changeover, fault)."""
        noise = self._noise
        slot = math.floor(t / 7200.0)
        if noise.unit("stop", slot) >= 0.08:
            return False
        begins = slot * 7200.0 + noise.unit("stop_at", slot) * 5400.0
        lasts = 600.0 + noise.unit("stop_for", slot) * 1800.0
        return begins <= t < begins + lasts

    def _electricity(self, t: float, rate: float, state: dict[str, float]) -> None:
        """SDM630 quantities, consistent with each other (P = Σ V·I·PF, S = Σ P/PF …)."""
        noise = self._noise
        hour = ((t + CHINA_UTC_OFFSET_S) % _DAY_S) / 3600.0
        daytime = 1.0 if 7.0 <= hour < 19.0 else 0.0  # offices, lighting, workshop fans
        base_kw = (
            318.0
            + 14.0 * daytime
            + 10.0 * noise.smooth("base_kw", t, 3600.0)
            + 3.0 * noise.smooth("base_kw_fast", t, _FAST_S)
        )
        line_kw = 85.0 * rate * (1.0 + 0.02 * noise.smooth("line_kw", t, _FAST_S))
        p_total = _clamp(base_kw + line_kw, 300.0, 900.0)
        load = (p_total - 300.0) / 600.0
        pf_target = 0.895 + 0.06 * load + 0.006 * noise.smooth("pf", t, 900.0)
        grid_v = 0.8 * noise.smooth("grid_v", t, 7200.0)
        shares = [1.0 + 0.03 * noise.smooth(f"share_{n}", t, 2700.0) for n in (1, 2, 3)]
        share_sum = sum(shares)
        s_total = q_total = i_sum = v_sum = 0.0
        for n, share in enumerate(shares, start=1):
            v = 229.5 - 4.0 * load + grid_v + 1.2 * noise.smooth(f"v_{n}", t, 1800.0)
            v = _clamp(v + 0.25 * noise.smooth(f"v_{n}_fast", t, _FAST_S), 220.0, 235.0)
            pf = _clamp(pf_target + 0.008 * noise.smooth(f"pf_{n}", t, 1200.0), 0.88, 0.97)
            p = p_total * share / share_sum
            s = p / pf
            q = math.sqrt(s * s - p * p)
            current = s * 1000.0 / v
            state[f"power_main_voltage_l{n}"] = v
            state[f"power_main_current_l{n}"] = current
            state[f"power_main_active_power_l{n}"] = p
            state[f"power_main_apparent_power_l{n}"] = s
            state[f"power_main_reactive_power_l{n}"] = q
            state[f"power_main_power_factor_l{n}"] = pf
            state[f"power_main_phase_angle_l{n}"] = math.degrees(math.acos(pf))
            s_total += s
            q_total += q
            i_sum += current
            v_sum += v
        pf_total = p_total / s_total
        state["power_main_voltage_avg"] = v_sum / 3.0
        state["power_main_current_avg"] = i_sum / 3.0
        state["power_main_current_sum"] = i_sum
        state["power_main_active_power"] = p_total
        state["power_main_apparent_power"] = s_total
        state["power_main_reactive_power"] = q_total
        state["power_main_power_factor"] = pf_total
        state["power_main_phase_angle"] = math.degrees(math.acos(pf_total))
        frequency = (
            50.0
            + 0.025 * noise.smooth("frequency", t, 240.0)
            + 0.008 * noise.smooth("frequency_fast", t, _FAST_S)
        )
        state["power_main_frequency"] = _clamp(frequency, 49.95, 50.05)

    def _utilities(self, t: float, rate: float, state: dict[str, float]) -> None:
        """Boiler steam follows the line; boiler gas follows the steam; water follows both."""
        noise = self._noise
        hour = ((t + CHINA_UTC_OFFSET_S) % _DAY_S) / 3600.0
        steam = 0.45 + 0.78 * rate + 0.12 * noise.smooth("steam", t, 1200.0)
        steam = max(0.3, steam + 0.03 * noise.smooth("steam_fast", t, _FAST_S))
        pressure = 0.80 + 0.025 * noise.smooth("steam_p", t, 1500.0)
        pressure = _clamp(pressure + 0.006 * noise.smooth("steam_p_fast", t, _FAST_S), 0.7, 0.9)
        state["steam_main_flow"] = steam
        state["steam_main_pressure"] = pressure
        # Slightly superheated above saturation (≈175 °C at 0.8 MPa gauge).
        state["steam_main_temperature"] = (
            179.4 + 45.0 * (pressure - 0.8) + 0.3 * noise.smooth("steam_t", t, _FAST_S)
        )
        gas = 74.0 * steam + 6.0 + 4.0 * noise.smooth("gas_other", t, 3600.0)
        state["gas_main_flow"] = gas + 1.5 * noise.smooth("gas_fast", t, _FAST_S)
        ambient = 16.0 + 6.0 * math.cos(2.0 * math.pi * (hour - 15.0) / 24.0)
        state["gas_main_temperature"] = ambient + 1.0 * noise.smooth("gas_t", t, 7200.0)
        state["gas_main_pressure"] = (
            200.0
            - 8.0 * steam / _BOILER_FULL_LOAD_T_H
            + 6.0 * noise.smooth("gas_p", t, 1800.0)
            + 0.5 * noise.smooth("gas_p_fast", t, _FAST_S)
        )
        fresh = 5.5 + 6.2 * rate + 1.2 * noise.smooth("fresh", t, 2400.0)
        fresh = max(1.0, fresh + 0.4 * noise.smooth("fresh_fast", t, _FAST_S))
        reuse = 0.30 + 0.025 * noise.smooth("reuse", t, 10800.0)
        state["water_fresh_flow"] = fresh
        state["water_reclaimed_flow"] = fresh * reuse

    def _wastewater(self, t: float, lagged_rate: float, state: dict[str, float]) -> None:
        """The equalisation tank delays and smooths the line's discharge by a few hours."""
        noise = self._noise
        flow = 2.5 + 3.4 * lagged_rate + 0.8 * noise.smooth("ww_flow", t, 1800.0)
        state["wastewater_flow"] = max(0.5, flow + 0.2 * noise.smooth("ww_fast", t, _FAST_S))
        cod = (
            46.0
            + 0.6 * lagged_rate
            + 14.0 * noise.smooth("cod", t, 21600.0)
            + 6.0 * noise.smooth("cod_mid", t, 2400.0)
            + 1.5 * noise.smooth("cod_fast", t, _FAST_S)
        )
        state["wastewater_cod"] = _clamp(cod, 20.0, 80.0)
        nh3n = (
            2.3
            + 1.3 * noise.smooth("nh3n", t, 28800.0)
            + 0.35 * noise.smooth("nh3n_mid", t, 3000.0)
            + 0.08 * noise.smooth("nh3n_fast", t, _FAST_S)
        )
        state["wastewater_nh3n"] = _clamp(nh3n, 0.5, 5.0)
        ph = (
            7.35
            + 0.45 * noise.smooth("ph", t, 18000.0)
            + 0.12 * noise.smooth("ph_mid", t, 2400.0)
            + 0.02 * noise.smooth("ph_fast", t, _FAST_S)
        )
        state["wastewater_ph"] = _clamp(ph, 6.5, 8.5)

    def _stack(self, t: float, steam: float, gas: float, state: dict[str, float]) -> None:
        """Flue gas from the boiler: more gas, more flue gas; low fire runs with more excess air."""
        noise = self._noise
        load = _clamp(steam / _BOILER_FULL_LOAD_T_H, 0.0, 1.0)
        flue = gas * 16.5 * (1.0 + 0.03 * noise.smooth("flue", t, 900.0))
        state["stack_flue_flow"] = flue + 20.0 * noise.smooth("flue_fast", t, _FAST_S)
        state["stack_flue_temperature"] = (
            108.0
            + 42.0 * load
            + 2.5 * noise.smooth("flue_t", t, 1800.0)
            + 0.3 * noise.smooth("flue_t_fast", t, _FAST_S)
        )
        o2 = (
            10.6
            - 1.9 * load
            + 0.35 * noise.smooth("o2", t, 2400.0)
            + 0.08 * noise.smooth("o2_fast", t, _FAST_S)
        )
        state["stack_o2"] = _clamp(o2, 8.0, 11.0)
        nox = (
            48.0
            + 45.0 * load
            + 12.0 * noise.smooth("nox", t, 14400.0)
            + 3.0 * noise.smooth("nox_fast", t, _FAST_S)
        )
        state["stack_nox"] = _clamp(nox, 30.0, 120.0)
        so2 = (
            24.0
            + 6.0 * load
            + 10.0 * noise.smooth("so2", t, 21600.0)
            + 2.5 * noise.smooth("so2_fast", t, _FAST_S)
        )
        state["stack_so2"] = _clamp(so2, 10.0, 50.0)
        dust = (
            4.6
            + 1.2 * load
            + 1.6 * noise.smooth("dust", t, 10800.0)
            + 0.4 * noise.smooth("dust_fast", t, _FAST_S)
        )
        state["stack_dust"] = _clamp(dust, 2.0, 10.0)


def _rates(state: Mapping[str, float]) -> dict[str, float]:
    return {source: state[source] for source in COUNTER_RATE_KEYS.values() if source is not None}


def _initial_totals(rng: random.Random) -> dict[str, float]:
    """Totals of a plant that has run for a few years; the seed makes them reproducible."""
    import_kwh = rng.uniform(250_000.0, 400_000.0)
    export_kwh = rng.uniform(10.0, 60.0)
    import_kvarh = import_kwh * rng.uniform(0.36, 0.44)
    export_kvarh = rng.uniform(1.0, 8.0)
    fresh_m3 = rng.uniform(80_000.0, 150_000.0)
    gas_nm3 = rng.uniform(1_500_000.0, 2_500_000.0)
    return {
        "power_main_import_energy": import_kwh,
        "power_main_export_energy": export_kwh,
        "power_main_total_energy": import_kwh + export_kwh,
        "power_main_import_reactive_energy": import_kvarh,
        "power_main_export_reactive_energy": export_kvarh,
        "power_main_total_reactive_energy": import_kvarh + export_kvarh,
        "water_fresh_total": fresh_m3,
        "water_reclaimed_total": fresh_m3 * rng.uniform(0.26, 0.31),
        "gas_main_total": gas_nm3,
        "steam_main_total": gas_nm3 / rng.uniform(72.0, 78.0),
        "production_line1_output_total": rng.uniform(30_000.0, 60_000.0),
    }
