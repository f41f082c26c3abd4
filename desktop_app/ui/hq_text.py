"""Translated words of head-office mode: import results, refusal reasons, KPI status."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def result_text(status: str) -> str:
    return {
        "imported": QCoreApplication.translate("HqText", "Imported"),
        "unchanged": QCoreApplication.translate("HqText", "No change (already imported)"),
        "refused": QCoreApplication.translate("HqText", "Refused"),
    }.get(status, status)


def reason_text(code: str) -> str:
    """A sentence for an import or registration refusal code (the code itself if unknown)."""
    reasons = {
        "": "",
        "already_imported": QCoreApplication.translate(
            "HqText", "This bundle was imported before; nothing changed."
        ),
        "unknown_site": QCoreApplication.translate(
            "HqText", "No site is registered for this bundle's key."
        ),
        "wrong_key": QCoreApplication.translate(
            "HqText", "The site is registered with another key."
        ),
        "site_mismatch": QCoreApplication.translate(
            "HqText", "The key is registered for another site."
        ),
        "inactive_site": QCoreApplication.translate("HqText", "The site is deactivated."),
        "replayed": QCoreApplication.translate(
            "HqText", "An older bundle, or another with the same number, was imported already."
        ),
        "out_of_order": QCoreApplication.translate(
            "HqText", "The bundle does not follow the last imported one."
        ),
        "gap": QCoreApplication.translate(
            "HqText", "An earlier bundle is missing: import it first."
        ),
        "not_a_zip": QCoreApplication.translate("HqText", "The file is not a bundle."),
        "truncated": QCoreApplication.translate("HqText", "The file is cut short: copy it again."),
        "too_large": QCoreApplication.translate("HqText", "A size limit is exceeded."),
        "bad_name": QCoreApplication.translate("HqText", "A file name outside the format."),
        "bad_layout": QCoreApplication.translate("HqText", "The file was changed after signing."),
        "bad_manifest": QCoreApplication.translate("HqText", "The manifest is damaged."),
        "unsupported_version": QCoreApplication.translate(
            "HqText", "The bundle is of a newer format version."
        ),
        "bad_signature": QCoreApplication.translate(
            "HqText", "The signature does not match: the bundle was altered."
        ),
        "missing_file": QCoreApplication.translate("HqText", "A listed file is missing."),
        "extra_file": QCoreApplication.translate("HqText", "The bundle holds an unlisted file."),
        "hash_mismatch": QCoreApplication.translate(
            "HqText", "A file's content differs from its recorded hash."
        ),
        "bad_row": QCoreApplication.translate("HqText", "A row does not fit head office's tables."),
        "database_error": QCoreApplication.translate(
            "HqText", "The head-office database refused the rows."
        ),
        "bad_key": QCoreApplication.translate(
            "HqText", "The file is not an Ed25519 public key (PEM or 64 hex)."
        ),
        "already_registered": QCoreApplication.translate(
            "HqText", "This public key is already registered."
        ),
        "site_registered": QCoreApplication.translate(
            "HqText", "This site is already registered with another key."
        ),
    }
    return reasons.get(code, code)


def status_text(status: str) -> str:
    return {
        "met": QCoreApplication.translate("HqText", "Target met"),
        "improving": QCoreApplication.translate("HqText", "Improving"),
        "off_target": QCoreApplication.translate("HqText", "Off target"),
        "no_target": QCoreApplication.translate("HqText", "No target"),
        "no_value": QCoreApplication.translate("HqText", "No value"),
    }.get(status, status)
