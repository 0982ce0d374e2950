"""The main window: a thin frame of menus, a toolbar with the profile switcher, the screens
(Library, For you, Insights, Model Lab) behind a side bar, a Jobs dock and a status bar.

It owns no library and starts no work of its own beyond submitting jobs: ``app.py`` hands it a
reader, a job runner, the models folder and the remembered UI state, and answers its
``open_library_requested`` signal. Screens live in ``ui/views``, dialogs in ``ui/dialogs``.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QMetaMethod, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_recsys import __version__
from desktop_recsys.config import default_paths
from desktop_recsys.config.cjk_spacing import format_spaced
from desktop_recsys.errors import UserError
from desktop_recsys.jobs.base import JobLane, JobRunnerBase
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.services.profile_service import ProfileService
from desktop_recsys.ui.dialogs.history_import import install_history_import
from desktop_recsys.ui.dialogs.import_wizard import ImportWizard
from desktop_recsys.ui.dialogs.limits_dialog import PinGuard
from desktop_recsys.ui.dialogs.profiles_dialog import ProfilesDialog
from desktop_recsys.ui.dialogs.settings_dialog import SettingsDialog
from desktop_recsys.ui.i18n import error_text, translate_message
from desktop_recsys.ui.job_titles import info_title
from desktop_recsys.ui.playback import install_playback
from desktop_recsys.ui.radio import install_radio
from desktop_recsys.ui.sonic_analysis import install_sonic_analysis
from desktop_recsys.ui.theme import apply_theme
from desktop_recsys.ui.ui_state import SHOW_COMMUNITY, UiState
from desktop_recsys.ui.views.for_you import ForYouView
from desktop_recsys.ui.views.insights_view import InsightsView
from desktop_recsys.ui.views.jobs_panel import JobsPanelWidget
from desktop_recsys.ui.views.lab import ModelLabView
from desktop_recsys.ui.views.lab.ab_test import install_ab_test
from desktop_recsys.ui.views.library_view import LibraryView
from desktop_recsys.ui.views.playlists import PlaylistsView
from desktop_recsys.ui.widgets.demo_banner import DemoBanner
from desktop_recsys.ui.widgets.incognito_toggle import install_incognito
from desktop_recsys.ui.widgets.job_status_widget import JobStatusWidget
from desktop_recsys.ui.widgets.profile_switcher import ProfileSwitcherWidget
from desktop_recsys.ui.widgets.undo_button import UNDO_MS, UndoButton

APP_TITLE = "desktop_recsys"

#: Write-lane jobs that do not change what the library tables show (no refresh after them).
_NO_REFRESH_KINDS = {"train", "activate_model", "evaluate", "tune", "tune_many", "backup"}
_NO_REFRESH_KINDS.add("playlists_refresh")  # it only rewrites what the Playlists screen shows
#: Jobs the screens start and withdraw by themselves; their cancelling is no news to a person.
_QUIET_KINDS = {"for_you", "more_like_this", "insights", "recommend", "shelves", "group_list"}

SCREENS = ("library", "for_you", "insights", "lab", "playlists")


class MainWindow(QMainWindow):
    """The application window; see the module docstring for what it does not do."""

    open_library_requested = Signal(Path)
    #: Restore the open library from this backup file (confirmed in Settings). The handler
    #: (the composition root) must close every connection to the library first; without a
    #: handler Settings offers no restore.
    restore_requested = Signal(Path)
    import_requested = Signal()
    #: The current profile changed (its id, or None).
    profile_changed = Signal(object)

    def __init__(
        self,
        reader: LibrarySession,
        runner: JobRunnerBase,
        *,
        models_dir: Path | None = None,
        state: UiState | None = None,
        parent: QWidget | None = None,
        data_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._reader = reader
        self._runner = runner
        self._state = state if state is not None else UiState()
        self._models_dir = models_dir if models_dir is not None else default_paths().models_dir
        #: The app's data folder, shown in Settings (a library's models may live elsewhere).
        self._data_dir = data_dir if data_dir is not None else self._models_dir.parent
        self._failure_box: QMessageBox | None = None
        self._profile_names: dict[int, str] = {}
        self.profiles = ProfileService(reader, self._models_dir)
        self.setDockNestingEnabled(False)

        self.banner = DemoBanner(self)
        self.library_view = LibraryView(reader, runner, state=self._state, parent=self)
        self.library_view.detail.set_models_dir(self._models_dir)
        self.for_you_view = ForYouView(
            reader, runner, self.library_view.actions, self._models_dir, self._state, self
        )
        self.insights_view = InsightsView(reader, runner, self)
        self.lab_view = ModelLabView(reader, runner, self._state, self)
        self.playlists_view = PlaylistsView(reader, runner, self._models_dir, self)

        self.stack = QStackedWidget(self)
        self.stack.setObjectName("screens")
        self.stack.addWidget(self.library_view)
        self.stack.addWidget(self.for_you_view)
        self.stack.addWidget(self.insights_view)
        self.stack.addWidget(self.lab_view)
        self.stack.addWidget(self.playlists_view)
        self.nav = QListWidget(self)
        self.nav.setObjectName("screenNav")
        self.nav.setAccessibleName(self.tr("Screens"))
        for number, label in enumerate(
            (
                self.tr("Library"),
                self.tr("For you"),
                self.tr("Insights"),
                self.tr("Model Lab"),
                self.tr("Playlists"),
            ),
            start=1,
        ):
            item = QListWidgetItem(label)
            item.setToolTip(self.tr("{0} (Ctrl+{1})").format(label, number))
            item.setSizeHint(QSize(0, self.fontMetrics().height() + 14))
            self.nav.addItem(item)
        width = max(
            self.nav.fontMetrics().horizontalAdvance(self.nav.item(i).text())
            for i in range(self.nav.count())
        )
        self.nav.setFixedWidth(width + 36)
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        # Its colours come from the theme's style sheet (ui/theme.py), which follows a switch.
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)

        central = QWidget(self)
        body = QWidget(central)
        body_layout = QHBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(0)
        body_layout.addWidget(self.nav)
        body_layout.addWidget(self.stack, 1)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(body, 1)
        self.setCentralWidget(central)

        # -- toolbar: profile switcher and the frequent actions --------------------------
        self.profile_switcher = ProfileSwitcherWidget(self)
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addWidget(self.profile_switcher)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

        # -- jobs dock and status bar ----------------------------------------------------
        self.jobs_panel = JobsPanelWidget(runner, self._state, self)
        self.jobs_dock = QDockWidget(self.tr("Jobs"), self)
        self.jobs_dock.setObjectName("jobsDock")
        self.jobs_dock.setWidget(self.jobs_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.jobs_dock)
        self.jobs_dock.hide()

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("librarySummary")
        self.summary_label.setContentsMargins(4, 0, 12, 0)
        # Our own message label rather than QStatusBar.showMessage, which paints over the
        # summary instead of beside it.
        self.message_label = QLabel(self)
        self.message_label.setObjectName("statusMessage")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self._message_screen: object = None  # the screen whose message is shown (None: all)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self.message_label.clear)
        self.job_status = JobStatusWidget(runner, self)
        self.jobs_button = QToolButton(self)
        self.jobs_button.setObjectName("jobsButton")
        self.jobs_button.setAutoRaise(True)
        self.jobs_button.setAccessibleName(self.tr("Show the jobs panel"))
        self.statusBar().addWidget(self.summary_label)
        self.statusBar().addWidget(self.message_label, 1)
        self.undo_button = UndoButton(self)
        self.statusBar().addWidget(self.undo_button)
        self.statusBar().addPermanentWidget(self.job_status)
        self.statusBar().addPermanentWidget(self.jobs_button)
        self.library_view.summary_changed.connect(self._show_summary)
        self.summary_label.setText(self.library_view.summary())

        self._build_menus()
        self.jobs_button.setDefaultAction(self.jobs_action)
        self._connect()
        runner.finished.connect(self._on_job_finished)
        runner.failed.connect(self._on_job_failed)
        runner.cancelled.connect(self._on_job_cancelled)
        runner.ended.connect(self._update_jobs_button)
        runner.queued.connect(self._update_jobs_button)
        self._update_jobs_button()
        self._load_past_jobs()
        self._restore_state()
        self._state.watch(SHOW_COMMUNITY, self._community_shown)
        self.reload_profiles()
        self._show_library_state()
        self.playback = install_playback(self)  # the now-playing bar, its menu, "Play" entries
        self.playlists_view.set_player(self.playback)
        self.radio = install_radio(self, runner, lambda: self._models_dir)  # radio, daily mixes
        self.incognito = install_incognito(self)  # the toolbar's per-profile switch
        self.ab_test = install_ab_test(self, runner, lambda: self._models_dir)  # Lab: blind test
        self.history_import_action = install_history_import(self)  # File > listening history
        self.sonic_analysis = install_sonic_analysis(self, runner)  # File > Analyse sound

    # -- public API ------------------------------------------------------------------------
    @property
    def reader(self) -> LibrarySession:
        return self._reader

    @property
    def state(self) -> UiState:
        return self._state

    def current_profile_id(self) -> int | None:
        return self.profile_switcher.current_profile_id()

    def set_reader(self, reader: LibrarySession, models_dir: Path | None = None) -> None:
        """Show another library (File > Open Library, handled by the app), with its models
        folder when it has another one."""
        self._reader = reader
        if models_dir is not None:
            self._models_dir = Path(models_dir)
        self.profiles = ProfileService(reader, self._models_dir)
        self.library_view.set_reader(reader)
        self.library_view.detail.set_models_dir(self._models_dir)
        self.for_you_view.set_reader(reader, self._models_dir)
        self.insights_view.set_reader(reader)
        self.lab_view.set_reader(reader)
        self.playlists_view.set_reader(reader, self._models_dir)
        self.playback.set_reader(reader)
        self._load_past_jobs()
        self.reload_profiles()
        self._show_library_state()

    def refresh(self) -> None:
        """Re-read the library after it changed (a write job finished)."""
        if self._reader.library.closed:
            return  # a late job's news for a window whose library is gone (closing, or closed)
        self.library_view.refresh()
        self.for_you_view.mark_dirty()
        self.insights_view.mark_dirty()
        self.lab_view.mark_dirty()
        self.playlists_view.mark_dirty()
        self.reload_profiles()
        self._show_library_state()

    def reload_profiles(self, select: int | None = None) -> None:
        """Re-read the profiles; keep the current one, else the remembered one."""
        try:
            profiles = self.profiles.profiles()
        except UserError as exc:
            self.show_message(error_text(exc), 10000)
            return
        if select is None:
            select = self.current_profile_id()
        if select is None and self._state.last_profile:
            select = next((p.id for p in profiles if p.name == self._state.last_profile), None)
        self._profile_names = {p.id: p.name for p in profiles}
        self.jobs_panel.model.set_profile_names(self._profile_names)
        self.job_status.set_profile_names(self._profile_names)
        before = self.current_profile_id()
        if not self._state.value(SHOW_COMMUNITY, False):
            # A data set's users teach the models but stay out of the switcher.
            profiles = [p for p in profiles if not p.community]
        self.profile_switcher.set_profiles(profiles, select)
        if self.current_profile_id() == before:
            # Same id, but a rename or a delete-and-recreate still needs the views told.
            self._on_profile_changed(self.current_profile_id())

    def show_message(self, text: str, timeout_ms: int = 5000, screen: object = None) -> None:
        """A short message in the status bar, for a while; a ``screen``'s goes when it does.
        ``text`` is shown as it comes: whoever fills a template with names spaces it
        (:func:`~desktop_recsys.config.cjk_spacing.format_spaced`, "为 Ada 训练电影的默认算法
        模型失败"), and a name is never changed here."""
        self._message_screen = screen
        self.message_label.setText(text)
        self.message_label.setToolTip(text)
        self._message_timer.start(timeout_ms)

    def select_profile(self, profile_id: int) -> bool:
        return self.profile_switcher.select(profile_id)

    def show_screen(self, name: str) -> None:
        self.nav.setCurrentRow(SCREENS.index(name))

    def current_screen(self) -> str:
        return SCREENS[self.stack.currentIndex()]

    def manage_profiles(self) -> ProfilesDialog:
        """Open the profiles dialog (non-modal, so tests and people can keep working)."""
        dialog = ProfilesDialog(
            self.profiles,
            self.current_profile_id(),
            self,
            show_community=bool(self._state.value(SHOW_COMMUNITY, False)),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show_community_changed.connect(
            lambda on: self._state.set_value(SHOW_COMMUNITY, bool(on))
        )
        dialog.profiles_changed.connect(self.reload_profiles)
        dialog.profile_created.connect(self.select_profile)
        dialog.limits_changed.connect(lambda _pid: self.refresh())  # every list, limited anew
        self._profiles_dialog = dialog
        dialog.open()
        return dialog

    def open_import_wizard(self, kind: str | None = None) -> ImportWizard:
        """The import wizard (non-modal); the tables refresh when its job finishes."""
        names = [p.name for p in self.profiles.profiles(community=False)]
        wizard = ImportWizard(
            self._reader.path,
            self._runner,
            names,
            self.profile_switcher.current_profile_name(),
            self,
            models_dir=self._models_dir,
        )
        if kind is not None:
            wizard.choose(kind)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.import_wizard = wizard
        wizard.open()
        return wizard

    def open_settings(self) -> SettingsDialog:
        """The settings dialog (non-modal); the theme applies when it is accepted."""
        data_dir = self._data_dir
        dialog = SettingsDialog(
            self._state,
            data_dir,
            self,
            library_path=self._reader.path,
            runner=self._runner,
            can_restore=self.isSignalConnected(QMetaMethod.fromSignal(self.restore_requested)),
            session=self._reader,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._apply_settings)
        dialog.restore_requested.connect(self.restore_requested)
        dialog.job_submitted.connect(self._say_submitted)
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def job_title(self, job_id: int) -> str:
        """A job's title in the interface's language, naming profiles by name."""
        return info_title(self._runner.job(job_id), self._profile_names)

    def _say_submitted(self, job_id: int) -> None:
        self.show_message(format_spaced(self.tr("{0}: started"), self.job_title(job_id)), 5000)

    def _apply_settings(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, str(self._state.value("theme", "system")))
        self.show_message(self.tr("Settings saved"), 4000)

    def cancel_current_job(self) -> bool:
        """Esc: clear a search being typed, else cancel the job the status bar shows."""
        focus = self.focusWidget()
        if isinstance(focus, QLineEdit) and focus.text():
            focus.clear()
            return False
        if self.job_status.shown_job is None:
            return False
        self.job_status.cancel_shown()
        return True

    def save_state(self) -> None:
        """Remember splitters, columns, the screen, the dock and the profile."""
        self.library_view.save_state()
        self.for_you_view.save_state()
        self.lab_view.save_state()
        self.jobs_panel.save_state()
        self._state.set_value("screen", self.current_screen())
        self._state.save_bytes("window/state", self.saveState())
        self._state.last_profile = self.profile_switcher.current_profile_name()

    # -- menus -----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = QAction(self.tr("&Open Library…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self._choose_library)
        file_menu.addAction(self.open_action)
        self.import_action = QAction(self.tr("&Import…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(lambda: self.open_import_wizard())
        self.import_action.triggered.connect(self.import_requested)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(lambda: self.open_settings())
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        profile_menu = self.menuBar().addMenu(self.tr("&Profile"))
        self.profiles_action = QAction(self.tr("&Manage Profiles…"), self)
        self.profiles_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.profiles_action.triggered.connect(self.manage_profiles)
        profile_menu.addAction(self.profiles_action)
        self.train_action = QAction(self.tr("&Train Now"), self)
        self.train_action.setShortcut(QKeySequence("Ctrl+T"))
        self.train_action.triggered.connect(self._train_now)
        profile_menu.addAction(self.train_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        search = QAction(self.tr("&Search"), self)
        search.setShortcut(QKeySequence.StandardKey.Find)
        search.triggered.connect(self._focus_search)
        view_menu.addAction(search)
        view_menu.addSeparator()
        self.screen_actions: list[QAction] = []
        for number, label in enumerate(
            (
                self.tr("&Library"),
                self.tr("&For You"),
                self.tr("&Insights"),
                self.tr("&Model Lab"),
                self.tr("&Playlists"),
            ),
            start=1,
        ):
            action = QAction(label, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _c=False, n=number - 1: self.nav.setCurrentRow(n))
            view_menu.addAction(action)
            self.screen_actions.append(action)
        view_menu.addSeparator()
        for number, (kind, label) in enumerate(
            (
                ("track", self.tr("&Music")),
                ("artist", self.tr("&Artists")),
                ("film", self.tr("F&ilms")),
            ),
            start=1,
        ):
            action = QAction(label, self)
            action.setShortcut(QKeySequence(f"Alt+{number}"))
            action.triggered.connect(lambda _checked=False, k=kind: self._show_kind(k))
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.jobs_action = self.jobs_dock.toggleViewAction()
        self.jobs_action.setText(self.tr("&Jobs"))
        self.jobs_action.setShortcut(QKeySequence("Ctrl+J"))
        view_menu.addAction(self.jobs_action)
        self.details_action = QAction(self.tr("&Details Pane"), self)
        self.details_action.setCheckable(True)
        self.details_action.setChecked(True)
        self.details_action.setShortcut(QKeySequence("F9"))
        self.details_action.toggled.connect(self.library_view.detail.setVisible)
        view_menu.addAction(self.details_action)

        self.cancel_action = QAction(self.tr("Cancel the Running Job"), self)
        self.cancel_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        # Only while a job runs, so Esc keeps its usual meaning everywhere else.
        self.cancel_action.setEnabled(False)
        self.cancel_action.triggered.connect(self.cancel_current_job)
        self.addAction(self.cancel_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About desktop_recsys"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _connect(self) -> None:
        self.profile_switcher.profile_changed.connect(self._on_profile_changed)
        self.profile_switcher.leave_guard = PinGuard(lambda: self._reader, self)  # a child's PIN
        self.profile_switcher.manage_requested.connect(self.manage_profiles)
        for view in (self.library_view, self.for_you_view, self.lab_view, self.playlists_view):
            view.status_message.connect(lambda text, v=view: self.show_message(text, 6000, v))
        self.library_view.library_changed.connect(self._on_ratings_changed_in_library)
        self.for_you_view.library_changed.connect(self._on_ratings_changed_in_for_you)
        self.for_you_view.show_item_requested.connect(self._show_item_in_library)
        for view in (self.library_view, self.for_you_view):
            view.hidden.connect(self._offer_show_again)
        self.stack.currentChanged.connect(self._on_screen_changed)

    def _community_shown(self, _on: object) -> None:
        """The community switch changed: every profile picker follows."""
        self.reload_profiles()
        self.lab_view.mark_dirty()

    def _offer_show_again(self, profile_id: int, item_ids: list[int], text: str) -> None:
        """After "not interested": say so, with an Undo beside it for a few seconds."""
        self.show_message(text, UNDO_MS)

        def undo() -> None:
            try:
                self.profiles.show_again(profile_id, item_ids)
            except UserError as exc:
                self.show_message(error_text(exc), 10000)
                return
            self.show_message(self.tr("Shown again in recommendations"), 5000)
            self.refresh()
            if self.current_screen() == "for_you":
                self.for_you_view.refresh()  # the list on screen takes the item back now

        self.undo_button.offer(undo, self.tr("Undo: {0}").format(text))

    def _show_item_in_library(self, item_id: int) -> None:
        self.show_screen("library")
        self.library_view.show_similar(item_id)

    def _focus_search(self) -> None:
        self.show_screen("library")
        self.library_view.focus_search()

    def _show_kind(self, kind: str) -> None:
        if self.current_screen() == "for_you":
            self.for_you_view.set_kind(kind)
            self.for_you_view.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        self.show_screen("library")
        self.library_view.show_kind(kind)  # type: ignore[arg-type]
        self.library_view.current_view().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _train_now(self) -> None:
        self.show_screen("for_you")
        self.for_you_view.train_now()

    def _choose_library(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open Library"),
            str(self._reader.path.parent),
            self.tr("Libraries (*.sqlite *.sqlite3 *.db);;All files (*)"),
        )
        if path:
            self.open_library_requested.emit(Path(path))

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About desktop_recsys"),
            self.tr(
                "<b>desktop_recsys</b> {0}<br>Recommendations for the music and films on your "
                "own computer. It works offline: nothing leaves this machine."
            ).format(__version__),
        )

    # -- state -----------------------------------------------------------------------------
    def _load_past_jobs(self) -> None:
        """Earlier sessions' jobs under this session's in the Jobs panel."""
        self._started_at = getattr(self, "_started_at", time.time())
        try:
            past = self.library_view.actions.past_jobs(self._started_at)
        except UserError as exc:
            self.show_message(error_text(exc), 10000)
            return
        self.jobs_panel.model.set_past(past)

    def _restore_state(self) -> None:
        data = self._state.load_bytes("window/state")
        if data is not None:
            self.restoreState(data)
        screen = self._state.value("screen", "library")
        self.nav.setCurrentRow(SCREENS.index(screen) if screen in SCREENS else 0)

    def _show_library_state(self) -> None:
        self.banner.setVisible(self._reader.is_synthetic())
        self.setWindowTitle(f"{self._reader.path.name} — {APP_TITLE}")
        self._show_summary(self.library_view.summary())

    def _show_summary(self, text: str) -> None:
        self.summary_label.setText(text)

    def _on_screen_changed(self, index: int) -> None:
        if self.nav.currentRow() != index:
            self.nav.setCurrentRow(index)
        # The summary counts the Library's table (and its search): said only under it.
        self.summary_label.setVisible(SCREENS[index] == "library")
        if self._message_screen not in (None, self.stack.widget(index)):
            self.message_label.clear()  # For you's "50 recommendations…" is not Insights'

    def _on_profile_changed(self, profile_id: object) -> None:
        pid = profile_id if isinstance(profile_id, int) else None
        self.library_view.set_profile(pid)
        self.for_you_view.set_profile(pid)
        self.insights_view.set_profile(pid)
        self.lab_view.set_profile(pid)
        self.playlists_view.set_profile(pid)
        self.train_action.setEnabled(pid is not None)
        name = self.profile_switcher.current_profile_name()
        if name:
            self._state.last_profile = name
        self.profile_changed.emit(pid)

    def _on_ratings_changed_in_library(self) -> None:
        self.for_you_view.mark_dirty()
        self.playlists_view.mark_dirty()
        self.insights_view.mark_dirty()

    def _on_ratings_changed_in_for_you(self) -> None:
        self.library_view.reload_ratings()
        self.playlists_view.mark_dirty()
        self.insights_view.mark_dirty()

    def _update_jobs_button(self, *_args: object) -> None:
        active = len(self._runner.active_jobs())
        self.cancel_action.setEnabled(active > 0)
        text = self.tr("Jobs ({0})").format(active) if active else self.tr("Jobs")
        self.jobs_action.setText(text)
        self.jobs_button.setToolTip(self.tr("Show or hide every running and past job (Ctrl+J)"))

    def _on_job_finished(self, job_id: int, _result: object) -> None:
        info = self._runner.job(job_id)
        if (
            info is not None
            and info.kind == "import"
            and info.params.get("import_kind") == "folder"
        ):
            # Settings lists the folders scanned into this library and rescans them.
            options = info.params.get("options") or {}
            self._state.remember_library_folder(
                str(info.params.get("library") or self._reader.path),
                str(info.params["source"]),
                str(options.get("profile") or "") if isinstance(options, dict) else "",
            )
        if info is not None and info.lane is JobLane.WRITE:
            if info.kind not in _NO_REFRESH_KINDS:
                # A write job used its own connection; re-read so the tables show what it wrote.
                self.refresh()
            self.show_message(format_spaced(self.tr("{0}: done"), self.job_title(job_id)), 5000)

    def _on_job_cancelled(self, job_id: int) -> None:
        info = self._runner.job(job_id)
        if info is not None and info.kind in _QUIET_KINDS:
            return
        title = self.job_title(job_id) if info else self.tr("Job")
        self.show_message(format_spaced(self.tr("{0}: cancelled"), title), 5000)

    def _on_job_failed(self, job_id: int, message: str, trace: str) -> None:
        message = translate_message(message)
        info = self._runner.job(job_id)
        title = self.job_title(job_id) if info else self.tr("A job")
        self.show_message(format_spaced(self.tr("{0} failed: {1}"), title, message), 10000)
        # Non-blocking: the window stays usable, details (the traceback) on demand.
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("{0} failed").format(title),
            message,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setDetailedText(trace)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._failure_box = box
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.playback.shutdown()  # what was heard so far is recorded
        self.save_state()
        super().closeEvent(event)
