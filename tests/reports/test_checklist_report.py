"""The run report from a hand-built `ReportRun`: Chinese text readable back from the PDF, the
CJK font embedded (no tofu, no unembedded fallback), page 1 renders, colours flag findings,
missing files and huge answers do not break it, and the file is replaced atomically."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from domain.actions import ActionState, Priority
from domain.checklists import ItemKind, Text
from reports import checklist_report
from reports.checklist_report import (
    ReportAction,
    ReportFinding,
    ReportItem,
    ReportPhoto,
    ReportRun,
    ReportSection,
    render_run_report,
)
from reports.fonts import FontCandidate, FontNotFoundError, candidate_fonts, register_cjk_font
from reports.pdf_parts import local_time

MS = 1_741_050_000_000  # 2025-03-04 01:00 UTC = 09:00 in Shanghai


def photo(path: Path, size: tuple[int, int], colour: tuple[int, int, int]) -> Path:
    picture = Image.new("RGB", size, colour)
    ImageDraw.Draw(picture).rectangle((10, 10, size[0] - 10, size[1] - 10), outline=(0, 0, 0))
    picture.save(path, "JPEG" if path.suffix == ".jpg" else "PNG")
    return path


def signature(path: Path) -> Path:
    picture = Image.new("RGBA", (400, 120), (0, 0, 0, 0))
    ImageDraw.Draw(picture).line([(10, 100), (120, 20), (250, 100), (390, 30)], (0, 0, 90), 5)
    picture.save(path, "PNG")
    return path


def sample_run(folder: Path, **changes: object) -> ReportRun:
    ph = ReportItem(
        "ph", Text("总排口 pH 值", "pH at the outfall"), ItemKind.NUMBER, Text("9.6", "9.6"),
        low=6, high=9, finding=Text("高于上限 9", "above the upper limit 9"),
        note="三次读数平均", photos=(
            ReportPhoto(photo(folder / "wide.jpg", (1600, 1200), (170, 120, 80)), MS),
            ReportPhoto(photo(folder / "tall.png", (600, 1600), (80, 110, 160)), MS + 60_000),
        ),
    )  # fmt: skip
    drain = ReportItem(
        "drain", Text("雨水沟畅通", "Storm drain clear"), ItemKind.YES_NO_NA, Text("否", "No"),
        finding=Text("回答为“否”", "answered no"),
    )  # fmt: skip
    dosing = ReportItem(
        "dosing", Text("加药装置运行正常", "Dosing works"), ItemKind.PASS_FAIL, Text("合格", "Pass")
    )
    skipped = ReportItem("do", Text("好氧池溶解氧", "Dissolved oxygen"), ItemKind.NUMBER, None)
    signed = ReportItem(
        "signed", Text("检查人签名", "Inspector's signature"), ItemKind.SIGNATURE, None,
        signature=ReportPhoto(signature(folder / "sig.png"), MS + 120_000),
    )  # fmt: skip
    values: dict[str, object] = dict(
        run_id="7f1c2d3e-0000-4000-8000-000000000001",
        site_name=Text("清源示范工厂", "Qingyuan demo plant"),
        template_code="test_daily",
        template_name=Text("环保设施日常巡检", "EP facility daily inspection"),
        template_version=3,
        title="二号车间 早班",
        started_by="李工 (li)",
        started_ms=MS,
        finished_by="李工 (li)",
        finished_ms=MS + 600_000,
        timezone="Asia/Shanghai",
        score_percent=75.0,
        passed=False,
        pass_percent=90,
        sections=(
            ReportSection(Text("废水处理设施", "Wastewater"), (ph, drain, skipped)),
            ReportSection(Text("签字确认", "Sign-off"), (dosing, signed)),
        ),
        findings=(
            ReportFinding("ph", ph.text, ph.finding or Text("", "")),
            ReportFinding("drain", drain.text, drain.finding or Text("", "")),
        ),
        actions=(
            ReportAction("更换 pH 计探头", "环保科", "张伟", date(2025, 3, 18), Priority.HIGH,
                         ActionState.OPEN),
            ReportAction("清理雨水沟", "", "", None, Priority.MEDIUM, ActionState.IN_PROGRESS),
        ),
    )  # fmt: skip
    values.update(changes)
    return ReportRun(**values)  # type: ignore[arg-type]


def pdf_text(path: Path) -> str:
    """The PDF's text without whitespace (Chinese wraps anywhere, so lines split words)."""
    try:
        from pypdf import PdfReader
    except ImportError:
        if shutil.which("pdftotext") is None:
            pytest.skip("neither pypdf nor pdftotext (poppler-utils) is installed")
        result = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
        )
        text = result.stdout.decode("utf-8")
    else:
        text = "".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return re.sub(r"\s+", "", text)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    return render_run_report(sample_run(tmp_path), tmp_path / "run.pdf")


