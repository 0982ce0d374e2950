"""The toolbar's profile switcher: whose ratings, recommendations and insights are shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLabel, QToolButton, QWidget

from desktop_recsys.library.models import Profile


class ProfileSwitcherWidget(QWidget):
    """A labelled combo box of profiles and a button that opens the profiles dialog.

    The box takes typing: its list narrows to the profiles whose name contains what was typed
    (any case), and Enter or a click picks one; text that names no profile is put back.

    ``profile_changed`` carries the chosen profile id, or None when there is no profile.
    """

    profile_changed = Signal(object)
    manage_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self.tr("&Profile:"), self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("profileCombo")
        self._shown: list[tuple[int, str]] = []  # (id, name) of the rows the list holds
        #: Asked (profile left, profile chosen) before a switch; False keeps the profile (a
        #: PIN: ui/dialogs/limits_dialog.PinGuard).
        self.leave_guard: Callable[[int | None, int | None], bool] | None = None
        self._last: int | None = None
        self.combo.setAccessibleName(self.tr("Current profile"))
        self.combo.setMinimumContentsLength(14)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setToolTip(
            self.tr("Whose ratings and recommendations are shown; type to find a profile")
        )
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.combo.model(), self.combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(15)
        self.combo.setCompleter(completer)
        self.combo.lineEdit().editingFinished.connect(self._restore_text)
        self.label.setBuddy(self.combo)
        self.manage_button = QToolButton(self)
        self.manage_button.setObjectName("manageProfiles")
        self.manage_button.setText(self.tr("Profiles…"))
        self.manage_button.setAccessibleName(self.tr("Manage profiles"))
        self.manage_button.setToolTip(
            self.tr("Create, rename or delete profiles; friends and privacy")
        )
        self.manage_button.clicked.connect(self.manage_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(6)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        layout.addWidget(self.manage_button)
        self.combo.currentIndexChanged.connect(self._on_index_changed)

    def set_profiles(self, profiles: list[Profile], select: int | None) -> None:
        """Fill the list; select ``select`` if present, else the first profile.

        Emits ``profile_changed`` only if the selection ends up different.
        """
        before = self.current_profile_id()
        shown = [(p.id, p.name) for p in profiles]
        if shown == self._shown and select is not None and select == before:
            return  # the same list (a refresh after a job): refilling 20,000 rows costs 70 ms
        self._shown = shown
        self.combo.blockSignals(True)
        self.combo.clear()
        # One call, and the ids kept here (row i is self._shown[i]): 20,000 addItem calls with
        # item data took 0.14 s of a large library's start.
        self.combo.addItems([name for _id, name in shown])
        index = self._row_of(select)
        if index < 0 and profiles:
            index = 0
        self.combo.setCurrentIndex(index)
        self.combo.setEnabled(bool(profiles))
        self._last = self.current_profile_id()
        if not profiles:
            self.combo.setPlaceholderText(self.tr("No profile yet"))
        self.combo.blockSignals(False)
        if self.current_profile_id() != before:
            self.profile_changed.emit(self.current_profile_id())

    def current_profile_id(self) -> int | None:
        index = self.combo.currentIndex()
        return self._shown[index][0] if 0 <= index < len(self._shown) else None

    def _row_of(self, profile_id: int | None) -> int:
        if profile_id is None:
            return -1
        return next((i for i, (pid, _name) in enumerate(self._shown) if pid == profile_id), -1)

    def current_profile_name(self) -> str | None:
        index = self.combo.currentIndex()
        return self.combo.itemText(index) if index >= 0 else None

    def select(self, profile_id: int) -> bool:
        index = self._row_of(profile_id)
        if index >= 0:
            self.combo.setCurrentIndex(index)
        return index >= 0

    def _on_index_changed(self, _index: int) -> None:
        new = self.current_profile_id()
        if self.leave_guard is not None and not self.leave_guard(self._last, new):
            # Refused (a PIN): stay on the profile being left.
            self.combo.blockSignals(True)
            self.combo.setCurrentIndex(self._row_of(self._last))
            self.combo.blockSignals(False)
            return
        self._last = new
        self.profile_changed.emit(new)

    def _restore_text(self) -> None:
        """Typed text that names no profile gives way to the current profile's name."""
        index = self.combo.findText(self.combo.currentText(), Qt.MatchFlag.MatchFixedString)
        if index >= 0 and index != self.combo.currentIndex():
            self.combo.setCurrentIndex(index)
        elif self.combo.currentIndex() >= 0:
            self.combo.setEditText(self.combo.itemText(self.combo.currentIndex()))
