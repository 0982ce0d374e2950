"""Backups as use cases: on demand, on a schedule, before a large import, and restore.

The mechanics (file names, the rolling limit, proving a backup sound) live in
:mod:`desktop_recsys.library.backup`; this module decides *when* a backup is taken:

- :func:`backup_now`: a person asked (CLI ``backup``, Settings).
- :func:`list_backups`, :func:`backups_folder`: what the Settings dialog shows.
- :func:`backup_if_due`: the app calls it once at start; it backs up when the newest backup
  is older than ``max_age_days`` (default :data:`SCHEDULE_DAYS`).
- :func:`backup_before_import`: the import jobs call it on their open library before a large
  import (a data set, a folder scan, a big file), so one bad import is one restore away.
- before a schema upgrade: :meth:`desktop_recsys.library.Library.open` itself.

Every function opens its own connection, so it runs from a job, the CLI or a test alike.
"""

from __future__ import annotations

import datetime as _dt
import errno
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library, leftovers
from desktop_recsys.library import backup as backups
from desktop_recsys.library.backup import DEFAULT_KEEP, BackupInfo
from desktop_recsys.library.checks import check_library
from desktop_recsys.library.models import LibraryStats
from desktop_recsys.progress import Message

log = logging.getLogger(__name__)

#: Days after which the app takes a scheduled backup at start.
SCHEDULE_DAYS = 7.0
#: Import kinds that bring a whole data set or a folder: always backed up before (if the
#: library already holds something).
LARGE_IMPORT_KINDS = frozenset(
    # Other players' histories too: they may replace ratings a person gave (issue 17).
    {"movielens", "lastfm-hetrec", "folder", "library", "profile",
     "strawberry", "clementine", "rhythmbox", "kodi"}
)  # fmt: skip
#: Any other import from a file at least this big is backed up before too.
LARGE_IMPORT_BYTES = 1 << 20


def backup_now(
    library_path: str | Path,
    *,
    out: str | Path | None = None,
    folder: str | Path | None = None,
    keep: int = DEFAULT_KEEP,
) -> Path:
    """Back up the library now: into the rolling set, or to ``out`` (kept outside the set)."""
    path = Path(library_path).expanduser()
    if not path.is_file():
        raise UserError(
            Message("library {path} does not exist; nothing to back up", path=str(path))
        )
    with Library.open(path) as library:
        if out is not None:
            target = Path(out).expanduser()
            if target.is_dir():
                target = target / backups.backup_name(path, "manual")
            if target.absolute() == library.path:
                raise UserError(Message("the backup file cannot be the library itself"))
            if not target.parent.is_dir():
                raise UserError(
                    Message(
                        "cannot write {path}: folder {folder} does not exist",
                        path=str(target),
                        folder=str(target.parent),
                    )
                )
            try:
                # Outside the backups folder: the owner marker tells the next command where a
                # killed copy's .part file is (library.leftovers).
                with leftovers.working(library.path, parts=[str(target.parent), target.name]):
                    return backups.copy_database(library.conn, target)
            except OSError as exc:
                raise UserError(
                    Message(
                        "cannot write {path}: {reason}",
                        path=str(target),
                        reason=_write_reason(exc),
                    )
                ) from exc
        where = Path(folder) if folder else backups.backups_dir_for(library.path)
        with leftovers.working(library.path, parts=[str(where), f"{library.path.stem}."]):
            return _take(library, "manual", folder, keep)


