"""Private files: creating a file its owner alone may read, and copying a live database.

A library holds a person's private history, and so does every copy of it (backups, the
pre-upgrade copy). These helpers are shared by :mod:`~desktop_recsys.library.db` (a new
library, the upgrade backup) and :mod:`~desktop_recsys.library.backup` (the rolling set,
restores).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

#: Owner read/write only.
PRIVATE_MODE = 0o600


def make_private(path: Path) -> None:
    """Owner read/write only (POSIX); a no-op where permissions mean something else."""
    if os.name == "posix":
        os.chmod(path, PRIVATE_MODE)


def create_private_file(path: Path) -> None:
    """Create an empty file with mode 0600 before SQLite opens it.

    SQLite creates a new database (and later its -wal and -shm files, which copy the main file's
    mode) with ``0644 & ~umask``: readable by everyone on most systems. Creating the file first
    with the right mode closes that window instead of tightening it afterwards.
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    os.close(fd)
    make_private(path)  # the umask may have removed bits we asked for, never added them


def copy_database(conn: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy of the database behind ``conn`` at ``target`` (private, atomic).

    Written with SQLite's online backup API under a temporary name and renamed into place.
    """
    # A folder made for backups is private too (its file names tell when a person imported).
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    create_private_file(tmp)
    try:
        dest = sqlite3.connect(tmp)
        try:
            conn.backup(dest)
        finally:
            dest.close()
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target
