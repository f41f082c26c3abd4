"""Sentences for the codes of checklist, inspection and corrective-action services (see
problem_text): every page that shows a refusal from these services gets the same words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def checklist_problem_text(code: str) -> str | None:
    texts = {
        "unknown_template": QCoreApplication.translate(
            "ChecklistProblemText", "No such checklist template."
        ),
        "version_exists": QCoreApplication.translate(
            "ChecklistProblemText",
            "This template version is already stored with different content; give the edited "
            "template a higher version.",
        ),
        "version_not_newer": QCoreApplication.translate(
            "ChecklistProblemText",
            "A newer version of this template is already stored; the imported version must be "
            "higher.",
        ),
        "unknown_run": QCoreApplication.translate("ChecklistProblemText", "No such inspection."),
        "run_not_draft": QCoreApplication.translate(
            "ChecklistProblemText", "This inspection is finished and can no longer be changed."
        ),
        "unknown_item": QCoreApplication.translate(
            "ChecklistProblemText", "The checklist has no such item."
        ),
        "run_incomplete": QCoreApplication.translate(
            "ChecklistProblemText",
            "The inspection cannot be finished yet: required answers, photos or signatures are "
            "missing (%1).",
        ),
        "not_an_image": QCoreApplication.translate(
            "ChecklistProblemText", "The file is not a picture that can be read (JPEG or PNG)."
        ),
        "image_too_large": QCoreApplication.translate(
            "ChecklistProblemText", "The picture file is too large."
        ),
        "too_many_photos": QCoreApplication.translate(
            "ChecklistProblemText", "This item takes at most %1 photos."
        ),
        "unknown_photo": QCoreApplication.translate(
            "ChecklistProblemText", "This inspection has no such photo."
        ),
        "not_a_signature_item": QCoreApplication.translate(
            "ChecklistProblemText", "This item does not take a signature."
        ),
        "no_photo_folder": QCoreApplication.translate(
            "ChecklistProblemText", "Photos can only be stored with a local database file."
        ),
        "run_not_completed": QCoreApplication.translate(
            "ChecklistProblemText", "Only a finished inspection has a report."
        ),
        "not_allowed": QCoreApplication.translate(
            "ChecklistProblemText", "This step is not possible from the action's state."
        ),
        "verifier_is_doer": QCoreApplication.translate(
            "ChecklistProblemText",
            "The person who marked the action done cannot verify it. Ask someone else to verify.",
        ),
        "note_required": QCoreApplication.translate(
            "ChecklistProblemText", "Say why the work is not accepted, so that it can be put right."
        ),
        "title_required": QCoreApplication.translate(
            "ChecklistProblemText", "Enter a title for the action."
        ),
        "text_too_long": QCoreApplication.translate(
            "ChecklistProblemText", "The text is too long (at most %1 characters)."
        ),
        "action_closed": QCoreApplication.translate(
            "ChecklistProblemText", "The action is closed and cannot be changed."
        ),
        "wrong_type": QCoreApplication.translate(
            "ChecklistProblemText", "This answer does not fit the question."
        ),
        "unknown_option": QCoreApplication.translate(
            "ChecklistProblemText", "Choose one of the offered answers."
        ),
        "bad_date": QCoreApplication.translate(
            "ChecklistProblemText", "Enter a date as YYYY-MM-DD."
        ),
    }
    return texts.get(code)
