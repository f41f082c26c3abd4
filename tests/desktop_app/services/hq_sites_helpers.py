"""Demo plants that export real bundles, for the head-office tests (seeded once per module)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import delete, select, update

from desktop_app.services.bundle_export import export_bundle, site_key_info
from desktop_app.services.database import Database, open_database
from desktop_app.services.demo_seed import seed_demo
from desktop_app.services.records import add_record, delete_record
from desktop_app.services.startup import open_site
from domain.records import Record, RecordCategory
from domain.roles import SYSTEM
from storage.models import ProductionRecord, RecordFeed, Site
from tests.conftest import free_port_block


@dataclass(frozen=True)
class ExportedSite:
    code: str
    site_id: str
    public_key: bytes
    key_file: Path
    """The PEM that `qingyuan site-key --export` writes."""
    bundles: tuple[Path, ...]
    """#1 full, #2 incremental (one record added, one deleted), #3 incremental, #4 full."""
    fork: Path
    """Another #2, exported from a copy of the site taken after #1 (a restored backup)."""
    days: tuple[date, ...]
    data_dir: Path


def exported_site(folder: Path, code: str, tonnes_per_day: float) -> ExportedSite:
    """A seeded demo plant renamed `code`, producing `tonnes_per_day` (entered as records, its
    production-counter feed removed), with four bundles and a fork."""
    startup = open_site(folder / "data", demo_port=free_port_block(2))
    database = startup.database
    seed_demo(database, 3, cleaner_production=False)
    with database.transaction() as session:
        session.execute(update(Site).values(code=code, name=f"{code} 工厂"))
        session.execute(delete(RecordFeed))  # production as records: HQ sees what the site sees
        days = sorted(
            {date.fromisoformat(d) for d in session.scalars(select(ProductionRecord.day))}
        )
        for day in days:
            record = Record(day, RecordCategory.PRODUCTION, "合格品", tonnes_per_day, "t")
            add_record(session, SYSTEM, record)
    with database.transaction() as session:
        info = site_key_info(session, database.data_dir)
    key_file = folder / f"{code}.pem"
    key_file.write_bytes(info.public_key_pem)
    usb = folder / "usb"
    bundles = [_export(database, usb)]
    shutil.copytree(database.data_dir, folder / "backup")
    with database.transaction() as session:
        extra = Record(days[-1] + timedelta(days=1), RecordCategory.RAW_MATERIAL, "新料", 2.0, "t")
        add_record(session, SYSTEM, extra)
        first = session.scalar(select(ProductionRecord.id).order_by(ProductionRecord.id).limit(1))
        assert first is not None
        delete_record(session, SYSTEM, first, "entered twice")
    bundles.append(_export(database, usb))
    bundles.append(_export(database, usb))
    bundles.append(_export(database, usb, full=True))
    database.close()
    backup = open_database(folder / "backup")
    fork = _export(backup, folder / "fork")
    backup.close()
    return ExportedSite(
        code, info.site_id, bytes.fromhex(info.public_key_hex), key_file, tuple(bundles), fork,
        tuple(days), database.data_dir,
    )  # fmt: skip


def _export(database: Database, usb: Path, *, full: bool = False) -> Path:
    with database.transaction() as session:
        result = export_bundle(session, SYSTEM, database.data_dir, usb, full=full)
    return result.path
