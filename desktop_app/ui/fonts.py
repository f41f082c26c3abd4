"""Make Chinese render everywhere: register the shipped CJK font, prefer the system's own.

A machine without a CJK font shows boxes and fails nothing, so the app ships WenQuanYi Micro Hei
and the tests assert that a Simplified-Chinese family is available.
"""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

PREFERRED_FAMILIES = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "SimSun",
)


def shipped_font_path() -> str:
    return str(resources.files("resources") / "fonts" / "wqy-microhei.ttc")


def register_fonts() -> list[str]:
    """Load the shipped font; return the families that can write Simplified Chinese."""
    font_id = QFontDatabase.addApplicationFont(shipped_font_path())
    if font_id < 0:
        log.warning("shipped CJK font could not be loaded from %s", shipped_font_path())
    return QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)


def apply_application_font(app: QApplication, point_size: int = 10) -> QFont:
    chinese = set(register_fonts())
    family = next((f for f in PREFERRED_FAMILIES if f in chinese), None)
    font = QFont(app.font())
    if family:
        font.setFamilies([family, *sorted(chinese - {family})[:2]])
    font.setPointSize(point_size)
    app.setFont(font)
    return font
