"""Head-office import of real bundles exported by a seeded demo plant: register, import,
re-import (the database stays identical), and every way a bundle must be refused — tampered,
a thousand random mutations, unknown site, wrong key, replayed, out of order, a gap — with the
head-office database unchanged. Runs on SQLite and, where a server can be had, PostgreSQL."""

from __future__ import annotations

import random
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.services.hq_import import ImportResult, import_bundles, import_verified
from desktop_app.services.hq_sites import key_from_file, list_sites, register_site
from domain.roles import SYSTEM, Actor, PermissionDenied, Role
from storage.bundles.format import BundleError
from storage.bundles.reader import iter_jsonl
from storage.bundles.verify import verify_bundle
from storage.hq.engine import HqDatabase, open_hq
from storage.hq.models import HqRecord, HqRollupHour, HqSite, HqTag
from tests.desktop_app.services.hq_sites_helpers import ExportedSite, exported_site
from tests.storage import hq_helpers
from tests.storage.hq_helpers import dump
from tests.storage.test_bundle_verify import (
    _add,
    _edit,
    _edit_rekey,
    _edit_resign,
    _flip,
    _remove,
    _reorder,
    _truncate,
    entries_of,
)

hq, postgres_server, postgres_url = (
    hq_helpers.hq,
    hq_helpers.postgres_server,
    hq_helpers.postgres_url,
)


@pytest.fixture(scope="module")
def plant(tmp_path_factory: pytest.TempPathFactory) -> ExportedSite:
    return exported_site(tmp_path_factory.mktemp("plant"), "PLANT01", 40.0)


@pytest.fixture
def sqlite_hq(tmp_path: Path) -> Iterator[HqDatabase]:
    database = open_hq(tmp_path / "hq")
    yield database
    database.close()


def register(hq: HqDatabase, site: ExportedSite) -> None:
    with hq.transaction() as session:
        register_site(session, SYSTEM, key_from_file(site.key_file.read_bytes()))


def run(hq: HqDatabase, *paths: Path) -> list[tuple[str, str]]:
    return [(r.status, r.code) for r in import_bundles(hq, SYSTEM, list(paths))]


def count(hq: HqDatabase, model: type) -> int:
    with hq.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_import_then_re_import_changes_nothing(hq: HqDatabase, plant: ExportedSite) -> None:
    register(hq, plant)
    assert run(hq, *plant.bundles[:3]) == [("imported", "")] * 3
    before = dump(hq)
    assert run(hq, *plant.bundles[:3]) == [("unchanged", "already_imported")] * 3
    assert dump(hq) == before
    last = verify_bundle(plant.bundles[2])
    site_records = {r["id"] for r in iter_jsonl(verify_bundle(plant.bundles[3]), "records.jsonl")}
    with hq.reading() as session:
        records = set(session.scalars(select(HqRecord.id)))
        rollup_tags = set(session.scalars(select(HqRollupHour.tag).distinct()))
        tags = set(session.scalars(select(HqTag.name)))
        site = session.scalar(select(HqSite))
    assert records == site_records  # the deleted record is gone, the added one is there
    assert rollup_tags <= tags and len(tags) == len(list(iter_jsonl(last, "tags.jsonl")))
    assert site is not None and (site.site_id, site.site_code) == (plant.site_id, "PLANT01")


def test_a_full_bundle_after_its_increments_adds_only_the_export_log(
    hq: HqDatabase, plant: ExportedSite
) -> None:
    register(hq, plant)
    run(hq, *plant.bundles[:3])
    skipped = ("hq_bundles", "hq_audit", "hq_change_log")
    before = dump(hq)
    assert run(hq, plant.bundles[3]) == [("imported", "")]
    after = dump(hq)
    assert {k: v for k, v in after.items() if k not in skipped} == {
        k: v for k, v in before.items() if k not in skipped
    }
    new_entries = set(after["hq_change_log"]) - set(before["hq_change_log"])
    assert {(row[5], row[4]) for row in new_entries} == {("bundle", "export")}


