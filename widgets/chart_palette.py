"""Colours for charts that stay with their key.

A pie slice for "electricity" should be the same colour today and tomorrow, in the monthly and
in the yearly chart, even when another carrier is added or one drops to zero, so a key's colour
is derived from the key itself (a CRC, stable across runs unlike ``hash()``); only when two keys
of one chart land on the same colour does the later one move to the next free colour. The
palette has no grey, because grey reads as "no data".
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

__all__ = ["PALETTE", "stable_colors"]

PALETTE = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#17becf",
    "#bcbd22",
    "#393b79",
    "#637939",
    "#e7969c",
)


def stable_colors(keys: Sequence[str], given: Sequence[str | None] | None = None) -> list[str]:
    """One colour per key: the given one where not None, else one derived from the key."""
    chosen = list(given) if given is not None else [None] * len(keys)
    if len(chosen) != len(keys):
        raise ValueError("keys and given colours differ in length")
    taken = {c.lower() for c in chosen if c is not None}
    result: list[str] = []
    for key, colour in zip(keys, chosen, strict=True):
        if colour is None:
            start = zlib.crc32(key.encode("utf-8")) % len(PALETTE)
            for step in range(len(PALETTE)):
                candidate = PALETTE[(start + step) % len(PALETTE)]
                if candidate not in taken:
                    break
            else:
                candidate = PALETTE[start]
            colour = candidate
            taken.add(colour)
        result.append(colour)
    return result


if __name__ == "__main__":
    print(stable_colors(["electricity", "steam", "water", "gas"]))
