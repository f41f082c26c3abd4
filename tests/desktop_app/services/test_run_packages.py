"""Run packages between a tablet and the plant PC: a round trip keeps every byte, a second
import changes nothing, an action edited on both sides is a conflict until a person chooses,
and hostile files (tampered, zip-slip, zip bomb, not a zip) import nothing."""

from __future__ import annotations

import hashlib
import json
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.services.actions import (
    action_events,
    add_evidence,
    get_action,
    update_action,
)
from desktop_app.services.change_log import row_values
from desktop_app.services.checklist_run_store import photos_root
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.run_packages import (
    export_runs,
    import_package,
    inspect_package,
    preview_import,
)
from domain.roles import PermissionDenied
from storage.models import (
    ChecklistAnswerRecord,
    ChecklistPhotoRecord,
    ChecklistRunRecord,
    ChecklistTemplateRecord,
    CorrectiveActionRecord,
)
from tests.conftest import free_port_block
from tests.desktop_app.services.package_samples import (
    Side,
    draft_run,
    dump,
    files_under,
    finished_run,
    jpeg,
    open_side,
    repack,
)


@pytest.fixture
def tablet(tmp_path: Path, demo_port: int) -> Iterator[Side]:
    side = open_side(tmp_path / "tablet", demo_port, "tablet")
    yield side
    side.database.close()


@pytest.fixture
def pc(tmp_path: Path) -> Iterator[Side]:
    side = open_side(tmp_path / "pc", free_port_block(2), "pc")
    yield side
    side.database.close()


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def export(side: Side, out: Path, run_ids=(), actor=None, **kwargs):
    with side.database.transaction() as session:
        return export_runs(session, actor or side.inspector, side.data_dir, run_ids, out, **kwargs)


def import_into(side: Side, package: Path, actor=None, **kwargs):
    with side.database.transaction() as session:
        return import_package(session, actor or side.inspector, side.data_dir, package, **kwargs)


def run_rows(side: Side, run_id: str):
    with side.database.reading() as session:
        run = row_values(session.get(ChecklistRunRecord, run_id))
        answers = [
            row_values(r)
            for r in session.scalars(
                select(ChecklistAnswerRecord).where(ChecklistAnswerRecord.run_id == run_id)
            )
        ]
        photos = [
            row_values(r)
            for r in session.scalars(
                select(ChecklistPhotoRecord).where(ChecklistPhotoRecord.run_id == run_id)
            )
        ]
    return run, sorted(answers, key=repr), sorted(photos, key=repr)


def action_row(side: Side, action_id: str) -> dict:
    with side.database.reading() as session:
        return row_values(session.get(CorrectiveActionRecord, action_id))


def edit(side: Side, action_id: str, **fields) -> None:
    with side.database.transaction() as session:
        update_action(session, side.engineer, action_id, **fields)


@pytest.fixture
def exchanged(tablet: Side, pc: Side, usb: Path) -> tuple[str, str, Path]:
    """A run finished on the tablet, exported and imported on the PC once."""
    run_id, (action_id,) = finished_run(tablet)
    package = usb / "round.qyrun"
    export(tablet, package, [run_id])
    import_into(pc, package)
    return run_id, action_id, package


# --- round trip ----------------------------------------------------------------------------------


def test_round_trip_keeps_every_byte_and_a_second_import_changes_nothing(
    tablet: Side, pc: Side, usb: Path
) -> None:
    run_id, (action_id,) = finished_run(tablet)
    package = usb / "round.qyrun"
    summary = export(tablet, package, [run_id])
    assert (summary.runs, summary.actions) == ((run_id,), (action_id,))
    assert summary.photos == 2 and summary.templates == ("handover_round v1",)
    assert [p.name for p in usb.iterdir()] == ["round.qyrun"], "no temporary file is left"
    tablet_action = action_row(tablet, action_id)
    assert tablet_action["synced_revision"] == tablet_action["revision"] == 1

    contents = inspect_package(package)
    assert contents.manifest.exported_by == "li" and contents.manifest.site_code
    assert [r.id for r in contents.runs] == [run_id] and contents.photo_count == 2

    report = import_into(pc, package)
    assert report.runs_new == (run_id,) and report.actions_new == (action_id,)
    assert report.templates_new == () and report.photos_new == 2 and report.conflicts == ()
    assert run_rows(pc, run_id) == run_rows(tablet, run_id)
    assert files_under(photos_root(pc.data_dir)) == files_under(photos_root(tablet.data_dir))
    assert action_row(pc, action_id) == tablet_action
    with pc.database.reading() as session, tablet.database.reading() as other:
        assert action_events(session, action_id) == action_events(other, action_id)
        assert get_action(session, action_id).source_run == run_id

    before, photos = dump(pc.database), files_under(pc.data_dir / "photos")
    again = import_into(pc, package)
    assert (again.new, again.updated, again.conflicts) == (0, 0, ())
    assert again.runs_skipped == (run_id,) and again.actions_skipped == (action_id,)
    assert again.files_written == 0 and again.events_new == 0
    assert dump(pc.database) == before
    assert files_under(pc.data_dir / "photos") == photos


