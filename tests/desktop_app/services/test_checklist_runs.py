"""Inspection runs: answers stored one by one, photos upright and small on disk, who may fill,
finishing only when complete, and every finding turned into a corrective action."""

from __future__ import annotations

import hashlib
import io
import json
import re
from datetime import date, timedelta

import pytest
from PIL import Image
from sqlalchemy import select

from desktop_app.services.checklist_runs import (
    add_photo,
    completed_runs,
    drafts,
    finish_run,
    orphan_photos,
    photo_path,
    record_answer,
    remove_photo,
    run_view,
    set_position,
    set_signature,
    start_run,
)
from desktop_app.services.checklist_templates import import_template
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.startup import open_site
from domain.roles import PermissionDenied
from storage.models import (
    ChangeLogEntry,
    ChecklistAnswerRecord,
    ChecklistPhotoRecord,
    CorrectiveActionRecord,
)
from tests.desktop_app.services.checklist_samples import (
    DAILY,
    ENGINEER,
    INSPECTOR,
    VIEWER,
    jpeg,
    png,
    rotated_jpeg,
)

NAME = re.compile(r"[0-9a-f-]{36}/DEMO_test-daily_([a-z-]+)_[0-9]{8}-[0-9]{6}_([0-9]+)\.(jpg|png)")


@pytest.fixture
def site(data_dir, demo_port):
    startup = open_site(data_dir, demo_port=demo_port)
    with startup.database.transaction() as session:
        import_template(session, ENGINEER, DAILY)
    yield startup.database
    startup.database.close()


@pytest.fixture
def run(site) -> str:
    with site.transaction() as session:
        return start_run(session, INSPECTOR, "test_daily", "二号车间 3月")


def answer(site, run_id: str, item: str, value, note: str = ""):
    with site.transaction() as session:
        return record_answer(session, INSPECTOR, run_id, item, value, note)


def complete(site, run_id: str, ph: float = 7.0, drain: str = "yes", drums: str = "ok") -> None:
    answer(site, run_id, "ph", ph)
    answer(site, run_id, "drain_clear", drain)
    answer(site, run_id, "drums", drums)
    with site.transaction() as session:
        add_photo(session, INSPECTOR, run_id, "outfall_photo", jpeg(64, 48))
        set_signature(session, INSPECTOR, run_id, "signed", png())


def test_an_inspector_may_fill_a_viewer_may_not(site, run) -> None:
    with site.transaction() as session, pytest.raises(PermissionDenied):
        start_run(session, VIEWER, "test_daily")
    for call in (
        lambda s: record_answer(s, VIEWER, run, "ph", 7.0),
        lambda s: set_position(s, VIEWER, run, "ph"),
        lambda s: add_photo(s, VIEWER, run, "ph", jpeg(10, 10)),
        lambda s: set_signature(s, VIEWER, run, "signed", png()),
        lambda s: finish_run(s, VIEWER, run),
    ):
        with site.transaction() as session, pytest.raises(PermissionDenied):
            call(session)
    with site.transaction() as session, pytest.raises(ConfigurationError) as unknown:
        start_run(session, INSPECTOR, "no_such_template")
    assert unknown.value.code == "unknown_template"
    with site.reading() as session:
        view = run_view(session, run)
    assert view.summary.started_by == "li" and view.summary.status == "draft"
    assert view.summary.title == "二号车间 3月" and view.summary.template_name.zh == "测试日常巡检"


