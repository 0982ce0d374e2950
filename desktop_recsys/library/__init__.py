"""The media library: SQLite storage, repositories, importers and exporters. No Qt here."""

from desktop_recsys.library.db import (
    Library,
    LibraryBusyError,
    LibraryError,
    LibraryUnavailableError,
    NewerLibraryError,
    NotALibraryError,
    UpgradeError,
)

__all__ = [
    "Library",
    "LibraryBusyError",
    "LibraryError",
    "LibraryUnavailableError",
    "NewerLibraryError",
    "NotALibraryError",
    "UpgradeError",
]
