"""The KPI page's energy-baseline tab (ISO 50006): is the plant using less energy than its own
past says it would for this output?

The page sets the reporting period; the tab fits the baseline period (by default the 12 months
before, or from the first day with data) and shows the model with its quality, the savings, the
scatter the line was fitted to and the CUSUM. Everything is computed on the query pool; the
newest request wins, so a quick change of controls never shows an older answer last. The tab
computes only while shown: the page updates every tab's period on each refresh.
"""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.energy_baseline import (
    TEMPERATURE_UNITS,
    BaselineAnalysis,
    baseline_analysis,
    default_baseline,
)
from desktop_app.services.errors import ConfigurationError
from desktop_app.ui.context import AppContext
from desktop_app.ui.kpi_problem_text import kpi_problem_text
from desktop_app.ui.problem_text import error_text
from desktop_app.ui.run_query import run_query
from domain.formatting import format_significant
from storage.records import day_start_ms
from storage.rollup_arrays import DEFAULT_DAY_OFFSET_MS
from widgets.cusum_chart import CusumChart, ScatterFit

GRANULARITIES = ("day", "week", "month")
GAP_REASONS = ("no_energy", "no_production", "no_degree_days")
"""Report periods drawn as gaps; cut or unfinished ones are not drawn at all."""
CONTROL_HEIGHT = 36
DEBOUNCE_MS = 300


@dataclass(frozen=True)
class _Request:
    number: int
    report: tuple[date, date]
    baseline: tuple[date, date] | None
    """None: the default baseline, found with the data."""
    granularity: str
    temperature_tag: int | None


@dataclass(frozen=True)
class _Outcome:
    request: _Request
    baseline: tuple[date, date]
    analysis: BaselineAnalysis | None
    error: ConfigurationError | None


