"""Two sites for the package tests: a tablet and a plant PC, each with its own data directory,
the same small template, an inspector and an engineer; and helpers to fill runs and to compare
whole databases."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image
from sqlalchemy import select

from desktop_app.services.checklist_runs import (
    add_photo,
    finish_run,
    record_answer,
    set_signature,
    start_run,
)
from desktop_app.services.checklist_templates import import_template
from desktop_app.services.database import Database
from desktop_app.services.startup import open_site
from desktop_app.services.users import create_user
from domain.roles import SYSTEM, Actor, Role
from storage.models.base import Base

PASSWORD = "a long enough password"

TEMPLATE = json.dumps(
    {
        "format": 1,
        "code": "handover_round",
        "version": 1,
        "name": {"zh": "交接测试巡检", "en": "Hand-over test round"},
        "category": "inspection",
        "sections": [
            {
                "code": "site",
                "title": {"zh": "现场", "en": "On site"},
                "items": [
                    {
                        "code": "valve_ok",
                        "kind": "pass_fail",
                        "text": {"zh": "阀门无泄漏", "en": "The valve does not leak"},
                        "photos": {"min": 0, "max": 2},
                    },
                    {
                        "code": "ph",
                        "kind": "number",
                        "text": {"zh": "总排口 pH 值", "en": "pH at the outfall"},
                        "limits": {"low": 6, "high": 9},
                    },
                    {
                        "code": "signed",
                        "kind": "signature",
                        "text": {"zh": "检查人签字", "en": "Inspector's signature"},
                    },
                ],
            }
        ],
    },
    ensure_ascii=False,
)


@dataclass(frozen=True)
class Side:
    name: str
    data_dir: Path
    database: Database
    inspector: Actor
    engineer: Actor
    viewer: Actor


def open_side(data_dir: Path, demo_port: int, name: str) -> Side:
    """A demo site with the test template, an inspector and an engineer (the same names on
    both sides); the viewer is not stored, since only its role matters to the services."""
    startup = open_site(data_dir, demo_port=demo_port)
    actors = {}
    with startup.database.transaction() as session:
        for user, role in (("li", Role.INSPECTOR), ("wang", Role.ENGINEER)):
            info = create_user(session, SYSTEM, user, PASSWORD, role)
            actors[user] = Actor(info.name, info.role, info.id)
        import_template(session, actors["wang"], TEMPLATE)
    viewer = Actor("zhao", Role.VIEWER, None)
    return Side(name, data_dir, startup.database, actors["li"], actors["wang"], viewer)


def jpeg(color: tuple[int, int, int] = (200, 40, 40)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), color).save(buffer, "JPEG")
    return buffer.getvalue()


def signature_png() -> bytes:
    buffer = io.BytesIO()
    image = Image.new("RGBA", (120, 40), (0, 0, 0, 0))
    for x in range(10, 110):
        image.putpixel((x, 20), (0, 0, 0, 255))
    image.save(buffer, "PNG")
    return buffer.getvalue()


def finished_run(side: Side, valve: str = "fail") -> tuple[str, tuple[str, ...]]:
    """A completed run with a photo and a signature; a failed valve raises one action."""
    actor = side.inspector
    with side.database.transaction() as session:
        run_id = start_run(session, actor, "handover_round", "二号车间")
        record_answer(session, actor, run_id, "valve_ok", valve, "法兰渗漏")
        record_answer(session, actor, run_id, "ph", 7.2)
        add_photo(session, actor, run_id, "valve_ok", jpeg())
        set_signature(session, actor, run_id, "signed", signature_png())
        finished = finish_run(session, actor, run_id)
    return run_id, finished.action_ids


def draft_run(side: Side) -> str:
    with side.database.transaction() as session:
        return start_run(session, side.inspector, "handover_round", "未完成")


def dump(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted: two dumps are equal when nothing changed."""
    with database.reading() as session:
        return {
            table.name: sorted((tuple(row) for row in session.execute(select(table))), key=repr)
            for table in Base.metadata.sorted_tables
        }


def files_under(folder: Path) -> dict[str, bytes]:
    if not folder.is_dir():
        return {}
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def repack(
    source: Path,
    target: Path,
    change: Callable[[str, bytes], bytes | None] = lambda _name, data: data,
    extra: Mapping[str, bytes] | None = None,
    *,
    rehash: bool = True,
) -> None:
    """Copy a package changing files (None drops one) and adding `extra` ones; with `rehash`
    the manifest is made to match, as a careful forger would."""
    with zipfile.ZipFile(source) as old:
        files = {name: old.read(name) for name in old.namelist() if name != "manifest.json"}
        manifest = json.loads(old.read("manifest.json"))
    files = {n: d for n, d in ((n, change(n, d)) for n, d in files.items()) if d is not None}
    files.update(extra or {})
    if rehash:
        manifest["files"] = [
            {"path": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
            for n, d in files.items()
        ]
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in files.items():
            new.writestr(name, data)
        new.writestr("manifest.json", json.dumps(manifest))
