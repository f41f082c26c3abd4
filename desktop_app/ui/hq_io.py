"""The database work of the head-office page; every function here runs on a worker thread.

Only frozen values come back (site summaries, import results, the comparison).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop_app.services.hq_compare import Comparison, compare_sites
from desktop_app.services.hq_import import ImportResult, Progress, import_bundles
from desktop_app.services.hq_sites import SiteSummary, key_from_file, list_sites, register_site
from domain.roles import Actor
from storage.hq.engine import HqDatabase


@dataclass(frozen=True)
class Overview:
    sites: tuple[SiteSummary, ...]
    comparison: Comparison


def load_overview(hq: HqDatabase, first: date, last: date) -> Overview:
    with hq.reading() as session:
        return Overview(tuple(list_sites(session)), compare_sites(session, first, last))


def register_from_file(hq: HqDatabase, actor: Actor, path: Path) -> SiteSummary:
    key = key_from_file(path.read_bytes())
    with hq.transaction() as session:
        return register_site(session, actor, key)


def import_files(
    hq: HqDatabase, actor: Actor, paths: tuple[Path, ...], progress: Progress
) -> tuple[ImportResult, ...]:
    return tuple(import_bundles(hq, actor, list(paths), progress=progress))
