"""Managing profiles: create, rename, delete; friends; privacy switches.

Every change is applied at once (there is no "Apply"): a profile is a small thing and a person
expects a checkbox to mean what it shows. Deleting asks first and says exactly what goes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
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
from desktop_recsys.library.models import Profile
from desktop_recsys.services.limits import LimitsActions
from desktop_recsys.services.profile_service import ProfileService
from desktop_recsys.ui.dialogs.favourites_dialog import FavouritesDialog, best_kind
from desktop_recsys.ui.dialogs.limits_dialog import LimitsDialog, ask_secret
from desktop_recsys.ui.i18n import error_text

#: Asks a yes/no question: (parent, title, text) -> True to go ahead.
Confirm = Callable[[QWidget, str, str], bool]


def confirm_with_message_box(parent: QWidget, title: str, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    delete = box.addButton(parent.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is delete


class ProfilesDialog(QDialog):
    """The profiles of the library, with the selected one's friends and privacy switches.

    ``profiles_changed`` is emitted after any change (the toolbar re-reads its list);
    ``profile_created`` carries a new profile's id so the window can switch to it.
    """

    profiles_changed = Signal()
    profile_created = Signal(int)
    #: A profile's limits were saved (its id): every list must be read again.
    limits_changed = Signal(int)
    #: "Show community profiles" was switched (True: a data set's users are listed too).
    show_community_changed = Signal(bool)

    def __init__(
        self,
        service: ProfileService,
        current: int | None = None,
        parent: QWidget | None = None,
        *,
        confirm: Confirm | None = None,
        show_community: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Profiles"))
        self.setObjectName("profilesDialog")
        self._service = service
        self._confirm = confirm
        #: Asks for a PIN (title, label) -> text or None; a test may answer instead.
        self.ask_pin = ask_secret(self)
        self._loading = False
        self._hidden_ids: set[int] = set()

        self.show_community = QCheckBox(self.tr("Show &community profiles"), self)
        self.show_community.setObjectName("showCommunity")
        self.show_community.setChecked(show_community)
        self.show_community.setToolTip(
            self.tr(
                "The users an imported data set brought in (such as “ml:42”): they teach "
                "the models; shown here, in the profile switcher and in groups when ticked"
            )
        )
        self.show_community.toggled.connect(self._community_toggled)

        self.profile_list = QListWidget(self)
        self.profile_list.setObjectName("profileList")
        self.profile_list.setAccessibleName(self.tr("Profiles"))
        self.profile_list.setMinimumWidth(200)

        self.new_name = QLineEdit(self)
        self.new_name.setObjectName("newProfileName")
        self.new_name.setPlaceholderText(self.tr("New profile name"))
        self.new_name.setAccessibleName(self.tr("Name of the new profile"))
        self.create_button = QPushButton(self.tr("&Create"), self)
        self.create_button.setObjectName("createProfile")
        self.create_button.setEnabled(False)
        self.new_name.textChanged.connect(
            lambda text: self.create_button.setEnabled(bool(text.strip()))
        )
        self.new_name.returnPressed.connect(self.create_profile)
        self.create_button.clicked.connect(self.create_profile)

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("profileName")
        self.name_edit.setAccessibleName(self.tr("Name of the selected profile"))
        self.rename_button = QPushButton(self.tr("&Rename"), self)
        self.rename_button.setObjectName("renameProfile")
        self.rename_button.clicked.connect(self.rename_profile)
        self.name_edit.returnPressed.connect(self.rename_profile)
        self.delete_button = QPushButton(self.tr("&Delete profile…"), self)
        self.delete_button.setObjectName("deleteProfile")
        self.delete_button.clicked.connect(self.delete_profile)

        self.record_plays = QCheckBox(self.tr("Record what this profile plays"), self)
        self.record_plays.setObjectName("recordPlays")
        self.share = QCheckBox(
            self.tr("Friends' recommendations may learn from this profile"), self
        )
        self.share.setObjectName("shareWithFriends")
        self.record_plays.toggled.connect(lambda on: self._privacy(record_plays=on))
        self.share.toggled.connect(lambda on: self._privacy(share_with_friends=on))

        self.friends_list = QListWidget(self)
        self.friends_list.setObjectName("friendsList")
        self.friends_list.setAccessibleName(self.tr("Friends of the selected profile"))
        self.friends_list.itemChanged.connect(self._friend_toggled)

        self.hidden_list = QListWidget(self)
        self.hidden_list.setObjectName("hiddenItems")
        self.hidden_list.setAccessibleName(self.tr("Items marked “not interested”"))
        self.hidden_list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.hidden_list.setMaximumHeight(110)
        self.show_again_button = QPushButton(self.tr("&Show again"), self)
        self.show_again_button.setObjectName("showAgain")
        self.show_again_button.setToolTip(
            self.tr("The selected items may be recommended to this profile again")
        )
        self.show_again_button.setEnabled(False)
        self.hidden_list.itemSelectionChanged.connect(
            lambda: self.show_again_button.setEnabled(bool(self.hidden_list.selectedItems()))
        )
        self.show_again_button.clicked.connect(self.show_again)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("profileError")
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        # -- layout ----------------------------------------------------------------------
        left = QVBoxLayout()
        left.addWidget(self.profile_list, 1)
        left.addWidget(self.show_community)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_name, 1)
        new_row.addWidget(self.create_button)
        left.addLayout(new_row)

        details = QGroupBox(self.tr("Selected profile"), self)
        form = QFormLayout(details)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_edit, 1)
        name_row.addWidget(self.rename_button)
        name_label = QLabel(self.tr("&Name:"), details)
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, name_row)
        form.addRow(self.tr("Privacy:"), self.record_plays)
        form.addRow("", self.share)
        friends_label = QLabel(self.tr("&Friends:"), details)
        friends_label.setBuddy(self.friends_list)
        form.addRow(friends_label, self.friends_list)
        hidden_label = QLabel(self.tr("Not &interested:"), details)
        hidden_label.setBuddy(self.hidden_list)
        form.addRow(hidden_label, self.hidden_list)
        form.addRow("", self.show_again_button)
        self.limits_button = QPushButton(self.tr("&Limits…"), details)
        self.limits_button.setObjectName("profileLimits")
        self.limits_button.setToolTip(self.tr("What this profile may see; a PIN for a child"))
        self.limits_button.clicked.connect(self.open_limits)
        form.addRow(self.tr("Limits:"), self.limits_button)
        form.addRow("", self.delete_button)
        self.details = details

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addWidget(details, 3)
        outer = QVBoxLayout(self)
        outer.addLayout(body, 1)
        outer.addWidget(self.error_label)
        outer.addWidget(buttons)

        self.profile_list.currentItemChanged.connect(lambda *_: self._show_selected())
        self.reload(select=current)
        self.resize(720, 460)

    # -- public API ------------------------------------------------------------------------
    def selected_profile_id(self) -> int | None:
        item = self.profile_list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def select(self, profile_id: int) -> None:
        for row in range(self.profile_list.count()):
            if self.profile_list.item(row).data(Qt.ItemDataRole.UserRole) == profile_id:
                self.profile_list.setCurrentRow(row)
                return

    def reload(self, select: int | None = None) -> None:
        """Re-read the profiles; keep (or move to) ``select``."""
        keep = select if select is not None else self.selected_profile_id()
        everyone = self._service.profiles()
        show = self.show_community.isChecked()
        self._profiles = {p.id: p for p in everyone if show or not p.community}
        self._hidden_ids = {p.id for p in everyone} - self._profiles.keys()
        count = sum(p.community for p in everyone)
        self.show_community.setText(self.tr("Show &community profiles ({0:,})").format(count))
        self.show_community.setVisible(any(p.community for p in everyone))
        self.profile_list.blockSignals(True)
        self.profile_list.clear()
        for profile in self._profiles.values():
            item = QListWidgetItem(profile.name)
            item.setData(Qt.ItemDataRole.UserRole, profile.id)
            self.profile_list.addItem(item)
        self.profile_list.blockSignals(False)
        if keep is not None and keep in self._profiles:
            self.select(keep)
        elif self.profile_list.count():
            self.profile_list.setCurrentRow(0)
        self._show_selected()

    def removal_text(self, profile: Profile) -> str:
        """The confirmation a person reads before a profile is deleted."""
        erased = self._service.removal_summary(profile.id)
        nouns = {
            "ratings": (self.tr("rating"), self.tr("ratings")),
            "plays": (self.tr("play"), self.tr("plays")),
            "marks": (
                self.tr("“not interested” or “don't learn” mark"),
                self.tr("“not interested” or “don't learn” marks"),
            ),
            "friendships": (self.tr("friendship"), self.tr("friendships")),
            "playlists": (self.tr("playlist"), self.tr("playlists")),
        }
        parts = []
        for key, (one, many) in nouns.items():
            count = int(erased.get(key, 0))
            if count:
                parts.append(f"{count:,} {one if count == 1 else many}")
        if parts:
            what = self.tr("This erases its {0}.").format(_join(parts, self.tr("and")))
        else:
            what = self.tr("It has no ratings, plays, marks, friends or playlists.")
        return self.tr(
            "Delete the profile “{0}”?\n\n{1}\n\nThe items in the library and the other "
            "profiles are kept. This cannot be undone."
        ).format(profile.name, what)

    # -- actions ---------------------------------------------------------------------------
    def open_limits(self) -> LimitsDialog | None:
        """The selected profile's limits (non-modal); None without a selection."""
        pid = self.selected_profile_id()
        if pid is None:
            return None
        dialog = LimitsDialog(self._service.session, pid, self._profiles[pid].name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.limits_changed)
        self.limits_dialog = dialog
        dialog.open()
        return dialog

    def create_profile(self) -> int | None:
        name = self.new_name.text().strip()
        if not name:
            return None
        try:
            profile = self._service.create(name)
        except UserError as exc:
            self._error(error_text(exc))
            return None
        self.new_name.clear()
        self._error("")
        self.reload(select=profile.id)
        self.profiles_changed.emit()
        self.profile_created.emit(profile.id)
        self.ask_favourites(profile.id, profile.name)
        return profile.id

    def ask_favourites(self, profile_id: int, name: str) -> QDialog | None:
        """Offer the favourites grid for a new profile (issue 15), when the library has popular
        items to show; not modal-blocking, so the dialog stays usable behind it."""
        _kind, grid = best_kind(self._service.session.path)
        if not grid:
            return None
        self.favourites = FavouritesDialog(self._service.session.path, profile_id, name, grid, self)
        self.favourites.open()
        return self.favourites

    def rename_profile(self) -> bool:
        profile_id = self.selected_profile_id()
        if profile_id is None:
            return False
        try:
            self._service.rename(profile_id, self.name_edit.text())
        except UserError as exc:
            self._error(error_text(exc))
            return False
        self._error("")
        self.reload(select=profile_id)
        self.profiles_changed.emit()
        return True

    def delete_profile(self) -> bool:
        profile_id = self.selected_profile_id()
        profile = self._profiles.get(profile_id) if profile_id is not None else None
        if profile is None:
            return False
        # Looked up at call time, so a test can answer the question instead of a person.
        confirm = self._confirm or confirm_with_message_box
        if not confirm(self, self.tr("Delete profile"), self.removal_text(profile)):
            return False
        if not self._pin_given(profile):
            return False
        try:
            self._service.delete(profile.id)
        except UserError as exc:
            self._error(error_text(exc))
            return False
        self._error("")
        self.reload()
        self.profiles_changed.emit()
        return True

    # -- internals -------------------------------------------------------------------------
    def _pin_given(self, profile: Profile) -> bool:
        """A profile with a PIN is deleted (and its limits with it) only with the PIN."""
        actions = LimitsActions(self._service.session.library)
        if not actions.has_pin(profile.id):
            return True
        pin = self.ask_pin(
            self.tr("PIN"), self.tr("The PIN of “{0}”, to delete it:").format(profile.name)
        )
        if pin is None:
            return False
        if not actions.pin_matches(profile.id, pin):
            self._error(self.tr("Wrong PIN: the profile was not deleted."))
            return False
        return True

    def _show_selected(self) -> None:
        profile_id = self.selected_profile_id()
        profile = self._profiles.get(profile_id) if profile_id is not None else None
        self.details.setEnabled(profile is not None)
        self._loading = True
        try:
            self.friends_list.clear()
            if profile is None:
                self.name_edit.clear()
                self._show_hidden(None)
                return
            self.details.setTitle(self.tr("Profile “{0}”").format(profile.name))
            self.name_edit.setText(profile.name)
            self.record_plays.setChecked(profile.record_plays)
            self.share.setChecked(profile.share_with_friends)
            self._show_hidden(profile.id)
            friends = set(self._service.friends_of(profile.id))
            for other in self._profiles.values():
                if other.id == profile.id:
                    continue
                item = QListWidgetItem(other.name)
                item.setData(Qt.ItemDataRole.UserRole, other.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if other.id in friends else Qt.CheckState.Unchecked
                )
                self.friends_list.addItem(item)
        finally:
            self._loading = False

    def _friend_toggled(self, _item: QListWidgetItem) -> None:
        profile_id = self.selected_profile_id()
        if self._loading or profile_id is None:
            return
        chosen = [
            int(self.friends_list.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.friends_list.count())
            if self.friends_list.item(r).checkState() == Qt.CheckState.Checked
        ]
        # Friends among the hidden community profiles are not in the list: keep them.
        chosen += [f for f in self._service.friends_of(profile_id) if f in self._hidden_ids]
        try:
            self._service.set_friends(profile_id, chosen)
        except UserError as exc:
            self._error(error_text(exc))
            return
        self.profiles_changed.emit()

    def _privacy(self, **switch: bool) -> None:
        profile_id = self.selected_profile_id()
        if self._loading or profile_id is None:
            return
        try:
            updated = self._service.set_privacy(profile_id, **switch)
        except UserError as exc:
            self._error(error_text(exc))
            return
        if updated is not None:
            self._profiles[updated.id] = updated
        self.profiles_changed.emit()

    def show_again(self) -> int:
        """Take "not interested" off the selected hidden items; returns how many."""
        profile_id = self.selected_profile_id()
        ids = [int(i.data(Qt.ItemDataRole.UserRole)) for i in self.hidden_list.selectedItems()]
        if profile_id is None or not ids:
            return 0
        try:
            done = self._service.show_again(profile_id, ids)
        except UserError as exc:
            self._error(error_text(exc))
            return 0
        self._show_hidden(profile_id)
        self.profiles_changed.emit()
        return done

    def _show_hidden(self, profile_id: int | None) -> None:
        self.hidden_list.clear()
        if profile_id is None:
            return
        for item_id, title in self._service.hidden_items(profile_id):
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, item_id)
            self.hidden_list.addItem(item)
        if not self.hidden_list.count():
            placeholder = QListWidgetItem(self.tr("Nothing hidden"))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.hidden_list.addItem(placeholder)

    def _community_toggled(self, on: bool) -> None:
        self.reload()
        self.show_community_changed.emit(bool(on))

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))


def _join(parts: list[str], and_word: str) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + f" {and_word} " + parts[-1]
