"""Exporting the demo plant's bundle: it verifies with the site key, carries every kind of
data with natural keys, chains sequence numbers and manifest hashes, and an incremental bundle
holds only what changed since the previous one (plus configuration, which travels whole)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.services.bundle_export import (
    OVERLAP_MS,
    export_bundle,
    export_history,
    site_key_info,
)
from desktop_app.services.database import Database, open_database
from desktop_app.services.demo_seed import seed_demo
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.startup import open_site
from domain.readings import now_ms
from domain.roles import SYSTEM, Actor, PermissionDenied, Role
from storage.bundles.format import ROLLUP_COLUMNS
from storage.bundles.reader import iter_csv, iter_jsonl
from storage.bundles.verify import VerifiedBundle, verify_bundle
from storage.models import (
    ChangeLogEntry,
    ChecklistRunRecord,
    ProductionRecord,
    RecordFeed,
    Tag,
    rollup_1h_table,
    rollup_1min_table,
)
from tests.conftest import free_port_block

HOUR = 3_600_000


@pytest.fixture(scope="module")
def plant(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The demo plant with three days of history, records, targets and inspections."""
    data_dir = tmp_path_factory.mktemp("plant") / "data"
    startup = open_site(data_dir, demo_port=free_port_block(2))
    seed_demo(startup.database, 3, cleaner_production=False)
    yield startup.database
    startup.database.close()


@pytest.fixture
def site(plant: Database, tmp_path: Path) -> Iterator[Database]:
    """A fresh copy of the seeded plant for each test."""
    copy = tmp_path / "data"
    shutil.copytree(plant.data_dir, copy)
    database = open_database(copy)
    yield database
    database.close()


def export(database: Database, out: Path, **kwargs: object) -> VerifiedBundle:
    with database.transaction() as session:
        result = export_bundle(session, SYSTEM, database.data_dir, out, **kwargs)  # type: ignore[arg-type]
    with database.reading() as session:
        public = bytes.fromhex(site_key_info(session, database.data_dir).public_key_hex)
    verified = verify_bundle(result.path, public)
    assert verified.manifest_sha256 == result.manifest_sha256
    return verified


def jsonl(bundle: VerifiedBundle, name: str) -> list[dict]:
    return list(iter_jsonl(bundle, name))


def rollups(bundle: VerifiedBundle, folder: str) -> list[list[str]]:
    paths = [f.path for f in bundle.manifest.files if f.path.startswith(folder)]
    return [row for path in paths for row in iter_csv(bundle, path, ROLLUP_COLUMNS)]


def count(database: Database, what: object) -> int:
    with database.reading() as session:
        return int(session.scalar(select(func.count()).select_from(what)) or 0)


def test_a_full_export_of_the_demo_plant_verifies_and_holds_everything(
    site: Database, tmp_path: Path
) -> None:
    bundle = export(site, tmp_path / "usb")
    manifest = bundle.manifest
    assert (manifest.kind, manifest.sequence, manifest.from_ms) == ("full", 1, 0)
    assert bundle.path.name == "DEMO-000001.qybundle"
    assert len(jsonl(bundle, "tags.jsonl")) == count(site, Tag)
    assert len(jsonl(bundle, "records.jsonl")) == count(site, ProductionRecord)
    assert len(jsonl(bundle, "checklist_runs.jsonl")) == count(site, ChecklistRunRecord)
    assert len(jsonl(bundle, "change_log.jsonl")) == count(site, ChangeLogEntry) - 1
    assert len(rollups(bundle, "rollup_1h/")) == count(site, rollup_1h_table)
    tag = jsonl(bundle, "tags.jsonl")[0]
    assert "id" not in tag and {"name", "device", "bus"} <= tag.keys()
    names = {t["name"] for t in jsonl(bundle, "tags.jsonl")}
    assert {row[0] for row in rollups(bundle, "rollup_1h/")} <= names
    photos = [p for r in jsonl(bundle, "checklist_runs.jsonl") for p in r["photos"]]
    assert photos and all(
        any(f.path == f"photos/{p['file_name']}" for f in manifest.files) for p in photos
    )
    assert jsonl(bundle, "site.jsonl")[0]["site_id"] == manifest.site_id
    assert "user_id" not in jsonl(bundle, "change_log.jsonl")[0]


def test_the_record_feeds_travel_whole_by_tag_name(site: Database, tmp_path: Path) -> None:
    full = export(site, tmp_path / "usb")
    assert full.manifest.format_version == 2
    feeds = jsonl(full, "record_feeds.jsonl")
    assert len(feeds) == count(site, RecordFeed) == 7
    assert {
        "tag": "production_line1_output_total", "flow_tag": None, "category": "production",
        "item": "一号线合格品", "line": "一号线",
    } in feeds  # fmt: skip
    assert {
        "tag": "wastewater_cod", "flow_tag": "wastewater_flow", "category": "pollutant",
        "item": "cod", "line": "一号线",
    } in feeds  # fmt: skip
    incremental = export(site, tmp_path / "usb")
    assert incremental.manifest.kind == "incremental"
    assert jsonl(incremental, "record_feeds.jsonl") == feeds


