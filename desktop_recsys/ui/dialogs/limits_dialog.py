"""What a profile may see: maximum certification, explicit tracks, unrated films, blocked
genres and tags, and a PIN (issue 18). Opened from the Profiles dialog.

Nothing changes until Save; a profile with a PIN asks for it on Save, and a wrong PIN changes
nothing (the dialog says so and stays open). :class:`PinGuard` asks for the PIN when the
profile switcher leaves a profile that has one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_recsys.errors import UserError
from desktop_recsys.library.certifications import COMMON_LIMITS
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.services.limits import LimitsActions, WrongPin
from desktop_recsys.ui.common import genre_text
from desktop_recsys.ui.i18n import error_text

#: Asks for a secret: (title, label) -> the text, or None when cancelled.
AskSecret = Callable[[str, str], "str | None"]


def ask_secret(parent: QWidget) -> AskSecret:
    """A password-style input box on ``parent`` (the text is not shown)."""

    def ask(title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
        return text if ok else None

    return ask


class LimitsDialog(QDialog):
    """The limits of one profile; ``saved`` carries its id after a successful Save."""

    saved = Signal(int)

    def __init__(
        self,
        session: LibrarySession,
        profile_id: int,
        name: str,
        parent: QWidget | None = None,
        *,
        ask: AskSecret | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("limitsDialog")
        self.setWindowTitle(self.tr("Limits for “{0}”").format(name))
        self._actions = LimitsActions(session.library)
        self._profile = profile_id
        self._name = name
        self.ask: AskSecret = ask or ask_secret(self)
        self._new_pin: str | None | bool = False  # False: unchanged; None: remove; text: set
        current = self._actions.get(profile_id)

        self.max_box = QComboBox(self)
        self.max_box.setObjectName("maxCertification")
        self.max_box.setAccessibleName(self.tr("Maximum certification"))
        self.max_box.addItem(self.tr("Any (no limit)"), None)
        for text, age in COMMON_LIMITS:
            self.max_box.addItem(self._choice(text, age), text)
        if current.max_text is not None and self.max_box.findData(current.max_text) < 0:
            self.max_box.addItem(self._choice(current.max_text, current.max_age), current.max_text)
        self.max_box.setCurrentIndex(max(0, self.max_box.findData(current.max_text)))
        self.max_box.setToolTip(
            self.tr(
                "Films certified above this are hidden everywhere: For you, search, radio, "
                "mixes, playlists and exports. Systems are compared by minimum age."
            )
        )
        self.hide_explicit = QCheckBox(self.tr("Hide &explicit tracks"), self)
        self.hide_explicit.setObjectName("hideExplicit")
        self.hide_explicit.setChecked(current.hide_explicit)
        self.block_unrated = QCheckBox(self.tr("Hide films &without a certification"), self)
        self.block_unrated.setObjectName("blockUnrated")
        self.block_unrated.setChecked(current.block_unrated)
        self.block_unrated.setToolTip(self.tr("For a child: a film nobody rated may be anything"))

        self.genres = self._picker(
            "blockedGenres", self._actions.names("genre"), current.genres, shown=genre_text
        )
        self.tags = self._picker("blockedTags", self._actions.names("tag"), current.tags)
        self.genres.setAccessibleName(self.tr("Blocked genres"))
        self.tags.setAccessibleName(self.tr("Blocked tags"))

        self.pin_label = QLabel(self)
        self.pin_label.setObjectName("pinState")
        self.pin_label.setWordWrap(True)
        self.set_pin_button = QPushButton(self.tr("Set &PIN…"), self)
        self.set_pin_button.setObjectName("setPin")
        self.set_pin_button.clicked.connect(self.choose_pin)
        self.remove_pin_button = QPushButton(self.tr("&Remove PIN"), self)
        self.remove_pin_button.setObjectName("removePin")
        self.remove_pin_button.clicked.connect(self.remove_pin)
        self._has_pin = current.has_pin

        self.hidden_label = QLabel(self)
        self.hidden_label.setObjectName("hiddenCount")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("limitsError")
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        form = QFormLayout()
        max_label = QLabel(self.tr("&Maximum certification:"), self)
        max_label.setBuddy(self.max_box)
        form.addRow(max_label, self.max_box)
        form.addRow("", self.hide_explicit)
        form.addRow("", self.block_unrated)
        lists = QGridLayout()
        for column, (text, picker) in enumerate(
            ((self.tr("Blocked &genres:"), self.genres), (self.tr("Blocked &tags:"), self.tags))
        ):
            label = QLabel(text, self)
            label.setBuddy(picker)
            lists.addWidget(label, 0, column)
            lists.addWidget(picker, 1, column)
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin_label, 1)
        pin_row.addWidget(self.set_pin_button)
        pin_row.addWidget(self.remove_pin_button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(lists, 1)
        layout.addLayout(pin_row)
        layout.addWidget(self.hidden_label)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self._show_pin()
        self._show_hidden()
        self.resize(560, 520)

    # -- building ----------------------------------------------------------------------------
    def _choice(self, text: str, age: int | None) -> str:
        if age is None:
            return text
        if age == 0:
            return self.tr("{0} (all ages)").format(text)
        return self.tr("{0} ({1}+)").format(text, age)

    def _picker(
        self,
        name: str,
        names: list[str],
        blocked: tuple[str, ...],
        shown: Callable[[str], str] = str,
    ) -> QListWidget:
        """Checkable names (shown in the interface's language, stored as the library writes
        them), the blocked ones ticked."""
        picker = QListWidget(self)
        picker.setObjectName(name)
        chosen = {b.casefold() for b in blocked}
        # A blocked name no item carries (any more) is still listed, ticked.
        known = {n.casefold() for n in names}
        for text in [*names, *(b for b in blocked if b.casefold() not in known)]:
            item = QListWidgetItem(shown(text), picker)
            item.setData(Qt.ItemDataRole.UserRole, text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = text.casefold() in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return picker

    @staticmethod
    def checked(picker: QListWidget) -> list[str]:
        return [
            str(picker.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(picker.count())
            if picker.item(r).checkState() == Qt.CheckState.Checked
        ]

    @staticmethod
    def set_checked(picker: QListWidget, names: list[str]) -> None:
        """Tick exactly ``names`` (for tests and scripts)."""
        wanted = {n.casefold() for n in names}
        for r in range(picker.count()):
            item = picker.item(r)
            on = str(item.data(Qt.ItemDataRole.UserRole)).casefold() in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _show_pin(self) -> None:
        if self._new_pin is None:
            text = self.tr("The PIN will be removed on Save.")
        elif self._new_pin:
            text = self.tr("A new PIN will be set on Save.")
        elif self._has_pin:
            text = self.tr("A PIN protects these limits and switching away from this profile.")
        else:
            text = self.tr("No PIN: anyone can change these limits.")
        self.pin_label.setText(text)
        self.remove_pin_button.setEnabled(self._has_pin and self._new_pin is not None)

    def _show_hidden(self) -> None:
        counts = self._actions.hidden_counts(self._profile)
        self.hidden_label.setText(
            self.tr("The saved limits hide {0:,} films and {1:,} tracks from this profile.").format(
                counts["film"], counts["track"]
            )
        )

    # -- actions -----------------------------------------------------------------------------
    def choose_pin(self) -> bool:
        """Ask for a new PIN twice; it is set on Save."""
        first = self.ask(self.tr("New PIN"), self.tr("New PIN (at least 4 characters):"))
        if first is None:
            return False
        second = self.ask(self.tr("New PIN"), self.tr("The new PIN again:"))
        if second != first:
            self._error(self.tr("The two PINs differ; no PIN was chosen."))
            return False
        if len(first.strip()) < 4:
            self._error(self.tr("A PIN has at least 4 characters; no PIN was chosen."))
            return False
        self._new_pin = first
        self.error_label.hide()
        self._show_pin()
        return True

    def remove_pin(self) -> None:
        self._new_pin = None
        self._show_pin()

    def save(self) -> bool:
        """Store the limits (asking for the PIN when the profile has one); False when refused."""
        pin = None
        if self._has_pin:
            pin = self.ask(
                self.tr("PIN"),
                self.tr("The PIN of “{0}”, to change its limits:").format(self._name),
            )
            if pin is None:
                return False
        changes: dict[str, object] = {
            "max_certification": self.max_box.currentData(),
            "hide_explicit": self.hide_explicit.isChecked(),
            "block_unrated": self.block_unrated.isChecked(),
            "genres": self.checked(self.genres),
            "tags": self.checked(self.tags),
        }
        if self._new_pin is not False:
            changes["new_pin"] = self._new_pin
        try:
            self._actions.save(self._profile, pin=pin, **changes)
        except WrongPin:
            self._error(self.tr("Wrong PIN: nothing was changed."))
            return False
        except UserError as exc:
            self._error(error_text(exc))
            return False
        self.saved.emit(self._profile)
        self.accept()
        return True

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()


class PinGuard(QObject):
    """The profile switcher's question before it leaves a profile that has a PIN: the right PIN
    lets the switch happen; a wrong one, or Cancel, keeps the profile (and says why)."""

    def __init__(
        self,
        session: Callable[[], LibrarySession],
        parent: QWidget,
        *,
        ask: AskSecret | None = None,
        tell: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.ask: AskSecret = ask or ask_secret(parent)
        self.tell: Callable[[str], None] = tell or (
            lambda text: QMessageBox.warning(parent, self.tr("Wrong PIN"), text)  # type: ignore[func-returns-value]
        )

    def __call__(self, leaving: int | None, going: int | None) -> bool:
        if leaving is None or leaving == going:
            return True
        actions = LimitsActions(self._session().library)
        if not actions.has_pin(leaving):
            return True
        pin = self.ask(
            self.tr("PIN"), self.tr("This profile has a PIN; type it to switch profile:")
        )
        if pin is None:
            return False
        if actions.pin_matches(leaving, pin):
            return True
        self.tell(self.tr("Wrong PIN: the profile was not switched."))
        return False
