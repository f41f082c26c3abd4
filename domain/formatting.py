"""How numbers are shown: enough digits to read a meter, never a wall of decimals."""

from __future__ import annotations

import math


def format_value(value: float | None, unit: str = "") -> str:
    if value is None or not math.isfinite(value):
        return "—"
    magnitude = abs(value)
    if magnitude >= 100:
        decimals = 1
    elif magnitude >= 1:
        decimals = 2
    elif magnitude == 0:
        decimals = 0
    else:
        decimals = 3
    text = f"{value:,.{decimals}f}"
    return f"{text} {unit}" if unit else text


def format_age(seconds: float | None) -> str:
    """Compact age of a value: 3 s, 4 min, 2 h, 5 d."""
    if seconds is None:
        return "—"
    seconds = max(0.0, seconds)
    if seconds < 60:
        return f"{seconds:.0f} s"
    if seconds < 3600:
        return f"{seconds / 60:.0f} min"
    if seconds < 86400:
        return f"{seconds / 3600:.0f} h"
    return f"{seconds / 86400:.0f} d"


def format_significant(value: float | None, unit: str = "", digits: int = 4) -> str:
    """Indicators span 0.009 kg/t to 95 %: keep `digits` significant figures, not decimals."""
    if value is None or not math.isfinite(value):
        return "—"
    if value == 0:
        text = "0"
    else:
        decimals = max(0, digits - 1 - math.floor(math.log10(abs(value))))
        text = f"{value:,.{decimals}f}"
    return f"{text} {unit}" if unit else text
