"""The bundle's constants, manifest and name rules (format "qingyuan.site-bundle", version 2).

A bundle is one zip `<site_code>-<sequence:06d>.qybundle` whose entries are, in this order: the
data files in the order the manifest lists them, then `manifest.json` and `manifest.sig`. The
order, the entry headers and the exact bytes are fixed (docs/bundle-format.md), so that a bundle
either is what its site signed, byte for byte, or is refused.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

FORMAT_NAME = "qingyuan.site-bundle"
FORMAT_VERSION = 2
SUPPORTED_VERSIONS = frozenset({1, 2})
"""Every version ever written stays readable: a head office may receive an old bundle."""
SUFFIX = ".qybundle"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
KINDS = ("full", "incremental")

MAX_BUNDLE_BYTES = 2**31 - 2**20
"""No ZIP64: every offset and size fits the classic zip fields (export incrementally)."""
MAX_FILE_BYTES = 2**31 - 1
MAX_TOTAL_UNCOMPRESSED = 16 * 1024**3
MAX_ENTRIES = 200_000
MAX_RATIO = 100
"""CSV of numbers deflates about 5–10:1, JSON Lines up to about 20:1; zeros about 1,000:1."""
RATIO_FLOOR = 1024**2
MAX_MANIFEST_BYTES = 64 * 1024**2
SIGNATURE_BYTES = 128
"""The Ed25519 signature as 128 lowercase hex characters, no newline."""
CHUNK = 1024**2

SITE_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,39}")
BUNDLE_NAME = re.compile(r"([A-Za-z0-9][A-Za-z0-9_-]{0,39})-([0-9]{6,})\.qybundle")
HEX64 = re.compile(r"[0-9a-f]{64}")
UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")

JSONL_FILES_V1 = (
    "site.jsonl",
    "buses.jsonl",
    "devices.jsonl",
    "tags.jsonl",
    "kpi_definitions.jsonl",
    "kpi_targets.jsonl",
    "energy_conventions.jsonl",
    "records.jsonl",
    "deletions.jsonl",
    "checklist_templates.jsonl",
    "checklist_runs.jsonl",
    "corrective_actions.jsonl",
    "change_log.jsonl",
)
JSONL_FILES = (*JSONL_FILES_V1[:4], "record_feeds.jsonl", *JSONL_FILES_V1[4:])
"""Version 2 (the current one) adds the site's record feeds, right after the tags they name."""
JSONL_BY_VERSION: dict[int, tuple[str, ...]] = {1: JSONL_FILES_V1, 2: JSONL_FILES}
"""Present in every bundle of the version (possibly with no rows), in this order, before any
other file."""
ALL_JSONL_FILES = frozenset(name for files in JSONL_BY_VERSION.values() for name in files)
ROLLUP_COLUMNS = (
    "tag",
    "bucket",
    "min",
    "max",
    "sum",
    "first",
    "first_ts",
    "last",
    "last_ts",
    "count",
    "valid_count",
    "consumption",
    "flags",
)
MINUTE_FILE = re.compile(r"rollup_1min/([0-9]{4})-(0[1-9]|1[0-2])\.csv")
HOUR_FILE = re.compile(r"rollup_1h/([0-9]{4})\.csv")
_ID = r"[A-Za-z0-9][A-Za-z0-9-]{0,35}"
_FILE = r"[A-Za-z0-9][A-Za-z0-9._-]{0,199}"
PHOTO_FILE = re.compile(rf"photos/({_ID})/{_FILE}")
EVIDENCE_FILE = re.compile(rf"evidence/({_ID})/{_FILE}")
_PATTERNS = (MINUTE_FILE, HOUR_FILE, PHOTO_FILE, EVIDENCE_FILE)


