"""The first-run welcome: a name for the first profile and where the library comes from.

Three ways in, the demo library first (and the default button, so pressing Enter shows a
working application at once): the synthetic demo, a folder of one's own music and films, or
an import (a data set or a personal export). ``app.py`` acts on :meth:`choice`.
"""

from __future__ import annotations

import getpass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_recsys.ui.theme import quiet_text

CHOICES = ("demo", "folder", "import")


def _default_name() -> str:
    # "Me" in the interface's language (the Chinese dialog offered an English "Me").
    me = QCoreApplication.translate("WelcomeDialog", "Me")
    try:
        name = getpass.getuser()
    except (OSError, KeyError):  # no user name in containers or odd set-ups
        return me
    return name.capitalize() if name and name != "root" else me


class WelcomeDialog(QDialog):
    """Asks for the first profile's name and a starting point; see the module docstring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome to desktop_recsys"))
        title = QLabel(self.tr("<h2>Welcome!</h2>"), self)
        intro = QLabel(
            self.tr(
                "desktop_recsys recommends music and films from your own library, on this "
                "computer only: nothing leaves it. Let's set it up; you can change everything "
                "later."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(_default_name(), self)
        self.name_edit.setObjectName("welcomeName")
        self.name_edit.setAccessibleName(self.tr("Your profile's name"))
        self.name_edit.selectAll()
        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.name_edit)

        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        texts = {
            "demo": (
                self.tr("&Try the demo library"),
                self.tr(
                    "A made-up library of 2,000 tracks and 800 films with listeners, ready "
                    "in seconds. Good for a first look."
                ),
            ),
            "folder": (
                self.tr("Scan a &folder of my music or films"),
                self.tr("Reads titles, artists and ratings from your files; rescans are quick."),
            ),
            "import": (
                self.tr("&Import a data set or my history"),
                self.tr("MovieLens, Last.fm, ListenBrainz, Letterboxd, IMDb or any CSV file."),
            ),
        }
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(QLabel(self.tr("<b>Start with:</b>"), self))
        for index, key in enumerate(CHOICES):
            label, hint = texts[key]
            button = QRadioButton(label, self)
            button.setObjectName(f"welcome_{key}")
            button.setAccessibleDescription(hint)
            self.group.addButton(button, index)
            self.buttons[key] = button
            note = QLabel(hint, self)
            note.setWordWrap(True)
            note.setIndent(24)
            quiet_text(note)
            layout.addWidget(button)
            layout.addWidget(note)
        self.buttons["demo"].setChecked(True)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.start_button = box.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(self.tr("&Start"))
        self.start_button.setDefault(True)
        box.accepted.connect(self.accept)
        layout.addSpacing(6)
        layout.addWidget(box)
        self.name_edit.textChanged.connect(
            lambda text: self.start_button.setEnabled(bool(text.strip()))
        )
        self.setMinimumWidth(520)

    def choice(self) -> str:
        """``demo``, ``folder`` or ``import``."""
        return next(key for key, button in self.buttons.items() if button.isChecked())

    def profile_name(self) -> str:
        return " ".join(self.name_edit.text().split())
