"""Request planning: fewest reads, within the protocol's limits."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.instruments import DataType, DeviceConfig, RegisterType, TagConfig
from drivers.modbus.planner import (
    MAX_REGISTERS,
    AdaptivePlan,
    plan_reads,
    poll_groups,
    split_block,
)
from drivers.modbus.statuses import ModbusStatus


def tag(
    i: int,
    address: int,
    data_type: DataType = DataType.FLOAT32,
    register_type: RegisterType = RegisterType.INPUT_REGISTER,
) -> TagConfig:
    return TagConfig(i, 1, f"t{i}", "", register_type, address, data_type)


def test_sdm630_tags_coalesce_into_few_reads() -> None:
    addresses = [0x00, 0x02, 0x04, 0x06, 0x08, 0x0A, 0x34, 0x3E, 0x46, 0x48, 0x156]
    blocks = plan_reads(tag(i, a) for i, a in enumerate(addresses))
    assert [(b.start, b.count) for b in blocks] == [(0x00, 0x0C), (0x34, 0x16), (0x156, 2)]


def test_types_are_never_mixed() -> None:
    blocks = plan_reads([tag(1, 0), tag(2, 2, register_type=RegisterType.HOLDING_REGISTER)])
    assert len(blocks) == 2


@given(st.lists(st.integers(0, 5000), min_size=1, max_size=200, unique=True), st.integers(0, 40))
def test_every_tag_is_covered_by_one_block_within_limits(addresses: list[int], gap: int) -> None:
    tags = [tag(i, a, DataType.UINT16) for i, a in enumerate(addresses)]
    blocks = plan_reads(tags, max_gap=gap)
    covered = [t.id for b in blocks for t in b.tags]
    assert sorted(covered) == sorted(t.id for t in tags)
    for block in blocks:
        assert 1 <= block.count <= MAX_REGISTERS
        for t in block.tags:
            assert block.start <= t.address
            assert t.address + t.register_count <= block.start + block.count


def test_field_tags_are_not_modbus_reads() -> None:
    blocks = plan_reads([tag(1, 0), tag(2, 0, register_type=RegisterType.FIELD)])
    assert [[t.id for t in b.tags] for b in blocks] == [[1]]


def test_bits_coalesce_up_to_2000() -> None:
    coils = [tag(i, 10 * i, DataType.BOOL, RegisterType.COIL) for i in range(300)]
    blocks = plan_reads(coils, max_gap=16)
    assert [(b.start, b.count) for b in blocks] == [(0, 1991), (2000, 991)]


def test_poll_groups_by_effective_interval() -> None:
    tags = (
        tag(1, 0),
        replace(tag(2, 2), poll_interval_s=60.0),
        replace(tag(3, 4), poll_interval_s=1.0),
        replace(tag(4, 6), enabled=False),
        tag(5, 0, register_type=RegisterType.FIELD),
    )
    device = DeviceConfig(1, 1, "meter", 1, poll_interval_s=1.0, tags=tags)
    groups = poll_groups(device)
    assert {interval: [t.id for t in g] for interval, g in groups.items()} == {
        1.0: [1, 3],
        60.0: [2],
    }


def test_split_cuts_at_the_widest_gap_then_halves() -> None:
    block = plan_reads([tag(1, 0), tag(2, 2), tag(3, 10), tag(4, 12)])[0]
    left, right = split_block(block)
    assert [(b.start, b.count) for b in (left, right)] == [(0, 4), (10, 4)]
    contiguous = plan_reads([tag(i, 2 * i) for i in range(5)])[0]
    left, right = split_block(contiguous)
    assert sorted([len(left.tags), len(right.tags)]) == [2, 3]
    assert left.start + left.count == right.start


def test_tags_on_one_register_cannot_be_split() -> None:
    bits = [tag(i, 7, DataType.BIT, RegisterType.HOLDING_REGISTER) for i in range(3)]
    block = plan_reads(bits)[0]
    assert not block.splittable
    with pytest.raises(ValueError, match="cannot be split"):
        split_block(block)


def test_adaptive_plan_remembers_splits_and_rejections() -> None:
    plan = AdaptivePlan([tag(1, 0), tag(2, 2), tag(3, 10)])
    (block,) = plan.blocks
    left, right = plan.split(block)
    assert plan.blocks == [left, right]
    plan.reject(right, ModbusStatus.ILLEGAL_ADDRESS, "refused", retry_at=100.0)
    assert plan.rejection(right, 99.0) is not None
    assert plan.rejection(right, 100.0) is None, "due for a re-probe"
    plan.accept(right)
    assert plan.rejection(right, 0.0) is None and not plan.rejected


@given(
    st.lists(
        st.tuples(st.integers(0, 400), st.sampled_from([DataType.UINT16, DataType.FLOAT32])),
        min_size=2,
        max_size=60,
    )
)
def test_splitting_until_single_spans_keeps_every_tag_exactly_once(
    specs: list[tuple[int, DataType]],
) -> None:
    tags = [tag(i, address, data_type) for i, (address, data_type) in enumerate(specs)]
    plan = AdaptivePlan(tags, max_gap=400)
    while splittable := [b for b in plan.blocks if b.splittable]:
        block = splittable[0]
        halves = plan.split(block)
        for half in halves:
            assert block.start <= half.start
            assert half.start + half.count <= block.start + block.count
            assert half.count <= block.count
    assert sorted(t.id for b in plan.blocks for t in b.tags) == sorted(t.id for t in tags)
    for block in plan.blocks:
        assert len({(t.address, t.register_count) for t in block.tags}) == 1