def test_answers_are_stored_checked_cleared_and_assessed(site, run) -> None:
    assessment = answer(site, run, "ph", 9.6, "三次平均")
    assert assessment.answered == 1 and [f.item for f in assessment.findings] == ["ph"]
    assessment = answer(site, run, "drain_clear", "no")
    assert "leak_note" in assessment.visible  # show_if opened the branch
    answer(site, run, "leak_note", "东侧沟渗漏")
    answer(site, run, "drums", "ok")
    with site.transaction() as session, pytest.raises(ConfigurationError) as wrong:
        record_answer(session, INSPECTOR, run, "ph", "seven")
    assert (wrong.value.code, wrong.value.field) == ("wrong_type", "ph")
    with site.transaction() as session, pytest.raises(ConfigurationError) as option:
        record_answer(session, INSPECTOR, run, "drums", "maybe")
    assert option.value.code == "unknown_option"
    with site.transaction() as session, pytest.raises(ConfigurationError) as unknown:
        record_answer(session, INSPECTOR, run, "nothing", "yes")
    assert unknown.value.code == "unknown_item"
    with site.transaction() as session, pytest.raises(ConfigurationError) as photo_item:
        record_answer(session, INSPECTOR, run, "outfall_photo", "yes")
    assert photo_item.value.code == "not_answerable"
    answer(site, run, "drums", None)  # cleared
    answer(site, run, "drain_clear", None, "没看到")  # a note without an answer stays
    with site.reading() as session:
        view = run_view(session, run)
        rows = session.scalars(select(ChecklistAnswerRecord.answered_by)).all()
    assert view.answers == {"ph": 9.6, "leak_note": "东侧沟渗漏"}
    assert view.notes == {"ph": "三次平均", "drain_clear": "没看到"}
    assert "leak_note" not in view.assessment.visible  # the branch closed, the answer is kept
    assert set(rows) == {"li"}
    assert (view.summary.answered, view.summary.total) == (1, 5)


def test_a_reopened_draft_continues_at_its_position(site, run) -> None:
    with site.reading() as session:
        assert run_view(session, run).position == ""
    with site.transaction() as session:
        set_position(session, INSPECTOR, run, "drums")
    with site.reading() as session:
        assert run_view(session, run).position == "drums"
        assert [d.id for d in drafts(session)] == [run]
    with site.transaction() as session, pytest.raises(ConfigurationError) as unknown:
        set_position(session, INSPECTOR, run, "nothing")
    assert unknown.value.code == "unknown_item"


def test_a_large_photo_is_shrunk_and_stored_whole_under_a_meaningful_name(
    site, run, data_dir
) -> None:
    with site.transaction() as session:
        big = add_photo(session, INSPECTOR, run, "outfall_photo", jpeg(4000, 3000))
        small = add_photo(session, INSPECTOR, run, "outfall_photo", jpeg(800, 600), max_side_px=400)
        taken = add_photo(session, INSPECTOR, run, "ph", jpeg(30, 20), taken_ms=1_767_225_600_000)
    assert (big.width, big.height, big.kind) == (1600, 1200, "photo")
    assert (small.width, small.height) == (400, 300)
    path = photo_path(data_dir, big)
    assert path.parent == data_dir / "photos" / run
    assert hashlib.sha256(path.read_bytes()).hexdigest() == big.sha256
    with Image.open(path) as stored:
        assert stored.format == "JPEG" and stored.size == (1600, 1200)
    names = [NAME.fullmatch(p.file_name) for p in (big, small, taken)]
    assert all(names), [p.file_name for p in (big, small, taken)]
    assert [(m[1], m[2]) for m in names if m] == [("outfall-photo", "1"), ("outfall-photo", "2"),
                                                  ("ph", "1")]  # fmt: skip
    assert "_20260101-080000_" in taken.file_name  # the demo site's time (Asia/Shanghai)
    assert not list(path.parent.glob(".part-*"))
    with site.reading() as session:
        view = run_view(session, run)
    assert [p.id for p in view.photos["outfall_photo"]] == [big.id, small.id]
    assert view.assessment.missing_photos == ()


def test_an_exif_rotated_photo_is_stored_upright(site, run, data_dir) -> None:
    with site.transaction() as session:
        info = add_photo(session, INSPECTOR, run, "ph", rotated_jpeg(400, 300))
    assert (info.width, info.height) == (300, 400)
    with Image.open(photo_path(data_dir, info)) as stored:
        assert stored.size == (300, 400)
        assert stored.getexif().get(0x0112) is None


def test_a_transparent_png_photo_gets_a_white_background(site, run, data_dir) -> None:
    with site.transaction() as session:
        info = add_photo(session, INSPECTOR, run, "ph", png(60, 40))
    with Image.open(photo_path(data_dir, info)) as stored:
        assert stored.mode == "RGB" and min(stored.getpixel((0, 0))) > 240


