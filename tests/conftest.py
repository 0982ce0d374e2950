"""Shared fixtures. Qt runs offscreen in every test (set before any Qt import)."""

from __future__ import annotations

import gc
import os
import shutil
import subprocess
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# scikit-learn (k-means of the daily mixes) starts lscpu to count physical cores unless told a
# number below the logical count; the fast tier starts no processes, so it is told one.
if os.environ.get("DESKTOP_RECSYS_FAST_TIER") == "1":
    os.environ.setdefault("LOKY_MAX_CPU_COUNT", "1")

REPO_ROOT = Path(__file__).resolve().parents[1]
DATA_ENV = "DESKTOP_RECSYS_DATA"
#: Set by ``make test-fast`` (no Qt, no data set, no other process; see the Makefile).
FAST_TIER_ENV = "DESKTOP_RECSYS_FAST_TIER"


def shared_data_dir() -> Path:
    """The real data sets: ``$DESKTOP_RECSYS_DATA`` or ``../shared/data`` from the repo root."""
    return Path(os.environ.get(DATA_ENV, REPO_ROOT.parent / "shared" / "data"))


#: Fixtures that make a test need a Qt application (a window, a runner's threads, a model).
QT_FIXTURES = {"qtbot", "qapp", "qtmodeltester"}
#: Modules whose names in a test module mean it uses Qt (the jobs and ui layers are Qt).
QT_MODULES = ("PySide6", "shiboken6", "pytestqt", "desktop_recsys.jobs", "desktop_recsys.ui")


def uses_qt(module: object) -> bool:
    """True if a test module imported anything from Qt or from a Qt layer of the app."""
    for value in vars(module).values():
        origin = getattr(value, "__module__", None) or getattr(value, "__name__", None)
        if isinstance(origin, str) and origin.startswith(QT_MODULES):
            return True
    return False


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark what each test needs, so ``make test-fast`` can leave out the slower tiers.

    ``gui``: Qt (a qt fixture, anything under tests/ui, or a module that imports Qt, the jobs
    or the ui layer); ``dataset``: the real
    data sets (the ``data_dir`` fixture, also through another fixture). ``subprocess`` is
    marked by hand on the tests that start a process, as ``slow`` is.
    """
    ui_folder = Path(__file__).parent / "ui"
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        module = getattr(item, "module", None)
        if (
            fixtures & QT_FIXTURES
            or ui_folder in Path(str(item.path)).parents
            or (module is not None and uses_qt(module))
        ):
            item.add_marker(pytest.mark.gui)
        if "data_dir" in fixtures:
            item.add_marker(pytest.mark.dataset)


@pytest.fixture(autouse=True)
def _fast_tier_starts_no_process(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep the ``subprocess`` marks true: in the fast tier, an unmarked test that starts a
    process fails at once with a message saying how to mark it."""
    if os.environ.get(FAST_TIER_ENV) != "1" or request.node.get_closest_marker("subprocess"):
        return

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(
            "this test starts a process: mark it @pytest.mark.subprocess (make test-fast skips it)"
        )

    monkeypatch.setattr(subprocess.Popen, "__init__", refuse)


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
    if os.environ.get(FAST_TIER_ENV) == "1":  # no Qt in the fast tier: Python's own GC is safe
        yield
        return
    was_enabled = gc.isenabled()
    gc.disable()
    yield
    if was_enabled:
        gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_each_test():
    yield
    if os.environ.get(FAST_TIER_ENV) != "1":
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


class CommandLine:
    """The real ``main()`` run in a language, its exit status and output captured (issue 19:
    the command line's words follow the language). ``speak(how)``: ``"LANG"`` (``LANG=zh_CN.UTF-8``),
    ``"setting"`` (the window's language setting zh_CN, ``LANG=C``) or a locale name
    (``"C"``: English); ``run(*argv)`` -> ``(status, stdout, stderr)``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
        self._monkeypatch = monkeypatch
        self._capsys = capsys

    def speak(self, how: str) -> None:
        import json

        for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
            self._monkeypatch.delenv(name, raising=False)
        self._monkeypatch.setenv("LANG", "zh_CN.UTF-8" if how == "LANG" else "C")
        if how not in ("LANG", "setting"):
            self._monkeypatch.setenv("LANG", how)
            return
        if how == "setting":
            from desktop_recsys.config import default_paths

            settings = default_paths().settings_file
            settings.parent.mkdir(parents=True, exist_ok=True)
            settings.write_text(json.dumps({"ui": {"language": "zh_CN"}}), encoding="utf-8")

    def run(self, *argv: str) -> tuple[int, str, str]:
        from desktop_recsys.cli.entry import main

        try:
            code = main(list(argv))
        except SystemExit as stopped:
            code = int(stopped.code or 0)
        out = self._capsys.readouterr()
        return code, out.out, out.err


@pytest.fixture
def command_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> CommandLine:
    """:class:`CommandLine`: run ``main()`` in a language and capture what it printed."""
    return CommandLine(monkeypatch, capsys)
