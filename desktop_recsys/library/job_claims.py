"""Which recorded jobs a living window owns: the liveness check behind "interrupted".

A window records its background jobs in the library's ``jobs`` table
(:mod:`desktop_recsys.jobs.history`). When the window is killed its rows stay ``queued`` or
``running``, and the next window to start marks them ``interrupted``. A second window open on
the same library at the same moment must not do that to the first one's rows, which are alive.

So each window holds an owner lock (:mod:`desktop_recsys.library.locks`) on a claims file beside
the library, ``.LIBRARY.jobs-TOKEN.lock``, and writes into it the id of every job row it
creates, before that row's transaction commits. The operating system drops the lock the moment
the process ends, however it ends. At start, under the library's write lock (so no row can be
created between the look and the update), rows claimed in a held file are alive and left alone;
every other ``queued`` or ``running`` row is interrupted, and the dead claims files are removed
(:func:`live_job_ids`, used by ``services.recovery_service``).
"""

from __future__ import annotations

import contextlib
import glob
import os
import secrets
import threading
import time
from pathlib import Path

from desktop_recsys.library.locks import is_held, try_lock, unlock


def _claims_glob(library: Path) -> str:
    # The name as written: a library may be called "Music [FLAC].sqlite".
    return glob.escape(f".{library.name}.") + "jobs-*.lock"


class JobClaims:
    """One window's claims file on one library: held while the window lives."""

    def __init__(self, library: str | os.PathLike[str]) -> None:
        library = Path(library).expanduser().absolute()
        self.path = library.with_name(f".{library.name}.jobs-{secrets.token_hex(6)}.lock")
        self._mutex = threading.Lock()
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_APPEND, 0o600)
        # Another window's look (live_job_ids) may hold the lock for an instant: try again.
        for _attempt in range(100):
            if try_lock(fd):
                break
            time.sleep(0.01)
        else:  # pragma: no cover - nobody holds a new file's lock for a second
            os.close(fd)
            with contextlib.suppress(OSError):
                os.unlink(self.path)
            raise OSError(f"cannot lock {self.path}")
        self._fd: int | None = fd

    def claim(self, job_id: int) -> None:
        """Record that this window owns job row ``job_id`` (call before its row commits)."""
        with self._mutex:
            if self._fd is not None:
                os.write(self._fd, f"{int(job_id)}\n".encode("ascii"))

    def close(self) -> None:
        """Let go of the claims (the window is closing): remove the file, drop the lock."""
        with self._mutex:
            fd, self._fd = self._fd, None
            if fd is None:
                return
            with contextlib.suppress(OSError):
                os.unlink(self.path)
            unlock(fd)
            os.close(fd)


def _ids(path: Path) -> set[int]:
    try:
        text = path.read_text(encoding="ascii", errors="replace")
    except OSError:
        return set()
    return {int(line) for line in text.split() if line.isdigit()}


#: An empty claims file nobody holds is left alone this long: it may be a window's file in the
#: instant between its creation and its lock (it claims nothing yet, so it protects nothing).
_YOUNG_S = 60.0


def live_job_ids(library: str | os.PathLike[str]) -> tuple[set[int], list[Path]]:
    """The job rows that living windows own, and the claims files of windows that are gone
    (to remove)."""
    library = Path(library).expanduser().absolute()
    alive: set[int] = set()
    dead: list[Path] = []
    with contextlib.suppress(OSError):
        for path in sorted(library.parent.glob(_claims_glob(library))):
            if is_held(path):
                alive |= _ids(path)
                continue
            with contextlib.suppress(OSError):
                st = path.stat()
                if st.st_size or time.time() - st.st_mtime > _YOUNG_S:
                    dead.append(path)
    return alive, dead
