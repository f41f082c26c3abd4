"""`qingyuan export`, `qingyuan verify` and `qingyuan site-key` as a person types them."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop_app.cli import bundle_command
from desktop_app.services.startup import open_site
from desktop_app.services.users import create_user
from domain.roles import SYSTEM, Role
from storage.bundles.keys import public_pem

PASSWORD = "a long enough password"


@pytest.fixture
def site(data_dir: Path, demo_port: int, monkeypatch) -> Path:
    startup = open_site(data_dir, demo_port=demo_port)
    with startup.database.transaction() as session:
        create_user(session, SYSTEM, "zhang", PASSWORD, Role.ADMINISTRATOR)
        create_user(session, SYSTEM, "wang", PASSWORD, Role.ENGINEER)
    startup.database.close()
    monkeypatch.setenv("QINGYUAN_PASSWORD", PASSWORD)
    return data_dir


def qingyuan(capsys, *args: str) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="qingyuan")
    parser.add_argument("--data-dir")
    bundle_command.add_parser(parser.add_subparsers(dest="command"))
    code = bundle_command.run(parser.parse_args(list(args)))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_export_then_verify_with_the_registered_key(capsys, site: Path, tmp_path: Path) -> None:
    data = ["--data-dir", str(site)]
    code, out, _ = qingyuan(capsys, *data, "site-key", "--export", str(tmp_path / "site.pem"))
    assert code == 0
    fingerprint = out.split("fingerprint")[1].split("\n")[0].strip()
    assert len(fingerprint) == 19 and (tmp_path / "site.pem").read_bytes().startswith(b"-----")
    code, out, err = qingyuan(
        capsys, *data, "export", "--out", str(tmp_path / "usb"), "--user", "zhang"
    )
    assert code == 0, err
    bundle = Path(out.strip())
    assert bundle == tmp_path / "usb" / "DEMO-000001.qybundle"
    code, out, _ = qingyuan(capsys, "verify", str(bundle), "--pubkey", str(tmp_path / "site.pem"))
    assert code == 0
    assert out.startswith("valid: DEMO-000001.qybundle") and "#1 full" in out
    assert fingerprint in out and out.count("\n") == 1
    code, out, _ = qingyuan(
        capsys, *data, "export", "--out", str(tmp_path / "usb"), "--user", "zhang"
    )
    assert Path(out.strip()).name == "DEMO-000002.qybundle"
    code, out, _ = qingyuan(capsys, "verify", out.strip())
    assert code == 0 and "#2 incremental" in out


def test_verify_says_why_a_bundle_is_refused(capsys, site: Path, tmp_path: Path) -> None:
    _, out, _ = qingyuan(
        capsys, "--data-dir", str(site), "export", "--out", str(tmp_path), "--user", "zhang"
    )
    bundle = Path(out.strip())
    other = tmp_path / "other.pem"
    other.write_bytes(public_pem(Ed25519PrivateKey.generate()))
    code, out, err = qingyuan(capsys, "verify", str(bundle), "--pubkey", str(other))
    assert (code, out) == (2, "")
    assert "wrong_key: the bundle was signed by another key" in err
    data = bytearray(bundle.read_bytes())
    data[100] ^= 0xFF
    bundle.write_bytes(bytes(data))
    code, _, err = qingyuan(capsys, "verify", str(bundle))
    assert code == 2 and "invalid: " in err


def test_only_an_administrator_with_the_right_password_exports(
    capsys, site: Path, tmp_path: Path, monkeypatch
) -> None:
    out_dir = ["--out", str(tmp_path / "usb")]
    code, _, err = qingyuan(capsys, "--data-dir", str(site), "export", *out_dir, "--user", "wang")
    assert code == 2 and "configure_site" in err
    monkeypatch.setenv("QINGYUAN_PASSWORD", "wrong")
    code, _, err = qingyuan(capsys, "--data-dir", str(site), "export", *out_dir, "--user", "zhang")
    assert code == 3
    assert not (tmp_path / "usb").exists()