class BundleError(Exception):
    """A bundle refused or not written: `code` is stable (the UI translates it), `detail` where."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class FileEntry:
    path: str
    sha256: str
    size: int
    rows: int | None
    """Data rows (CSV: lines after the header; JSON Lines: lines); None for a photo."""


@dataclass(frozen=True)
class Manifest:
    format_version: int
    site_id: str
    site_code: str
    site_name: str
    public_key: str
    sequence: int
    previous_sha256: str
    kind: str
    from_ms: int
    to_ms: int
    created_ms: int
    app_version: str
    data_sha256: str
    """SHA-256 of the bundle's bytes before manifest.json: binds every data entry's zip bytes."""
    files: tuple[FileEntry, ...]

    @property
    def file_name(self) -> str:
        return bundle_name(self.site_code, self.sequence)

    def to_json(self) -> bytes:
        """The exact bytes that are signed: sorted keys, two-space indent, UTF-8, final newline."""
        document = {
            "format": FORMAT_NAME,
            "format_version": self.format_version,
            "site_id": self.site_id,
            "site_code": self.site_code,
            "site_name": self.site_name,
            "public_key": self.public_key,
            "sequence": self.sequence,
            "previous_sha256": self.previous_sha256,
            "kind": self.kind,
            "range": {"from_ms": self.from_ms, "to_ms": self.to_ms},
            "created_ms": self.created_ms,
            "app_version": self.app_version,
            "data_sha256": self.data_sha256,
            "files": [
                {"path": f.path, "sha256": f.sha256, "size": f.size, "rows": f.rows}
                for f in self.files
            ],
        }
        text = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        return text.encode("utf-8")


def jsonl_files(version: int) -> tuple[str, ...]:
    """The JSON Lines files a bundle of `version` holds, in order (`unsupported_version`)."""
    files = JSONL_BY_VERSION.get(version)
    if files is None:
        raise BundleError("unsupported_version", f"format_version {version}")
    return files


def bundle_name(site_code: str, sequence: int) -> str:
    if not SITE_CODE.fullmatch(site_code):
        raise BundleError("bad_name", f"site code {site_code!r} is not a safe file name")
    return f"{site_code}-{sequence:06d}{SUFFIX}"


def check_name(name: str) -> None:
    """Only the names of the format, ASCII, relative, `/`-separated (no zip-slip possible)."""
    if not is_data_file(name):
        raise BundleError("bad_name", repr(name[:200]))


def is_data_file(name: str) -> bool:
    if not name.isascii() or name in (MANIFEST, SIGNATURE):
        return False
    if name in ALL_JSONL_FILES:
        return True
    parts = name.split("/")
    if any(part in ("", ".", "..") for part in parts):
        return False
    return any(pattern.fullmatch(name) for pattern in _PATTERNS)


def parse_manifest(data: bytes) -> Manifest:
    """The manifest from its bytes; anything not exactly of the format is "bad_manifest"."""
    try:
        raw = json.loads(data.decode("utf-8"), parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise BundleError("bad_manifest", f"not JSON: {type(error).__name__}") from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_NAME:
        raise BundleError("bad_manifest", "not a Qingyuan site bundle")
    version = _get(raw, "format_version", int)
    if version not in SUPPORTED_VERSIONS:
        raise BundleError("unsupported_version", f"format_version {version}")
    span = _get(raw, "range", dict)
    manifest = Manifest(
        format_version=version,
        site_id=_get(raw, "site_id", str),
        site_code=_get(raw, "site_code", str),
        site_name=_get(raw, "site_name", str),
        public_key=_get(raw, "public_key", str),
        sequence=_get(raw, "sequence", int),
        previous_sha256=_get(raw, "previous_sha256", str),
        kind=_get(raw, "kind", str),
        from_ms=_get(span, "from_ms", int),
        to_ms=_get(span, "to_ms", int),
        created_ms=_get(raw, "created_ms", int),
        app_version=_get(raw, "app_version", str),
        data_sha256=_get(raw, "data_sha256", str),
        files=tuple(_file_entry(item) for item in _get(raw, "files", list)),
    )
    _check_values(manifest)
    if manifest.to_json() != data:
        raise BundleError("bad_manifest", "not in the canonical form")
    return manifest


def _check_values(m: Manifest) -> None:
    problems = (
        ("site_id", not UUID_TEXT.fullmatch(m.site_id)),
        ("site_code", not SITE_CODE.fullmatch(m.site_code)),
        ("public_key", not HEX64.fullmatch(m.public_key)),
        ("sequence", m.sequence < 1),
        ("previous_sha256", (m.sequence == 1) != (m.previous_sha256 == "")),
        ("previous_sha256", m.previous_sha256 != "" and not HEX64.fullmatch(m.previous_sha256)),
        ("kind", m.kind not in KINDS),
        ("range", not 0 <= m.from_ms <= m.to_ms),
        ("data_sha256", not HEX64.fullmatch(m.data_sha256)),
    )
    for key, bad in problems:
        if bad:
            raise BundleError("bad_manifest", key)
    paths = [entry.path for entry in m.files]
    if len(set(paths)) != len(paths):
        raise BundleError("bad_manifest", "a file is listed twice")
    expected = jsonl_files(m.format_version)
    if tuple(paths[: len(expected)]) != expected:
        raise BundleError("missing_file", "the data files must come first, in their order")
    for path in paths[len(expected) :]:
        if path in ALL_JSONL_FILES:
            raise BundleError("bad_manifest", f"{path} is not a file of version {m.format_version}")


def _file_entry(item: object) -> FileEntry:
    if not isinstance(item, dict) or set(item) != {"path", "sha256", "size", "rows"}:
        raise BundleError("bad_manifest", "files")
    path = _get(item, "path", str)
    check_name(path)
    sha = _get(item, "sha256", str)
    size = _get(item, "size", int)
    rows = item["rows"]
    binary = PHOTO_FILE.fullmatch(path) or EVIDENCE_FILE.fullmatch(path)
    rows_ok = rows is None if binary else isinstance(rows, int) and not isinstance(rows, bool)
    if not HEX64.fullmatch(sha) or not 0 <= size <= MAX_FILE_BYTES or not rows_ok:
        raise BundleError("bad_manifest", path)
    return FileEntry(path, sha, size, rows)


def _get(raw: dict[str, Any], key: str, kind: type) -> Any:
    value: Any = raw.get(key)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise BundleError("bad_manifest", key)
    if isinstance(value, int) and not 0 <= value < 2**63:
        raise BundleError("bad_manifest", key)
    return value


def _no_constant(text: str) -> None:
    raise ValueError(f"{text} is not JSON")
