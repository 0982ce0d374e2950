"""The GUI's composition root: settings, the library, the job runner and the main window.

Everything is built here and handed over through constructors; nothing else creates a runner or
opens the GUI's library, and there are no global singletons. ``run_gui`` is what the
``desktop-recsys`` command calls with no subcommand; ``start_gui`` builds the same session
without entering the event loop (tests, screenshots).
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_recsys.config import AppPaths, Settings, default_paths, resources_dir
from desktop_recsys.config.paths import models_dir_for
from desktop_recsys.errors import UserError
from desktop_recsys.jobs import JobHandle, JobLane, JobRunner, JobRunnerBase
from desktop_recsys.jobs.history import OpenStore, PersistentJobHistory
from desktop_recsys.library import Library, LibraryError
from desktop_recsys.services import backup_service
from desktop_recsys.services.library_service import (
    LibrarySession,
    check_library_later,
    open_library,
)
from desktop_recsys.services.recovery_service import JobClaims, recover_interrupted_work
from desktop_recsys.ui.deferred import job_definitions, warm_up
from desktop_recsys.ui.dialogs.welcome_dialog import WelcomeDialog
from desktop_recsys.ui.gc_guard import GuiThreadCollector
from desktop_recsys.ui.i18n import error_text, install_translators, translate_message
from desktop_recsys.ui.main_window import APP_TITLE, MainWindow
from desktop_recsys.ui.theme import apply_theme
from desktop_recsys.ui.ui_state import IDLE_RETRAIN, UiState

log = logging.getLogger(__name__)

EXIT_LIBRARY_ERROR = 2
#: Unattended runs (the packaging test, start-up timing): when set, the app prints
#: ``desktop-recsys: ready <unix time>`` once the main window is shown and the event loop is
#: idle, then quits; an error dialog prints its text and closes itself (nobody is there to
#: click OK).
QUIT_WHEN_READY_ENV = "DESKTOP_RECSYS_QUIT_WHEN_READY"
DEFAULT_SIZE = (1200, 760)
#: When the app first looks for stale models to retrain (then every 5 minutes while idle).
IDLE_RETRAIN_MS = 2 * 60 * 1000


class GuiSession:
    """What a running GUI holds: paths, settings, the open library, the runner and the window.

    It only wires and switches libraries; the window does the showing, the runner the work.
    """

    def __init__(
        self,
        paths: AppPaths,
        settings: Settings,
        library: Library,
        runner: JobRunnerBase,
        window: MainWindow,
        history: PersistentJobHistory | None = None,
        job_claims: JobClaims | None = None,
    ) -> None:
        self.paths = paths
        self.settings = settings
        self.library = library
        self.runner = runner
        self.history = history
        #: The claims on the job rows the history records (one per library opened; kept to
        #: the end, so another window never takes a running job of ours for interrupted).
        self.job_claims = job_claims
        self._old_claims: list[JobClaims] = []
        self.window = window
        #: The demo library's job once started (its handle, which compares equal to its id).
        self.demo_job: JobHandle | None = None
        #: True on a first start (the default library, empty): the welcome should be shown.
        self.first_run = False
        self.welcome: WelcomeDialog | None = None
        self._welcome_profile: str | None = None
        window.open_library_requested.connect(self.open_library)
        window.restore_requested.connect(self.restore_backup)
        # Garbage is collected on this (the GUI) thread only: see ui/gc_guard.py.
        self.collector = GuiThreadCollector(window)
        #: Retrains stale models while nothing else runs (Settings: ``UiState.idle_retrain``).
        self.idle_retrain: Any = None
        self._idle_timer: QTimer | None = None
        self._idle_first_check_ms = IDLE_RETRAIN_MS
        # Settings apply at once: Settings stores them in the window's state, heard here.
        window.state.watch(IDLE_RETRAIN, lambda on: self.set_idle_retrain(on is not False))
        window.state.watch("training_threads", self._set_training_threads)

    def create_demo(self) -> JobHandle:
        """Fill the (empty) open library with the demo, as a job; the window refreshes after."""
        self.demo_job = self.runner.submit_job(
            job_definitions().CreateDemoLibraryJob(self.library.path),
            on_finished=self._on_demo_finished,
        )
        return self.demo_job

    def check_library(self) -> JobHandle:
        """The integrity check a start put off (``start_gui(defer_check=True)``) as a read job
        beside the window; a damaged file is said at once, in a dialog and on stderr."""
        path = self.library.path
        return self.runner.submit(
            lambda _progress, _cancel: check_library_later(path),
            kind="check_library",
            title="Checking the library file",
            lane=JobLane.READ,
            quiet=True,
            on_finished=self._library_checked,
        )

    def _library_checked(self, problem: object) -> None:
        if problem is not None:
            text = translate_message(problem)
            self.window.show_message(text, 60_000)
            show_error(self.window, QApplication.translate("app", "The library is damaged"), text)

    def show_welcome(self) -> WelcomeDialog:
        """The first-run welcome (non-modal, default button: the demo library)."""
        dialog = WelcomeDialog(self.window)
        dialog.accepted.connect(lambda: self.apply_welcome(dialog.choice(), dialog.profile_name()))
        self.welcome = dialog
        dialog.open()
        return dialog

    def apply_welcome(self, choice: str, profile_name: str) -> JobHandle | None:
        """Act on the welcome: the demo (a job; the profile is made once it is filled, as the
        demo wants an empty library), or the profile now and then a folder scan or the import
        wizard. Returns the demo job's handle, if one was started."""
        self.first_run = False
        if choice == "demo":
            self._welcome_profile = profile_name
            return self.create_demo()
        self._make_profile(profile_name)
        if choice == "folder":
            self.window.open_import_wizard("folder")
        else:
            self.window.open_import_wizard()
        return None

    def _make_profile(self, name: str) -> None:
        profiles = self.window.profiles
        try:
            profile = profiles.by_name(name) or profiles.create(name)
        except UserError as exc:
            self.window.show_message(error_text(exc), 10000)
            return
        self.window.reload_profiles(select=profile.id)

    def _on_demo_finished(self, _result: object) -> None:
        if self._welcome_profile:
            name, self._welcome_profile = self._welcome_profile, None
            self._make_profile(name)

    def open_library(self, path: Path) -> bool:
        """Switch to another library; on failure say why and keep the current one."""
        try:
            library = open_library(path)
        except LibraryError as exc:
            show_error(
                self.window, QApplication.translate("app", "Cannot open library"), error_text(exc)
            )
            return False
        recover_after_crash(library.path, self.paths)
        if self.history is not None:
            if self.job_claims is not None:
                self._old_claims.append(self.job_claims)
            self.job_claims = claims_for(library.path)
            self.history.retarget(job_store_opener(library.path, self.job_claims))
        old, self.library = self.library, library
        if self.idle_retrain is not None:
            self.idle_retrain.set_library(library.path, self.models_dir)
        self.window.set_reader(LibrarySession(library), self.models_dir)
        old.close()
        self.settings.last_library = str(library.path)
        return True

    def start_idle_retrain(self, first_check_ms: int = IDLE_RETRAIN_MS) -> None:
        """Retrain stale models while the app is idle, first after ``first_check_ms``, then on
        the scheduler's own interval; not while Settings has it switched off."""
        self._idle_first_check_ms = first_check_ms
        if self.window.state.idle_retrain:
            self.set_idle_retrain(True)

    def set_idle_retrain(self, on: bool) -> None:
        """Switch idle retraining on or off now (Settings calls this through the state): off
        stops both timers; on resumes the scheduler, or schedules the first check."""
        if not on:
            if self._idle_timer is not None:
                self._idle_timer.stop()
            if self.idle_retrain is not None:
                self.idle_retrain.stop()
            return
        if self.idle_retrain is not None:
            self.idle_retrain.start()
            return
        if self._idle_timer is None:
            self._idle_timer = QTimer(self.window)
            self._idle_timer.setSingleShot(True)
            self._idle_timer.timeout.connect(self.idle_retrain_check)
        self._idle_timer.setInterval(self._idle_first_check_ms)
        self._idle_timer.start()

    @property
    def idle_retrain_on(self) -> bool:
        """True while a retrain check is scheduled (the first one, or the scheduler's)."""
        if self.idle_retrain is not None:
            return bool(self.idle_retrain.is_running())
        return self._idle_timer is not None and self._idle_timer.isActive()

    def _set_training_threads(self, threads: object) -> None:
        """Training threads from Settings: the runner uses them from the next job on."""
        setter = getattr(self.runner, "set_compute_threads", None)
        if isinstance(threads, int) and threads >= 1 and setter is not None:
            setter(threads)

    @property
    def models_dir(self) -> Path:
        """The open library's models folder (the one rule of ``config.paths.models_dir_for``)."""
        return models_dir_for(self.library.path, self.paths)

    def idle_retrain_check(self) -> int | None:
        """Look for stale models now (creating the scheduler on first use); returns the job."""
        if self.idle_retrain is None:
            # Deferred: the scheduler imports the job definitions and so the engine, which
            # start-up does without.
            from desktop_recsys.jobs.idle import IdleRetrainScheduler

            self.idle_retrain = IdleRetrainScheduler(
                self.runner, self.library.path, self.models_dir, parent=self.window
            )
            if self.window.state.idle_retrain:
                self.idle_retrain.start()
        return self.idle_retrain.check_now()

    def restore_backup(self, backup: Path, *, wait_s: float = 10.0) -> bool:
        """Replace the open library with ``backup`` (confirmed by the person in Settings).

        Every connection to the library must be closed for the checked, atomic replacement
        (:func:`~desktop_recsys.services.backup_service.restore`): running jobs are cancelled
        and waited for, the job history lets go of its connection, the window's library is
        closed; afterwards the restored library is opened and shown. On failure the library as
        it was is opened again and the reason shown.
        """
        self.runner.cancel_all()
        deadline = time.monotonic() + wait_s
        while self.runner.is_busy() and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.01)
        if self.runner.is_busy():
            show_error(
                self.window,
                QApplication.translate("app", "Cannot restore"),
                QApplication.translate(
                    "app", "jobs are still running; wait for them to stop, then restore"
                ),
            )
            return False
        path = self.library.path
        if self.history is not None:
            # Let go of the history's connection: it reopens lazily with the next job.
            self.history.flush()
            self.history.retarget(job_store_opener(path, self.job_claims))
            self.history.flush()
        self.library.close()
        error: str | None = None
        try:
            backup_service.restore(path, backup)
        except UserError as exc:
            error = error_text(exc)
        # The library as restored, or as it was if the restore refused: never left closed.
        self.library = open_library(path)
        self.window.set_reader(LibrarySession(self.library))
        if error is not None:
            show_error(self.window, QApplication.translate("app", "Cannot restore"), error)
            return False
        self.window.show_message(
            QApplication.translate("app", "Library restored from {0}").format(backup.name)
        )
        return True

    def close(self) -> None:
        """Stop the jobs, remember the window and the library, close the library."""
        self.window.save_state()
        if self._idle_timer is not None:
            self._idle_timer.stop()
        if self.idle_retrain is not None:
            self.idle_retrain.stop()
        self.runner.shutdown()
        if self.history is not None:
            self.history.close()
        for claims in [*self._old_claims, self.job_claims]:
            if claims is not None:
                claims.close()
        self.settings.window_geometry = bytes(self.window.saveGeometry().toBase64().data()).decode(
            "ascii"
        )
        self.settings.last_library = str(self.library.path)
        self.collector.stop()
        try:
            self.settings.save(self.paths.settings_file)
        except OSError as exc:
            # Losing the window position is not worth an error dialog on the way out.
            log.warning("could not save settings to %s: %s", self.paths.settings_file, exc)
        self.library.close()


