"""Opening, checking, upgrading and transacting on a library file.

Rules (see ARCHITECTURE.md, Storage): foreign keys on, WAL journal, a busy timeout, every write
in a transaction, one connection per thread. A :class:`Library` owns exactly one connection and
is used from the thread that opened it; background jobs open their own :class:`Library` on the
same path.

Opening never damages a file it cannot use: a file that is not SQLite, a database of another
program, a library from a newer version of the app, a missing or read-only folder all raise a
:class:`LibraryError` (one line, naming the file and what to do) before anything is written.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from desktop_recsys.library import backup as backups
from desktop_recsys.library import leftovers, migrations
from desktop_recsys.library import repositories as repos
from desktop_recsys.library.errors import (
    LibraryBusyError,
    LibraryError,
    LibraryUnavailableError,
    NewerLibraryError,
    NotALibraryError,
    UpgradeError,
)
from desktop_recsys.library.files import connect_readonly, copy_database, create_private_file
from desktop_recsys.library.fts import fts_text, title_rank
from desktop_recsys.progress import Message

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def _configure(conn: sqlite3.Connection, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> None:
    conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    conn.execute("PRAGMA foreign_keys = ON")
    # 32 MB of page cache: bulk imports insert into several indexes in random key order, and
    # SQLite's 2 MB default turns that into disk reads.
    conn.execute("PRAGMA cache_size = -32768")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.create_function("dr_fts_text", 1, fts_text, deterministic=True)
    conn.create_function("dr_title_rank", 2, title_rank, deterministic=True)


def _inspect(path: Path, *, defer_check: bool = False) -> tuple[int, int, int]:
    """(application_id, user_version, number of schema objects) read without writing.

    Read as immutable when no other program has the file open (no ``-wal``), so a refused file
    gains no companions; if it looks damaged read that way but another program has opened it
    meanwhile (it may have been writing under the read), it is looked at again the usual way.
    """
    try:
        return _inspect_once(path, defer_check=defer_check)
    except NotALibraryError:
        if not Path(f"{path}-wal").exists():
            raise
        return _inspect_once(path, plain=True, defer_check=defer_check)


#: Files whose ``quick_check`` passed in this process, by (device, inode, size, mtime): the
#: check reads every page (0.45 s of CPU on a library of 2 million ratings), and a person's
#: command or the window opens the same library for every piece of work. Any change to the
#: file's identity, size or time (a write reaching it, a copy over it) checks it again.
_checked: set[tuple[int, int, int, int]] = set()
#: Files whose check was put off (:func:`check_deferred` runs it): opens skip it meanwhile.
_deferred: set[tuple[int, int, int, int]] = set()
#: Files whose put-off check failed: never put off again in this process.
_failed: set[tuple[int, int, int, int]] = set()
_checked_lock = threading.Lock()


def _identity(path: Path) -> tuple[int, int, int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns


def _inspect_once(
    path: Path, *, plain: bool = False, defer_check: bool = False
) -> tuple[int, int, int]:
    identity = _identity(path)
    try:
        conn = (
            sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
            if plain
            else connect_readonly(path)
        )
    except sqlite3.Error as exc:
        raise LibraryUnavailableError(
            Message("cannot open library {path}: {exc}", path=path, exc=str(exc))
        ) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        objects = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        with _checked_lock:
            known_good = identity is not None and (identity in _checked or identity in _deferred)
            # Put off only for a current library (an upgrade rewrites it: checked first).
            if (
                defer_check
                and identity is not None
                and identity not in _failed
                and app_id == migrations.APPLICATION_ID
                and version == migrations.SCHEMA_VERSION
            ):
                _deferred.add(identity)
                known_good = True
        if objects and not known_good:
            check = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
            if check == "ok" and identity is not None and identity == _identity(path):
                with _checked_lock:
                    _checked.add(identity)
            if check != "ok":
                raise NotALibraryError(
                    Message(
                        "library {path} is damaged ({problem}); restore a backup or choose "
                        "another file",
                        path=str(path),
                        problem=check,
                    )
                )
        return app_id, version, objects
    except sqlite3.DatabaseError as exc:
        raise NotALibraryError(
            Message(
                "{path} is not a readable desktop_recsys library ({problem}); choose another file",
                path=str(path),
                problem=str(exc),
            )
        ) from exc
    finally:
        conn.close()


def check_deferred(path: str | os.PathLike[str]) -> Message | None:
    """Run the ``quick_check`` an open with ``defer_check`` put off (on its own read-only
    connection; a read, safe beside the window's work). None when the file is sound (later
    opens then skip the check, also of the states this process's own writes gave the file
    meanwhile), else the one-line problem (later opens check again, and refuse it)."""
    path = Path(path).expanduser().absolute()
    identity = _identity(path)
    problem: str | None = None
    try:
        # Not immutable (as connect_readonly may be): the opener is writing to it meanwhile.
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            check = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        finally:
            conn.close()
        problem = None if check == "ok" else " ".join(str(check).split())  # one line
    except sqlite3.DatabaseError as exc:
        problem = " ".join(str(exc).split())
    with _checked_lock:
        mine = {i for i in _deferred if identity is not None and i[:2] == identity[:2]}
        _deferred.difference_update(mine)
        if problem is None:
            _checked.update(mine)
            if identity is not None and identity == _identity(path):
                _checked.add(identity)
        else:
            _failed.update(mine | ({identity} if identity is not None else set()))
    if problem is None:
        return None
    return Message(
        "library {path} is damaged ({problem}); restore a backup or choose another file",
        path=str(path),
        problem=problem,
    )


def optimize(conn: sqlite3.Connection) -> None:
    """SQLite's refresh of its query statistics (``PRAGMA optimize``), as every close runs it.

    SQLite analyses a table again at every close while one of its indexes has no statistics
    row, and ``ANALYZE`` writes none for an index that holds nothing: the partial index of
    content hashes is empty in a library without files (films, catalogues), so every close
    read all the items again (0.16 s on 50,000). Once the items were analysed, that empty
    index is recorded as empty; the next ``ANALYZE`` of the items replaces the row.
    """
    conn.execute("PRAGMA optimize")
    conn.execute(
        "INSERT INTO sqlite_stat1 (tbl, idx, stat) SELECT 'items', 'items_content_hash', '0 0' "
        "WHERE EXISTS (SELECT 1 FROM sqlite_stat1 WHERE tbl = 'items') "
        "AND NOT EXISTS (SELECT 1 FROM sqlite_stat1 WHERE idx = 'items_content_hash') "
        "AND NOT EXISTS (SELECT 1 FROM items WHERE content_hash IS NOT NULL)"
    )


def backup_file(conn: sqlite3.Connection, target: Path) -> Path:
    """Copy the database behind ``conn`` to ``target`` with SQLite's online backup API.

    The copy is private to its owner (0600 on POSIX) like the library itself.
    """
    return copy_database(conn, target)


def _check_location(path: Path) -> bool:
    """Raise if the path cannot hold a library; return whether a non-empty file is there."""
    if path.is_dir():
        raise LibraryUnavailableError(
            Message("library path {path} is a folder; give a file name", path=path)
        )
    folder = path.parent
    if not folder.is_dir():
        raise LibraryUnavailableError(
            Message(
                "cannot create library {path}: folder {folder} does not exist; create it or choose another file",
                path=path,
                folder=folder,
            )
        )
    exists = path.exists()
    if exists and not path.is_file():
        raise LibraryUnavailableError(
            Message("library path {path} is not a regular file; give a library file", path=path)
        )
    writable = os.access(folder, os.W_OK) and (not exists or os.access(path, os.W_OK))
    if not writable:
        raise LibraryUnavailableError(
            Message(
                "library {path} is read-only (or its folder is); copy it to a writable folder",
                path=str(path),
            )
        )
    if exists and path.stat().st_size > 0:
        with path.open("rb") as handle:
            if handle.read(16) != SQLITE_HEADER:
                raise NotALibraryError(
                    Message(
                        "{path} is not a desktop_recsys library (not an SQLite file); "
                        "choose another file",
                        path=str(path),
                    )
                )
        return True
    return False


def _sweep(conn: sqlite3.Connection, path: Path, busy_timeout_ms: int) -> leftovers.Leftovers:
    """Set straight what killed commands left behind (:mod:`~desktop_recsys.library.leftovers`).

    Never in the way of opening: a library another command is writing to is swept next time.
    """
    conn.execute("PRAGMA busy_timeout = 100")
    try:
        return leftovers.sweep(conn, path)
    except (sqlite3.Error, OSError) as exc:
        log.warning("could not set straight what stopped commands left beside %s: %s", path, exc)
        return leftovers.Leftovers()
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")


class Library:
    """An open library file: one configured connection plus the typed repositories.

    Use :meth:`open`; close with :meth:`close` or a ``with`` block. The object belongs to the
    thread that opened it.
    """

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn
        self._savepoints = 0
        self._thread = threading.get_ident()
        #: What opening swept away (left by commands that were killed).
        self.swept = leftovers.Leftovers()
        self._before_first_write: Callable[[], object] | None = None
        self.meta = repos.MetaRepository(self)
        self.items = repos.ItemRepository(self)
        self.profiles = repos.ProfileRepository(self)
        self.ratings = repos.RatingRepository(self)
        self.plays = repos.PlayRepository(self)
        self.friends = repos.FriendshipRepository(self)
        self.marks = repos.MarkRepository(self)
        self.playlists = repos.PlaylistRepository(self)
        self.model_runs = repos.ModelRunRepository(self)
        self.jobs = repos.JobRepository(self)
        self.stats = repos.StatsRepository(self)
        self.audio_features = repos.AudioFeatureRepository(self)

    # -- opening -------------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        *,
        backup_dir: Path | None = None,
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
        defer_check: bool = False,
        _tries: int = 20,
    ) -> Library:
        """Open (creating or upgrading if needed) the library at ``path``.

        A library of an older schema is first copied to ``backup_dir`` (default: its backups
        folder, see :func:`desktop_recsys.library.backup.backups_dir_for`) as
        ``NAME.v{old}-{time}.backup.sqlite``; the upgrade then runs in one transaction. A new
        library file is created readable by its owner only (0600 on POSIX). ``busy_timeout_ms`` is how long a write waits for another program's lock.

        ``defer_check``: skip SQLite's ``quick_check`` of a current library (it reads every
        page: 0.4 s on 2 million ratings); the caller must run :func:`check_deferred` soon
        after and tell the person if it fails (the window does, after it shows).
        """
        path = Path(path).expanduser().absolute()
        has_content = _check_location(path)
        version = 0
        if has_content:
            app_id, version, objects = _inspect(path, defer_check=defer_check)
            if objects and app_id != migrations.APPLICATION_ID:
                raise NotALibraryError(
                    Message(
                        "{path} is an SQLite database of another program, not a desktop_recsys "
                        "library; choose another file",
                        path=str(path),
                    )
                )
            if version > migrations.SCHEMA_VERSION:
                raise NewerLibraryError(
                    Message(
                        "library {path} was written by a newer version of desktop_recsys (schema {version}, this version reads up to {newest}); update the app",
                        path=path,
                        version=version,
                        newest=migrations.SCHEMA_VERSION,
                    )
                )
        if not path.exists():
            # A new library is private from its first byte: SQLite would create it (and its
            # -wal/-shm files, which copy its mode) world-readable.
            with contextlib.suppress(FileExistsError):  # another window created it just now
                create_private_file(path)
        try:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=True)
        except sqlite3.Error as exc:
            raise LibraryUnavailableError(
                Message("cannot open library {path}: {exc}", path=path, exc=str(exc))
            ) from exc
        try:
            _configure(conn, busy_timeout_ms)
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise LibraryUnavailableError(
                    Message(
                        "library {path} cannot use write-ahead logging (journal mode {mode}); move it to a local disk",
                        path=path,
                        mode=mode,
                    )
                )
            # FULL in WAL mode: a commit survives a power cut, not only a crash; bulk writes
            # are batched in one transaction so the extra fsync costs little.
            conn.execute("PRAGMA synchronous = FULL")
            if version < migrations.SCHEMA_VERSION:
                cls._upgrade(conn, path, version, backup_dir)
            swept = _sweep(conn, path, busy_timeout_ms)
        except sqlite3.OperationalError as exc:
            conn.close()
            if ("locked" in str(exc) or "busy" in str(exc)) and version == 0 and _tries > 1:
                # Another command is creating this new library this very moment (switching it
                # to WAL takes a lock SQLite does not wait for): open it again once it is made.
                time.sleep(0.05)
                return cls.open(
                    path, backup_dir=backup_dir, busy_timeout_ms=busy_timeout_ms, _tries=_tries - 1
                )
            if "locked" in str(exc) or "busy" in str(exc):
                raise LibraryBusyError(
                    Message(
                        "library {path} is locked by another program; close it and try again",
                        path=str(path),
                    )
                ) from exc
            raise LibraryUnavailableError(
                Message("cannot use library {path}: {exc}", path=path, exc=str(exc))
            ) from exc
        except BaseException:
            conn.close()
            raise
        library = cls(path, conn)
        library.swept = swept
        return library

    @staticmethod
    def _upgrade(
        conn: sqlite3.Connection, path: Path, version: int, backup_dir: Path | None
    ) -> None:
        backup: Path | None = None
        if version > 0:
            stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            # The upgrade backup joins the library's rolling set (and its limit).
            folder = backup_dir or backups.backups_dir_for(path)
            backup = backup_file(conn, folder / f"{path.stem}.v{version}-{stamp}.backup.sqlite")
            backups.prune_backups(path, folder)
        try:
            migrations.upgrade(conn, version)
        except Exception as exc:
            # Another command may have created or upgraded the file since it was inspected
            # (two commands opening a new library at once): the upgrade then fails on tables
            # that exist, rolled back whole. The file is that command's work: use it.
            with contextlib.suppress(sqlite3.Error):
                now = conn.execute("PRAGMA user_version").fetchone()[0]
                app_id = conn.execute("PRAGMA application_id").fetchone()[0]
                if (
                    version < now <= migrations.SCHEMA_VERSION
                    and app_id == migrations.APPLICATION_ID
                ):
                    if now < migrations.SCHEMA_VERSION:
                        Library._upgrade(conn, path, now, backup_dir)
                    return
            if backup:
                raise UpgradeError(
                    Message(
                        "upgrading library {path} from schema {version} failed ({exc}); the file "
                        "is unchanged; a backup is at {backup}",
                        path=path,
                        version=version,
                        exc=str(exc),
                        backup=backup,
                    )
                ) from exc
            raise UpgradeError(
                Message(
                    "upgrading library {path} from schema {version} failed ({exc}); the file "
                    "is unchanged",
                    path=path,
                    version=version,
                    exc=str(exc),
                )
            ) from exc

    # -- using ---------------------------------------------------------------------------
    @property
    def conn(self) -> sqlite3.Connection:
        """The connection, for repositories only (no SQL outside ``library/``)."""
        return self._conn

    @property
    def schema_version(self) -> int:
        return self._conn.execute("PRAGMA user_version").fetchone()[0]

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction (``BEGIN IMMEDIATE``); nested calls become savepoints.

        Everything inside commits together or not at all; a lock held too long by another
        program becomes a :class:`LibraryBusyError`.
        """
        conn = self._conn
        if conn.in_transaction:
            self._savepoints += 1
            name = f"sp{self._savepoints}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield conn
            except BaseException:
                # A full disk (or I/O error) makes SQLite roll the whole transaction back by
                # itself; the savepoint is gone then, and the original error is what matters.
                if conn.in_transaction:
                    conn.execute(f"ROLLBACK TO {name}")
                    conn.execute(f"RELEASE {name}")
                raise
            else:
                conn.execute(f"RELEASE {name}")
            finally:
                self._savepoints -= 1
            return
        if self._before_first_write is not None:
            hook, self._before_first_write = self._before_first_write, None
            hook()
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise self._busy(exc) from exc
        try:
            yield conn
        except sqlite3.OperationalError as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            mapped = self._busy(exc)
            if type(mapped) is LibraryError:
                raise
            raise mapped from exc
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise self._busy(exc) from exc

    def _busy(self, exc: sqlite3.OperationalError) -> LibraryError:
        text = str(exc)
        if "locked" in text or "busy" in text:
            return LibraryBusyError(
                Message(
                    "library {path} is busy in another program or window; try again shortly",
                    path=str(self.path),
                )
            )
        if "readonly" in text or "read-only" in text:
            return LibraryUnavailableError(
                Message("library {path} is read-only; nothing was changed", path=str(self.path))
            )
        if "disk is full" in text or "database or disk is full" in text:
            return LibraryUnavailableError(
                Message(
                    "the disk holding library {path} is full; nothing was changed: free some space and try again",
                    path=self.path,
                )
            )
        return LibraryError(Message("library {path}: {text}", path=self.path, text=text))

    def before_first_write(self, hook: Callable[[], object] | None) -> None:
        """Run ``hook`` once, just before the next write transaction of this connection begins
        (an import's backup: taken only once the import has read and checked its source and
        is about to change something). ``None`` drops a hook that has not run."""
        self._before_first_write = hook

    @contextlib.contextmanager
    def busy_timeout(self, milliseconds: int) -> Iterator[None]:
        """Wait at most ``milliseconds`` for another program's lock inside the block (a caller
        that retries, to show progress or see a cancel while it waits)."""
        old = self._conn.execute("PRAGMA busy_timeout").fetchone()[0]
        self._conn.execute(f"PRAGMA busy_timeout = {int(milliseconds)}")
        try:
            yield
        finally:
            self._conn.execute(f"PRAGMA busy_timeout = {int(old)}")

    def backup_to(self, target: Path) -> Path:
        """A consistent copy of the live library at ``target`` (SQLite online backup)."""
        return backup_file(self._conn, target)

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` has run (nothing can be read any more)."""
        return self._conn is None

    def close(self) -> None:
        """Close the connection (idempotent); lets SQLite refresh its query statistics first."""
        if self._conn is None:
            return
        before = _identity(self.path)
        with contextlib.suppress(sqlite3.Error):
            optimize(self._conn)
        self._conn.close()
        self._conn = None  # type: ignore[assignment]
        # Closing writes the file (statistics, the last checkpoint): SQLite's own write keeps
        # a file that passed its check a good file, so it needs no new check on the next open.
        after = _identity(self.path)
        with _checked_lock:
            if before in _checked and after is not None:
                _checked.add(after)
            elif before in _deferred and after is not None:
                _deferred.add(after)

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
