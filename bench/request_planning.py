"""Requests per scan that `plan_reads` makes for a 500-tag site vs the minimal count.

The site: 25 devices × 20 tags, drawn with a fixed seed —
  10 SDM630-like power meters: 16 float32 input registers picked from the meter's real parameter
     table (0x0000-0x004E, demand 0x0054-0x006A, line-line 0x00C8-0x00CE, THD 0x00EA-0x00FC,
     energies 0x0156-0x0162), 2 uint32 counters in holding registers, 2 coils;
   8 flow computers: 10 float32 process values and 6 uint32 totals (a separate table at 1000)
     in holding registers, 4 status coils;
   7 analyzers: 6 channels of 3 float32 input registers each (channel n at 20·n), 2 coils.

Reference (minimal): per device and register type, the fewest reads that cover every tag when
any gap may be bridged, under the 125-register / 2000-bit limits. Greedy from the lowest
address is optimal for that (it never leaves a read shorter than needed). Goal: planned/minimal
close to 1.0 with the planner's default `max_gap` (≤ 1.1 counts as met). `max_gap=0` is shown
for contrast, and the wire time at 9600 baud 8N1 of each plan, because a bridged gap costs
bytes: fewer requests is only better while the saved silences and headers outweigh them.

    .venv/bin/python -m bench.request_planning [--quick]
"""

from __future__ import annotations

import random
import time
from collections.abc import Sequence
from dataclasses import dataclass

from bench.common import Outcome, cpu_seconds, median, parse_args, report
from bench.wire import bits_per_char, wire_time
from domain.instruments import BusKind, DataType, DeviceConfig, RegisterType, TagConfig, WordOrder
from drivers.modbus.planner import MAX_BITS, MAX_REGISTERS, default_gaps, plan_reads
from drivers.simulators.demo_plant_map import DEMO_BUSES

GOAL = 1.1
TURNAROUND_MS = 20.0
"""A typical meter's reply delay, to show how it moves the best `max_gap` on a slow line."""
SDM_POOL = (
    *range(0x00, 0x50, 2),
    *range(0x54, 0x6C, 2),
    0xC8,
    0xCA,
    0xCC,
    0xCE,
    0xE0,
    *range(0xEA, 0xFE, 2),
    *range(0x156, 0x164, 2),
)
IR, HR, COIL = RegisterType.INPUT_REGISTER, RegisterType.HOLDING_REGISTER, RegisterType.COIL
F32, U32, BOOL = DataType.FLOAT32, DataType.UINT32, DataType.BOOL


def _tags(
    device_id: int, spec: Sequence[tuple[RegisterType, int, DataType]]
) -> tuple[TagConfig, ...]:
    return tuple(
        TagConfig(
            id=device_id * 100 + i,
            device_id=device_id,
            name=f"d{device_id}_{register_type.value}_{address}",
            unit="",
            register_type=register_type,
            address=address,
            data_type=data_type,
            word_order=WordOrder.ABCD,
            is_counter=data_type is U32,
        )
        for i, (register_type, address, data_type) in enumerate(spec)
    )


def power_meter(rng: random.Random) -> list[tuple[RegisterType, int, DataType]]:
    spec = [(IR, a, F32) for a in sorted(rng.sample(SDM_POOL, 16))]
    spec += [(HR, 0x100 + 4 * k, U32) for k in sorted(rng.sample(range(8), 2))]
    return spec + [(COIL, c, BOOL) for c in sorted(rng.sample(range(16), 2))]


def flow_computer(rng: random.Random) -> list[tuple[RegisterType, int, DataType]]:
    spec = [(HR, a, F32) for a in sorted(rng.sample(range(0, 80, 2), 10))]
    spec += [(HR, 1000 + 2 * k, U32) for k in sorted(rng.sample(range(30), 6))]
    return spec + [(COIL, c, BOOL) for c in sorted(rng.sample(range(64), 4))]


def analyzer(rng: random.Random) -> list[tuple[RegisterType, int, DataType]]:
    spec = [(IR, 20 * ch + offset, F32) for ch in range(6) for offset in (0, 2, 8)]
    return spec + [(COIL, c, BOOL) for c in sorted(rng.sample(range(32), 2))]


def site(seed: int) -> list[DeviceConfig]:
    rng = random.Random(seed)
    kinds = [power_meter] * 10 + [flow_computer] * 8 + [analyzer] * 7
    return [
        DeviceConfig(id=i, bus_id=1, name=f"dev{i}", unit_id=i, tags=_tags(i, kind(rng)))
        for i, kind in enumerate(kinds, start=1)
    ]


@dataclass(frozen=True)
class MinimalBlock:
    register_type: RegisterType
    start: int
    count: int


def minimal_blocks(tags: Sequence[TagConfig]) -> list[MinimalBlock]:
    """Fewest reads covering `tags` when any gap may be read (greedy from the lowest address)."""
    blocks: list[MinimalBlock] = []
    for register_type in sorted({t.register_type for t in tags}):
        limit = MAX_BITS if register_type.is_bit else MAX_REGISTERS
        ordered = sorted(
            (t for t in tags if t.register_type is register_type),
            key=lambda t: (t.address, t.register_count),
        )
        start = end = -1
        for tag in ordered:
            tag_end = tag.address + tag.register_count
            if start >= 0 and max(end, tag_end) - start <= limit:
                end = max(end, tag_end)
                continue
            if start >= 0:
                blocks.append(MinimalBlock(register_type, start, end - start))
            start, end = tag.address, tag_end
        if start >= 0:
            blocks.append(MinimalBlock(register_type, start, end - start))
    return blocks


