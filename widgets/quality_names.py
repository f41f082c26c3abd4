"""Translated names of quality codes, for read-outs, exports and gauges.

The widgets receive quality as plain integers (they are stored that way), and a code added to
``domain.quality`` later must not crash a read-out, so names are looked up by number and an
unknown code is shown as "code N" rather than guessed. The source texts and the "Quality"
context are the ones the latest-values table uses, so one translation serves both.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

__all__ = ["NOT_VALID", "quality_name"]

NOT_VALID = 255
"""Stands for a history bucket the caller flagged as not valid (a bool array was given)."""


def _names() -> dict[int, str]:
    return {
        0: QCoreApplication.translate("Quality", "Good"),
        1: QCoreApplication.translate("Quality", "Communication failure"),
        2: QCoreApplication.translate("Quality", "Device exception"),
        3: QCoreApplication.translate("Quality", "Out of range"),
        4: QCoreApplication.translate("Quality", "Stale"),
        5: QCoreApplication.translate("Quality", "Manual"),
        6: QCoreApplication.translate("Quality", "Maintenance"),
        7: QCoreApplication.translate("Quality", "Calibration"),
        8: QCoreApplication.translate("Quality", "Stopped"),
        9: QCoreApplication.translate("Quality", "Corrected"),
        NOT_VALID: QCoreApplication.translate("Quality", "Not valid"),
    }


def quality_name(code: int) -> str:
    """The translated name of a quality code; built per call so a language switch applies."""
    name = _names().get(int(code))
    if name is not None:
        return name
    return QCoreApplication.translate("Quality", "code %1").replace("%1", str(int(code)))


if __name__ == "__main__":
    for number in (0, 1, 9, 42, NOT_VALID):
        print(number, quality_name(number))
