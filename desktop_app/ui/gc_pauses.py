"""Keep Python's full garbage collections short while the GUI runs.

A full (generation 2) collection walks every tracked object. After start-up that is well over
a hundred thousand objects (Qt wrappers, pyqtgraph, SQLAlchemy, translations) that live until the
window closes, and walking them took ~70 ms on a 2-core factory PC: a visible hitch in the live
trends, and the largest stall the GUI benchmark saw. Freezing them after start-up moves them out
of the collector's reach, so later full collections only walk what was created since.
"""

from __future__ import annotations

import gc

__all__ = ["settle_after_startup"]


def settle_after_startup() -> int:
    """Collect start-up garbage once, then freeze the survivors; returns how many were frozen."""
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()
