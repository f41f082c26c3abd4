"""The work behind the head-office page's trends and report; every function here runs on a
worker thread (the query pool for the trends, the report pool for the report).

Only frozen values come back: `SiteTrends` (each compared site's twelve months of every KPI),
`HqReportPaths`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop_app.services.hq_report import HqReportPaths, site_trends, write_hq_report
from desktop_app.services.hq_sites import list_sites
from desktop_app.ui.report_jobs import Job
from reports.hq_model import HqTrend
from storage.hq.engine import HqDatabase


@dataclass(frozen=True)
class SiteTrends:
    last: date
    sites: tuple[tuple[str, str, str], ...]
    """(site_id, code, name) of every site with a bundle imported, by code."""
    trends: tuple[HqTrend, ...]

    def of(self, kpi_code: str) -> list[tuple[str, HqTrend]]:
        """(site code, trend) of every site for one KPI, in site order."""
        codes = {site_id: code for site_id, code, _ in self.sites}
        return [(codes[t.site_id], t) for t in self.trends if t.kpi_code == kpi_code]


def load_trends(hq: HqDatabase, last: date) -> SiteTrends:
    """The twelve months up to the one holding `last`, for every site with imported data."""
    with hq.reading() as session:
        sites = tuple(
            (s.site_id, s.site_code, s.name)
            for s in sorted(list_sites(session), key=lambda s: s.site_code)
            if s.site_id
        )
        trends = [t for site_id, _, _ in sites for t in site_trends(session, site_id, last)]
    return SiteTrends(last, sites, tuple(trends))


@dataclass(frozen=True)
class HqReportRequest:
    first: date
    last: date
    pdf: Path
    xlsx: Path | None
    language: str


def write_report(hq: HqDatabase, request: HqReportRequest, job: Job) -> HqReportPaths:
    return write_hq_report(
        hq, request.first, request.last, request.pdf, request.xlsx, request.language,
        progress=job.report, cancelled=job.cancelled,
    )  # fmt: skip
