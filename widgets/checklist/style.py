"""Colours and sizes of the answer controls, chosen for a tablet in the sun and a gloved finger.

Selected and unselected must differ in more than hue: in direct sunlight a washed-out screen
shows little colour, and some inspectors are colour-blind. A selected button is therefore a
solid dark fill with white bold text and a mark (✓, ●, ☑), an unselected one is white with a
dark outline; green/red/grey only add to that. Sizes are in pixels at 96 dpi, at least
`TOUCH_TARGET_PX`.
"""

from __future__ import annotations

from widgets.touch import TOUCH_TARGET_PX

__all__ = [
    "ANSWER_BUTTON_HEIGHT",
    "ANSWER_FONT_SCALE",
    "ANSWER_STYLE",
    "BAD",
    "CHOICE",
    "GOOD",
    "NEUTRAL",
    "WARNING_TEXT",
]

ANSWER_BUTTON_HEIGHT = max(TOUCH_TARGET_PX, 60)
ANSWER_FONT_SCALE = 1.4
"""Answer texts are read at arm's length on a tablet held in one hand."""
GOOD = "#1b7a32"
BAD = "#c62828"
NEUTRAL = "#5f6368"
CHOICE = "#1f4e9a"
WARNING_TEXT = "#b71c1c"

ANSWER_STYLE = f"""
QLineEdit#numberAnswer {{
    min-height: {ANSWER_BUTTON_HEIGHT}px;
    font-size: 20pt;
    padding: 0 10px;
    border: 2px solid #5b6470;
    border-radius: 6px;
    background: white;
}}
QLineEdit#numberAnswer[breach="true"] {{
    border: 3px solid {BAD};
    background: #fdecea;
    color: {WARNING_TEXT};
}}
QLabel#limitWarning {{ color: {WARNING_TEXT}; font-weight: bold; font-size: 13pt; }}
QLabel#unitLabel {{ font-size: 16pt; }}
QLabel#limitsLabel {{ color: #30363d; font-size: 12pt; }}
QLabel#lengthCounter {{ color: #4a5058; }}
QPlainTextEdit#textAnswer {{ font-size: 13pt; border: 2px solid #5b6470; border-radius: 6px; }}
QDateEdit#dateAnswer {{
    min-height: {ANSWER_BUTTON_HEIGHT}px;
    font-size: 16pt;
    padding: 0 8px;
}}
QDateEdit#dateAnswer::drop-down {{ width: {TOUCH_TARGET_PX}px; }}
QPushButton#secondaryButton {{
    min-height: {TOUCH_TARGET_PX}px;
    padding: 4px 16px;
    font-size: 13pt;
}}
"""
"""Applied to every editor (not the application): these sizes are right for answering, not for
the dense engineering tables elsewhere in the program."""
