"""Checklist templates in the database: the shipped ones, imported ones, and their versions.

A template is stored per (code, version) and never changed afterwards, because a run keeps the
version it was started with: an inspection finished last year must still show the questions it
answered. So a new edition is a new, higher version; the same code and version with different
content is refused rather than silently replacing what old runs refer to.

Built-in templates ship as `resources/checklists/*.json` and are installed at every start-up
(idempotent): a release that brings a new version of a built-in adds that version, older runs
keep theirs, new runs take the newest.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.services.change_log import record_change
from desktop_app.services.errors import ConfigurationError
from domain.checklists import Template, TemplateError, Text, parse_template, template_to_json
from domain.readings import now_ms
from domain.roles import SYSTEM, Actor, Permission
from storage.models import ChecklistTemplateRecord

log = logging.getLogger(__name__)

MAX_TEMPLATE_FILE_BYTES = 2_000_000
"""docs/checklist-format.md: a template file is at most 2 MB."""


@dataclass(frozen=True)
class TemplateSummary:
    """What a template list shows; `items` counts every item, shown or not."""

    code: str
    version: int
    name: Text
    category: str
    builtin: bool
    items: int


# --- built-in templates ------------------------------------------------------------------------


def builtin_template_texts() -> list[tuple[str, str]]:
    """(file name, text) of every shipped template file, by file name."""
    folder = resources.files("resources").joinpath("checklists")
    if not folder.is_dir():
        return []
    found = [
        (item.name, item.read_text(encoding="utf-8"))
        for item in folder.iterdir()
        if item.name.endswith(".json") and item.is_file()
    ]
    return sorted(found)


def install_builtin_templates(session: Session) -> int:
    """Store every shipped template version the database lacks; returns how many were added.

    Not written to the change log: nobody changed the site's configuration, the release brought
    the template (its row says so: built-in, imported by "system", when).

    A shipped file that does not parse is a release bug; it is logged and skipped rather than
    stopping the application, whose other work does not depend on it.
    """
    stored = {(r.code, r.version): r for r in session.scalars(select(ChecklistTemplateRecord))}
    added = 0
    for name, text in builtin_template_texts():
        try:
            template = parse_template(text)
        except TemplateError as error:
            log.error("built-in checklist template %s is broken: %s", name, error)
            continue
        key = (template.code, template.version)
        if key in stored:
            if _content(stored[key].json) != _content(template_to_json(template)):
                log.warning("built-in template %s v%s differs from the stored one", *key)
            continue
        stored[key] = _store(session, template, builtin=True, actor=SYSTEM)
        added += 1
    if added:
        session.flush()
    return added


# --- reading -----------------------------------------------------------------------------------


def available_templates(session: Session) -> list[TemplateSummary]:
    """The newest active version of every template code, by category then code."""
    rows = session.scalars(
        select(ChecklistTemplateRecord)
        .where(ChecklistTemplateRecord.active)
        .order_by(ChecklistTemplateRecord.code, ChecklistTemplateRecord.version.desc())
    )
    newest: dict[str, ChecklistTemplateRecord] = {}
    for row in rows:
        newest.setdefault(row.code, row)
    summaries = []
    for row in newest.values():
        try:
            summaries.append(summary_of(parse_stored(row.json), builtin=row.builtin))
        except TemplateError as error:  # not after a checked import; a hand-edited database
            log.warning("stored template %s v%s cannot be read: %s", row.code, row.version, error)
    return sorted(summaries, key=lambda s: (s.category, s.code))


def load_template(session: Session, code: str, version: int | None = None) -> Template:
    """Template `code` at `version`, or its newest active version; `unknown_template` otherwise.

    An explicit version is found even when retired: runs started with it must still open.
    """
    query = select(ChecklistTemplateRecord).where(ChecklistTemplateRecord.code == code)
    if version is None:
        query = query.where(ChecklistTemplateRecord.active)
    else:
        query = query.where(ChecklistTemplateRecord.version == version)
    row = session.scalars(query.order_by(ChecklistTemplateRecord.version.desc()).limit(1)).first()
    if row is None:
        shown = code if version is None else f"{code} v{version}"
        raise ConfigurationError("unknown_template", shown, "template")
    try:
        return parse_stored(row.json)
    except TemplateError as error:
        raise ConfigurationError(error.code, error.detail, error.path or "template") from None


def summary_of(template: Template, *, builtin: bool) -> TemplateSummary:
    return TemplateSummary(
        code=template.code,
        version=template.version,
        name=template.name,
        category=str(template.category),
        builtin=builtin,
        items=len(template.items()),
    )


@lru_cache(maxsize=64)
def parse_stored(text: str) -> Template:
    """A stored template, parsed once per text: a (code, version) never changes its content,
    and every answer of a run needs its template, so parsing it each time would be waste."""
    return parse_template(text)


# --- import and export -------------------------------------------------------------------------


def import_template(session: Session, actor: Actor, text: str, source: str = "") -> TemplateSummary:
    """Store a template file's text as a new template or a newer version of one.

    Refusals: the parser's code with its JSON pointer as `field`; "version_exists" (the same
    code and version with other content; importing the identical file again changes nothing);
    "version_not_newer" (an older version than one stored: a new edition needs a higher number).
    """
    actor.require(Permission.MANAGE_TEMPLATES)
    try:
        template = parse_template(text)
    except TemplateError as error:
        raise ConfigurationError(error.code, error.detail, error.path) from None
    versions = {
        row.version: row
        for row in session.scalars(
            select(ChecklistTemplateRecord).where(ChecklistTemplateRecord.code == template.code)
        )
    }
    same = versions.get(template.version)
    if same is not None:
        if _content(same.json) == _content(template_to_json(template)):
            return summary_of(template, builtin=same.builtin)
        raise ConfigurationError(
            "version_exists", f"{template.code} v{template.version}", "/version"
        )
    newest = max(versions, default=0)
    if template.version < newest:
        raise ConfigurationError("version_not_newer", f"{template.version} < {newest}", "/version")
    _store(session, template, builtin=False, actor=actor)
    session.flush()
    record_change(
        session, actor, "import", "checklist_template", None,
        new=_change_values(template, builtin=False), reason=source,
    )  # fmt: skip
    return summary_of(template, builtin=False)


def export_template(session: Session, code: str, version: int | None = None) -> str:
    """The template as a file `import_template` reads back to the same template."""
    text = template_to_json(load_template(session, code, version))
    return text if text.endswith("\n") else text + "\n"


def read_template_file(path: Path) -> str:
    """The text of a template file; refuses what is too large or is not UTF-8."""
    try:
        if path.stat().st_size > MAX_TEMPLATE_FILE_BYTES:
            raise ConfigurationError("too_large", f"> {MAX_TEMPLATE_FILE_BYTES} bytes", "file")
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ConfigurationError("not_utf8", path.name, "file") from None
    except OSError as error:
        raise ConfigurationError("unreadable", f"{path.name}: {error.strerror}", "file") from None


def _store(
    session: Session, template: Template, *, builtin: bool, actor: Actor
) -> ChecklistTemplateRecord:
    row = ChecklistTemplateRecord(
        code=template.code,
        version=template.version,
        json=template_to_json(template),
        builtin=builtin,
        active=True,
        imported_by=actor.name,
        imported_ms=now_ms(),
    )
    session.add(row)
    return row


def _content(text: str) -> Any:
    """A template's content for comparison, independent of formatting and key order."""
    return json.loads(text)


def _change_values(template: Template, *, builtin: bool) -> dict[str, object]:
    return {
        "code": template.code, "version": template.version, "name": template.name.zh,
        "category": str(template.category), "items": len(template.items()), "builtin": builtin,
    }  # fmt: skip
