"""The GUI's composition root: start-up on good and bad libraries, first-start demo."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_recsys import app as app_module
from desktop_recsys.config import AppPaths, Settings
from desktop_recsys.jobs import JobRunner
from desktop_recsys.library import Library, LibraryError
from desktop_recsys.library.models import NewItem

pytestmark = pytest.mark.gui

WAIT_MS = 15000


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Records QMessageBox.critical calls instead of blocking on a modal dialog."""
    calls: list[tuple[str, str]] = []

    def fake_critical(parent: Any, title: str, text: str, *args: Any) -> Any:
        calls.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(fake_critical))
    return calls


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths(data_dir=tmp_path / "data", config_dir=tmp_path / "config")


def test_not_a_library_shows_an_error_and_exits_2(
    qapp: Any, tmp_path: Path, dialogs: list[tuple[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"these are my notes, not a database\n" * 20)
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    assert app_module.run_gui(path) == 2

    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert len(dialogs) == 1
    title, text = dialogs[0]
    assert title == "Cannot open library"
    assert str(path) in text and "\n" not in text
    err = capsys.readouterr().err
    assert err.strip() == f"desktop-recsys: {text}"
    assert "Traceback" not in err
    assert not list(tmp_path.glob("notes.sqlite-*"))  # no WAL or journal left next to it


def test_start_gui_raises_library_error_for_a_folder(
    qapp: Any, tmp_path: Path, paths: AppPaths
) -> None:
    with pytest.raises(LibraryError):
        app_module.start_gui(tmp_path, paths=paths)


def test_explicit_library_opens_without_demo_and_remembers_it(
    qtbot: Any, tmp_path: Path, paths: AppPaths
) -> None:
    path = tmp_path / "mine.sqlite"
    with Library.open(path) as library:
        library.items.add(NewItem(kind="film", title="My Own Film"))
    session = app_module.start_gui(path, paths=paths, runner=JobRunner(compute_threads=1))
    qtbot.addWidget(session.window)
    try:
        assert session.demo_job is None
        assert not session.window.banner.isVisibleTo(session.window)
        assert session.window.library_view.tabs.tabText(2) == "Films (1)"
        assert session.window.windowTitle().startswith("mine.sqlite")
    finally:
        session.close()
    settings = Settings.load(paths.settings_file)
    assert settings.last_library == str(path)
    assert settings.window_geometry


def test_open_library_failure_keeps_the_current_one(
    qtbot: Any, tmp_path: Path, paths: AppPaths, dialogs: list[tuple[str, str]]
) -> None:
    good = tmp_path / "good.sqlite"
    with Library.open(good) as library:
        library.items.add(NewItem(kind="track", title="Kept"))
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a library")
    session = app_module.start_gui(good, paths=paths, runner=JobRunner(compute_threads=1))
    qtbot.addWidget(session.window)
    try:
        session.window.open_library_requested.emit(bad)
        assert len(dialogs) == 1 and str(bad) in dialogs[0][1]
        assert session.library.path == good
        assert session.window.library_view.summary() == "1 track"
    finally:
        session.close()


def test_first_start_welcomes_and_its_default_builds_the_demo_with_a_profile(
    qtbot: Any, paths: AppPaths
) -> None:
    pytest.importorskip("desktop_recsys.library.demo")
    runner = JobRunner(compute_threads=1)
    session = app_module.start_gui(paths=paths, runner=runner)
    window = session.window
    qtbot.addWidget(window)
    try:
        assert session.library.path == paths.library_file
        assert session.first_run and session.demo_job is None
        dialog = session.show_welcome()
        assert dialog.isVisible() and dialog.choice() == "demo"
        assert dialog.start_button.isDefault()
        dialog.name_edit.setText("Robin")
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)  # Enter: the default, the demo
        assert not dialog.isVisible()
        assert session.demo_job is not None
        blocker = qtbot.waitSignal(runner.ended, timeout=WAIT_MS)
        blocker.wait()
        assert blocker.args == [session.demo_job, "finished"]
        assert window.banner.isVisibleTo(window)
        model = window.library_view.current_model()
        assert model.total == 2000
        assert model.rowCount() > 0 and model.data(model.index(0, 0))
        assert window.library_view.tabs.tabText(2) == "Films (800)"
        qtbot.waitUntil(lambda: window.profile_switcher.current_profile_name() == "Robin")
    finally:
        session.close()


def test_first_start_welcome_can_start_with_an_import(qtbot: Any, paths: AppPaths) -> None:
    session = app_module.start_gui(paths=paths, runner=JobRunner(compute_threads=1))
    window = session.window
    qtbot.addWidget(window)
    try:
        dialog = session.show_welcome()
        dialog.buttons["import"].setChecked(True)
        dialog.name_edit.setText("Sam")
        dialog.start_button.click()
        assert session.demo_job is None
        assert window.profile_switcher.current_profile_name() == "Sam"
        assert window.import_wizard.isVisible()
        window.import_wizard.reject()
    finally:
        session.close()


@pytest.mark.gui
def test_start_takes_the_scheduled_backup_in_the_background(
    qtbot, demo_library_copy: Path, tmp_path: Path
) -> None:
    from desktop_recsys.services import backup_service

    assert backup_service.list_backups(demo_library_copy) == []
    session = app_module.start_gui(
        demo_library_copy, paths=AppPaths(tmp_path / "d", tmp_path / "c")
    )
    try:
        qtbot.waitUntil(
            lambda: len(backup_service.list_backups(demo_library_copy)) == 1, timeout=20000
        )
        (backup,) = backup_service.list_backups(demo_library_copy)
        assert "scheduled" in backup.path.name
    finally:
        session.close()


@pytest.mark.gui
def test_restore_from_settings_replaces_the_open_library(
    qtbot, demo_library_copy: Path, tmp_path: Path
) -> None:
    from desktop_recsys.services import backup_service

    session = app_module.start_gui(
        demo_library_copy, paths=AppPaths(tmp_path / "d", tmp_path / "c")
    )
    try:
        qtbot.waitUntil(lambda: not session.runner.is_busy(), timeout=20000)
        backup = backup_service.backup_now(demo_library_copy)
        session.window.profiles.create("Added after the backup")
        assert session.window.profiles.by_name("Added after the backup") is not None
        session.window.restore_requested.emit(backup)
        # The window reads the restored library: the profile made after the backup is gone.
        assert session.window.profiles.by_name("Added after the backup") is None
        assert session.window.profiles.by_name("Ada") is not None
        reasons = {b.reason for b in backup_service.list_backups(demo_library_copy)}
        assert "before-restore" in reasons
    finally:
        session.close()


@pytest.mark.gui
def test_the_session_retrains_stale_models_when_idle(
    qtbot, demo_library_copy: Path, tmp_path: Path
) -> None:
    from desktop_recsys.services.training_service import list_runs, train_model

    paths = AppPaths(tmp_path / "d", tmp_path / "c")
    paths.models_dir.mkdir(parents=True)
    first = train_model(demo_library_copy, paths.models_dir, kind="film", algorithm="popularity")
    from desktop_recsys.services.freshness import REFRESH_AFTER_INTERACTIONS

    with Library.open(demo_library_copy) as library:  # new data: the model is now stale
        ada = library.profiles.by_name("Ada")
        rated = {r.item_id for r in library.ratings.for_profile(ada.id)}
        films = [i for i in library.items.ids_by_kind("film") if i not in rated]
        films = films[:REFRESH_AFTER_INTERACTIONS]
        # Enough new ratings for a refresh (issue 17: one alone waits for the day to pass).
        library.ratings.set_many([(ada.id, film, 1.0, None) for film in films])
    session = app_module.start_gui(demo_library_copy, paths=paths)
    try:
        assert session._idle_timer is not None and session._idle_timer.isActive()
        qtbot.waitUntil(lambda: not session.runner.is_busy(), timeout=20000)
        assert session.idle_retrain_check() is not None
        qtbot.waitUntil(
            lambda: any(
                r.id != first and r.status == "ready" for r in list_runs(demo_library_copy)
            ),
            timeout=30000,
        )
    finally:
        session.close()


def test_a_damaged_library_found_after_the_window_shows_is_said_clearly(
    qtbot: Any, tmp_path: Path, paths: AppPaths, dialogs: list[tuple[str, str]]
) -> None:
    """The start puts SQLite's check of every page off until the window shows (0.4 s on a
    large library), never skips it: a damaged file is then said in a dialog and the status
    bar, in one line."""
    from desktop_recsys.library import db as db_module

    path = tmp_path / "mine.sqlite"
    with Library.open(path) as library:
        library.items.add_many(NewItem("film", f"Film {i}") for i in range(3000))
    data = bytearray(path.read_bytes())
    data[len(data) - 8 * 4096 : len(data) - 4 * 4096] = b"\xff" * (4 * 4096)
    path.write_bytes(bytes(data))
    db_module._checked.clear()
    session = app_module.start_gui(
        path, paths=paths, runner=JobRunner(compute_threads=1), defer_check=True
    )
    qtbot.addWidget(session.window)
    try:
        assert not dialogs  # the window opened first
        session.check_library()
        qtbot.waitUntil(lambda: len(dialogs) == 1, timeout=WAIT_MS)
        title, text = dialogs[0]
        assert title == "The library is damaged"
        assert str(path) in text and "restore a backup" in text and "\n" not in text
        # The status line says it too (or the scheduled backup's failure, which quotes it).
        assert text in session.window.message_label.text()
    finally:
        session.close()


def test_a_sound_library_passes_the_deferred_check_silently(
    qtbot: Any, tmp_path: Path, paths: AppPaths, dialogs: list[tuple[str, str]]
) -> None:
    path = tmp_path / "mine.sqlite"
    with Library.open(path) as library:
        library.items.add(NewItem(kind="film", title="My Own Film"))
    session = app_module.start_gui(
        path, paths=paths, runner=JobRunner(compute_threads=1), defer_check=True
    )
    qtbot.addWidget(session.window)
    try:
        handle = session.check_library()
        qtbot.waitUntil(lambda: not handle.active, timeout=WAIT_MS)
        qtbot.wait(50)
        assert not dialogs
    finally:
        session.close()


def test_an_unattended_start_quits_even_when_nobody_reads_its_ready_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The timing harness may be gone (a closed pipe): the app quits all the same, rather than
    running on unseen."""

    class ClosedPipe:
        def write(self, _text: str) -> int:
            raise BrokenPipeError

        def flush(self) -> None:
            raise BrokenPipeError

    class App:
        quitted = False

        def quit(self) -> None:
            self.quitted = True

    app = App()
    monkeypatch.setattr("sys.stdout", ClosedPipe())
    with pytest.raises(BrokenPipeError):
        app_module._report_ready_and_quit(app)  # type: ignore[arg-type]
    assert app.quitted
