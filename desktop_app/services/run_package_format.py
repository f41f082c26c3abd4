"""The `.qyrun` package file: a zip that carries completed runs between a tablet and the plant PC.

Layout (format version 1; every name is ASCII, `/`-separated, relative)::

    manifest.json                    what the package holds, and the sha256 and size of every file
    templates/<code>-<version>.json  the exact template versions the runs were answered against
    runs/<run id>.json               {"run": {...}, "answers": [...], "photos": [...]}
    photos/<run id>/<file>           photos and signatures, byte-identical to the exporter's
    actions/<action id>.json         {"action": {...}, "events": [...]}
    evidence/<action id>/<file>      evidence photos of those actions' events

A record (`run`, an answer, a photo, `action`, an event) is an object with exactly the columns
of its table in `storage.models.checklists`, so a row arrives as it left; a column a later
schema adds with a default may be missing. The manifest::

    {"format": "qingyuan.run-package", "format_version": 1, "created_ms": ...,
     "site_code": "...", "exported_by": "...", "app_version": "...",
     "files": [{"path": "runs/<id>.json", "sha256": "<hex>", "size": 1234}, ...]}

A package comes from a USB stick or a shared folder, so it is read as hostile: the central
directory is checked before a byte is decompressed (≤ 50,000 entries, ≤ 2 GB in all, no entry
compressed more than 200:1, per-kind size limits: a zip bomb is refused at once), names must
follow the layout (no absolute paths, `..` or backslashes: zip-slip), every file must be listed
in the manifest with its sha256 and nothing else may be present. A JSON file is checked
against its table's columns (`run_package_contents`). Writing is `run_package_writer`.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import uuid
import zipfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.services.errors import ConfigurationError

FORMAT_NAME = "qingyuan.run-package"
FORMAT_VERSION = 1
SUFFIX = ".qyrun"
MANIFEST = "manifest.json"

MAX_TOTAL_BYTES = 2 * 1024**3
MAX_ENTRIES = 50_000
MAX_RATIO = 200
"""JPEG and PNG do not compress, JSON about 5–20:1; zeros deflate about 1,000:1."""
RATIO_FLOOR = 1024**2
"""Small entries may compress far (a short JSON of repeated keys); only big ones are checked."""
MAX_MANIFEST_BYTES = 16 * 1024**2
MAX_TEMPLATE_BYTES = 2_000_000
MAX_RECORD_BYTES = 16 * 1024**2
MAX_FILE_BYTES = 64 * 1024**2
"""A stored photo is a JPEG of ≤ 1600 px (well under 5 MB); 64 MB is plenty."""
MAX_JSON_TOTAL = 512 * 1024**2
"""The JSON files are held in memory while they are checked; a run is a few kB."""
CHUNK = 1024**2

_ID = r"[A-Za-z0-9][A-Za-z0-9-]{0,35}"
_FILE = r"[A-Za-z0-9][A-Za-z0-9._-]{0,199}"
TEMPLATE_PATH = re.compile(r"templates/([a-z][a-z0-9_]{0,63})-([1-9][0-9]{0,9})\.json")
RUN_PATH = re.compile(rf"runs/({_ID})\.json")
ACTION_PATH = re.compile(rf"actions/({_ID})\.json")
PHOTO_PATH = re.compile(rf"photos/({_ID})/{_FILE}")
EVIDENCE_PATH = re.compile(rf"evidence/({_ID})/{_FILE}")
STORED_NAME = re.compile(rf"({_ID})/{_FILE}")
"""A photo's or evidence file's name in the data directory: `<run or action id>/<file>`."""
_SHA256 = re.compile(r"[0-9a-f]{64}")
_LIMITS = (
    (TEMPLATE_PATH, MAX_TEMPLATE_BYTES),
    (RUN_PATH, MAX_RECORD_BYTES),
    (ACTION_PATH, MAX_RECORD_BYTES),
    (PHOTO_PATH, MAX_FILE_BYTES),
    (EVIDENCE_PATH, MAX_FILE_BYTES),
)

Progress = Callable[[int, int], None]
"""Called with (done, total) as files are written or copied; may run on a worker thread."""


@dataclass(frozen=True)
class FileEntry:
    path: str
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    format_version: int
    created_ms: int
    site_code: str
    exported_by: str
    app_version: str
    files: tuple[FileEntry, ...]


def fail(code: str, detail: str = "", field: str = "package") -> ConfigurationError:
    return ConfigurationError(code, detail, field)


# --- reading -----------------------------------------------------------------------------------


@contextmanager
def open_package(path: Path) -> Iterator[zipfile.ZipFile]:
    """The zip, its central directory already checked for size, count, ratio and names."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise fail("not_a_package", f"{path.name}: {error.strerror}") from None
    if size > MAX_TOTAL_BYTES + MAX_MANIFEST_BYTES:
        raise fail("too_large", f"{size} bytes")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise fail("not_a_package", f"{path.name}: {error}") from None
    with archive:
        check_directory(archive.infolist())
        yield archive


