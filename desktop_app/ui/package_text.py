"""Sentences and words of run packages, in the user's language (the dialogs and the CLI).

QtCore only, so `qingyuan packages` can say why a package is refused without a display.
Codes this feature does not own fall back to `action_error_text` / `error_text`.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop_app.services.errors import ConfigurationError
from desktop_app.ui.action_text import action_error_text, field_text, priority_text, state_text
from domain.actions import ActionState, Priority

translate = QCoreApplication.translate
"""Called by this name, so pyside6-lupdate finds the strings."""


def package_problem_text(code: str, detail: str = "") -> str | None:
    texts = {
        "not_a_package": translate("PackageText", "This file is not a Qingyuan run package."),
        "corrupt": translate("PackageText", "The package is damaged and cannot be read (%1)."),
        "tampered": translate(
            "PackageText",
            "The package was changed after it was exported: a file no longer matches its "
            "checksum (%1). Nothing was imported.",
        ),
        "unsafe_path": translate(
            "PackageText",
            "The package holds a file name that could write outside the data folder (%1). "
            "It is refused.",
        ),
        "too_large": translate(
            "PackageText", "The package is too large or expands too much when unpacked (%1)."
        ),
        "unsupported_format": translate(
            "PackageText", "The package was made by a newer version of Qingyuan (%1). Update first."
        ),
        "template_conflict": translate(
            "PackageText",
            "Template %1 is installed here with different content. The package is not imported.",
        ),
        "run_is_draft": translate(
            "PackageText",
            "Run %1 is an unfinished draft on this computer; the completed run in the package "
            "does not replace it. The package is not imported.",
        ),
        "run_conflict": translate(
            "PackageText",
            "Run %1 is here with different answers. A completed run never changes, so the "
            "package is not imported.",
        ),
        "id_clash": translate(
            "PackageText",
            "An identifier in the package (%1) belongs to another record here. The package is "
            "not imported.",
        ),
        "bad_resolution": translate(
            "PackageText", "A conflict is resolved by keeping ours or taking theirs (%1)."
        ),
        "run_not_completed": translate(
            "PackageText", "Run %1 is not finished: only completed runs can be exported."
        ),
        "unknown_run": translate("PackageText", "There is no run %1."),
        "unknown_action": translate("PackageText", "There is no corrective action %1."),
        "nothing_to_export": translate("PackageText", "Choose at least one completed run."),
        "file_missing": translate(
            "PackageText", "A photo or evidence file is missing from the data folder: %1"
        ),
        "file_damaged": translate(
            "PackageText", "A photo no longer matches the checksum stored with it: %1"
        ),
    }
    text = texts.get(code)
    return None if text is None else text.replace("%1", detail)


def package_error_text(error: BaseException) -> str:
    """A sentence for any refusal of exporting, inspecting or importing a package."""
    if isinstance(error, ConfigurationError):
        text = package_problem_text(error.code, error.detail)
        if text is not None:
            return text
    if isinstance(error, OSError):
        return translate("PackageText", "The file cannot be read or written: %1").replace(
            "%1", error.strerror or str(error)
        )
    return action_error_text(error)


def conflict_field_text(field: str) -> str:
    return {
        "state": translate("PackageText", "State"),
        "done_by": translate("PackageText", "Done by"),
        "verified_by": translate("PackageText", "Verified by"),
    }.get(field) or field_text(field)


def conflict_value_text(field: str, value: object) -> str:
    """A field's value as a person reads it: translated state and priority, "—" for none."""
    if value is None or value == "":
        return "—"
    if field == "state":
        try:
            return state_text(ActionState(str(value)))
        except ValueError:
            return str(value)
    if field == "priority":
        try:
            return priority_text(Priority(str(value)))
        except ValueError:
            return str(value)
    return str(value)


def when_text(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000).strftime("%Y-%m-%d %H:%M")
