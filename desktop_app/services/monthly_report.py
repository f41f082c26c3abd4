"""Write the monthly cleaner-production report (PDF, and its Excel twin) for any date range.

One call does it all for the CLI, the scheduled reports and the Reports page: gather the data
in one read session (`monthly_report_data`), render the PDF and the workbook outside it
(rendering must not hold a read transaction against the acquisition writer), both under
temporary names next to their targets, then rename them into place. `progress(percent, step)`
follows the work; `cancelled()` is asked between sections, and a cancelled or failed report
leaves neither file behind — never half a report under the name a user will open.

Runs on whatever thread calls it (the Reports page uses its worker); it touches no Qt.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop_app.services.database import Database
from desktop_app.services.monthly_report_data import gather_monthly_report
from reports.monthly_excel import write_monthly_excel
from reports.monthly_model import MonthlyReport
from reports.monthly_pdf import LANGUAGES, render_monthly_pdf

__all__ = [
    "LANGUAGES",
    "MonthlyReportPaths",
    "ReportCancelled",
    "write_monthly_report",
]

Progress = Callable[[int, str], None]
"""(percent 0–100, step name): steps are those of `monthly_report_data.STEPS`, then "pdf",
"excel" and "done"."""


class ReportCancelled(Exception):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class MonthlyReportPaths:
    pdf: Path
    xlsx: Path | None
    report: MonthlyReport
    """The figures the files hold (the page can show a summary without reading the PDF)."""


def write_monthly_report(
    database: Database,
    first: date,
    last: date,
    pdf_path: Path,
    xlsx_path: Path | None = None,
    language: str = "zh_CN",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    *,
    generated_ms: int | None = None,
) -> MonthlyReportPaths:
    """Write the report for the local days [first, last]; returns where it went.

    Raises ValueError (language, or `last` before `first`), `ReportCancelled`,
    `reports.fonts.FontNotFoundError` and OSError (folder missing, disk full, no permission).
    """
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}: {language!r}")
    if last < first:
        raise ValueError(f"the period ends before it starts: {first} .. {last}")

    def checkpoint(step: str, percent: int) -> None:
        if cancelled is not None and cancelled():
            raise ReportCancelled(step)
        if progress is not None:
            progress(percent, step)

    pdf_path = Path(pdf_path)
    report = gather_monthly_report(
        database, first, last, generated_ms=generated_ms, checkpoint=checkpoint
    )
    temps: list[tuple[Path, Path]] = []
    try:
        checkpoint("pdf", 60)
        pdf_temp = temporary_path(pdf_path)
        temps.append((pdf_temp, pdf_path))
        render_monthly_pdf(report, pdf_temp, language=language)
        if xlsx_path is not None:
            xlsx_path = Path(xlsx_path)
            checkpoint("excel", 85)
            xlsx_temp = temporary_path(xlsx_path)
            temps.append((xlsx_temp, xlsx_path))
            write_monthly_excel(report, xlsx_temp, language=language)
        checkpoint("rename", 98)
        for temp, _ in temps:
            flush_to_disk(temp)
        for temp, target in temps:
            temp.replace(target)  # os.replace: atomic on POSIX and Windows
    except BaseException:
        for temp, _ in temps:
            temp.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(100, "done")
    return MonthlyReportPaths(pdf_path, xlsx_path, report)


def temporary_path(target: Path) -> Path:
    """A hidden name in the target's folder: the rename stays on one file system."""
    return target.with_name(f".{target.name}.{uuid.uuid4().hex}.part")


def flush_to_disk(path: Path) -> None:
    with path.open("rb+") as written:
        os.fsync(written.fileno())
