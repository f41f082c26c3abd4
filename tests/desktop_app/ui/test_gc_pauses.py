"""Start-up objects are frozen so that later full collections do not walk them."""

from __future__ import annotations

import gc

from desktop_app.ui.gc_pauses import settle_after_startup


def test_settling_freezes_what_start_up_left_and_new_objects_stay_collectable() -> None:
    try:
        frozen = settle_after_startup()
        assert frozen == gc.get_freeze_count() > 1000
        cycle: list[object] = []
        cycle.append(cycle)
        assert any(o is cycle for o in gc.get_objects())  # made after the freeze: tracked
        del cycle
        assert gc.collect() >= 1  # and still collected
    finally:
        gc.unfreeze()
