"""Opening, refusing, upgrading and transacting on library files (real SQLite files)."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop_recsys.library import (
    Library,
    LibraryBusyError,
    LibraryUnavailableError,
    NewerLibraryError,
    NotALibraryError,
    UpgradeError,
    migrations,
)
from desktop_recsys.library import db as db_module
from desktop_recsys.library.models import NewItem

GOLDEN_V1 = Path(__file__).with_name("golden") / "library_v1.sqlite"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def schema_of(path: Path, *, immutable: bool = False) -> list[tuple[str, str, str]]:
    # immutable (the checked-in golden file only): no -shm / -wal left beside it
    uri = f"{path.as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
    conn = sqlite3.connect(uri, uri=True)
    try:
        return conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
            "ORDER BY type, name"
        ).fetchall()
    finally:
        conn.close()


@pytest.fixture
def golden_copy(tmp_path: Path) -> Path:
    target = tmp_path / "old.sqlite"
    shutil.copyfile(GOLDEN_V1, target)
    return target


def test_new_library_has_v1_schema_wal_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        conn = lib.conn
        assert lib.schema_version == migrations.SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == db_module.BUSY_TIMEOUT_MS
        assert conn.execute("PRAGMA application_id").fetchone()[0] == migrations.APPLICATION_ID
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    expected = {
        "items", "external_ids", "genres", "item_genres", "tags", "item_tags", "people",
        "credits", "profiles", "ratings", "plays", "friendships", "marks", "playlists",
        "playlist_items", "model_runs", "jobs", "items_fts", "meta",
    }  # fmt: skip
    assert expected <= tables
    # No backup for a brand-new file: there was nothing to lose.
    assert list(tmp_path.glob("*.backup.sqlite")) == []


def test_golden_v1_file_matches_the_v1_schema_and_keeps_its_rows(
    golden_copy: Path, tmp_path: Path
) -> None:
    # A fresh library built by the version-1 step alone has exactly the golden file's schema.
    fresh = tmp_path / "fresh.sqlite"
    conn = sqlite3.connect(fresh, isolation_level=None)
    migrations.upgrade(conn, 0, 1)
    conn.close()
    assert schema_of(golden_copy) == schema_of(fresh)
    with Library.open(golden_copy) as lib:
        stats = lib.stats.collect()
        assert stats.items_by_kind == {"track": 1, "artist": 1, "film": 2}
        assert (stats.profiles, stats.ratings, stats.plays, stats.friendships) == (2, 2, 2, 1)
        film = lib.items.find_by_external_id("imdb", "tt0118694")
        assert lib.items.get(film[0]).title == "花样年华"
        assert lib.items.search("年华") == film
        ann = lib.profiles.by_name("ann")
        amelie = lib.items.search("amelie")  # diacritics are ignored by the search
        assert len(amelie) == 1
        assert lib.marks.items(ann.id, "not_interested") == set(amelie)
        assert lib.model_runs.latest_ready().metrics == {"ndcg@10": 0.31}
        assert lib.playlists.list()[1].rules == {"genre": "Jazz", "added_within_days": 30}


def test_not_sqlite_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("my precious notes\n" * 50)
    before = digest(path)
    with pytest.raises(NotALibraryError, match="not an SQLite file") as info:
        Library.open(path)
    assert str(path) in str(info.value) and "\n" not in str(info.value)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite"]


def test_database_of_another_program_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, balance REAL)")
    conn.execute("INSERT INTO accounts VALUES (1, 100.0)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotALibraryError, match="another program"):
        Library.open(path)
    assert digest(path) == before


def test_newer_library_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    Library.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = digest(path)
    with pytest.raises(NewerLibraryError, match="newer version") as info:
        Library.open(path)
    assert "schema 99" in str(info.value)
    assert digest(path) == before


def test_damaged_library_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite"
    with Library.open(path) as lib:
        lib.items.add_many(NewItem("film", f"Film {i}") for i in range(2000))
    data = bytearray(path.read_bytes())
    # Keep the header, scribble over the b-tree pages.
    data[4096:20000] = b"\xff" * (20000 - 4096)
    path.write_bytes(bytes(data))
    with pytest.raises(NotALibraryError):
        Library.open(path)


def test_missing_folder_is_refused_and_not_created(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "lib.sqlite"
    with pytest.raises(LibraryUnavailableError, match="does not exist"):
        Library.open(path)
    assert not path.parent.exists()


def test_folder_instead_of_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LibraryUnavailableError, match="is a folder"):
        Library.open(tmp_path)


def test_read_only_library_is_refused_and_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ro.sqlite"
    Library.open(path).close()
    before = digest(path)
    # Tests run as root in CI, where chmod cannot make a file read-only; ask the OS's answer
    # the way a normal user would get it.
    monkeypatch.setattr(db_module.os, "access", lambda p, mode: Path(p) != path)
    with pytest.raises(LibraryUnavailableError, match="read-only"):
        Library.open(path)
    assert digest(path) == before


def test_transaction_rolls_back_everything_on_error(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib.sqlite") as lib:
        with pytest.raises(RuntimeError), lib.transaction():
            lib.items.add(NewItem("film", "Kept?"))
            lib.profiles.add("Ann")
            raise RuntimeError("boom")
        assert lib.items.count() == 0
        assert lib.profiles.list() == []
        assert lib.items.search("kept") == []


def test_nested_transaction_rolls_back_only_the_inner_part(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib.sqlite") as lib:
        with lib.transaction():
            lib.profiles.add("Outer")
            with pytest.raises(ValueError), lib.transaction():
                lib.profiles.add("Inner")
                raise ValueError("inner fails")
        assert [p.name for p in lib.profiles.list()] == ["Outer"]


def test_second_writer_gets_a_clear_busy_error(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    Library.open(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with Library.open(path, busy_timeout_ms=50) as lib:
            with pytest.raises(LibraryBusyError, match="busy"):
                lib.profiles.add("Ann")
            # Reads still work while another program writes (WAL).
            assert lib.profiles.list() == []
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with Library.open(path) as lib:
        lib.profiles.add("Ann")
        assert [p.name for p in lib.profiles.list()] == ["Ann"]


def test_two_connections_see_each_others_commits(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as first, Library.open(path) as second:
        first.profiles.add("Ann")
        assert [p.name for p in second.profiles.list()] == ["Ann"]


# The next, not yet existing, schema version: the tests below add a fake step for it.
NEXT = migrations.SCHEMA_VERSION + 1


def _fake_v2(monkeypatch: pytest.MonkeyPatch, step) -> None:
    upgrades = dict(migrations.UPGRADES)
    upgrades[NEXT] = step
    monkeypatch.setattr(migrations, "UPGRADES", upgrades)
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", NEXT)


def test_upgrade_backs_up_then_upgrades_keeping_data(
    golden_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def upgrade_to_2(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE items ADD COLUMN bpm REAL")

    _fake_v2(monkeypatch, upgrade_to_2)
    backups = tmp_path / "backups"
    with Library.open(golden_copy, backup_dir=backups) as lib:
        assert lib.schema_version == NEXT
        assert lib.stats.collect().ratings == 2
        columns = {r[1] for r in lib.conn.execute("PRAGMA table_info(items)")}
        assert "bpm" in columns
    (backup,) = backups.glob("old.v1-*.backup.sqlite")
    # The backup is the untouched version-1 library.
    assert schema_of(backup) == schema_of(GOLDEN_V1, immutable=True)


def test_failed_upgrade_leaves_the_file_as_it_was(
    golden_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def upgrade_to_2(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        conn.execute("DELETE FROM ratings")
        raise RuntimeError("disk gremlin")

    before_schema = schema_of(golden_copy)
    _fake_v2(monkeypatch, upgrade_to_2)
    backups = tmp_path / "backups"
    with pytest.raises(UpgradeError, match="unchanged") as info:
        Library.open(golden_copy, backup_dir=backups)
    assert "disk gremlin" in str(info.value) and "backup" in str(info.value)
    monkeypatch.undo()
    assert schema_of(golden_copy) == before_schema
    # Read without Library.open, which would now run the real upgrades.
    conn = sqlite3.connect(f"{golden_copy.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM ratings").fetchone()[0] == 2
    finally:
        conn.close()
    assert len(list(backups.glob("*.backup.sqlite"))) == 1


def test_backup_to_makes_a_consistent_copy(tmp_path: Path) -> None:
    with Library.open(tmp_path / "lib.sqlite") as lib:
        lib.profiles.add("Ann")
        target = lib.backup_to(tmp_path / "copies" / "copy.sqlite")
    with Library.open(target) as copy:
        assert [p.name for p in copy.profiles.list()] == ["Ann"]


def _damage_late_pages(path: Path) -> None:
    """Scribble over pages near the end (item rows): the schema still reads, so only SQLite's
    check of every page sees the damage."""
    data = bytearray(path.read_bytes())
    end = len(data)
    data[end - 8 * 4096 : end - 4 * 4096] = b"\xff" * (4 * 4096)
    path.write_bytes(bytes(data))


def test_a_deferred_check_still_finds_a_damaged_library(tmp_path: Path) -> None:
    """The window's start puts SQLite's check off (it reads every page); the check it runs
    just after still finds the damage, in one line, and every later open refuses the file."""
    path = tmp_path / "damaged.sqlite"
    with Library.open(path) as lib:
        lib.items.add_many(NewItem("film", f"Film {i}") for i in range(3000))
    _damage_late_pages(path)
    db_module._checked.clear()
    library = Library.open(path, defer_check=True)  # opens: the check is not done yet
    try:
        problem = db_module.check_deferred(path)
    finally:
        library.close()
    assert problem is not None
    text = str(problem)
    assert "is damaged" in text and "restore a backup" in text and "\n" not in text
    with pytest.raises(NotALibraryError, match="is damaged"):
        Library.open(path)
    with pytest.raises(NotALibraryError, match="is damaged"):
        Library.open(path, defer_check=True)  # a failed check is not put off again


def test_a_deferred_check_of_a_sound_library_passes_and_is_not_repeated(tmp_path: Path) -> None:
    path = tmp_path / "sound.sqlite"
    with Library.open(path) as lib:
        lib.items.add(NewItem("film", "Kept"))
    db_module._checked.clear()
    with Library.open(path, defer_check=True) as lib:
        lib.profiles.add("Ann")  # the opener writes while the check is pending
        assert db_module._identity(path) not in db_module._checked
        assert db_module.check_deferred(path) is None
    # The file as the opener's writes and close left it counts as checked: no second check.
    assert db_module._identity(path) in db_module._checked
    assert not db_module._deferred


def test_an_upgrade_is_never_deferred(tmp_path: Path) -> None:
    """A library of an older schema is rewritten by its upgrade: checked first, as always."""
    path = tmp_path / "old.sqlite"
    with Library.open(path) as lib:
        lib.items.add_many(NewItem("film", f"Film {i}") for i in range(3000))
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 4")
    conn.close()
    _damage_late_pages(path)
    db_module._checked.clear()
    with pytest.raises(NotALibraryError, match="is damaged"):
        Library.open(path, defer_check=True)