def check_directory(entries: list[zipfile.ZipInfo]) -> None:
    """Refuse by the central directory alone: nothing is decompressed before this passes."""
    if len(entries) > MAX_ENTRIES:
        raise fail("too_large", f"{len(entries)} entries > {MAX_ENTRIES}")
    total = documents = 0
    for entry in entries:
        total += entry.file_size
        documents += entry.file_size if entry.filename.endswith(".json") else 0
        if documents > MAX_JSON_TOTAL:
            raise fail("too_large", f"more than {MAX_JSON_TOTAL} bytes of records")
        ratio_limit = entry.file_size > RATIO_FLOOR
        if total > MAX_TOTAL_BYTES or entry.file_size > limit_of(entry.filename):
            raise fail("too_large", f"{entry.filename}: {entry.file_size} bytes")
        if ratio_limit and entry.file_size > MAX_RATIO * max(1, entry.compress_size):
            raise fail("too_large", f"{entry.filename}: compressed {entry.compress_size} bytes")
    for entry in entries:
        check_name(entry.filename)
        if entry.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise fail("unsupported_format", f"{entry.filename}: method {entry.compress_type}")
        if entry.flag_bits & 0x1:
            raise fail("unsupported_format", f"{entry.filename}: encrypted")
    names = [entry.filename for entry in entries]
    if len(set(names)) != len(names):
        raise fail("corrupt", "an entry appears twice")


def check_name(name: str) -> None:
    """A name that could land outside a folder it is extracted to is refused (zip-slip)."""
    parts = name.split("/")
    unsafe = (
        not name
        or name.startswith(("/", "\\"))
        or "\\" in name
        or ":" in name
        or any(part in ("", ".", "..") for part in parts)
        or any(ord(ch) < 32 or ord(ch) == 127 for ch in name)
    )
    if unsafe:
        raise fail("unsafe_path", repr(name[:200]))


def limit_of(name: str) -> int:
    """The largest size a file of this kind may have (unknown names: the record limit)."""
    if name == MANIFEST:
        return MAX_MANIFEST_BYTES
    for pattern, limit in _LIMITS:
        if pattern.fullmatch(name):
            return limit
    return MAX_RECORD_BYTES


def read_manifest(archive: zipfile.ZipFile) -> Manifest:
    """The manifest, checked against the zip: every entry listed, every listed entry present."""
    try:
        info = archive.getinfo(MANIFEST)
    except KeyError:
        raise fail("not_a_package", "no manifest.json") from None
    data = _read_limited(archive, info, MAX_MANIFEST_BYTES)
    raw = parse_json(data, MANIFEST)
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_NAME:
        raise fail("not_a_package", "manifest.json is not a Qingyuan run package")
    version = raw.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise fail("corrupt", "format_version", MANIFEST)
    if version > FORMAT_VERSION:
        raise fail("unsupported_format", f"format {version} > {FORMAT_VERSION}")
    manifest = Manifest(
        format_version=version,
        created_ms=_typed(raw, "created_ms", int, MANIFEST),
        site_code=_typed(raw, "site_code", str, MANIFEST),
        exported_by=_typed(raw, "exported_by", str, MANIFEST),
        app_version=_typed(raw, "app_version", str, MANIFEST),
        files=tuple(_file_entry(item) for item in _typed(raw, "files", list, MANIFEST)),
    )
    listed = {entry.path: entry for entry in manifest.files}
    if len(listed) != len(manifest.files):
        raise fail("corrupt", "a file is listed twice", MANIFEST)
    present = {info.filename: info for info in archive.infolist() if info.filename != MANIFEST}
    for name in present.keys() - listed.keys():
        raise fail("tampered", f"{name}: not in the manifest")
    for name in listed.keys() - present.keys():
        raise fail("tampered", f"{name}: missing")
    for name, entry in listed.items():
        if present[name].file_size != entry.size:
            raise fail("tampered", f"{name}: {present[name].file_size} bytes, listed {entry.size}")
    return manifest


