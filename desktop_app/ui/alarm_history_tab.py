"""The alarm page's history tab: search occurrences, export them to CSV or Excel, print them.

Searching and exporting run on the query pool (database and file I/O stay off the GUI thread);
an export repeats the search without the screen's row limit, so the file holds every match.
Printing renders the rows on screen as an HTML table through Qt's print system, which also
gives "print to PDF" on every platform.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt, QTime, Signal, Slot
from PySide6.QtGui import QPageLayout, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import alarm_export, alarms
from desktop_app.services.alarms import AlarmInfo
from desktop_app.ui.alarm_text import alarm_error_text, export_labels, state_text
from desktop_app.ui.context import AppContext
from desktop_app.ui.models.alarm_models import ALARM_COLUMNS, AlarmTableModel
from desktop_app.ui.run_query import run_query
from domain.alarms import AlarmState

EXPORT_LIMIT = 200_000
DEFAULT_DAYS = 30
TOUCH_HEIGHT = 40


@dataclass(frozen=True)
class HistoryQuery:
    text: str = ""
    tag_id: int | None = None
    person: str = ""
    state: AlarmState | None = None
    start_ms: int | None = None
    end_ms: int | None = None


@dataclass(frozen=True)
class HistoryResult:
    rows: tuple[AlarmInfo, ...]
    total: int


class AlarmHistoryTab(QWidget):
    loaded = Signal(int)
    """Rows shown after a search."""
    exported = Signal(str)
    """Path of a file written by an export."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self._context = context
        self.model = AlarmTableModel(context.language.is_chinese, self)
        self.text_edit = QLineEdit(self)
        self.person_edit = QLineEdit(self)
        self.tag_combo = QComboBox(self)
        self.state_combo = QComboBox(self)
        now = QDateTime.currentDateTime()
        self.from_edit = _date_time(QDateTime(now.date().addDays(-DEFAULT_DAYS), QTime(0, 0)))
        self.to_edit = _date_time(QDateTime(now.date().addDays(1), QTime(0, 0)))
        self.search_button = QPushButton(self)
        self.csv_button = QPushButton(self)
        self.xlsx_button = QPushButton(self)
        self.print_button = QPushButton(self)
        self.status_label = QLabel(self)
        self.captions = [QLabel(self) for _ in range(6)]
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self._build_layout()
        self.text_edit.returnPressed.connect(self.search)
        self.person_edit.returnPressed.connect(self.search)
        self.search_button.clicked.connect(self.search)
        self.csv_button.clicked.connect(self._on_export_csv)
        self.xlsx_button.clicked.connect(self._on_export_xlsx)
        self.print_button.clicked.connect(self._on_print)
        context.catalog.changed.connect(self._fill_tags)
        self._searched = False
        self.retranslate()

    def _build_layout(self) -> None:
        form = QGridLayout()
        fields = (
            self.text_edit,
            self.tag_combo,
            self.person_edit,
            self.state_combo,
            self.from_edit,
            self.to_edit,
        )
        for index, (caption, field) in enumerate(zip(self.captions, fields, strict=True)):
            row, column = divmod(index, 3)
            field.setMinimumHeight(TOUCH_HEIGHT)
            form.addWidget(caption, row, column * 2)
            form.addWidget(field, row, column * 2 + 1)
        buttons = QHBoxLayout()
        for button in (self.search_button, self.csv_button, self.xlsx_button, self.print_button):
            button.setMinimumHeight(TOUCH_HEIGHT)
            buttons.addWidget(button)
        buttons.addWidget(self.status_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def retranslate(self) -> None:
        captions = (
            self.tr("Text"),
            self.tr("Measurement"),
            self.tr("Acknowledged by"),
            self.tr("State"),
            self.tr("From"),
            self.tr("To"),
        )
        for label, text in zip(self.captions, captions, strict=True):
            label.setText(text)
        self.text_edit.setPlaceholderText(self.tr("Words in the measurement, message or comment"))
        self.search_button.setText(self.tr("Search"))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.xlsx_button.setText(self.tr("Export Excel…"))
        self.print_button.setText(self.tr("Print…"))
        chosen_state = self.state_combo.currentData()
        self.state_combo.clear()
        self.state_combo.addItem(self.tr("Any state"), None)
        for state in AlarmState:
            self.state_combo.addItem(state_text(state), state.value)
        self.state_combo.setCurrentIndex(max(0, self.state_combo.findData(chosen_state)))
        self._fill_tags()
        self.model.set_chinese(self._context.language.is_chinese)

    @Slot()
    def _fill_tags(self, *_args: object) -> None:
        chosen = self.tag_combo.currentData()
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("All measurements"), None)
        for tag in self._context.catalog.current.tags:
            self.tag_combo.addItem(self._context.tag_label(tag), tag.id)
        self.tag_combo.setCurrentIndex(max(0, self.tag_combo.findData(chosen)))

    def query(self) -> HistoryQuery:
        state = self.state_combo.currentData()
        return HistoryQuery(
            text=self.text_edit.text().strip(),
            tag_id=self.tag_combo.currentData(),
            person=self.person_edit.text().strip(),
            state=AlarmState(state) if state else None,
            start_ms=self.from_edit.dateTime().toMSecsSinceEpoch(),
            end_ms=self.to_edit.dateTime().toMSecsSinceEpoch(),
        )

    @Slot()
    def search(self) -> None:
        database, query = self._context.startup.database, self.query()

        def fetch() -> HistoryResult:
            with database.reading() as session:
                rows = alarms.search_history(session, **vars(query))
                return HistoryResult(rows, alarms.count_history(session, **vars(query)))

        self._searched = True
        self.search_button.setEnabled(False)
        run_query(self, fetch, self._loaded, self._failed)

    def reload_if_shown(self) -> None:
        """After an acknowledgement: show the new state if a search was made."""
        if self._searched:
            self.search()

    def _loaded(self, result: HistoryResult) -> None:
        self.search_button.setEnabled(True)
        self.model.set_rows(result.rows)
        text = self.tr("%1 alarms found").replace("%1", str(result.total))
        if result.total > len(result.rows):
            text += " " + self.tr("(showing the newest %1)").replace("%1", str(len(result.rows)))
        self.status_label.setText(text)
        self.loaded.emit(len(result.rows))

    def ask_save_path(self, title: str, suffix: str, file_filter: str) -> Path | None:
        """Where to write; tests replace this instead of driving a native dialog."""
        name, _ = QFileDialog.getSaveFileName(self, title, f"alarm-history{suffix}", file_filter)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(suffix)

    @Slot()
    def _on_export_csv(self) -> None:
        path = self.ask_save_path(self.tr("Export CSV"), ".csv", self.tr("CSV files (*.csv)"))
        if path is not None:
            self.export(path, excel=False)

    @Slot()
    def _on_export_xlsx(self) -> None:
        path = self.ask_save_path(
            self.tr("Export Excel"), ".xlsx", self.tr("Excel workbooks (*.xlsx)")
        )
        if path is not None:
            self.export(path, excel=True)

    def export(self, path: Path, *, excel: bool) -> None:
        database, query = self._context.startup.database, self.query()
        labels = export_labels(self._context.language.is_chinese)
        write = alarm_export.export_xlsx if excel else alarm_export.export_csv

        def run() -> tuple[str, int]:
            with database.reading() as session:
                rows = alarms.search_history(session, **vars(query), limit=EXPORT_LIMIT)
            return str(path), write(path, rows, labels)

        self.status_label.setText(self.tr("Exporting…"))
        run_query(self, run, self._exported, self._failed)

    def _exported(self, result: tuple[str, int]) -> None:
        path, count = result
        self.status_label.setText(
            self.tr("%1 alarms written to %2").replace("%1", str(count)).replace("%2", path)
        )
        self.exported.emit(path)

    def ask_printer(self, printer: QPrinter) -> bool:
        """Let the user choose a printer (or a PDF file); tests replace this."""
        return QPrintDialog(printer, self).exec() == QPrintDialog.DialogCode.Accepted

    @Slot()
    def _on_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        if self.ask_printer(printer):
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        document = QTextDocument(self)
        document.setDefaultFont(self.font())
        document.setHtml(self.report_html())
        document.print_(printer)
        document.deleteLater()

    def report_html(self) -> str:
        """The rows on screen as a printable table, with what was searched for and when."""
        query = self.query()
        columns = range(len(ALARM_COLUMNS))
        header = "".join(f"<th>{html.escape(self._header(c))}</th>" for c in columns)
        body = "".join(
            "<tr>"
            + "".join(
                f"<td>{html.escape(str(self.model.index(r, c).data() or ''))}</td>" for c in columns
            )
            + "</tr>"
            for r in range(self.model.rowCount())
        )
        period = (
            f"{self.from_edit.dateTime().toString('yyyy-MM-dd HH:mm')} – "
            f"{self.to_edit.dateTime().toString('yyyy-MM-dd HH:mm')}"
        )
        details = [period, self.tag_combo.currentText(), self.state_combo.currentText()]
        if query.text:
            details.append(f"“{query.text}”")
        if query.person:
            details.append(query.person)
        printed = QDateTime.currentDateTime().toString("yyyy-MM-dd HH:mm")
        site = self._context.startup.site
        site_name = site.name if self._context.language.is_chinese else site.name_en or site.name
        return (
            f"<h2>{html.escape(self.tr('Alarm history'))} — {html.escape(site_name)}</h2>"
            f"<p>{html.escape(' · '.join(details))}<br/>"
            f"{html.escape(self.status_label.text())} · "
            f"{html.escape(self.tr('Printed %1').replace('%1', printed))}</p>"
            '<table border="1" cellspacing="0" cellpadding="3" width="100%">'
            f"<thead><tr>{header}</tr></thead><tbody>{body}</tbody></table>"
        )

    def _header(self, column: int) -> str:
        return str(self.model.headerData(column, Qt.Orientation.Horizontal))

    def _failed(self, error: BaseException) -> None:
        self.search_button.setEnabled(True)
        self.status_label.setText("")
        QMessageBox.warning(self, self.tr("Alarm history"), alarm_error_text(error))


def _date_time(value: QDateTime) -> QDateTimeEdit:
    edit = QDateTimeEdit(value)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    return edit