def test_a_tampered_bundle_is_refused_with_the_database_unchanged(
    hq: HqDatabase, plant: ExportedSite, tmp_path: Path
) -> None:
    register(hq, plant)
    run(hq, plant.bundles[0])
    tampered = tmp_path / plant.bundles[1].name
    data = bytearray(plant.bundles[1].read_bytes())
    data[len(data) // 3] ^= 0x40
    tampered.write_bytes(bytes(data))
    before = dump(hq)
    [result] = import_bundles(hq, SYSTEM, [tampered])
    assert (result.status, result.code) == ("refused", "hash_mismatch")
    assert dump(hq) == before


def test_a_thousand_random_mutations_are_all_refused(
    sqlite_hq: HqDatabase, plant: ExportedSite, tmp_path: Path
) -> None:
    register(sqlite_hq, plant)
    run(sqlite_hq, plant.bundles[0])
    before = dump(sqlite_hq)
    original = plant.bundles[1].read_bytes()
    entries = entries_of(plant.bundles[1])
    rng = random.Random(8)
    mutations = (_flip, _truncate, _remove, _reorder, _add, _edit, _edit_resign, _edit_rekey)
    target = tmp_path / "mutant.qybundle"
    codes: dict[str, int] = {}
    for number in range(1000):
        mutate = mutations[number % len(mutations)] if number < 400 else rng.choice(mutations)
        data = mutate(rng, original, entries, target)
        while data == original:  # e.g. "kind" edited to what an incremental bundle has
            data = rng.choice(mutations)(rng, original, entries, target)
        target.write_bytes(data)
        [result] = import_bundles(sqlite_hq, SYSTEM, [target])
        assert result.status == "refused", (number, mutate.__name__)
        codes[result.code] = codes.get(result.code, 0) + 1
    assert dump(sqlite_hq) == before
    assert {"hash_mismatch", "bad_layout", "truncated", "bad_signature", "wrong_key"} <= set(codes)


def test_a_bundle_changed_after_verification_rolls_back(
    hq: HqDatabase, plant: ExportedSite, tmp_path: Path
) -> None:
    register(hq, plant)
    copy = tmp_path / plant.bundles[0].name
    shutil.copy(plant.bundles[0], copy)
    verified = verify_bundle(copy)
    before = dump(hq)
    data = bytearray(copy.read_bytes())
    data[len(data) // 2] ^= 0x01  # inside the hour rollups, read last
    copy.write_bytes(bytes(data))
    with pytest.raises(BundleError) as error, hq.transaction() as session:
        import_verified(session, SYSTEM, verified)
    assert error.value.code == "hash_mismatch"
    assert dump(hq) == before


def test_an_unknown_site_is_refused(hq: HqDatabase, plant: ExportedSite) -> None:
    before = dump(hq)
    assert run(hq, plant.bundles[0]) == [("refused", "unknown_site")]
    assert dump(hq) == before


def test_a_site_known_under_another_key_is_refused(
    sqlite_hq: HqDatabase, plant: ExportedSite
) -> None:
    with sqlite_hq.transaction() as session:
        register_site(session, SYSTEM, bytes(range(32)), site_id=plant.site_id)
    assert run(sqlite_hq, plant.bundles[0]) == [("refused", "wrong_key")]


def test_a_replayed_bundle_is_refused(hq: HqDatabase, plant: ExportedSite) -> None:
    register(hq, plant)
    run(hq, *plant.bundles[:3])
    before = dump(hq)
    [result] = import_bundles(hq, SYSTEM, [plant.fork])
    assert (result.status, result.code, result.sequence) == ("refused", "replayed", 2)
    assert dump(hq) == before


def test_bundles_out_of_order_are_refused_and_gaps_named(
    sqlite_hq: HqDatabase, plant: ExportedSite
) -> None:
    register(sqlite_hq, plant)
    empty = dump(sqlite_hq)
    [second] = import_bundles(sqlite_hq, SYSTEM, [plant.bundles[1]])
    assert (second.code, second.missing) == ("gap", (1,))
    assert dump(sqlite_hq) == empty
    assert run(sqlite_hq, plant.bundles[0], plant.bundles[2]) == [
        ("imported", ""),
        ("refused", "gap"),
    ]
    assert run(sqlite_hq, plant.fork) == [("imported", "")]  # a valid #2, of another fork
    assert run(sqlite_hq, plant.bundles[2]) == [("refused", "out_of_order")]


def test_given_together_bundles_import_in_sequence_order(
    sqlite_hq: HqDatabase, plant: ExportedSite
) -> None:
    register(sqlite_hq, plant)
    results = import_bundles(sqlite_hq, SYSTEM, list(reversed(plant.bundles[:3])))
    assert [(r.sequence, r.status) for r in results] == [
        (3, "imported"),
        (2, "imported"),
        (1, "imported"),
    ]


def test_a_full_bundle_after_a_gap_imports_and_the_gap_is_reported(
    sqlite_hq: HqDatabase, plant: ExportedSite
) -> None:
    register(sqlite_hq, plant)
    [result] = import_bundles(sqlite_hq, SYSTEM, [plant.bundles[3]])
    assert (result.status, result.kind, result.missing) == ("imported", "full", (1, 2, 3))
    with sqlite_hq.reading() as session:
        [site] = list_sites(session)
    assert (site.last_sequence, site.missing, site.site_code) == (4, (1, 2, 3), "PLANT01")
    assert count(sqlite_hq, HqRecord) > 0


def test_only_people_who_enter_data_import(sqlite_hq: HqDatabase, plant: ExportedSite) -> None:
    viewer = Actor("zhao", Role.VIEWER, None)
    with pytest.raises(PermissionDenied):
        import_bundles(sqlite_hq, viewer, [plant.bundles[0]])
    register(sqlite_hq, plant)
    engineer = Actor("wang", Role.ENGINEER, None)
    results: list[ImportResult] = import_bundles(sqlite_hq, engineer, [plant.bundles[0]])
    assert results[0].status == "imported"