def test_a_template_the_pc_lacks_comes_with_the_runs(tablet: Side, tmp_path: Path, usb) -> None:
    run_id, _ = finished_run(tablet)
    export(tablet, usb / "r.qyrun", [run_id])
    bare = open_side(tmp_path / "bare", free_port_block(2), "bare")
    try:
        with bare.database.transaction() as session:
            session.delete(session.get(ChecklistTemplateRecord, ("handover_round", 1)))
        report = import_into(bare, usb / "r.qyrun")
        assert report.templates_new == ("handover_round v1",)
        assert run_rows(bare, run_id) == run_rows(tablet, run_id)
    finally:
        bare.database.close()


def test_preview_says_what_an_import_would_do_and_writes_nothing(
    tablet: Side, pc: Side, usb: Path
) -> None:
    run_id, (action_id,) = finished_run(tablet)
    export(tablet, usb / "r.qyrun", [run_id])
    before = dump(pc.database)
    with pc.database.reading() as session:
        preview = preview_import(session, pc.data_dir, usb / "r.qyrun")
    assert preview.dry_run and preview.runs_new == (run_id,) and preview.actions_new == (action_id,)
    assert dump(pc.database) == before and files_under(pc.data_dir / "photos") == {}


# --- actions on both sides -----------------------------------------------------------------------


def test_only_one_side_changed_is_taken_or_kept(exchanged, tablet: Side, pc: Side, usb) -> None:
    run_id, action_id, old_package = exchanged
    edit(tablet, action_id, person="王工")
    with tablet.database.transaction() as session:
        add_evidence(
            session, tablet.inspector, action_id, note="已更换垫片", image=jpeg((9, 120, 9)),
            data_dir=tablet.data_dir,
        )  # fmt: skip
    export(tablet, usb / "second.qyrun", [run_id])
    report = import_into(pc, usb / "second.qyrun")
    assert report.actions_updated == (action_id,) and report.conflicts == ()
    assert report.events_new == 2 and report.files_written == 1
    assert action_row(pc, action_id)["person"] == "王工"
    assert action_row(pc, action_id)["revision"] == action_row(tablet, action_id)["revision"]
    evidence = files_under(pc.data_dir / "evidence")
    assert evidence == files_under(tablet.data_dir / "evidence") and len(evidence) == 1

    edit(pc, action_id, department="二车间")
    before = dump(pc.database)
    for package in (old_package, usb / "second.qyrun"):  # older news changes nothing here
        report = import_into(pc, package)
        assert report.actions_kept == (action_id,) and report.conflicts == ()
        assert dump(pc.database) == before


def test_edited_on_both_sides_is_a_conflict_until_resolved(
    exchanged, tablet: Side, pc: Side, usb: Path
) -> None:
    run_id, action_id, _ = exchanged
    edit(pc, action_id, person="陈")
    edit(tablet, action_id, person="王工", priority="high")
    export(tablet, usb / "second.qyrun", [run_id])
    before = dump(pc.database)

    for _ in range(2):
        report = import_into(pc, usb / "second.qyrun")
        (conflict,) = report.conflicts
        assert conflict.action_id == action_id and report.updated == 0
        fields = {f.field: (f.ours, f.theirs) for f in conflict.fields}
        assert fields == {"person": ("陈", "王工"), "priority": ("medium", "high")}
        assert conflict.ours.revision == 2 and conflict.theirs.revision == 2
        assert dump(pc.database) == before, "a conflict overwrites nothing"

    with pytest.raises(PermissionDenied):
        import_into(pc, usb / "second.qyrun", resolutions={action_id: "theirs"})
    with pytest.raises(ConfigurationError) as refused:
        import_into(pc, usb / "second.qyrun", pc.engineer, resolutions={action_id: "mine"})
    assert refused.value.code == "bad_resolution"
    assert dump(pc.database) == before

    report = import_into(pc, usb / "second.qyrun", pc.engineer, resolutions={action_id: "theirs"})
    assert report.actions_updated == (action_id,) and report.resolved == ((action_id, "theirs"),)
    row = action_row(pc, action_id)
    assert (row["person"], row["priority"]) == ("王工", "high")
    assert row["revision"] == row["synced_revision"] == 3
    with pc.database.reading() as session:
        notes = [e.note for e in action_events(session, action_id)]
    assert notes.count("edited: person") == 1 and "edited: person, priority" in notes

    settled = dump(pc.database)
    report = import_into(pc, usb / "second.qyrun")
    assert (report.new, report.updated, report.conflicts) == (0, 0, ())
    assert dump(pc.database) == settled


