"""The language of what runs without a window (the command line, reports written by it).

The window translates with Qt (``ui/i18n.py``); below it there is no Qt, so this module reads
the same translations, ``resources/translations/desktop_recsys_<locale>.ts``, with the
standard library's XML parser: :class:`Catalog` looks up a context's strings and translates a
:class:`~desktop_recsys.progress.Message` by its template (context ``"messages"``, arguments
that are Messages too). One catalogue for both, so the command line says what the window says.

:func:`command_line_language` picks the language: the setting the window uses (``language``
under ``ui`` in the settings file) unless it is ``system``, else ``LC_ALL``, ``LC_MESSAGES``,
``LANG`` or ``LANGUAGE``: a ``zh`` locale other than Traditional gives Simplified Chinese.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping
from functools import lru_cache

from desktop_recsys.config.cjk_spacing import format_spaced
from desktop_recsys.config.paths import resources_dir

#: Locales with a translation (English needs none); the same as the window's.
TRANSLATED = ("zh_CN",)


def locale_language(value: str) -> str | None:
    """``zh_CN`` or ``en`` for a POSIX locale name (``zh_CN.UTF-8``), None if neither."""
    code = value.split(".")[0].split("@")[0].replace("-", "_")
    if code.startswith("zh"):
        return None if code in ("zh_TW", "zh_HK") or "Hant" in code else "zh_CN"
    if code.startswith("en") or code in ("C", "POSIX"):
        return "en"
    return None


def command_line_language(choice: str | None, environ: Mapping[str, str]) -> str:
    """``en`` or a locale of :data:`TRANSLATED`: ``choice`` (the setting) unless it is empty
    or ``system``, else the first locale variable set, else English."""
    if choice and choice != "system":
        return choice if choice in TRANSLATED else "en"
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name)
        if value:
            return locale_language(value) or "en"
    for part in environ.get("LANGUAGE", "").split(":"):
        found = locale_language(part) if part else None
        if found:
            return found
    return "en"


class Catalog:
    """Finished translations of one language, by context and English source."""

    def __init__(self, language: str, entries: Mapping[tuple[str, str], str]) -> None:
        self.language = language
        self._entries = dict(entries)
        self._genres: dict[str, str] | None = None

    def text(self, context: str, source: str) -> str:
        return self._entries.get((context, source)) or source

    def words(self, context: str, sources: tuple[str, ...]) -> dict[str, str]:
        """``sources`` that have a translation, translated (for a report's fixed texts)."""
        return {s: self._entries[(context, s)] for s in sources if (context, s) in self._entries}

    def message(self, value: object) -> str:
        """A :class:`~desktop_recsys.progress.Message` in this language (its arguments that
        are Messages too); any other value as ``str``."""
        names = getattr(value, "names", None)
        if isinstance(names, tuple):  # progress.Terms: names from the data
            return self.terms(names)
        template = getattr(value, "template", None)
        args = getattr(value, "args", None)
        if template is None or not isinstance(args, dict):
            return str(value)
        translated = self._entries.get(("messages", template))
        if not translated:
            return str(value)
        shown = {k: self.message(v) if hasattr(v, "template") else v for k, v in args.items()}
        try:
            return format_spaced(translated, **shown)
        except (KeyError, IndexError, ValueError):
            return str(value)

    def terms(self, names: tuple[str, ...]) -> str:
        """Genre names, moods and tags from the data: the standard ones translated (context
        ``"Genres"``, matched without regard to case, as the window's tables do), the others
        as they are."""
        if self._genres is None:
            self._genres = {
                source.casefold(): text
                for (context, source), text in self._entries.items()
                if context == "Genres" and source != ", "
            }
        shown = [self._genres.get(name.casefold(), name) for name in names]
        return self.text("Genres", ", ").join(shown)


@lru_cache(maxsize=4)
def catalog(language: str) -> Catalog:
    """The catalogue of ``language`` (empty for English or a missing file)."""
    if language not in TRANSLATED:
        return Catalog("en", {})
    path = resources_dir() / "translations" / f"desktop_recsys_{language}.ts"
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return Catalog("en", {})
    entries: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            if translation.text:
                entries[(name, message.findtext("source") or "")] = translation.text
    return Catalog(language, entries)
