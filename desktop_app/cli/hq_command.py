"""`qingyuan --hq register | import | sites | compare`: head office, headless.

Head office uses an ordinary data directory — its `qingyuan.sqlite3` holds the HQ people's
accounts (the same users, roles and passwords as at a site; an `admin` with a random password
is created on first use) — plus the HQ database: `<data_dir>/hq.sqlite3`, or PostgreSQL with
`--hq-url postgresql+psycopg://user@host/db`. `register` trusts a site's public key (an
administrator), `import` verifies and imports bundles (exit 0 when every bundle was imported
or was already imported: "no change"; otherwise 2, one line per refused bundle with its
reason), `sites` lists the registered sites and their chain, `compare` the KPIs per site.
Passwords come from $QINGYUAN_PASSWORD, else are asked for. Exit 3: wrong user or password.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop_app.cli.bundle_command import REASONS
from desktop_app.cli.readings_command import sign_in
from desktop_app.services.database import Database, open_database
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.hq_compare import compare_sites
from desktop_app.services.hq_import import ImportResult, import_bundles
from desktop_app.services.hq_sites import key_from_file, list_sites, register_site
from desktop_app.services.users import ensure_initial_admin
from domain.roles import SYSTEM, PermissionDenied
from storage.data_dir import resolve_data_dir
from storage.hq.engine import HqDatabase, open_hq

COMMANDS = ("register", "import", "sites", "compare")
HQ_REASONS = {
    **REASONS,
    "unknown_site": "no site is registered for this bundle's key (register its public key first)",
    "wrong_key": "the site is registered with another key: the bundle is not signed by it",
    "site_mismatch": "the key is registered for another site id",
    "inactive_site": "the site is registered but deactivated",
    "replayed": "an older bundle, or another one with the same number, was already imported",
    "out_of_order": "the bundle does not follow the last imported one (previous hash differs)",
    "gap": "an earlier bundle is missing; import it first (or a full bundle)",
    "bad_row": "a row of the bundle does not fit head office's tables",
    "database_error": "the head-office database refused the rows",
    "already_registered": "this public key is already registered",
    "site_registered": "this site id is already registered with another key",
    "bad_site_id": "the site id is not a UUID",
}


def add_global_flags(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--hq", action="store_true", help="head-office mode: register sites, import bundles"
    )
    parser.add_argument(
        "--hq-url",
        metavar="URL",
        default=None,
        help="head-office database URL (e.g. postgresql+psycopg://user@host/db; "
        "default: hq.sqlite3 in the data directory)",
    )


def add_parsers(sub: Any) -> None:
    register = sub.add_parser("register", help="head office: trust a site's public key")
    register.add_argument("key_file", metavar="PUBKEY_FILE", help="`site-key --export` PEM or hex")
    register.add_argument("--site-id", default="", help="the site's id, if known (site-key)")
    register.add_argument("--user", required=True, help="administrator ($QINGYUAN_PASSWORD)")
    imports = sub.add_parser("import", help="head office: verify and import site bundles")
    imports.add_argument("bundles", nargs="+", metavar="BUNDLE", help=".qybundle files")
    imports.add_argument("--user", required=True, help="user name ($QINGYUAN_PASSWORD)")
    sites = sub.add_parser("sites", help="head office: the registered sites and their bundles")
    sites.add_argument("--json", action="store_true", help="print JSON")
    compare = sub.add_parser("compare", help="head office: KPIs per site, targets, ranking")
    compare.add_argument("--from", dest="first", required=True, type=_day, help="YYYY-MM-DD")
    compare.add_argument("--to", dest="last", required=True, type=_day, help="YYYY-MM-DD")
    compare.add_argument("--json", action="store_true", help="print JSON")


def build_parser() -> argparse.ArgumentParser:
    """The HQ commands alone (tests; `main.py` adds the same flags and sub-parsers)."""
    parser = argparse.ArgumentParser(prog="qingyuan")
    parser.add_argument("--data-dir")
    add_global_flags(parser)
    add_parsers(parser.add_subparsers(dest="command"))
    return parser


def run(args: argparse.Namespace) -> int:
    # `import` is head-office work by its nature (issue 8 spells it without --hq); the other
    # commands would quietly create a head-office database in a site's data directory.
    if not (args.hq or args.hq_url or args.command == "import"):
        print(f"qingyuan: {args.command} is a head-office command: add --hq", file=sys.stderr)
        return 2
    data_dir = resolve_data_dir(args.data_dir)
    database = open_database(data_dir)
    try:
        _first_admin(database)
        hq = open_hq(data_dir, args.hq_url)
    except Exception:
        database.close()
        raise
    try:
        if args.command == "sites":
            return _sites(hq, args.json)
        if args.command == "compare":
            return _compare(hq, args.first, args.last, args.json)
        actor = sign_in(database, args.user)
        if actor is None:
            print("qingyuan: wrong user name or password", file=sys.stderr)
            return 3
        try:
            if args.command == "register":
                return _register(hq, actor, Path(args.key_file), args.site_id)
            return _import(hq, actor, [Path(p) for p in args.bundles])
        except PermissionDenied as error:
            print(f"qingyuan: {error}", file=sys.stderr)
            return 2
    finally:
        hq.close()
        database.close()


def _first_admin(database: Database) -> None:
    with database.transaction() as session:
        admin = ensure_initial_admin(session, SYSTEM, database.data_dir)
    if admin is not None:
        print(
            f"qingyuan: first start: administrator '{admin.name}' created; "
            f"its password is in {admin.password_file}",
            file=sys.stderr,
        )


def _register(hq: HqDatabase, actor: Any, key_file: Path, site_id: str) -> int:
    try:
        key = key_from_file(key_file.read_bytes())
        with hq.transaction() as session:
            site = register_site(session, actor, key, site_id=site_id)
    except OSError as error:
        print(f"qingyuan: {key_file}: {error.strerror}", file=sys.stderr)
        return 2
    except ConfigurationError as error:
        return _refused("not registered", error.code, error.detail)
    print(f"registered  key {site.fingerprint}" + (f"  site {site.site_id}" if site_id else ""))
    return 0


def _import(hq: HqDatabase, actor: Any, paths: list[Path]) -> int:
    results = import_bundles(hq, actor, paths)
    for result in results:
        if result.ok:
            print(_done(result))
        else:
            _refused(f"refused: {result.file_name}", result.code, result.detail)
    return 0 if all(r.ok for r in results) else 2


def _done(result: ImportResult) -> str:
    where = f"site {result.site_code} #{result.sequence} {result.kind}"
    if result.status == "unchanged":
        return f"unchanged   {result.file_name}  {where}: already imported, no change"
    line = f"imported    {result.file_name}  {where}, {result.rows} rows"
    if result.missing:
        numbers = ", ".join(f"#{n}" for n in result.missing)
        line += f"  (never received: {numbers}; this full bundle covers them)"
    return line


def _sites(hq: HqDatabase, as_json: bool) -> int:
    with hq.reading() as session:
        sites = list_sites(session)
    rows: list[dict[str, Any]] = [
        {
            "site_id": s.site_id,
            "code": s.site_code,
            "name": s.name,
            "fingerprint": s.fingerprint,
            "active": s.active,
            "bundles": s.bundles,
            "last_sequence": s.last_sequence,
            "last_import_ms": s.last_import_ms,
            "missing": list(s.missing),
        }
        for s in sites
    ]
    if as_json:
        print(json.dumps(rows, ensure_ascii=False))
        return 0
    for row in rows:
        when = _local(row["last_import_ms"])
        gaps = ",".join(str(n) for n in row["missing"]) or "-"
        last = row["last_sequence"] or "-"
        code = row["code"] or "(no bundle yet)"
        print(f"{code:16} {row['fingerprint']}  #{last}  {when}  gaps {gaps}  {row['name']}")
    return 0


def _compare(hq: HqDatabase, first: date, last: date, as_json: bool) -> int:
    with hq.reading() as session:
        comparison = compare_sites(session, first, last)
    rows: list[dict[str, Any]] = [
        {
            "site_code": r.site_code,
            "site_name": r.site_name,
            "kpi": r.kpi_code,
            "value": r.value,
            "unit": r.unit,
            "reason": r.reason,
            "target": r.target,
            "baseline": r.baseline,
            "status": r.status,
            "rank": r.rank,
        }
        for r in comparison.rows
    ]
    if as_json:
        document = {"from": first.isoformat(), "to": last.isoformat(), "rows": rows}
        print(json.dumps(document, ensure_ascii=False))
        return 0
    for row in rows:
        value = "-" if row["value"] is None else f"{row['value']:.4g}"
        target = "-" if row["target"] is None else f"{row['target']:.4g}"
        rank = row["rank"] or "-"
        print(
            f"{row['site_code']:12} {row['kpi']:22} {value:>10} {row['unit']:7} "
            f"target {target:>10}  {row['status']:11} rank {rank}"
        )
    return 0


def _refused(what: str, code: str, detail: str) -> int:
    sentence = HQ_REASONS.get(code, code)
    suffix = f" ({detail})" if detail else ""
    print(f"qingyuan: {what}: {code}: {sentence}{suffix}", file=sys.stderr)
    return 2


def _local(ms: int | None) -> str:
    if ms is None:
        return "never"
    return datetime.fromtimestamp(ms / 1000).astimezone().strftime("%Y-%m-%d %H:%M")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None
