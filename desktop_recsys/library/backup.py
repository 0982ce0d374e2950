"""Backups of a library file: a rolling set taken automatically, plus backup and restore on demand.

Every backup is a complete, self-contained SQLite file written with SQLite's online backup API
(so it is consistent even while another window writes to the library) under a temporary name
and renamed into place; it is created readable and writable by its owner only (``0600`` on
POSIX), because it holds the same private history as the library.

File names (all in one folder per library, see :func:`backups_dir_for`)::

    NAME.20240131-120501-123456-REASON.backup.sqlite    rolling set (REASON: scheduled,
                                                        import, manual, before-restore)
    NAME.v1-20240131-120501.backup.sqlite               before a schema upgrade (library.db)

The rolling set is kept to a limit (:data:`DEFAULT_KEEP`) by :func:`prune_backups`, oldest
first; upgrade backups count towards the limit like any other.

Restoring (:func:`restore_backup`) proves the backup before it touches the live file: SQLite's
``PRAGMA integrity_check``, the checks :meth:`Library.open` makes (application id, schema
version) and the app's own invariants (:mod:`desktop_recsys.library.checks`), first on the
backup and again on the copy that is about to become the library. Only then is the live file
replaced, in one ``os.replace``; the old live file is kept as a ``before-restore`` backup.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop_recsys.config.paths import library_folder_for
from desktop_recsys.library import migrations
from desktop_recsys.library.checks import check_library_file
from desktop_recsys.library.errors import (
    LibraryBusyError,
    LibraryError,
    LibraryUnavailableError,
    NotALibraryError,
)
from desktop_recsys.library.files import connect_readonly, copy_database, create_private_file
from desktop_recsys.library.locks import is_held, try_lock, unlock
from desktop_recsys.progress import Message

#: How many backups of one library are kept (oldest deleted first).
DEFAULT_KEEP = 10
SUFFIX = ".backup.sqlite"
_STAMP = "%Y%m%d-%H%M%S-%f"
# NAME.STAMP-REASON.backup.sqlite, or the upgrade's NAME.vN-STAMP.backup.sqlite.
_ROLLING = re.compile(r"^\.(\d{8}-\d{6}-\d{6})-([a-z][a-z0-9-]*)$")
_UPGRADE = re.compile(r"^\.v(\d+)-(\d{8}-\d{6})$")


def backups_dir_for(library_path: Path) -> Path:
    """The folder holding the backups of ``library_path``.

    The default library keeps them in the app's ``backups`` folder; any other library in a
    ``NAME-backups`` folder beside it (as its models live in ``NAME-models``).
    """
    return library_folder_for(library_path, "backups")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file of a library."""

    path: Path
    created: _dt.datetime
    reason: str
    size: int


def _parse(library_stem: str, path: Path) -> BackupInfo | None:
    name = path.name
    if not (name.startswith(library_stem + ".") and name.endswith(SUFFIX)):
        return None
    middle = name[len(library_stem) : -len(SUFFIX)]
    try:
        if m := _ROLLING.match(middle):
            created = _dt.datetime.strptime(m.group(1), _STAMP)
            reason = m.group(2)
        elif m := _UPGRADE.match(middle):
            created = _dt.datetime.strptime(m.group(2), "%Y%m%d-%H%M%S")
            reason = f"upgrade-from-v{m.group(1)}"
        else:
            return None
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path, created, reason, size)


def list_backups(library_path: Path, folder: Path | None = None) -> list[BackupInfo]:
    """The backups of ``library_path`` in ``folder`` (default: its backups folder), newest first."""
    library_path = Path(library_path)
    folder = folder or backups_dir_for(library_path)
    if not folder.is_dir():
        return []
    found = [_parse(library_path.stem, p) for p in folder.iterdir() if p.is_file()]
    backups = [b for b in found if b is not None]
    backups.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return backups


def prune_backups(library_path: Path, folder: Path | None = None, keep: int = DEFAULT_KEEP) -> int:
    """Delete all but the ``keep`` newest backups of ``library_path``; returns how many went."""
    removed = 0
    for old in list_backups(library_path, folder)[max(1, keep) :]:
        with contextlib.suppress(OSError):
            old.path.unlink()
            removed += 1
    return removed


def backup_name(library_path: Path, reason: str, when: _dt.datetime | None = None) -> str:
    """File name of a new rolling backup of ``library_path`` taken for ``reason``."""
    if not re.fullmatch(r"[a-z][a-z0-9-]*", reason):
        raise ValueError(f"backup reason {reason!r} must be lower-case letters, digits and -")
    stamp = (when or _dt.datetime.now()).strftime(_STAMP)
    return f"{Path(library_path).stem}.{stamp}-{reason}{SUFFIX}"


def take_backup(
    conn: sqlite3.Connection,
    library_path: Path,
    *,
    reason: str,
    folder: Path | None = None,
    keep: int | None = DEFAULT_KEEP,
) -> Path:
    """Add a backup of the open library ``conn`` to the rolling set; prune it to ``keep``."""
    folder = folder or backups_dir_for(library_path)
    target = copy_database(conn, folder / backup_name(library_path, reason))
    if keep is not None:
        prune_backups(library_path, folder, keep)
    return target


