"""Write the cleaner-production audit report (清洁生产审核报告) of a date range as a PDF.

As `monthly_report.write_monthly_report`: gather in read sessions (`audit_report_data`), render
outside them under a temporary name next to the target, flush, rename. `progress(percent,
step)` follows the work; `cancelled()` is asked between steps, and a cancelled or failed report
leaves no file behind, and an earlier report under the same name untouched.

Runs on whatever thread calls it (the Reports page uses its worker); it touches no Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from desktop_app.services.audit_report_data import gather_audit_report
from desktop_app.services.database import Database
from desktop_app.services.monthly_report import ReportCancelled, flush_to_disk, temporary_path
from reports.audit_model import AuditReport
from reports.audit_pdf import LANGUAGES, render_audit_pdf

__all__ = ["LANGUAGES", "ReportCancelled", "write_audit_report"]

Progress = Callable[[int, str], None]
"""(percent 0–100, step): `monthly_report_data.STEPS`, then `audit_report_data.AUDIT_STEPS`,
then "pdf", "rename" and "done"."""


def write_audit_report(
    database: Database,
    first: date,
    last: date,
    pdf_path: Path,
    language: str = "zh_CN",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    *,
    generated_ms: int | None = None,
) -> AuditReport:
    """Write the audit report of the local days [first, last] to `pdf_path`; return its data.

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
    report = gather_audit_report(
        database, first, last, generated_ms=generated_ms, checkpoint=checkpoint
    )
    temp = temporary_path(pdf_path)
    try:
        checkpoint("pdf", 60)
        render_audit_pdf(report, temp, language=language)
        checkpoint("rename", 98)
        flush_to_disk(temp)
        temp.replace(pdf_path)  # os.replace: atomic on POSIX and Windows
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(100, "done")
    return report
