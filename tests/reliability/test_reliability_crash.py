"""SIGKILL at random moments during a folder scan, a data-set import, a training run, an
export and a backup; afterwards the library is sound, each import is there entirely or not at
all, no model run points at a missing or half-written file, and once the library is opened
again nothing stray is left: no run stuck in ``training``, no half-written model, backup or
export, no model file no run points to, no owner marker of the killed command.

The operations run as real ``desktop-recsys`` subprocesses. The default suite kills each a
couple of times; the ``slow`` soak at least 20 times each (``make test-slow``).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import copy_library
from reliability_helpers import (
    TALLY,
    assert_library_sound,
    cli,
    count,
    kill_delays,
    run_and_kill,
    timed_run,
)

from desktop_recsys.library import Library
from desktop_recsys.library.backup import verify_backup

pytestmark = pytest.mark.subprocess

MEDIA = Path(__file__).resolve().parents[1] / "data" / "media"


def _copies(root: Path, copies: int) -> Path:
    """The test media files (good and broken ones) copied into ``copies`` albums."""
    files = [p for p in MEDIA.rglob("*") if p.is_file()]
    for n in range(copies):
        for src in files:
            rel = src.relative_to(MEDIA)
            dest = root / f"set{n:03d}" / rel.parent / f"{src.stem} {n}{src.suffix}"
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dest)
    return root


@pytest.fixture(scope="session")
def small_media(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _copies(tmp_path_factory.mktemp("small-media"), 12)  # ~200 files


@pytest.fixture(scope="session")
def big_media(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # ~1,000 files: a scan that lasts long enough to be hit at many different moments.
    return _copies(tmp_path_factory.mktemp("big-media"), 60)


@dataclass
class Operation:
    """One operation to interrupt: its command, and what must hold after each kill."""

    argv: list[str]
    library: Path
    models: Path
    #: Called after each kill (and once after a complete reference run, with ``done=True``).
    verify: Callable[[bool], None]
    #: Seconds a complete run took (the kills are spread over this).
    reference: float
    #: Restores the starting state before the next kill (None: the library accumulates).
    reset: Callable[[], None] | None = None


def _all_or_none(library: Path, queries: dict[str, str], expected: dict[str, tuple[int, int]]):
    def verify(done: bool) -> None:
        for name, sql in queries.items():
            before, after = expected[name]
            got = count(library, sql)
            assert got in ({after} if done else {before, after}), (name, got, expected[name])
        TALLY["checks passed"] += len(queries)

    return verify


def _small_base(tmp: Path) -> Path:
    base = tmp / "base.sqlite"
    with Library.open(base) as lib:  # not empty: an import takes a backup first
        lib.profiles.add("Me")
        lib.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return base


def _operation(op: str, tmp: Path, ml_library_file: Path, data_dir: Path, media: Path) -> Operation:
    library = tmp / "lib.sqlite"
    models = tmp / "lib-models"
    if op == "folder-scan":
        base = _small_base(tmp)
        copy_library(base, library)
        argv = cli("--library", str(library), "import", "folder", str(media), "--quiet")
        queries = {
            "files": "SELECT count(*) FROM items WHERE path IS NOT NULL",
            "items": "SELECT count(*) FROM items",
            "search rows": "SELECT count(*) FROM items_fts",
        }
        return Operation(argv, library, models, *_expect(library, queries, argv, tmp),
                         reset=lambda: _reset(base, library))  # fmt: skip
    if op == "movielens-import":
        base = _small_base(tmp)
        copy_library(base, library)
        argv = cli("--library", str(library), "import", "movielens",
                   str(data_dir / "ml-latest-small"), "--quiet")  # fmt: skip
        queries = {
            "ratings": "SELECT count(*) FROM ratings",
            "films": "SELECT count(*) FROM items",
            "profiles": "SELECT count(*) FROM profiles",
            "tags": "SELECT count(*) FROM item_tags",
            "external ids": "SELECT count(*) FROM external_ids",
        }
        return Operation(argv, library, models, *_expect(library, queries, argv, tmp),
                         reset=lambda: _reset(base, library))  # fmt: skip
    if op == "training":
        copy_library(ml_library_file, library)
        argv = cli("--library", str(library), "train", "--kind", "film", "--quiet")

        def verify_training(done: bool) -> None:
            # The harness has opened the library since the kill (as any next command does).
            assert count(library, "SELECT count(*) FROM model_runs WHERE status = 'training'") == 0
            if done:
                assert count(library, "SELECT count(*) FROM model_runs WHERE status = 'ready'")
            TALLY["checks passed"] += 1

        reference = timed_run(argv, tmp)
        verify_training(True)
        return Operation(argv, library, models, verify_training, reference)
    if op == "backup":
        copy_library(ml_library_file, library)
        argv = cli("--library", str(library), "backup")
        folder = tmp / "lib-backups"
        seconds = timed_run(argv, tmp)

        proven: set[str] = set()

        def verify_backup_set(done: bool) -> None:
            # Every backup there is complete (each proven once); a killed copy left nothing
            # half-written (assert_nothing_stray).
            made = sorted(folder.glob("*.backup.sqlite")) if folder.exists() else []
            for backup in made:
                if backup.name not in proven:
                    verify_backup(backup)
                    proven.add(backup.name)
                    TALLY["checks passed"] += 1
            assert made or not done

        return Operation(argv, library, models, verify_backup_set, seconds)
    assert op == "export"
    copy_library(ml_library_file, library)
    out = tmp / "export" / "items.csv"
    out.parent.mkdir()
    reference = tmp / "reference.csv"
    argv = cli("--library", str(library), "export", "library", "--format", "csv", "--out",
               str(out), "--quiet")  # fmt: skip
    seconds = timed_run(argv, tmp)
    shutil.move(out, reference)
    expected = reference.read_bytes()

    def verify_export(done: bool) -> None:
        # The file is either absent or complete; the killed writer's hidden temp is gone.
        assert not out.exists() or out.read_bytes() == expected
        assert [p for p in out.parent.iterdir() if p != out] == []
        TALLY["checks passed"] += 2

    def reset_export() -> None:
        out.unlink(missing_ok=True)

    return Operation(argv, library, models, verify_export, seconds, reset=reset_export)


def _reset(base: Path, library: Path) -> None:
    for side in ("-wal", "-shm"):
        Path(f"{library}{side}").unlink(missing_ok=True)
    copy_library(base, library)
    shutil.rmtree(library.with_name("lib-backups"), ignore_errors=True)


def _expect(library: Path, queries: dict[str, str], argv: list[str], tmp: Path):
    """Counts before and after a complete run (which is then undone)."""
    before = {name: count(library, sql) for name, sql in queries.items()}
    seconds = timed_run(argv, tmp)
    after = {name: count(library, sql) for name, sql in queries.items()}
    assert after != before
    verify = _all_or_none(library, queries, {n: (before[n], after[n]) for n in queries})
    return verify, seconds


OPS = ["folder-scan", "movielens-import", "training", "export", "backup"]

#: What a killed command may leave behind, by file name (none may survive the next open).
_STRAY = (".part", ".tmp", "-journal", ".lock")


def stray_files(tmp: Path) -> list[Path]:
    return [
        p for p in tmp.rglob("*") if p.is_file() and (p.name.endswith(_STRAY) or ".part-" in p.name)
    ]


def assert_nothing_stray(operation: Operation, tmp: Path) -> None:
    """No half-written file, owner marker or unregistered model anywhere the command wrote."""
    stray = stray_files(tmp)
    assert stray == [], stray
    if operation.models.is_dir():
        referenced = {
            str(r)
            for r in _column(operation.library, "SELECT file FROM model_runs WHERE file NOT NULL")
        }
        orphans = [p.name for p in operation.models.glob("*.npz") if p.name not in referenced]
        assert orphans == [], orphans
    TALLY["checks passed"] += 2


def _column(path: Path, sql: str) -> list[object]:
    import sqlite3

    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute(sql)]
    finally:
        conn.close()


def _soak(
    op: str,
    kills: int,
    seed: int,
    tmp: Path,
    ml_library_file: Path,
    data_dir: Path,
    media: Path,
    *,
    final_run: bool,
) -> None:
    operation = _operation(op, tmp, ml_library_file, data_dir, media)
    operation.verify(True)
    assert_library_sound(operation.library, operation.models)
    killed = attempts = 0
    delays = iter(kill_delays(kills * 3, operation.reference, seed))
    while killed < kills:
        attempts += 1
        assert attempts <= kills * 3, f"only {killed} of {attempts} runs were hit mid-way"
        if operation.reset:
            operation.reset()
        was_killed = run_and_kill(operation.argv, tmp, next(delays))
        killed += was_killed
        if was_killed:  # what the kill left (the figures show the sweep had work to do)
            TALLY["stray files after a kill"] += len(stray_files(tmp))
            TALLY["runs stuck in training after a kill"] += count(
                operation.library, "SELECT count(*) FROM model_runs WHERE status = 'training'"
            )
        # The next command must open the library without complaint (sweeping what the
        # killed one left) ...
        Library.open(operation.library).close()
        # ... and find it sound, by SQLite's measure and its own, with nothing stray.
        assert_library_sound(operation.library, operation.models)
        assert_nothing_stray(operation, tmp)
        operation.verify(not was_killed)
    if not final_run:
        return
    # After all that, the operation still completes normally.
    if operation.reset:
        operation.reset()
    timed_run(operation.argv, tmp)
    operation.verify(True)
    assert_library_sound(operation.library, operation.models)


#: Kills per operation in the default suite (the import of ml-latest-small costs the most).
FAST_KILLS = {"folder-scan": 2, "movielens-import": 1, "training": 2, "export": 2, "backup": 2}


@pytest.mark.parametrize("op", OPS)
def test_kill_during_operation(
    op: str, tmp_path: Path, ml_library_file: Path, data_dir: Path, small_media: Path
) -> None:
    _soak(op, FAST_KILLS[op], seed=OPS.index(op), tmp=tmp_path, ml_library_file=ml_library_file,
          data_dir=data_dir, media=small_media, final_run=False)  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("op", OPS)
def test_kill_soak(
    op: str, tmp_path: Path, ml_library_file: Path, data_dir: Path, big_media: Path
) -> None:
    _soak(op, 20, seed=100 + OPS.index(op), tmp=tmp_path, ml_library_file=ml_library_file,
          data_dir=data_dir, media=big_media, final_run=True)  # fmt: skip