def test_chinese_report_holds_item_texts_answers_score_and_actions(pdf: Path) -> None:
    text = pdf_text(pdf)
    for wanted in (
        "清源示范工厂", "检查报告", "环保设施日常巡检", "二号车间早班",
        "总排口pH值", "雨水沟畅通", "加药装置运行正常", "好氧池溶解氧",
        "75.0%", "合格线90%", "不合格", "高于上限9", "回答为“否”", "未作答", "限值6–9",
        "备注：三次读数平均", "更换pH计探头", "清理雨水沟", "环保科", "张伟", "2025-03-18",
        "检查人签名", "已签字", "第1页/共", "7f1c2d3e-0000-4000-8000-000000000001",
    ):  # fmt: skip
        assert wanted in text, wanted
    assert "2025-03-0409:00(Asia/Shanghai,UTC+08:00)" in text  # local time, zone shown


def test_english_report_uses_english_labels_and_texts(tmp_path: Path) -> None:
    pdf = render_run_report(sample_run(tmp_path), tmp_path / "en.pdf", language="en")
    text = pdf_text(pdf)
    for wanted in (
        "Inspectionreport", "EPfacilitydailyinspection", "pHattheoutfall", "FAILED",
        "Finding:abovetheupperlimit9", "Correctiveactions", "high", "inprogress", "Page1of",
        "Qingyuandemoplant",
    ):  # fmt: skip
        assert wanted in text, wanted
    assert "总排口" not in text


def test_the_cjk_font_is_embedded_and_no_unembedded_font_is_used(pdf: Path) -> None:
    data = pdf.read_bytes()
    assert b"WenQuanYiMicroHei" in data  # the shipped font's PostScript name
    assert b"/FontFile2" in data  # TrueType font program inside the PDF
    assert b"/Helvetica" not in data
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
        rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
        assert rows and all("WenQuanYiMicroHei" in row[0] for row in rows)
        assert all(row[-5] == "yes" for row in rows)  # emb column


