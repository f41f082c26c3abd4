"""Check a bundle from a USB stick before anyone trusts a byte of it.

The file is hostile input: the central directory is checked for counts, sizes and compression
ratios before anything is decompressed (a zip bomb is refused at once), every name must be one
of the format's (no zip-slip), every byte must sit where the writer puts it (`layout`), the
manifest must parse and be signed by the key it names — and by `public_key` when the caller
knows whose bundle it should be — and every listed file must be present, in order, with its
size, row count and SHA-256, and nothing else. Nothing is written anywhere.
"""

from __future__ import annotations

import hashlib
import struct
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from storage.bundles.format import (
    CHUNK,
    MANIFEST,
    MAX_BUNDLE_BYTES,
    MAX_ENTRIES,
    MAX_FILE_BYTES,
    MAX_MANIFEST_BYTES,
    MAX_RATIO,
    MAX_TOTAL_UNCOMPRESSED,
    RATIO_FLOOR,
    SIGNATURE,
    SIGNATURE_BYTES,
    BundleError,
    FileEntry,
    Manifest,
    check_name,
    parse_manifest,
)
from storage.bundles.keys import signature_valid
from storage.bundles.layout import check_layout

_ZIP_START = b"PK\x03\x04"


@dataclass(frozen=True)
class VerifiedBundle:
    path: Path
    manifest: Manifest
    manifest_sha256: str
    """What the next bundle of the site names as `previous_sha256`."""

    @property
    def public_key(self) -> bytes:
        return bytes.fromhex(self.manifest.public_key)


def verify_bundle(path: Path, public_key: bytes | None = None) -> VerifiedBundle:
    """The bundle's manifest if every check passes; otherwise `BundleError(code, detail)`.

    Codes: not_a_zip, truncated, too_large, bad_name, bad_layout, bad_manifest,
    unsupported_version, bad_signature, wrong_key, missing_file, extra_file, hash_mismatch.
    """
    size = _size(path)
    with _reading("truncated", path.name), path.open("rb") as raw:
        start = raw.read(len(_ZIP_START))
        raw.seek(0)
        archive = _open_zip(raw, start)
        with archive:
            entries = archive.infolist()
            _check_directory(entries)
            check_layout(raw, entries, size, archive.start_dir)
            manifest_bytes = _read_small(archive, entries[-2], MAX_MANIFEST_BYTES)
            signature = _read_small(archive, entries[-1], SIGNATURE_BYTES)
            manifest = parse_manifest(manifest_bytes)
            _check_signature(manifest, manifest_bytes, signature, public_key)
            _check_listing(manifest, entries[:-2])
            _check_data_prefix(raw, manifest, entries[-2].header_offset)
            for entry in manifest.files:
                check_entry(archive, entry)
    return VerifiedBundle(path, manifest, hashlib.sha256(manifest_bytes).hexdigest())


def check_entry(archive: zipfile.ZipFile, entry: FileEntry) -> None:
    """Stream one file: its SHA-256, size and row count must be the manifest's."""
    digest = hashlib.sha256()
    size = lines = 0
    for chunk in stream_entry(archive, entry):
        digest.update(chunk)
        size += len(chunk)
        lines += chunk.count(b"\n")
    if digest.hexdigest() != entry.sha256 or size != entry.size:
        raise BundleError("hash_mismatch", entry.path)
    if entry.rows is not None and entry.rows != lines - (1 if entry.path.endswith(".csv") else 0):
        raise BundleError("bad_manifest", f"{entry.path}: rows")


def stream_entry(archive: zipfile.ZipFile, entry: FileEntry) -> Iterator[bytes]:
    """The entry's bytes in chunks, never more than the manifest's size (CRC checked by zipfile)."""
    done = 0
    with _reading("hash_mismatch", entry.path):
        source = archive.open(entry.path)
    with source:
        while True:
            with _reading("hash_mismatch", entry.path):
                chunk = source.read(CHUNK)
            if not chunk:
                return
            done += len(chunk)
            if done > entry.size:
                raise BundleError("hash_mismatch", f"{entry.path}: longer than listed")
            yield chunk


