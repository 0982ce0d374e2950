"""Settings ▸ Library: "Ratings and play counts in your files" (issue 17).

Two choices kept in the library itself (every window and the command line see them): which
profile the ratings and play counts in the files belong to, and whether folder scans write the
library's newer values back into the files (off unless switched on). Two buttons run
``tags read`` / ``tags write`` now, as a job (the line under them says what it did). The rule
and the writing are :mod:`desktop_recsys.services.tag_sync`'s.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from desktop_recsys.jobs.base import JobRunnerBase
from desktop_recsys.jobs.handle import JobHandle
from desktop_recsys.services import tag_sync
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.i18n import translate_message
from desktop_recsys.ui.job_slot import JobSlot
from desktop_recsys.ui.theme import quiet_text


class FileTagsBox(QGroupBox):
    """The profile for ratings in files and the write switch; :meth:`apply` stores them."""

    def __init__(
        self,
        session: LibrarySession,
        parent: QWidget | None = None,
        *,
        runner: JobRunnerBase | None = None,
    ) -> None:
        super().__init__(self.tr("Ratings and play counts in your files"), parent)
        self.setObjectName("settingsFileTags")
        self._session = session
        self._runner = runner
        self._job = JobSlot()
        people = [p for p in session.profiles() if not p.community]
        self.profile = QComboBox(self)
        self.profile.setObjectName("settingsTagsProfile")
        self.profile.setAccessibleName(self.tr("Profile for ratings in files"))
        first = people[0].name if people else self.tr("none yet")
        self.profile.addItem(self.tr("The first profile ({0})").format(first), None)
        for person in people:
            self.profile.addItem(person.name, person.id)
        self.write = QCheckBox(
            self.tr("&Write ratings and play counts into the files when folders are scanned"),
            self,
        )
        self.write.setObjectName("settingsTagsWrite")
        self.write.setToolTip(
            self.tr(
                "MP3, FLAC, Ogg and M4A files get the profile's ratings and play counts in "
                "their tags; the audio is never changed. Where a file and the library disagree, "
                "the newer change wins."
            )
        )
        hint = QLabel(
            self.tr(
                "Scans read the ratings and play counts players write into files for this "
                "profile. On the command line: desktop-recsys tags read | write [--dry-run]"
            ),
            self,
        )
        hint.setWordWrap(True)
        quiet_text(hint)
        self.read_button = QPushButton(self.tr("R&ead from the files now"), self)
        self.read_button.setObjectName("settingsTagsRead")
        self.read_button.setToolTip(
            self.tr("Take in the ratings and play counts the files changed more recently")
        )
        self.read_button.clicked.connect(lambda: self.run(write=False))
        self.write_button = QPushButton(self.tr("Write to the files n&ow"), self)
        self.write_button.setObjectName("settingsTagsWriteNow")
        self.write_button.setToolTip(
            self.tr("Write the library's newer ratings and play counts into the files")
        )
        self.write_button.clicked.connect(lambda: self.run(write=True))
        self.status = QLabel(self)
        self.status.setObjectName("settingsTagsStatus")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.read_button)
        buttons.addWidget(self.write_button)
        buttons.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("Profile for ratings in &files:"), self.profile)
        form.addRow(self.write)  # the whole width: the sentence is long
        form.addRow(hint)
        form.addRow(buttons)
        form.addRow(self.status)
        self._update_buttons()
        current = tag_sync.load_settings(session.library)
        index = self.profile.findData(current.profile_id)
        self.profile.setCurrentIndex(max(0, index))
        self.write.setChecked(current.write)

    def run(self, *, write: bool) -> JobHandle | None:
        """Store the profile choice, then read (or write) the files now, as a job."""
        if self._runner is None:
            return None
        self.apply()
        # Deferred with the other job definitions (they import the services).
        from desktop_recsys.jobs.definitions.tag_sync import TagSyncJob

        handle = self._job.submit(
            self._runner,
            TagSyncJob(Path(self._session.path), write),
            on_finished=self._done,
            on_failed=self._failed,
            on_cancelled=lambda: self._failed(self.tr("Cancelled"), ""),
        )
        self.status.setText(
            self.tr("Writing to the files…") if write else self.tr("Reading the files…")
        )
        self._update_buttons()
        return handle

    @property
    def job(self) -> JobHandle | None:
        """The read or write while it runs, else None."""
        return self._job.handle

    def _done(self, report: tag_sync.TagSyncReport) -> None:
        self.status.setText(
            self.tr(
                "{0} files compared for {1}: {2} already agreed, {3} written, {4} read into "
                "the library, {5} kept the library's newer values, {6} not done"
            ).format(
                report.files,
                report.profile,
                report.agreed,
                report.count("written"),
                report.count("read"),
                report.count("kept"),
                report.count("failed"),
            )
        )
        self._update_buttons()

    def _failed(self, message: object, _trace: str) -> None:
        self.status.setText(translate_message(message) if message else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = self._runner is not None and self._job.handle is None
        self.read_button.setEnabled(idle)
        self.write_button.setEnabled(idle)

    def apply(self) -> None:
        """Store the two choices in the library (only when they changed)."""
        chosen = tag_sync.TagSettings(self.profile.currentData(), self.write.isChecked())
        if chosen != tag_sync.load_settings(self._session.library):
            tag_sync.save_settings(self._session.library, chosen)