def test_photos_are_refused_when_not_images_or_too_many(site, run) -> None:
    with site.transaction() as session, pytest.raises(ConfigurationError) as refused:
        add_photo(session, INSPECTOR, run, "ph", b"\xff\xd8 not really a jpeg")
    assert (refused.value.code, refused.value.field) == ("not_an_image", "ph")
    with site.transaction() as session:
        add_photo(session, INSPECTOR, run, "ph", jpeg(20, 20))
        add_photo(session, INSPECTOR, run, "ph", jpeg(20, 20))
    with site.transaction() as session, pytest.raises(ConfigurationError) as many:
        add_photo(session, INSPECTOR, run, "ph", jpeg(20, 20))
    assert (many.value.code, many.value.detail) == ("too_many_photos", "2")
    with site.transaction() as session, pytest.raises(ConfigurationError) as none_allowed:
        add_photo(session, INSPECTOR, run, "drain_clear", jpeg(20, 20))
    assert (none_allowed.value.code, none_allowed.value.detail) == ("too_many_photos", "0")


def test_a_removed_photo_loses_its_file_only_when_the_removal_is_committed(
    site, run, data_dir
) -> None:
    with site.transaction() as session:
        kept = add_photo(session, INSPECTOR, run, "ph", jpeg(20, 20))
        gone = add_photo(session, INSPECTOR, run, "ph", jpeg(20, 20))
    with pytest.raises(RuntimeError), site.transaction() as session:
        remove_photo(session, INSPECTOR, run, kept.id)
        raise RuntimeError("the caller's transaction fails")
    assert photo_path(data_dir, kept).exists()
    with site.transaction() as session:
        remove_photo(session, INSPECTOR, run, gone.id)
        assert photo_path(data_dir, gone).exists()  # not yet committed
    assert not photo_path(data_dir, gone).exists()
    with site.reading() as session:
        assert [p.id for p in run_view(session, run).photos["ph"]] == [kept.id]
        assert orphan_photos(data_dir, session) == []
    with site.transaction() as session, pytest.raises(ConfigurationError) as unknown:
        remove_photo(session, INSPECTOR, run, gone.id)
    assert unknown.value.code == "unknown_photo"


def test_a_photo_whose_row_was_never_committed_is_an_orphan_kept_on_disk(
    site, run, data_dir
) -> None:
    with pytest.raises(RuntimeError), site.transaction() as session:
        info = add_photo(session, INSPECTOR, run, "ph", jpeg(20, 20))
        raise RuntimeError("crash before commit")
    with site.reading() as session:
        assert session.scalars(select(ChecklistPhotoRecord)).all() == []
        assert orphan_photos(data_dir, session) == [photo_path(data_dir, info)]
    assert photo_path(data_dir, info).exists()


def test_a_new_signature_replaces_the_old_one(site, run, data_dir) -> None:
    with site.transaction() as session:
        first = set_signature(session, INSPECTOR, run, "signed", png())
    with site.transaction() as session:
        second = set_signature(session, INSPECTOR, run, "signed", png(200, 80))
    assert not photo_path(data_dir, first).exists()
    assert (second.kind, second.width, second.height) == ("signature", 200, 80)
    with Image.open(photo_path(data_dir, second)) as stored:
        assert stored.format == "PNG"
    with site.reading() as session:
        assert run_view(session, run).signatures == {"signed": second}
    for item, data, code in (("ph", png(), "not_a_signature_item"),
                             ("signed", b"GIF89a?", "not_an_image")):  # fmt: skip
        with site.transaction() as session, pytest.raises(ConfigurationError) as refused:
            set_signature(session, INSPECTOR, run, item, data)
        assert refused.value.code == code


def test_finishing_is_refused_while_required_answers_or_photos_are_missing(site, run) -> None:
    answer(site, run, "ph", 7.0)
    with site.transaction() as session, pytest.raises(ConfigurationError) as refused:
        finish_run(session, INSPECTOR, run)
    assert refused.value.code == "run_incomplete"
    assert refused.value.detail.split(",") == ["drain_clear", "drums", "signed", "outfall_photo"]
    with site.reading() as session:
        assert [d.id for d in drafts(session)] == [run] and completed_runs(session) == []


