"""A full disk, a read-only library and two programs on one library at once."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from reliability_helpers import (
    TALLY,
    assert_library_sound,
    child_env,
    cli,
    count,
    write_tiny_movielens,
)
from small_disks import SmallDisk

from desktop_recsys.errors import UserError
from desktop_recsys.library import Library, LibraryBusyError, LibraryUnavailableError
from desktop_recsys.library.importers.movielens import import_movielens


def _snapshot(path: Path) -> tuple[int, int, int]:
    return (
        count(path, "SELECT count(*) FROM items"),
        count(path, "SELECT count(*) FROM ratings"),
        count(path, "SELECT count(*) FROM profiles"),
    )


@pytest.mark.subprocess
def test_full_database_during_an_import_rolls_back(demo_library_copy: Path, tmp_path: Path) -> None:
    """SQLite's own limit on the file size makes a real SQLITE_FULL mid-import."""
    source = write_tiny_movielens(tmp_path / "ml", films=3000, users=10)
    before = _snapshot(demo_library_copy)
    with Library.open(demo_library_copy) as lib:
        pages = lib.conn.execute("PRAGMA page_count").fetchone()[0]
        lib.conn.execute(f"PRAGMA max_page_count = {pages + 20}")
        with pytest.raises(LibraryUnavailableError, match="full; nothing was changed") as info:
            import_movielens(lib, source)
        assert "\n" not in str(info.value)
        assert not lib.conn.in_transaction
    assert _snapshot(demo_library_copy) == before
    assert_library_sound(demo_library_copy)


def _copy_out(disk: SmallDisk, name: str, target: Path) -> Path:
    """The library file ``name`` and its write-ahead log, copied off the disk with plain file
    calls (SQLite itself would resolve a user namespace's ``/proc`` path to the wrong folder)."""
    target.mkdir()
    for suffix in ("", "-wal"):
        if (disk.view / f"{name}{suffix}").exists():
            shutil.copyfile(disk.view / f"{name}{suffix}", target / f"{name}{suffix}")
    return target / name


@pytest.mark.subprocess  # mount(8), or unshare(1); the import runs in a child process
def test_full_disk_during_an_import_via_the_cli(small_disk, tmp_path: Path) -> None:
    """A real full file system (a 2 MB tmpfs holding the library): a one-line error, the
    library as it was, nothing lost."""
    disk = small_disk(tmp_path.resolve() / f"disk-{uuid.uuid4().hex[:6]}", "size=2m")
    start = tmp_path / "start" / "lib.sqlite"
    start.parent.mkdir()
    with Library.open(start) as lib:
        lib.profiles.add("Me")
        lib.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _snapshot(start)
    shutil.copyfile(start, disk.view / "lib.sqlite")
    source = write_tiny_movielens(tmp_path / "ml", films=6000, users=12)
    done = disk.run(
        cli("--library", str(disk.folder / "lib.sqlite"), "import", "movielens", str(source),
            "--quiet"),
        env=child_env(tmp_path), timeout=300,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert "full" in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr
    after = _copy_out(disk, "lib.sqlite", tmp_path / "after")
    assert _snapshot(after) == before
    assert_library_sound(after)


def test_read_only_library_during_a_write(demo_library_copy: Path, tmp_path: Path) -> None:
    """The library turns read-only under an open window (query_only: root ignores file modes)."""
    source = write_tiny_movielens(tmp_path / "ml")
    before = _snapshot(demo_library_copy)
    with Library.open(demo_library_copy) as lib:
        lib.conn.execute("PRAGMA query_only = ON")
        with pytest.raises(LibraryUnavailableError, match="read-only; nothing was changed"):
            import_movielens(lib, source)
        with pytest.raises(UserError, match="read-only"):
            lib.profiles.add("Zed")
    assert _snapshot(demo_library_copy) == before
    assert_library_sound(demo_library_copy)


def test_a_write_lock_held_too_long_is_a_clear_busy_error(demo_library_copy: Path) -> None:
    with Library.open(demo_library_copy) as holder, holder.transaction():
        holder.profiles.add("Holder")
        with Library.open(demo_library_copy, busy_timeout_ms=100) as other:
            with pytest.raises(LibraryBusyError, match="busy in another program or window"):
                other.profiles.add("Other")
            assert other.profiles.by_name("Other") is None
    assert count(demo_library_copy, "SELECT count(*) FROM profiles WHERE name = 'Holder'") == 1


@pytest.mark.subprocess
def test_two_processes_on_one_library_at_once(demo_library_copy: Path, tmp_path: Path) -> None:
    """A big import and a stream of small writes at the same time, in two processes: each
    either works or says the library is busy, in one line; never a traceback."""
    source = write_tiny_movielens(tmp_path / "ml", films=2000, users=15)
    lib = str(demo_library_copy)
    env = child_env(tmp_path)
    importing = subprocess.Popen(
        cli("--library", lib, "import", "movielens", str(source), "--quiet"),
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    outcomes = []
    for n in range(4):
        other = subprocess.run(
            cli("--library", lib, "profile", "add", f"Window {n}"),
            env=env, capture_output=True, text=True, check=False,
        )  # fmt: skip
        outcomes.append(other)
    out, err = importing.communicate(timeout=300)
    for done in [*outcomes, subprocess.CompletedProcess([], importing.returncode, out, err)]:
        assert "Traceback" not in done.stderr and "database is locked" not in done.stderr
        if done.returncode != 0:
            assert "busy" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert importing.returncode == 0, err
    added = sum(o.returncode == 0 for o in outcomes)
    assert (
        count(demo_library_copy, "SELECT count(*) FROM profiles WHERE name LIKE 'Window %'")
        == added
    )
    TALLY["checks passed"] += 1
    assert_library_sound(demo_library_copy)
