"""Import site bundles at head office: verify everything first, then one transaction each.

For every bundle: `verify_bundle` (signature, layout, every hash) before anything is written;
the site must be registered by the bundle's key (`unknown_site`), its id bound to that key
(`wrong_key` when the site is known under another key, `site_mismatch` when the key belongs
to another site id), and active (`inactive_site`). Then the chain, per site, in sequence order:

- the manifest hash already imported → "unchanged" (re-import of the same bundle: no change);
- sequence ≤ the last imported, another hash → `replayed` (an old or forked bundle);
- sequence = last + 1 but `previous_sha256` is not the last manifest's hash → `out_of_order`
  (the chain is broken: a restored backup at the site, or a bundle from another fork);
- sequence > last + 1 → `gap`, naming the missing sequence numbers (the chain hash proves a
  bundle is missing, and an incremental bundle without its predecessor would leave holes) —
  except a full bundle, which is the site's complete state: it is imported and the gap is
  reported in `missing`.

The rows are then applied in one transaction per bundle (`hq_import_rows`); any error —
e.g. `hash_mismatch` raised by the reader when the file changed on the stick after it was
verified — rolls the whole bundle back. Each bundle has its own transaction, so a refused
bundle never undoes the ones before it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from desktop_app.services.hq_import_rows import apply_bundle
from desktop_app.services.hq_sites import record_hq_action
from domain.readings import now_ms as clock_ms
from domain.roles import Actor, Permission
from storage.bundles.format import BundleError
from storage.bundles.verify import VerifiedBundle, verify_bundle
from storage.hq.engine import HqDatabase
from storage.hq.models import HqBundle, HqSite

Progress = Callable[[int, int], None]
"""(bundles done, bundles in all); called on the importing thread."""
IMPORTED, UNCHANGED, REFUSED = "imported", "unchanged", "refused"


@dataclass(frozen=True)
class ImportResult:
    file_name: str
    status: str
    """"imported", "unchanged" (already imported: nothing written) or "refused"."""
    code: str = ""
    """Why it was refused: a BundleError code or unknown_site, wrong_key, site_mismatch,
    inactive_site, replayed, out_of_order, gap."""
    detail: str = ""
    site_id: str = ""
    site_code: str = ""
    sequence: int = 0
    kind: str = ""
    rows: int = 0
    missing: tuple[int, ...] = ()
    """Sequence numbers before this bundle that head office never received."""

    @property
    def ok(self) -> bool:
        return self.status != REFUSED


class ImportRefused(Exception):
    def __init__(self, code: str, detail: str = "", missing: tuple[int, ...] = ()) -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code, self.detail, self.missing = code, detail, missing


def import_bundles(
    hq: HqDatabase,
    actor: Actor,
    paths: Sequence[Path],
    *,
    progress: Progress | None = None,
) -> list[ImportResult]:
    """Verify all, then import each (sorted by site and sequence); results in `paths`' order."""
    actor.require(Permission.ENTER_READINGS)
    results: dict[int, ImportResult] = {}
    verified: list[tuple[int, VerifiedBundle]] = []
    steps = 0
    for index, path in enumerate(paths):
        try:
            verified.append((index, verify_bundle(path)))
        except BundleError as error:
            results[index] = ImportResult(path.name, REFUSED, error.code, error.detail)
            steps += 1
        steps += 1
        _report(progress, steps, 2 * len(paths))
    verified.sort(key=lambda item: (item[1].manifest.site_id, item[1].manifest.sequence))
    for index, bundle in verified:
        results[index] = _import_one(hq, actor, bundle)
        steps += 1
        _report(progress, steps, 2 * len(paths))
    return [results[index] for index in range(len(paths))]


def _import_one(hq: HqDatabase, actor: Actor, bundle: VerifiedBundle) -> ImportResult:
    try:
        with hq.transaction() as session:
            return import_verified(session, actor, bundle)
    except ImportRefused as refusal:
        return _result(bundle, REFUSED, refusal.code, refusal.detail, missing=refusal.missing)
    except BundleError as error:
        return _result(bundle, REFUSED, error.code, error.detail)
    except DBAPIError as error:
        return _result(bundle, REFUSED, "database_error", str(error.orig)[:200])