def test_a_clean_run_finishes_with_its_score_and_no_actions(site, run) -> None:
    complete(site, run)
    with site.transaction() as session:
        finished = finish_run(session, INSPECTOR, run)
    assert finished.action_ids == () and finished.assessment.passed
    assert finished.summary.status == "completed" and finished.summary.score_percent == 100.0
    with site.reading() as session:
        assert drafts(session) == []
        [listed] = completed_runs(session)
        entry = session.scalars(
            select(ChangeLogEntry).where(ChangeLogEntry.entity == "checklist_run")
        ).one()
    assert listed.id == run and listed.finished_ms is not None and listed.answered == 5
    assert entry.action == "finish" and json.loads(entry.new_value)["score_percent"] == 100.0
    with site.transaction() as session, pytest.raises(ConfigurationError) as done:
        record_answer(session, INSPECTOR, run, "ph", 8.0)
    assert done.value.code == "run_not_draft"
    with site.transaction() as session, pytest.raises(ConfigurationError):
        finish_run(session, INSPECTOR, run)


def test_every_finding_becomes_a_corrective_action(site, run) -> None:
    complete(site, run, ph=9.6, drain="no", drums="leaking")
    answer(site, run, "drain_clear", "no", "东侧雨水沟堵塞")
    with site.transaction() as session:
        finished = finish_run(session, INSPECTOR, run)
    assert len(finished.action_ids) == 3 and finished.assessment.passed is False
    with site.reading() as session:
        actions = {
            a.source_item: a
            for a in session.scalars(select(CorrectiveActionRecord)).all()
        }  # fmt: skip
    assert set(actions) == {"ph", "drain_clear", "drums"}
    assert {a.id for a in actions.values()} == set(finished.action_ids)
    assert all(a.source_run == run and a.state == "open" for a in actions.values())
    ph, drain, drums = actions["ph"], actions["drain_clear"], actions["drums"]
    assert ph.title == "总排口 pH 值：9.6，高于上限 9"
    assert drain.title == "雨水沟畅通：否" and "东侧雨水沟堵塞" in drain.description
    assert drums.title == "危废桶状态：渗漏"
    today = date.today()
    assert (ph.due, ph.priority) == ((today + timedelta(days=14)).isoformat(), "high")
    assert (drain.due, drain.priority) == ((today + timedelta(days=30)).isoformat(), "medium")
    assert ph.created_by == "li"


def test_a_finished_run_still_opens_with_its_answers_and_photos(site, run, data_dir) -> None:
    complete(site, run)
    with site.transaction() as session:
        finish_run(session, INSPECTOR, run)
    with site.reading() as session:
        view = run_view(session, run)
    assert view.summary.status == "completed" and view.answers["drums"] == "ok"
    assert all(photo_path(data_dir, p).exists() for p in view.photos["outfall_photo"])
    assert photo_path(data_dir, view.signatures["signed"]).exists()


def test_photo_bytes_decode_back_to_the_stored_size(site, run, data_dir) -> None:
    with site.transaction() as session:
        info = add_photo(session, INSPECTOR, run, "ph", jpeg(2000, 500))
    data = photo_path(data_dir, info).read_bytes()
    assert Image.open(io.BytesIO(data)).size == (info.width, info.height) == (1600, 400)


def test_a_new_photo_never_takes_the_name_of_a_row_whose_file_went_missing(
    site, run, data_dir
) -> None:
    when = 1_767_225_600_000
    with site.transaction() as session:
        first = add_photo(session, INSPECTOR, run, "ph", jpeg(20, 20), taken_ms=when)
    photo_path(data_dir, first).unlink()  # someone cleaned the folder by hand
    with site.transaction() as session:
        second = add_photo(session, INSPECTOR, run, "ph", jpeg(20, 20), taken_ms=when)
    assert first.file_name.endswith("_1.jpg") and second.file_name.endswith("_2.jpg")
