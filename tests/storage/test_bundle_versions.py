"""Format versions: the writer writes version 2 (with record_feeds.jsonl after tags.jsonl),
a version-1 bundle (13 JSON Lines files, no feeds) still verifies and reads, and a manifest
whose version does not match its files is refused."""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from storage.bundles.format import (
    FORMAT_VERSION,
    JSONL_FILES,
    JSONL_FILES_V1,
    MANIFEST,
    SIGNATURE,
    SUPPORTED_VERSIONS,
    BundleError,
)
from storage.bundles.keys import public_raw
from storage.bundles.layout import entry_info
from storage.bundles.reader import iter_jsonl
from storage.bundles.verify import VerifiedBundle, verify_bundle
from storage.bundles.writer import BundleWriter, write_bundle
from tests.storage.bundle_helpers import header

KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))


def written(folder: Path, version: int, names: tuple[str, ...]) -> VerifiedBundle:
    def fill(writer: BundleWriter) -> None:
        for name in names:
            writer.add_jsonl(name, [{"file": name}])

    return write_bundle(folder, replace(header(), format_version=version), KEY, fill)


def entries_of(path: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def resigned(path: Path, entries: list[tuple[str, bytes]], manifest: dict[str, object]) -> Path:
    """The entries with `manifest` signed by the site's own key (a valid signature)."""
    text = (json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()
    signature = KEY.sign(text).hex().encode()
    out = path.with_name("resigned.qybundle")
    with zipfile.ZipFile(out, "w", allowZip64=False) as archive:
        for name, data in entries:
            data = text if name == MANIFEST else signature if name == SIGNATURE else data
            archive.writestr(entry_info(name), data)
    return out


def code_of(path: Path) -> str:
    with pytest.raises(BundleError) as error:
        verify_bundle(path, public_raw(KEY))
    return error.value.code


def test_the_current_version_is_2_and_carries_the_record_feeds_after_the_tags() -> None:
    assert FORMAT_VERSION == 2
    assert set(SUPPORTED_VERSIONS) == {1, 2}
    assert JSONL_FILES[3:5] == ("tags.jsonl", "record_feeds.jsonl")
    assert tuple(n for n in JSONL_FILES if n != "record_feeds.jsonl") == JSONL_FILES_V1
    assert len(JSONL_FILES_V1) == 13


def test_a_version_2_bundle_verifies_and_reads(tmp_path: Path) -> None:
    bundle = written(tmp_path, 2, JSONL_FILES)
    verified = verify_bundle(bundle.path, public_raw(KEY))
    assert verified.manifest.format_version == 2
    assert [f.path for f in verified.manifest.files] == list(JSONL_FILES)
    assert list(iter_jsonl(verified, "record_feeds.jsonl")) == [{"file": "record_feeds.jsonl"}]


def test_a_version_1_bundle_still_verifies_and_reads(tmp_path: Path) -> None:
    bundle = written(tmp_path, 1, JSONL_FILES_V1)
    verified = verify_bundle(bundle.path, public_raw(KEY))
    assert verified.manifest.format_version == 1
    assert [f.path for f in verified.manifest.files] == list(JSONL_FILES_V1)
    assert list(iter_jsonl(verified, "tags.jsonl")) == [{"file": "tags.jsonl"}]
    with pytest.raises(BundleError) as error:
        list(iter_jsonl(verified, "record_feeds.jsonl"))
    assert error.value.code == "missing_file"


def test_the_writer_keeps_each_version_to_its_own_files(tmp_path: Path) -> None:
    with pytest.raises(BundleError) as error:
        written(tmp_path / "a", 1, JSONL_FILES)  # record_feeds.jsonl is not a version-1 file
    assert error.value.code == "write_failed"
    with pytest.raises(BundleError) as error:
        written(tmp_path / "b", 2, JSONL_FILES_V1)  # version 2 needs the feeds
    assert error.value.code == "write_failed"
    with pytest.raises(BundleError) as error:
        written(tmp_path / "c", 3, JSONL_FILES)
    assert error.value.code == "unsupported_version"
    assert all(not any(folder.iterdir()) for folder in tmp_path.iterdir())


@pytest.mark.parametrize(("version", "claimed"), [(2, 1), (1, 2)])
def test_a_manifest_whose_version_does_not_match_its_files_is_refused(
    tmp_path: Path, version: int, claimed: int
) -> None:
    bundle = written(tmp_path, version, JSONL_FILES if version == 2 else JSONL_FILES_V1)
    entries = entries_of(bundle.path)
    manifest = json.loads(dict(entries)[MANIFEST])
    manifest["format_version"] = claimed
    assert code_of(resigned(bundle.path, entries, manifest)) == "missing_file"


def test_a_version_1_bundle_listing_the_feeds_after_its_files_is_refused(tmp_path: Path) -> None:
    bundle = written(tmp_path, 1, JSONL_FILES_V1)
    entries = entries_of(bundle.path)
    manifest = json.loads(dict(entries)[MANIFEST])
    feeds = b'{"tag": "x"}\n'
    manifest["files"].append(
        {"path": "record_feeds.jsonl", "rows": 1, "sha256": hashlib.sha256(feeds).hexdigest(),
         "size": len(feeds)}
    )  # fmt: skip
    extended = [*entries[:-2], ("record_feeds.jsonl", feeds), *entries[-2:]]
    assert code_of(resigned(bundle.path, extended, manifest)) == "bad_manifest"
