from __future__ import annotations

import pytest

from domain.instruments import DataType, RegisterType, TagConfig


@pytest.mark.parametrize(
    ("register_type", "address", "manual"),
    [
        (RegisterType.INPUT_REGISTER, 0x0000, 30001),
        (RegisterType.INPUT_REGISTER, 0x0156, 30343),
        (RegisterType.HOLDING_REGISTER, 0, 40001),
        (RegisterType.HOLDING_REGISTER, 9998, 49999),
        (RegisterType.HOLDING_REGISTER, 9999, 410000),
        (RegisterType.COIL, 0, 1),
        (RegisterType.DISCRETE_INPUT, 4, 10005),
    ],
)
def test_manual_numbers_are_one_based_with_the_type_prefix(
    register_type: RegisterType, address: int, manual: int
) -> None:
    assert register_type.manual_number(address) == manual


def test_register_counts() -> None:
    assert DataType.FLOAT32.register_count == 2
    assert DataType.UINT64.register_count == 4
    bit = TagConfig(1, 1, "b", "", RegisterType.COIL, 0, DataType.FLOAT64)
    assert bit.register_count == 1