def test_keeping_ours_sends_our_version_back(exchanged, tablet: Side, pc: Side, usb) -> None:
    run_id, action_id, _ = exchanged
    edit(pc, action_id, person="陈")
    edit(tablet, action_id, person="王工")
    export(tablet, usb / "second.qyrun", [run_id])
    report = import_into(pc, usb / "second.qyrun", pc.engineer, resolutions={action_id: "ours"})
    assert report.actions_kept == (action_id,) and report.conflicts == ()
    row = action_row(pc, action_id)
    assert row["person"] == "陈" and row["revision"] > row["synced_revision"]

    export(pc, usb / "back.qyrun", action_ids=[action_id])
    report = import_into(tablet, usb / "back.qyrun")
    assert report.actions_updated == (action_id,) and report.conflicts == ()
    assert action_row(tablet, action_id)["person"] == "陈"


# --- refusals ------------------------------------------------------------------------------------


def code_of(call) -> str:
    with pytest.raises(ConfigurationError) as refused:
        call()
    return refused.value.code


def test_export_refusals_leave_no_file(tablet: Side, usb: Path) -> None:
    draft = draft_run(tablet)
    out = usb / "x.qyrun"
    assert code_of(lambda: export(tablet, out, [draft])) == "run_not_completed"
    assert code_of(lambda: export(tablet, out, ["no-such-run"])) == "unknown_run"
    assert code_of(lambda: export(tablet, out, [])) == "nothing_to_export"
    run_id, _ = finished_run(tablet)
    for photo in photos_root(tablet.data_dir).rglob("*.jpg"):
        photo.unlink()
    assert code_of(lambda: export(tablet, out, [run_id])) == "file_missing"
    assert list(usb.iterdir()) == [], "a failed export leaves neither package nor temporary file"
    with pytest.raises(PermissionDenied):
        export(tablet, out, [run_id], actor=tablet.viewer)


def test_import_refusals_change_nothing(tablet: Side, pc: Side, usb: Path) -> None:
    run_id, _ = finished_run(tablet)
    package = usb / "r.qyrun"
    export(tablet, package, [run_id])
    with pytest.raises(PermissionDenied):
        import_into(pc, package, pc.viewer)

    draft = draft_run(pc)
    with pc.database.transaction() as session:  # a draft with the same id here
        session.execute(
            ChecklistRunRecord.__table__.update()
            .where(ChecklistRunRecord.id == draft)
            .values(id=run_id)
        )
    before = dump(pc.database)
    assert code_of(lambda: import_into(pc, package)) == "run_is_draft"
    assert dump(pc.database) == before


def test_a_template_version_with_other_content_is_refused(tablet, pc, usb: Path) -> None:
    run_id, _ = finished_run(tablet)
    export(tablet, usb / "r.qyrun", [run_id])

    def rename(name: str, data: bytes) -> bytes:
        if name.startswith("templates/"):
            return data.replace("交接测试巡检".encode(), "另一个巡检".encode())
        return data

    repack(usb / "r.qyrun", usb / "other.qyrun", rename)
    before = dump(pc.database)
    assert code_of(lambda: import_into(pc, usb / "other.qyrun")) == "template_conflict"
    assert dump(pc.database) == before


