"""Nothing stray is left behind (issue 14, section 3), on real files.

What a killed command leaves (a run stuck in ``training``, half-written and orphan model
files, ``.part`` files of backups, restores and exports) is swept by the next open of the
library, whoever opens it; a live command's work is never touched (its owner lock is held);
the consistency check names every kind of leftover; a refused file and a restore leave no
``-wal`` / ``-shm`` companions behind.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from reliability_helpers import child_env

from desktop_recsys.library import Library, LibraryError, leftovers
from desktop_recsys.library import backup as backups
from desktop_recsys.library.checks import check_library_file
from desktop_recsys.library.locks import owner_lock
from desktop_recsys.services import backup_service
from desktop_recsys.services.export_service import export_library

INTERRUPTED = leftovers.INTERRUPTED_ERROR


def _library(tmp_path: Path, name: str = "lib.sqlite") -> Path:
    path = tmp_path / name
    with Library.open(path) as lib:
        lib.profiles.add("Ann")
    return path


def _status(path: Path, run_id: int) -> tuple[str, str | None]:
    with Library.open(path) as lib:
        run = lib.model_runs.get(run_id)
        assert run is not None
        return run.status, run.error


def _killed_training(path: Path, models: Path) -> tuple[int, list[Path]]:
    """What SIGKILL during ``train`` leaves: a stuck run, its dead marker, a half-written
    temp file and the complete model it saved but never registered."""
    with Library.open(path) as lib:
        run_id = lib.model_runs.create("popularity", params={"kind": "film"}, status="training")
    models.mkdir(exist_ok=True)
    model = models / f"run{run_id}-film-popularity-0badc0de.npz"
    model.write_bytes(b"PK complete model")
    temp = models / f".{model.name}.x1y2z3.tmp"
    temp.write_bytes(b"PK half")
    marker = path.with_name(f".{path.name}.work-deadbeef0001.lock")
    marker.write_text(json.dumps({"run": run_id, "model": str(model)}))  # nobody holds it
    return run_id, [model, temp, marker]


def test_open_sweeps_what_a_killed_training_left(tmp_path: Path) -> None:
    path = _library(tmp_path)
    models = tmp_path / "lib-models"
    run_id, files = _killed_training(path, models)
    other = models / "run99-film-als-12345678.npz"  # not this training's: stays
    other.write_bytes(b"PK someone else's")
    report = check_library_file(path, models_dir=models)
    text = "; ".join(report.problems)
    assert "stuck in training" in text and "half-written" in text
    assert "no run points to" in text and "work markers" in text

    Library.open(path).close()  # any command: the sweep runs at open

    assert _status(path, run_id) == ("failed", INTERRUPTED)
    assert not any(p.exists() for p in files)
    assert other.exists()
    assert check_library_file(path, models_dir=models).ok


def test_a_live_training_is_not_swept(tmp_path: Path) -> None:
    path = _library(tmp_path)
    models = tmp_path / "lib-models"
    models.mkdir()
    with Library.open(path) as lib:
        run_id = lib.model_runs.create("popularity", params={"kind": "film"}, status="training")
    model = models / f"run{run_id}-film-popularity-00000001.npz"
    with leftovers.working(path, run=run_id, model=str(model)):
        model.write_bytes(b"PK saved, not yet registered")
        Library.open(path).close()  # another command opens the library meanwhile
        assert _status(path, run_id) == ("training", None)
        assert model.exists()
        assert check_library_file(path, models_dir=models).ok
    Library.open(path).close()
    # Its process ended without registering the run: now the run is set straight.
    assert _status(path, run_id) == ("failed", INTERRUPTED)


def test_a_run_finished_before_its_marker_went_keeps_its_model(tmp_path: Path) -> None:
    path = _library(tmp_path)
    models = tmp_path / "lib-models"
    run_id, (model, temp, marker) = _killed_training(path, models)
    # Registered (in the training's own connection), then killed before its marker went.
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "UPDATE model_runs SET status = 'ready', file = ? WHERE id = ?", (model.name, run_id)
        )
    conn.close()
    Library.open(path).close()
    assert _status(path, run_id)[0] == "ready"
    assert model.exists() and not temp.exists() and not marker.exists()


# A library named with glob's characters: its backups' parts were matched as a pattern.
@pytest.mark.parametrize("name", ["lib.sqlite", "music [old]*?.sqlite"])
def test_open_sweeps_dead_backup_restore_and_export_parts(tmp_path: Path, name: str) -> None:
    path = _library(tmp_path, name)
    folder = backups.backups_dir_for(path)
    folder.mkdir()
    backup_part = folder / f"{path.stem}.20260101-000000-000000-manual.backup.sqlite.part"
    backup_part.write_bytes(b"SQLite format 3\x00 half")
    journal = Path(f"{backup_part}-journal")
    journal.write_bytes(b"hot journal")
    restore_part = path.with_name(f".{path.name}.restore.part")
    restore_part.write_bytes(b"half")
    out = tmp_path / "out" / "items.csv"
    out.parent.mkdir()
    export_part = out.with_name(f".{out.name}.abc123.part")
    export_part.write_text("id,title\n1,Private")
    marker = path.with_name(f".{path.name}.work-deadbeef0002.lock")
    marker.write_text(json.dumps({"parts": [str(out.parent), f".{out.name}."]}))
    unrelated = out.with_name(".notes.txt.part")  # a file no export of ours wrote
    unrelated.write_text("keep")

    report = check_library_file(path)
    assert any("half-written files" in p for p in report.problems), report.problems
    Library.open(path).close()

    for gone in (backup_part, journal, restore_part, export_part, marker):
        assert not gone.exists(), gone
    assert unrelated.exists()
    assert check_library_file(path).ok


def test_a_part_being_written_is_not_swept(tmp_path: Path) -> None:
    path = _library(tmp_path)
    folder = backups.backups_dir_for(path)
    folder.mkdir()
    part = folder / f"{path.stem}.20260101-000000-000000-manual.backup.sqlite.part"
    with owner_lock(part):  # a backup in progress in another command
        Library.open(path).close()
        assert part.exists()


def test_check_reports_orphan_model_files(tmp_path: Path) -> None:
    path = _library(tmp_path)
    models = tmp_path / "lib-models"
    run_id, files = _killed_training(path, models)
    files[2].unlink()  # only the model file is left, its marker gone
    report = check_library_file(path, models_dir=models)
    assert any("stuck in training" in p for p in report.problems)


def _wal_sqlite(path: Path, *, app_id: int = 0, version: int = 0) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (a)")
    conn.execute(f"PRAGMA application_id = {app_id}")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("case", ["other program", "newer version", "damaged"])
def test_a_refused_file_gains_no_companions(tmp_path: Path, case: str) -> None:
    from desktop_recsys.library import migrations

    path = tmp_path / "x.sqlite"
    if case == "other program":
        _wal_sqlite(path, app_id=1234)
    elif case == "newer version":
        _wal_sqlite(path, app_id=migrations.APPLICATION_ID, version=migrations.SCHEMA_VERSION + 1)
    else:  # a library whose pages after the first were overwritten
        with Library.open(path) as lib:
            for n in range(300):
                lib.profiles.add(f"profile {n}")
        data = bytearray(path.read_bytes())
        page = 4096
        data[page : len(data) - page] = b"\xff" * (len(data) - 2 * page)
        path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(LibraryError):
        Library.open(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.sqlite"]
    assert path.read_bytes() == before


def test_restore_leaves_no_companions(tmp_path: Path) -> None:
    path = _library(tmp_path)
    made = backup_service.backup_now(path)
    with Library.open(path) as lib:
        lib.profiles.add("Bo")
    backup_service.restore(path, made)
    stray = [p.name for p in tmp_path.iterdir() if ".part" in p.name or "restore" in p.name]
    assert stray == []
    assert not [p for p in made.parent.iterdir() if p.name.endswith(("-wal", "-shm"))]
    with Library.open(path) as lib:
        assert [p.name for p in lib.profiles.list()] == ["Ann"]


@pytest.mark.parametrize(
    "name",
    [
        "out.csv",
        "my [2024] list*?.csv",  # glob's characters: the sweep matched no file of this name
        "a" * 240 + ".csv",  # the temporary name kept the whole name: 'File name too long'
    ],
)
def test_an_export_killed_in_a_real_process_is_swept(tmp_path: Path, name: str) -> None:
    """A real export process dies while it writes (os._exit inside the CSV writer)."""
    path = _library(tmp_path)
    out = tmp_path / name
    code = (
        "import os, sys\n"
        "from desktop_recsys.library.exporters import _files\n"
        "real = _files.csv_text\n"
        "def dying(*a, **k):\n"
        "    os._exit(9)\n"
        "_files.csv_text = dying\n"
        "from desktop_recsys.services.export_service import export_library\n"
        f"export_library({str(path)!r}, {str(out)!r}, 'csv')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], env=child_env(tmp_path), check=False)
    assert done.returncode == 9
    begins = f".{name[:20]}"
    parts = [p for p in tmp_path.iterdir() if p.name.startswith(begins)]
    assert parts, "the killed export left no .part file: the test proves nothing"
    assert not check_library_file(path).ok
    Library.open(path).close()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith((begins, ".lib.sqlite."))]
    export_library(path, out, "csv")  # and the export still works
    assert out.read_text(encoding="utf-8").startswith("id")
    assert sorted(p.name for p in tmp_path.iterdir() if not p.is_dir()) == sorted(
        ["lib.sqlite", name]
    )


test_an_export_killed_in_a_real_process_is_swept = pytest.mark.subprocess(
    test_an_export_killed_in_a_real_process_is_swept
)


def test_sweep_skips_when_another_command_holds_the_write_lock(tmp_path: Path) -> None:
    path = _library(tmp_path)
    models = tmp_path / "lib-models"
    run_id, _files = _killed_training(path, models)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        Library.open(path).close()  # opens at once; the sweep waits for a later open
    finally:
        holder.execute("COMMIT")
        holder.close()
    Library.open(path).close()
    assert _status(path, run_id) == ("failed", INTERRUPTED)


def test_the_window_sweeps_at_start_like_any_command(qtbot: Any, tmp_path: Path) -> None:
    from desktop_recsys import app as app_module
    from desktop_recsys.config import AppPaths
    from desktop_recsys.jobs import JobRunner

    path = _library(tmp_path)
    models = tmp_path / "lib-models"
    run_id, files = _killed_training(path, models)
    paths = AppPaths(data_dir=tmp_path / "data", config_dir=tmp_path / "config")
    session = app_module.start_gui(path, paths=paths, runner=JobRunner(compute_threads=1))
    qtbot.addWidget(session.window)
    try:
        assert _status(path, run_id) == ("failed", INTERRUPTED)
        assert not any(p.exists() for p in files)
    finally:
        session.close()


def test_a_restore_in_progress_keeps_its_staged_copy_when_the_library_is_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _library(tmp_path)
    made = backup_service.backup_now(path)
    real_verify = backups.verify_backup
    opened: list[Path] = []

    def verify_then_open(candidate: Path, *args: Any, **kwargs: Any) -> None:
        real_verify(candidate, *args, **kwargs)
        if ".restore.part" in candidate.name:  # another command opens the library just now
            Library.open(path).close()
            opened.append(candidate)
            assert candidate.exists()

    monkeypatch.setattr(backups, "verify_backup", verify_then_open)
    backup_service.restore(path, made)
    assert opened
    with Library.open(path) as lib:
        assert [p.name for p in lib.profiles.list()] == ["Ann"]


@pytest.mark.subprocess
def test_a_backup_to_a_chosen_file_killed_mid_copy_is_swept(tmp_path: Path) -> None:
    """``backup --out FILE`` writes ``FILE.part`` beside FILE, far from the backups folder."""
    path = _library(tmp_path)
    out = tmp_path / "elsewhere" / "copy.sqlite"
    out.parent.mkdir()
    code = (
        "import os\n"
        "os.replace = lambda *a, **k: os._exit(9)  # dies once the copy is written\n"
        "from desktop_recsys.services.backup_service import backup_now\n"
        f"backup_now({str(path)!r}, out={str(out)!r})\n"
    )
    done = subprocess.run([sys.executable, "-c", code], env=child_env(tmp_path), check=False)
    assert done.returncode == 9
    assert Path(f"{out}.part").exists(), "the killed backup left no .part: the test proves nothing"
    assert not check_library_file(path).ok
    Library.open(path).close()
    assert list(out.parent.iterdir()) == []
    assert check_library_file(path).ok


@pytest.mark.subprocess
def test_an_import_killed_during_its_backup_is_swept_and_changed_nothing(tmp_path: Path) -> None:
    from reliability_helpers import count, write_tiny_movielens

    path = _library(tmp_path)
    source = write_tiny_movielens(tmp_path / "ml")
    code = (
        "import os\n"
        "os.replace = lambda *a, **k: os._exit(9)  # dies as the pre-import backup is renamed\n"
        "from desktop_recsys.services.import_service import import_movielens\n"
        f"import_movielens({str(path)!r}, {str(source)!r})\n"
    )
    done = subprocess.run([sys.executable, "-c", code], env=child_env(tmp_path), check=False)
    assert done.returncode == 9
    folder = backups.backups_dir_for(path)
    assert list(folder.glob("*.part")), "no half-written backup: the test proves nothing"
    Library.open(path).close()
    assert list(folder.iterdir()) == []
    assert count(path, "SELECT count(*) FROM ratings") == 0
    assert check_library_file(path).ok
