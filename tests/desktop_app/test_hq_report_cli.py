"""`qingyuan --hq hq-report` as head office types it: the PDF and the Excel twin written where
asked, their paths printed; without --hq, or with a period ending before it starts, exit 2 and
no file."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from desktop_app.cli import hq_command, hq_report_command
from desktop_app.services.hq_import import import_bundles
from desktop_app.services.hq_sites import register_site
from domain.roles import SYSTEM
from storage.hq.engine import open_hq
from tests.desktop_app.services.hq_sites_helpers import ExportedSite, exported_site


@pytest.fixture(scope="module")
def plant(tmp_path_factory: pytest.TempPathFactory) -> ExportedSite:
    return exported_site(tmp_path_factory.mktemp("plant"), "PLANT01", 40.0)


@pytest.fixture
def office(tmp_path: Path, plant: ExportedSite) -> Path:
    data_dir = tmp_path / "hq"
    hq = open_hq(data_dir)
    with hq.transaction() as session:
        register_site(session, SYSTEM, plant.public_key)
    assert all(r.ok for r in import_bundles(hq, SYSTEM, list(plant.bundles[:3])))
    hq.close()
    return data_dir


def parser() -> argparse.ArgumentParser:
    """As `main.py` registers it: the global HQ flags and the sub-command."""
    parser = argparse.ArgumentParser(prog="qingyuan")
    parser.add_argument("--data-dir")
    hq_command.add_global_flags(parser)
    hq_report_command.add_parser(parser.add_subparsers(dest="command"))
    return parser


def qingyuan(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = hq_report_command.run(parser().parse_args(list(args)))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_report_and_its_excel_twin_are_written(
    capsys: pytest.CaptureFixture[str], office: Path, plant: ExportedSite, tmp_path: Path
) -> None:
    pdf, xlsx = tmp_path / "out" / "hq.pdf", tmp_path / "out" / "hq.xlsx"
    pdf.parent.mkdir()
    period = ["--from", plant.days[0].isoformat(), "--to", plant.days[-1].isoformat()]
    code, out, err = qingyuan(
        capsys, "--hq", "--data-dir", str(office), "hq-report", *period, "--out", str(pdf),
        "--xlsx", str(xlsx), "--lang", "en",
    )  # fmt: skip
    assert code == 0, err
    assert out.splitlines() == [str(pdf), str(xlsx)]
    assert pdf.read_bytes().startswith(b"%PDF") and xlsx.stat().st_size > 0
    assert sorted(p.name for p in pdf.parent.iterdir()) == ["hq.pdf", "hq.xlsx"]


def test_refusals_write_nothing(
    capsys: pytest.CaptureFixture[str], office: Path, tmp_path: Path
) -> None:
    pdf = tmp_path / "hq.pdf"
    backwards = ["hq-report", "--from", "2026-03-02", "--to", "2026-03-01", "--out", str(pdf)]
    code, _, err = qingyuan(capsys, "--data-dir", str(office), *backwards)
    assert code == 2 and "add --hq" in err
    code, _, err = qingyuan(capsys, "--hq", "--data-dir", str(office), *backwards)
    assert code == 2 and "ends before it starts" in err
    assert not pdf.exists()