class BaselineTab(QWidget):
    computed = Signal(object)
    """BaselineAnalysis, or None when no model could be fitted; after every computation."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._report: tuple[date, date] | None = None
        self._custom_baseline = False
        self._requests = 0
        self._dirty = False
        self.outcome: _Outcome | None = None
        self.baseline_caption, self.to_caption = QLabel(self), QLabel(self)
        self.granularity_caption, self.temperature_caption = QLabel(self), QLabel(self)
        self.from_edit, self.to_edit = _date_edit(self), _date_edit(self)
        self.granularity_combo = QComboBox(self)
        for granularity in GRANULARITIES:
            self.granularity_combo.addItem("", granularity)
        self.granularity_combo.setCurrentIndex(GRANULARITIES.index("week"))
        self.temperature_combo = QComboBox(self)
        self.status_label = QLabel(self)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.scatter = ScatterFit(self)
        self.chart = CusumChart(self, utc_offset_s=DEFAULT_DAY_OFFSET_MS // 1000)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.recompute)
        self._build_layout()
        self.from_edit.dateChanged.connect(self._baseline_edited)
        self.to_edit.dateChanged.connect(self._baseline_edited)
        self.granularity_combo.currentIndexChanged.connect(self._schedule)
        self.temperature_combo.currentIndexChanged.connect(self._schedule)
        context.catalog.changed.connect(self._fill_temperatures)
        self.retranslate()

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        for widget in (
            self.baseline_caption,
            self.from_edit,
            self.to_caption,
            self.to_edit,
            self.granularity_caption,
            self.granularity_combo,
            self.temperature_caption,
            self.temperature_combo,
        ):
            widget.setMinimumHeight(CONTROL_HEIGHT)
            bar.addWidget(widget)
        bar.addWidget(self.status_label, 1)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.summary_label)
        column.addWidget(self.scatter, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.chart)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([440, 840])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

    def retranslate(self) -> None:
        self.baseline_caption.setText(self.tr("Baseline period"))
        self.to_caption.setText(self.tr("to"))
        self.granularity_caption.setText(self.tr("Granularity"))
        self.temperature_caption.setText(self.tr("Temperature"))
        names = (self.tr("Day"), self.tr("Week"), self.tr("Month"))
        for index, name in enumerate(names):
            self.granularity_combo.setItemText(index, name)
        self._fill_temperatures()
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.recompute()

    def set_period(self, first: date, last: date) -> None:
        """The reporting period; the baseline follows it unless the user chose one."""
        if self._report == (first, last) and self.outcome is not None:
            return
        self._report = (first, last)
        if not self._custom_baseline:
            self._set_baseline_edits(None)
        self.recompute()

    @Slot()
    def _fill_temperatures(self, *_args: object) -> None:
        chosen = self.temperature_combo.currentData()
        self.temperature_combo.blockSignals(True)
        self.temperature_combo.clear()
        self.temperature_combo.addItem(self.tr("None (production only)"), None)
        for tag in self._context.catalog.current.tags:
            if tag.unit.strip() in TEMPERATURE_UNITS:
                self.temperature_combo.addItem(self._context.tag_label(tag), tag.id)
        self.temperature_combo.setCurrentIndex(max(0, self.temperature_combo.findData(chosen)))
        self.temperature_combo.blockSignals(False)

    @Slot()
    def _baseline_edited(self) -> None:
        self._custom_baseline = True
        self._schedule()

    @Slot()
    def _schedule(self) -> None:
        self._timer.start()

    @Slot()
    def recompute(self) -> None:
        self._timer.stop()
        if self._report is None:
            return
        if not self.isVisible():
            self._dirty = True
            return
        self._dirty = False
        self._requests += 1
        request = _Request(
            self._requests,
            self._report,
            (_day(self.from_edit), _day(self.to_edit)) if self._custom_baseline else None,
            str(self.granularity_combo.currentData()),
            self.temperature_combo.currentData(),
        )
        database = self._context.startup.database

        def compute() -> _Outcome:
            with database.reading() as session:
                first, last = request.baseline or default_baseline(session, request.report[0])
                try:
                    analysis = baseline_analysis(
                        session,
                        first,
                        last,
                        *request.report,
                        request.granularity,
                        request.temperature_tag,
                    )
                except ConfigurationError as error:
                    return _Outcome(request, (first, last), None, error)
            return _Outcome(request, (first, last), analysis, None)

        self.status_label.setText(self.tr("Computing the energy baseline…"))
        run_query(self, compute, self._computed, self._failed)

    def _computed(self, outcome: _Outcome) -> None:
        if outcome.request.number != self._requests:
            return  # a newer request is on its way
        self.outcome = outcome
        if outcome.request.baseline is None:
            self._set_baseline_edits(outcome.baseline)
        self.status_label.setText("")
        self._show()
        self.computed.emit(outcome.analysis)

    def _failed(self, error: BaseException) -> None:
        self.status_label.setText(error_text(error))

    def _set_baseline_edits(self, period: tuple[date, date] | None) -> None:
        if period is None and self._report is not None:  # a first guess until the data answer
            first = self._report[0]
            period = (first - timedelta(days=365), first - timedelta(days=1))
        if period is None:
            return
        for edit, day in zip((self.from_edit, self.to_edit), period, strict=True):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def summary_text(self) -> str:
        """The model, its quality, the savings and what was left out, as shown (plain text)."""
        return self.summary_label.text()

    def _show(self) -> None:
        outcome = self.outcome
        if outcome is None:
            self.summary_label.setText("")
            return
        if outcome.analysis is None:
            error = outcome.error
            text = self.problem_text(error) if error else ""
            self.summary_label.setText(f"<p style='color:#b3261e'>{html.escape(text)}</p>")
            self.scatter.set_scatter([], [], 0.0, 0.0)
            self.chart.set_data([], [], [], [])
            return
        analysis = outcome.analysis
        self.summary_label.setText(self._summary_html(outcome, analysis))
        self._show_charts(analysis)

    def _summary_html(self, outcome: _Outcome, analysis: BaselineAnalysis) -> str:
        model, granularity = analysis.model, analysis.granularity
        per = {"day": self.tr("day"), "week": self.tr("week"), "month": self.tr("month")}
        a = format_significant(model.intercept)
        b = format_significant(model.production_coefficient)
        lines = [f"<b>{html.escape(self.tr('Energy baseline'))}</b>"]
        if model.degree_day_coefficient is None:
            equation = f"E = {a} + {b}·P"
            units = self.tr("a = %1 kgce, b = %2 kgce/t").replace("%1", a).replace("%2", b)
        else:
            c = format_significant(model.degree_day_coefficient)
            equation = f"E = {a} + {b}·P + {c}·HDD"
            units = (
                self.tr("a = %1 kgce, b = %2 kgce/t, c = %3 kgce/(K·d)")
                .replace("%1", a)
                .replace("%2", b)
                .replace("%3", c)
            )
        lines.append(f"<span style='font-size:large'><b>{html.escape(equation)}</b></span>")
        legend = self.tr("E: energy per %1 (kgce); P: production per %1 (t)")
        if model.degree_day_coefficient is not None:
            legend += self.tr("; HDD: heating degree-days per %1 (base 18 °C)")
        lines.append(html.escape(legend.replace("%1", per[granularity])))
        lines.append(html.escape(units))
        lines.append(
            html.escape(
                self.tr("R² %1 · CV(RMSE) %2 % · n = %3")
                .replace("%1", f"{model.r_squared:.3f}")
                .replace("%2", format_significant(model.cv_rmse * 100, digits=3))
                .replace("%3", str(model.n))
            )
        )
        report = self._report or outcome.request.report
        lines.append(
            html.escape(
                self.tr("Baseline period %1 – %2 · reporting period %3 – %4")
                .replace("%1", outcome.baseline[0].isoformat())
                .replace("%2", outcome.baseline[1].isoformat())
                .replace("%3", report[0].isoformat())
                .replace("%4", report[1].isoformat())
            )
        )
        lines.append(self._savings_html(analysis))
        for code in analysis.warnings:
            lines.append(
                f"<span style='color:#8a5a00'>⚠ {html.escape(self.warning_text(code))}</span>"
            )
        skipped = self._skipped_text(analysis)
        if skipped:
            lines.append(f"<span style='color:#5f6368'>{html.escape(skipped)}</span>")
        return "<br>".join(line for line in lines if line)

    def _savings_html(self, analysis: BaselineAnalysis) -> str:
        savings = analysis.savings
        if savings is None:
            return ""
        percent = (
            "—"
            if savings.savings_percent is None
            else format_significant(savings.savings_percent, digits=3)
        )
        headline = (
            self.tr("Savings in the reporting period: %1 kgce = %2 tce (%3 %)")
            .replace("%1", format_significant(savings.savings, digits=5))
            .replace("%2", format_significant(savings.savings / 1000.0, digits=4))
            .replace("%3", percent)
        )
        detail = (
            self.tr("expected %1 kgce, actual %2 kgce; positive means saved")
            .replace("%1", format_significant(savings.expected_total, digits=5))
            .replace("%2", format_significant(savings.actual_total, digits=5))
        )
        return f"<b>{html.escape(headline)}</b><br>{html.escape(detail)}"

    def _skipped_text(self, analysis: BaselineAnalysis) -> str:
        if not analysis.skipped:
            return ""
        templates = {
            "partial_period": self.tr("%1 cut by the edge of the period"),
            "not_over": self.tr("%1 not over yet"),
            "no_energy": self.tr("%1 without complete energy data"),
            "no_production": self.tr("%1 without production"),
            "no_degree_days": self.tr("%1 without temperature"),
        }
        counts = Counter(s.reason for s in analysis.skipped)
        parts = [templates.get(r, r + " %1").replace("%1", str(n)) for r, n in counts.items()]
        text = self.tr("Periods left out (never counted as 0): %1.").replace(
            "%1", self.tr(", ").join(parts)
        )
        reasons = {kpi_problem_text(s.detail) for s in analysis.skipped if s.detail}
        return " ".join([text, *sorted(r for r in reasons if r)])

    def warning_text(self, code: str) -> str:
        """A sentence for each warning of the model or the analysis."""
        texts = {
            "few_points": self.tr(
                "The baseline has fewer than 12 periods: too short to cover every season."
            ),
            "low_r_squared": self.tr(
                "R² is below 0.75: production (and weather) explain too little of the energy "
                "use; look for other drivers."
            ),
            "high_cv_rmse": self.tr(
                "CV(RMSE) is above 20 %: the baseline predicts single periods poorly."
            ),
            "negative_slope": self.tr(
                "Energy falls as production rises: the line describes something else "
                "(a process change, a meter assigned to the wrong area)."
            ),
            "negative_degree_day_slope": self.tr(
                "Energy falls as degree-days rise: the temperature chosen may not reflect "
                "heating demand."
            ),
            "outside_baseline_range": self.tr(
                "Production in the reporting period lies outside the baseline's range: the "
                "expected energy is extrapolated."
            ),
            "no_report_points": self.tr("No period of the reporting period has complete data yet."),
        }
        return texts.get(code, code)

    def problem_text(self, error: ConfigurationError) -> str:
        """Why no baseline could be computed."""
        texts = {
            "too_few_points": self.tr(
                "Too few complete periods in the baseline period (at least 6 are needed): "
                "choose a longer baseline period or a finer granularity."
            ),
            "no_variation": self.tr(
                "Production hardly varies in the baseline period: no line can be fitted."
            )
            if error.detail != "degree_days"
            else self.tr(
                "Degree-days hardly vary in the baseline period: fit without temperature."
            ),
            "collinear": self.tr(
                "Degree-days move in step with production, so their effects cannot be told "
                "apart: fit without temperature."
            ),
            "bad_period": self.tr("A period ends before it starts."),
            "not_a_temperature": self.tr("Choose a temperature measured in °C."),
            "unknown_tag": self.tr("The temperature measurement no longer exists."),
        }
        if error.code in texts:
            return texts[error.code]
        return error_text(error)

    def _show_charts(self, analysis: BaselineAnalysis) -> None:
        rows: list[tuple[date, date, float | None, float | None, float | None]] = [
            (p.start, p.end, a, e, c)
            for p, a, e, c in zip(
                analysis.report, analysis.actual, analysis.expected, analysis.cusum, strict=True
            )
        ]
        rows += [
            (s.start, s.end, None, None, None)
            for s in analysis.skipped
            if s.phase == "report" and s.reason in GAP_REASONS
        ]
        rows.sort(key=lambda row: row[0])
        periods = [(_seconds(r[0]), _seconds(r[1] + timedelta(days=1))) for r in rows]
        self.chart.set_data(
            periods, [r[2] for r in rows], [r[3] for r in rows], [r[4] for r in rows]
        )
        model = analysis.model
        intercept = model.intercept
        if model.degree_day_coefficient is not None and analysis.baseline:
            mean_dd = sum(p.degree_days or 0.0 for p in analysis.baseline) / len(analysis.baseline)
            intercept += model.degree_day_coefficient * mean_dd  # the line at mean weather
        self.scatter.set_scatter(
            [p.production_t or 0.0 for p in analysis.baseline],
            [p.energy_kgce or 0.0 for p in analysis.baseline],
            intercept,
            model.production_coefficient,
            report_production=[p.production_t or 0.0 for p in analysis.report],
            report_energy=list(analysis.actual),
        )


def _date_edit(parent: QWidget) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    return edit


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def _seconds(day: date) -> float:
    return day_start_ms(day) / 1000.0
