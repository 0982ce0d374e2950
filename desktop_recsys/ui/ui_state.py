"""Remembered window state: geometry, splitters, column widths, sort orders, choices.

Kept in the application's own settings file (``Settings.extra["ui"]``) rather than in
``QSettings``: one file per user that the tests can point at a temporary folder, written
atomically with the rest of the settings. Binary Qt states travel as base64 text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QHeaderView, QSplitter

from desktop_recsys.config import Settings


class UiState:
    """A small key-value store over a settings object (or a plain dict in tests)."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings if settings is not None else Settings()
        ui = self.settings.extra.get("ui")
        if not isinstance(ui, dict):
            ui = {}
            self.settings.extra["ui"] = ui
        self._values: dict[str, Any] = ui

    # -- plain values ----------------------------------------------------------------------
    def value(self, key: str, default: Any = None) -> Any:
        return self._values.get(key, default)

    def set_value(self, key: str, value: Any) -> None:
        self._values[key] = value

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
