"""`qingyuan reviews …`: list PDCA reviews, show one, draft a new one, close one headless.

Drafting and closing need a signed-in user who manages KPIs (password from $QINGYUAN_PASSWORD,
else asked for); the close rule is the GUI's: every missed KPI has a cause and every action of
the previous review has been checked.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from desktop_app.cli.readings_command import sign_in
from desktop_app.services.database import Database, open_database
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.review_queries import (
    ReviewAction,
    ReviewInfo,
    ReviewListItem,
    get_review,
    list_reviews,
)
from desktop_app.services.reviews import close_review, create_review
from domain.formatting import format_significant
from domain.roles import PermissionDenied
from storage.data_dir import resolve_data_dir


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "reviews",
        help="PDCA management reviews: list, show, draft, close",
        description="Without a sub-command: list the reviews, latest period first.",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    steps = parser.add_subparsers(dest="reviews_action")
    show = steps.add_parser("show", help="one review: KPI results, actions, checks")
    show.add_argument("id", help="the review's id (as listed)")
    show.add_argument("--json", action="store_true", help="print JSON")
    new = steps.add_parser("new", help="draft a review of a period with its KPI results")
    new.add_argument("--from", dest="first", required=True, type=date.fromisoformat)
    new.add_argument("--to", dest="last", required=True, type=date.fromisoformat)
    new.add_argument("--title", default="", help="default: '2026 Q1' or the dates")
    new.add_argument("--user", required=True, help="user name (password: $QINGYUAN_PASSWORD)")
    close = steps.add_parser("close", help="close a review (causes and checks complete)")
    close.add_argument("id", help="the review's id")
    close.add_argument("--user", required=True, help="user name (password: $QINGYUAN_PASSWORD)")


def run(args: argparse.Namespace) -> int:
    database = open_database(resolve_data_dir(args.data_dir))
    try:
        if args.reviews_action == "show":
            return _show(database, args.id, args.json)
        if args.reviews_action in ("new", "close"):
            return _write(database, args)
        return _list(database, args.json)
    finally:
        database.close()


def _list(database: Database, as_json: bool) -> int:
    with database.reading() as session:
        reviews = list_reviews(session)
    if as_json:
        print(json.dumps([_list_row(r) for r in reviews], ensure_ascii=False))
        return 0
    for r in reviews:
        c = r.counts
        print(
            f"{r.id}  {r.status.value:<6}  {r.first} – {r.last}  met {c.met} · missed {c.missed}"
            f" · no data {c.no_data + c.no_target}  {r.title}"
        )
    return 0


def _show(database: Database, review_id: str, as_json: bool) -> int:
    from desktop_app.ui.review_text import review_error_text  # QtCore only: sentences

    try:
        with database.reading() as session:
            info = get_review(session, review_id)
    except ConfigurationError as error:
        print(f"qingyuan: {review_error_text(error)}", file=sys.stderr)
        return 2
    if as_json:
        print(json.dumps(_info_row(info), ensure_ascii=False))
        return 0
    print(f"{info.title}  ({info.first} – {info.last}, {info.status.value})")
    for r in info.results:
        target = format_significant(r.target, r.unit)
        print(
            f"  {r.name_zh:<12} {format_significant(r.value, r.unit):>16}  target {target:>16}"
            f"  {r.status or '-':<9} {r.cause}"
        )
    for title, actions in (("raised", info.raised), ("previous", info.to_check)):
        for a in actions:
            check = a.check_result.value if a.check_result else "-"
            print(f"  {title}: {a.ref_id}  {a.state:<11}  check {check:<13}  {a.title}")
    for problem in info.close_problems:
        print(f"  to do before closing: {problem}")
    return 0


def _write(database: Database, args: argparse.Namespace) -> int:
    from desktop_app.ui.review_text import review_error_text  # QtCore only: sentences

    actor = sign_in(database, args.user)
    if actor is None:
        print("qingyuan: wrong user name or password", file=sys.stderr)
        return 3
    try:
        with database.transaction() as session:
            if args.reviews_action == "new":
                created = create_review(session, actor, args.first, args.last, args.title)
            else:
                proposed = close_review(session, actor, args.id)
    except (ConfigurationError, PermissionDenied) as error:
        print(f"qingyuan: not done: {review_error_text(error)}", file=sys.stderr)
        if isinstance(error, ConfigurationError) and error.code == "review_not_ready":
            for problem in error.detail.split(", "):
                print(f"  {problem}", file=sys.stderr)
        return 2
    if args.reviews_action == "new":
        print(created)
        return 0
    print(f"{args.id}  closed")
    for target in proposed:
        print(f"  next target {target.kpi_code}: {target.next_target} by {target.deadline}")
    return 0


def _list_row(review: ReviewListItem) -> dict[str, Any]:
    c = review.counts
    return {
        "id": review.id,
        "title": review.title,
        "first": review.first.isoformat(),
        "last": review.last.isoformat(),
        "status": review.status.value,
        "met": c.met,
        "missed": c.missed,
        "no_data": c.no_data,
        "no_target": c.no_target,
    }


def _info_row(info: ReviewInfo) -> dict[str, Any]:
    return {
        "id": info.id,
        "title": info.title,
        "first": info.first.isoformat(),
        "last": info.last.isoformat(),
        "status": info.status.value,
        "previous_id": info.previous_id,
        "summary": info.summary,
        "decisions": info.decisions,
        "created_by": info.created_by,
        "closed_by": info.closed_by,
        "results": [
            {
                "kpi": r.kpi_code,
                "name_zh": r.name_zh,
                "name_en": r.name_en,
                "unit": r.unit,
                "value": r.value,
                "target": r.target,
                "status": r.status,
                "cause": r.cause,
                "next_target": r.next_target,
                "next_deadline": r.next_deadline.isoformat() if r.next_deadline else None,
            }
            for r in info.results
        ],
        "raised": [_action_row(a) for a in info.raised],
        "previous_actions": [_action_row(a) for a in info.to_check],
        "counts": {
            "met": info.counts.met,
            "missed": info.counts.missed,
            "no_data": info.counts.no_data,
            "no_target": info.counts.no_target,
        },
        "close_problems": list(info.close_problems),
    }


def _action_row(action: ReviewAction) -> dict[str, Any]:
    return {
        "kind": action.kind.value,
        "id": action.ref_id,
        "title": action.title,
        "state": action.state,
        "kpi": action.kpi_code or None,
        "check_result": action.check_result.value if action.check_result else None,
        "check_note": action.check_note,
        "checked_in": action.checked_in,
    }
