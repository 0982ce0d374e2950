"""Private files: creating a file its owner alone may read, and copying a live database.

A library holds a person's private history, and so does every copy of it (backups, the
pre-upgrade copy). These helpers are shared by :mod:`~desktop_recsys.library.db` (a new
library, the upgrade backup) and :mod:`~desktop_recsys.library.backup` (the rolling set,
restores).
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from desktop_recsys.library.errors import LibraryBusyError
from desktop_recsys.library.locks import is_held, try_lock
from desktop_recsys.progress import Message

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
    if tmp.exists() and is_held(tmp):
        raise LibraryBusyError(
            Message(
                "{target} is being written by another command; try again shortly", target=target
            )
        )
    tmp.unlink(missing_ok=True)
    # Private, and locked while it is written: a command that finds it after a kill knows
    # its writer is gone (library.leftovers sweeps it).
    fd = os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    try:
        make_private(tmp)
        try_lock(fd)
        dest = sqlite3.connect(tmp)
        try:
            conn.backup(dest)
        except sqlite3.OperationalError as exc:
            # SQLite's "database or disk is full" is the file system's ENOSPC, and its "disk
            # I/O error" a write the disk refused otherwise (EIO, or EFBIG past a file-size
            # limit such as FAT32's 4 GiB): callers explain OSErrors in one line.
            if exc.sqlite_errorcode == sqlite3.SQLITE_FULL:
                raise OSError(errno.ENOSPC, "No space left on device", str(target)) from exc
            if exc.sqlite_errorcode & 0xFF == sqlite3.SQLITE_IOERR:
                raise OSError(errno.EIO, "Input/output error", str(target)) from exc
            raise
        finally:
            dest.close()
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        # The copy's rollback journal, left when the disk filled up mid-copy.
        Path(f"{tmp}-journal").unlink(missing_ok=True)
        raise
    finally:
        os.close(fd)
    return target


def connect_readonly(path: Path, *, timeout: float = 5.0) -> sqlite3.Connection:
    """A read-only connection to the database at ``path`` that adds no files beside it.

    A read-only connection to a write-ahead-log database creates its ``-wal`` and ``-shm``
    files and, unable to clean up, leaves them behind: a refused file, a backup or a staged
    restore would gain two stray companions. When no ``-wal`` file exists nobody has the
    database open for writing and everything is in the main file, so it is read as immutable
    (no companions, no locks); otherwise the ordinary read-only way (the companions are there).
    """
    path = Path(path).absolute()
    uri = f"{path.as_uri()}?mode=ro"
    if _is_wal_file(path) and not Path(f"{path}-wal").exists():
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True, timeout=timeout)


def _is_wal_file(path: Path) -> bool:
    """Whether the SQLite header says write-ahead log (file format versions 2)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(20)
    except OSError:
        return False
    return len(header) == 20 and header[18] == 2
