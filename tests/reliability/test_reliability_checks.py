"""The consistency checks find each broken invariant (and pass a sound library)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_recsys.library import Library
from desktop_recsys.library.checks import check_library_file
from desktop_recsys.services import training_service

# Each breaks one invariant the way a bug or a foreign tool could (constraints switched off).
BREAKAGES = {
    "search index rows": "DELETE FROM items_fts WHERE rowid = (SELECT min(id) FROM items)",
    "search index text": "UPDATE items_fts SET title = 'stale' WHERE rowid = (SELECT min(id) FROM items)",
    "foreign keys": "INSERT INTO ratings VALUES ((SELECT max(id) + 1 FROM profiles), (SELECT min(id) FROM items), 4, 0)",
    "friendships": "INSERT INTO friendships VALUES (9, 3, 0)",
    "ratings": "UPDATE ratings SET rating = 7 WHERE (profile_id, item_id) = (SELECT profile_id, item_id FROM ratings LIMIT 1)",
    "plays": "UPDATE plays SET completed = -1 WHERE id = (SELECT min(id) FROM plays)",
    "unfinished runs": "INSERT INTO model_runs (algorithm, file, status, created_at) VALUES ('x', 'f.npz', 'training', 0)",
    "finished runs": "INSERT INTO model_runs (algorithm, status, created_at) VALUES ('x', 'ready', 0)",
    "schema": "PRAGMA application_id = 7",
}


def test_a_sound_library_passes(demo_library_copy: Path) -> None:
    report = check_library_file(demo_library_copy)
    assert report.ok, report.problems
    assert {"integrity", "search index rows", "foreign keys", "ratings"} <= set(report.checked)


@pytest.mark.parametrize("check", sorted(BREAKAGES))
def test_each_broken_invariant_is_found(demo_library_copy: Path, check: str) -> None:
    conn = sqlite3.connect(demo_library_copy)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute(BREAKAGES[check])
    conn.commit()
    conn.close()
    report = check_library_file(demo_library_copy)
    assert not report.ok
    assert report.problems[0].startswith(check + ":"), report.problems


def test_model_files_missing_or_half_written_are_found(
    tmp_path: Path, demo_library_copy: Path
) -> None:
    models = tmp_path / "models"
    run = training_service.train_model(
        demo_library_copy, models, kind="film", algorithm="popularity"
    )
    assert check_library_file(demo_library_copy, models_dir=models, deep=True).ok
    with Library.open(demo_library_copy) as lib:
        name = lib.model_runs.get(run).file
    model = models / name
    data = model.read_bytes()
    model.write_bytes(data[: len(data) // 2])  # what a crash mid-write would leave
    report = check_library_file(demo_library_copy, models_dir=models)
    assert not report.ok and "half-written" in report.problems[0]
    model.unlink()
    report = check_library_file(demo_library_copy, models_dir=models)
    assert not report.ok and "missing" in report.problems[0]


def test_deep_check_finds_a_flipped_byte_in_a_model(
    tmp_path: Path, demo_library_copy: Path
) -> None:
    models = tmp_path / "models"
    run = training_service.train_model(
        demo_library_copy, models, kind="film", algorithm="popularity"
    )
    with Library.open(demo_library_copy) as lib:
        model = models / lib.model_runs.get(run).file
    data = bytearray(model.read_bytes())
    data[200] ^= 0xFF  # inside the first array member's bytes
    model.write_bytes(bytes(data))
    assert check_library_file(demo_library_copy, models_dir=models).ok  # directory still reads
    report = check_library_file(demo_library_copy, models_dir=models, deep=True)
    assert not report.ok and "damaged" in report.problems[0]
