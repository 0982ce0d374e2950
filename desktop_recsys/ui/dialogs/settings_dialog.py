"""Settings: theme, language, training threads, and where the data lives.

Values are kept in the UI state (the application's settings file). The theme applies at once;
the language and the number of training threads apply at the next start (the running job
runner and every translated label were made with the old ones), which the dialog says.
Backups are not offered: no backup service exists yet.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_recsys.ui.ui_state import UiState

THEMES = ("system", "light", "dark")
#: Language codes offered (``system``: the computer's language if translated, else English).
LANGUAGES = ("system", "en", "zh_CN")


class SettingsDialog(QDialog):
    """Edits the settings in ``state``; :meth:`apply` stores them (OK does too)."""

    def __init__(self, state: UiState, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self._state = state
        self.theme = QComboBox(self)
        self.theme.setObjectName("settingsTheme")
        self.theme.setAccessibleName(self.tr("Theme"))
        for key, label in zip(
            THEMES,
            (self.tr("Follow the system"), self.tr("Light"), self.tr("Dark")),
            strict=True,
        ):
            self.theme.addItem(label, key)
        self.language = QComboBox(self)
        self.language.setObjectName("settingsLanguage")
        self.language.setAccessibleName(self.tr("Language"))
        # Each language is named in itself, so a person who cannot read the current one
        # still finds theirs.
        for key, label in zip(
            LANGUAGES, (self.tr("The system's language"), "English", "简体中文"), strict=True
        ):
            self.language.addItem(label, key)
        self.threads = QSpinBox(self)
        self.threads.setObjectName("settingsThreads")
        self.threads.setAccessibleName(self.tr("Training threads"))
        self.threads.setRange(1, max(1, os.cpu_count() or 1))
        self.threads.setToolTip(
            self.tr("How many processor cores training may use; fewer keep the computer snappier")
        )
        folder = QLabel(str(data_dir), self)
        folder.setObjectName("settingsDataFolder")
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_folder = QPushButton(self.tr("&Open"), self)
        open_folder.setAccessibleName(self.tr("Open the data folder"))
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir)))
        )
        folder_row = QHBoxLayout()
        folder_row.addWidget(folder, 1)
        folder_row.addWidget(open_folder)

        form = QFormLayout()
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Training &threads:"), self.threads)
        form.addRow(self.tr("Data folder:"), folder_row)
        note = QLabel(
            self.tr("A new language or number of threads takes effect when you restart the app."),
            self,
        )
        note.setWordWrap(True)
        note.setEnabled(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

        self._select(self.theme, state.value("theme", "system"))
        self._select(self.language, state.value("language", "system"))
        threads = state.value("training_threads")
        self.threads.setValue(int(threads) if isinstance(threads, int) else self.threads.maximum())
        self.setMinimumWidth(480)

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def apply(self) -> None:
        """Store the choices (the caller applies the theme)."""
        self._state.set_value("theme", self.theme.currentData())
        self._state.set_value("language", self.language.currentData())
        self._state.set_value("training_threads", self.threads.value())

    def accept(self) -> None:
        self.apply()
        super().accept()
