"""What every touch-first widget shares: target size and kinetic scrolling.

Inspectors work on Windows tablets, often with gloves and in sunlight: a target smaller than
about 9 mm (48 px at 96 dpi) is missed, and a list that only scrolls by its thin scroll bar is
unusable with a finger. Keeping both in one place means one number to change after a field trial.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QScroller, QScrollerProperties, QWidget

__all__ = ["TOUCH_TARGET_PX", "enable_kinetic_scrolling", "set_kinetic_scrolling"]

TOUCH_TARGET_PX = 48
"""Smallest height (and width) of anything a finger must hit."""


def set_kinetic_scrolling(area: QAbstractScrollArea | QWidget, enabled: bool = True) -> None:
    """Flick-to-scroll with a finger; a mouse keeps its normal wheel and scroll bar.

    Only the touch gesture is grabbed, not the left mouse button: a mouse drag on a list must
    still select and a pen drag on a signature pad must still draw. `enabled=False` lets a
    drawing surface inside the area have the finger to itself.
    """
    target = area.viewport() if isinstance(area, QAbstractScrollArea) else area
    if enabled:
        QScroller.grabGesture(target, QScroller.ScrollerGestureType.TouchGesture)
        scroller = QScroller.scroller(target)
        properties = scroller.scrollerProperties()
        overshoot = QScrollerProperties.OvershootPolicy.OvershootAlwaysOff
        properties.setScrollMetric(
            QScrollerProperties.ScrollMetric.VerticalOvershootPolicy, overshoot
        )
        properties.setScrollMetric(
            QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy, overshoot
        )
        scroller.setScrollerProperties(properties)
    else:
        QScroller.ungrabGesture(target)


def enable_kinetic_scrolling(area: QAbstractScrollArea | QWidget) -> None:
    set_kinetic_scrolling(area, True)