def import_verified(
    session: Session, actor: Actor, bundle: VerifiedBundle, *, now_ms: int | None = None
) -> ImportResult:
    """Import one verified bundle in the caller's transaction (the caller commits).

    Raises ImportRefused before any write when the site or the chain refuses it, and
    BundleError from the reader (the caller must roll back)."""
    actor.require(Permission.ENTER_READINGS)
    manifest = bundle.manifest
    site = _site_of(session, bundle)
    already = select(HqBundle.sequence).where(
        HqBundle.site_id == manifest.site_id, HqBundle.manifest_sha256 == bundle.manifest_sha256
    )
    if session.scalar(already) is not None:
        return _result(bundle, UNCHANGED, "already_imported")
    missing = _check_chain(session, bundle)
    rows = apply_bundle(session, site.public_key, bundle)
    when = clock_ms() if now_ms is None else now_ms
    session.add(
        HqBundle(
            site_id=manifest.site_id,
            sequence=manifest.sequence,
            manifest_sha256=bundle.manifest_sha256,
            previous_sha256=manifest.previous_sha256,
            kind=manifest.kind,
            from_ms=manifest.from_ms,
            to_ms=manifest.to_ms,
            created_ms=manifest.created_ms,
            imported_ms=when,
            imported_by=actor.name,
            file_name=bundle.path.name,
            rows=rows,
            app_version=manifest.app_version,
        )
    )
    detail = {"file": bundle.path.name, "sequence": manifest.sequence, "rows": rows}
    record_hq_action(session, actor, "import", "bundle", bundle.manifest_sha256, detail, when)
    return _result(bundle, IMPORTED, rows=rows, missing=missing)


def _site_of(session: Session, bundle: VerifiedBundle) -> HqSite:
    manifest = bundle.manifest
    by_id = session.scalar(select(HqSite).where(HqSite.site_id == manifest.site_id))
    if by_id is not None and by_id.public_key != manifest.public_key:
        raise ImportRefused("wrong_key", f"signed by {manifest.public_key[:16]}…")
    site = by_id or session.get(HqSite, manifest.public_key)
    if site is None:
        raise ImportRefused("unknown_site", f"{manifest.site_code} ({manifest.site_id})")
    if site.site_id is not None and site.site_id != manifest.site_id:
        raise ImportRefused("site_mismatch", f"the key is registered for {site.site_id}")
    if not site.active:
        raise ImportRefused("inactive_site", manifest.site_code)
    return site


def _check_chain(session: Session, bundle: VerifiedBundle) -> tuple[int, ...]:
    """The sequence numbers skipped before this bundle (only a full bundle may skip any)."""
    manifest = bundle.manifest
    last = session.scalar(
        select(HqBundle)
        .where(HqBundle.site_id == manifest.site_id)
        .order_by(HqBundle.sequence.desc())
        .limit(1)
    )
    last_sequence = 0 if last is None else last.sequence
    if manifest.sequence <= last_sequence:
        raise ImportRefused("replayed", f"#{manifest.sequence}, last imported #{last_sequence}")
    gap = tuple(range(last_sequence + 1, manifest.sequence))
    if gap and manifest.kind != "full":
        raise ImportRefused("gap", ", ".join(f"#{n}" for n in gap), gap)
    if last is not None and not gap and manifest.previous_sha256 != last.manifest_sha256:
        raise ImportRefused(
            "out_of_order", f"#{manifest.sequence} does not follow #{last_sequence}"
        )
    return gap


def imported_count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(HqBundle)) or 0)


def _result(
    bundle: VerifiedBundle,
    status: str,
    code: str = "",
    detail: str = "",
    *,
    rows: int = 0,
    missing: tuple[int, ...] = (),
) -> ImportResult:
    m = bundle.manifest
    return ImportResult(
        bundle.path.name, status, code, detail, m.site_id, m.site_code, m.sequence, m.kind, rows,
        missing,
    )  # fmt: skip


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)
