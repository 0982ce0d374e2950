"""Shared fixtures. Qt runs offscreen in every test (set before any Qt import)."""

from __future__ import annotations

import gc
import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO_ROOT = Path(__file__).resolve().parents[1]
DATA_ENV = "DESKTOP_RECSYS_DATA"


def shared_data_dir() -> Path:
    """The real data sets: ``$DESKTOP_RECSYS_DATA`` or ``../shared/data`` from the repo root."""
    return Path(os.environ.get(DATA_ENV, REPO_ROOT.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """Folder of the real public data sets; tests that need it skip (saying why) if absent."""
    folder = shared_data_dir()
    if not (folder / "ml-latest-small" / "ratings.csv").is_file():
        pytest.skip(
            f"real data sets not found at {folder}; set {DATA_ENV} or see README 'Data sets'"
        )
    return folder


@pytest.fixture(scope="session", autouse=True)
def _garbage_collected_on_the_main_thread():
    """Python's cyclic collector runs in whatever thread allocates; freeing a Qt object left
    by an earlier test on a job's worker thread deadlocks Qt against the GIL (a run hung so).
    As in the app (ui/gc_guard.py), collection happens on the main thread only: after each
    test."""
    was_enabled = gc.isenabled()
    gc.disable()
    yield
    if was_enabled:
        gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_each_test():
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never touch the real user data folder: point DESKTOP_RECSYS_HOME at a temp folder."""
    monkeypatch.setenv("DESKTOP_RECSYS_HOME", str(tmp_path_factory.mktemp("home")))


@pytest.fixture(scope="session")
def demo_library_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo library built once per session; copy it (``demo_library_copy``) before writing."""
    from desktop_recsys.library import Library
    from desktop_recsys.library.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    with Library.open(path) as library:
        build_demo(library, seed=7)
    return path


@pytest.fixture
def demo_library_copy(demo_library_file: Path, tmp_path: Path) -> Path:
    """A private copy of the session's demo library that a test may change."""
    target = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_library_file, target)
    return target
