"""`qingyuan report run`: a real inspection made through the services (template import, answers,
photos, a signature, finish into actions) reported as a PDF, and what the service puts in it."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from desktop_app.cli.main import main
from desktop_app.services.actions import create_action
from desktop_app.services.checklist_runs import (
    add_photo,
    finish_run,
    record_answer,
    set_signature,
    start_run,
)
from desktop_app.services.checklist_templates import import_template
from desktop_app.services.database import open_database
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.run_report import report_run
from desktop_app.services.startup import open_site
from desktop_app.services.users import authenticate, create_user
from domain.actions import Priority
from domain.checklists import ItemKind
from domain.roles import SYSTEM, Role

PASSWORD = "a long enough password"
TEMPLATE = """
{
  "format": 1, "code": "report_round", "version": 2,
  "name": {"zh": "报告测试巡检", "en": "Report test round"},
  "category": "inspection", "scoring": {"pass_percent": 80},
  "sections": [
    {"code": "water", "title": {"zh": "废水设施", "en": "Wastewater"}, "items": [
      {"code": "ph", "kind": "number", "text": {"zh": "总排口 pH 值", "en": "pH at the outfall"},
       "limits": {"low": 6, "high": 9}, "weight": 2, "photos": {"min": 0, "max": 2}},
      {"code": "drain", "kind": "yes_no_na", "text": {"zh": "雨水沟畅通", "en": "Drain clear"}},
      {"code": "leak", "kind": "text", "required": false,
       "text": {"zh": "泄漏部位说明", "en": "Where it leaks"},
       "show_if": {"item": "drain", "equals": "no"}},
      {"code": "drums", "kind": "single_choice", "text": {"zh": "危废桶状态", "en": "Drums"},
       "options": [
         {"code": "ok", "text": {"zh": "完好", "en": "Intact"}, "score": 1},
         {"code": "leaking", "text": {"zh": "渗漏", "en": "Leaking"}, "score": 0, "finding": true}
       ]}
    ]},
    {"code": "end", "title": {"zh": "签字确认", "en": "Sign-off"}, "items": [
      {"code": "signed", "kind": "signature", "text": {"zh": "检查人签名", "en": "Signature"}}
    ]}
  ]
}
"""


def jpeg(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (150, 110, 70)).save(buffer, "JPEG")
    return buffer.getvalue()


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGBA", (300, 100), (0, 0, 80, 255)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def site(data_dir: Path, demo_port: int) -> tuple[Path, str, str]:
    """(data dir, completed run id, draft run id)."""
    startup = open_site(data_dir, demo_port=demo_port)
    database = startup.database
    with database.transaction() as session:
        create_user(session, SYSTEM, "li", PASSWORD, Role.INSPECTOR, "李工")
        import_template(session, SYSTEM, TEMPLATE)
    with database.reading() as session:
        inspector = authenticate(session, "li", PASSWORD)
    assert inspector is not None
    with database.transaction() as session:
        run = start_run(session, inspector, "report_round", "三号车间 夜班")
        draft = start_run(session, inspector, "report_round")
    for code, value, note in (
        ("ph", 9.6, "三次读数平均"),
        ("drain", "yes", ""),
        ("leak", "东侧", ""),  # answered, then hidden by drain = yes: not in the report
        ("drums", "leaking", ""),
    ):
        with database.transaction() as session:
            record_answer(session, inspector, run, code, value, note)
    with database.transaction() as session:
        add_photo(session, inspector, run, "ph", jpeg(160, 120))
        add_photo(session, inspector, run, "ph", jpeg(90, 160))
        set_signature(session, inspector, run, "signed", png())
        finish_run(session, inspector, run)
        create_action(session, SYSTEM, title="与本次检查无关的措施")  # not from this run
    database.close()
    return data_dir, run, draft


def qingyuan(capsys, data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def pdf_text(path: Path) -> str:
    try:
        from pypdf import PdfReader
    except ImportError:
        if shutil.which("pdftotext") is None:
            pytest.skip("neither pypdf nor pdftotext (poppler-utils) is installed")
        out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True)
        return re.sub(r"\s+", "", out.stdout.decode("utf-8"))
    return re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in PdfReader(path).pages))


def test_report_run_writes_a_chinese_pdf(capsys, site, tmp_path: Path) -> None:
    data_dir, run, _ = site
    out = tmp_path / "reports" / "run.pdf"  # the folder is made
    code, stdout, stderr = qingyuan(capsys, data_dir, "report", "run", run, str(out))
    assert code == 0, stderr
    assert stdout.strip() == f"wrote {out}"
    text = pdf_text(out)
    for wanted in (
        "报告测试巡检", "三号车间夜班", "总排口pH值", "雨水沟畅通", "危废桶状态", "渗漏",
        "高于上限9", "李工(li)", "检查人签名", "已签字", "整改措施", "总排口pH值：9.6，高于上限9",
        "危废桶状态：渗漏", run,
    ):  # fmt: skip
        assert wanted in text, wanted
    assert "泄漏部位说明" not in text  # hidden by the answers: never asked
    assert "与本次检查无关的措施" not in text
    assert out.read_bytes().count(b"/Subtype /Image") >= 3  # two photos and the signature


def test_report_language_from_the_command_or_the_global_option(capsys, site, tmp_path) -> None:
    data_dir, run, _ = site
    for args in (("report", "run", run, "a.pdf", "--lang", "en"),
                 ("--lang", "en", "report", "run", run, "a.pdf")):  # fmt: skip
        out = tmp_path / "a.pdf"
        out.unlink(missing_ok=True)
        code, _, stderr = qingyuan(
            capsys, data_dir, *[str(out) if a == "a.pdf" else a for a in args]
        )
        assert code == 0, stderr
        text = pdf_text(out)
        assert "Inspectionreport" in text and "pHattheoutfall" in text
        assert "Finding:abovetheupperlimit9" in text


def test_unknown_and_unfinished_runs_are_refused(capsys, site, tmp_path: Path) -> None:
    data_dir, _, draft = site
    out = tmp_path / "x.pdf"
    code, _, stderr = qingyuan(capsys, data_dir, "report", "run", "no-such-run", str(out))
    assert code == 2 and "unknown_run" in stderr
    code, _, stderr = qingyuan(capsys, data_dir, "report", "run", draft, str(out))
    assert code == 2 and "run_not_completed" in stderr
    assert not out.exists()


def test_report_run_service_describes_the_stored_run(site) -> None:
    data_dir, run, draft = site
    database = open_database(data_dir)
    try:
        with database.reading() as session:
            report = report_run(session, data_dir, run)
            with pytest.raises(ConfigurationError, match="run_not_completed"):
                report_run(session, data_dir, draft)
    finally:
        database.close()
    assert report.site_name.zh and report.timezone
    assert (report.template_code, report.template_version) == ("report_round", 2)
    assert report.started_by == report.finished_by == "李工 (li)"
    assert report.finished_ms is not None and report.finished_ms >= report.started_ms
    items = {item.code: item for item in report.items()}
    assert list(items) == ["ph", "drain", "drums", "signed"]
    ph = items["ph"]
    assert ph.answer is not None and ph.answer.zh == "9.6"
    assert ph.finding is not None and ph.finding.en == "above the upper limit 9"
    assert ph.note == "三次读数平均"
    assert len(ph.photos) == 2 and all(p.path.is_absolute() and p.path.is_file() for p in ph.photos)
    assert items["drain"].answer is not None and items["drain"].answer.zh == "是"
    assert items["drums"].finding is not None and items["drums"].finding.zh == "渗漏"
    assert items["signed"].kind is ItemKind.SIGNATURE
    assert items["signed"].signature is not None and items["signed"].signature.path.is_file()
    assert [f.item_code for f in report.findings] == ["ph", "drums"]
    assert report.score_percent is not None and report.passed is False
    assert [a.title for a in report.actions] == [
        "总排口 pH 值：9.6，高于上限 9",
        "危废桶状态：渗漏",
    ]
    assert report.actions[0].priority is Priority.HIGH  # weight 2: urgent
