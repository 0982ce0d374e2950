"""Remembered window state: geometry, splitters, column widths, sort orders, choices.

Kept in the application's own settings file (``Settings.extra["ui"]``) rather than in
``QSettings``: one file per user that the tests can point at a temporary folder, written
atomically with the rest of the settings. Binary Qt states travel as base64 text.

Settings the Settings dialog edits live here too, each under one key that every reader uses
(``theme``, ``language``, ``training_threads``, ``idle_retrain``). Whoever applies a setting
while the app runs (the composition root: the runner's threads, idle retraining) registers
with :meth:`UiState.watch` and hears every change at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QHeaderView, QSplitter

from desktop_recsys.config import Settings

_MISSING = object()


#: Key of the idle-retraining switch. Settings files written before the switch was in the
#: Settings dialog kept it at the top level (``"idle_retrain": false``); it is moved here.
IDLE_RETRAIN = "idle_retrain"

#: Key of "Show community profiles": a data set's users (``ml:42``) in the profile pickers.
SHOW_COMMUNITY = "show_community_profiles"


class UiState:
    """A small key-value store over a settings object (or a plain dict in tests)."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings if settings is not None else Settings()
        ui = self.settings.extra.get("ui")
        if not isinstance(ui, dict):
            ui = {}
            self.settings.extra["ui"] = ui
        self._values: dict[str, Any] = ui
        self._watchers: dict[str, list[Callable[[Any], None]]] = {}
        # One place for the switch: an older file's top-level value is carried over (a value
        # already under "ui" wins) and the old key dropped, so the two can never disagree.
        if IDLE_RETRAIN in self.settings.extra:
            old = self.settings.extra.pop(IDLE_RETRAIN)
            if IDLE_RETRAIN not in ui and isinstance(old, bool):
                ui[IDLE_RETRAIN] = old

    # -- plain values ----------------------------------------------------------------------
    def value(self, key: str, default: Any = None) -> Any:
        return self._values.get(key, default)

    def set_value(self, key: str, value: Any) -> None:
        changed = self._values.get(key, _MISSING) != value
        self._values[key] = value
        if changed:
            for callback in list(self._watchers.get(key, ())):
                callback(value)

    def watch(self, key: str, callback: Callable[[Any], None]) -> None:
        """Call ``callback(new value)`` whenever :meth:`set_value` changes ``key``."""
        self._watchers.setdefault(key, []).append(callback)

    @property
    def idle_retrain(self) -> bool:
        """Retrain out-of-date models while the app is idle (on unless switched off)."""
        return self._values.get(IDLE_RETRAIN, True) is not False

    @idle_retrain.setter
    def idle_retrain(self, on: bool) -> None:
        self.set_value(IDLE_RETRAIN, bool(on))

    # -- library folders -------------------------------------------------------------------
    # Per library (the key is the library file's absolute path): a folder scanned into one
    # library must not be rescanned into another.
    @staticmethod
    def _key(path: Path | str) -> str:
        return str(Path(path).expanduser().absolute())

    def library_folders(self, library: Path | str) -> dict[str, str]:
        """The folders scanned into ``library``: folder -> the profile its rating tags count
        for ("" for none), in the order they were first scanned."""
        every = self._values.get("library_folders")
        mine = every.get(self._key(library)) if isinstance(every, dict) else None
        if not isinstance(mine, dict):
            return {}
        return {str(k): str(v or "") for k, v in mine.items()}

    def remember_library_folder(
        self, library: Path | str, folder: Path | str, profile: str | None = None
    ) -> None:
        """Note that ``folder`` was scanned into ``library`` (Settings offers to rescan it)."""
        every = self._values.get("library_folders")
        if not isinstance(every, dict):
            every = {}
            self._values["library_folders"] = every
        mine = every.setdefault(self._key(library), {})
        mine[self._key(folder)] = profile or ""

    def forget_library_folder(self, library: Path | str, folder: Path | str) -> None:
        every = self._values.get("library_folders")
        if isinstance(every, dict) and isinstance(every.get(self._key(library)), dict):
            every[self._key(library)].pop(self._key(folder), None)

    @property
    def last_profile(self) -> str | None:
        return self.settings.last_profile

    @last_profile.setter
    def last_profile(self, name: str | None) -> None:
        self.settings.last_profile = name

    # -- Qt states -------------------------------------------------------------------------
    def _bytes(self, key: str) -> QByteArray | None:
        text = self._values.get(key)
        if not isinstance(text, str) or not text:
            return None
        return QByteArray.fromBase64(text.encode("ascii"))

    def _set_bytes(self, key: str, data: QByteArray) -> None:
        self._values[key] = bytes(data.toBase64().data()).decode("ascii")

    def save_header(self, key: str, header: QHeaderView) -> None:
        """Column widths, order and the sort indicator of a table's header."""
        self._set_bytes(f"header/{key}", header.saveState())

    def restore_header(self, key: str, header: QHeaderView) -> bool:
        data = self._bytes(f"header/{key}")
        return bool(data is not None and header.restoreState(data))

    def save_splitter(self, key: str, splitter: QSplitter) -> None:
        self._set_bytes(f"splitter/{key}", splitter.saveState())

    def restore_splitter(self, key: str, splitter: QSplitter) -> bool:
        data = self._bytes(f"splitter/{key}")
        return bool(data is not None and splitter.restoreState(data))

    def save_bytes(self, key: str, data: QByteArray) -> None:
        self._set_bytes(key, data)

    def load_bytes(self, key: str) -> QByteArray | None:
        return self._bytes(key)
