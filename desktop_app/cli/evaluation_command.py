"""`qingyuan evaluate` and `qingyuan evaluation-system …`: the cleaner-production rating headless.

`evaluate` prints Y_I/Y_II/Y_III, the rating, why the better levels were missed, every
indicator with its value, level and source, and what holds the plant back from the next level;
the figures are the GUI's. `evaluation-system` lists systems, exports one as a JSON template,
imports an edited one and sets the values no KPI supplies, as a signed-in user.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.cli.readings_command import sign_in
from desktop_app.services.database import Database, open_database
from desktop_app.services.errors import ConfigurationError
from desktop_app.services.evaluation import (
    EvaluationView,
    SystemRejected,
    available_systems,
    evaluate_period,
    export_system,
    import_system,
    read_system_file,
    set_input,
)
from domain.evaluation import PASS_SCORE, Indicator, Kind, Level, Shortfall
from domain.roles import PermissionDenied
from storage.data_dir import resolve_data_dir

LEVEL_WORDS = {"I": 1.0, "II": 2.0, "III": 3.0}


def add_parsers(sub: Any) -> None:
    run = sub.add_parser(
        "evaluate", help="rate a period against a cleaner-production indicator system"
    )
    run.add_argument("--from", dest="first", required=True, type=date.fromisoformat)
    run.add_argument("--to", dest="last", required=True, type=date.fromisoformat)
    run.add_argument("--system", default=None, help="system code (default: the site's active one)")
    run.add_argument("--json", action="store_true", help="print one JSON object")
    systems = sub.add_parser("evaluation-system", help="indicator systems and their inputs")
    actions = systems.add_subparsers(dest="system_action", required=True)
    listing = actions.add_parser("list", help="the systems on offer")
    listing.add_argument("--json", action="store_true")
    export = actions.add_parser("export", help="write a system as a JSON template to edit")
    export.add_argument("code")
    export.add_argument("file", type=Path)
    load = actions.add_parser("import", help="import an edited system file (becomes active)")
    load.add_argument("file", type=Path)
    load.add_argument("--user", required=True, help="user name (password: $QINGYUAN_PASSWORD)")
    load.add_argument("--reason", default="", help="kept in the change log")
    value = actions.add_parser(
        "set-input",
        help="set an indicator no KPI supplies",
        description="VALUE: a number; I, II or III (or 1-3) for a qualitative level, 0 for "
        "none; 'na' marks the indicator not applicable; 'clear' removes the entry.",
    )
    value.add_argument("system")
    value.add_argument("indicator")
    value.add_argument("value")
    value.add_argument("--note", default="", help="where the value comes from")
    value.add_argument("--user", required=True, help="user name (password: $QINGYUAN_PASSWORD)")


def run_evaluate(args: argparse.Namespace) -> int:
    if args.last < args.first:
        print("qingyuan: --to must not be before --from", file=sys.stderr)
        return 2
    database = open_database(resolve_data_dir(args.data_dir))
    try:
        with database.reading() as session:
            view = evaluate_period(session, args.system, args.first, args.last)
    except ConfigurationError as error:
        return _refused("cannot evaluate", error)
    finally:
        database.close()
    if args.json:
        print(json.dumps(view_json(view), ensure_ascii=False))
    else:
        _print_view(view)
    return 0


def run_system(args: argparse.Namespace) -> int:
    database = open_database(resolve_data_dir(args.data_dir))
    try:
        if args.system_action == "list":
            return _list(database, args.json)
        if args.system_action == "export":
            with database.reading() as session:
                text = export_system(session, args.code)
            args.file.write_text(text, encoding="utf-8")
            print(f"wrote {args.code} to {args.file}")
            return 0
        actor = sign_in(database, args.user)
        if actor is None:
            print("qingyuan: wrong user name or password", file=sys.stderr)
            return 3
        with database.transaction() as session:
            if args.system_action == "import":
                system = import_system(session, actor, read_system_file(args.file), args.reason)
                message = f"imported {system.code} ({system.name_zh}); it is now the active system"
            else:
                value, not_applicable = parse_input(args.value)
                set_input(
                    session, actor, args.system, args.indicator, value, not_applicable, args.note
                )
                message = f"{args.system}/{args.indicator}: {args.value}"
        print(message)
        return 0
    except PermissionDenied as error:
        print(f"qingyuan: refused: {error}", file=sys.stderr)
        return 2
    except ConfigurationError as error:
        return _refused("refused", error)
    except OSError as error:
        print(f"qingyuan: {error}", file=sys.stderr)
        return 2
    finally:
        database.close()


def parse_input(text: str) -> tuple[float | None, bool]:
    """(value, not applicable) from the command line's VALUE; see the set-input help."""
    word = text.strip()
    if word.lower() == "na":
        return None, True
    if word.lower() == "clear":
        return None, False
    if word.upper() in LEVEL_WORDS:
        return LEVEL_WORDS[word.upper()], False
    try:
        return float(word), False
    except ValueError:
        raise ConfigurationError("bad_value", text, "value") from None


def _list(database: Database, as_json: bool) -> int:
    with database.reading() as session:
        entries = available_systems(session)
    rows = [
        {
            "code": e.system.code, "name": e.system.name_zh, "name_en": e.system.name_en,
            "version": e.system.version, "sample": e.system.sample, "origin": e.origin.value,
            "active": e.active, "imported_by": e.imported_by or None,
        }
        for e in entries
    ]  # fmt: skip
    if as_json:
        print(json.dumps(rows, ensure_ascii=False))
    for row in rows if not as_json else []:
        mark = "*" if row["active"] else " "
        sample = " (sample)" if row["sample"] else ""
        print(f"{mark} {row['code']:36} {row['origin']:9} {row['name']}{sample}")
    return 0


