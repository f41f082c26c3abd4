"""Answers picked from buttons: yes/no/N/A, pass/fail, one option, several options.

A tap is the whole answer, so each of these emits at once. A verdict cannot be un-chosen by
tapping it again: with gloves a double tap is common, and it must not silently erase the answer.
"""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QWidget

from domain.checklists import Answer, Item, ItemKind
from widgets.checklist.base import AnswerEditor, BigToggle

__all__ = ["MultiChoiceAnswer", "SingleChoiceAnswer", "VerdictAnswer"]

_VERDICT_TONES = {"yes": "good", "no": "bad", "na": "neutral", "pass": "good", "fail": "bad"}
WIDE_LABEL = 14
"""Option labels longer than this (characters) get a row of their own."""


class _ButtonsAnswer(AnswerEditor):
    """Buttons keyed by answer code; subclasses decide exclusivity and what an answer is."""

    exclusive = True

    def __init__(self, item: Item, chinese: bool, parent: QWidget | None = None) -> None:
        super().__init__(item, chinese, parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(self.exclusive)
        self.buttons: dict[str, BigToggle] = {}

    def _add(self, code: str, button: BigToggle) -> None:
        self.buttons[code] = button
        self.group.addButton(button)
        button.clicked.connect(lambda _checked=False, c=code: self._clicked(c))

    def button(self, code: str) -> BigToggle:
        return self.buttons[code]

    def _clicked(self, code: str) -> None:
        """A button was tapped (abstract: single and multi choice answer differently)."""
        raise NotImplementedError

    def _checked_codes(self) -> tuple[str, ...]:
        return tuple(code for code, button in self.buttons.items() if button.isChecked())

    def _check_only(self, codes: tuple[str, ...]) -> None:
        # An exclusive group refuses to uncheck its last button; lift that while resetting.
        self.group.setExclusive(False)
        for code, button in self.buttons.items():
            button.setChecked(code in codes)
        self.group.setExclusive(self.exclusive)


class VerdictAnswer(_ButtonsAnswer):
    """Yes / No / N/A or Pass / Fail side by side: green, red, grey when chosen."""

    def __init__(self, item: Item, chinese: bool, parent: QWidget | None = None) -> None:
        super().__init__(item, chinese, parent)
        codes = ("yes", "no", "na") if item.kind is ItemKind.YES_NO_NA else ("pass", "fail")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        for code in codes:
            button = BigToggle(_VERDICT_TONES[code], "check", self)
            button.setObjectName(f"answer_{code}")
            layout.addWidget(button)
            self._add(code, button)
        self.retranslate()

    def retranslate(self) -> None:
        labels = {
            "yes": self.tr("Yes"),
            "no": self.tr("No"),
            "na": self.tr("N/A"),
            "pass": self.tr("Pass"),
            "fail": self.tr("Fail"),
        }
        for code, button in self.buttons.items():
            button.set_label(labels[code])

    def _clicked(self, code: str) -> None:
        self._give(code)

    def _show_value(self, value: Answer | None) -> None:
        self._check_only((value,) if isinstance(value, str) else ())


class _OptionsAnswer(_ButtonsAnswer):
    """Options in a grid: two columns when the labels are short, otherwise one per row."""

    mark = "radio"

    def __init__(self, item: Item, chinese: bool, parent: QWidget | None = None) -> None:
        super().__init__(item, chinese, parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        longest = max((len(o.text.pick(chinese)) for o in item.options), default=0)
        columns = 2 if longest <= WIDE_LABEL and len(item.options) > 3 else 1
        for index, option in enumerate(item.options):
            # An option that is a finding turns red when chosen, like "No" does.
            button = BigToggle("bad" if option.finding else "choice", self.mark, self)
            button.setObjectName(f"option_{option.code}")
            layout.addWidget(button, index // columns, index % columns)
            self._add(option.code, button)
        self.retranslate()

    def retranslate(self) -> None:
        for option in self.item.options:
            self.buttons[option.code].set_label(option.text.pick(self.chinese))


class SingleChoiceAnswer(_OptionsAnswer):
    """One of the template's options (radio-like: ● chosen, ○ not)."""

    def _clicked(self, code: str) -> None:
        self._give(code)

    def _show_value(self, value: Answer | None) -> None:
        self._check_only((value,) if isinstance(value, str) else ())


class MultiChoiceAnswer(_OptionsAnswer):
    """Any of the options (☑/☐); the answer is the chosen codes in template order, or None."""

    exclusive = False
    mark = "box"

    def _clicked(self, code: str) -> None:
        codes = self._checked_codes()
        self._give(codes or None)

    def _show_value(self, value: Answer | None) -> None:
        self._check_only(value if isinstance(value, tuple) else ())