def test_page_one_renders_with_red_findings(pdf: Path, tmp_path: Path) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    subprocess.run(
        ["pdftoppm", "-r", "60", "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / "page")],
        check=True,
    )
    [png] = tmp_path.glob("page*.png")
    with Image.open(png) as page:
        rgb = page.convert("RGB")
    assert abs(rgb.size[0] - 496) <= 1 and abs(rgb.size[1] - 702) <= 1  # A4 at 60 dpi
    colours = rgb.getcolors(maxcolors=1_000_000) or []
    dark = sum(n for n, (r, g, b) in colours if r + g + b < 300)
    red = sum(n for n, (r, g, b) in colours if r > 150 and g < 90 and b < 90)
    assert dark > 1500  # text was drawn
    assert red > 50  # the failed result and the findings are red


def test_photos_and_signature_are_embedded_as_images(pdf: Path) -> None:
    data = pdf.read_bytes()
    assert data.count(b"/Subtype /Image") >= 3


def test_missing_photo_file_is_named_instead_of_failing(tmp_path: Path) -> None:
    run = sample_run(tmp_path)
    gone = ReportItem(
        "gone", Text("排口照片", "Outfall photo"), ItemKind.PHOTO, None,
        photos=(ReportPhoto(tmp_path / "lost_photo_1.jpg", MS),),
    )  # fmt: skip
    run = sample_run(tmp_path, sections=(*run.sections, ReportSection(Text("照片", "P"), (gone,))))
    text = pdf_text(render_run_report(run, tmp_path / "gone.pdf"))
    assert "照片文件缺失:lost_photo_1.jpg" in text
    assert "照片×1" in text


def test_a_long_text_answer_flows_over_pages(tmp_path: Path) -> None:
    long = "污泥外运记录。" * 3000  # 21,000 characters in one table cell
    item = ReportItem("t", Text("说明", "Notes"), ItemKind.TEXT, Text(long, long))
    run = sample_run(tmp_path, sections=(ReportSection(Text("记录", "Records"), (item,)),))
    pdf = render_run_report(run, tmp_path / "long.pdf")
    text = pdf_text(pdf)
    assert text.count("污") == 3000  # every character is there (page breaks may split words)
    assert "见下行" in text


def test_a_run_without_score_findings_or_actions(tmp_path: Path) -> None:
    run = sample_run(
        tmp_path, score_percent=None, passed=None, findings=(), actions=(), title="",
        finished_by=None, finished_ms=None, timezone="Nowhere/Unknown",
    )  # fmt: skip
    text = pdf_text(render_run_report(run, tmp_path / "plain.pdf"))
    assert "未评分" in text
    assert "整改措施无" in text
    assert "发现问题0" in text


def test_render_replaces_the_file_atomically(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "run.pdf"
    out.write_bytes(b"old report")

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(checklist_report.SimpleDocTemplate, "build", broken)
    with pytest.raises(OSError, match="disk full"):
        render_run_report(sample_run(tmp_path), out)
    assert out.read_bytes() == b"old report"
    monkeypatch.undo()
    render_run_report(sample_run(tmp_path), out)
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_unknown_language_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="language"):
        render_run_report(sample_run(tmp_path), tmp_path / "x.pdf", language="fr")


def test_font_search_order_and_error(tmp_path: Path) -> None:
    shipped, *rest = candidate_fonts(windir=str(tmp_path / "Windows"))
    assert shipped.path.name == "wqy-microhei.ttc" and shipped.path.is_file()
    assert shipped.subfont_index == 0
    fonts = tmp_path / "Windows" / "Fonts"
    assert [c.path for c in rest][-2:] == [fonts / "msyh.ttc", fonts / "simhei.ttf"]
    (tmp_path / "broken.ttf").write_bytes(b"not a font")
    missing = (FontCandidate(tmp_path / "none.ttc"), FontCandidate(tmp_path / "broken.ttf"))
    with pytest.raises(FontNotFoundError) as error:
        register_cjk_font(missing)
    assert "none.ttc: not found" in str(error.value)
    assert "broken.ttf" in str(error.value)
    fallback = register_cjk_font((missing[0], shipped))  # the next candidate is taken
    assert fallback == register_cjk_font()  # and registered once


def test_local_time_shows_the_zone() -> None:
    assert local_time(MS, "Asia/Shanghai") == "2025-03-04 09:00 (Asia/Shanghai, UTC+08:00)"
    assert local_time(MS, "Asia/Shanghai", short=True) == "2025-03-04 09:00 UTC+08:00"
    assert local_time(MS, "Europe/Berlin").endswith("(Europe/Berlin, UTC+01:00)")
    assert re.fullmatch(r"2025-03-0\d \d\d:\d\d \(UTC[+-]\d\d:\d\d\)", local_time(MS, "Bad/Zone"))
    assert local_time(None, "Asia/Shanghai") == "—"
