"""RTU scan time through a baud-throttled line vs the theoretical wire time of the same frames.

Three SDM630-like meters (the demo plant's power_main map, units 1-3) on one RS-485 bus are
polled by the acquisition engine's Modbus poller over its serial client, through
`throttled_bridge` (a relay that releases each byte after its character time). A scan is
measured from the emitted batches: from the start of the first meter's poll to the end of the
last one's, in rounds where every meter was polled once.

Reference (theoretical): for every request the planner makes, (request bytes + response
bytes) × bits per character / baud, plus the Modbus inter-frame silence of 3.5 characters
(1.75 ms above 19200 baud) after each of the two frames. Goal: measured ≤ 1.2 × theoretical
at 9600 and 19200 baud, 8N1 (10 bits per character). The normal run adds 9600 8N2 (11 bits,
as 8E1; a pty refuses the parity setting, so 8E1 itself cannot be opened here).
Meters answer at once here; real ones add 5-50 ms of turnaround.

    .venv/bin/python -m bench.rtu_scan [--quick]
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from bench.common import (
    BatchRecorder,
    Child,
    Outcome,
    cpu_seconds,
    full_scans,
    median,
    parse_args,
    power_meter_tags,
    report,
)
from bench.throttled_bridge import ThrottledBridge
from bench.wire import WireBudget, bits_per_char, wire_time
from domain.instruments import BusConfig, BusKind, DeviceConfig
from drivers.engine import AcquisitionEngine
from drivers.modbus.planner import plan_reads

GOAL = 1.2
UNITS = 3
BYTESIZE = 8


def wire_budget(devices: tuple[DeviceConfig, ...], baudrate: int, bits: int) -> WireBudget:
    """What the planner's requests for one scan of `devices` cost on the wire."""
    return wire_time(
        [block for device in devices for block in plan_reads(device.tags)], baudrate, bits
    )


def meters(interval_s: float) -> tuple[DeviceConfig, ...]:
    return tuple(
        DeviceConfig(
            id=unit,
            bus_id=1,
            name=f"meter{unit}",
            unit_id=unit,
            poll_interval_s=interval_s,
            tags=power_meter_tags(unit, 100 * unit),
        )
        for unit in range(1, UNITS + 1)
    )


@dataclass(frozen=True)
class SpeedResult:
    baudrate: int
    parity: str
    stopbits: int
    budget: WireBudget
    scans: list[float]
    carried: dict[str, int]
    polls: int

    @property
    def measured_s(self) -> float:
        return median(self.scans)

    @property
    def ratio(self) -> float:
        return self.measured_s / self.budget.total_s


def measure(baudrate: int, parity: str, stopbits: int, scans_wanted: int) -> SpeedResult:
    bits = bits_per_char(BYTESIZE, parity, stopbits)
    budget = wire_budget(meters(1.0), baudrate, bits)
    interval_s = max(0.3, round(2.0 * budget.total_s, 2))
    devices = meters(interval_s)
    recorder = BatchRecorder()
    with ThrottledBridge(baudrate, BYTESIZE, parity, stopbits) as bridge:
        server_args = ["rtu", "--port", bridge.device_port, "--baudrate", str(baudrate)]
        server_args += ["--parity", parity, "--stopbits", str(stopbits)]
        with Child("bench.sim_servers", *server_args, "--units", str(UNITS)):
            bus = BusConfig(
                id=1,
                name="rs485",
                kind=BusKind.MODBUS_RTU,
                serial_port=bridge.client_port,
                baudrate=baudrate,
                parity=parity,
                stopbits=stopbits,
                bytesize=BYTESIZE,
                timeout_s=1.0,
                devices=devices,
            )
            engine = AcquisitionEngine([bus], recorder)
            ids = {d.id for d in devices}
            gap_s = max(0.02, 0.25 * budget.total_s)
            deadline = time.monotonic() + (scans_wanted + 4) * interval_s + 5.0
            engine.start()
            try:
                while time.monotonic() < deadline:
                    time.sleep(0.1)
                    if len(full_scans(recorder.records(), ids, gap_s)) >= scans_wanted:
                        break
            finally:
                engine.stop()
        # the bridge reports what it carried once it is closed
    scans = full_scans(recorder.records(), ids, gap_s)
    if not scans:
        raise RuntimeError(f"no full scan at {baudrate} baud: {recorder.records()[:6]}")
    return SpeedResult(
        baudrate, parity, stopbits, budget, scans, bridge.carried, len(recorder.records())
    )


def main() -> None:
    args = parse_args(__doc__ or "")
    started_cpu = cpu_seconds()
    scans_wanted = 4 if args.quick else 15
    lines = [(9600, "N", 1), (19200, "N", 1)] + ([] if args.quick else [(9600, "N", 2)])
    results = [measure(*line, scans_wanted) for line in lines]
    figures: dict[str, float | int | str] = {
        "meters on the bus": UNITS,
        "requests per scan": results[0].budget.transactions,
        "bytes per scan (req + resp)": results[0].budget.request_bytes
        + results[0].budget.response_bytes,
    }
    notes: list[str] = []
    for result in results:
        b = result.budget
        baud = f"{result.baudrate} 8{result.parity}{result.stopbits}"
        per_request_ms = (result.measured_s - b.bytes_s) / b.transactions * 1000.0
        figures |= {
            f"{baud}: full scans measured": len(result.scans),
            f"{baud}: scan median ms": result.measured_s * 1000.0,
            f"{baud}: scan min / max ms": f"{min(result.scans) * 1000:.1f} / "
            f"{max(result.scans) * 1000:.1f}",
            f"{baud}: theoretical ms (bytes + silences)": f"{b.total_s * 1000:.1f} "
            f"({b.bytes_s * 1000:.1f} + {b.silence_s * 1000:.1f})",
            f"{baud}: time beyond bytes per request ms": per_request_ms,
            f"{baud}: ratio measured/theoretical": result.ratio,
        }
        expected = result.polls * (b.request_bytes + b.response_bytes) // UNITS
        carried = result.carried.get("a_to_b", 0) + result.carried.get("b_to_a", 0)
        figures[f"{baud}: line bytes carried / plan predicts"] = f"{carried} / {expected}"
        if abs(carried - expected) > (b.request_bytes + b.response_bytes):
            notes.append(f"{baud}: the line carried {carried} bytes, the plan predicts {expected}")
    worst = max(results, key=lambda r: r.ratio)
    worst_line = f"{worst.baudrate} 8{worst.parity}{worst.stopbits}"
    report(
        Outcome(
            name="rtu_scan",
            ratio=worst.ratio,
            ratio_label=f"measured/theoretical (worst: {worst_line})",
            goal=f"<= {GOAL}",
            met=all(r.ratio <= GOAL for r in results),
            figures=figures,
            notes=notes,
        ),
        started_cpu,
    )


if __name__ == "__main__":
    main()
