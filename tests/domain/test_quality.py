from __future__ import annotations

import pytest

from domain.quality import Quality


def test_codes_are_stable_file_format() -> None:
    assert [int(q) for q in Quality] == list(range(10))
    assert Quality.GOOD == 0 and Quality.COMM_FAILURE == 1


@pytest.mark.parametrize(
    ("flag", "quality"),
    [
        ("N", Quality.GOOD),
        ("B", Quality.COMM_FAILURE),
        ("D", Quality.DEVICE_EXCEPTION),
        ("T", Quality.OUT_OF_RANGE),
        ("S", Quality.MANUAL),
        ("M", Quality.MAINTENANCE),
        ("C", Quality.CALIBRATION),
        ("F", Quality.STOPPED),
        ("n", Quality.GOOD),
    ],
)
def test_hj212_flags_round_trip(flag: str, quality: Quality) -> None:
    assert Quality.from_hj212_flag(flag) is quality
    assert quality.hj212_flag == flag.upper()


def test_unknown_flag_is_a_fault_not_good() -> None:
    assert Quality.from_hj212_flag("Z") is Quality.DEVICE_EXCEPTION
    assert Quality.STALE.hj212_flag is None
