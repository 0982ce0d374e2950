"""Opening a library reads every page once per process, not on every open.

``PRAGMA quick_check`` reads the whole file (0.45 s of CPU on 2 million ratings); a command
or the window opens the same library for every piece of work, so a file that passed keeps its
verdict while it is the same file, and is checked again once it changed.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from desktop_recsys.library import Library, NotALibraryError, db
from desktop_recsys.library.models import NewItem


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    real = db.connect_readonly

    def traced(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = real(*args, **kwargs)
        conn.set_trace_callback(lambda sql: seen.append(sql) if "quick_check" in sql else None)
        return conn

    monkeypatch.setattr(db, "connect_readonly", traced)
    return seen


def test_an_unchanged_library_is_checked_once_a_changed_one_again(
    tmp_path: Path, checks: list[str]
) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        lib.items.add_many(NewItem("film", f"Film {i}") for i in range(2000))
    checks.clear()
    for _ in range(3):
        Library.open(path).close()
    assert len(checks) == 1
    time.sleep(0.05)
    with Library.open(path) as lib:  # its own write reaches the file when it closes
        lib.profiles.add("Ann")
    Library.open(path).close()
    assert len(checks) == 1

    time.sleep(0.05)  # a later write: the file's time moves (timestamps tick in milliseconds)
    data = bytearray(path.read_bytes())
    data[4096:20000] = b"\xff" * (20000 - 4096)  # damaged after it passed: same size
    path.write_bytes(bytes(data))
    with pytest.raises(NotALibraryError):
        Library.open(path)
    assert len(checks) == 2
