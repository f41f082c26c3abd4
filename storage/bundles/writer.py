"""Write a bundle so that only a complete, verified bundle ever has the final name.

The zip is written to `<target>/.<name>.partial`, synced, read back and verified with the
site's public key, and only then renamed to `<site_code>-<sequence>.qybundle` and the folder
synced. Any failure — a full USB stick (ENOSPC), a stick pulled out, a row that cannot be
written — removes the partial file and raises `BundleError("disk_full" | "write_failed" |
"too_large", detail)`; other files in the folder, the previous bundle among them, are never
touched. Runs on whatever thread calls it (the export worker); holds no state between calls.
"""

from __future__ import annotations

import csv
import errno
import hashlib
import io
import itertools
import json
import os
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TypeVar

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from storage.bundles.durable import fsync_folder
from storage.bundles.format import (
    ALL_JSONL_FILES,
    CHUNK,
    FORMAT_VERSION,
    MANIFEST,
    MAX_BUNDLE_BYTES,
    MAX_ENTRIES,
    SIGNATURE,
    BundleError,
    FileEntry,
    Manifest,
    bundle_name,
    check_name,
    jsonl_files,
)
from storage.bundles.keys import public_hex, public_raw
from storage.bundles.layout import entry_info
from storage.bundles.verify import VerifiedBundle, verify_bundle

_BATCH = 5_000
"""Rows encoded per write: big enough to amortise the zip writes, small enough to stay flat."""
_NOT_FINITE = re.compile(r",-?(?:nan|inf)(?=[,\n])")
"""A non-finite float as csv writes it, in a numeric field (the first column is text)."""
_T = TypeVar("_T")
_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG)


@dataclass(frozen=True)
class BundleHeader:
    """The manifest's fields that the exporting site decides (the rest the writer computes)."""

    site_id: str
    site_code: str
    site_name: str
    sequence: int
    previous_sha256: str
    kind: str
    from_ms: int
    to_ms: int
    created_ms: int
    app_version: str
    format_version: int = FORMAT_VERSION
    """A site writes the current version; an older one only to test that old bundles import."""