@dataclass(frozen=True)
class PlanFigures:
    requests: int
    registers: int
    wire_ms: float


def figures_of(blocks: Sequence[MinimalBlock]) -> PlanFigures:
    words = sum(b.count for b in blocks if not b.register_type.is_bit)
    return PlanFigures(
        len(blocks), words, wire_time(blocks, 9600, bits_per_char(8, "N", 1)).total_s * 1000.0
    )


def planned(
    devices: Sequence[DeviceConfig], max_gap: int | None = None, kind: BusKind = BusKind.MODBUS_TCP
) -> PlanFigures:
    """The poller's plan: gaps chosen by the bus kind unless `max_gap` is given."""
    register_gap, bit_gap = default_gaps(kind)
    if max_gap is not None:
        register_gap = max_gap
    blocks = []
    for device in devices:
        plan = plan_reads(device.tags, max_gap=register_gap, max_bit_gap=bit_gap)
        blocks += [MinimalBlock(b.register_type, b.start, b.count) for b in plan]
    return figures_of(blocks)


def minimal(devices: Sequence[DeviceConfig]) -> PlanFigures:
    return figures_of([b for device in devices for b in minimal_blocks(device.tags)])


def by_type(devices: Sequence[DeviceConfig]) -> str:
    """Planned/minimal requests per register type, to show where the extra requests are."""
    parts = []
    register_gap, bit_gap = default_gaps(BusKind.MODBUS_TCP)
    for register_type in (COIL, HR, IR):
        plan = sum(
            1
            for d in devices
            for b in plan_reads(d.tags, max_gap=register_gap, max_bit_gap=bit_gap)
            if b.register_type is register_type
        )
        least = sum(
            1 for d in devices for b in minimal_blocks(d.tags) if b.register_type is register_type
        )
        parts.append(f"{register_type.value} {plan}/{least}")
    return ", ".join(parts)


def demo_site() -> list[DeviceConfig]:
    """The demo plant's own configuration (drivers.simulators.demo_plant_map)."""
    devices: list[DeviceConfig] = []
    for bus in DEMO_BUSES:
        for device in bus.devices:
            device_id = len(devices) + 1
            spec = [(t.register_type, t.address, t.data_type) for t in device.tags]
            devices.append(
                DeviceConfig(
                    id=device_id,
                    bus_id=1,
                    name=device.key,
                    unit_id=device.unit_id,
                    tags=_tags(device_id, spec),
                )
            )
    return devices


def default_max_gap() -> str:
    tcp, rtu = default_gaps(BusKind.MODBUS_TCP), default_gaps(BusKind.MODBUS_RTU)
    return f"TCP {tcp[0]} registers / {tcp[1]} bits; RTU {rtu[0]} / {rtu[1]}"


def main() -> None:
    args = parse_args(__doc__ or "")
    started_cpu = cpu_seconds()
    devices = site(seed=1)
    tags = sum(len(d.tags) for d in devices)
    started = time.perf_counter()
    default = planned(devices)
    planning_ms = (time.perf_counter() - started) * 1000.0
    no_gap, least = planned(devices, max_gap=0), minimal(devices)
    rtu = planned(devices, kind=BusKind.MODBUS_RTU)
    ratio = default.requests / least.requests
    figures: dict[str, float | int | str] = {
        "devices / tags": f"{len(devices)} / {tags}",
        "planner default max_gap": default_max_gap(),
        "minimal requests per scan": least.requests,
        "planned requests (default max_gap)": default.requests,
        "planned requests (max_gap=0)": no_gap.requests,
        "planned requests with RTU gaps (and ms @9600 + 20 ms turnaround)": (
            f"{rtu.requests} ({rtu.wire_ms + TURNAROUND_MS * rtu.requests:.0f})"
        ),
        "ratio planned/minimal (max_gap=0)": no_gap.requests / least.requests,
        "registers read: minimal / default / gap 0": f"{least.registers} / {default.registers}"
        f" / {no_gap.registers}",
        "wire ms per scan @9600: minimal / default / gap 0": f"{least.wire_ms:.0f} / "
        f"{default.wire_ms:.0f} / {no_gap.wire_ms:.0f}",
        "requests by type, default/minimal": by_type(devices),
        "planning time for the site ms": planning_ms,
    }
    demo = demo_site()
    figures["demo plant site: planned / minimal requests"] = (
        f"{planned(demo).requests} / {minimal(demo).requests}"
    )
    for gap in (2, 4, 8, 16, 32, 64, 125):
        plan = planned(devices, max_gap=gap)
        figures[f"max_gap={gap}: requests, registers, ms @9600 (+20 ms turnaround)"] = (
            f"{plan.requests}, {plan.registers}, {plan.wire_ms:.0f}"
            f" ({plan.wire_ms + TURNAROUND_MS * plan.requests:.0f})"
        )
    if not args.quick:
        ratios = [planned(site(s)).requests / minimal(site(s)).requests for s in range(1, 101)]
        figures["ratio over 100 seeded sites: min / median / max"] = (
            f"{min(ratios):.3f} / {median(ratios):.3f} / {max(ratios):.3f}"
        )
    report(
        Outcome(
            name="request_planning",
            ratio=ratio,
            ratio_label="planned/minimal requests per scan (default max_gap)",
            goal=f"<= {GOAL}",
            met=ratio <= GOAL,
            figures=figures,
        ),
        started_cpu,
    )


if __name__ == "__main__":
    main()
