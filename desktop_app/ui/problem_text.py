"""Sentences for the codes that domain rules and services return, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.services.errors import ConfigurationError
from desktop_app.services.users import UserError
from desktop_app.ui.checklist_problem_text import checklist_problem_text
from desktop_app.ui.kpi_problem_text import kpi_problem_text
from domain.profiles import ProfileError
from domain.roles import PermissionDenied


def problem_text(code: str, detail: str = "") -> str:
    texts = {
        "name_required": QCoreApplication.translate("ProblemText", "A name is required."),
        "bad_name": QCoreApplication.translate(
            "ProblemText", "Use letters, digits, '_', '.' or '-', starting with a letter."
        ),
        "name_taken": QCoreApplication.translate("ProblemText", "This name is already used."),
        "bad_serial_port": QCoreApplication.translate(
            "ProblemText", "Enter a serial port such as COM3 or /dev/ttyUSB0."
        ),
        "bad_baudrate": QCoreApplication.translate("ProblemText", "Choose a standard baud rate."),
        "bad_parity": QCoreApplication.translate("ProblemText", "Parity must be N, E or O."),
        "bad_stopbits": QCoreApplication.translate("ProblemText", "Stop bits must be 1 or 2."),
        "bad_bytesize": QCoreApplication.translate("ProblemText", "Data bits must be 7 or 8."),
        "bad_host": QCoreApplication.translate(
            "ProblemText", "Enter the IP address or host name of the device or gateway."
        ),
        "bad_port": QCoreApplication.translate(
            "ProblemText", "The TCP port must be between 1 and 65535."
        ),
        "bad_timeout": QCoreApplication.translate(
            "ProblemText", "The timeout must be between 0.05 and 30 seconds."
        ),
        "bad_delay": QCoreApplication.translate(
            "ProblemText", "The delay between requests must be between 0 and 5 seconds."
        ),
        "bad_retries": QCoreApplication.translate(
            "ProblemText", "Retries must be between 0 and 5."
        ),
        "bad_unit_id": QCoreApplication.translate(
            "ProblemText", "The Modbus unit id must be between 1 and 247 (255 for TCP devices)."
        ),
        "unit_id_taken": QCoreApplication.translate(
            "ProblemText", "Another device on this bus already uses this unit id."
        ),
        "bad_interval": QCoreApplication.translate(
            "ProblemText", "The interval must be between 0.1 s and 1 day."
        ),
        "unit_too_long": QCoreApplication.translate(
            "ProblemText", "The unit may have at most 32 characters."
        ),
        "field_required": QCoreApplication.translate(
            "ProblemText", "Name the field of the instrument's message that holds the value."
        ),
        "needs_register_table": QCoreApplication.translate(
            "ProblemText", "Choose the register table of the value."
        ),
        "bad_address": QCoreApplication.translate(
            "ProblemText", "The address must be between 0 and 65535."
        ),
        "past_end": QCoreApplication.translate(
            "ProblemText", "The value would run past register 65535."
        ),
        "bits_are_bool": QCoreApplication.translate(
            "ProblemText", "Coils and discrete inputs hold single bits: use the bool type."
        ),
        "bad_bit": QCoreApplication.translate("ProblemText", "Choose a bit between 0 and 15."),
        "bad_length": QCoreApplication.translate(
            "ProblemText", "A string occupies 1 to 125 registers."
        ),
        "counter_not_numeric": QCoreApplication.translate(
            "ProblemText", "Only numbers can be counters."
        ),
        "not_finite": QCoreApplication.translate("ProblemText", "Enter a finite number."),
        "zero_scale": QCoreApplication.translate("ProblemText", "The scale factor may not be 0."),
        "bad_deadband": QCoreApplication.translate(
            "ProblemText", "The deadband must be 0 or more."
        ),
        "bad_rollover": QCoreApplication.translate(
            "ProblemText", "Only counters roll over, at a value above 0."
        ),
        "bad_max_rate": QCoreApplication.translate(
            "ProblemText", "Only counters have a largest rise, and it must be above 0."
        ),
        "negative_counter": QCoreApplication.translate(
            "ProblemText", "A meter reading cannot be negative."
        ),
        "not_counter": QCoreApplication.translate(
            "ProblemText", "Only a cumulative counter has a meter to replace."
        ),
        "replacement_exists": QCoreApplication.translate(
            "ProblemText", "A meter replacement is already recorded at this time."
        ),
        "has_history": QCoreApplication.translate(
            "ProblemText", "This tag has stored readings: disable it instead of deleting it."
        ),
        "not_found": QCoreApplication.translate(
            "ProblemText", "It no longer exists; another user may have removed it."
        ),
        "no_site": QCoreApplication.translate("ProblemText", "No site is configured."),
        "password_too_short": QCoreApplication.translate(
            "ProblemText", "The password must have at least %1 characters."
        ),
        "empty_name": QCoreApplication.translate("ProblemText", "A name is required."),
        "choose_profile": QCoreApplication.translate("ProblemText", "Choose a model."),
        "choose_reading": QCoreApplication.translate("ProblemText", "Choose the reading."),
        "reason_required": QCoreApplication.translate(
            "ProblemText", "A correction needs a reason; it is kept in the change log."
        ),
        "reading_exists": QCoreApplication.translate(
            "ProblemText", "A reading exists at that time: correct it instead."
        ),
        "no_reading": QCoreApplication.translate(
            "ProblemText", "There is no reading at that time."
        ),
        "in_future": QCoreApplication.translate("ProblemText", "The time lies in the future."),
        "not_modbus_bus": QCoreApplication.translate(
            "ProblemText", "Profiles describe Modbus devices: choose a Modbus bus."
        ),
        "raw_days_too_short": QCoreApplication.translate(
            "ProblemText",
            "Keep raw readings at least %1 days: corrections and audits of recent months "
            "need them.",
        ),
        "raw_days_too_long": QCoreApplication.translate(
            "ProblemText", "Keep raw readings at most %1 days, or choose to keep all."
        ),
        "bad_size": QCoreApplication.translate("ProblemText", "Enter a size in GB above 0."),
    }
    text = texts.get(code) or kpi_problem_text(code) or checklist_problem_text(code)
    if text is None:
        text = QCoreApplication.translate("ProblemText", "Not accepted: %1").replace("%1", code)
    return text.replace("%1", detail)


def error_text(error: BaseException) -> str:
    """A translated sentence for any error a service raises, technical detail last."""
    if isinstance(error, PermissionDenied):
        return QCoreApplication.translate(
            "ProblemText",
            "Your role (%1) does not allow this. Sign in as an engineer or administrator.",
        ).replace("%1", error.role.value)
    if isinstance(error, ProfileError):
        where = f" ({error.path})" if error.path else ""
        return profile_problem_text(error.code, error.detail) + where
    if isinstance(error, ConfigurationError | UserError):
        return profile_problem_text(error.code, error.detail)
    return QCoreApplication.translate("ProblemText", "The operation failed: %1").replace(
        "%1", str(error)
    )


def profile_problem_text(code: str, detail: str = "") -> str:
    """Why a profile file cannot be used; `detail` names the value or limit involved."""
    texts = {
        "not_utf8": QCoreApplication.translate("ProblemText", "The file is not UTF-8 text."),
        "not_json": QCoreApplication.translate("ProblemText", "The file is not valid JSON."),
        "too_large": QCoreApplication.translate("ProblemText", "The file is too large."),
        "too_deep": QCoreApplication.translate("ProblemText", "The file is nested too deeply."),
        "unsupported_version": QCoreApplication.translate(
            "ProblemText", "The file was made by a newer version of Qingyuan."
        ),
        "missing_field": QCoreApplication.translate("ProblemText", "A required entry is missing."),
        "unknown_field": QCoreApplication.translate(
            "ProblemText", "An entry is not part of the profile format (misspelt?)."
        ),
        "bad_value": QCoreApplication.translate("ProblemText", "A value is not allowed here."),
        "duplicate_key": QCoreApplication.translate("ProblemText", "Two tags have the same key."),
        "overlap": QCoreApplication.translate("ProblemText", "Two tags use the same registers."),
        "too_many_tags": QCoreApplication.translate(
            "ProblemText", "The profile has too many tags."
        ),
        "superseded_by_builtin": QCoreApplication.translate(
            "ProblemText", "A built-in profile with the same id is as new or newer."
        ),
        "newer_version_exists": QCoreApplication.translate(
            "ProblemText", "A newer version of this profile is already installed."
        ),
        "version_conflict": QCoreApplication.translate(
            "ProblemText", "A different profile with the same id and version is installed."
        ),
    }
    text = texts.get(code)
    if text is None:
        return problem_text(code, detail)
    return f"{text} {detail}".strip()