def verify_files(archive: zipfile.ZipFile, manifest: Manifest) -> dict[str, bytes]:
    """Hash every file against the manifest; returns the JSON files' bytes (photos are not kept)."""
    documents: dict[str, bytes] = {}
    for entry in manifest.files:
        keep = entry.path.endswith(".json")
        digest, data = _hash_entry(archive, entry, keep=keep)
        if digest != entry.sha256:
            raise fail("tampered", f"{entry.path}: sha256 differs")
        if keep:
            documents[entry.path] = data
    return documents


def copy_out(archive: zipfile.ZipFile, entry: FileEntry, target: Path) -> None:
    """Extract one file to `target` through a temporary name, checking its sha256 on the way.

    Checked again although the package was verified: the file on the stick may have changed
    since, and a wrong photo must not get the final name.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f".part-{uuid.uuid4().hex}{target.suffix}")
    try:
        with temp.open("xb") as out:
            digest = _stream(archive, entry, out)
            out.flush()
            os.fsync(out.fileno())
        if digest != entry.sha256:
            raise fail("tampered", f"{entry.path}: sha256 differs")
        temp.replace(target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_folder(target.parent)


def parse_json(data: bytes, name: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"), parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise fail("corrupt", f"{name}: {type(error).__name__}", name) from None


def _no_constant(text: str) -> None:
    raise ValueError(f"{text} is not JSON")


def _file_entry(item: object) -> FileEntry:
    if not isinstance(item, dict):
        raise fail("corrupt", "files", MANIFEST)
    path = _typed(item, "path", str, MANIFEST)
    check_name(path)
    if not any(pattern.fullmatch(path) for pattern, _limit in _LIMITS):
        raise fail("corrupt", f"{path[:200]}: not a file of the format", MANIFEST)
    sha = _typed(item, "sha256", str, MANIFEST)
    size = _typed(item, "size", int, MANIFEST)
    if not _SHA256.fullmatch(sha) or size < 0:
        raise fail("corrupt", path, MANIFEST)
    return FileEntry(path, sha, size)


def _typed(raw: Mapping[str, Any], key: str, kind: type, where: str) -> Any:
    value = raw.get(key)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise fail("corrupt", f"{where}: {key}", where)
    return value


def _read_limited(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    with _reading(info.filename), archive.open(info) as source:
        data = source.read(limit + 1)
    if len(data) > limit:
        raise fail("too_large", info.filename)
    return data


def _hash_entry(archive: zipfile.ZipFile, entry: FileEntry, *, keep: bool) -> tuple[str, bytes]:
    class _Sink:
        def __init__(self) -> None:
            self.parts: list[bytes] = []

        def write(self, data: bytes) -> int:
            if keep:
                self.parts.append(data)
            return len(data)

    sink = _Sink()
    digest = _stream(archive, entry, sink)
    return digest, b"".join(sink.parts)


def _stream(archive: zipfile.ZipFile, entry: FileEntry, out: Any) -> str:
    """Copy an entry to `out` in chunks; its size is bounded by the manifest and the CRC checked.

    Only reading the package is "corrupt"; an error writing `out` (a full disk) propagates.
    """
    digest = hashlib.sha256()
    done = 0
    with _reading(entry.path):
        source = archive.open(entry.path)
    with source:
        while True:
            with _reading(entry.path):
                chunk = source.read(CHUNK)
            if not chunk:
                return digest.hexdigest()
            done += len(chunk)
            if done > entry.size:
                raise fail("tampered", f"{entry.path}: longer than listed")
            digest.update(chunk)
            out.write(chunk)


@contextmanager
def _reading(name: str) -> Iterator[None]:
    try:
        yield
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError) as error:
        raise fail("corrupt", f"{name}: {error}") from None


def fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as data:
        while chunk := data.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
