"""Fixtures for the table model and main window tests: real temporary libraries."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from ui_test_library import fill_library

from desktop_recsys.jobs import JobRunner
from desktop_recsys.library import Library
from desktop_recsys.services.library_service import LibrarySession, open_library


@pytest.fixture
def library_file(tmp_path: Path) -> Path:
    return fill_library(tmp_path / "library.sqlite")


@pytest.fixture
def open_reader() -> Iterator[Callable[[Path], LibrarySession]]:
    """Opens readers on the test's thread and closes them after the test."""
    opened: list[Library] = []

    def _open(path: Path) -> LibrarySession:
        library = open_library(path)
        opened.append(library)
        return LibrarySession(library)

    yield _open
    for library in opened:
        library.close()


@pytest.fixture
def reader(library_file: Path, open_reader: Callable[[Path], LibrarySession]) -> LibrarySession:
    return open_reader(library_file)


@pytest.fixture
def runner(qapp: object) -> Iterator[JobRunner]:
    """A real threaded job runner (one compute thread), stopped after the test."""
    runner = JobRunner(compute_threads=1)
    yield runner
    runner.shutdown(30000)


@pytest.fixture
def demo_reader(demo_library_copy: Path) -> Iterator[LibrarySession]:
    """A reader on a private copy of the demo library, closed after the test."""
    library = open_library(demo_library_copy)
    yield LibrarySession(library)
    library.close()
