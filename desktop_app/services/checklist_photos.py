"""Photos and signatures of checklist runs: decoded, turned upright, shrunk, stored safely.

Tablet photos are 4000+ px and several MB; 1600 px on the longer side shows a leaking valve or a
full drum well enough and keeps years of inspections small. The metadata (EXIF: place, device)
is dropped; the orientation it carried is applied to the pixels first.

Crash safety: the file is written under a temporary name, fsynced and renamed into place before
its row is added, so a killed process leaves either a whole photo or none, and a row never
points at a missing or half-written file. A photo whose row was never committed stays on disk
as an orphan (`orphan_photos` lists them; nothing deletes them automatically, since an
inspector may want the picture back). A removed photo's file is deleted only after the removal
is committed.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from desktop_app.services.checklist_run_store import (
    PHOTO,
    SIGNATURE,
    data_dir_of,
    draft_run,
    photos_root,
    run_template,
    template_item,
)
from desktop_app.services.configuration import load_site
from desktop_app.services.errors import ConfigurationError
from domain.checklists import ItemKind
from domain.readings import now_ms
from domain.roles import Actor, Permission
from storage.models import ChecklistPhotoRecord, ChecklistRunRecord

MAX_SIDE_PX = 1600
JPEG_QUALITY = 85
MAX_IMAGE_BYTES = 60_000_000
"""A camera JPEG is < 20 MB; more is not a photo worth decoding on the plant PC."""
MAX_SIGNATURE_BYTES = 2_000_000
_UNSAFE = re.compile(r"[^A-Za-z0-9-]+")
_TEMP_PREFIX = ".part-"
_PENDING_DELETES = "checklist_photos.pending_deletes"


@dataclass(frozen=True)
class PhotoInfo:
    """A stored photo or signature; `file_name` is relative to the photos folder."""

    id: str
    item_code: str
    kind: str
    file_name: str
    width: int
    height: int
    taken_ms: int
    sha256: str


def photo_path(data_dir: Path, info: PhotoInfo) -> Path:
    return photos_root(data_dir).joinpath(*info.file_name.split("/"))


def photo_info(row: ChecklistPhotoRecord) -> PhotoInfo:
    return PhotoInfo(
        row.id, row.item_code, row.kind, row.file_name, row.width, row.height, row.taken_ms,
        row.sha256,
    )  # fmt: skip


def add_photo(
    session: Session,
    actor: Actor,
    run_id: str,
    item_code: str,
    image: bytes,
    *,
    max_side_px: int = MAX_SIDE_PX,
    taken_ms: int | None = None,
) -> PhotoInfo:
    """Store a photo for an item of a draft run (as JPEG, upright, longer side ≤ max_side_px).

    Refusals: "too_many_photos" (the item's `photos.max`; detail the maximum), "not_an_image",
    "image_too_large" (more than MAX_IMAGE_BYTES of data), and those of any draft change.
    """
    actor.require(Permission.FILL_CHECKLISTS)
    run = draft_run(session, run_id)
    item = template_item(run_template(session, run), item_code)
    count = session.scalar(
        select(func.count())
        .select_from(ChecklistPhotoRecord)
        .where(
            ChecklistPhotoRecord.run_id == run_id,
            ChecklistPhotoRecord.item_code == item_code,
            ChecklistPhotoRecord.kind == PHOTO,
        )
    )
    if int(count or 0) >= item.photos_max:
        raise ConfigurationError("too_many_photos", str(item.photos_max), item_code)
    if len(image) > MAX_IMAGE_BYTES:
        raise ConfigurationError("image_too_large", f"{len(image)} bytes", item_code)
    picture = _decode(image, max(16, max_side_px), item_code)
    picture.thumbnail((max_side_px, max_side_px), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True)
    taken = now_ms() if taken_ms is None else int(taken_ms)
    return _store(session, actor, run, item_code, PHOTO, buffer.getvalue(), picture.size, taken)


def set_signature(
    session: Session, actor: Actor, run_id: str, item_code: str, png: bytes
) -> PhotoInfo:
    """Store (or replace) the signature of a signature item, as PNG.

    Refusals: "not_a_signature_item", "not_an_image", "image_too_large".
    """
    actor.require(Permission.FILL_CHECKLISTS)
    run = draft_run(session, run_id)
    item = template_item(run_template(session, run), item_code)
    if item.kind is not ItemKind.SIGNATURE:
        raise ConfigurationError("not_a_signature_item", item_code, item_code)
    if len(png) > MAX_SIGNATURE_BYTES:
        raise ConfigurationError("image_too_large", f"{len(png)} bytes", item_code)
    picture = _decode(png, None, item_code, keep_alpha=True)
    buffer = io.BytesIO()
    picture.save(buffer, "PNG", optimize=True)
    for old in session.scalars(
        select(ChecklistPhotoRecord).where(
            ChecklistPhotoRecord.run_id == run_id,
            ChecklistPhotoRecord.item_code == item_code,
            ChecklistPhotoRecord.kind == SIGNATURE,
        )
    ):
        _delete_row(session, old)
    ms = now_ms()
    return _store(session, actor, run, item_code, SIGNATURE, buffer.getvalue(), picture.size, ms)


def remove_photo(session: Session, actor: Actor, run_id: str, photo_id: str) -> None:
    """Remove a photo or signature of a draft run; its file goes once the removal is committed."""
    actor.require(Permission.FILL_CHECKLISTS)
    draft_run(session, run_id)
    row = session.get(ChecklistPhotoRecord, photo_id)
    if row is None or row.run_id != run_id:
        raise ConfigurationError("unknown_photo", photo_id, "photo")
    _delete_row(session, row)


def orphan_photos(data_dir: Path, session: Session) -> list[Path]:
    """Files in the photos folder without a row (a crash before a commit, a rolled-back add).

    Listed for a person to look at; never deleted automatically.
    """
    root = photos_root(data_dir)
    if not root.is_dir():
        return []
    known = set(session.scalars(select(ChecklistPhotoRecord.file_name)))
    return sorted(
        path
        for path in root.rglob("*")
        if path.is_file() and path.relative_to(root).as_posix() not in known
    )


# --- storing -----------------------------------------------------------------------------------


def _decode(
    data: bytes, draft_side: int | None, item_code: str, *, keep_alpha: bool = False
) -> Image.Image:
    """The picture upright, as RGB (or RGBA); transparent parts of a photo become white."""
    try:
        with Image.open(io.BytesIO(data)) as opened:
            if draft_side is not None:
                opened.draft("RGB", (draft_side, draft_side))  # JPEG: decode at reduced scale
            upright = ImageOps.exif_transpose(opened)
            upright.load()
            if keep_alpha:
                return upright.convert("RGBA")
            if upright.mode in ("RGBA", "LA", "PA") or "transparency" in upright.info:
                rgba = upright.convert("RGBA")
                white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
                return Image.alpha_composite(white, rgba).convert("RGB")
            return upright.convert("RGB")
    except (
        UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError,
    ) as exc:  # fmt: skip
        raise ConfigurationError("not_an_image", type(exc).__name__, item_code) from None


def _store(
    session: Session,
    actor: Actor,
    run: ChecklistRunRecord,
    item_code: str,
    kind: str,
    data: bytes,
    size: tuple[int, int],
    taken_ms: int,
) -> PhotoInfo:
    root = photos_root(data_dir_of(session))
    folder = root / run.id
    folder.mkdir(parents=True, exist_ok=True)
    suffix = ".jpg" if kind == PHOTO else ".png"
    taken_names = set(
        session.scalars(
            select(ChecklistPhotoRecord.file_name).where(ChecklistPhotoRecord.run_id == run.id)
        )
    )
    stem = _stem(session, run, item_code, taken_ms)
    target = _unique_target(folder, stem, suffix, root, taken_names)
    _write_atomically(target, data)
    row = ChecklistPhotoRecord(
        id=str(uuid.uuid4()),
        run_id=run.id,
        item_code=item_code,
        kind=kind,
        file_name=target.relative_to(root).as_posix(),
        sha256=hashlib.sha256(data).hexdigest(),
        width=size[0],
        height=size[1],
        taken_by=actor.name,
        taken_ms=taken_ms,
    )
    session.add(row)
    session.flush()
    return photo_info(row)


def _stem(session: Session, run: ChecklistRunRecord, item_code: str, taken_ms: int) -> str:
    """`<site>_<template>_<item>_<YYYYmmdd-HHMMSS>` in the site's time, ASCII only."""
    site = load_site(session)
    site_code = _ascii(run.site_code or (site.code if site else "")) or "site"
    when = datetime.fromtimestamp(taken_ms / 1000, _zone(site.timezone if site else ""))
    parts = (site_code, _ascii(run.template_code), _ascii(item_code), f"{when:%Y%m%d-%H%M%S}")
    return "_".join(p or "x" for p in parts)


def _ascii(text: str) -> str:
    return _UNSAFE.sub("-", text.replace("_", "-")).strip("-")[:40]


def _zone(name: str) -> Any:
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _unique_target(folder: Path, stem: str, suffix: str, root: Path, taken: set[str]) -> Path:
    """The first `<stem>_<n>` free on disk and in the rows: a row whose file went missing must
    not come to point at a new photo, and an orphan is never overwritten."""
    n = 1
    while True:
        target = folder / f"{stem}_{n}{suffix}"
        if not target.exists() and target.relative_to(root).as_posix() not in taken:
            return target
        n += 1


def _write_atomically(target: Path, data: bytes) -> None:
    temp = target.with_name(f"{_TEMP_PREFIX}{uuid.uuid4().hex}{target.suffix}")
    try:
        with temp.open("xb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        temp.replace(target)  # atomic on POSIX and Windows (os.replace)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_folder(target.parent)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- removing ----------------------------------------------------------------------------------


def _delete_row(session: Session, row: ChecklistPhotoRecord) -> None:
    path = photos_root(data_dir_of(session)).joinpath(*row.file_name.split("/"))
    session.delete(row)
    session.flush()
    _pending_deletes(session).append(path)


def _pending_deletes(session: Session) -> list[Path]:
    """Files to delete when the session commits; forgotten when it rolls back."""
    pending: list[Path] | None = session.info.get(_PENDING_DELETES)
    if pending is None:
        pending = []
        session.info[_PENDING_DELETES] = pending
        event.listen(session, "after_commit", _delete_pending)
        event.listen(session, "after_rollback", _forget_pending)
    return pending


def _delete_pending(session: Session) -> None:
    pending: list[Path] = session.info.get(_PENDING_DELETES, [])
    for path in pending:
        with contextlib.suppress(OSError):  # in use or read-only: stays, listed as an orphan
            path.unlink(missing_ok=True)
    pending.clear()


def _forget_pending(session: Session) -> None:
    session.info.get(_PENDING_DELETES, []).clear()
