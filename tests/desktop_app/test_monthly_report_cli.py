"""`qingyuan report --from --to --out [--xlsx] [--lang]` next to `qingyuan report run`, and
`qingyuan report-schedule` (parsed by the real parser, run by its handler)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.cli import report_command
from desktop_app.cli.main import build_parser, main
from desktop_app.services.startup import open_site
from desktop_app.services.users import create_user
from domain.roles import SYSTEM, Role

PASSWORD = "a long enough password"


@pytest.fixture
def site(data_dir: Path, demo_port: int) -> Path:
    database = open_site(data_dir, demo_port=demo_port).database
    with database.transaction() as session:
        create_user(session, SYSTEM, "boss", PASSWORD, Role.ADMINISTRATOR, "厂长")
        create_user(session, SYSTEM, "guest", PASSWORD, Role.VIEWER, "访客")
    database.close()
    return data_dir


def test_the_period_report_with_its_excel_twin(
    site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf, xlsx = tmp_path / "out" / "m.pdf", tmp_path / "out" / "m.xlsx"
    pdf.parent.mkdir()
    code = main(["--data-dir", str(site), "report", "--from", "2025-10-01", "--to",
                 "2025-10-31", "--out", str(pdf), "--xlsx", str(xlsx), "--lang", "en"])  # fmt: skip
    assert code == 0
    assert capsys.readouterr().out.split() == ["wrote", str(pdf), "wrote", str(xlsx)]
    assert pdf.read_bytes().startswith(b"%PDF")
    assert load_workbook(xlsx).sheetnames[0] == "Summary"


def test_the_global_language_applies_and_pdf_alone_is_fine(site: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    pdf = folder / "d.pdf"
    code = main(["--data-dir", str(site), "--lang", "en", "report", "--from", "2025-10-01",
                 "--to", "2025-10-01", "--out", str(pdf)])  # fmt: skip
    assert code == 0 and [p.name for p in folder.iterdir()] == ["d.pdf"]
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True).stdout
    assert b"Daily cleaner-production report" in text


@pytest.mark.parametrize(
    "arguments",
    [
        ["--from", "2025-10-01", "--to", "2025-10-31"],
        ["--from", "2025-10-31", "--to", "2025-10-01", "--out", "x.pdf"],
    ],
)
def test_missing_or_backwards_periods_are_refused(
    site: Path, arguments: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(site), "report", *arguments]) == 2
    assert "qingyuan:" in capsys.readouterr().err


def test_a_bad_date_is_an_argument_error(site: Path) -> None:
    with pytest.raises(SystemExit):
        main(["--data-dir", str(site), "report", "--from", "October", "--to", "2025-10-31",
              "--out", "x.pdf"])  # fmt: skip


def test_report_run_still_parses_and_reports_an_unknown_run(
    site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = build_parser().parse_args(["report", "run", "abc", "x.pdf", "--lang", "en"])
    assert (args.report_kind, args.run_id, args.out, args.lang) == ("run", "abc", "x.pdf", "en")
    code = main(["--data-dir", str(site), "report", "run", "no-such-run", str(tmp_path / "r.pdf")])
    assert code == 2
    assert "unknown_run" in capsys.readouterr().err


def schedule(site: Path, *arguments: str) -> int:
    args = build_parser().parse_args(["--data-dir", str(site), "report-schedule", *arguments])
    return report_command.run_schedule(args)


def test_report_schedule_set_show_and_run(
    site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setenv("QINGYUAN_PASSWORD", PASSWORD)
    daily, monthly = tmp_path / "daily", tmp_path / "monthly"
    assert schedule(site, "set", "--daily", str(daily), "--monthly", str(monthly),
                    "--no-xlsx", "--user", "boss") == 0  # fmt: skip
    shown = json.loads(capsys.readouterr().out)
    assert shown["daily_folder"] == str(daily) and shown["excel"] is False
    assert schedule(site, "run") == 0
    written = capsys.readouterr().out.splitlines()
    assert len(written) == 2 and all(line.startswith("wrote ") for line in written)
    assert len(list(daily.iterdir())) == 1 and len(list(monthly.iterdir())) == 1
    assert schedule(site, "run") == 0 and capsys.readouterr().out == ""
    assert schedule(site) == 0
    assert json.loads(capsys.readouterr().out)["last_daily"] is not None


def test_report_schedule_set_needs_site_rights(
    site: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QINGYUAN_PASSWORD", PASSWORD)
    assert schedule(site, "set", "--daily", "/tmp/x", "--user", "guest") == 2
    assert "not saved" in capsys.readouterr().err
