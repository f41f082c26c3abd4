"""`qingyuan report --audit --from --to --out [--lang]` next to the period report and
`report run`, which keep working (parsed by the real parser, run by its handler)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from desktop_app.cli.main import build_parser, main
from desktop_app.services.startup import open_site


@pytest.fixture
def site(data_dir: Path, demo_port: int) -> Path:
    open_site(data_dir, demo_port=demo_port).database.close()
    return data_dir


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return result.stdout.decode("utf-8")


def test_the_audit_report_of_a_site_without_history(
    site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    pdf = folder / "audit.pdf"
    code = main(["--data-dir", str(site), "report", "--audit", "--from", "2025-09-01", "--to",
                 "2025-10-31", "--out", str(pdf), "--lang", "en"])  # fmt: skip
    assert code == 0
    assert capsys.readouterr().out.split() == ["wrote", str(pdf)]
    assert [p.name for p in folder.iterdir()] == ["audit.pdf"], "no temporary file left"
    text = pdf_text(pdf)
    assert "Cleaner-production audit report" in text
    assert "Chapter 1 Planning and organisation" in text
    assert "Chapter 7 Continuous cleaner production" in text
    assert "No energy baseline: no data" in text, "nothing measured: said, not invented"


def test_the_global_language_and_chinese_by_default(site: Path, tmp_path: Path) -> None:
    zh, en = tmp_path / "zh.pdf", tmp_path / "en.pdf"
    assert main(["--data-dir", str(site), "report", "--audit", "--from", "2025-10-01", "--to",
                 "2025-10-31", "--out", str(zh)]) == 0  # fmt: skip
    assert main(["--data-dir", str(site), "--lang", "en", "report", "--audit", "--from",
                 "2025-10-01", "--to", "2025-10-31", "--out", str(en)]) == 0  # fmt: skip
    assert "清洁生产审核报告" in pdf_text(zh) and "第七章 持续清洁生产" in pdf_text(zh)
    assert "Cleaner-production audit report" in pdf_text(en)


def test_without_audit_the_period_report_is_written(site: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "m.pdf"
    code = main(["--data-dir", str(site), "report", "--from", "2025-10-01", "--to", "2025-10-31",
                 "--out", str(pdf), "--lang", "en"])  # fmt: skip
    assert code == 0
    text = pdf_text(pdf)
    assert "Monthly cleaner-production report" in text
    assert "audit report" not in text


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--from", "2025-10-01", "--to", "2025-10-31"], "needs --from, --to and --out"),
        (["--from", "2025-10-31", "--to", "2025-10-01", "--out", "a.pdf"], "--to must not"),
        (["--from", "2025-10-01", "--to", "2025-10-31", "--out", "a.pdf", "--xlsx", "a.xlsx"],
         "PDF only"),
    ],
)  # fmt: skip
def test_bad_audit_arguments_are_refused(
    site: Path, tmp_path: Path, arguments: list[str], message: str,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.chdir(folder)
    assert main(["--data-dir", str(site), "report", "--audit", *arguments]) == 2
    assert message in capsys.readouterr().err
    assert list(folder.iterdir()) == []


def test_a_missing_folder_is_reported_and_nothing_is_left(
    site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "no such folder" / "audit.pdf"
    code = main(["--data-dir", str(site), "report", "--audit", "--from", "2025-10-01", "--to",
                 "2025-10-31", "--out", str(out)])  # fmt: skip
    assert code == 2
    assert "cannot report" in capsys.readouterr().err
    assert not out.parent.exists()


def test_report_run_still_parses_beside_audit() -> None:
    args = build_parser().parse_args(["report", "run", "abc", "x.pdf"])
    assert (args.report_kind, args.run_id, args.audit) == ("run", "abc", False)
    args = build_parser().parse_args(["report", "--audit", "--from", "2025-01-01", "--to",
                                      "2025-01-31", "--out", "a.pdf"])  # fmt: skip
    assert args.audit and args.report_kind is None
