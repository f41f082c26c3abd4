"""The zip as bytes: every header field of a bundle is fixed, so any changed byte is noticed.

The content of each file is covered by its SHA-256 in the manifest, and the manifest by the
signature; what is left are the zip's own structures, which a reader normally tolerates (a
changed time stamp, an attribute, a gap between entries, data prepended or appended). Here they
must be exactly what `entry_info` makes: entries back to back from offset 0, local headers equal
to the central directory, the directory followed by a plain end record without comment, no
ZIP64, no encryption, no data descriptors, fixed times and attributes.
"""

from __future__ import annotations

import struct
import zipfile
from typing import BinaryIO

from storage.bundles.format import (
    EVIDENCE_FILE,
    MANIFEST,
    PHOTO_FILE,
    SIGNATURE,
    BundleError,
)

EPOCH = (1980, 1, 1, 0, 0, 0)
CREATE_SYSTEM = 3
"""Unix, written explicitly: zipfile would write 0 on Windows and the bytes would differ."""
EXTERNAL_ATTR = 0o644 << 16
VERSION = 20
COMPRESS_LEVEL = 1
"""zlib's fastest level: about 15 % larger than the default 6 on rollup CSV, about 6× faster.
Readers do not depend on it; the writer sets it on each entry (zipfile keeps it per entry)."""
_LOCAL = struct.Struct("<4s2B4HL2L2H")
_END = struct.Struct("<4s4H2LH")
_CENTRAL_FIXED = 46


def stored(name: str) -> bool:
    """Photos are compressed already; the manifest and signature are kept byte-readable."""
    return name in (MANIFEST, SIGNATURE) or bool(
        PHOTO_FILE.fullmatch(name) or EVIDENCE_FILE.fullmatch(name)
    )


def entry_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=EPOCH)
    info.compress_type = zipfile.ZIP_STORED if stored(name) else zipfile.ZIP_DEFLATED
    info.create_system = CREATE_SYSTEM
    info.external_attr = EXTERNAL_ATTR
    info._compresslevel = COMPRESS_LEVEL  # type: ignore[attr-defined]  # 3.13: compress_level
    return info


def check_layout(raw: BinaryIO, entries: list[zipfile.ZipInfo], size: int, start_dir: int) -> None:
    """Refuse any byte outside the canonical layout ("bad_layout")."""
    offset = 0
    for info in entries:
        _check_central(info)
        if info.header_offset != offset:
            raise BundleError("bad_layout", f"{info.filename}: not where the previous entry ends")
        offset = _check_local(raw, info)
    directory = sum(_CENTRAL_FIXED + len(i.orig_filename.encode("ascii")) for i in entries)
    if offset != start_dir or start_dir + directory + _END.size != size:
        raise BundleError("bad_layout", "bytes outside the entries")
    raw.seek(size - _END.size)
    end = _END.unpack(raw.read(_END.size))
    count = len(entries)
    if end != (b"PK\x05\x06", 0, 0, count, count, directory, start_dir, 0):
        raise BundleError("bad_layout", "end of central directory")


def _check_central(info: zipfile.ZipInfo) -> None:
    expected = zipfile.ZIP_STORED if stored(info.filename) else zipfile.ZIP_DEFLATED
    fields = (
        info.compress_type == expected,
        info.date_time == EPOCH,
        info.create_system == CREATE_SYSTEM,
        info.create_version == VERSION,
        info.extract_version == VERSION,
        info.reserved == 0,
        info.flag_bits == 0,
        info.volume == 0,
        info.internal_attr == 0,
        info.external_attr == EXTERNAL_ATTR,
        info.extra == b"",
        info.comment == b"",
        info.orig_filename.isascii(),
        info.compress_type != zipfile.ZIP_STORED or info.compress_size == info.file_size,
    )
    if not all(fields):
        raise BundleError("bad_layout", f"{info.filename[:200]!r}: header fields")


def _check_local(raw: BinaryIO, info: zipfile.ZipInfo) -> int:
    """The local header equals the central one; returns the offset after the entry's data."""
    raw.seek(info.header_offset)
    header = raw.read(_LOCAL.size)
    name = info.orig_filename.encode("ascii")
    if len(header) != _LOCAL.size:
        raise BundleError("truncated", info.filename)
    expected = (
        b"PK\x03\x04",
        VERSION,
        0,
        0,
        info.compress_type,
        0,
        33,  # DOS date of 1980-01-01
        info.CRC,
        info.compress_size,
        info.file_size,
        len(name),
        0,
    )
    if _LOCAL.unpack(header) != expected or raw.read(len(name)) != name:
        raise BundleError("bad_layout", f"{info.filename[:200]!r}: local header")
    return info.header_offset + _LOCAL.size + len(name) + info.compress_size
