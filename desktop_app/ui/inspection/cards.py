"""The screens between the questions: a section's start, the review, and the result.

The review is where "Finish" is decided: it lists what is still missing, each entry a big
button that jumps to the item, because on a 48-item round "3 required answers missing" without
saying which ones sends the inspector paging through everything.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.services.checklist_runs import FinishedRun
from domain.checklists import RunAssessment, Section, Template
from widgets.checklist import GuidanceView
from widgets.touch import TOUCH_TARGET_PX

__all__ = ["ResultCard", "ReviewCard", "SectionCard", "big_label"]


def big_label(parent: QWidget, scale: float, bold: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    return label


class SectionCard(QWidget):
    """ "Section 2 of 5", the section's title and guidance, and how many items it has."""

    def __init__(
        self,
        section: Section,
        number: int,
        sections: int,
        items: int,
        chinese: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.counter = big_label(self, 1.1, bold=False)
        self.counter.setStyleSheet("color: #1f4e9a;")
        self.title = big_label(self, 2.2)
        self.guidance = GuidanceView(self)
        self.guidance.set_guidance(section.guidance, chinese)
        self.items_label = big_label(self, 1.2, bold=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 24, 8, 8)
        layout.setSpacing(16)
        layout.addWidget(self.counter)
        layout.addWidget(self.title)
        layout.addWidget(self.guidance)
        layout.addWidget(self.items_label)
        layout.addStretch(1)
        self.counter.setText(
            self.tr("Section %1 of %2").replace("%1", str(number)).replace("%2", str(sections))
        )
        self.title.setText(section.title.pick(chinese))
        self.items_label.setText(self.tr("%1 item(s) in this section").replace("%1", str(items)))


class ReviewCard(QWidget):
    """What is answered, the findings so far, and a jump button for everything missing."""

    jump_requested = Signal(str)

    def __init__(
        self,
        template: Template,
        assessment: RunAssessment,
        number_of: Callable[[str], int],
        chinese: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title = big_label(self, 2.0)
        self.summary = big_label(self, 1.2, bold=False)
        self.state = big_label(self, 1.3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 24, 8, 8)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.state)
        self.missing_buttons: dict[str, QPushButton] = {}
        self.title.setText(self.tr("Review"))
        score = assessment.score_percent
        score_text = "—" if score is None else f"{score:.0f} %"
        self.summary.setText(
            self.tr("Answered %1 of %2 · findings so far: %3 · score so far: %4")
            .replace("%1", str(assessment.answered))
            .replace("%2", str(assessment.total_visible))
            .replace("%3", str(len(assessment.findings)))
            .replace("%4", score_text)
        )
        missing = dict.fromkeys((*assessment.missing_required, *assessment.missing_photos))
        if not missing:
            self.state.setText(self.tr("✓ Everything required is answered. Tap Finish."))
            self.state.setStyleSheet("color: #1b7a32;")
        else:
            self.state.setText(
                self.tr("Still missing (%1) — tap one to go there:").replace(
                    "%1", str(len(missing))
                )
            )
            self.state.setStyleSheet("color: #b71c1c;")
        for code in missing:
            item = template.item(code)
            why = (
                self.tr("photo missing")
                if code in assessment.missing_photos and code not in assessment.missing_required
                else self.tr("answer missing")
            )
            button = QPushButton(self)
            button.setObjectName(f"missing_{code}")
            button.setMinimumHeight(TOUCH_TARGET_PX + 8)
            button.setStyleSheet("text-align: left; padding: 6px 14px; font-size: 12pt;")
            text = item.text.pick(chinese)
            button.setText(f"{number_of(code)}. {text} — {why}")
            button.clicked.connect(lambda _checked=False, c=code: self.jump_requested.emit(c))
            layout.addWidget(button)
            self.missing_buttons[code] = button
        layout.addStretch(1)


class ResultCard(QWidget):
    """The finished inspection: score, passed or not, and the corrective actions it raised."""

    back_requested = Signal()

    def __init__(self, result: FinishedRun, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = big_label(self, 2.0)
        self.score_label = big_label(self, 3.2)
        self.score_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verdict_label = big_label(self, 1.8)
        self.verdict_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.actions_label = big_label(self, 1.3, bold=False)
        self.actions_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.back_button = QPushButton(self)
        self.back_button.setMinimumHeight(TOUCH_TARGET_PX + 16)
        self.back_button.setStyleSheet("font-size: 14pt; padding: 8px 28px;")
        self.back_button.clicked.connect(self.back_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 24, 8, 8)
        layout.setSpacing(18)
        layout.addWidget(self.title)
        layout.addStretch(1)
        layout.addWidget(self.score_label)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.actions_label)
        layout.addStretch(1)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignHCenter)
        assessment = result.assessment
        score = assessment.score_percent
        self.title.setText(self.tr("Inspection finished"))
        self.score_label.setText("—" if score is None else f"{score:.1f} %")
        if assessment.passed is None:
            self.verdict_label.setText(self.tr("Not scored"))
            colour = "#4a5058"
        elif assessment.passed:
            self.verdict_label.setText(self.tr("✓ Passed"))
            colour = "#1b7a32"
        else:
            self.verdict_label.setText(self.tr("✗ Not passed"))
            colour = "#c62828"
        self.verdict_label.setStyleSheet(f"color: {colour};")
        self.score_label.setStyleSheet(f"color: {colour};")
        count = len(result.action_ids)
        self.actions_label.setText(
            self.tr("%1 corrective action(s) created from the findings").replace("%1", str(count))
            if count
            else self.tr("No findings: no corrective actions needed")
        )
        self.back_button.setText(self.tr("Back to the audit list"))
