"""Export the site's signed bundle for head office (issue 8): full, or everything since the last.

An administrator's action (Permission.CONFIGURE_SITE: the bundle carries the whole site's data
and is signed with the site's key). The sequence number and the previous manifest's hash come
from `bundle_exports`, the history of bundles written here; the first bundle, or one asked for
with `full`, is full, every later one incremental from the previous bundle's `to_ms`.
Incremental selections reach back `OVERLAP_MS` before that: a row whose time stamp was taken in
a transaction that committed after the previous export is not lost, and head office's upsert
by natural key makes the repeat harmless. The bundle is written and verified by
`storage.bundles.writer` before the history row and the change-log entry are added in the
caller's transaction (the caller commits). Runs on the caller's thread (a worker in the GUI).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app import __version__
from desktop_app.services import bundle_rows as rows
from desktop_app.services.actions import evidence_path
from desktop_app.services.change_log import record_change
from desktop_app.services.checklist_run_store import photos_root
from desktop_app.services.configuration import load_site
from desktop_app.services.errors import ConfigurationError
from domain.readings import now_ms as clock_ms
from domain.roles import Actor, Permission
from storage.bundles.format import JSONL_FILES, ROLLUP_COLUMNS, BundleError
from storage.bundles.identity import site_uuid
from storage.bundles.keys import (
    fingerprint,
    load_or_create_site_key,
    public_hex,
    public_pem,
    public_raw,
)
from storage.bundles.writer import BundleHeader, BundleWriter, write_bundle
from storage.models import BundleExportRecord

OVERLAP_MS = 5 * 60_000
Progress = Callable[[int, int], None]
"""(files written, files in all); called on the exporting thread."""
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sequence: int
    kind: str
    from_ms: int
    to_ms: int
    manifest_sha256: str
    files: int
    rows: int
    bytes: int


@dataclass(frozen=True)
class SiteKeyInfo:
    site_id: str
    site_code: str
    site_name: str
    public_key_hex: str
    public_key_pem: bytes
    fingerprint: str


def export_bundle(
    session: Session,
    actor: Actor,
    data_dir: Path,
    out_dir: Path,
    *,
    full: bool = False,
    now_ms: int | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    """Write the next bundle into `out_dir` and record it; the caller commits.

    Refusals (ConfigurationError, field "bundle"): "no_site", "clock_behind" (the clock is
    before the previous bundle's end), "cancelled", and the writer's "disk_full",
    "write_failed", "too_large", "file_missing", "file_damaged", "bad_name".
    """
    actor.require(Permission.CONFIGURE_SITE)
    site = load_site(session)
    if site is None:
        raise ConfigurationError("no_site", "", "bundle")
    previous = session.scalar(
        select(BundleExportRecord).order_by(BundleExportRecord.sequence.desc()).limit(1)
    )
    to_ms = clock_ms() if now_ms is None else now_ms
    incremental = previous is not None and not full
    from_ms = previous.to_ms if previous is not None and incremental else 0
    if previous is not None and to_ms < previous.to_ms:
        raise ConfigurationError("clock_behind", str(previous.to_ms), "bundle")
    header = BundleHeader(
        site_id=site_uuid(session.connection()),
        site_code=site.code,
        site_name=site.name,
        sequence=1 if previous is None else previous.sequence + 1,
        previous_sha256="" if previous is None else previous.manifest_sha256,
        kind="incremental" if incremental else "full",
        from_ms=from_ms,
        to_ms=to_ms,
        created_ms=to_ms,
        app_version=__version__,
    )
    window = rows.window_for(session, from_ms - OVERLAP_MS if incremental else None)
    filler = _Filler(session, data_dir, header.site_id, window, progress, cancelled)
    try:
        written = write_bundle(out_dir, header, load_or_create_site_key(data_dir), filler.fill)
    except BundleError as error:
        raise ConfigurationError(error.code, error.detail, "bundle") from None
    manifest = written.manifest
    session.add(
        BundleExportRecord(
            sequence=manifest.sequence,
            kind=manifest.kind,
            from_ms=manifest.from_ms,
            to_ms=manifest.to_ms,
            created_ms=manifest.created_ms,
            manifest_sha256=written.manifest_sha256,
            file_name=written.path.name,
            created_by=actor.name,
        )
    )
    result = ExportResult(
        written.path,
        manifest.sequence,
        manifest.kind,
        manifest.from_ms,
        manifest.to_ms,
        written.manifest_sha256,
        len(manifest.files),
        sum(f.rows or 0 for f in manifest.files),
        written.path.stat().st_size,
    )
    record_change(
        session,
        actor,
        "export",
        "bundle",
        manifest.sequence,
        new={
            "file": written.path.name,
            "kind": manifest.kind,
            "from_ms": manifest.from_ms,
            "to_ms": manifest.to_ms,
            "manifest_sha256": written.manifest_sha256,
        },
    )
    return result


def export_history(session: Session) -> list[BundleExportRecord]:
    """Every bundle exported here, newest first (ORM rows: read them inside the session)."""
    query = select(BundleExportRecord).order_by(BundleExportRecord.sequence.desc())
    return list(session.scalars(query))


def site_key_info(session: Session, data_dir: Path) -> SiteKeyInfo:
    """What head office registers: the site id, the public key and its fingerprint.

    Creates the site id and key the first time; call it in its own short transaction before
    the first export, so the export does not hold the write lock while it reads.
    """
    site = load_site(session)
    key = load_or_create_site_key(data_dir)
    return SiteKeyInfo(
        site_id=site_uuid(session.connection()),
        site_code=site.code if site else "",
        site_name=site.name if site else "",
        public_key_hex=public_hex(key),
        public_key_pem=public_pem(key),
        fingerprint=fingerprint(public_raw(key)),
    )


class _Filler:
    """Writes the data files in the format's order, reporting progress and honouring cancel."""

    def __init__(
        self,
        session: Session,
        data_dir: Path,
        site_id: str,
        window: rows.Window,
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> None:
        self.session, self.data_dir, self.site_id, self.window = session, data_dir, site_id, window
        self.progress, self.cancelled = progress, cancelled
        self.done = self.total = 0

    def fill(self, writer: BundleWriter) -> None:
        session, window = self.session, self.window
        runs = rows.run_rows(session, window)
        actions = rows.action_rows(session, window)
        rollups = rows.rollup_files(session, window)
        photos = [p for r in runs for p in r["photos"]]
        evidence = [e for a in actions for e in a["events"] if e["file_name"]]
        self.total = len(JSONL_FILES) + len(rollups) + len(photos) + len(evidence)
        self._step(writer.add_jsonl("site.jsonl", rows.site_rows(session, self.site_id)))
        self._step(writer.add_jsonl("buses.jsonl", rows.bus_rows(session)))
        self._step(writer.add_jsonl("devices.jsonl", rows.device_rows(session)))
        self._step(writer.add_jsonl("tags.jsonl", rows.tag_rows(session)))
        self._step(writer.add_jsonl("record_feeds.jsonl", rows.record_feed_rows(session)))
        for name, model in rows.CONFIGURATION_MODELS.items():
            self._step(writer.add_jsonl(name, rows.whole_table_rows(session, model)))
        self._step(writer.add_jsonl("records.jsonl", rows.record_rows(session, window)))
        self._step(writer.add_jsonl("deletions.jsonl", rows.deletion_rows(session, window)))
        self._step(writer.add_jsonl("checklist_templates.jsonl", rows.template_rows(session, runs)))
        self._step(writer.add_jsonl("checklist_runs.jsonl", runs))
        self._step(writer.add_jsonl("corrective_actions.jsonl", actions))
        self._step(writer.add_jsonl("change_log.jsonl", rows.change_log_rows(session, window)))
        tags = rows.tag_names(session)
        for file in rollups:
            rollup = rows.rollup_rows(session, file, window, tags)
            self._step(writer.add_csv(file.path, ROLLUP_COLUMNS, rollup))
        root = photos_root(self.data_dir)
        for photo in photos:
            source = root.joinpath(*photo["file_name"].split("/"))
            writer.add_file(f"photos/{photo['file_name']}", source, photo["sha256"])
            self._step(0)
        for event in evidence:
            source = evidence_path(self.data_dir, event["file_name"])
            writer.add_file(f"evidence/{event['file_name']}", source)
            self._step(0)

    def _step(self, _rows: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise BundleError("cancelled", "")
        self.done += 1
        if self.progress is not None:
            self.progress(self.done, self.total)
