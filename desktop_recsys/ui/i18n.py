"""The interface's language: English (the source strings) or Simplified Chinese.

Qt's translation system: every visible string goes through ``tr()``; the sources are
``resources/translations/desktop_recsys_<locale>.ts`` (``pyside6-lupdate``), compiled to
``.qm`` by ``scripts/build_translations.py`` (``pyside6-lrelease``). The compiled files are
kept beside the sources so a checkout runs without a build step; a test checks they are up to
date. Qt's own strings (OK, Cancel, file dialogs) come from Qt's ``qtbase_<locale>.qm``.

Text made below the interface (job progress, explanations, notes, errors) arrives as
:class:`desktop_recsys.progress.Message`; :func:`translate_message` shows it in the interface's
language. Its templates are listed for the translators in :mod:`desktop_recsys.ui.message_catalog`
(context ``"messages"``).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop_recsys.config import resources_dir
from desktop_recsys.config.cjk_spacing import format_spaced
from desktop_recsys.errors import UserError
from desktop_recsys.progress import Message, Terms
from desktop_recsys.ui.common import term_text

log = logging.getLogger(__name__)

#: Locales with a translation (English needs none).
TRANSLATED = ("zh_CN",)
DOMAIN = "desktop_recsys"
#: The translation context of every :class:`~desktop_recsys.progress.Message` template.
MESSAGE_CONTEXT = "messages"


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
    app.setProperty("desktopRecsysLanguage", language)
    return language


#: The locale that writes dates and times for each interface language when the system's
#: locale is another language or none (C, POSIX).
_LANGUAGE_LOCALES = {"en": "en_US", "zh_CN": "zh_CN"}


def interface_locale(system: QLocale | None = None) -> QLocale:
    """The locale for dates and times in the interface's language: the system's own when it
    speaks that language (an en_GB system keeps its day/month order), else the language's
    usual one. Under the C locale (a container, ``LANG=C.UTF-8``) Qt's short format was
    "7 12 2026 09:29", inside a Chinese or an English sentence alike."""
    app = QCoreApplication.instance()
    language = str((app.property("desktopRecsysLanguage") if app else None) or "en")
    system = system if system is not None else QLocale.system()
    wanted = QLocale(_LANGUAGE_LOCALES.get(language, "en_US"))
    if system.language() == wanted.language() and system.language() != QLocale.Language.C:
        return system
    return wanted


def html_language() -> str:
    """The interface's language as an HTML language tag (``en``, ``zh-CN``)."""
    app = QCoreApplication.instance()
    language = app.property("desktopRecsysLanguage") if app is not None else None
    return str(language or "en").replace("_", "-")


def report_words() -> dict[str, str]:
    """The HTML evaluation report's fixed texts in the interface's language."""
    from desktop_recsys.ui.message_catalog import REPORT_WORDS  # only an export needs it

    return {word: QCoreApplication.translate("report", word) for word in REPORT_WORDS}


def translate_message(text: object) -> str:
    """``text`` in the interface's language: a :class:`~desktop_recsys.progress.Message` is
    looked up by its English template (context ``"messages"``) and formatted with its
    arguments, arguments that are Messages translated first. A plain ``str`` comes back
    unchanged, ``None`` as ``""``.

    Never raises: a template without a translation keeps its English wording (with any
    translated arguments), and a translation that does not format (a placeholder renamed by
    mistake) falls back to the English text.
    """
    if text is None:
        return ""
    if not isinstance(text, Message):
        return text if isinstance(text, str) else str(text)
    if isinstance(text, Terms):  # names from the data: the standard ones translated
        return term_text(text.names)
    english = str.__str__(text)
    try:
        args = {
            key: translate_message(value) if isinstance(value, Message) else value
            for key, value in text.args.items()
        }
        translated = QCoreApplication.translate(MESSAGE_CONTEXT, text.template)
        if not translated:
            translated = text.template
        return format_spaced(translated, **args) if args else translated
    except (KeyError, IndexError, ValueError, TypeError, AttributeError) as exc:
        log.warning("translation of %r does not format (%s); showing English", text.template, exc)
        return english


def error_text(exc: BaseException) -> str:
    """An error's one line in the interface's language: a :class:`UserError` raised with a
    Message is translated; any other error shows its own text."""
    if isinstance(exc, UserError):
        return translate_message(exc.message)
    return str(exc)


def _problem_line(problem: Any) -> str:
    """One problem of an import report, indented: ``file:line: reason`` with the reason in
    the interface's language."""
    where = getattr(problem, "where", None)
    if where is None:
        return f"  {problem}"
    return f"  {where}: {translate_message(problem.reason)}"


def import_report_lines(report: Any, max_problems: int = 10) -> list[str]:
    """An import report's summary (``ImportReport.summary_lines``) in the interface's
    language: one line per counted kind, then the first problems (their file and line as the
    importer wrote them, a reason written as a Message translated) and the notes."""
    from desktop_recsys.ui.message_catalog import IMPORT_OUTCOMES  # only an import needs it

    def word(text: str) -> str:
        return QCoreApplication.translate(MESSAGE_CONTEXT, text)

    def outcome(text: str) -> str:
        return QCoreApplication.translate("import_report", IMPORT_OUTCOMES.get(text, text))

    translate = QCoreApplication.translate
    lines: list[str] = []
    separator = translate("import_report", ", ")
    for what, outcomes in report.counts.items():
        detail = separator.join(
            translate("import_report", "{0:,} {1}").format(n, outcome(name))
            for name, n in outcomes.items()
        )
        lines.append(translate("import_report", "{0}: {1}").format(word(what), detail))
    if report.problem_count:
        problems = translate("import_report", "{0:,} problem(s), rows skipped:")
        lines.append(problems.format(report.problem_count))
        lines.extend(_problem_line(problem) for problem in report.problems[:max_problems])
        if report.problem_count > max_problems:
            more = translate("import_report", "… and {0:,} more")
            lines.append("  " + more.format(report.problem_count - max_problems))
    cleaned_count = getattr(report, "cleaned_count", 0)
    if cleaned_count:
        cleaned = translate("import_report", "{0:,} value(s) imported after cleaning:")
        lines.append(cleaned.format(cleaned_count))
        lines.extend(_problem_line(value) for value in report.cleaned[:max_problems])
        if cleaned_count > max_problems:
            more = translate("import_report", "… and {0:,} more")
            lines.append("  " + more.format(cleaned_count - max_problems))
    note = translate("import_report", "Note: {0}")
    lines.extend(note.format(translate_message(text)) for text in report.notes)
    return lines
