"""The base every repository shares: the library it works on, and the clock.

A repository needs only two things of its :class:`~desktop_recsys.library.db.Library`: the
connection and write transactions (:class:`LibraryHandle`). Naming that as a protocol keeps the
repositories from importing ``library.db``, which builds them.
"""

from __future__ import annotations

import sqlite3
import time
from contextlib import AbstractContextManager
from typing import Protocol


class LibraryHandle(Protocol):
    """What a repository uses of its library: the connection and write transactions."""

    @property
    def conn(self) -> sqlite3.Connection:
        """The library's one connection."""
        ...

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        """A write transaction (nested calls become savepoints)."""
        ...


def timestamp() -> float:
    """Now, as stored in the library's time columns (seconds since the epoch)."""
    return time.time()


class Repository:
    """Base of the repositories: holds the library and reads its connection when needed."""

    def __init__(self, library: LibraryHandle) -> None:
        self._lib = library

    @property
    def _conn(self) -> sqlite3.Connection:
        return self._lib.conn
