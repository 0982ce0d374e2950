"""Owner locks: a file that says "a living process is working on this".

A command that may leave something half-done behind (a training run, a backup being copied, an
export being written) holds an operating-system lock on a file for as long as it works. The
operating system drops the lock the moment the process ends, however it ends (a crash, a
SIGKILL, a power cut), so the next command can tell a live writer's files from a dead one's
and sweep only the latter (:mod:`desktop_recsys.library.leftovers`).

POSIX: ``flock`` (whole-file, advisory; independent of the ``fcntl`` locks SQLite takes).
Windows: ``msvcrt.locking`` on one byte far past the end of the file, so the lock never stands
in the way of the file's own reads and writes. Written here rather than taken from a package:
the one operation needed ("try to lock this existing file, without creating it") is a few
lines on each platform.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt

#: Where the Windows lock byte lives: past the end of any real file.
_WINDOWS_LOCK_OFFSET = 1 << 40


def try_lock(fd: int) -> bool:
    """Take the owner lock on an open file without waiting; False if a process holds it."""
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:  # pragma: no cover - Windows
            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            os.lseek(fd, 0, os.SEEK_SET)
    except OSError:
        return False
    return True


def unlock(fd: int) -> None:
    with contextlib.suppress(OSError):
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_UN)
        else:  # pragma: no cover - Windows
            pos = os.lseek(fd, 0, os.SEEK_CUR)
            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
            os.lseek(fd, pos, os.SEEK_SET)


def is_held(path: Path) -> bool:
    """Whether a living process holds the owner lock on ``path`` (False if it is gone)."""
    try:
        fd = os.open(path, os.O_RDONLY if fcntl is not None else os.O_RDWR)
    except OSError:
        return False
    try:
        if try_lock(fd):
            unlock(fd)
            return False
        return True
    finally:
        os.close(fd)


@contextlib.contextmanager
def owner_lock(path: Path, content: str = "") -> Iterator[Path]:
    """Create ``path`` (it must not exist), hold its owner lock while the block runs, then
    remove it. ``content`` (what the owner may leave behind) is written before the block starts.
    """
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        if not try_lock(fd):  # pragma: no cover - a file made just now cannot be locked
            raise OSError(f"cannot lock {path}")
        if content:
            os.write(fd, content.encode("utf-8"))
        yield path
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)
        unlock(fd)
        os.close(fd)