def _size(path: Path) -> int:
    try:
        size = path.stat().st_size
    except OSError as error:
        raise BundleError("not_a_zip", f"{path.name}: {error.strerror}") from None
    if size > MAX_BUNDLE_BYTES:
        raise BundleError("too_large", f"{size} bytes")
    return size


def _open_zip(raw: BinaryIO, start: bytes) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(raw)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError) as error:
        code = "truncated" if start == _ZIP_START else "not_a_zip"
        raise BundleError(code, str(error)) from None


def _check_directory(entries: list[zipfile.ZipInfo]) -> None:
    """Refuse by the central directory alone: nothing is decompressed before this passes."""
    if len(entries) > MAX_ENTRIES:
        raise BundleError("too_large", f"{len(entries)} entries")
    if len(entries) < 2:
        raise BundleError("bad_layout", f"{len(entries)} entries")
    total = 0
    for info in entries:
        total += info.file_size
        if info.file_size > MAX_FILE_BYTES or total > MAX_TOTAL_UNCOMPRESSED:
            raise BundleError("too_large", f"{info.filename[:200]!r}: {info.file_size} bytes")
        big = info.file_size > RATIO_FLOOR
        if big and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise BundleError("too_large", f"{info.filename[:200]!r}: compression ratio")
    if [info.filename for info in entries[-2:]] != [MANIFEST, SIGNATURE]:
        raise BundleError("bad_layout", "manifest.json and manifest.sig must come last")
    for info in entries[:-2]:
        check_name(info.filename)


def _read_small(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    if info.file_size > limit:
        raise BundleError("too_large", info.filename)
    with _reading("hash_mismatch", info.filename), archive.open(info) as source:
        data = source.read(limit + 1)
    if len(data) > limit:
        raise BundleError("too_large", info.filename)
    return data


def _check_signature(
    manifest: Manifest, data: bytes, signature: bytes, public_key: bytes | None
) -> None:
    text = signature.decode("ascii", "replace")
    valid_hex = len(text) == SIGNATURE_BYTES and all(c in "0123456789abcdef" for c in text)
    embedded = bytes.fromhex(manifest.public_key)
    if not valid_hex or not signature_valid(embedded, bytes.fromhex(text), data):
        raise BundleError("bad_signature", "manifest.sig does not match manifest.json")
    if public_key is not None and public_key != embedded:
        raise BundleError("wrong_key", f"signed by {manifest.public_key[:16]}…")


def _check_listing(manifest: Manifest, entries: list[zipfile.ZipInfo]) -> None:
    present = [info.filename for info in entries]
    listed = [entry.path for entry in manifest.files]
    for name in sorted(set(present) - set(listed)):
        raise BundleError("extra_file", name)
    for name in sorted(set(listed) - set(present)):
        raise BundleError("missing_file", name)
    if present != listed:
        raise BundleError("bad_layout", "entries not in the manifest's order")
    for info, entry in zip(entries, manifest.files, strict=True):
        if info.file_size != entry.size:
            raise BundleError("hash_mismatch", f"{entry.path}: {info.file_size} bytes")


def _check_data_prefix(raw: BinaryIO, manifest: Manifest, end: int) -> None:
    """Every data entry's zip bytes (headers and compressed data) are signed through data_sha256."""
    raw.seek(0)
    digest = hashlib.sha256()
    left = end
    while left:
        chunk = raw.read(min(CHUNK, left))
        if not chunk:
            raise BundleError("truncated", "data entries")
        digest.update(chunk)
        left -= len(chunk)
    if digest.hexdigest() != manifest.data_sha256:
        raise BundleError("hash_mismatch", "the data entries' zip bytes")


@contextmanager
def _reading(code: str, name: str) -> Iterator[None]:
    try:
        yield
    except BundleError:
        raise
    except (zipfile.BadZipFile, zlib.error, struct.error, OSError, ValueError) as error:
        raise BundleError(code, f"{name}: {error}") from None
    except (EOFError, RuntimeError, NotImplementedError) as error:
        raise BundleError(code, f"{name}: {error}") from None