def test_a_changed_photo_byte_is_tampering(tablet: Side, pc: Side, usb: Path) -> None:
    run_id, _ = finished_run(tablet)
    export(tablet, usb / "r.qyrun", [run_id])

    def flip(name: str, data: bytes) -> bytes:
        if name.endswith(".jpg"):
            return data[:100] + bytes([data[100] ^ 0x01]) + data[101:]
        return data

    repack(usb / "r.qyrun", usb / "bad.qyrun", flip, rehash=False)
    before = dump(pc.database)
    assert code_of(lambda: inspect_package(usb / "bad.qyrun")) == "tampered"
    assert code_of(lambda: import_into(pc, usb / "bad.qyrun")) == "tampered"
    assert dump(pc.database) == before and files_under(pc.data_dir / "photos") == {}
    # A forger who also fixes the manifest still meets the run's own sha256 of the photo.
    repack(usb / "r.qyrun", usb / "forged.qyrun", flip)
    assert code_of(lambda: inspect_package(usb / "forged.qyrun")) == "tampered"
    # And a file added beside the listed ones is refused too.
    repack(usb / "r.qyrun", usb / "extra.qyrun", extra={"runs/abc.json": b"{}"}, rehash=False)
    assert code_of(lambda: inspect_package(usb / "extra.qyrun")) == "tampered"


def test_zip_slip_is_refused(tablet: Side, pc: Side, usb: Path, tmp_path: Path) -> None:
    run_id, _ = finished_run(tablet)
    export(tablet, usb / "r.qyrun", [run_id])
    for name in ("../../evil.txt", "/etc/evil.json", "photos/..\\..\\evil.jpg", "photos/x/../../e"):
        repack(usb / "r.qyrun", usb / "slip.qyrun", extra={name: b"owned"})
        assert code_of(lambda: import_into(pc, usb / "slip.qyrun")) == "unsafe_path", name
    assert not (tmp_path / "evil.txt").exists() and not list(tmp_path.rglob("evil*"))


def test_a_zip_bomb_is_refused_at_once(usb: Path) -> None:
    bomb = usb / "bomb.qyrun"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("manifest.json", json.dumps({"format": "qingyuan.run-package"}))
        with archive.open("photos/a/zeros.jpg", "w", force_zip64=True) as out:
            chunk = bytes(1024**2)
            for _ in range(1024):
                out.write(chunk)
    started = time.monotonic()
    assert code_of(lambda: inspect_package(bomb)) == "too_large"
    assert time.monotonic() - started < 1.0


def test_what_is_not_a_package(usb: Path) -> None:
    noise = usb / "noise.qyrun"
    noise.write_bytes(hashlib.sha256(b"seed").digest() * 1000)
    assert code_of(lambda: inspect_package(noise)) == "not_a_package"
    assert code_of(lambda: inspect_package(usb / "missing.qyrun")) == "not_a_package"
    plain = usb / "plain.zip"
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert code_of(lambda: inspect_package(plain)) == "not_a_package"
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("manifest.json", "{}")
    assert code_of(lambda: inspect_package(plain)) == "not_a_package"
    newer = {"format": "qingyuan.run-package", "format_version": 2}
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("manifest.json", json.dumps(newer))
    assert code_of(lambda: inspect_package(plain)) == "unsupported_format"
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("manifest.json", "{not json")
    assert code_of(lambda: inspect_package(plain)) == "corrupt"


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (lambda doc: doc["run"].update(status="draft"), "corrupt"),
        (lambda doc: doc["run"].update(score_percent="100"), "corrupt"),
        (lambda doc: doc["run"].update(surprise=1), "corrupt"),
        (lambda doc: doc["answers"][0].update(item_code="not_in_template"), "corrupt"),
        (lambda doc: doc["answers"][0].update(value="{broken"), "corrupt"),
        (lambda doc: doc["photos"][0].update(file_name="../../../evil.jpg"), "unsafe_path"),
        (lambda doc: doc["photos"][0].update(sha256="0" * 64), "tampered"),
    ],
)
def test_records_are_checked_against_their_tables(tablet: Side, usb: Path, change, code) -> None:
    """A forger who rewrites a run and fixes the manifest still meets the column checks."""
    run_id, _ = finished_run(tablet)
    export(tablet, usb / "r.qyrun", [run_id])

    def rewrite(name: str, data: bytes) -> bytes:
        if name.startswith("runs/"):
            document = json.loads(data)
            change(document)
            return json.dumps(document).encode()
        return data

    repack(usb / "r.qyrun", usb / "forged.qyrun", rewrite)
    assert code_of(lambda: inspect_package(usb / "forged.qyrun")) == code
