"""The Settings dialog on the real main window: where the data lives, the scanned folders and
"Rescan now", backups (back up now, the list, restore behind a confirmation), and job titles
that name profiles and items rather than their ids."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton
from ui_test_library import show_main_window, wait_job_ended

from desktop_recsys.jobs import JobRunner
from desktop_recsys.jobs.definitions import ImportJob
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

WAIT_MS = 30000
MEDIA = Path(__file__).resolve().parents[1] / "data" / "media"


@pytest.fixture
def reader(demo_reader: LibrarySession) -> LibrarySession:
    return demo_reader


@pytest.fixture
def window(qtbot: Any, reader: LibrarySession, runner: JobRunner, tmp_path: Path) -> MainWindow:
    return show_main_window(qtbot, reader, runner, tmp_path / "data" / "models", size=(1200, 760))


def wait_finished(qtbot: Any, runner: JobRunner, job_id: int | None) -> None:
    wait_job_ended(qtbot, runner, job_id)
    info = runner.job(job_id)
    assert info is not None and info.state.value == "finished", info.error


def test_settings_show_where_the_data_is_and_rescan_the_scanned_folders(
    qtbot: Any, window: MainWindow, runner: JobRunner, reader: LibrarySession, tmp_path: Path
) -> None:
    films = tmp_path / "My Films"
    shutil.copytree(MEDIA / "films", films)
    # A folder import (as the wizard runs it) is remembered for this library once it ran.
    wait_finished(qtbot, runner, runner.submit_job(ImportJob(reader.path, "folder", films)))
    assert list(window.state.library_folders(reader.path)) == [str(films.absolute())]
    assert window.state.library_folders(tmp_path / "other.sqlite") == {}

    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.settings_dialog
    qtbot.waitExposed(dialog)
    assert dialog.library_file.text() == str(reader.path)
    assert dialog.data_folder.text() == str(tmp_path / "data")
    assert [dialog.folders.item(i).text() for i in range(dialog.folders.count())] == [
        str(films.absolute())
    ]
    assert dialog.rescan_button.isEnabled()

    # A new film appears in the folder; "Rescan now" scans the folder again and finds it.
    shutil.copyfile(films / "Alien.1979.DVDRip.mkv", films / "Solaris.1972.mkv")
    before = reader.count_items("film")
    qtbot.mouseClick(dialog.rescan_button, Qt.MouseButton.LeftButton)
    assert len(dialog.rescan_jobs) == 1
    info = runner.job(dialog.rescan_jobs[0])
    assert info is not None and info.kind == "import"
    assert (info.params["import_kind"], info.params["source"]) == ("folder", str(films.absolute()))
    wait_finished(qtbot, runner, dialog.rescan_jobs[0])
    assert reader.count_items("film") == before + 1
    qtbot.waitUntil(lambda: "Importing My Films (folder): done" in window.message_label.text())

    # Forgetting a folder only takes it off the list.
    dialog.folders.setCurrentRow(0)
    qtbot.mouseClick(dialog.forget_button, Qt.MouseButton.LeftButton)
    assert dialog.folders.count() == 0 and not dialog.rescan_button.isEnabled()
    assert window.state.library_folders(reader.path) == {}
    assert reader.count_items("film") == before + 1


def test_back_up_now_lists_the_backup_and_restore_asks_first(
    qtbot: Any, window: MainWindow, runner: JobRunner, reader: LibrarySession
) -> None:
    dialog = window.open_settings()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentIndex(2)
    assert dialog.backups.topLevelItemCount() == 0
    # Nobody handles a restore here (no composition root): the button says how instead.
    assert not dialog.restore_button.isEnabled()
    assert "command line" in dialog.restore_button.toolTip()
    assert "No backups yet" in dialog.backups_hint.text()

    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    job = dialog.backup_job
    assert job is not None and runner.job(job).lane.value == "write"
    wait_finished(qtbot, runner, job)
    qtbot.waitUntil(lambda: dialog.backups.topLevelItemCount() == 1)
    row = dialog.backups.topLevelItem(0)
    backup = Path(row.data(0, Qt.ItemDataRole.UserRole))
    assert backup.is_file() and backup.parent != reader.path.parent
    assert row.text(1) == "Backed up by hand" and row.text(2).endswith("MB")
    assert dialog.backup_button.isEnabled()
    dialog.backups.setCurrentItem(row)
    assert not dialog.restore_button.isEnabled()
    assert "desktop-recsys restore" in dialog.backups_hint.text()
    dialog.reject()

    # With a handler, restore is offered, and only after a confirmation that says what happens.
    requested: list[Path] = []
    window.restore_requested.connect(requested.append)
    dialog = window.open_settings()
    qtbot.waitExposed(dialog)
    dialog.backups.setCurrentItem(dialog.backups.topLevelItem(0))
    assert dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    box = dialog.restore_box
    qtbot.waitExposed(box)
    assert box.defaultButton() == box.button(QMessageBox.StandardButton.Cancel)
    assert "will no longer be in the library" in box.informativeText()
    assert "kept as a backup" in box.informativeText()
    assert requested == []  # nothing happens before the answer
    confirm = box.findChild(QPushButton, "confirmRestore")
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    assert requested == [backup]
    assert not dialog.isVisible()


def test_job_titles_name_profiles_and_items(
    qtbot: Any, window: MainWindow, runner: JobRunner, reader: LibrarySession
) -> None:
    name = window.profile_switcher.current_profile_name()
    assert name
    window.show_screen("for_you")
    shared = window.for_you_view.train_now()  # the kind's shared model (issue 17)
    assert shared is not None
    assert window.job_title(shared) == "Training default on films"
    wait_finished(qtbot, runner, shared)
    from desktop_recsys.ui.deferred import job_definitions

    own = job_definitions().TrainModelJob(
        reader.path,
        window.for_you_view._models_dir,
        "film",
        algorithm="popularity",
        profile=window.current_profile_id(),
        profile_name=name,
    )
    job = runner.submit_job(own)
    assert name in window.job_title(job) and "profile " not in window.job_title(job)
    wait_finished(qtbot, runner, job)

    window.show_screen("library")
    window.library_view.show_kind("film")
    view = window.library_view.current_view()
    view.selectRow(0)
    title = window.library_view.current_model().row_at(0).title
    similar = window.library_view.detail.similar_job
    assert similar is not None
    assert window.job_title(similar) == f"Finding items like “{title}”"
    qtbot.waitUntil(lambda: window.library_view.detail.similar.count() > 0, timeout=WAIT_MS)
    panel = window.jobs_panel.model
    titles = [panel.data(panel.index(r, 0)) for r in range(panel.session_rows())]
    # A short read leaves the Jobs list once it finished (issue 19).
    assert not any(t.startswith("Finding items like") for t in titles)
    assert not any("item " in t or "profile " in t for t in titles)


def _threads_inside_a_write_job(qtbot: Any, runner: JobRunner) -> int:
    """The most BLAS / OpenMP threads a write-lane job may use (what training gets)."""
    from threadpoolctl import threadpool_info

    from desktop_recsys.jobs import JobLane

    def report(progress: Any, cancel: Any) -> int:
        return max(pool["num_threads"] for pool in threadpool_info())

    mine: list[int] = []
    with qtbot.waitSignal(
        runner.finished, timeout=WAIT_MS, check_params_cb=lambda job, _result: job in mine
    ) as blocker:
        mine.append(runner.submit(report, kind="blas", lane=JobLane.WRITE))
    return int(blocker.args[1])


@pytest.fixture
def two_blas_threads() -> Any:
    """BLAS at two threads, also on one core, where OpenBLAS starts at one and a write job's
    cap of two never raises it (desktop_recsys/blas_caps). Set from a thread that ends, so
    that no thread keeps threadpoolctl's role of the one that sets OpenBLAS."""
    import threading

    import numpy  # noqa: F401  (loads the BLAS library whose threads the runner limits)
    from threadpoolctl import threadpool_limits

    def in_a_thread_that_ends(fn: Any) -> None:
        setter = threading.Thread(target=fn)
        setter.start()
        setter.join()

    raised: list[Any] = []
    in_a_thread_that_ends(lambda: raised.append(threadpool_limits(limits=2, user_api="blas")))
    yield
    in_a_thread_that_ends(raised[0].restore_original_limits)