def verify_backup(path: Path, models_dir: Path | None = None) -> None:
    """Raise a one-line ``NotALibraryError`` unless ``path`` is a sound library file.

    Checks what :meth:`Library.open` checks (an SQLite file of this app, not from a newer
    version), SQLite's full ``integrity_check`` and the app's own invariants. Never writes.
    """
    path = Path(path)
    if not path.is_file():
        raise LibraryUnavailableError(
            Message(
                "backup {path} does not exist; 'desktop-recsys backup list' shows the backups",
                path=path,
            )
        )
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise NotALibraryError(
                Message(
                    "{path} is not a library backup (not an SQLite file); choose another backup",
                    path=path,
                )
            )
    try:
        conn = connect_readonly(path)
    except sqlite3.Error as exc:
        raise LibraryUnavailableError(
            Message(
                "cannot read backup {path}: {exc}; choose another backup", path=path, exc=str(exc)
            )
        ) from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != migrations.APPLICATION_ID:
            raise NotALibraryError(
                Message("{path} is not a desktop_recsys library; nothing was restored", path=path)
            )
        if version > migrations.SCHEMA_VERSION:
            raise NotALibraryError(
                Message(
                    "backup {path} was written by a newer version of desktop_recsys (schema {version}); update the app to restore it",
                    path=path,
                    version=version,
                )
            )
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
        if problems != ["ok"]:
            raise NotALibraryError(
                Message(
                    "backup {path} is damaged ({problem}); choose another backup",
                    path=path,
                    problem=problems[0],
                )
            )
    except sqlite3.DatabaseError as exc:
        raise NotALibraryError(
            Message(
                "backup {path} is damaged or not a library ({exc}); choose another backup",
                path=path,
                exc=str(exc),
            )
        ) from exc
    finally:
        conn.close()
    report = check_library_file(
        path, models_dir=models_dir, check_models=False, check_leftovers=False
    )
    if not report.ok:
        raise NotALibraryError(
            Message(
                "backup {path} fails the library's consistency checks ({problem}); choose another backup",
                path=path,
                problem=report.problems[0],
            )
        )


def _take_live_offline(live: Path) -> None:
    """Fold the live library's write-ahead log into it and leave no -wal file behind.

    Switching the journal mode away from WAL needs the only connection to the file, so this is
    also the test that no other window or command has the library open: otherwise SQLite says
    "locked" and the restore stops before anything changed. A stale -wal file next to the
    restored file would be replayed into it, which is why it must be gone first.
    """
    try:
        conn = sqlite3.connect(live, isolation_level=None, timeout=2.0)
    except sqlite3.Error as exc:
        raise LibraryError(
            Message("cannot open library {live}: {exc}", live=live, exc=str(exc))
        ) from exc
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            raise LibraryBusyError(
                Message(
                    "library {live} is in use by another window or command; close it and restore again (nothing was changed)",
                    live=live,
                )
            )
    except sqlite3.OperationalError as exc:
        raise LibraryBusyError(
            Message(
                "library {live} is in use by another window or command; close it and restore again (nothing was changed)",
                live=live,
            )
        ) from exc
    except sqlite3.DatabaseError:
        pass  # a damaged live file: it is being replaced, and kept as a raw copy below
    finally:
        conn.close()


def restore_backup(
    library_path: Path,
    backup_path: Path,
    *,
    folder: Path | None = None,
    keep: int | None = DEFAULT_KEEP,
) -> tuple[Path | None, Path]:
    """Replace the library at ``library_path`` with ``backup_path``, proven sound first.

    Returns ``(backup of the old live file or None if there was none, restored library)``.
    Raises a one-line ``LibraryError`` (and leaves the live file as it was) when the backup
    fails a check or the library is open elsewhere.
    """
    library_path = Path(library_path).expanduser().absolute()
    backup_path = Path(backup_path).expanduser().absolute()
    folder = folder or backups_dir_for(library_path)
    if backup_path == library_path:
        raise LibraryUnavailableError(
            Message("the backup to restore is the library itself; choose a backup file")
        )
    verify_backup(backup_path)
    library_path.parent.mkdir(parents=True, exist_ok=True)
    staged = library_path.with_name(f".{library_path.name}.restore.part")
    if staged.exists() and is_held(staged):
        raise LibraryBusyError(
            Message(
                "library {library_path} is being restored by another window or command; wait for it to finish (nothing was changed)",
                library_path=library_path,
            )
        )
    staged.unlink(missing_ok=True)
    source = connect_readonly(backup_path)
    try:
        copy_database(source, staged)
    finally:
        source.close()
    # Locked until it replaces the library: a command opening the library meanwhile must not
    # take it for the leftover of a killed restore (library.leftovers).
    hold: int | None = os.open(staged, os.O_RDONLY)
    try_lock(hold)
    try:
        # The copy is what will become the library: prove it, not only its source.
        verify_backup(staged)
        kept: Path | None = None
        if library_path.exists() and library_path.stat().st_size > 0:
            _take_live_offline(library_path)
            kept = _keep_old_live(library_path, folder)
        for side in ("-wal", "-shm", "-journal"):
            Path(f"{library_path}{side}").unlink(missing_ok=True)
        # Let go first: after the rename this would be a descriptor of the library itself.
        unlock(hold)
        os.close(hold)
        hold = None
        os.replace(staged, library_path)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    finally:
        if hold is not None:
            unlock(hold)
            os.close(hold)
    _fsync_dir(library_path.parent)
    if keep is not None:
        prune_backups(library_path, folder, max(keep, 1))
    return kept, library_path


def _keep_old_live(live: Path, folder: Path) -> Path:
    """Copy the live file into the backup set before it is replaced (raw copy if damaged)."""
    target = folder / backup_name(live, "before-restore")
    try:
        conn = connect_readonly(live)
        try:
            return copy_database(conn, target)
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        # Damaged beyond what the backup API reads: keep its bytes, they may still be rescued.
        folder.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".part")
        create_private_file(tmp)
        shutil.copyfile(live, tmp)
        os.replace(tmp, target)
        return target


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); harmless to skip where folders cannot be opened."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