class BundleWriter:
    """Adds data files to the zip being written; each is hashed and counted on the way."""

    def __init__(
        self, archive: zipfile.ZipFile, raw: IO[bytes], format_version: int = FORMAT_VERSION
    ) -> None:
        self._archive = archive
        self._raw = raw
        self.jsonl_files = jsonl_files(format_version)
        """The JSON Lines files to write first, in this order."""
        self.files: list[FileEntry] = []
        self._names: set[str] = set()

    def add_jsonl(self, path: str, rows: Iterable[Mapping[str, object]]) -> int:
        def chunks() -> Iterator[tuple[str, int]]:
            for batch in _batches(rows):
                try:
                    lines = [_json_line(row) for row in batch]
                except ValueError:
                    raise BundleError("write_failed", f"{path}: a number not finite") from None
                yield "".join(lines), len(batch)

        return self._add_text(path, chunks())

    def add_csv(self, path: str, header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
        """CSV with `header`; None is an empty field, a float its shortest round-trip text."""

        def chunks() -> Iterator[tuple[str, int]]:
            buffer = io.StringIO()
            out = csv.writer(buffer, lineterminator="\n")
            out.writerow(header)
            yield buffer.getvalue(), 0
            for batch in _batches(rows):
                buffer.seek(0)
                buffer.truncate()
                out.writerows(batch)
                text = buffer.getvalue()
                if _NOT_FINITE.search(text):
                    raise BundleError("write_failed", f"{path}: a number not finite")
                yield text, len(batch)

        return self._add_text(path, chunks())

    def add_file(self, path: str, source: Path, expected_sha256: str | None = None) -> None:
        """A photo byte for byte; one gone or changed since its row was written is refused."""
        self._check(path)
        digest = hashlib.sha256()
        size = 0
        try:
            with source.open("rb") as data, self._archive.open(entry_info(path), "w") as out:
                while chunk := data.read(CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
                    out.write(chunk)
        except FileNotFoundError:
            raise BundleError("file_missing", str(source)) from None
        if expected_sha256 is not None and digest.hexdigest() != expected_sha256:
            raise BundleError("file_damaged", str(source))
        self._listed(FileEntry(path, digest.hexdigest(), size, None))

    def _add_text(self, path: str, chunks: Iterable[tuple[str, int]]) -> int:
        self._check(path)
        digest = hashlib.sha256()
        size = rows = 0
        with self._archive.open(entry_info(path), "w") as out:
            for text, count in chunks:
                data = text.encode("utf-8")
                digest.update(data)
                size += len(data)
                rows += count
                out.write(data)
        self._listed(FileEntry(path, digest.hexdigest(), size, rows))
        return rows

    def _check(self, path: str) -> None:
        check_name(path)
        position = len(self.files)
        names = self.jsonl_files
        expected = names[position] if position < len(names) else None
        if path != expected and (expected is not None or path in ALL_JSONL_FILES):
            raise BundleError("write_failed", f"{path}: out of the format's order")
        if path in self._names or len(self.files) + 3 > MAX_ENTRIES:
            raise BundleError("write_failed", f"{path}: written twice or too many files")
        self._names.add(path)

    def _listed(self, entry: FileEntry) -> None:
        self.files.append(entry)
        if self._raw.tell() > MAX_BUNDLE_BYTES:
            raise BundleError("too_large", "the bundle would exceed 2 GB: export incrementally")


def write_bundle(
    target: Path,
    header: BundleHeader,
    key: Ed25519PrivateKey,
    fill: Callable[[BundleWriter], None],
) -> VerifiedBundle:
    """Write, sign, verify and name a bundle; `fill` adds the data files in the format's order."""
    final = target / bundle_name(header.site_code, header.sequence)
    partial = target / f".{final.name}.partial"
    try:
        target.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)  # left by a crash: never a bundle
        with partial.open("xb") as raw:
            _write_zip(raw, partial, header, key, fill)
            raw.flush()
            os.fsync(raw.fileno())
        verified = _read_back(partial, key)
        partial.replace(final)
        fsync_folder(target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        code = "disk_full" if error.errno in _FULL else "write_failed"
        raise BundleError(code, f"{final.name}: {error.strerror or error}") from None
    except (zipfile.LargeZipFile, OverflowError) as error:
        partial.unlink(missing_ok=True)
        raise BundleError("too_large", str(error)) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return VerifiedBundle(final, verified.manifest, verified.manifest_sha256)


def _write_zip(
    raw: IO[bytes],
    partial: Path,
    header: BundleHeader,
    key: Ed25519PrivateKey,
    fill: Callable[[BundleWriter], None],
) -> None:
    with zipfile.ZipFile(raw, "w", allowZip64=False) as archive:
        writer = BundleWriter(archive, raw, header.format_version)
        fill(writer)
        if len(writer.files) < len(writer.jsonl_files):
            raise BundleError("write_failed", "not every data file of the format was written")
        raw.flush()
        manifest = Manifest(
            format_version=header.format_version,
            site_id=header.site_id,
            site_code=header.site_code,
            site_name=header.site_name,
            public_key=public_hex(key),
            sequence=header.sequence,
            previous_sha256=header.previous_sha256,
            kind=header.kind,
            from_ms=header.from_ms,
            to_ms=header.to_ms,
            created_ms=header.created_ms,
            app_version=header.app_version,
            data_sha256=_prefix_sha256(partial, raw.tell()),
            files=tuple(writer.files),
        )
        document = manifest.to_json()
        archive.writestr(entry_info(MANIFEST), document)
        archive.writestr(entry_info(SIGNATURE), key.sign(document).hex().encode("ascii"))


def _prefix_sha256(path: Path, length: int) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as data:
        left = length
        while left:
            chunk = data.read(min(CHUNK, left))
            if not chunk:
                raise BundleError("write_failed", "the partial file is shorter than written")
            digest.update(chunk)
            left -= len(chunk)
    return digest.hexdigest()


def _read_back(partial: Path, key: Ed25519PrivateKey) -> VerifiedBundle:
    try:
        return verify_bundle(partial, public_raw(key))
    except BundleError as error:
        raise BundleError("write_failed", f"read back: {error.code} {error.detail}") from None


def _batches(rows: Iterable[_T]) -> Iterator[list[_T]]:
    iterator = iter(rows)
    while batch := list(itertools.islice(iterator, _BATCH)):
        yield batch


def _json_line(row: Mapping[str, object]) -> str:
    return json.dumps(row, ensure_ascii=False, sort_keys=True, allow_nan=False) + "\n"
