"""Request planning: fewest reads, within the protocol's limits."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from domain.instruments import DataType, RegisterType, TagConfig
from drivers.modbus.planner import MAX_REGISTERS, plan_reads


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
