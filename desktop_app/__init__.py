"""The Qingyuan application: CLI, Qt-free services, and the Qt shell in `desktop_app.ui`."""

__version__ = "0.1.0"