def job_store_opener(path: Path, claims: JobClaims | None = None) -> OpenStore:
    """How the job history opens its own connection to the library (on its own thread); the
    rows it creates are claimed in ``claims`` (this window's, see ``library.job_claims``)."""

    def open_store() -> Library:
        library = open_library(path)
        library.jobs.claims = claims
        return library

    return open_store


def claims_for(path: Path) -> JobClaims | None:
    """This window's claims file on the library at ``path``; None (logged) if the folder
    refuses it: the jobs still run, another window may just take them for interrupted."""
    try:
        return JobClaims(path)
    except OSError as exc:
        log.warning("cannot claim this window's jobs beside %s: %s", path, exc)
        return None


def recover_after_crash(path: Path, paths: AppPaths) -> None:
    """Mark the jobs and trainings a killed session left running as interrupted.

    Runs before this session records any job. A failure (a busy library) only costs the
    accuracy of old history rows, so it is logged, not shown.
    """
    try:
        report = recover_interrupted_work(path, models_dir_for(path, paths))
    except (UserError, OSError) as exc:
        log.warning("could not check %s for interrupted jobs: %s", path, exc)
        return
    if report.jobs or report.runs:
        log.info(
            "%d job(s) and %d training(s) were interrupted last time", report.jobs, report.runs
        )


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """A one-line error for a person: on stderr (for terminals and logs) and in a dialog."""
    print(f"desktop-recsys: {message}", file=sys.stderr)
    if os.environ.get(QUIT_WHEN_READY_ENV):
        QTimer.singleShot(0, _close_dialog_unattended)
    QMessageBox.critical(parent, title, message)


