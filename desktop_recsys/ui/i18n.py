"""The interface's language: English (the source strings) or Simplified Chinese.

Qt's translation system: every visible string goes through ``tr()``; the sources are
``resources/translations/desktop_recsys_<locale>.ts`` (``pyside6-lupdate``), compiled to
``.qm`` by ``scripts/build_translations.py`` (``pyside6-lrelease``). The compiled files are
kept beside the sources so a checkout runs without a build step; a test checks they are up to
date. Qt's own strings (OK, Cancel, file dialogs) come from Qt's ``qtbase_<locale>.qm``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop_recsys.config import resources_dir

#: Locales with a translation (English needs none).
TRANSLATED = ("zh_CN",)
DOMAIN = "desktop_recsys"


def translations_dir() -> Path:
    """Where the ``.ts`` sources and compiled ``.qm`` files are."""
    return resources_dir() / "translations"


def resolve_language(choice: str | None, system: QLocale | None = None) -> str:
    """``en`` or a locale of :data:`TRANSLATED` for a setting (``system`` or None: the
    system's language if there is a translation for it, else English)."""
    if choice and choice != "system":
        return choice if choice in TRANSLATED else "en"
    locale = system if system is not None else QLocale.system()
    for ui_language in locale.uiLanguages():
        code = ui_language.replace("-", "_")
        if code.startswith("zh") and "Hant" not in code and code not in ("zh_TW", "zh_HK"):
            return "zh_CN"
        if code.startswith("en"):
            return "en"
    return "en"


def install_translators(app: QApplication, choice: str | None) -> str:
    """Load the translations for ``choice`` into ``app``; returns the language now in use.

    Earlier translators installed by this function are removed first, so it may be called
    again (tests switch languages). A missing ``.qm`` falls back to English.
    """
    for old in getattr(app, "_desktop_recsys_translators", []):
        app.removeTranslator(old)
    installed: list[QTranslator] = []
    language = resolve_language(choice)
    if language != "en":
        ours = QTranslator(app)
        if ours.load(f"{DOMAIN}_{language}", str(translations_dir())):
            app.installTranslator(ours)
            installed.append(ours)
        else:
            language = "en"
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if language != "en" and qt.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qt)
            installed.append(qt)
    app._desktop_recsys_translators = installed  # type: ignore[attr-defined]
    return language
