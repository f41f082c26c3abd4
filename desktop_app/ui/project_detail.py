"""The ROI view of one option: the money it takes and brings, ROI, payback, NPV and IRR over its
life, the cumulative discounted cash flow, and — once implemented — what the meters show next
to what was promised.

The figures are recomputed from the option's own lines on every read (`ProjectInfo.economics`),
so this view never shows a stale figure. Realised savings arrive separately (they fit a
baseline) and show "…" until then.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.project_queries import ProjectInfo
from desktop_app.services.project_savings import RealisedSavings
from desktop_app.ui.models.project_models import AmountLinesModel
from desktop_app.ui.project_text import (
    STATUS_COLORS,
    kgce_text,
    money_text,
    percent_text,
    savings_reason_text,
    years_text,
    yuan_text,
)
from domain.projects import cumulative_discounted, label
from widgets.cash_flow_chart import CashFlowChart

TOUCH_HEIGHT = 44
FIGURES = ("investment", "savings", "revenue", "roi", "payback", "npv", "irr")
WAN = 10_000.0
REALISED_LABELS = (
    "head_promised",
    "head_realised",
    "kgce",
    "cny",
    "kgce_promised",
    "kgce_realised",
    "cny_promised",
    "cny_realised",
    "note",
)


class ProjectDetail(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._project: ProjectInfo | None = None
        self._savings: RealisedSavings | None = None
        self._chinese = True
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setPointSize(font.pointSize() + 2)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.edit_button = QPushButton(self)
        self.edit_button.setMinimumHeight(TOUCH_HEIGHT)
        self.step_buttons: list[QPushButton] = []
        self._steps = QHBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addLayout(self._steps)
        top.addWidget(self.edit_button)
        self.figures_box = QGroupBox(self)
        grid = QGridLayout(self.figures_box)
        self.figure_names: dict[str, QLabel] = {}
        self.figure_values: dict[str, QLabel] = {}
        for row, key in enumerate(FIGURES):
            self.figure_names[key] = QLabel(self.figures_box)
            value = QLabel(self.figures_box)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.figure_values[key] = value
            grid.addWidget(self.figure_names[key], row, 0)
            grid.addWidget(value, row, 1)
        self.lines_model = AmountLinesModel(parent=self)
        self.lines = QTableView(self)
        self.lines.setModel(self.lines_model)
        self.lines.verticalHeader().setVisible(False)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lines.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.lines.horizontalHeader().setStretchLastSection(True)
        self.chart_box = QGroupBox(self)
        self.chart = CashFlowChart(self.chart_box)
        QVBoxLayout(self.chart_box).addWidget(self.chart)
        self.realised_box = QGroupBox(self)
        self.realised_grid = QGridLayout(self.realised_box)
        self.realised_labels = {key: QLabel(self.realised_box) for key in REALISED_LABELS}
        for key in ("kgce_promised", "kgce_realised", "cny_promised", "cny_realised"):
            self.realised_labels[key].setAlignment(Qt.AlignmentFlag.AlignRight)
        note = self.realised_labels["note"]
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        for (row, column), key in {
            (0, 1): "head_promised",
            (0, 2): "head_realised",
            (1, 0): "kgce",
            (1, 1): "kgce_promised",
            (1, 2): "kgce_realised",
            (2, 0): "cny",
            (2, 1): "cny_promised",
            (2, 2): "cny_realised",
        }.items():
            self.realised_grid.addWidget(self.realised_labels[key], row, column)
        self.realised_grid.addWidget(note, 3, 0, 1, 3)
        self.realised_grid.setRowStretch(4, 1)
        left = QVBoxLayout()
        left.addWidget(self.figures_box)
        left.addWidget(self.lines, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 4)
        columns.addWidget(self.chart_box, 5)
        columns.addWidget(self.realised_box, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addLayout(columns, 1)

    def retranslate(self, chinese: bool) -> None:
        self._chinese = chinese
        self.edit_button.setText(self.tr("Edit…"))
        self.figures_box.setTitle(self.tr("Economics"))
        self.chart_box.setTitle(self.tr("Cumulative discounted cash flow"))
        self.realised_box.setTitle(self.tr("Realised vs promised energy savings"))
        names = {
            "investment": self.tr("Total investment"),
            "savings": self.tr("Annual savings"),
            "revenue": self.tr("Annual new revenue"),
            "roi": self.tr("ROI (benefit ÷ investment)"),
            "payback": self.tr("Simple payback"),
            "npv": self.tr("NPV"),
            "irr": self.tr("IRR"),
        }
        for key, text in names.items():
            self.figure_names[key].setText(text)
        heads = {
            "head_promised": self.tr("Promised"),
            "head_realised": self.tr("Realised (meters)"),
            "kgce": self.tr("Energy"),
            "cny": self.tr("Money"),
        }
        for key, text in heads.items():
            self.realised_labels[key].setText(f"<b>{text}</b>")
        self.lines_model.set_chinese(chinese)
        self.show_project(self._project)
        self.show_savings(self._savings)

    def show_project(self, project: ProjectInfo | None) -> None:
        if project is not self._project:
            self._savings = None
        self._project = project
        self.lines_model.set_rows(project.amounts if project else ())
        if project is None:
            self.heading.setText(self.tr("Select an option to see its economics."))
            for value in self.figure_values.values():
                value.clear()
            self.chart.set_data([])
            self.chart.set_empty_text("")
            self.show_savings(None)
            return
        color = STATUS_COLORS[project.status]
        status = label(project.status, self._chinese)
        self.heading.setText(
            f"{project.code} · {project.title} · <span style='color:{color}'>{status}</span>"
        )
        self._show_figures(project)
        self.show_savings(self._savings)

    def _show_figures(self, project: ProjectInfo) -> None:
        economics = project.economics
        values = self.figure_values
        values["investment"].setText(money_text(project.investment, self._chinese))
        values["savings"].setText(yuan_text(project.annual_savings, per_year=True))
        values["revenue"].setText(yuan_text(project.annual_revenue, per_year=True))
        life = (
            self.tr("%1 years at %2 %")
            .replace("%1", str(project.fields.life_years))
            .replace("%2", f"{project.fields.discount_rate * 100:.1f}")
        )
        if economics is None:
            for key in ("roi", "payback", "npv", "irr"):
                values[key].setText("—")
            self.chart.set_data([])
            self.chart.set_empty_text(self.tr("The figures cannot be evaluated."))
            return
        values["roi"].setText(percent_text(economics.roi_percent))
        values["payback"].setText(years_text(economics.payback_years))
        values["npv"].setText(f"{yuan_text(economics.npv)} ({life})")
        irr = economics.irr * 100.0 if economics.irr is not None else None
        values["irr"].setText(percent_text(irr))
        flows = cumulative_discounted(
            project.investment,
            economics.annual_net,
            project.fields.life_years,
            project.fields.discount_rate,
        )
        big = max(abs(v) for v in flows) >= WAN and self._chinese
        self.chart.set_data(
            flows,
            scale=WAN if big else 1.0,
            unit="万元" if big else self.tr("CNY"),
            year=self.tr("Year"),
        )

    def show_savings(self, savings: RealisedSavings | None) -> None:
        """`None` while loading (or nothing selected)."""
        self._savings = savings
        labels = self.realised_labels
        project = self._project
        if project is None:
            for key in ("kgce_promised", "kgce_realised", "cny_promised", "cny_realised", "note"):
                labels[key].clear()
            return
        labels["kgce_promised"].setText(
            kgce_text(project.fields.expected_energy_kgce, per_year=True)
        )
        promised_cny = project.energy_saving_cny or None
        labels["cny_promised"].setText(money_text(promised_cny, self._chinese, per_year=True))
        if savings is None:
            labels["kgce_realised"].setText("…")
            labels["cny_realised"].setText("…")
            labels["note"].setText("")
            return
        realised_kgce = savings.realised_kgce_per_year
        labels["kgce_realised"].setText(kgce_text(realised_kgce, per_year=True))
        realised_cny = savings.realised_cny_per_year
        labels["cny_realised"].setText(money_text(realised_cny, self._chinese, per_year=True))
        labels["note"].setText(self._note(savings))

    def _note(self, savings: RealisedSavings) -> str:
        parts = []
        if savings.judged and savings.report and savings.baseline:
            parts.append(
                self.tr(
                    "Whole site, %1 days after the implementation (%2 – %3) against the "
                    "production-normalised baseline of %4 days before it (R² %5): %6 saved, "
                    "%7 % of the expected energy."
                )
                .replace("%1", str(savings.days_judged))
                .replace("%2", savings.report[0].isoformat())
                .replace("%3", savings.report[1].isoformat())
                .replace("%4", str(savings.baseline_days))
                .replace("%5", f"{savings.r_squared or 0.0:.2f}")
                .replace("%6", kgce_text(savings.realised_kgce))
                .replace("%7", f"{savings.realised_percent or 0.0:.1f}")
            )
        if savings.price_source == "promise" and savings.price_cny_per_kgce is not None:
            parts.append(
                self.tr("Money at the price the promise implies: %1 CNY/kgce.").replace(
                    "%1", f"{savings.price_cny_per_kgce:.2f}"
                )
            )
        if savings.reason:
            parts.append(savings_reason_text(savings.reason))
        return "\n".join(parts)

    def set_steps(self, buttons: list[QPushButton]) -> None:
        for button in self.step_buttons:
            self._steps.removeWidget(button)
            button.deleteLater()
        self.step_buttons = buttons
        for button in buttons:
            button.setMinimumHeight(TOUCH_HEIGHT)
            self._steps.addWidget(button)
