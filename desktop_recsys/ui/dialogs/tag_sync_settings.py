"""Settings ▸ Library: "Ratings and play counts in your files" (issue 17).

Two choices kept in the library itself (every window and the command line see them): which
profile the ratings and play counts in the files belong to, and whether folder scans write the
library's newer values back into the files (off unless switched on). The rule and the writing
are :mod:`desktop_recsys.services.tag_sync`'s.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from desktop_recsys.services import tag_sync
from desktop_recsys.services.library_service import LibrarySession


class FileTagsBox(QGroupBox):
    """The profile for ratings in files and the write switch; :meth:`apply` stores them."""

    def __init__(self, session: LibrarySession, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ratings and play counts in your files"), parent)
        self.setObjectName("settingsFileTags")
        self._session = session
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
        hint.setEnabled(False)
        form = QFormLayout(self)
        form.addRow(self.tr("Profile for ratings in &files:"), self.profile)
        form.addRow(self.write)  # the whole width: the sentence is long
        form.addRow(hint)
        current = tag_sync.load_settings(session.library)
        index = self.profile.findData(current.profile_id)
        self.profile.setCurrentIndex(max(0, index))
        self.write.setChecked(current.write)

    def apply(self) -> None:
        """Store the two choices in the library (only when they changed)."""
        chosen = tag_sync.TagSettings(self.profile.currentData(), self.write.isChecked())
        if chosen != tag_sync.load_settings(self._session.library):
            tag_sync.save_settings(self._session.library, chosen)
