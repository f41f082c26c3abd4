"""Language switching at run time. Source strings are English; Chinese comes from the .qm file."""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "en")


def translations_dir() -> Path:
    return Path(str(resources.files("resources") / "translations"))


class LanguageSwitcher(QObject):
    """Owns the installed translators; switching sends LanguageChange to every widget."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translators: list[QTranslator] = []
        self.language = "en"

    def switch(self, language: str) -> bool:
        app = QCoreApplication.instance()
        assert app is not None
        # The language first: removing a translator already sends LanguageChange, and the
        # pages read `is_chinese` while they handle it.
        self.language = language if language in LANGUAGES else DEFAULT_LANGUAGE
        QLocale.setDefault(QLocale(self.language))
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators.clear()
        if self.language == "en":
            return True
        loaded = self._load(translations_dir(), f"qingyuan_{self.language}")
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        self._load(Path(qt_dir), f"qtbase_{self.language}")
        if not loaded:
            log.warning("no compiled translation for %s in %s", self.language, translations_dir())
        return loaded

    def _load(self, directory: Path, name: str) -> bool:
        translator = QTranslator(self)
        if not translator.load(name, str(directory)):
            return False
        app = QCoreApplication.instance()
        assert app is not None
        app.installTranslator(translator)
        self._translators.append(translator)
        return True

    @property
    def is_chinese(self) -> bool:
        return self.language.startswith("zh")
