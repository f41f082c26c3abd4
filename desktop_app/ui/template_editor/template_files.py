"""Template files: import one an auditor wrote or a tablet sent, export one to pass on.

Files come from outside and may be anything: malformed, hostile or huge. So the file is looked
at before it is read (a regular file, ≤ 2 MB by its size, never more than 2 MB + 1 byte read,
whatever the size claimed), read and checked on the query pool, and a refusal is said as a
sentence with the place in the file ("Section 3 › Item 6 › Limits: …"), never a crash or a
frozen window. The check is the parser's (`parse_template`), before the database is touched;
the import itself is `import_template`, with its permission and version rules.

Export writes a temporary file beside the target and renames it over, so an interrupted export
never leaves half a template where a whole one was.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop_app.services.checklist_templates import (
    TemplateSummary,
    export_template,
    import_template,
)
from desktop_app.services.errors import ConfigurationError
from desktop_app.ui.context import AppContext
from desktop_app.ui.run_query import run_query
from desktop_app.ui.template_editor.template_text import template_error_text
from domain.checklists import MAX_TEMPLATE_BYTES, TemplateError, parse_template

__all__ = [
    "FileProblem",
    "export_template_file",
    "import_template_file",
    "read_template_bytes",
    "write_atomically",
]


class FileProblem(Exception):
    """A template file refused: the error and, when the JSON itself was readable, the document
    (so the place can be said with the section and item codes)."""

    def __init__(self, error: BaseException, document: Any = None) -> None:
        super().__init__(str(error))
        self.error = error
        self.document = document


def read_template_bytes(path: Path) -> bytes:
    """The bytes of a template file, refused without reading when it cannot be one."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO or a device could block or never end
            raise ConfigurationError("not_a_file", path.name, "file")
        if info.st_size > MAX_TEMPLATE_BYTES:
            raise ConfigurationError("too_large", _megabytes(info.st_size), "file")
        with path.open("rb") as handle:
            data = handle.read(MAX_TEMPLATE_BYTES + 1)  # a file still growing stops here
    except OSError as error:
        raise ConfigurationError("unreadable", f"{path.name}: {error.strerror}", "file") from None
    if len(data) > MAX_TEMPLATE_BYTES:
        raise ConfigurationError("too_large", f"> {_megabytes(MAX_TEMPLATE_BYTES)}", "file")
    return data


def check_template_bytes(data: bytes) -> str:
    """The file's text once the parser accepts it; `FileProblem` otherwise."""
    try:
        parse_template(data)
    except TemplateError as error:
        raise FileProblem(error, _document(data) if error.path else None) from None
    return data.decode("utf-8-sig")


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to a temporary file in the same folder, then rename it over `path`."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(path)  # os.replace: atomic within one folder
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def import_template_file(
    owner: QWidget,
    context: AppContext,
    *,
    path: Path | None = None,
    on_done: Callable[[TemplateSummary], None] | None = None,
    on_failed: Callable[[str], None] | None = None,
) -> bool:
    """Ask for a file (unless `path` is given) and import it off the GUI thread.

    `on_done` gets the stored template, `on_failed` the sentence saying why not; without them
    a message box tells. Returns False when no file was chosen.
    """
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            owner,
            QCoreApplication.translate("TemplateFiles", "Import a checklist template"),
            "",
            QCoreApplication.translate("TemplateFiles", "Checklist templates (*.json)"),
        )
        if not name:
            return False
        path = Path(name)
    database, actor, chosen = context.startup.database, context.session.actor, path

    def work() -> TemplateSummary:
        text = check_template_bytes(read_template_bytes(chosen))
        with database.transaction() as session:
            return import_template(session, actor, text, f"file {chosen.name}")

    def done(summary: TemplateSummary) -> None:
        if on_done is not None:
            on_done(summary)
            return
        name = summary.name.pick(context.language.is_chinese)
        text = QCoreApplication.translate("TemplateFiles", "Imported %1, version %2.")
        tell(owner, text.replace("%1", name).replace("%2", str(summary.version)), False)

    def failed(error: BaseException) -> None:
        sentence = _refusal(chosen, error)
        if on_failed is not None:
            on_failed(sentence)
        else:
            tell(owner, sentence, True)

    run_query(owner, work, done, failed)
    return True


def export_template_file(
    owner: QWidget,
    context: AppContext,
    code: str,
    version: int,
    *,
    path: Path | None = None,
    on_done: Callable[[Path], None] | None = None,
    on_failed: Callable[[str], None] | None = None,
) -> bool:
    """Ask where (unless `path` is given) and write template `code` at `version` there."""
    if path is None:
        name, _ = QFileDialog.getSaveFileName(
            owner,
            QCoreApplication.translate("TemplateFiles", "Export a checklist template"),
            f"{code}_v{version}.json",
            QCoreApplication.translate("TemplateFiles", "Checklist templates (*.json)"),
        )
        if not name:
            return False
        path = Path(name)
    database, target = context.startup.database, path

    def work() -> Path:
        with database.reading() as session:
            text = export_template(session, code, version)
        write_atomically(target, text)
        return target

    def done(written: Path) -> None:
        if on_done is not None:
            on_done(written)
            return
        text = QCoreApplication.translate("TemplateFiles", "Exported to %1.")
        tell(owner, text.replace("%1", str(written)), False)

    def failed(error: BaseException) -> None:
        if isinstance(error, OSError):
            sentence = QCoreApplication.translate(
                "TemplateFiles", "The file could not be written: %1"
            ).replace("%1", error.strerror or str(error))
        else:
            sentence = template_error_text(error)
        if on_failed is not None:
            on_failed(sentence)
        else:
            tell(owner, sentence, True)

    run_query(owner, work, done, failed)
    return True


def tell(owner: QWidget, text: str, problem: bool) -> None:
    """A message box with the outcome (used when the caller gave no callback)."""
    title = QCoreApplication.translate("TemplateFiles", "Checklist template")
    if problem:
        QMessageBox.warning(owner, title, text)
    else:
        QMessageBox.information(owner, title, text)


def _refusal(path: Path, error: BaseException) -> str:
    headline = QCoreApplication.translate("TemplateFiles", "%1 was not imported.")
    if isinstance(error, FileProblem):
        why = template_error_text(error.error, error.document)
    else:
        why = template_error_text(error)
    return f"{headline.replace('%1', path.name)}\n{why}"


def _document(data: bytes) -> Any:
    """The JSON document, for naming places; only called once the parser read the JSON."""
    try:
        return json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        return None


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"