def _close_dialog_unattended() -> None:
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, QMessageBox):  # not shown yet: look again shortly
        QTimer.singleShot(50, _close_dialog_unattended)
        return
    print(f"desktop-recsys: dialog {dialog.windowTitle()!r} closed unattended", file=sys.stderr)
    dialog.done(0)


def _library_to_open(
    library_path: Path | None, paths: AppPaths, settings: Settings
) -> tuple[Path, bool]:
    """(path, is_default): an explicit path, else the last library used, else the default."""
    if library_path is not None:
        return Path(library_path), False
    last = Path(settings.last_library) if settings.last_library else None
    if last is not None and last.is_file() and last != paths.library_file:
        return last, False
    paths.ensure()
    return paths.library_file, True


def schedule_backup(runner: JobRunnerBase, library_path: Path) -> None:
    """Take the scheduled backup in the background if the newest one is old enough
    (see :func:`~desktop_recsys.services.backup_service.backup_if_due`)."""
    path = Path(library_path)

    def backup(progress: object, cancel: object) -> str | None:
        taken = backup_service.backup_if_due(path)
        return str(taken) if taken else None

    runner.submit(
        backup, kind="backup", title="Scheduled backup of the library", lane=JobLane.WRITE
    )


def start_gui(
    library_path: Path | None = None,
    *,
    paths: AppPaths | None = None,
    runner: JobRunnerBase | None = None,
    defer_check: bool = False,
) -> GuiSession:
    """Build the session (a QApplication must exist); raises LibraryError if the library fails.

    On the default library, a first start (no items, no profiles) sets ``first_run``:
    ``run_gui`` then shows the welcome, whose default is the demo library, so a newcomer who
    presses Enter sees a working app at once. The interface language is chosen here, before
    any widget exists (Settings, else the system's). ``defer_check``: the library file's
    integrity check is left to :meth:`GuiSession.check_library` (``run_gui`` starts it once
    the window shows).
    """
    paths = paths or default_paths()
    settings = Settings.load(paths.settings_file)
    try:
        path, is_default = _library_to_open(library_path, paths, settings)
    except OSError as exc:
        raise LibraryError(
            f"cannot create the data folder {paths.data_dir} ({exc.strerror or exc}); set "
            "DESKTOP_RECSYS_HOME to a writable folder or start with --library FILE"
        ) from exc
    app = QApplication.instance()
    if isinstance(app, QApplication):
        install_translators(app, settings.extra.get("ui", {}).get("language"))
    library = open_library(path, defer_check=defer_check)
    claims: JobClaims | None = None
    try:
        reader = LibrarySession(library)
        recover_after_crash(library.path, paths)
        history: PersistentJobHistory | None = None
        if runner is None:
            claims = claims_for(library.path)
            history = PersistentJobHistory(job_store_opener(library.path, claims))
            threads = settings.extra.get("ui", {}).get("training_threads")
            runner = JobRunner(
                history=history, compute_threads=threads if isinstance(threads, int) else None
            )
        window = MainWindow(
            reader,
            runner,
            models_dir=models_dir_for(library.path, paths),
            state=UiState(settings),
            data_dir=paths.data_dir,
        )
        if settings.window_geometry:
            window.restoreGeometry(QByteArray.fromBase64(settings.window_geometry.encode()))
        else:
            window.resize(*DEFAULT_SIZE)
        session = GuiSession(paths, settings, library, runner, window, history, claims)
        session.first_run = is_default and reader.is_empty()
        if not session.first_run:
            schedule_backup(runner, library.path)
        session.start_idle_retrain()
        window.idle_mixes.start()  # the daily mixes, made again once a day and after a retrain
    except BaseException:
        if claims is not None:
            claims.close()
        library.close()
        raise
    return session


