"""Demo inspections: two finished rounds of the daily environmental-facility checklist (one with
an outfall pH above its limit, which raises corrective actions) and one round left half done,
so the Audits and Actions pages show what a working site has.

Answers are chosen the way a careful inspector on a normal day would give them (yes, pass, the
middle of each limit band, the best option), through the same services as the guided mode, so
the demo exercises the real rules: visibility, required photos, signatures, findings.
"""

from __future__ import annotations

import io
from datetime import date

from PIL import Image, ImageDraw
from sqlalchemy.orm import Session

from desktop_app.services.checklist_runs import (
    add_photo,
    finish_run,
    record_answer,
    run_view,
    set_signature,
    start_run,
)
from desktop_app.services.checklist_templates import available_templates
from domain.checklists import Item, ItemKind, visible_items
from domain.roles import Actor, Role

TEMPLATE = "ep_facility_daily"
INSPECTOR = Actor("示范巡检员", Role.INSPECTOR, None)
OUT_OF_LIMIT = 9.4
MAX_PASSES = 10


def seed_inspections(session: Session) -> int:
    """Two finished rounds and a draft; returns how many runs were written (0 without the
    built-in template)."""
    if TEMPLATE not in {t.code for t in available_templates(session)}:
        return 0
    _round(session, "早班巡检（示范）", breach=False)
    _round(session, "中班巡检（示范）", breach=True)
    draft = start_run(session, INSPECTOR, TEMPLATE, "夜班巡检（示范，未完成）")
    _answer(session, draft, finish=False)
    return 3


def _round(session: Session, title: str, *, breach: bool) -> None:
    run_id = start_run(session, INSPECTOR, TEMPLATE, title)
    _answer(session, run_id, finish=True, breach=breach)
    finish_run(session, INSPECTOR, run_id)


def _answer(session: Session, run_id: str, *, finish: bool, breach: bool = False) -> None:
    """Answer what is visible until nothing more appears (answers can reveal items)."""
    done: set[str] = set()
    for _pass in range(MAX_PASSES):
        view = run_view(session, run_id)
        pending = [i for i in visible_items(view.template, view.answers) if i.code not in done]
        if not finish:
            pending = pending[: len(pending) // 2]
        if not pending:
            return
        for item in pending:
            _give(session, run_id, item, breach)
            done.add(item.code)
        if not finish:
            return


def _give(session: Session, run_id: str, item: Item, breach: bool) -> None:
    if item.kind is ItemKind.SIGNATURE:
        set_signature(session, INSPECTOR, run_id, item.code, _signature())
        return
    for _n in range(item.photos_min):
        add_photo(session, INSPECTOR, run_id, item.code, _photo(item.code))
    if item.kind is ItemKind.PHOTO:
        return
    value = _value(item, breach)
    if value is not None:
        record_answer(session, INSPECTOR, run_id, item.code, value)


def _value(item: Item, breach: bool) -> str | float | tuple[str, ...] | None:
    kind = item.kind
    if kind is ItemKind.YES_NO_NA:
        return "yes"
    if kind is ItemKind.PASS_FAIL:
        return "pass"
    if kind is ItemKind.NUMBER:
        if breach and item.high is not None and item.code == "ph_outlet":
            return OUT_OF_LIMIT
        low = item.low if item.low is not None else item.high
        high = item.high if item.high is not None else item.low
        return round((low + high) / 2, 2) if low is not None and high is not None else 1.0
    if kind in (ItemKind.SINGLE_CHOICE, ItemKind.MULTI_CHOICE):
        best = max(item.options, key=lambda o: (not o.finding, o.score))
        return best.code if kind is ItemKind.SINGLE_CHOICE else (best.code,)
    if kind is ItemKind.DATE:
        return date.today().isoformat()
    if kind is ItemKind.TEXT:
        return "正常" if item.required else None
    return None


def _photo(label: str) -> bytes:
    image = Image.new("RGB", (800, 600), (120, 132, 140))
    draw = ImageDraw.Draw(image)
    draw.rectangle((60, 380, 740, 560), fill=(78, 92, 104))
    draw.ellipse((330, 150, 470, 290), fill=(196, 204, 210))
    draw.text((20, 20), f"demo {label}", fill=(255, 255, 255))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def _signature() -> bytes:
    image = Image.new("RGB", (600, 200), "white")
    draw = ImageDraw.Draw(image)
    draw.line([(40, 140), (120, 60), (200, 150), (300, 70), (420, 140), (540, 90)], "black", 5)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()
