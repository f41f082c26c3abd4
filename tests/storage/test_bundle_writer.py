"""The writer names only a complete, verified bundle: a failure of any kind (a full stick
included) removes the partial file and leaves the bundles already in the folder as they were."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from storage.bundles.format import JSONL_FILES, BundleError
from storage.bundles.verify import verify_bundle
from storage.bundles.writer import BundleWriter, write_bundle
from tests.storage.bundle_helpers import header, photo_file, small_bundle

KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 256 kB tmpfs: a USB stick that fills up."""
    mount = tmp_path / "stick"
    mount.mkdir()
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a size-limited tmpfs needs root on Linux")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_a_full_disk_keeps_the_previous_bundle_and_says_why(
    small_disk: Path, tmp_path: Path
) -> None:
    previous = small_bundle(small_disk, KEY, photo_file(tmp_path))
    before = previous.path.read_bytes()
    big = tmp_path / "big.jpg"
    big.write_bytes(os.urandom(400 * 1024))  # incompressible: more than the stick holds

    def fill(writer: BundleWriter) -> None:
        for name in JSONL_FILES:
            writer.add_jsonl(name, [])
        writer.add_file("photos/run-1/big.jpg", big)

    with pytest.raises(BundleError) as error:
        write_bundle(small_disk, header(2, previous.manifest_sha256, "incremental"), KEY, fill)
    assert error.value.code == "disk_full"
    assert sorted(p.name for p in small_disk.iterdir()) == [previous.path.name]
    assert previous.path.read_bytes() == before
    verify_bundle(previous.path)


def test_an_error_while_filling_leaves_no_partial_file(tmp_path: Path) -> None:
    def fill(writer: BundleWriter) -> None:
        writer.add_jsonl("site.jsonl", [{"code": "QY-01"}])
        raise RuntimeError("the database went away")

    with pytest.raises(RuntimeError):
        write_bundle(tmp_path / "out", header(), KEY, fill)
    assert list((tmp_path / "out").iterdir()) == []


def test_a_missing_photo_and_a_file_out_of_order_are_refused(tmp_path: Path) -> None:
    def missing(writer: BundleWriter) -> None:
        for name in JSONL_FILES:
            writer.add_jsonl(name, [])
        writer.add_file("photos/run-1/gone.jpg", tmp_path / "gone.jpg")

    def disordered(writer: BundleWriter) -> None:
        writer.add_jsonl("tags.jsonl", [])

    for fill, code in ((missing, "file_missing"), (disordered, "write_failed")):
        with pytest.raises(BundleError) as error:
            write_bundle(tmp_path / "out", header(), KEY, fill)
        assert error.value.code == code
    assert list((tmp_path / "out").iterdir()) == []


def test_a_number_that_is_not_finite_is_refused(tmp_path: Path) -> None:
    def fill(writer: BundleWriter) -> None:
        writer.add_jsonl("site.jsonl", [{"value": float("nan")}])

    with pytest.raises(BundleError) as error:
        write_bundle(tmp_path, header(), KEY, fill)
    assert error.value.code == "write_failed"


def test_sequence_and_previous_hash_chain(tmp_path: Path) -> None:
    photo = photo_file(tmp_path)
    first = small_bundle(tmp_path / "out", KEY, photo)
    second = small_bundle(tmp_path / "out", KEY, photo, sequence=2, previous=first.manifest_sha256)
    assert second.path.name == "QY-01-000002.qybundle"
    assert verify_bundle(second.path).manifest.previous_sha256 == first.manifest_sha256
    assert first.path.exists()
