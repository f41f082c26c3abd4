"""Record feeds at head office (bundle format 2): an unmodified demo plant books its production,
reclaimed water and pollutant loads through feeds, and head office's KPIs for it equal the
site's own `compute_kpis` — energy and fresh water per unit product included. A version-1
bundle (no feeds) still imports and leaves head office's feeds as they were."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.services.bundle_export import export_bundle, site_key_info
from desktop_app.services.demo_seed import seed_demo
from desktop_app.services.hq_compare import site_kpis
from desktop_app.services.hq_import import import_bundles
from desktop_app.services.hq_sites import register_site
from desktop_app.services.kpis import compute_kpis
from desktop_app.services.startup import open_site
from domain.roles import SYSTEM
from storage.bundles.format import HOUR_FILE, JSONL_FILES_V1, ROLLUP_COLUMNS
from storage.bundles.keys import load_or_create_site_key
from storage.bundles.reader import iter_csv, iter_jsonl
from storage.bundles.verify import VerifiedBundle, verify_bundle
from storage.bundles.writer import BundleHeader, BundleWriter, write_bundle
from storage.hq.engine import HqDatabase
from storage.hq.models import HqRecordFeed
from tests.conftest import free_port_block
from tests.storage import hq_helpers

hq, postgres_server, postgres_url = (
    hq_helpers.hq,
    hq_helpers.postgres_server,
    hq_helpers.postgres_url,
)

NOW_MS = int(datetime(2026, 12, 1, 4, tzinfo=UTC).timestamp() * 1000)
PERIODS = (
    (date(2026, 10, 1), date(2026, 10, 31)),
    (date(2026, 11, 1), date(2026, 11, 30)),
    (date(2026, 10, 5), date(2026, 11, 27)),
)
PER_UNIT = ("energy_per_unit", "fresh_water_per_unit")


@dataclass(frozen=True)
class DemoSite:
    data_dir: Path
    bundle: Path
    """The full export (format 2), sequence 1."""
    site_figures: dict[tuple[date, date], dict[str, float | None]]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoSite]:
    folder = tmp_path_factory.mktemp("demo")
    database = open_site(folder / "data", demo_port=free_port_block(2)).database
    seed_demo(database, 62, now_ms=NOW_MS, cleaner_production=False)
    with database.transaction() as session:
        site_key_info(session, database.data_dir)
    with database.transaction() as session:
        result = export_bundle(session, SYSTEM, database.data_dir, folder / "usb", now_ms=NOW_MS)
    figures = {}
    with database.reading() as session:
        for first, last in PERIODS:
            report = compute_kpis(session, first, last)
            figures[(first, last)] = {v.code: v.value for v in report.values}
    database.close()
    yield DemoSite(database.data_dir, result.path, figures)


def imported(hq: HqDatabase, *bundles: Path) -> None:
    with hq.transaction() as session:
        register_site(session, SYSTEM, verify_bundle(bundles[0]).public_key)
    assert all(r.ok and r.status == "imported" for r in import_bundles(hq, SYSTEM, list(bundles)))


def test_head_office_computes_the_per_unit_kpis_the_site_computes(
    hq: HqDatabase, demo: DemoSite
) -> None:
    imported(hq, demo.bundle)
    site_id = verify_bundle(demo.bundle).manifest.site_id
    with hq.reading() as session:
        assert len(session.scalars(select(HqRecordFeed)).all()) == 7
        for (first, last), expected in demo.site_figures.items():
            values = site_kpis(session, site_id, first, last)
            for code in PER_UNIT:
                per_unit = expected[code]
                assert per_unit is not None and per_unit > 0
                assert values[code].value == pytest.approx(per_unit, rel=1e-9), code
            for code, value in values.items():  # the other built-ins and the emission intensities
                site = expected[code]
                assert (value.value is None) == (site is None), code
                if site is not None:
                    assert value.value == pytest.approx(site, rel=1e-9), code


def v1_copy(bundle: VerifiedBundle, data_dir: Path, out: Path, **header: object) -> Path:
    """The bundle as a version-1 site would have written it: no feeds, the same rows."""
    manifest = bundle.manifest

    def fill(writer: BundleWriter) -> None:
        for name in JSONL_FILES_V1:
            writer.add_jsonl(name, iter_jsonl(bundle, name))
        for entry in manifest.files:
            if HOUR_FILE.fullmatch(entry.path):
                writer.add_csv(
                    entry.path, ROLLUP_COLUMNS, iter_csv(bundle, entry.path, ROLLUP_COLUMNS)
                )

    base = BundleHeader(
        manifest.site_id, manifest.site_code, manifest.site_name, manifest.sequence,
        manifest.previous_sha256, manifest.kind, manifest.from_ms, manifest.to_ms,
        manifest.created_ms, manifest.app_version, format_version=1,
    )  # fmt: skip
    key = load_or_create_site_key(data_dir)
    return write_bundle(out, replace(base, **header), key, fill).path  # type: ignore[arg-type]


def test_a_version_1_bundle_imports_without_feeds(
    hq: HqDatabase, demo: DemoSite, tmp_path: Path
) -> None:
    old = v1_copy(verify_bundle(demo.bundle), demo.data_dir, tmp_path / "v1")
    assert verify_bundle(old).manifest.format_version == 1
    imported(hq, old)
    first, last = PERIODS[0]
    with hq.reading() as session:
        assert session.scalars(select(HqRecordFeed)).all() == []
        values = site_kpis(session, verify_bundle(old).manifest.site_id, first, last)
    assert values["energy_per_unit"].value is None  # the demo's production is a feed
    assert values["energy_per_unit"].reason == "missing_inputs"


def test_a_version_1_bundle_after_a_version_2_one_keeps_the_feeds(
    hq: HqDatabase, demo: DemoSite, tmp_path: Path
) -> None:
    first_bundle = verify_bundle(demo.bundle)
    imported(hq, demo.bundle)
    with hq.reading() as session:
        before = session.scalars(select(HqRecordFeed.tag).order_by(HqRecordFeed.tag)).all()
    second = v1_copy(
        first_bundle, demo.data_dir, tmp_path / "v1", sequence=2, kind="incremental",
        previous_sha256=first_bundle.manifest_sha256, from_ms=NOW_MS, to_ms=NOW_MS + 1,
        created_ms=NOW_MS + 1,
    )  # fmt: skip
    assert [r.status for r in import_bundles(hq, SYSTEM, [second])] == ["imported"]
    with hq.reading() as session:
        after = session.scalars(select(HqRecordFeed.tag).order_by(HqRecordFeed.tag)).all()
    assert after == before and len(after) == 7


def test_feeds_naming_a_tag_the_bundle_does_not_have_are_refused(
    hq: HqDatabase, demo: DemoSite, tmp_path: Path
) -> None:
    bundle = verify_bundle(demo.bundle)
    key = load_or_create_site_key(demo.data_dir)
    feed = {"tag": "nowhere", "flow_tag": None, "category": "production", "item": "x", "line": ""}

    def fill(writer: BundleWriter) -> None:
        for name in writer.jsonl_files:
            rows = [feed] if name == "record_feeds.jsonl" else iter_jsonl(bundle, name)
            writer.add_jsonl(name, rows)

    m = bundle.manifest
    header = BundleHeader(
        m.site_id, m.site_code, m.site_name, 1, "", "full", 0, m.to_ms, m.created_ms, "test"
    )
    forged = write_bundle(tmp_path / "bad", header, key, fill).path
    with hq.transaction() as session:
        register_site(session, SYSTEM, bundle.public_key)
    result = import_bundles(hq, SYSTEM, [forged])[0]
    assert (result.status, result.code) == ("refused", "bad_row")
    with hq.reading() as session:
        assert session.scalars(select(HqRecordFeed)).all() == []
