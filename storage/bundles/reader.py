"""Rows of a verified bundle, streamed: what head-office import (and the tests) read.

Each file is hashed again while it is read, because the stick may have changed since
`verify_bundle`; a difference raises `BundleError("hash_mismatch")` after the last row, so an
importer must apply the rows in one transaction and roll back on any error.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from collections.abc import Iterator
from typing import Any

from storage.bundles.format import BundleError, FileEntry
from storage.bundles.verify import VerifiedBundle, stream_entry


def iter_jsonl(bundle: VerifiedBundle, path: str) -> Iterator[dict[str, Any]]:
    for number, line in enumerate(_lines(bundle, path), start=1):
        try:
            row = json.loads(line)
        except ValueError:
            raise BundleError("bad_row", f"{path}:{number}: not JSON") from None
        if not isinstance(row, dict):
            raise BundleError("bad_row", f"{path}:{number}: not an object")
        yield row


def iter_csv(bundle: VerifiedBundle, path: str, columns: tuple[str, ...]) -> Iterator[list[str]]:
    """The data rows as text fields; the header must be `columns` exactly."""
    lines = _lines(bundle, path)
    header = next(csv.reader([next(lines, "")]))
    if tuple(header) != columns:
        raise BundleError("bad_row", f"{path}: header {header[:20]}")
    for number, row in enumerate(csv.reader(lines), start=2):
        if len(row) != len(columns):
            raise BundleError("bad_row", f"{path}:{number}: {len(row)} fields")
        yield row


def _lines(bundle: VerifiedBundle, path: str) -> Iterator[str]:
    entry = _entry(bundle, path)
    digest = hashlib.sha256()
    with zipfile.ZipFile(bundle.path) as archive:

        def chunks() -> Iterator[bytes]:
            for chunk in stream_entry(archive, entry):
                digest.update(chunk)
                yield chunk

        text = io.TextIOWrapper(
            io.BufferedReader(_ChunkReader(chunks())), encoding="utf-8", newline=""
        )
        yield from text
    if digest.hexdigest() != entry.sha256:
        raise BundleError("hash_mismatch", f"{path}: changed since it was verified")


def _entry(bundle: VerifiedBundle, path: str) -> FileEntry:
    for entry in bundle.manifest.files:
        if entry.path == path:
            return entry
    raise BundleError("missing_file", path)


class _ChunkReader(io.RawIOBase):
    """A readable binary stream over an iterator of byte chunks."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._left = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._left:
            self._left = next(self._chunks, b"")
            if not self._left:
                return 0
        size = min(len(buffer), len(self._left))
        buffer[:size] = self._left[:size]
        self._left = self._left[size:]
        return size