def _write_reason(exc: OSError) -> str:
    """Why a backup could not be written, with what to do, for a one-line message."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full; free some space and back up again (the library is unchanged)"
    if exc.errno == errno.EROFS:
        return "the disk is read-only; choose another folder (the library is unchanged)"
    if exc.errno in (errno.EIO, errno.EFBIG):
        return (
            "the disk refused the write (a failing disk, or a file too large for it); check "
            "the disk or choose another folder (the library is unchanged)"
        )
    return f"{exc.strerror or exc} (the library is unchanged)"


def _take(library: Library, reason: str, folder: str | Path | None, keep: int) -> Path:
    try:
        return backups.take_backup(
            library.conn,
            library.path,
            reason=reason,
            folder=Path(folder) if folder else None,
            keep=keep,
        )
    except OSError as exc:
        raise UserError(
            Message(
                "cannot write a backup of {path}: {reason}",
                path=str(library.path),
                reason=_write_reason(exc),
            )
        ) from exc


def list_backups(library_path: str | Path, folder: str | Path | None = None) -> list[BackupInfo]:
    """The library's backups (``BackupInfo``: path, created, reason, size), newest first; a
    directory listing, cheap enough for the GUI thread (the Settings dialog lists them)."""
    return backups.list_backups(Path(library_path).expanduser(), Path(folder) if folder else None)


def backups_folder(library_path: str | Path) -> Path:
    """Where the library's backups are kept (it may not exist yet)."""
    return backups.backups_dir_for(Path(library_path))


def backup_if_due(
    library_path: str | Path,
    *,
    max_age_days: float = SCHEDULE_DAYS,
    folder: str | Path | None = None,
    keep: int = DEFAULT_KEEP,
    now: _dt.datetime | None = None,
) -> Path | None:
    """Take a ``scheduled`` backup if the newest one is older than ``max_age_days`` (or there
    is none) and the library holds anything; returns the new backup or None."""
    path = Path(library_path).expanduser()
    if not path.is_file():
        return None
    newest = list_backups(path, folder)
    now = now or _dt.datetime.now()
    if newest and now - newest[0].created < _dt.timedelta(days=max_age_days):
        return None
    with Library.open(path) as library:
        if library.stats.is_empty():
            return None
        return _take(library, "scheduled", folder, keep)


def is_large_import(kind: str, source_path: str | Path) -> bool:
    """Whether an import of ``kind`` from ``source_path`` deserves a backup first."""
    if kind in LARGE_IMPORT_KINDS:
        return True
    try:
        return os.path.getsize(source_path) >= LARGE_IMPORT_BYTES
    except OSError:
        return False


def backup_before_import(
    library: Library,
    kind: str,
    source_path: str | Path,
    *,
    folder: str | Path | None = None,
    keep: int = DEFAULT_KEEP,
) -> Path | None:
    """Before a large import into the open ``library``: add an ``import`` backup to the set.

    An empty library is not backed up (there is nothing to lose). A backup that cannot be
    written (a full disk) stops the import with a one-line error before anything changed.
    """
    if not is_large_import(kind, source_path) or library.stats.is_empty():
        return None
    return _take(library, "import", folder, keep)


@dataclass(frozen=True)
class RestoreResult:
    """What :func:`restore` did."""

    library: Path
    restored_from: Path
    #: The live file as it was before the restore (None if there was no live file).
    previous: Path | None
    stats: LibraryStats


def restore(
    library_path: str | Path,
    backup_file: str | Path,
    *,
    folder: str | Path | None = None,
    keep: int = DEFAULT_KEEP,
) -> RestoreResult:
    """Replace the library with ``backup_file`` after proving the backup sound.

    The backup must pass ``integrity_check``, the checks of :meth:`Library.open` and the
    app's consistency checks; the live file is kept as a ``before-restore`` backup and then
    replaced atomically. Afterwards the restored library is opened the normal way (upgrading
    an older schema, with its own backup) and checked once more.
    """
    path = Path(library_path).expanduser()
    previous, restored = backups.restore_backup(
        path, Path(backup_file), folder=Path(folder) if folder else None, keep=keep
    )
    with Library.open(restored) as library:
        report = check_library(library.conn, check_models=False)
        if not report.ok:  # cannot happen after verify_backup; kept as the last word
            raise UserError(
                Message(
                    "the restored library fails its checks ({problem}); the previous library "
                    "is kept at {path}",
                    problem=report.problems[0],
                    path=str(previous),
                )
            )
        stats = library.stats.collect()
    log.info("restored %s from %s (previous kept at %s)", restored, backup_file, previous)
    return RestoreResult(restored, Path(backup_file), previous, stats)
