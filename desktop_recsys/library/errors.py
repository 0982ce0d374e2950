"""The library's errors: one-line :class:`~desktop_recsys.errors.UserError` subclasses.

Opening, upgrading, writing, backing up and restoring a library raise these; each message names
the file and says what to do. They live apart from :mod:`~desktop_recsys.library.db` and
:mod:`~desktop_recsys.library.backup` so that both (and the checks they share) can raise them
without importing each other.
"""

from __future__ import annotations

from desktop_recsys.errors import UserError


class LibraryError(UserError):
    """A library file cannot be opened or written; the message says which file and why."""


class NotALibraryError(LibraryError):
    """The file is not SQLite, is damaged, or belongs to another program."""


class NewerLibraryError(LibraryError):
    """The library was written by a newer version of the app."""


class LibraryUnavailableError(LibraryError):
    """The file or its folder is missing, read-only or not a file."""


class LibraryBusyError(LibraryError):
    """Another program kept the library locked for longer than the busy timeout."""


class UpgradeError(LibraryError):
    """A schema upgrade failed; the original file is unchanged and a backup exists."""


class BackupError(Exception):
    """Base for backup problems (the backup module raises the :class:`LibraryError` kinds)."""
