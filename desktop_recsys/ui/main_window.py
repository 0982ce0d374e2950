"""The main window: a thin frame of menus, the Library screen, a demo banner and a status bar.

It owns no library and starts no work of its own: ``app.py`` hands it a reader and a job runner
and answers its ``open_library_requested`` signal. Screens live in ``ui/views``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop_recsys import __version__
from desktop_recsys.jobs.base import JobLane, JobRunnerBase
from desktop_recsys.services.library_service import LibraryReader
from desktop_recsys.ui.views.library_view import LibraryView
from desktop_recsys.ui.widgets.demo_banner import DemoBanner
from desktop_recsys.ui.widgets.job_status_widget import JobStatusWidget

APP_TITLE = "desktop_recsys"


class MainWindow(QMainWindow):
    """The application window; see the module docstring for what it does not do."""

    open_library_requested = Signal(Path)

    def __init__(
        self,
        reader: LibraryReader,
        runner: JobRunnerBase,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reader = reader
        self._runner = runner
        self._failure_box: QMessageBox | None = None

        self.banner = DemoBanner(self)
        self.library_view = LibraryView(reader, parent=self)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.library_view, 1)
        self.setCentralWidget(central)

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("librarySummary")
        self.summary_label.setContentsMargins(4, 0, 0, 0)
        self.job_status = JobStatusWidget(runner, self)
        self.statusBar().addWidget(self.summary_label, 1)
        self.statusBar().addPermanentWidget(self.job_status)
        self.library_view.summary_changed.connect(self.summary_label.setText)
        self.summary_label.setText(self.library_view.summary())

        self._build_menus()
        runner.finished.connect(self._on_job_finished)
        runner.failed.connect(self._on_job_failed)
        runner.cancelled.connect(self._on_job_cancelled)
        self._show_library_state()

    # -- public API ------------------------------------------------------------------------
    @property
    def reader(self) -> LibraryReader:
        return self._reader

    def set_reader(self, reader: LibraryReader) -> None:
        """Show another library (File > Open Library, handled by the app)."""
        self._reader = reader
        self.library_view.set_reader(reader)
        self._show_library_state()

    def refresh(self) -> None:
        """Re-read the library after it changed (a write job finished)."""
        self.library_view.refresh()
        self._show_library_state()

    # -- menus -----------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = QAction(self.tr("&Open Library…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self._choose_library)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        search = QAction(self.tr("&Search"), self)
        search.setShortcut(QKeySequence.StandardKey.Find)
        search.triggered.connect(self.library_view.focus_search)
        view_menu.addAction(search)
        view_menu.addSeparator()
        for number, (kind, label) in enumerate(
            (
                ("track", self.tr("&Music")),
                ("artist", self.tr("&Artists")),
                ("film", self.tr("&Films")),
            ),
            start=1,
        ):
            action = QAction(label, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, k=kind: self._show_kind(k))
            view_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About desktop_recsys"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _show_kind(self, kind: str) -> None:
        self.library_view.show_kind(kind)  # type: ignore[arg-type]
        self.library_view.current_view().setFocus(Qt.FocusReason.ShortcutFocusReason)

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
    def _show_library_state(self) -> None:
        self.banner.setVisible(self._reader.is_synthetic())
        self.setWindowTitle(f"{self._reader.path.name} — {APP_TITLE}")
        self.summary_label.setText(self.library_view.summary())

    def _on_job_finished(self, job_id: int, _result: object) -> None:
        info = self._runner.job(job_id)
        if info is not None and info.lane is JobLane.WRITE:
            # A write job used its own connection; re-read so the tables show what it wrote.
            self.refresh()
            self.statusBar().showMessage(self.tr("{0}: done").format(info.title), 5000)

    def _on_job_cancelled(self, job_id: int) -> None:
        info = self._runner.job(job_id)
        title = info.title if info else self.tr("Job")
        self.statusBar().showMessage(self.tr("{0}: cancelled").format(title), 5000)

    def _on_job_failed(self, job_id: int, message: str, trace: str) -> None:
        info = self._runner.job(job_id)
        title = info.title if info else self.tr("A job")
        self.statusBar().showMessage(self.tr("{0} failed: {1}").format(title, message), 10000)
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
