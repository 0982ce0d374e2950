"""The media library: SQLite storage, repositories, importers and exporters. No Qt here."""

from desktop_recsys.library.db import Library
from desktop_recsys.library.errors import (
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
