"""Sentences and words of the Reports & export page, in the user's language.

The services name report steps and refusals by stable codes (`monthly_report_data.STEPS`,
`BundleError.code`, `ConfigurationError.code`); this module is the one place that turns them
into what a plant engineer reads. QtCore only, so a headless caller could use it too.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop_app.services.errors import ConfigurationError
from desktop_app.services.monthly_report import ReportCancelled
from desktop_app.ui.action_text import action_error_text
from reports.fonts import FontNotFoundError
from storage.bundles.format import BundleError

translate = QCoreApplication.translate
"""Called by this name, so pyside6-lupdate finds the strings."""

CONTEXT = "ReportsText"


def step_text(step: str) -> str:
    """What the report is doing now (the steps of `write_monthly_report`)."""
    texts = {
        "kpis": translate("ReportsText", "Calculating KPIs and targets…"),
        "energy": translate("ReportsText", "Adding up energy by carrier…"),
        "water_waste": translate("ReportsText", "Collecting water, waste and pollutants…"),
        "alarms": translate("ReportsText", "Summarising alarms…"),
        "completeness": translate("ReportsText", "Checking data completeness…"),
        "audits": translate("ReportsText", "Collecting audit results…"),
        "actions": translate("ReportsText", "Listing corrective actions…"),
        "pdf": translate("ReportsText", "Writing the PDF…"),
        "excel": translate("ReportsText", "Writing the Excel workbook…"),
        "rename": translate("ReportsText", "Saving the files…"),
        "done": translate("ReportsText", "Done."),
        "export": translate("ReportsText", "Writing the bundle…"),
        "verify": translate("ReportsText", "Checking the bundle…"),
    }
    return texts.get(step, step)


def report_error_text(error: BaseException) -> str:
    """Why a report was not written, as a sentence."""
    if isinstance(error, ReportCancelled):
        return translate("ReportsText", "Cancelled, no file written.")
    if isinstance(error, FontNotFoundError):
        return translate(
            "ReportsText",
            "No font with Chinese characters was found, so the PDF cannot be written. Install "
            "Microsoft YaHei or WenQuanYi Micro Hei (fonts-wqy-microhei) and try again.",
        )
    if isinstance(error, OSError):
        return translate(
            "ReportsText",
            "The file could not be written: %1. Check that the folder exists, that the disk is "
            "not full and that the file is not open in another program. No file was written.",
        ).replace("%1", error.strerror or str(error))
    if isinstance(error, ConfigurationError):
        return schedule_error_text(error)
    if isinstance(error, ValueError):
        return translate(
            "ReportsText", "The period is not valid: its last day is before its first day."
        )
    return action_error_text(error)


def schedule_error_text(error: BaseException) -> str:
    """Why the schedule was not stored."""
    if isinstance(error, ConfigurationError):
        texts = {
            "bad_language": translate("ReportsText", "Choose Chinese or English for the reports."),
            "bad_catch_up": translate(
                "ReportsText", "Catch up between 1 and 366 missed reports per kind."
            ),
            "empty_folder": translate("ReportsText", "Choose a folder or switch that report off."),
        }
        if error.code in texts:
            return texts[error.code]
    return action_error_text(error)


def bundle_problem_text(code: str, detail: str = "") -> str:
    """Why a bundle was refused or not written (every `BundleError` code and the export's)."""
    texts = {
        "not_a_zip": translate("ReportsText", "The file is not a Qingyuan bundle."),
        "truncated": translate(
            "ReportsText", "The file is cut short. Copy it again from the USB stick."
        ),
        "too_large": translate(
            "ReportsText", "A size limit is exceeded: the file is too large or expands too much."
        ),
        "bad_name": translate(
            "ReportsText", "The bundle holds a file name outside the format. It is refused."
        ),
        "bad_layout": translate(
            "ReportsText", "The bundle's structure was changed after it was signed."
        ),
        "bad_manifest": translate(
            "ReportsText", "The bundle's manifest is damaged or not of this format."
        ),
        "unsupported_version": translate(
            "ReportsText", "The bundle was made by a newer version of Qingyuan. Update first."
        ),
        "bad_signature": translate(
            "ReportsText",
            "The signature does not match: the bundle was altered after it was signed.",
        ),
        "wrong_key": translate("ReportsText", "The bundle was signed by another site's key."),
        "missing_file": translate(
            "ReportsText", "A file listed in the bundle's manifest is missing from it."
        ),
        "extra_file": translate(
            "ReportsText", "The bundle holds a file that its manifest does not list."
        ),
        "hash_mismatch": translate(
            "ReportsText",
            "A file in the bundle differs from its checksum: the bundle was altered or damaged.",
        ),
        "bad_row": translate("ReportsText", "A row in the bundle cannot be read."),
        "bad_key": translate("ReportsText", "The site key file is damaged or not an Ed25519 key."),
        "disk_full": translate(
            "ReportsText", "The target drive is full. The previous bundle there is untouched."
        ),
        "write_failed": translate(
            "ReportsText", "The bundle could not be written. Nothing was left under its name."
        ),
        "file_missing": translate(
            "ReportsText", "A photo or evidence file is missing from the data folder."
        ),
        "file_damaged": translate(
            "ReportsText", "A photo no longer matches the checksum stored with it."
        ),
        "clock_behind": translate(
            "ReportsText",
            "This computer's clock is before the end of the previous bundle. Correct the clock.",
        ),
        "no_site": translate("ReportsText", "The data folder has no site yet."),
        "cancelled": translate("ReportsText", "Cancelled, no bundle written."),
    }
    text = texts.get(
        code, translate("ReportsText", "The bundle was refused (%1).").replace("%1", code)
    )
    return f"{text} ({detail})" if detail and code != "cancelled" else text


def bundle_error_text(error: BaseException) -> str:
    """A sentence for any failure of exporting or verifying a bundle."""
    if isinstance(error, BundleError | ConfigurationError) and (
        not isinstance(error, ConfigurationError) or error.field == "bundle"
    ):
        return bundle_problem_text(error.code, error.detail)
    if isinstance(error, OSError):
        return translate("ReportsText", "The file cannot be read or written: %1").replace(
            "%1", error.strerror or str(error)
        )
    return action_error_text(error)


def kind_text(kind: str) -> str:
    return {
        "full": translate("ReportsText", "Full"),
        "incremental": translate("ReportsText", "Incremental"),
    }.get(kind, kind)


def local_time_text(ms: int) -> str:
    """An instant in this computer's local time, to the minute."""
    return datetime.fromtimestamp(ms / 1000).strftime("%Y-%m-%d %H:%M")


def range_text(from_ms: int, to_ms: int) -> str:
    """A bundle's time range; a full bundle starts at the beginning of the records."""
    start = (
        translate("ReportsText", "Earliest record") if from_ms <= 0 else local_time_text(from_ms)
    )
    return f"{start} → {local_time_text(to_ms)}"
