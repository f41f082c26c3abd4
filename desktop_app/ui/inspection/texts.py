"""Sentences of the inspection screens that several modules need: refusals, categories, times.

The run and photo services refuse with codes; these are the ones an inspector can meet on a
tablet, said in words that tell them what to do. Anything else falls back to the application's
general `error_text`.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop_app.services.errors import ConfigurationError
from desktop_app.ui.problem_text import error_text

__all__ = ["category_name", "inspection_error_text", "local_time"]


def inspection_error_text(error: BaseException) -> str:
    if isinstance(error, ConfigurationError):
        texts = {
            "run_not_draft": QCoreApplication.translate(
                "Inspection", "This inspection is already finished; it can no longer change."
            ),
            "run_incomplete": QCoreApplication.translate(
                "Inspection", "Some required answers or photos are still missing."
            ),
            "too_many_photos": QCoreApplication.translate(
                "Inspection", "This item already has the most photos it may have (%1)."
            ),
            "not_an_image": QCoreApplication.translate(
                "Inspection", "The file is not a picture that can be read (JPEG or PNG)."
            ),
            "image_too_large": QCoreApplication.translate(
                "Inspection", "The picture is too large to store."
            ),
            "unknown_run": QCoreApplication.translate(
                "Inspection", "This inspection no longer exists."
            ),
            "unknown_template": QCoreApplication.translate(
                "Inspection", "The checklist template was not found."
            ),
            "unknown_photo": QCoreApplication.translate(
                "Inspection", "The photo was already removed."
            ),
            "unreadable": QCoreApplication.translate(
                "Inspection", "The file could not be read: %1"
            ),
            "text_too_long": QCoreApplication.translate(
                "Inspection", "The text is too long (at most %1 characters)."
            ),
        }
        text = texts.get(error.code)
        if text is not None:
            return text.replace("%1", error.detail)
    return error_text(error)


def category_name(category: str) -> str:
    names = {
        "audit": QCoreApplication.translate("Inspection", "Audit"),
        "energy": QCoreApplication.translate("Inspection", "Energy"),
        "water": QCoreApplication.translate("Inspection", "Water"),
        "waste": QCoreApplication.translate("Inspection", "Waste"),
        "inspection": QCoreApplication.translate("Inspection", "Inspection"),
        "self_check": QCoreApplication.translate("Inspection", "Self-check"),
        "environment": QCoreApplication.translate("Inspection", "Environment"),
    }
    return names.get(category, category)


def local_time(ms: int | None) -> str:
    """Local date and minute of a UTC millisecond time (how inspectors read their rounds)."""
    if ms is None:
        return "—"
    return datetime.fromtimestamp(ms / 1000).strftime("%Y-%m-%d %H:%M")
