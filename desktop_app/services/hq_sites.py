"""Head office's registered sites: register a site's public key, list the sites and their chain.

Registration is the trust decision (an administrator's, Permission.CONFIGURE_SITE): from then
on, bundles signed by that key are accepted for the site. The key comes from the site's
`qingyuan site-key --export FILE.pem` (or its 64 hex characters); the site's id, code and name
come from its first verified bundle, or the id from `site-key`'s printout with `site_id`. HQ
actions are audited in HQ's own `hq_audit` table, in the same transaction as the change
(the site database's change log cannot share a transaction with a PostgreSQL HQ database).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.services.errors import ConfigurationError
from domain.readings import now_ms as clock_ms
from domain.roles import Actor, Permission
from storage.bundles.format import UUID_TEXT, BundleError
from storage.bundles.keys import fingerprint, parse_public_key
from storage.hq.models import HqAuditEntry, HqBundle, HqSite


@dataclass(frozen=True)
class SiteSummary:
    public_key: str
    fingerprint: str
    site_id: str
    """"" until the first bundle of the site is imported (unless given at registration)."""
    site_code: str
    name: str
    registered_ms: int
    registered_by: str
    active: bool
    bundles: int
    last_sequence: int | None
    last_import_ms: int | None
    missing: tuple[int, ...]
    """Sequence numbers below the last one that were never imported (gaps in the chain)."""


def key_from_file(data: bytes) -> bytes:
    """The raw 32-byte key from an exported PEM or 64 hex characters ("bad_key" otherwise)."""
    try:
        return parse_public_key(data)
    except BundleError as error:
        raise ConfigurationError("bad_key", error.detail, "public_key") from None


def register_site(
    session: Session,
    actor: Actor,
    public_key: bytes,
    *,
    site_id: str = "",
    now_ms: int | None = None,
) -> SiteSummary:
    """Trust `public_key` for a site; refusals: "bad_key", "already_registered", "bad_site_id",
    "site_registered" (that site id already has a key)."""
    actor.require(Permission.CONFIGURE_SITE)
    if len(public_key) != 32:
        raise ConfigurationError("bad_key", f"{len(public_key)} bytes", "public_key")
    key = public_key.hex()
    if session.get(HqSite, key) is not None:
        raise ConfigurationError("already_registered", fingerprint(public_key), "public_key")
    site_id = site_id.strip().lower()
    if site_id and not UUID_TEXT.fullmatch(site_id):
        raise ConfigurationError("bad_site_id", site_id, "site_id")
    if site_id and session.scalar(select(HqSite.public_key).where(HqSite.site_id == site_id)):
        raise ConfigurationError("site_registered", site_id, "site_id")
    when = clock_ms() if now_ms is None else now_ms
    session.add(
        HqSite(
            public_key=key,
            site_id=site_id or None,
            site_code="",
            name="",
            name_en="",
            timezone="",
            registered_ms=when,
            registered_by=actor.name,
            active=True,
        )
    )
    session.flush()
    record_hq_action(
        session, actor, "register", "site", key, {"fingerprint": fingerprint(public_key)}, when
    )
    return site_summary(session, key)


def list_sites(session: Session) -> list[SiteSummary]:
    """Every registered site, by code (sites awaiting their first bundle last)."""
    keys = session.scalars(
        select(HqSite.public_key).order_by(HqSite.site_code == "", HqSite.site_code)
    )
    return [site_summary(session, key) for key in keys]


def site_summary(session: Session, public_key: str) -> SiteSummary:
    site = session.get(HqSite, public_key)
    if site is None:
        raise ConfigurationError("unknown_site", public_key, "public_key")
    sequences: list[int] = []
    last_import: int | None = None
    if site.site_id is not None:
        sequences = [
            int(s)
            for s in session.scalars(
                select(HqBundle.sequence).where(HqBundle.site_id == site.site_id)
            )
        ]
        last_import = session.scalar(
            select(func.max(HqBundle.imported_ms)).where(HqBundle.site_id == site.site_id)
        )
    last = max(sequences) if sequences else None
    present = set(sequences)
    missing = tuple(n for n in range(1, (last or 0) + 1) if n not in present)
    return SiteSummary(
        public_key=site.public_key,
        fingerprint=fingerprint(bytes.fromhex(site.public_key)),
        site_id=site.site_id or "",
        site_code=site.site_code,
        name=site.name,
        registered_ms=site.registered_ms,
        registered_by=site.registered_by,
        active=site.active,
        bundles=len(sequences),
        last_sequence=last,
        last_import_ms=None if last_import is None else int(last_import),
        missing=missing,
    )


def record_hq_action(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    key: str,
    detail: Mapping[str, Any],
    when: int | None = None,
) -> None:
    session.add(
        HqAuditEntry(
            ts=clock_ms() if when is None else when,
            actor_name=actor.name,
            action=action,
            entity=entity,
            entity_key=key[:120],
            detail=json.dumps(dict(detail), ensure_ascii=False, sort_keys=True),
        )
    )
