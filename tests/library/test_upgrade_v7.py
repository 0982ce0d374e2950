"""Schema version 7: a version-6 library upgrades in place, keeps every row, and every sort of
the Library table reads an index instead of sorting the whole kind.

``golden/library_v6.sqlite`` was written by the version-6 release (``make_golden_v6.py``): a
person's ratings, plays, marks, playlists, limits, a blind test, a sonic analysis, imported
history and a tag sync.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_recsys.library import Library, migrations
from desktop_recsys.library.fts import fold
from desktop_recsys.library.migrations_v7 import SORT_INDEXES
from desktop_recsys.library.models import NewItem
from desktop_recsys.library.queries import ITEM_SORTS, ItemQuery

GOLDEN_V6 = Path(__file__).with_name("golden") / "library_v6.sqlite"


def _tables(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    """Every row of every table (SQLite's own statistics aside), in a stable order."""
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    return {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}


def _copy_golden(path: Path) -> dict[str, list[tuple]]:
    shutil.copyfile(GOLDEN_V6, path)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone() == (6,)
        return _tables(conn)
    finally:
        conn.close()


def _item_indexes(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def test_the_golden_v6_library_upgrades_to_7_and_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "v6.sqlite"
    before = _copy_golden(path)
    assert before["profile_limits"] and before["ab_placements"] and before["tag_sync"]
    assert before["ratings"] and before["plays"] and before["audio_features"]
    with Library.open(path, backup_dir=tmp_path / "backups") as lib:
        assert lib.schema_version == migrations.SCHEMA_VERSION >= 7
        assert set(SORT_INDEXES) <= _item_indexes(lib.conn)
        # The limits still hold: the film above the limited profile's age stays hidden.
        limited = lib.conn.execute("SELECT profile_id FROM profile_limits").fetchone()[0]
        from desktop_recsys.services import limits

        hidden = limits.blocked_ids(lib, limited)
        rated_r = lib.conn.execute("SELECT id FROM items WHERE min_age = 17").fetchone()[0]
        assert rated_r in hidden
    conn = sqlite3.connect(path)
    try:
        after = _tables(conn)
    finally:
        conn.close()
    assert after.keys() == before.keys()
    for table, rows in before.items():
        assert after[table] == rows, table
    backups = list((tmp_path / "backups").glob("v6.v6-*.backup.sqlite"))
    assert len(backups) == 1
    check = sqlite3.connect(backups[0])
    try:
        assert check.execute("PRAGMA user_version").fetchone() == (6,)
        assert _tables(check) == before
    finally:
        check.close()


def _grow(lib: Library, count: int) -> None:
    """Films and tracks enough that sorting a whole kind would be the planner's worst choice."""
    certifications = ("G", "PG", "PG-13", "R", "NC-17", None)
    lib.items.add_many(
        NewItem(
            "film",
            f"Film {n}",
            artist=f"Director {n % 97}",
            year=1950 + n % 70,
            duration=4800.0 + (n * 37) % 4000,
            certification=certifications[n % len(certifications)],
        )
        for n in range(count)
    )
    lib.items.add_many(
        NewItem(
            "track",
            f"Song {n}",
            artist=f"Artist {n % 89}",
            album=f"Album {n % 211}",
            year=1960 + n % 60,
            duration=120.0 + (n * 13) % 300,
            explicit=n % 10 == 0,
        )
        for n in range(count)
    )


def _page_plan(lib: Library, selection: ItemQuery, order_by: str, descending: bool) -> list[str]:
    """The top-level steps of SQLite's plan for the page the table reads (the per-row genre
    subquery's own steps left out)."""
    seen: list[str] = []
    lib.conn.set_trace_callback(seen.append)
    try:
        lib.items.page(selection, limit=200, order_by=order_by, descending=descending)
    finally:
        lib.conn.set_trace_callback(None)
    sql = next(s for s in seen if s.startswith("SELECT i.id"))
    rows = lib.conn.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
    return [detail for _id, parent, _unused, detail in rows if parent == 0]


def _table_sorts() -> list[tuple[str, str]]:
    """(kind, sort key) of every sortable column of the Library's film and track tables."""
    from desktop_recsys.ui.models.items_table_model import columns_for

    return [
        (kind, column.sort_key)
        for kind in ("film", "track")
        for column in columns_for(kind)
        if column.sort_key is not None
    ]


@pytest.mark.parametrize("start", ["upgraded from the golden v6 file", "new"])
def test_every_sort_of_the_library_table_reads_an_index(tmp_path: Path, start: str) -> None:
    path = tmp_path / "v6.sqlite"
    if start != "new":
        _copy_golden(path)
    with Library.open(path, backup_dir=tmp_path / "backups") as lib:
        _grow(lib, 1500)
    with Library.open(path) as lib:  # analysed at the close, as a person's library is
        sorts = _table_sorts()
        assert {key for _kind, key in sorts} >= {"duration", "age", "album", "explicit"}
        for kind, key in sorts:
            for descending in (False, True):
                plan = _page_plan(lib, ItemQuery(kind=kind), key, descending)
                where = f"{kind} by {key}{' descending' if descending else ''}: {plan}"
                assert not any("TEMP B-TREE FOR ORDER BY" in step for step in plan), where
                assert any("USING INDEX items_kind_" in step for step in plan), where
        # Each index's expression is its sort's (SQLite uses an index only for the same one).
        expressions = {ITEM_SORTS[key].removeprefix("i.") for key in ("duration", "album")}
        expressions |= {ITEM_SORTS["explicit"].removeprefix("i."), ITEM_SORTS["age"]}
        assert set(SORT_INDEXES.values()) == {e.replace("i.", "") for e in expressions}
        # Same rows, in the same order, as sorting them in Python: the index changes no answer.
        rows = lib.items.page(ItemQuery(kind="film"), limit=5000, order_by="age")
        ages = [99 if r.min_age is None else r.min_age for r in rows]
        assert [(a, r.id) for a, r in zip(ages, rows, strict=True)] == sorted(
            zip(ages, (r.id for r in rows), strict=True)
        )


def _v6_with_statistics(path: Path, tracks: int) -> None:
    """The golden file with ``tracks`` more tracks (a tenth explicit), analysed by version 6."""
    shutil.copyfile(GOLDEN_V6, path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.create_function("dr_fts_text", 1, lambda text: fold(text or ""), deterministic=True)
    try:
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO items (kind, title, sort_title, artist, explicit, added_at, updated_at) "
            "VALUES ('track', ?, ?, ?, ?, 0, 0)",
            [
                (f"Song {n}", f"song {n}", f"Artist {n % 89}", int(n % 10 == 0))
                for n in range(tracks)
            ],
        )
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
    finally:
        conn.close()


def test_an_analysed_library_gets_statistics_for_the_new_indexes(tmp_path: Path) -> None:
    """Without them SQLite guessed the (kind, explicit) index narrow and took it for the clean
    tracks, sorting them all by title instead of walking the title index."""
    path = tmp_path / "v6.sqlite"
    _v6_with_statistics(path, 3000)
    with Library.open(path, backup_dir=tmp_path / "backups") as lib:
        stats = dict(lib.conn.execute("SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'items'"))
        for name in SORT_INDEXES:
            assert int(stats[name].split()[0]) == lib.items.count(), name
        plan = _page_plan(lib, ItemQuery(kind="track", explicit=False), "title", False)
        assert any("items_kind_title" in step for step in plan), plan
        assert not any("TEMP B-TREE FOR ORDER BY" in step for step in plan), plan


def test_a_new_library_is_made_at_version_7_with_the_indexes(tmp_path: Path) -> None:
    with Library.open(tmp_path / "new.sqlite") as lib:
        assert lib.schema_version == migrations.SCHEMA_VERSION >= 7
        assert set(SORT_INDEXES) <= _item_indexes(lib.conn)


_KILLED_UPGRADE = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from desktop_recsys.library import Library, migrations

    real = migrations.UPGRADES[7]

    def step(conn):
        real(conn)  # the indexes are made, the transaction is not committed yet
        os.kill(os.getpid(), signal.SIGKILL)

    migrations.UPGRADES[7] = step
    Library.open(Path(sys.argv[1]), backup_dir=Path(sys.argv[2]))
    """
)


@pytest.mark.subprocess
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_kill_during_the_upgrade_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "v6.sqlite"
    before = _copy_golden(path)
    done = subprocess.run(
        [sys.executable, "-c", _KILLED_UPGRADE, str(path), str(tmp_path / "backups")],
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])},
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()
    conn = sqlite3.connect(path)
    try:  # the file is version 6 as it was: the upgrade's transaction never committed
        assert conn.execute("PRAGMA user_version").fetchone() == (6,)
        assert not set(SORT_INDEXES) & _item_indexes(conn)
        assert _tables(conn) == before
    finally:
        conn.close()
    with Library.open(path, backup_dir=tmp_path / "backups") as lib:  # and upgrades next time
        assert lib.schema_version == 7
        assert set(SORT_INDEXES) <= _item_indexes(lib.conn)
    conn = sqlite3.connect(path)
    try:
        assert _tables(conn) == before
    finally:
        conn.close()
