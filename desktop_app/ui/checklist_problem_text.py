"""Sentences for the codes of checklist, inspection and corrective-action services (see
problem_text): every page that shows a refusal from these services gets the same words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("ChecklistProblemText", text)


def checklist_problem_text(code: str) -> str | None:
    texts = {
        "unknown_template": _t("No such checklist template."),
        "version_exists": _t(
            "This template version is already stored with different content; give the edited "
            "template a higher version."
        ),
        "version_not_newer": _t(
            "A newer version of this template is already stored; the imported version must be "
            "higher."
        ),
        "unknown_run": _t("No such inspection."),
        "run_not_draft": _t("This inspection is finished and can no longer be changed."),
        "unknown_item": _t("The checklist has no such item."),
        "run_incomplete": _t(
            "The inspection cannot be finished yet: required answers, photos or signatures are "
            "missing (%1)."
        ),
        "not_an_image": _t("The file is not a picture that can be read (JPEG or PNG)."),
        "image_too_large": _t("The picture file is too large."),
        "too_many_photos": _t("This item takes at most %1 photos."),
        "unknown_photo": _t("This inspection has no such photo."),
        "not_a_signature_item": _t("This item does not take a signature."),
        "no_photo_folder": _t("Photos can only be stored with a local database file."),
        "run_not_completed": _t("Only a finished inspection has a report."),
        "not_allowed": _t("This step is not possible from the action's state."),
        "verifier_is_doer": _t(
            "The person who marked the action done cannot verify it. Ask someone else to verify."
        ),
        "note_required": _t("Say why the work is not accepted, so that it can be put right."),
        "title_required": _t("Enter a title for the action."),
        "text_too_long": _t("The text is too long (at most %1 characters)."),
        "action_closed": _t("The action is closed and cannot be changed."),
        "wrong_type": _t("This answer does not fit the question."),
        "unknown_option": _t("Choose one of the offered answers."),
        "bad_date": _t("Enter a date as YYYY-MM-DD."),
    }
    return texts.get(code)
