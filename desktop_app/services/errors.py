"""Refusals the services raise. They carry codes, not sentences: the UI translates the code.

`detail` holds the offending value or a short technical hint for logs and the CLI.
"""

from __future__ import annotations


class ConfigurationError(ValueError):
    """A configuration change that cannot be made as asked (bad value, clash, missing parent)."""

    def __init__(self, code: str, detail: str = "", field: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail
        self.field = field
