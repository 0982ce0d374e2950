"""Training and backing up onto a full or read-only disk: one line, exit 1, the library as it was.

The disks are real: a tiny tmpfs (full after a few kilobytes) or a read-only one, mounted where
the command writes (``small_disks``: by root with mount(8), by anyone else in a user namespace;
the test's id says which; where neither can be made the test skips and says why). With a real
mount the commands run in-process through the CLI's ``main``; in a user namespace they run in a
child process inside it. Either way the faults are the file system's.
"""

from __future__ import annotations

import argparse
import errno
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from reliability_helpers import child_env, cli
from small_disks import SmallDisk

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


def one_error_line(capsys: pytest.CaptureFixture[str], *argv: object) -> str:
    code = main([str(a) for a in argv])
    return _the_one_line(code, capsys.readouterr().err)


def error_line_on(disk: SmallDisk, capsys: pytest.CaptureFixture[str], *argv: object) -> str:
    """The command's one error line, run where ``disk`` is mounted (here, or in its namespace)."""
    if disk.in_process:
        return one_error_line(capsys, *argv)
    home = Path(os.environ["DESKTOP_RECSYS_HOME"])  # the test's own (tests/conftest.py)
    done = disk.run(cli(*(str(a) for a in argv)), env=child_env(home), timeout=300)
    return _the_one_line(done.returncode, done.stderr)


def _the_one_line(code: int, err: str) -> str:
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


@pytest.mark.subprocess  # mount(8), or unshare(1) and a child process
def test_train_on_a_full_disk(demo_library_copy, tmp_path, small_disk, capsys) -> None:
    library = _library(demo_library_copy, tmp_path)
    models = small_disk(library_folder_for(library, "models").resolve(), "size=16k")
    before = _snapshot(library)
    line = error_line_on(models, capsys, "--library", library, "train", "--kind", "film",
                         "--quiet")  # fmt: skip
    assert "full" in line and "no model was saved" in line
    assert list(models.view.iterdir()) == []  # no half-written model, no temp file
    assert _snapshot(library) == before


@pytest.mark.subprocess  # mount(8), or unshare(1) and a child process
def test_train_on_a_read_only_models_folder(demo_library_copy, tmp_path, small_disk, capsys):
    library = _library(demo_library_copy, tmp_path)
    models = small_disk(library_folder_for(library, "models").resolve(), "size=1m,ro")
    before = _snapshot(library)
    line = error_line_on(models, capsys, "--library", library, "train", "--kind", "film",
                         "--quiet")  # fmt: skip
    assert "read-only" in line
    assert list(models.view.iterdir()) == []
    assert _snapshot(library) == before


def test_train_when_the_models_folder_cannot_be_created(demo_library_copy, tmp_path, capsys):
    """A file where the models folder belongs: no mount needed."""
    library = _library(demo_library_copy, tmp_path)
    library_folder_for(library, "models").write_text("not a folder")
    before = _snapshot(library)
    line = one_error_line(capsys, "--library", library, "train", "--kind", "film", "--quiet")
    assert "not a folder" in line
    assert _snapshot(library) == before


@pytest.mark.subprocess  # mount(8), or unshare(1) and a child process
def test_backup_to_a_full_disk(demo_library_copy, tmp_path, small_disk, capsys) -> None:
    library = _library(demo_library_copy, tmp_path)
    disk = small_disk(tmp_path.resolve() / "usb", "size=64k")
    before = _snapshot(library)
    line = error_line_on(disk, capsys, "--library", library, "backup", "--out",
                         disk.folder / "b.sqlite")  # fmt: skip
    assert "disk is full" in line and "library is unchanged" in line
    assert list(disk.view.iterdir()) == []  # no copy, no .part, no journal
    assert _snapshot(library) == before


@pytest.mark.subprocess  # mount(8), or unshare(1) and a child process
def test_backup_into_a_full_backups_folder(demo_library_copy, tmp_path, small_disk, capsys):
    library = _library(demo_library_copy, tmp_path)
    backups = small_disk(library_folder_for(library, "backups").resolve(), "size=64k")
    before = _snapshot(library)
    line = error_line_on(backups, capsys, "--library", library, "backup")
    assert "disk is full" in line
    assert list(backups.view.iterdir()) == []
    assert _snapshot(library) == before


@pytest.mark.subprocess  # mount(8), or unshare(1) and a child process
def test_backup_to_a_read_only_disk(demo_library_copy, tmp_path, small_disk, capsys) -> None:
    library = _library(demo_library_copy, tmp_path)
    disk = small_disk(tmp_path.resolve() / "cdrom", "size=64k,ro")
    before = _snapshot(library)
    line = error_line_on(disk, capsys, "--library", library, "backup", "--out",
                         disk.folder / "b.sqlite")  # fmt: skip
    assert "read-only" in line.lower()
    assert list(disk.view.iterdir()) == []
    assert _snapshot(library) == before


#: Runs ``desktop-recsys ARGS`` under a file-size limit (RLIMIT_FSIZE, set before the exec: any
#: user may lower it); Python ignores SIGXFSZ, so a write past it fails with EFBIG.
LIMITED = (
    "import resource, sys, os\n"
    "limit = int(sys.argv[1])\n"
    "resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))\n"
    "os.execv(sys.executable, [sys.executable, '-m', 'desktop_recsys', *sys.argv[2:]])\n"
)


@pytest.mark.subprocess  # a child process under a file-size limit
@pytest.mark.parametrize("where", ["--out", "backups folder"])
def test_a_backup_the_disk_refuses_otherwise_is_one_line_too(demo_library_copy, tmp_path, where):
    """Not full, but refused: a write past a file-size limit (FAT32 holds 4 GiB; ``ulimit -f``)
    or a failing disk, which SQLite calls "disk I/O error". It was a traceback. Any user can
    make this fault, no mount needed."""
    library = _library(demo_library_copy, tmp_path)
    usb = tmp_path / "usb"
    usb.mkdir()
    argv = ["backup", "--out", str(usb / "b.sqlite")] if where == "--out" else ["backup"]
    before = _snapshot(library)
    home = Path(os.environ["DESKTOP_RECSYS_HOME"])
    done = subprocess.run(
        [sys.executable, "-S", "-E", "-c", LIMITED, str(64 * 1024), "--library", str(library),
         *argv],
        env=child_env(home), capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    line = _the_one_line(done.returncode, done.stderr)
    assert "the disk refused the write" in line and "the library is unchanged" in line
    backups = library_folder_for(library, "backups")
    assert list(usb.iterdir()) == []  # no copy, no .part, no journal
    assert not backups.exists() or list(backups.iterdir()) == []
    assert _snapshot(library) == before


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
