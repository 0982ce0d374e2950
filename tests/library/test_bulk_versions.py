"""Bulk writes move the change counters exactly as the row triggers would, at half the cost.

A batch of at least ``BULK_ROWS`` ratings or plays is written with the counter triggers paused
and the counters moved once per kind (benchmarks/README.md has the speed). These tests write
the same rows into two libraries, one in long batches (the bulk path) and one in short ones
(the row triggers), and compare every counter and every row.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest

from desktop_recsys.library import Library
from desktop_recsys.library.models import NewItem
from desktop_recsys.library.repositories.bulk_versions import BULK_ROWS

N = BULK_ROWS + 500


def _library(path: Path) -> tuple[Library, list[int], list[int], list[int]]:
    lib = Library.open(path)
    tracks = lib.items.add_many(NewItem("track", f"t{i}") for i in range(300))
    films = lib.items.add_many(NewItem("film", f"f{i}") for i in range(200))
    profiles = [lib.profiles.add(f"p{i}").id for i in range(40)]
    return lib, tracks, films, profiles


def _pairs(rng: np.random.Generator, profiles: list[int], items: list[int], n: int) -> list:
    seen: set[tuple[int, int]] = set()
    while len(seen) < n:
        seen.add((int(rng.choice(profiles)), int(rng.choice(items))))
    return sorted(seen)


def _write(lib: Library, method: str, rows: list, chunk: int) -> None:
    for start in range(0, len(rows), chunk):
        getattr_path = method.split(".")
        getattr(getattr(lib, getattr_path[0]), getattr_path[1])(rows[start : start + chunk])


def _state(lib: Library) -> dict:
    conn = lib.conn
    return {
        "versions": conn.execute(
            "SELECT kind, version FROM data_versions ORDER BY kind"
        ).fetchall(),
        "ratings": conn.execute("SELECT * FROM ratings ORDER BY 1, 2").fetchall(),
        "plays": conn.execute(
            "SELECT profile_id, item_id, played_at, completed, skipped, count FROM plays "
            "ORDER BY 1, 2, 3, 6"
        ).fetchall(),
        "triggers": conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
        ).fetchall(),
    }


def _scenario(lib: Library, tracks: list[int], films: list[int], profiles: list[int], chunk: int):
    rng = np.random.default_rng(7)
    items = tracks + films
    first = _pairs(rng, profiles, items, N)
    _write(lib, "ratings.set_many", [(p, i, 3.0, 1.0e9) for p, i in first], chunk)
    # Again: a third unchanged, a third with a new value, a third with a new time; plus new pairs.
    again = [
        (p, i, 3.0 if k % 3 else 4.5, 1.0e9 if k % 3 != 1 else 1.1e9)
        for k, (p, i) in enumerate(first)
    ]
    fresh = [pair for pair in _pairs(rng, profiles, items, N) if pair not in set(first)]
    _write(lib, "ratings.set_many", again + [(p, i, 2.0, 1.2e9) for p, i in fresh], chunk)
    # A merge: same value without a time (no change), a changed value, a new time, new pairs.
    merged = [
        (p, i, (4.5 if k % 3 == 0 else 3.0) if k % 4 else 1.0, None if k % 2 else 1.3e9)
        for k, (p, i) in enumerate(first)
    ]
    _write(lib, "ratings.merge_many", merged, chunk)
    plays = [(p, i, 1.0e9 + k, 1.0, k % 5 == 0, 1) for k, (p, i) in enumerate(first)]
    _write(lib, "plays.add_many", plays, chunk)
    counts = [(p, i, None, 1 + k % 4) for k, (p, i) in enumerate(fresh)]
    _write(lib, "plays.merge_many", counts, chunk)
    counts_again = [(p, i, None, 1 + k % 3) for k, (p, i) in enumerate(fresh)]  # some changed
    _write(lib, "plays.merge_many", counts_again, chunk)
    detailed = [(p, i, 2.0e9 + k, 1, 0.5, False) for k, (p, i) in enumerate(first)]
    _write(lib, "plays.merge_detailed", detailed, chunk)


def test_long_batches_count_what_the_row_triggers_count(tmp_path: Path) -> None:
    bulk, tracks, films, profiles = _library(tmp_path / "bulk.sqlite")
    rows, *_ = _library(tmp_path / "rows.sqlite")
    try:
        assert _state(bulk)["versions"] == _state(rows)["versions"]
        statements: list[str] = []
        bulk.conn.set_trace_callback(statements.append)
        _scenario(bulk, tracks, films, profiles, chunk=10 * N)  # one long batch each
        bulk.conn.set_trace_callback(None)
        paused = [s for s in statements if s.startswith("DROP TRIGGER")]
        assert len(paused) == 7 * 3  # the bulk path ran once for each of the seven writes
        _scenario(rows, tracks, films, profiles, chunk=BULK_ROWS - 1)  # row triggers only
        a, b = _state(bulk), _state(rows)
        assert a["ratings"] == b["ratings"] and a["plays"] == b["plays"]
        assert a["versions"] == b["versions"]
        assert a["triggers"] == b["triggers"]  # every trigger is back, as it was
        film_version = dict(a["versions"])["film"]
        assert film_version > 200 and dict(a["versions"])["track"] > 300
        # The triggers work after a bulk write: one more rating of a film counts one.
        bulk.ratings.set(profiles[0], films[0], 0.5, 1.5e9)
        assert dict(_state(bulk)["versions"])["film"] == film_version + 1
    finally:
        bulk.close()
        rows.close()


def test_a_failed_bulk_write_changes_nothing_and_keeps_the_triggers(tmp_path: Path) -> None:
    lib, tracks, _films, profiles = _library(tmp_path / "lib.sqlite")
    try:
        before = _state(lib)
        rows = [(profiles[k % 40], tracks[k % 300], 3.0, 1.0e9 + k) for k in range(N)]
        rows[-1] = (profiles[0], 999_999, 3.0, 1.0e9)  # an item that does not exist
        with pytest.raises(sqlite3.IntegrityError):
            lib.ratings.set_many(rows)
        with pytest.raises(sqlite3.IntegrityError):
            lib.plays.add_many([(p, i, t, 1.0, False, 1) for p, i, _, t in rows])
        assert _state(lib) == before
    finally:
        lib.close()


def test_another_connection_never_sees_the_triggers_missing(tmp_path: Path) -> None:
    lib, tracks, _films, profiles = _library(tmp_path / "lib.sqlite")
    other = sqlite3.connect(tmp_path / "lib.sqlite")
    try:
        names = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'ratings%'"
        expected = other.execute(names).fetchone()[0]
        with lib.transaction():
            lib.ratings.set_many([(profiles[k % 40], tracks[k % 300], 4.0, None) for k in range(N)])
            assert other.execute(names).fetchone()[0] == expected  # mid-transaction
        assert other.execute(names).fetchone()[0] == expected
    finally:
        other.close()
        lib.close()
