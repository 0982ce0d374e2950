"""Two commands at once (issue 14, section 4), with real processes and real locks.

- Commands creating the same new library at the same moment all succeed and use one library
  (creation is serialised by SQLite's write lock; a command that finds the file created by
  another one meanwhile uses it).
- A training that ends while another process holds the library's write lock for longer than
  the busy timeout waits (saying so) and keeps its model instead of throwing it away.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from reliability_helpers import child_env, count, write_tiny_movielens

from desktop_recsys.library import Library, migrations
from desktop_recsys.library.db import BUSY_TIMEOUT_MS
from desktop_recsys.services.import_service import import_movielens
from desktop_recsys.services.training_service import train_model

pytestmark = pytest.mark.subprocess

_OPENER = """
import sys, time
from desktop_recsys.library import Library
path, at, name = sys.argv[1], float(sys.argv[2]), sys.argv[3]
while time.time() < at:
    pass
with Library.open(path) as lib:
    lib.profiles.add(name)
print("ok")
"""


def test_commands_creating_one_new_library_at_once_all_use_it(tmp_path: Path) -> None:
    rounds, processes = 6, 3
    for n in range(rounds):
        path = tmp_path / f"new{n}.sqlite"
        start = time.time() + 1.0  # every process is up and spinning before this moment
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", _OPENER, str(path), repr(start), f"p{i}"],
                env=child_env(tmp_path),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for i in range(processes)
        ]
        for proc in procs:
            out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err
            assert out.strip() == "ok"
        assert count(path, "SELECT count(*) FROM profiles") == processes
        assert count(path, "PRAGMA user_version") == migrations.SCHEMA_VERSION


_HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
"""


def test_a_training_that_ends_during_a_long_write_lock_keeps_its_model(tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite"
    import_movielens(library, write_tiny_movielens(tmp_path / "ml", films=8, users=5))
    models = tmp_path / "models"
    hold = BUSY_TIMEOUT_MS / 1000 + 2.0  # longer than any single wait for the lock
    holder: list[subprocess.Popen[str]] = []
    messages: list[str] = []

    def progress(fraction: float, message: object) -> None:
        text = str(message)
        messages.append(text)
        if "Saving" in text and not holder:
            # Another process (an import, say) takes the write lock just as training ends.
            proc = subprocess.Popen(
                [sys.executable, "-c", _HOLDER, str(library), str(hold)],
                env=child_env(tmp_path),
                stdout=subprocess.PIPE,
                text=True,
            )
            assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
            holder.append(proc)

    started = time.monotonic()
    run_id = train_model(library, models, kind="film", algorithm="popularity", progress=progress)
    waited = time.monotonic() - started
    holder[0].wait(timeout=60)

    assert waited >= hold - 1.0  # it really waited for the other process
    assert any("waiting for the library" in m for m in messages)
    with Library.open(library) as lib:
        run = lib.model_runs.get(run_id)
    assert run is not None and run.status == "ready"
    assert (models / str(run.file)).is_file()


def test_a_cancel_while_waiting_for_the_lock_leaves_no_model_behind(tmp_path: Path) -> None:
    import sqlite3

    from desktop_recsys.errors import Cancelled
    from desktop_recsys.progress import CancelToken

    library = tmp_path / "lib.sqlite"
    import_movielens(library, write_tiny_movielens(tmp_path / "ml", films=8, users=5))
    models = tmp_path / "models"
    token = CancelToken()
    holder = sqlite3.connect(library, isolation_level=None)

    def progress(fraction: float, message: object) -> None:
        if "Saving" in str(message):
            holder.execute("BEGIN IMMEDIATE")  # another connection takes the write lock
        if "waiting for the library" in str(message):
            token.cancel()  # the person gives up waiting

    try:
        with pytest.raises(Cancelled):
            train_model(
                library, models, kind="film", algorithm="popularity", progress=progress,
                cancel=token,
            )  # fmt: skip
    finally:
        holder.execute("COMMIT")
        holder.close()
    with Library.open(library) as lib:  # the next command sets the run straight
        (run,) = lib.model_runs.list()
    assert run.status in ("cancelled", "failed") and run.file is None
    assert not models.exists() or list(models.iterdir()) == []  # the saved model is gone
