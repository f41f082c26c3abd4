"""Use cases, one function per user action, shared by the CLI, the Qt pages and the tests.

Each write takes the acting user, checks the role, runs in one transaction and records the
change log. Nothing here imports Qt.
"""