def test_idle_retrain_and_threads_apply_at_once_through_the_real_session(
    qtbot: Any, demo_library_copy: Path, tmp_path: Path, two_blas_threads: None
) -> None:
    """An older settings file switched idle retraining off at its top level: the session
    starts with it off and the new checkbox unticked; ticking it starts the timer, unticking
    stops the scheduler, without a restart; the number of training threads reaches the next
    job; one key in the saved file."""
    import json

    from desktop_recsys import app as app_module
    from desktop_recsys.config import AppPaths

    paths = AppPaths(data_dir=tmp_path / "data", config_dir=tmp_path / "config")
    paths.settings_file.parent.mkdir(parents=True)
    paths.settings_file.write_text(json.dumps({"idle_retrain": False}), encoding="utf-8")
    session = app_module.start_gui(
        demo_library_copy, paths=paths, runner=JobRunner(compute_threads=2)
    )
    try:
        window = session.window
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert not session.idle_retrain_on
        assert _threads_inside_a_write_job(qtbot, session.runner) == 2

        qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
        dialog = window.settings_dialog
        qtbot.waitExposed(dialog)
        box = dialog.idle_retrain
        assert box.text().replace("&", "") == (
            "Retrain out-of-date models while the computer is idle"
        )
        assert not box.isChecked()
        assert dialog.threads.value() == 2  # never chosen: what the runner uses now
        box.click()
        dialog.threads.setValue(1)
        assert not dialog.restart_note.isVisible()  # threads need no restart
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert session.idle_retrain_on and session._idle_timer.isActive()
        assert session.runner.compute_threads == 1
        assert _threads_inside_a_write_job(qtbot, session.runner) == 1

        # Once the scheduler runs, unticking stops it and ticking resumes it.
        qtbot.waitUntil(lambda: not session.runner.is_busy(), timeout=WAIT_MS)
        assert session.idle_retrain_check() is not None
        assert session.idle_retrain.is_running()
        dialog = window.open_settings()
        qtbot.waitExposed(dialog)
        assert dialog.idle_retrain.isChecked() and dialog.threads.value() == 1
        dialog.idle_retrain.click()
        dialog.accept()
        assert not session.idle_retrain_on and not session.idle_retrain.is_running()
        assert not session._idle_timer.isActive()
        window.state.idle_retrain = True
        assert session.idle_retrain.is_running()
        window.state.idle_retrain = False
    finally:
        session.close()
    saved = json.loads(paths.settings_file.read_text(encoding="utf-8"))
    assert "idle_retrain" not in saved  # the old top-level key is gone...
    assert saved["ui"]["idle_retrain"] is False  # ...one place holds the switch
    assert saved["ui"]["training_threads"] == 1


def test_changing_the_language_says_it_needs_a_restart(qtbot: Any, window: MainWindow) -> None:
    dialog = window.open_settings()
    qtbot.waitExposed(dialog)
    assert not dialog.restart_note.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    assert dialog.restart_note.isVisible()
    assert "restart" in dialog.restart_note.text()
    dialog.language.setCurrentIndex(dialog.language.findData("system"))
    assert not dialog.restart_note.isVisible()
    dialog.reject()
    assert window.state.value("language") is None  # Cancel stores nothing
