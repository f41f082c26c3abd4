"""Writing a `.qyrun` package: every file hashed into the manifest, the whole renamed into place.

The package is written under a temporary name in the target folder and renamed only when it is
complete and synced, so a USB stick pulled out mid-write never leaves a half package under the
final name (the format itself: `run_package_format`).
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
import zipfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from desktop_app.services.run_package_format import (
    CHUNK,
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST,
    MAX_ENTRIES,
    MAX_TOTAL_BYTES,
    FileEntry,
    check_name,
    fail,
    fsync_folder,
    limit_of,
)

_EPOCH = (1980, 1, 1, 0, 0, 0)
"""Entry times are fixed: the manifest has the export time, and equal content zips equally."""


class PackageWriter:
    """Adds files to a package being written; the manifest is added when it is finished."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self._archive = archive
        self.files: list[FileEntry] = []
        self.bytes = 0

    def add_bytes(self, name: str, data: bytes) -> None:
        """A file stored exactly as given (a template's stored text)."""
        self._check(name, len(data))
        info = zipfile.ZipInfo(name, date_time=_EPOCH)
        info.compress_type = zipfile.ZIP_DEFLATED
        self._archive.writestr(info, data)
        self._listed(name, hashlib.sha256(data).hexdigest(), len(data))

    def add_json(self, name: str, value: object) -> None:
        text = json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        self.add_bytes(name, text.encode("utf-8"))

    def add_file(self, name: str, source: Path, expected_sha256: str | None = None) -> None:
        """Copy a photo byte for byte; one that no longer matches its row's sha256 is refused
        ("file_damaged"), and so is a missing one ("file_missing"): a package must not carry a
        record whose picture is gone."""
        try:
            size = source.stat().st_size
            self._check(name, size)
            info = zipfile.ZipInfo(name, date_time=_EPOCH)
            info.compress_type = zipfile.ZIP_STORED  # JPEG and PNG are compressed already
            info.file_size = size  # lets zipfile choose zip64 for a large file
            digest = hashlib.sha256()
            with source.open("rb") as data, self._archive.open(info, "w") as out:
                while chunk := data.read(CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
        except FileNotFoundError:
            raise fail("file_missing", str(source), "file") from None
        if expected_sha256 is not None and digest.hexdigest() != expected_sha256:
            raise fail("file_damaged", str(source), "file")
        self._listed(name, digest.hexdigest(), size)

    def _check(self, name: str, size: int) -> None:
        check_name(name)
        if size > limit_of(name) or self.bytes + size > MAX_TOTAL_BYTES:
            raise fail("too_large", f"{name}: {size} bytes")
        if len(self.files) + 2 > MAX_ENTRIES:
            raise fail("too_large", f"more than {MAX_ENTRIES} files")

    def _listed(self, name: str, sha256: str, size: int) -> None:
        self.files.append(FileEntry(name, sha256, size))
        self.bytes += size


@contextmanager
def write_package(out_path: Path, header: Mapping[str, object]) -> Iterator[PackageWriter]:
    """A writer whose package appears under `out_path` only if the block completes."""
    folder = out_path.parent
    folder.mkdir(parents=True, exist_ok=True)
    temp = folder / f".{out_path.name}.{uuid.uuid4().hex}.part"
    try:
        with temp.open("xb") as raw:
            with zipfile.ZipFile(raw, "w", allowZip64=True) as archive:
                writer = PackageWriter(archive)
                yield writer
                manifest = {
                    **header,
                    "format": FORMAT_NAME,
                    "format_version": FORMAT_VERSION,
                    "files": [e.__dict__ for e in writer.files],
                }
                writer.add_json(MANIFEST, manifest)
            raw.flush()
            os.fsync(raw.fileno())
        temp.replace(out_path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_folder(folder)
