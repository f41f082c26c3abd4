"""Write the head-office report (PDF, and its Excel twin): the sites compared over a period.

Like `monthly_report`: the figures are gathered in one read session of the head-office database
(`gather_hq_report`: `hq_compare.compare_sites`, twelve months per site as
`hq_compare.monthly_trend` computes them, `hq_sites.list_sites`), rendered outside it under
temporary names next to the targets, then renamed into place. `progress(percent, step)` follows
the work (steps "kpis", "pdf", "excel", "rename", "done" — the Reports page's step codes);
`cancelled()` is asked between sites and files, and a cancelled or failed report leaves no file.

Runs on whatever thread calls it (the head-office page uses the report pool); no Qt.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from desktop_app.services.hq_compare import COMPARED, DEFINITIONS, compare_sites, site_kpis
from desktop_app.services.hq_sites import SiteSummary, list_sites
from desktop_app.services.monthly_report import ReportCancelled, flush_to_disk, temporary_path
from domain.checklist_model import Text
from domain.readings import now_ms
from reports.hq_excel import write_hq_excel
from reports.hq_model import HqKpi, HqKpiValue, HqReport, HqSiteLine, HqTrend
from reports.hq_pdf import LANGUAGES, render_hq_pdf
from storage.hq.engine import HqDatabase

__all__ = ["HqReportPaths", "ReportCancelled", "gather_hq_report", "write_hq_report"]

TREND_MONTHS = 12
Progress = Callable[[int, str], None]
Checkpoint = Callable[[str, int], None]


@dataclass(frozen=True)
class HqReportPaths:
    pdf: Path
    xlsx: Path | None
    report: HqReport


def write_hq_report(
    hq: HqDatabase,
    first: date,
    last: date,
    pdf_path: Path,
    xlsx_path: Path | None = None,
    language: str = "zh_CN",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    *,
    generated_ms: int | None = None,
) -> HqReportPaths:
    """Write the report for the days [first, last]; returns where it went.

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

    with hq.reading() as session:
        report = gather_hq_report(session, first, last, generated_ms, checkpoint)
    pdf_path = Path(pdf_path)
    temps: list[tuple[Path, Path]] = []
    try:
        checkpoint("pdf", 60)
        temps.append((temporary_path(pdf_path), pdf_path))
        render_hq_pdf(report, temps[-1][0], language=language)
        if xlsx_path is not None:
            xlsx_path = Path(xlsx_path)
            checkpoint("excel", 85)
            temps.append((temporary_path(xlsx_path), xlsx_path))
            write_hq_excel(report, temps[-1][0], language=language)
        checkpoint("rename", 98)
        for temp, _ in temps:
            flush_to_disk(temp)
        for temp, target in temps:
            temp.replace(target)
    except BaseException:
        for temp, _ in temps:
            temp.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(100, "done")
    return HqReportPaths(pdf_path, xlsx_path, report)


def gather_hq_report(
    session: Session,
    first: date,
    last: date,
    generated_ms: int | None = None,
    checkpoint: Checkpoint | None = None,
) -> HqReport:
    """The comparison, each compared site's trends (percent 0–55 of step "kpis") and the
    bundle status of every registered site."""
    step = checkpoint or (lambda _step, _percent: None)
    step("kpis", 0)
    comparison = compare_sites(session, first, last)
    registered = tuple(_site_line(s) for s in list_sites(session))
    by_id = {s.site_id: s for s in registered}
    compared = tuple(
        by_id.get(site_id) or HqSiteLine(site_id, code, name, "", True, 0, None, None, ())
        for site_id, code, name in comparison.sites
    )
    trends: list[HqTrend] = []
    for index, (site_id, _, _) in enumerate(comparison.sites):
        step("kpis", 5 + 50 * index // max(1, len(comparison.sites)))
        trends += site_trends(session, site_id, last)
    values = tuple(
        HqKpiValue(r.site_id, r.kpi_code, r.value, r.unit, r.reason, r.target, r.baseline,
                   r.status, r.rank)
        for r in comparison.rows
    )  # fmt: skip
    kpis = tuple(
        HqKpi(code, Text(d.name_zh, d.name_en), d.unit, d.better.value)
        for code in COMPARED
        for d in (DEFINITIONS[code],)
    )
    return HqReport(
        first=first,
        last=last,
        generated_ms=now_ms() if generated_ms is None else generated_ms,
        kpis=kpis,
        compared=compared,
        registered=registered,
        values=values,
        trends=tuple(trends),
    )


def site_trends(
    session: Session, site_id: str, last: date, months: int = TREND_MONTHS
) -> list[HqTrend]:
    """Every compared KPI of a site per month, the `months` months up to the one holding
    `last`: `hq_compare.monthly_trend`'s figures, each month computed once for all KPIs."""
    starts = _month_starts(last, months)
    per_month = [site_kpis(session, site_id, start, _month_end(start)) for start in starts]
    return [
        HqTrend(site_id, code, tuple(starts), tuple(values[code].value for values in per_month))
        for code in COMPARED
    ]


def _month_starts(last: date, months: int) -> list[date]:
    year, month = last.year, last.month
    starts: list[date] = []
    for _ in range(months):
        starts.append(date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return starts[::-1]


def _month_end(start: date) -> date:
    return date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])


def _site_line(site: SiteSummary) -> HqSiteLine:
    return HqSiteLine(
        site_id=site.site_id,
        code=site.site_code,
        name=site.name,
        fingerprint=site.fingerprint,
        active=site.active,
        bundles=site.bundles,
        last_sequence=site.last_sequence,
        last_import_ms=site.last_import_ms,
        missing=site.missing,
    )