def test_sequence_numbers_and_manifest_hashes_chain(site: Database, tmp_path: Path) -> None:
    first = export(site, tmp_path / "usb")
    second = export(site, tmp_path / "usb")
    assert second.manifest.sequence == 2
    assert second.manifest.kind == "incremental"
    assert second.manifest.previous_sha256 == first.manifest_sha256
    assert second.manifest.from_ms == first.manifest.to_ms
    assert second.manifest.site_id == first.manifest.site_id
    assert first.path.exists()
    with site.reading() as session:
        history = [(h.sequence, h.manifest_sha256) for h in export_history(session)]
        logged = session.scalars(
            select(ChangeLogEntry.entity_id).where(ChangeLogEntry.entity == "bundle")
        ).all()
    assert history == [(2, second.manifest_sha256), (1, first.manifest_sha256)]
    assert sorted(logged) == [1, 2]
    third = export(site, tmp_path / "usb", full=True)
    assert (third.manifest.kind, third.manifest.sequence, third.manifest.from_ms) == ("full", 3, 0)


def test_an_incremental_bundle_holds_only_what_changed(site: Database, tmp_path: Path) -> None:
    start = now_ms() + HOUR
    export(site, tmp_path / "usb", now_ms=start)
    later = start + HOUR
    with site.transaction() as session:
        tag_id, name = session.execute(select(Tag.id, Tag.name).limit(1)).one()
        session.add(_record(later))
        session.add(ChangeLogEntry(ts=later, actor_name="li", action="create", entity="note"))
        session.execute(
            rollup_1min_table.insert(),
            [_bucket(tag_id, later + i * 60_000) for i in range(5)],
        )
    bundle = export(site, tmp_path / "usb", now_ms=later + HOUR)
    assert bundle.manifest.kind == "incremental"
    assert [r["item"] for r in jsonl(bundle, "records.jsonl")] == ["新增原料"]
    assert [(e["entity"], e["ts"]) for e in jsonl(bundle, "change_log.jsonl")] == [("note", later)]
    minutes = rollups(bundle, "rollup_1min/")
    assert [(r[0], int(r[1])) for r in minutes] == [(name, later + i * 60_000) for i in range(5)]
    assert rollups(bundle, "rollup_1h/") == []
    assert jsonl(bundle, "checklist_runs.jsonl") == []
    assert len(jsonl(bundle, "tags.jsonl")) == count(site, Tag)  # configuration travels whole


def test_a_recomputed_tag_and_a_deleted_record_travel(site: Database, tmp_path: Path) -> None:
    start = now_ms() + HOUR
    export(site, tmp_path / "usb", now_ms=start)
    with site.transaction() as session:
        tag_id, name = session.execute(select(Tag.id, Tag.name).limit(1)).one()
        record_id = session.scalar(select(ProductionRecord.id).limit(1))
        later = start + OVERLAP_MS + 1
        for entity, entity_id in (("tag", tag_id), ("record", record_id)):
            action = "update" if entity == "tag" else "delete"
            session.add(
                ChangeLogEntry(
                    ts=later, actor_name="wang", action=action, entity=entity, entity_id=entity_id
                )
            )
        session.query(ProductionRecord).filter_by(id=record_id).delete()
    bundle = export(site, tmp_path / "usb", now_ms=later + HOUR)
    hours = rollups(bundle, "rollup_1h/")
    with site.reading() as session:
        stored = session.scalar(select(func.count()).where(rollup_1h_table.c.tag_id == tag_id))
    assert len(hours) == stored and {r[0] for r in hours} == {name}
    assert jsonl(bundle, "deletions.jsonl") == [{"table": "records", "id": record_id, "ts": later}]


def test_only_an_administrator_exports(site: Database, tmp_path: Path) -> None:
    with site.transaction() as session, pytest.raises(PermissionDenied):
        export_bundle(session, Actor("wang", Role.ENGINEER, None), site.data_dir, tmp_path)


def test_a_clock_before_the_previous_bundle_is_refused(site: Database, tmp_path: Path) -> None:
    first = export(site, tmp_path / "usb")
    with site.transaction() as session, pytest.raises(ConfigurationError) as error:
        export_bundle(session, SYSTEM, site.data_dir, tmp_path, now_ms=first.manifest.to_ms - 1)
    assert error.value.code == "clock_behind"


def test_a_cancelled_export_leaves_nothing(site: Database, tmp_path: Path) -> None:
    with site.transaction() as session, pytest.raises(ConfigurationError) as error:
        export_bundle(session, SYSTEM, site.data_dir, tmp_path / "usb", cancelled=lambda: True)
    assert error.value.code == "cancelled"
    assert list((tmp_path / "usb").iterdir()) == []
    with site.reading() as session:
        assert export_history(session) == []


def _record(created_ms: int) -> ProductionRecord:
    return ProductionRecord(
        day="2026-12-01", category="material", item="新增原料", quantity=1.0, unit="t",
        canonical_quantity=1.0, source="manual", created_by="li", created_ms=created_ms,
    )  # fmt: skip


def _bucket(tag_id: int, bucket: int) -> dict[str, object]:
    return {
        "tag_id": tag_id, "bucket": bucket, "min": 1.0, "max": 2.0, "sum": 3.0, "first": 1.0,
        "first_ts": bucket, "last": 2.0, "last_ts": bucket + 1, "count": 2, "valid_count": 2,
        "consumption": None, "flags": 0,
    }  # fmt: skip
