"""`qingyuan --hq register | import | sites | compare` as head office types them: register a
site's exported key, import its bundles (exit 0, then "no change" on re-import), refusals one
line each with the reason and a non-zero exit, the sites and the comparison as JSON."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop_app.cli import hq_command
from desktop_app.services.database import open_database
from desktop_app.services.users import create_user
from domain.roles import SYSTEM, Role
from tests.desktop_app.services.hq_sites_helpers import ExportedSite, exported_site
from tests.storage import hq_helpers

PASSWORD = "a long enough password"
postgres_server, postgres_url = hq_helpers.postgres_server, hq_helpers.postgres_url


@pytest.fixture(scope="module")
def plant(tmp_path_factory: pytest.TempPathFactory) -> ExportedSite:
    return exported_site(tmp_path_factory.mktemp("plant"), "PLANT01", 40.0)


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data_dir = tmp_path / "hq"
    database = open_database(data_dir)
    with database.transaction() as session:
        create_user(session, SYSTEM, "zhang", PASSWORD, Role.ADMINISTRATOR)
        create_user(session, SYSTEM, "wang", PASSWORD, Role.ENGINEER)
    database.close()
    monkeypatch.setenv("QINGYUAN_PASSWORD", PASSWORD)
    return data_dir


def qingyuan(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = hq_command.run(hq_command.build_parser().parse_args(list(args)))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_register_import_re_import_and_a_tampered_bundle(
    capsys: pytest.CaptureFixture[str], office: Path, plant: ExportedSite, tmp_path: Path
) -> None:
    hq = ["--hq", "--data-dir", str(office)]
    code, out, err = qingyuan(capsys, *hq, "register", str(plant.key_file), "--user", "zhang")
    assert code == 0, err
    assert out.startswith("registered  key ") and len(out.split("key ")[1].split()[0]) == 4
    bundles = [str(p) for p in plant.bundles[:3]]
    code, out, err = qingyuan(capsys, *hq, "import", *bundles, "--user", "wang")
    assert code == 0, err
    assert [line.split()[0] for line in out.splitlines()] == ["imported"] * 3
    assert "PLANT01-000001.qybundle  site PLANT01 #1 full" in out
    code, out, _ = qingyuan(capsys, *hq, "import", *bundles, "--user", "wang")
    assert code == 0 and out.count("already imported, no change") == 3
    tampered = tmp_path / plant.bundles[3].name
    data = bytearray(plant.bundles[3].read_bytes())
    data[100] ^= 0xFF
    tampered.write_bytes(bytes(data))
    code, out, err = qingyuan(capsys, *hq, "import", str(tampered), bundles[0], "--user", "wang")
    assert code == 2
    assert len(err.splitlines()) == 1 and err.startswith(
        "qingyuan: refused: PLANT01-000004.qybundle: hash_mismatch: "
    )
    assert "unchanged" in out
    code, out, _ = qingyuan(capsys, *hq, "sites", "--json")
    [site] = json.loads(out)
    assert (site["code"], site["last_sequence"], site["missing"]) == ("PLANT01", 3, [])


def test_refusals_say_why_one_line_each(
    capsys: pytest.CaptureFixture[str], office: Path, plant: ExportedSite
) -> None:
    hq = ["--hq", "--data-dir", str(office)]
    code, _, err = qingyuan(capsys, *hq, "import", str(plant.bundles[0]), "--user", "wang")
    assert code == 2 and "unknown_site" in err and err.count("\n") == 1
    qingyuan(capsys, *hq, "register", str(plant.key_file), "--user", "zhang")
    code, _, err = qingyuan(
        capsys, *hq, "import", str(plant.bundles[1]), str(plant.bundles[2]), "--user", "wang"
    )
    assert code == 2
    assert [line.split(": ")[3] for line in err.splitlines()] == ["gap", "gap"]
    assert "(#1)" in err
    code, _, err = qingyuan(capsys, *hq, "register", str(plant.key_file), "--user", "zhang")
    assert code == 2 and "already_registered" in err


def test_only_an_administrator_registers_and_passwords_are_checked(
    capsys: pytest.CaptureFixture[str],
    office: Path,
    plant: ExportedSite,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hq = ["--hq", "--data-dir", str(office)]
    code, _, err = qingyuan(capsys, *hq, "register", str(plant.key_file), "--user", "wang")
    assert code == 2 and "configure_site" in err
    monkeypatch.setenv("QINGYUAN_PASSWORD", "wrong")
    code, _, err = qingyuan(capsys, *hq, "register", str(plant.key_file), "--user", "zhang")
    assert code == 3


def test_without_hq_the_commands_refuse(capsys: pytest.CaptureFixture[str], office: Path) -> None:
    code, _, err = qingyuan(capsys, "--data-dir", str(office), "sites")
    assert code == 2 and "--hq" in err
    assert not (office / "hq.sqlite3").exists()


def test_import_is_head_office_work_even_without_the_flag(
    capsys: pytest.CaptureFixture[str], office: Path, plant: ExportedSite
) -> None:
    qingyuan(capsys, "--hq", "--data-dir", str(office), "register", str(plant.key_file),
             "--user", "zhang")  # fmt: skip
    code, out, err = qingyuan(
        capsys, "--data-dir", str(office), "import", str(plant.bundles[0]), "--user", "wang"
    )
    assert code == 0, err
    assert out.startswith("imported")


def test_compare_as_json(
    capsys: pytest.CaptureFixture[str], office: Path, plant: ExportedSite
) -> None:
    hq = ["--hq", "--data-dir", str(office)]
    qingyuan(capsys, *hq, "register", str(plant.key_file), "--user", "zhang")
    qingyuan(capsys, *hq, "import", *[str(p) for p in plant.bundles[:3]], "--user", "wang")
    first, last = plant.days[0].isoformat(), plant.days[-1].isoformat()
    code, out, _ = qingyuan(capsys, *hq, "compare", "--from", first, "--to", last, "--json")
    document = json.loads(out)
    assert code == 0 and (document["from"], document["to"]) == (first, last)
    energy = next(r for r in document["rows"] if r["kpi"] == "energy_per_unit")
    assert energy["site_code"] == "PLANT01" and energy["unit"] == "kgce/t"
    assert energy["value"] > 0 and energy["rank"] == 1
    code, out, _ = qingyuan(capsys, *hq, "compare", "--from", first, "--to", last)
    assert "energy_per_unit" in out and "kgce/t" in out


def test_a_postgresql_head_office(
    capsys: pytest.CaptureFixture[str], office: Path, plant: ExportedSite, postgres_url: str
) -> None:
    hq = ["--hq", "--hq-url", postgres_url, "--data-dir", str(office)]
    qingyuan(capsys, *hq, "register", str(plant.key_file), "--user", "zhang")
    code, out, err = qingyuan(capsys, *hq, "import", str(plant.bundles[0]), "--user", "wang")
    assert code == 0, err
    assert not (office / "hq.sqlite3").exists()
    code, out, _ = qingyuan(capsys, *hq, "sites", "--json")
    assert json.loads(out)[0]["last_sequence"] == 1
    shutil.rmtree(office)
