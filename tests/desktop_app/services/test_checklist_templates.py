"""Checklist templates in the database: built-ins installed once per version, imports that keep
every version a run may refer to, refusals with the parser's code and pointer, export."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from desktop_app.services import checklist_templates
from desktop_app.services.checklist_runs import run_view, start_run
from desktop_app.services.checklist_templates import (
    available_templates,
    builtin_template_texts,
    export_template,
    import_template,
    install_builtin_templates,
    load_template,
    read_template_file,
)
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.startup import open_site
from domain.checklists import Category, parse_template
from domain.roles import PermissionDenied
from storage.models import ChangeLogEntry, ChecklistTemplateRecord
from tests.desktop_app.services.checklist_samples import (
    DAILY,
    ENGINEER,
    INSPECTOR,
    VIEWER,
    template_text,
)


@pytest.fixture
def site(data_dir, demo_port):
    startup = open_site(data_dir, demo_port=demo_port)
    yield startup.database
    startup.database.close()


def test_start_up_installs_every_shipped_template_once(site, data_dir, demo_port) -> None:
    shipped = builtin_template_texts()
    with site.reading() as session:
        rows = list(session.scalars(select(ChecklistTemplateRecord)))
        listed = available_templates(session)
    assert len(rows) == len(shipped)
    assert all(row.builtin and row.active and row.imported_by == "system" for row in rows)
    assert {s.code for s in listed} == {parse_template(text).code for _, text in shipped}
    site.close()
    again = open_site(data_dir, demo_port=demo_port)  # the next start adds nothing
    with again.database.transaction() as session:
        assert install_builtin_templates(session) == 0
        assert len(list(session.scalars(select(ChecklistTemplateRecord)))) == len(shipped)
    again.database.close()


def test_a_release_with_a_new_built_in_version_adds_it_and_skips_a_broken_file(
    site, monkeypatch
) -> None:
    files = [("a.json", template_text("test_builtin", 1)), ("b.json", "{not json")]
    monkeypatch.setattr(checklist_templates, "builtin_template_texts", lambda: files)
    with site.transaction() as session:
        assert install_builtin_templates(session) == 1
        assert install_builtin_templates(session) == 0
    files.append(("c.json", template_text("test_builtin", 2, "新版")))
    with site.transaction() as session:
        assert install_builtin_templates(session) == 1
        newest = next(s for s in available_templates(session) if s.code == "test_builtin")
        assert (newest.version, newest.builtin, newest.name.zh) == (2, True, "新版")
        assert load_template(session, "test_builtin", 1).version == 1


def test_import_needs_manage_templates(site) -> None:
    for actor in (VIEWER, INSPECTOR):
        with site.transaction() as session, pytest.raises(PermissionDenied):
            import_template(session, actor, DAILY)
    with site.transaction() as session:
        summary = import_template(session, ENGINEER, DAILY, source="daily.json")
    assert (summary.code, summary.version, summary.builtin, summary.items) == (
        "test_daily", 1, False, 6,
    )  # fmt: skip
    assert summary.category == Category.INSPECTION.value and summary.name.en == "Test daily round"
    with site.reading() as session:
        entry = session.scalars(
            select(ChangeLogEntry).where(ChangeLogEntry.entity == "checklist_template")
        ).all()[-1]
        row = session.get(ChecklistTemplateRecord, ("test_daily", 1))
    assert entry.action == "import" and entry.actor_name == "wang" and entry.reason == "daily.json"
    assert json.loads(entry.new_value)["code"] == "test_daily"
    assert row is not None and row.imported_by == "wang" and not row.builtin


def test_versions_only_go_up_and_a_version_never_changes_its_content(site) -> None:
    with site.transaction() as session:
        import_template(session, ENGINEER, DAILY)
    with site.transaction() as session:  # the identical file again: nothing happens
        assert import_template(session, ENGINEER, DAILY).version == 1
    with site.transaction() as session, pytest.raises(ConfigurationError) as refused:
        import_template(session, ENGINEER, template_text(name_zh="改过的名称"))
    assert (refused.value.code, refused.value.field) == ("version_exists", "/version")
    with site.transaction() as session:
        import_template(session, ENGINEER, template_text(version=3, name_zh="第三版"))
    with site.transaction() as session, pytest.raises(ConfigurationError) as refused:
        import_template(session, ENGINEER, template_text(version=2))
    assert refused.value.code == "version_not_newer" and refused.value.detail == "2 < 3"
    with site.reading() as session:
        listed = [s for s in available_templates(session) if s.code == "test_daily"]
        assert [(s.version, s.name.zh) for s in listed] == [(3, "第三版")]
        assert load_template(session, "test_daily").version == 3
        assert load_template(session, "test_daily", 1).name.zh == "测试日常巡检"


def test_a_run_keeps_the_version_it_was_started_with(site) -> None:
    with site.transaction() as session:
        import_template(session, ENGINEER, DAILY)
        old_run = start_run(session, INSPECTOR, "test_daily")
        import_template(session, ENGINEER, template_text(version=2, name_zh="第二版"))
        new_run = start_run(session, INSPECTOR, "test_daily")
    with site.reading() as session:
        assert run_view(session, old_run).template.version == 1
        assert run_view(session, new_run).summary.template_version == 2


@pytest.mark.parametrize(
    ("text", "code", "field"),
    [
        ("{not json", "not_json", ""),
        (DAILY.replace('"weight": 2', '"wieght": 2'), "unknown_key", "/sections/0/items/0/wieght"),
        (DAILY.replace('"category": "inspection"', '"category": "fun"'), "bad_value", "/category"),
    ],
)
def test_a_broken_file_is_refused_with_the_parser_code_and_pointer(
    site, text: str, code: str, field: str
) -> None:
    with site.transaction() as session, pytest.raises(ConfigurationError) as refused:
        import_template(session, ENGINEER, text)
    assert refused.value.code == code
    assert refused.value.field == field
    with site.reading() as session:
        assert session.get(ChecklistTemplateRecord, ("test_daily", 1)) is None


def test_export_reads_back_to_the_same_template(site) -> None:
    with site.transaction() as session:
        import_template(session, ENGINEER, DAILY)
        import_template(session, ENGINEER, template_text(version=2, name_zh="第二版"))
    with site.reading() as session:
        first = export_template(session, "test_daily", 1)
        newest = export_template(session, "test_daily")
        assert parse_template(first) == load_template(session, "test_daily", 1)
        assert json.loads(newest)["version"] == 2 and first.endswith("\n")
        with pytest.raises(ConfigurationError) as unknown:
            export_template(session, "test_daily", 7)
        assert unknown.value.code == "unknown_template"
        with pytest.raises(ConfigurationError):
            load_template(session, "nothing_here")
    with site.transaction() as session:  # the exported text is the stored one: no new version
        assert import_template(session, ENGINEER, first).version == 1


def test_template_files_must_be_utf8(tmp_path) -> None:
    good = tmp_path / "good.json"
    good.write_bytes(b"\xef\xbb\xbf" + DAILY.encode("utf-8"))
    assert read_template_file(good).lstrip().startswith("{")
    bad = tmp_path / "bad.json"
    bad.write_bytes(DAILY.encode("gbk"))
    with pytest.raises(ConfigurationError) as refused:
        read_template_file(bad)
    assert refused.value.code == "not_utf8"
    with pytest.raises(ConfigurationError) as missing:
        read_template_file(tmp_path / "none.json")
    assert missing.value.code == "unreadable"
