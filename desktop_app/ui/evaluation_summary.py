"""The head of the evaluation tab: the sample banner, the rating, Y_I/Y_II/Y_III and why not better.

The rating is what a manager reads first, so it is large and coloured by level; each composite
index shows its threshold (≥ 85 for levels I and II, 100 for level III) and whether it is met.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.services.evaluation import EvaluationView
from desktop_app.ui.evaluation_text import join_reasons, level_text, level_title
from desktop_app.ui.models.evaluation_models import LEVEL_COLORS
from domain.evaluation import PASS_SCORE, Level

BANNER_STYLE = "background: #fff4ce; border: 1px solid #e0c060; padding: 6px; color: #4a3b00;"
FAILED = "#b3261e"
SCORE_REASONS = {Level.I: "y_below_85", Level.II: "y_below_85", Level.III: "y_III_below_100"}


class EvaluationSummary(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: EvaluationView | None = None
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()
        self.rating_label = QLabel(self)
        font = QFont(self.rating_label.font())
        font.setPointSize(font.pointSize() + 12)
        font.setBold(True)
        self.rating_label.setFont(font)
        self.rating_detail = QLabel(self)
        self.index_title = QLabel(self)
        self.score_labels = {level: QLabel(self) for level in Level}
        score_font = QFont(self.rating_label.font())
        score_font.setPointSize(max(8, score_font.pointSize() - 8))
        scores = QGridLayout()
        scores.addWidget(self.index_title, 0, 0, 1, 3)
        for column, level in enumerate(Level):
            self.score_labels[level].setFont(score_font)
            scores.addWidget(self.score_labels[level], 1, column)
        rating = QVBoxLayout()
        rating.addWidget(self.rating_label)
        rating.addWidget(self.rating_detail)
        row = QHBoxLayout()
        row.addLayout(rating, 2)
        row.addSpacing(24)
        row.addLayout(scores, 3)
        self.reasons_label = QLabel(self)
        self.reasons_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(row)
        layout.addWidget(self.reasons_label)
        self.retranslate()

    def retranslate(self) -> None:
        self.index_title.setText(
            self.tr("Composite evaluation index (levels I and II need ≥ %1, level III needs 100)")
            .replace("%1", f"{PASS_SCORE:g}")
        )  # fmt: skip
        self.banner.setText(
            self.tr(
                "Sample — not an official indicator system. Its benchmarks only demonstrate the "
                "method: evaluate against the system published for your industry (export this "
                "one as a template, edit it and import it)."
            )
        )
        self.show_view(self._view)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_view(self, view: EvaluationView | None) -> None:
        self._view = view
        if view is None:
            self.rating_label.setText("—")
            self.rating_label.setStyleSheet("")
            for label in (self.rating_detail, self.reasons_label, *self.score_labels.values()):
                label.clear()
            self.banner.hide()
            return
        evaluation = view.evaluation
        self.banner.setVisible(view.system.sample)
        self.rating_label.setText(level_text(evaluation.rating))
        self.rating_label.setStyleSheet(f"color: {LEVEL_COLORS[evaluation.rating].name()};")
        self.rating_detail.setText(level_title(evaluation.rating))
        for level in Level:
            score = evaluation.check(level).score
            passed = SCORE_REASONS[level] not in evaluation.check(level).reasons
            threshold = "= 100" if level is Level.III else f"≥ {PASS_SCORE:g}"
            self.score_labels[level].setText(
                f"Y<sub>{level.name}</sub> = <b>{score:.1f}</b> "
                f"<span style='color:#6b6b6b'>({threshold})</span> {'✔' if passed else '✘'}"
            )
            colour = LEVEL_COLORS[level].name() if passed else FAILED
            self.score_labels[level].setStyleSheet(f"color: {colour};")
        lines = []
        for level, codes in evaluation.reasons().items():
            line = self.tr("Not %1: %2").replace("%1", level_text(level))
            lines.append(line.replace("%2", join_reasons(codes)))
        self.reasons_label.setText("\n".join(lines))