def _refused(what: str, error: ConfigurationError) -> int:
    problems = error.problems if isinstance(error, SystemRejected) else ()
    if not problems:
        where = f" at {error.field}" if error.field else ""
        print(f"qingyuan: {what}: {error.code}{where} {error.detail}".rstrip(), file=sys.stderr)
    for problem in problems:
        line = f"qingyuan: {what}: {problem.code} at {problem.field} {problem.detail}"
        print(line.rstrip(), file=sys.stderr)
    return 2


# --- output ----------------------------------------------------------------------------------


def level_name(level: Level | None) -> str | None:
    return None if level is None else level.name


def view_json(view: EvaluationView) -> dict[str, Any]:
    e, system = view.evaluation, view.system
    target = _target(view)
    return {
        "system": {
            "code": system.code, "name": system.name_zh, "name_en": system.name_en,
            "version": system.version, "source": system.source, "sample": system.sample,
            "rule": system.rule.value, "origin": view.entry.origin.value,
        },
        "from": view.first.isoformat(),
        "to": view.last.isoformat(),
        "y_I": e.y_I, "y_II": e.y_II, "y_III": e.y_III, "pass_score": PASS_SCORE,
        "rating": level_name(e.rating),
        "reasons": {level.name: list(codes) for level, codes in e.reasons().items()},
        "missing": list(e.missing),
        "not_applicable": list(e.not_applicable),
        "indicators": [_indicator_json(view, i) for i in system.indicators],
        "holding_back": {
            "target": level_name(target),
            "indicators": [_shortfall_json(s) for s in e.holding_back()],
        },
    }  # fmt: skip


def _target(view: EvaluationView) -> Level | None:
    rating = view.evaluation.rating
    if rating is Level.I:
        return None
    return Level.III if rating is None else Level(rating - 1)


def _indicator_json(view: EvaluationView, indicator: Indicator) -> dict[str, Any]:
    result, source = view.result(indicator.code), view.source(indicator.code)
    return {
        "code": indicator.code, "group": indicator.group, "name": indicator.name_zh,
        "name_en": indicator.name_en, "unit": indicator.unit, "kind": indicator.kind.value,
        "benchmarks": list(indicator.benchmarks), "limiting": indicator.limiting,
        "weight": indicator.weight, "share": result.weight if result else 0.0,
        "value": source.value, "source": source.source, "reason": source.reason or None,
        "not_applicable": source.not_applicable, "note": source.note or None,
        "achieved": level_name(result.achieved) if result else None,
    }  # fmt: skip


def _shortfall_json(s: Shortfall) -> dict[str, Any]:
    return {
        "code": s.code, "required": s.required, "gain": s.gain, "limiting": s.limiting,
        "missing": s.missing, "value": s.value, "achieved": level_name(s.achieved),
    }  # fmt: skip


def _print_view(view: EvaluationView) -> None:
    e, system = view.evaluation, view.system
    print(f"{system.name_zh} [{system.code}] {system.version} · rule {system.rule.value}")
    if system.sample:
        print("SAMPLE — not an official indicator system; benchmarks are for demonstration only")
    print(f"period {view.first} .. {view.last}")
    print(
        f"Y_I {e.y_I:6.2f}   Y_II {e.y_II:6.2f}   Y_III {e.y_III:6.2f}   "
        f"(I and II need >= {PASS_SCORE:g} and every limiting indicator; III needs 100)"
    )
    print(f"rating: {level_name(e.rating) or 'not rated (below level III)'}")
    for level, codes in e.reasons().items():
        print(f"  not level {level.name}: {', '.join(codes)}")
    print()
    print(f"{'indicator':28} {'value':>10} {'unit':7} {'level':5} {'I':>7} {'II':>7} "
          f"{'III':>7} {'lim':3} {'share':>6}  source")  # fmt: skip
    for indicator in system.indicators:
        _print_indicator(view, indicator)
    target = _target(view)
    if target is None:
        print("\nlevel I reached: nothing holds the plant back")
        return
    print(f"\nholding the plant back from level {target.name}:")
    for s in e.holding_back():
        why = "required" if s.required else f"+{s.gain:.2f} points"
        state = "no value" if s.missing else f"value {s.value:.4g}, level {level_name(s.achieved)}"
        print(f"  {s.code:28} {why:14} {'limiting ' if s.limiting else ''}{state}")


def _print_indicator(view: EvaluationView, indicator: Indicator) -> None:
    result, source = view.result(indicator.code), view.source(indicator.code)
    value = "—" if source.value is None else f"{source.value:.4g}"
    if source.not_applicable:
        level, share, where = "n/a", "", "not applicable"
    else:
        level = result.achieved.name if result and result.achieved else "—"
        share = f"{100 * result.weight:5.1f}%" if result else ""
        where = source.source + (f" ({source.reason})" if source.reason else "")
    if indicator.kind is Kind.QUALITATIVE:
        marks = ["I", "II", "III"]
    else:
        marks = [f"{b:.4g}" for b in indicator.benchmarks]
    limiting = "L" if indicator.limiting else ""
    print(
        f"{indicator.code:28} {value:>10} {indicator.unit:7} {level:5} {marks[0]:>7} "
        f"{marks[1]:>7} {marks[2]:>7} {limiting:3} {share:>6}  {where}"
    )
