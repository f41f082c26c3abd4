"""Sentences for the codes that domain rules and services return, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.services.errors import ConfigurationError
from desktop_app.services.users import UserError
from domain.roles import PermissionDenied


def _t(text: str) -> str:
    return QCoreApplication.translate("ProblemText", text)


def problem_text(code: str, detail: str = "") -> str:
    texts = {
        "name_required": _t("A name is required."),
        "bad_name": _t("Use letters, digits, '_', '.' or '-', starting with a letter."),
        "name_taken": _t("This name is already used."),
        "bad_serial_port": _t("Enter a serial port such as COM3 or /dev/ttyUSB0."),
        "bad_baudrate": _t("Choose a standard baud rate."),
        "bad_parity": _t("Parity must be N, E or O."),
        "bad_stopbits": _t("Stop bits must be 1 or 2."),
        "bad_bytesize": _t("Data bits must be 7 or 8."),
        "bad_host": _t("Enter the IP address or host name of the device or gateway."),
        "bad_port": _t("The TCP port must be between 1 and 65535."),
        "bad_timeout": _t("The timeout must be between 0.05 and 30 seconds."),
        "bad_delay": _t("The delay between requests must be between 0 and 5 seconds."),
        "bad_retries": _t("Retries must be between 0 and 5."),
        "bad_unit_id": _t("The Modbus unit id must be between 1 and 247 (255 for TCP devices)."),
        "unit_id_taken": _t("Another device on this bus already uses this unit id."),
        "bad_interval": _t("The interval must be between 0.1 s and 1 day."),
        "unit_too_long": _t("The unit may have at most 32 characters."),
        "field_required": _t("Name the field of the instrument's message that holds the value."),
        "needs_register_table": _t("Choose the register table of the value."),
        "bad_address": _t("The address must be between 0 and 65535."),
        "past_end": _t("The value would run past register 65535."),
        "bits_are_bool": _t("Coils and discrete inputs hold single bits: use the bool type."),
        "bad_bit": _t("Choose a bit between 0 and 15."),
        "bad_length": _t("A string occupies 1 to 125 registers."),
        "counter_not_numeric": _t("Only numbers can be counters."),
        "not_finite": _t("Enter a finite number."),
        "zero_scale": _t("The scale factor may not be 0."),
        "bad_deadband": _t("The deadband must be 0 or more."),
        "bad_rollover": _t("Only counters roll over, at a value above 0."),
        "has_history": _t("This tag has stored readings: disable it instead of deleting it."),
        "not_found": _t("It no longer exists; another user may have removed it."),
        "no_site": _t("No site is configured."),
        "password_too_short": _t("The password must have at least %1 characters."),
        "empty_name": _t("A name is required."),
    }
    return texts.get(code, _t("Not accepted: %1").replace("%1", code)).replace("%1", detail)


def error_text(error: BaseException) -> str:
    """A translated sentence for any error a service raises, technical detail last."""
    if isinstance(error, PermissionDenied):
        return _t(
            "Your role (%1) does not allow this. Sign in as an engineer or administrator."
        ).replace("%1", error.role.value)
    if isinstance(error, ConfigurationError | UserError):
        return problem_text(error.code, error.detail)
    return _t("The operation failed: %1").replace("%1", str(error))
