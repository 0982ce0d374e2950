"""Fixtures for the reliability tests, and the summary line ``make test-slow`` prints."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from reliability_helpers import TALLY, cli, run_cli
from small_disks import small_disk  # noqa: F401 (the fixture of the full-disk tests)

from desktop_recsys.library import Library


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Operations killed, checks passed, inputs tried and crashes (issue 9's README numbers)."""
    if not TALLY:
        return
    terminalreporter.section("reliability summary")
    for key in (
        "operations killed",
        "operations completed before the kill",
        "checks passed",
        "stray files after a kill",
        "runs stuck in training after a kill",
        "inputs tried",
        "bad rows reported",
        "crashes",
    ):
        terminalreporter.write_line(f"{key}: {TALLY.get(key, 0)}")


@pytest.fixture(scope="session")
def ml_library_file(tmp_path_factory: pytest.TempPathFactory, data_dir: Path) -> Path:
    """ml-latest-small imported through the CLI once per session (copy before writing)."""
    folder = tmp_path_factory.mktemp("ml-base")
    path = folder / "ml.sqlite"
    done = run_cli(
        cli("--library", str(path), "import", "movielens", str(data_dir / "ml-latest-small"),
            "--quiet"),
        folder,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    with Library.open(path) as lib:  # fold the WAL in, so a plain file copy is complete
        lib.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def copy_library(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    return target