def _report_ready_and_quit(app: QApplication) -> None:
    try:
        print(f"desktop-recsys: ready {time.time():.3f}", flush=True)
    finally:
        app.quit()  # also when nobody reads any more (a closed pipe): never left running


def _saved_theme() -> str:
    """The theme Settings chose (``system`` when unset or unreadable)."""
    try:
        ui = Settings.load(default_paths().settings_file).extra.get("ui", {})
    except (OSError, ValueError, AttributeError):
        return "system"
    return str(ui.get("theme", "system")) if isinstance(ui, dict) else "system"


def run_gui(library_path: Path | None = None) -> int:
    """Open the main window on ``library_path`` (default: the last or the default library).

    Returns the exit code: 0 after a normal quit, 2 when the library cannot be opened (the
    reason is shown in a dialog and printed on stderr, never as a traceback).
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_TITLE)
    app.setApplicationDisplayName(APP_TITLE)
    # Before any widget exists: applied again later, it would re-polish every one (0.1 s).
    apply_theme(app, _saved_theme())
    icon = resources_dir() / "icons" / "desktop_recsys.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    try:
        session = start_gui(library_path, defer_check=True)
    except UserError as exc:
        show_error(None, QApplication.translate("app", "Cannot open library"), error_text(exc))
        return EXIT_LIBRARY_ERROR
    session.window.show()
    session.check_library()  # never skipped: after the window shows, beside it
    unattended = bool(os.environ.get(QUIT_WHEN_READY_ENV))
    if session.first_run:
        # Nobody is there to answer a welcome when unattended: build the demo as before.
        if unattended:
            session.create_demo()
        else:
            session.show_welcome()
    if unattended:
        QTimer.singleShot(0, lambda: _report_ready_and_quit(app))
    else:
        # The engine's imports on a background thread, so the first job does not wait; then
        # what For you's first list needs (its model, the catalogue's rows).
        warm_up(session.window.for_you_view.prepare_work())
    try:
        return app.exec()
    finally:
        session.close()
