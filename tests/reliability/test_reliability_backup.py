"""Backups: the rolling set, the schedule, before imports and upgrades, restore, permissions."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from reliability_helpers import (
    assert_library_sound,
    cli,
    count,
    run_cli,
    write_tiny_movielens,
)

from desktop_recsys.cli import main
from desktop_recsys.library import Library, LibraryBusyError, NotALibraryError
from desktop_recsys.library import backup as backups
from desktop_recsys.services import backup_service as svc

GOLDEN_V1 = Path(__file__).resolve().parents[1] / "library" / "golden" / "library_v1.sqlite"
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _ratings(path: Path) -> int:
    return count(path, "SELECT count(*) FROM ratings")


@posix_only
def test_new_library_and_its_backups_are_private_to_the_owner(tmp_path: Path) -> None:
    old = os.umask(0o022)  # the usual umask, which would leave files world-readable
    try:
        path = tmp_path / "lib.sqlite"
        with Library.open(path) as lib:
            lib.profiles.add("Ann")
            wal = Path(f"{path}-wal")
            assert wal.exists()
            assert _mode(wal) == 0o600
        assert _mode(path) == 0o600
        made = svc.backup_now(path)
        out = svc.backup_now(path, out=tmp_path / "copy.sqlite")
        assert _mode(made) == 0o600 and _mode(out) == 0o600
        assert _mode(made.parent) == 0o700
        assert made.parent == tmp_path / "lib-backups"
    finally:
        os.umask(old)


def test_backup_now_is_a_complete_consistent_copy(demo_library_copy: Path) -> None:
    made = svc.backup_now(demo_library_copy)
    assert made.name.endswith("-manual.backup.sqlite")
    assert _ratings(made) == _ratings(demo_library_copy) > 0
    assert_library_sound(made)
    (listed,) = svc.list_backups(demo_library_copy)
    assert listed.path == made and listed.reason == "manual" and listed.size > 0


def test_rolling_set_keeps_the_newest(demo_library_copy: Path) -> None:
    made = [svc.backup_now(demo_library_copy, keep=3) for _ in range(5)]
    left = [b.path for b in svc.list_backups(demo_library_copy)]
    assert left == made[:1:-1]  # the three newest, newest first


def test_scheduled_backup_only_when_due(demo_library_copy: Path, tmp_path: Path) -> None:
    first = svc.backup_if_due(demo_library_copy, max_age_days=7)
    assert first is not None and first.name.endswith("-scheduled.backup.sqlite")
    assert svc.backup_if_due(demo_library_copy, max_age_days=7) is None
    later = dt.datetime.now() + dt.timedelta(days=8)
    again = svc.backup_if_due(demo_library_copy, max_age_days=7, now=later)
    assert again is not None and again != first
    # An empty library has nothing to lose: no backup.
    empty = tmp_path / "empty.sqlite"
    Library.open(empty).close()
    assert svc.backup_if_due(empty) is None


def test_large_import_takes_a_backup_first(demo_library_copy: Path, tmp_path: Path) -> None:
    before = _ratings(demo_library_copy)
    source = write_tiny_movielens(tmp_path / "ml")  # a data set: always "large"
    done = main(["--library", str(demo_library_copy), "import", "movielens", str(source),
                 "--quiet"])  # fmt: skip
    assert done == 0
    assert _ratings(demo_library_copy) == before + 15
    (taken,) = svc.list_backups(demo_library_copy)
    assert taken.reason == "import"
    assert _ratings(taken.path) == before  # the state before the import


@pytest.mark.parametrize(
    "broken",
    ["ratings without their columns", "a bad row in strict mode", "not a folder",
     "library file of junk"],
)  # fmt: skip
def test_an_import_refused_while_reading_its_source_takes_no_backup(
    demo_library_copy: Path, tmp_path: Path, broken: str
) -> None:
    """The backup is taken just before the first write: a source refused while it is read and
    checked leaves the rolling set as it was (no needless copy pushing older ones out)."""
    kind, source = "movielens", write_tiny_movielens(tmp_path / "ml")
    strict: list[str] = []
    if broken == "a bad row in strict mode":
        with (source / "ratings.csv").open("a", encoding="utf-8") as handle:
            handle.write("1,999,not-a-rating,1000000000\n")
        strict = ["--strict"]
    elif broken == "ratings without their columns":
        (source / "ratings.csv").write_text("who,what\n1,2\n", encoding="utf-8")
    elif broken == "not a folder":
        source = tmp_path / "nothing-here"
    else:
        kind, source = "library", tmp_path / "library.json"
        source.write_text('{"format": "something else"}', encoding="utf-8")
    before = _ratings(demo_library_copy)
    old = svc.backup_now(demo_library_copy)  # the set holds one backup already: it stays
    done = main(["--library", str(demo_library_copy), "import", kind, str(source), "--quiet",
                 *strict])  # fmt: skip
    assert done == 1
    assert _ratings(demo_library_copy) == before
    assert [b.path for b in svc.list_backups(demo_library_copy)] == [old]
    assert not list(backups.backups_dir_for(demo_library_copy).glob("*.part"))


def test_a_failed_import_pushes_no_backup_out_of_the_set(
    demo_library_copy: Path, tmp_path: Path
) -> None:
    for _ in range(backups.DEFAULT_KEEP):
        svc.backup_now(demo_library_copy)
    before = [b.path for b in svc.list_backups(demo_library_copy)]
    source = write_tiny_movielens(tmp_path / "ml")
    (source / "ratings.csv").write_text("who,what\n1,2\n", encoding="utf-8")
    assert main(["--library", str(demo_library_copy), "import", "movielens", str(source),
                 "--quiet"]) == 1  # fmt: skip
    assert [b.path for b in svc.list_backups(demo_library_copy)] == before


def test_small_import_into_an_empty_library_takes_no_backup(tmp_path: Path) -> None:
    csv = tmp_path / "films.csv"
    csv.write_text("title,year\nAlpha,1999\n", encoding="utf-8")
    path = tmp_path / "lib.sqlite"
    assert main(["--library", str(path), "import", "csv", str(csv), "--map", "title=title",
                 "--kind", "film", "--quiet"]) == 0  # fmt: skip
    assert svc.list_backups(path) == []


def test_upgrade_backup_joins_the_rolling_set(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{GOLDEN_V1}{suffix}").exists():
            shutil.copyfile(f"{GOLDEN_V1}{suffix}", f"{path}{suffix}")
    Library.open(path).close()
    (taken,) = svc.list_backups(path)
    assert taken.reason == "upgrade-from-v1"
    assert count(taken.path, "PRAGMA user_version") == 1


def test_restore_round_trip_keeps_the_old_live_file(demo_library_copy: Path) -> None:
    saved = svc.backup_now(demo_library_copy)
    before = _ratings(demo_library_copy)
    with Library.open(demo_library_copy) as lib:
        lib.conn.execute("DELETE FROM ratings")  # a mistake the person wants undone
    assert _ratings(demo_library_copy) == 0
    result = svc.restore(demo_library_copy, saved)
    assert _ratings(demo_library_copy) == before
    assert result.previous is not None and _ratings(result.previous) == 0
    assert not Path(f"{demo_library_copy}-wal").exists() or Library.open(demo_library_copy)
    assert_library_sound(demo_library_copy)
    reasons = {b.reason for b in svc.list_backups(demo_library_copy)}
    assert reasons == {"manual", "before-restore"}


@pytest.mark.subprocess
def test_restore_through_the_cli(demo_library_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "mine.sqlite"
    lib = str(demo_library_copy)
    assert run_cli(cli("--library", lib, "backup", "--out", str(out)), tmp_path).returncode == 0
    listing = run_cli(cli("--library", lib, "backup", "list"), tmp_path)
    assert listing.returncode == 0 and "No backups" in listing.stdout  # --out is outside the set
    done = run_cli(cli("--library", lib, "restore", str(out), "--yes"), tmp_path)
    assert done.returncode == 0, done.stderr
    assert "integrity and consistency checks passed" in done.stdout
    listing = run_cli(cli("--library", lib, "backup", "list"), tmp_path)
    assert "before-restore" in listing.stdout


@pytest.mark.parametrize("damage", ["not_sqlite", "other_program", "corrupt_page", "bad_fts"])
def test_restore_refuses_a_bad_backup_and_changes_nothing(
    demo_library_copy: Path, tmp_path: Path, damage: str
) -> None:
    bad = tmp_path / "bad.sqlite"
    if damage == "not_sqlite":
        bad.write_bytes(b"PK\x03\x04 this is a zip file, not a library" * 100)
    elif damage == "other_program":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE notes (x)")
        conn.commit()
        conn.close()
    else:
        shutil.copyfile(svc.backup_now(demo_library_copy), bad)
        conn = sqlite3.connect(bad)
        if damage == "bad_fts":  # an item whose search row is gone: sound b-tree, wrong data
            conn.execute("DELETE FROM items_fts WHERE rowid = (SELECT max(id) FROM items)")
            conn.commit()
        else:
            page = conn.execute("PRAGMA page_size").fetchone()[0]
            root = conn.execute(
                "SELECT rootpage FROM sqlite_master WHERE name = 'ratings_item'"
            ).fetchone()[0]
            conn.close()
            with bad.open("r+b") as handle:  # scribble over an index page
                handle.seek((root - 1) * page + 8)
                handle.write(os.urandom(page - 8))
        conn.close()
    before = demo_library_copy.read_bytes()
    with pytest.raises(NotALibraryError) as info:
        svc.restore(demo_library_copy, bad)
    assert "\n" not in str(info.value)
    assert demo_library_copy.read_bytes() == before
    assert [b.reason for b in svc.list_backups(demo_library_copy)] in ([], ["manual"])


def test_restore_refuses_while_the_library_is_open_elsewhere(demo_library_copy: Path) -> None:
    saved = svc.backup_now(demo_library_copy)
    with Library.open(demo_library_copy) as other_window:
        other_window.profiles.add("Zed")
        with pytest.raises(LibraryBusyError, match="in use"):
            svc.restore(demo_library_copy, saved)
        assert other_window.profiles.by_name("Zed") is not None
    assert count(demo_library_copy, "SELECT count(*) FROM profiles WHERE name = 'Zed'") == 1


def test_backup_list_ignores_foreign_and_partial_files(demo_library_copy: Path) -> None:
    made = svc.backup_now(demo_library_copy)
    folder = made.parent
    (folder / "demo.notes.txt").write_text("x")
    (folder / (made.name + ".part")).write_bytes(b"half")
    (folder / "other.20240101-000000-000000-manual.backup.sqlite").write_bytes(b"x")
    assert [b.path for b in backups.list_backups(demo_library_copy)] == [made]
