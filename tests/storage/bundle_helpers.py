"""A small hand-made bundle for the format tests: every data file, one rollup file, one photo."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from storage.bundles.format import JSONL_FILES, ROLLUP_COLUMNS
from storage.bundles.verify import VerifiedBundle
from storage.bundles.writer import BundleHeader, BundleWriter, write_bundle

SITE_ID = "0b7f3c2e-5d1a-4c8e-9f00-1234567890ab"


def header(sequence: int = 1, previous: str = "", kind: str = "full") -> BundleHeader:
    return BundleHeader(
        site_id=SITE_ID,
        site_code="QY-01",
        site_name="清源示范厂",
        sequence=sequence,
        previous_sha256=previous,
        kind=kind,
        from_ms=0,
        to_ms=1_780_000_000_000,
        created_ms=1_780_000_000_000,
        app_version="test",
    )


def small_bundle(
    folder: Path, key: Ed25519PrivateKey, photo: Path, sequence: int = 1, previous: str = ""
) -> VerifiedBundle:
    def fill(writer: BundleWriter) -> None:
        for name in JSONL_FILES:
            writer.add_jsonl(name, [{"name": name, "value": 1.5}, {"name": "二", "value": None}])
        rows = [("FT-101", 1_780_000_000_000 + i * 60_000, 1.0, 2.0, 3.0, 1.0, 1, 2.0, 2, 2, 2,
                 None, 0) for i in range(40)]  # fmt: skip
        writer.add_csv("rollup_1min/2026-05.csv", ROLLUP_COLUMNS, rows)
        writer.add_file("photos/run-1/a.jpg", photo)

    return write_bundle(folder, header(sequence, previous), key, fill)


def photo_file(folder: Path) -> Path:
    path = folder / "a.jpg"
    path.write_bytes(bytes(range(256)) * 4)
    return path
