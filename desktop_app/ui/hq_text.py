"""Translated words of head-office mode: import results, refusal reasons, KPI status."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("HqText", text)


def result_text(status: str) -> str:
    return {
        "imported": _t("Imported"),
        "unchanged": _t("No change (already imported)"),
        "refused": _t("Refused"),
    }.get(status, status)


def reason_text(code: str) -> str:
    """A sentence for an import or registration refusal code (the code itself if unknown)."""
    reasons = {
        "": "",
        "already_imported": _t("This bundle was imported before; nothing changed."),
        "unknown_site": _t("No site is registered for this bundle's key."),
        "wrong_key": _t("The site is registered with another key."),
        "site_mismatch": _t("The key is registered for another site."),
        "inactive_site": _t("The site is deactivated."),
        "replayed": _t("An older bundle, or another with the same number, was imported already."),
        "out_of_order": _t("The bundle does not follow the last imported one."),
        "gap": _t("An earlier bundle is missing: import it first."),
        "not_a_zip": _t("The file is not a bundle."),
        "truncated": _t("The file is cut short: copy it again."),
        "too_large": _t("A size limit is exceeded."),
        "bad_name": _t("A file name outside the format."),
        "bad_layout": _t("The file was changed after signing."),
        "bad_manifest": _t("The manifest is damaged."),
        "unsupported_version": _t("The bundle is of a newer format version."),
        "bad_signature": _t("The signature does not match: the bundle was altered."),
        "missing_file": _t("A listed file is missing."),
        "extra_file": _t("The bundle holds an unlisted file."),
        "hash_mismatch": _t("A file's content differs from its recorded hash."),
        "bad_row": _t("A row does not fit head office's tables."),
        "database_error": _t("The head-office database refused the rows."),
        "bad_key": _t("The file is not an Ed25519 public key (PEM or 64 hex)."),
        "already_registered": _t("This public key is already registered."),
        "site_registered": _t("This site is already registered with another key."),
    }
    return reasons.get(code, code)


def status_text(status: str) -> str:
    return {
        "met": _t("Target met"),
        "improving": _t("Improving"),
        "off_target": _t("Off target"),
        "no_target": _t("No target"),
        "no_value": _t("No value"),
    }.get(status, status)
