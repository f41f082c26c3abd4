from __future__ import annotations

import pytest

from domain.energy import Carrier, to_kgce


def test_reference_coefficients() -> None:
    assert to_kgce(Carrier.ELECTRICITY, 1000.0, "kWh") == pytest.approx(122.9)
    assert to_kgce(Carrier.ELECTRICITY, 1.0, "MWh") == pytest.approx(122.9)
    assert to_kgce(Carrier.STEAM, 2.0, "t") == pytest.approx(257.2)
    assert to_kgce(Carrier.NATURAL_GAS, 100.0, "Nm³") == pytest.approx(121.43)


def test_unknown_units_are_refused_not_guessed() -> None:
    with pytest.raises(ValueError):
        to_kgce(Carrier.STEAM, 1.0, "GJ")
