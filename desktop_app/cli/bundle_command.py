"""`qingyuan export | verify | site-key`: the signed site bundle for head office, headless.

`export` writes the next bundle (incremental since the previous one, or `--full`) into a folder
— a USB stick — and prints its path; it needs an administrator (password from
$QINGYUAN_PASSWORD, else asked for). `verify` checks a bundle without any database: exit 0 and
a one-line summary when it is intact and signed (by the key in `--pubkey` when given), else
exit 2 with the reason code and a sentence. `site-key` prints what head office registers.
Exit status: 0 done, 2 refused, 3 wrong user name or password.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_app.cli.readings_command import sign_in
from desktop_app.services.bundle_export import export_bundle, site_key_info
from desktop_app.services.database import open_database
from desktop_app.services.errors import ConfigurationError
from domain.roles import PermissionDenied
from storage.bundles.format import BundleError
from storage.bundles.keys import fingerprint, parse_public_key
from storage.bundles.verify import VerifiedBundle, verify_bundle
from storage.data_dir import resolve_data_dir

REASONS = {
    "not_a_zip": "the file is not a bundle (not a zip archive)",
    "truncated": "the file is cut short (copy it again from the stick)",
    "too_large": "a size limit is exceeded (a zip bomb, or too much for one bundle)",
    "bad_name": "a file name outside the format (possibly a path escaping the folder)",
    "bad_layout": "the zip's structure was changed after signing",
    "bad_manifest": "the manifest is damaged or not of this format",
    "unsupported_version": "the bundle is of a newer format version than this program reads",
    "bad_signature": "the signature does not match the manifest: the bundle was altered",
    "wrong_key": "the bundle was signed by another key than the registered one",
    "missing_file": "a file listed in the manifest is missing",
    "extra_file": "the bundle holds a file its manifest does not list",
    "hash_mismatch": "a file's content differs from its SHA-256 in the manifest",
    "bad_key": "the public key file is not an Ed25519 public key (PEM or 64 hex)",
    "disk_full": "the target drive is full; the previous bundle there is untouched",
    "write_failed": "the bundle could not be written; nothing was left under its name",
    "file_missing": "a photo of a record is missing from the data folder",
    "file_damaged": "a photo no longer matches its recorded SHA-256",
    "clock_behind": "the computer's clock is before the previous bundle's end",
    "no_site": "the data folder has no site yet",
    "cancelled": "the export was cancelled",
}


def add_parser(sub: Any) -> None:
    export = sub.add_parser(
        "export",
        help="write the next signed bundle for head office into a folder (a USB stick)",
        description="Incremental since the previous bundle, or --full; prints the bundle path.",
    )
    export.add_argument("--out", required=True, metavar="DIR", help="the folder to write into")
    export.add_argument("--full", action="store_true", help="everything, not only what changed")
    export.add_argument(
        "--user", required=True, help="administrator (password: $QINGYUAN_PASSWORD)"
    )
    verify = sub.add_parser(
        "verify",
        help="check a bundle's files, hashes and signature (no database needed)",
        description="Exit 0 and a summary if the bundle is intact and signed, else 2 and why.",
    )
    verify.add_argument("bundle", metavar="BUNDLE", help="a .qybundle file")
    verify.add_argument("--pubkey", metavar="FILE", help="the site's registered public key")
    key = sub.add_parser(
        "site-key",
        help="show the site's public key and fingerprint for head-office registration",
    )
    key.add_argument("--export", metavar="FILE", help="also write the public key as PEM")


def run(args: argparse.Namespace) -> int:
    if args.command == "verify":
        return _verify(Path(args.bundle), args.pubkey)
    database = open_database(resolve_data_dir(args.data_dir))
    try:
        if args.command == "site-key":
            with database.transaction() as session:
                info = site_key_info(session, database.data_dir)
            if args.export:
                Path(args.export).write_bytes(info.public_key_pem)
            print(f"site        {info.site_code}  {info.site_name}  ({info.site_id})")
            print(f"fingerprint {info.fingerprint}")
            print(f"public key  {info.public_key_hex}")
            return 0
        actor = sign_in(database, args.user)
        if actor is None:
            print("qingyuan: wrong user name or password", file=sys.stderr)
            return 3
        try:
            with database.transaction() as session:
                site_key_info(session, database.data_dir)  # id and key first, in a short write
            with database.transaction() as session:
                result = export_bundle(
                    session, actor, database.data_dir, Path(args.out), full=args.full
                )
        except ConfigurationError as error:
            return _refused("not exported", error.code, error.detail)
        except PermissionDenied as error:
            print(f"qingyuan: not exported: {error}", file=sys.stderr)
            return 2
        print(result.path)
        return 0
    finally:
        database.close()


def _verify(path: Path, pubkey: str | None) -> int:
    try:
        public = parse_public_key(Path(pubkey).read_bytes()) if pubkey else None
    except OSError as error:
        print(f"qingyuan: {pubkey}: {error.strerror}", file=sys.stderr)
        return 2
    except BundleError as error:
        return _refused("cannot verify", error.code, error.detail)
    try:
        bundle = verify_bundle(path, public)
    except BundleError as error:
        return _refused("invalid", error.code, error.detail)
    print(summary(bundle))
    return 0


def summary(bundle: VerifiedBundle) -> str:
    m = bundle.manifest
    rows = sum(f.rows or 0 for f in m.files)
    return (
        f"valid: {bundle.path.name}  site {m.site_code} ({m.site_name})  #{m.sequence} {m.kind}"
        f"  {_time(m.from_ms)} → {_time(m.to_ms)} UTC  {len(m.files)} files, {rows} rows"
        f"  key {fingerprint(bundle.public_key)}"
    )


def _refused(what: str, code: str, detail: str) -> int:
    sentence = REASONS.get(code, code)
    print(
        f"qingyuan: {what}: {code}: {sentence}" + (f" ({detail})" if detail else ""),
        file=sys.stderr,
    )
    return 2


def _time(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%d %H:%M")
