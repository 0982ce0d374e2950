"""Training and backing up onto a full or read-only disk: one line, exit 1, the library as it was.

The disks are real: a tiny tmpfs (full after a few kilobytes) or a read-only one, mounted where
the command writes. Mounting needs root; elsewhere these tests skip and say why. The commands
run in-process through the CLI's ``main`` (no subprocess: the faults are the file system's).
"""

from __future__ import annotations

import argparse
import errno
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_recsys.cli import entry
from desktop_recsys.cli.entry import main
from desktop_recsys.config.paths import library_folder_for

USER_TABLES = ("items", "profiles", "ratings", "plays", "tags", "item_tags", "playlists", "marks")


def _snapshot(path: Path) -> dict[str, list[tuple]]:
    import sqlite3

    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
                for t in USER_TABLES}  # fmt: skip
    finally:
        conn.close()


@pytest.fixture
def mount_at() -> Iterator:
    """``mount_at(folder, options)`` mounts a tmpfs there (unmounted after the test)."""
    mounted: list[Path] = []

    def mount(folder: Path, options: str) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                              capture_output=True, check=False)  # fmt: skip
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here (needs root): {done.stderr.decode().strip()}")
        mounted.append(folder)
        return folder

    yield mount
    for folder in reversed(mounted):
        subprocess.run(["umount", "-l", str(folder)], check=False)


def one_error_line(capsys: pytest.CaptureFixture[str], *argv: object) -> str:
    code = main([str(a) for a in argv])
    err = capsys.readouterr().err
    assert code == 1, err
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("desktop-recsys: error:"), err
    return lines[0]


def _library(demo_library_copy: Path, tmp_path: Path) -> Path:
    """The demo library in a folder of its own (its models and backups folders beside it)."""
    folder = tmp_path / f"lib-{uuid.uuid4().hex[:6]}"
    folder.mkdir()
    target = folder / "lib.sqlite"
    demo_library_copy.rename(target)
    return target


@pytest.mark.subprocess  # runs mount(8)
def test_train_on_a_full_disk(demo_library_copy, tmp_path, mount_at, capsys) -> None:
    library = _library(demo_library_copy, tmp_path)
    models = mount_at(library_folder_for(library, "models"), "size=16k")
    before = _snapshot(library)
    line = one_error_line(capsys, "--library", library, "train", "--kind", "film", "--quiet")
    assert "full" in line and "no model was saved" in line
    assert list(models.iterdir()) == []  # no half-written model, no temp file
    assert _snapshot(library) == before


@pytest.mark.subprocess  # runs mount(8)
def test_train_on_a_read_only_models_folder(demo_library_copy, tmp_path, mount_at, capsys):
    library = _library(demo_library_copy, tmp_path)
    mount_at(library_folder_for(library, "models"), "size=1m,ro")
    before = _snapshot(library)
    line = one_error_line(capsys, "--library", library, "train", "--kind", "film", "--quiet")
    assert "read-only" in line
    assert _snapshot(library) == before


def test_train_when_the_models_folder_cannot_be_created(demo_library_copy, tmp_path, capsys):
    """A file where the models folder belongs: no mount needed."""
    library = _library(demo_library_copy, tmp_path)
    library_folder_for(library, "models").write_text("not a folder")
    before = _snapshot(library)
    line = one_error_line(capsys, "--library", library, "train", "--kind", "film", "--quiet")
    assert "not a folder" in line
    assert _snapshot(library) == before


@pytest.mark.subprocess  # runs mount(8)
def test_backup_to_a_full_disk(demo_library_copy, tmp_path, mount_at, capsys) -> None:
    library = _library(demo_library_copy, tmp_path)
    disk = mount_at(tmp_path / "usb", "size=64k")
    before = _snapshot(library)
    line = one_error_line(capsys, "--library", library, "backup", "--out", disk / "b.sqlite")
    assert "disk is full" in line and "library is unchanged" in line
    assert list(disk.iterdir()) == []  # no copy, no .part, no journal
    assert _snapshot(library) == before


@pytest.mark.subprocess  # runs mount(8)
def test_backup_into_a_full_backups_folder(demo_library_copy, tmp_path, mount_at, capsys):
    library = _library(demo_library_copy, tmp_path)
    backups = mount_at(library_folder_for(library, "backups"), "size=64k")
    before = _snapshot(library)
    line = one_error_line(capsys, "--library", library, "backup")
    assert "disk is full" in line
    assert list(backups.iterdir()) == []
    assert _snapshot(library) == before


@pytest.mark.subprocess  # runs mount(8)
def test_backup_to_a_read_only_disk(demo_library_copy, tmp_path, mount_at, capsys) -> None:
    library = _library(demo_library_copy, tmp_path)
    disk = mount_at(tmp_path / "cdrom", "size=64k,ro")
    line = one_error_line(capsys, "--library", library, "backup", "--out", disk / "b.sqlite")
    assert "read-only" in line.lower()


@pytest.mark.parametrize(
    ("raised", "expected"),
    [
        (OSError(errno.ENOSPC, "No space left on device", "/x/y"), "the disk is full"),
        (OSError(errno.EROFS, "Read-only file system"), "read-only"),
        (MemoryError(), "out of memory"),
        (RecursionError(), "nested too deeply"),
    ],
)
def test_the_command_line_never_shows_a_traceback_for_the_machine(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], raised, expected
) -> None:
    """A last net under every command: the machine's failures are one line and exit 1."""

    def failing(args: argparse.Namespace) -> int:
        raise raised

    parser = argparse.ArgumentParser()
    parser.set_defaults(func=failing)
    monkeypatch.setattr(entry, "build_parser", lambda: parser)
    line = one_error_line(capsys)
    assert expected in line
