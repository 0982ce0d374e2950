"""Schema version 6: a version-5 library upgrades in place and keeps every row it had.

The version-1 golden file is brought to version 5 the way earlier releases did, filled with a
person's data, then opened by this release (which upgrades it to 6).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop_recsys.library import Library, migrations
from desktop_recsys.library.fts import fold

GOLDEN_V1 = Path(__file__).with_name("golden") / "library_v1.sqlite"

TABLES = ("items", "profiles", "ratings", "plays", "marks", "friendships", "playlists")


def make_v5_library(path: Path) -> dict[str, list[tuple]]:
    """Copy the golden version-1 file, upgrade it to 5 and return every row of the main tables."""
    shutil.copy(GOLDEN_V1, path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.create_function("dr_fts_text", 1, lambda text: fold(text or ""), deterministic=True)
    migrations.upgrade(conn, 1, 5)
    rows = {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in TABLES}
    conn.close()
    return rows


def test_a_v5_library_upgrades_to_6_and_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "v5.sqlite"
    before = make_v5_library(path)
    assert before["ratings"] and before["plays"], "the golden file should hold a person's data"
    with Library.open(path, backup_dir=tmp_path / "backups") as lib:
        assert lib.schema_version == migrations.SCHEMA_VERSION >= 6
    conn = sqlite3.connect(path)
    try:
        for table, rows in before.items():
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            old = len(rows[0]) if rows else len(columns)
            after = conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            assert [r[:old] for r in after] == rows, table
    finally:
        conn.close()
    assert list((tmp_path / "backups").glob("v5.v5-*.backup.sqlite"))


def test_the_tag_sync_table_starts_empty_and_goes_with_its_profile_and_item(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v5.sqlite"
    make_v5_library(path)
    with Library.open(path, backup_dir=tmp_path / "backups") as lib:
        assert lib.conn.execute("SELECT count(*) FROM tag_sync").fetchone() == (0,)
        profile, item = lib.conn.execute("SELECT profile_id, item_id FROM ratings").fetchone()
        lib.conn.execute(
            "INSERT INTO tag_sync (profile_id, item_id, rating, rating_known, synced_at) "
            "VALUES (?, ?, 4.0, 1, 0)",
            (profile, item),
        )
        lib.conn.execute("DELETE FROM profiles WHERE id = ?", (profile,))
        assert lib.conn.execute("SELECT count(*) FROM tag_sync").fetchone() == (0,)


def test_audio_features_start_empty_go_with_their_item_and_refuse_bad_values(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v5.sqlite"
    make_v5_library(path)
    with Library.open(path, backup_dir=tmp_path / "backups") as lib:
        assert lib.audio_features.counts() == {}
        item = lib.conn.execute("SELECT id FROM items WHERE kind = 'track' LIMIT 1").fetchone()[0]
        lib.audio_features.save(item, "abc", 1, "ok", values={"tempo": 120.0, "energy": 0.5})
        assert lib.audio_features.get(item).tempo == 120.0
        for bad in ({"energy": 1.5}, {"key": 12}, {"mode": "dorian"}, {"tempo": -1.0}):
            with pytest.raises(sqlite3.IntegrityError):
                lib.audio_features.save(item, "abc", 1, "ok", values=bad)
        with pytest.raises(sqlite3.IntegrityError):
            lib.audio_features.save(item, "abc", 1, "maybe")
        lib.conn.execute("DELETE FROM items WHERE id = ?", (item,))
        assert lib.audio_features.get(item) is None


def test_the_history_imports_table_starts_empty_and_goes_with_its_profile_and_item(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v5.sqlite"
    make_v5_library(path)
    with Library.open(path, backup_dir=tmp_path / "backups") as lib:
        conn = lib.conn
        assert conn.execute("SELECT count(*) FROM history_imports").fetchone() == (0,)
        profile, item = conn.execute("SELECT profile_id, item_id FROM ratings").fetchone()
        insert = (
            "INSERT INTO history_imports (profile_id, item_id, source, plays, imported_at) "
            "VALUES (?, ?, ?, 3, 0)"
        )
        conn.execute(insert, (profile, item, "strawberry"))
        try:
            conn.execute(insert, (profile, item, "winamp"))  # not a player this app reads
            raise AssertionError("an unknown source was stored")
        except sqlite3.IntegrityError:
            pass
        conn.execute("DELETE FROM items WHERE id = ?", (item,))
        assert conn.execute("SELECT count(*) FROM history_imports").fetchone() == (0,)


def test_an_upgraded_library_has_no_limits_and_unrated_items(tmp_path: Path) -> None:
    """The limits block adds columns with defaults: every old item is unrated and not explicit,
    no profile is limited, and nothing a version-5 library held is hidden from anyone."""
    path = tmp_path / "v5.sqlite"
    make_v5_library(path)
    with Library.open(path, backup_dir=tmp_path / "backups") as lib:
        conn = lib.conn
        assert conn.execute(
            "SELECT count(*) FROM items WHERE certification IS NOT NULL OR min_age IS NOT NULL "
            "OR explicit != 0"
        ).fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM profile_limits").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM profile_limit_blocks").fetchone() == (0,)
        from desktop_recsys.services import limits

        for profile in lib.profiles.list():
            assert limits.blocked_ids(lib, profile.id) == set()
        with pytest.raises(sqlite3.IntegrityError):  # ages stay on the scale
            conn.execute("UPDATE items SET min_age = 99 WHERE id = (SELECT min(id) FROM items)")


def test_an_upgraded_library_holds_the_blind_test_tables(tmp_path: Path) -> None:
    path = tmp_path / "v5.sqlite"
    make_v5_library(path)
    with Library.open(path, backup_dir=tmp_path / "backups") as lib:
        names = {r[0] for r in lib.conn.execute("SELECT name FROM sqlite_master")}
        assert {"ab_tests", "ab_lists", "ab_placements", "ab_credits", "ab_tests_running"} <= names
        profile = lib.conn.execute("SELECT id FROM profiles LIMIT 1").fetchone()[0]
        insert = (
            "INSERT INTO ab_tests (profile_id, kind, algorithm_a, algorithm_b, started_at, days)"
            " VALUES (?, 'film', 'ease', 'als', 0, 7)"
        )
        lib.conn.execute(insert, (profile,))
        with pytest.raises(sqlite3.IntegrityError):  # one running test per profile and kind
            lib.conn.execute(insert, (profile,))
