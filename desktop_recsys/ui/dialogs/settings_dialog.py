"""Settings: appearance and training, where the data lives and which folders are scanned, and
backups.

Values are kept in the UI state (the application's settings file). The theme, the number of
training threads (from the next job on) and idle retraining apply at once; the composition root
hears the last two through :meth:`UiState.watch`. The language applies at the next start (every
label was translated when it was made): when it is changed, the dialog says so.

Rescanning and backing up are jobs on the write lane (progress in the status bar and the Jobs
panel; the dialog need not stay open). Restoring a backup replaces the library file, which
only works once every connection to it is closed: the dialog confirms, then asks the main
window, which asks the composition root (``restore_requested``). Without such a handler the
Restore button stays disabled and says how to restore from a terminal.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_recsys.errors import UserError
from desktop_recsys.jobs.base import JobRunnerBase
from desktop_recsys.jobs.handle import JobHandle
from desktop_recsys.services import backup_service
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.deferred import job_definitions
from desktop_recsys.ui.dialogs.tag_sync_settings import FileTagsBox
from desktop_recsys.ui.i18n import error_text, translate_message
from desktop_recsys.ui.job_slot import JobSlot
from desktop_recsys.ui.theme import quiet_text
from desktop_recsys.ui.ui_state import UiState

THEMES = ("system", "light", "dark")
#: Language codes offered (``system``: the computer's language if translated, else English).
LANGUAGES = ("system", "en", "zh_CN")


def _open_folder(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _path_label(path: Path, parent: QWidget, name: str) -> QLabel:
    """A selectable path that elides nothing: long paths wrap rather than vanish."""
    label = QLabel(str(path), parent)
    label.setObjectName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setMinimumWidth(260)
    return label


class SettingsDialog(QDialog):
    """Edits the settings in ``state``; :meth:`apply` stores them (OK does too).

    ``library_path`` and ``runner`` make the Library and Backups tabs work (rescans and
    backups are submitted to ``runner``); ``can_restore``: someone handles
    :attr:`restore_requested`.
    """

    #: A confirmed restore: the backup file to put in place of the library.
    restore_requested = Signal(Path)
    #: A rescan or backup job was submitted (its id), for the caller's status line.
    job_submitted = Signal(int)

    def __init__(
        self,
        state: UiState,
        data_dir: Path,
        parent: QWidget | None = None,
        *,
        library_path: Path | None = None,
        runner: JobRunnerBase | None = None,
        can_restore: bool = False,
        session: LibrarySession | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._state = state
        self._data_dir = Path(data_dir)
        self._library_path = Path(library_path) if library_path is not None else None
        self._runner = runner
        self._can_restore = can_restore
        self._backup = JobSlot()
        #: The latest rescan's jobs (handles; each compares equal to its job id).
        self.rescan_jobs: list[JobHandle] = []

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        self.tabs.addTab(self._general_tab(), self.tr("&General"))
        self.tabs.addTab(self._library_tab(), self.tr("L&ibrary"))
        self.tabs.addTab(self._backups_tab(), self.tr("&Backups"))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

        self._select(self.theme, state.value("theme", "system"))
        self._select(self.language, state.value("language", "system"))
        self._language_at_start = self.language.currentData()
        self.language.currentIndexChanged.connect(self._update_restart_note)
        threads = state.value("training_threads")
        if not isinstance(threads, int):
            # Never chosen: what the runner uses now, so that OK alone changes nothing.
            threads = getattr(runner, "compute_threads", None) or self.threads.maximum()
        self.threads.setValue(int(threads))
        self.idle_retrain.setChecked(state.idle_retrain)
        self.reload_folders()
        self.reload_backups()
        self.setMinimumWidth(560)

    # -- tabs ------------------------------------------------------------------------------
    def _general_tab(self) -> QWidget:
        page = QWidget(self)
        self.theme = QComboBox(page)
        self.theme.setObjectName("settingsTheme")
        self.theme.setAccessibleName(self.tr("Theme"))
        for key, label in zip(
            THEMES,
            (self.tr("Follow the system"), self.tr("Light"), self.tr("Dark")),
            strict=True,
        ):
            self.theme.addItem(label, key)
        self.language = QComboBox(page)
        self.language.setObjectName("settingsLanguage")
        self.language.setAccessibleName(self.tr("Language"))
        # Each language is named in itself, so a person who cannot read the current one
        # still finds theirs.
        for key, label in zip(
            LANGUAGES, (self.tr("The system's language"), "English", "简体中文"), strict=True
        ):
            self.language.addItem(label, key)
        self.threads = QSpinBox(page)
        self.threads.setObjectName("settingsThreads")
        self.threads.setAccessibleName(self.tr("Training threads"))
        self.threads.setRange(1, max(1, os.cpu_count() or 1))
        self.threads.setToolTip(
            self.tr(
                "How many processor cores training may use; fewer keep the computer snappier. "
                "Applies from the next training on."
            )
        )
        self.idle_retrain = QCheckBox(
            self.tr("Retrain out-of-date &models while the computer is idle"), page
        )
        self.idle_retrain.setObjectName("settingsIdleRetrain")
        self.idle_retrain.setToolTip(
            self.tr(
                "When no other job runs, models whose ratings or plays changed since they were "
                "trained are trained again in the background, with the same settings"
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Training &threads:"), self.threads)
        form.addRow("", self.idle_retrain)
        self.restart_note = QLabel(
            self.tr("The new language is used when you restart the app."), page
        )
        self.restart_note.setObjectName("settingsRestartNote")
        self.restart_note.setWordWrap(True)
        self.restart_note.hide()
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.restart_note)
        layout.addStretch(1)
        return page

    def _update_restart_note(self) -> None:
        self.restart_note.setVisible(self.language.currentData() != self._language_at_start)

    def _library_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        if self._library_path is not None:
            self.library_file = _path_label(self._library_path, page, "settingsLibraryFile")
            show_library = QPushButton(self.tr("Show"), page)
            show_library.setAccessibleName(self.tr("Show the library file's folder"))
            show_library.clicked.connect(lambda: _open_folder(self._library_path.parent))
            row = QHBoxLayout()
            row.addWidget(self.library_file, 1)
            row.addWidget(show_library, 0, Qt.AlignmentFlag.AlignTop)
            form.addRow(self.tr("Library file:"), row)
        self.data_folder = _path_label(self._data_dir, page, "settingsDataFolder")
        open_data = QPushButton(self.tr("&Open"), page)
        open_data.setAccessibleName(self.tr("Open the data folder"))
        open_data.clicked.connect(lambda: _open_folder(self._data_dir))
        row = QHBoxLayout()
        row.addWidget(self.data_folder, 1)
        row.addWidget(open_data, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Data folder:"), row)

        folders_label = QLabel(self.tr("Scanned &folders:"), page)
        self.folders = QListWidget(page)
        self.folders.setObjectName("settingsFolders")
        self.folders.setAccessibleName(self.tr("Folders this library is scanned from"))
        folders_label.setBuddy(self.folders)
        self.folders_hint = QLabel(page)
        self.folders_hint.setWordWrap(True)
        quiet_text(self.folders_hint)
        self.rescan_button = QPushButton(self.tr("&Rescan now"), page)
        self.rescan_button.setObjectName("settingsRescan")
        self.rescan_button.setToolTip(
            self.tr("Scan every folder again: new files are added, changed ones updated")
        )
        self.rescan_button.clicked.connect(self.rescan)
        self.forget_button = QPushButton(self.tr("Re&move from list"), page)
        self.forget_button.setToolTip(
            self.tr("Stop rescanning this folder (its items stay in the library)")
        )
        self.forget_button.clicked.connect(self.forget_selected_folder)
        self.folders.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rescan_button)
        buttons.addWidget(self.forget_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(folders_label)
        layout.addWidget(self.folders, 1)
        layout.addWidget(self.folders_hint)
        layout.addLayout(buttons)
        #: Ratings and play counts in the files (None without an open library).
        self.file_tags = (
            FileTagsBox(self._session, page, runner=self._runner) if self._session else None
        )
        if self.file_tags is not None:
            layout.addWidget(self.file_tags)
        return page

    def _backups_tab(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "A backup is a complete copy of the library: profiles, ratings, plays and "
                "playlists. One is taken every week, before a large import and before a "
                "restore; the newest ones are kept."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.backups = QTreeWidget(page)
        self.backups.setObjectName("settingsBackups")
        self.backups.setAccessibleName(self.tr("Backups of this library"))
        self.backups.setRootIsDecorated(False)
        self.backups.setUniformRowHeights(True)
        self.backups.setHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size")])
        self.backups.itemSelectionChanged.connect(self._update_buttons)
        self.backups_hint = QLabel(page)
        self.backups_hint.setObjectName("settingsBackupsHint")
        self.backups_hint.setWordWrap(True)
        self.backups_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_button = QPushButton(self.tr("&Back up now"), page)
        self.backup_button.setObjectName("settingsBackUp")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore…"), page)
        self.restore_button.setObjectName("settingsRestore")
        self.restore_button.clicked.connect(self.restore_selected)
        self.open_backups = QPushButton(self.tr("Show &folder"), page)
        self.open_backups.clicked.connect(self._open_backups_folder)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_backups)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.backups, 1)
        layout.addWidget(self.backups_hint)
        layout.addLayout(buttons)
        return page

    # -- library folders -------------------------------------------------------------------
    def reload_folders(self) -> None:
        """Show the folders this library was scanned from (remembered by the main window)."""
        self.folders.clear()
        if self._library_path is None:
            return
        for folder, profile in self._state.library_folders(self._library_path).items():
            item = QListWidgetItem(folder)
            item.setData(Qt.ItemDataRole.UserRole, folder)
            exists = Path(folder).is_dir()
            tip = folder if exists else self.tr("{0} (not found)").format(folder)
            if profile:
                tip += "\n" + self.tr("Rating tags count for {0}").format(profile)
            item.setToolTip(tip)
            if not exists:
                item.setText(self.tr("{0} (not found)").format(folder))
            self.folders.addItem(item)
        self.folders_hint.setText(
            self.tr("Folders you scan with File ▸ Import… are listed here.")
            if self.folders.count() == 0
            else self.tr("Rescans are incremental: unchanged files are skipped.")
        )
        self._update_buttons()

    def rescan(self) -> list[JobHandle]:
        """Scan every remembered folder again (one folder import job each); their handles."""
        if self._runner is None or self._library_path is None:
            return []
        definitions = job_definitions()
        jobs: list[JobHandle] = []
        for folder, profile in self._state.library_folders(self._library_path).items():
            options = (("profile", profile),) if profile else ()
            job = definitions.ImportJob(self._library_path, "folder", Path(folder), options)
            jobs.append(self._runner.submit_job(job))
        self.rescan_jobs = jobs
        for handle in jobs:
            self.job_submitted.emit(handle.id)
        return jobs

    def forget_selected_folder(self) -> None:
        item = self.folders.currentItem()
        if item is None or self._library_path is None:
            return
        self._state.forget_library_folder(self._library_path, item.data(Qt.ItemDataRole.UserRole))
        self.reload_folders()

    # -- backups ---------------------------------------------------------------------------
    def reload_backups(self) -> None:
        """List the library's backups, newest first."""
        self.backups.clear()
        if self._library_path is None:
            self.backups_hint.setText(self.tr("No library is open."))
            self._update_buttons()
            return
        try:
            found = backup_service.list_backups(self._library_path)
        except (UserError, OSError) as exc:
            self.backups_hint.setText(error_text(exc))
            found = []
        for backup in found:
            item = QTreeWidgetItem(
                [
                    backup.created.strftime("%Y-%m-%d %H:%M"),
                    self._reason(backup.reason),
                    self.tr("{0:.1f} MB").format(backup.size / 1e6),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, str(backup.path))
            item.setToolTip(0, str(backup.path))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.backups.addTopLevelItem(item)
        header = self.backups.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        folder = backup_service.backups_folder(self._library_path)
        if not found:
            self.backups_hint.setText(
                self.tr("No backups yet. They are kept in {0}").format(folder)
            )
        elif not self._can_restore:
            self.backups_hint.setText(
                self.tr(
                    "To restore, quit the app and run: desktop-recsys restore FILE "
                    "(backups are kept in {0})"
                ).format(folder)
            )
        else:
            self.backups_hint.setText(self.tr("Backups are kept in {0}").format(folder))
        self._update_buttons()

    def _reason(self, reason: str) -> str:
        labels = {
            "manual": self.tr("Backed up by hand"),
            "scheduled": self.tr("Weekly"),
            "import": self.tr("Before an import"),
            "before-restore": self.tr("Before a restore"),
        }
        if reason.startswith("upgrade-from-v"):
            return self.tr("Before an upgrade (version {0})").format(
                reason.removeprefix("upgrade-from-v")
            )
        return labels.get(reason, reason)

    def back_up_now(self) -> JobHandle | None:
        """Take a backup now (a job on the write lane); the list refreshes when it is done."""
        if self._runner is None or self._library_path is None:
            return None
        handle = self._backup.submit(
            self._runner,
            job_definitions().BackupJob(self._library_path),
            on_finished=lambda _result: self.reload_backups(),
            on_failed=self._on_backup_failed,
            on_cancelled=self.reload_backups,
        )
        if handle.active:
            self.backup_button.setEnabled(False)
            self.backups_hint.setText(self.tr("Backing up…"))
        self.job_submitted.emit(handle.id)
        return handle

    @property
    def backup_job(self) -> JobHandle | None:
        """The backup's job while it runs, else None."""
        return self._backup.handle

    def selected_backup(self) -> Path | None:
        item = self.backups.currentItem()
        if item is None or not item.isSelected():
            return None
        return Path(item.data(0, Qt.ItemDataRole.UserRole))

    def confirm_restore(self, backup: Path, taken: str) -> QMessageBox:
        """The question asked before a restore, saying what will happen (not yet shown)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Restore the library?"),
            self.tr("Replace the library with the backup taken {0}?").format(taken),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            self.tr(
                "Everything added or changed since then (ratings, plays, profiles, playlists "
                "and imports) will no longer be in the library. The library as it is now is "
                "first kept as a backup (“Before a restore”), so you can go back.\n\n"
                "Running jobs are cancelled, the backup is checked, and the library is "
                "reopened. Trained models are kept; retrain them if their data changed."
            )
        )
        restore = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.DestructiveRole)
        restore.setObjectName("confirmRestore")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setDetailedText(str(backup))
        return box

    def restore_selected(self) -> QMessageBox | None:
        """Ask, then (on "Restore") emit :attr:`restore_requested` and close the dialog."""
        backup = self.selected_backup()
        item = self.backups.currentItem()
        if backup is None or item is None or not self._can_restore:
            return None
        box = self.confirm_restore(backup, item.text(0))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: object) -> None:
            if box.buttonRole(button) == QMessageBox.ButtonRole.DestructiveRole:  # type: ignore[arg-type]
                self.reject()
                self.restore_requested.emit(backup)

        box.buttonClicked.connect(answered)
        self.restore_box = box
        box.open()
        return box

    def _open_backups_folder(self) -> None:
        if self._library_path is not None:
            _open_folder(backup_service.backups_folder(self._library_path))

    def _on_backup_failed(self, message: object, _trace: str) -> None:
        self.reload_backups()
        self.backups_hint.setText(translate_message(message) if message else "")

    def _update_buttons(self) -> None:
        ready = self._runner is not None and self._library_path is not None
        self.rescan_button.setEnabled(ready and self.folders.count() > 0)
        self.forget_button.setEnabled(self.folders.currentItem() is not None)
        self.backup_button.setEnabled(ready and self._backup.handle is None)
        self.restore_button.setEnabled(self._can_restore and self.selected_backup() is not None)
        self.restore_button.setToolTip(
            ""
            if self._can_restore
            else self.tr(
                "Restoring needs the library closed: quit the app and use the command line"
            )
        )

    # -- settings --------------------------------------------------------------------------
    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def apply(self) -> None:
        """Store the choices (the caller applies the theme)."""
        self._state.set_value("theme", self.theme.currentData())
        self._state.set_value("language", self.language.currentData())
        self._state.set_value("training_threads", self.threads.value())
        self._state.idle_retrain = self.idle_retrain.isChecked()
        if self.file_tags is not None:
            self.file_tags.apply()

    def accept(self) -> None:
        self.apply()
        super().accept()
