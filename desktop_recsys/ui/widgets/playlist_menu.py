"""The "Add to playlist" menu shared by the Library and For-you screens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from desktop_recsys.errors import UserError
from desktop_recsys.services.item_actions import ItemActions
from desktop_recsys.ui.i18n import error_text

#: Called with a one-line message for the status bar once the items were added (or not).
Report = Callable[[str], None]


def add_to_playlist(
    actions: ItemActions,
    profile_id: int | None,
    item_ids: list[int],
    report: Report,
    *,
    playlist_id: int | None = None,
    new_name: str | None = None,
) -> bool:
    """Add ``item_ids`` to a playlist (or a new one) and say so; False if it failed."""
    if not item_ids:
        return False
    try:
        playlist = actions.add_to_playlist(
            profile_id, item_ids, playlist_id=playlist_id, new_name=new_name
        )
    except UserError as exc:
        report(error_text(exc))
        return False
    report(
        QCoreApplication.translate("PlaylistMenu", "Added {0} item(s) to “{1}”").format(
            len(item_ids), playlist.name
        )
    )
    return True


def build_playlist_menu(
    parent: QWidget,
    actions: ItemActions,
    profile_id: int | None,
    item_ids: Callable[[], list[int]],
    report: Report,
) -> QMenu:
    """A submenu: the profile's playlists, then "New playlist…" (asks for a name)."""
    menu = QMenu(QCoreApplication.translate("PlaylistMenu", "Add to &playlist"), parent)
    menu.setObjectName("playlistMenu")
    try:
        playlists = actions.playlists(profile_id)
    except UserError as exc:
        report(error_text(exc))
        playlists = []
    for playlist in playlists:
        action = menu.addAction(playlist.name.replace("&", "&&"))
        action.triggered.connect(
            lambda _c=False, pid=playlist.id: add_to_playlist(
                actions, profile_id, item_ids(), report, playlist_id=pid
            )
        )
    if playlists:
        menu.addSeparator()

    def ask_name() -> None:
        name, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("PlaylistMenu", "New playlist"),
            QCoreApplication.translate("PlaylistMenu", "Name of the new playlist:"),
        )
        if ok and name.strip():
            add_to_playlist(actions, profile_id, item_ids(), report, new_name=name)

    new = menu.addAction(QCoreApplication.translate("PlaylistMenu", "&New playlist…"), ask_name)
    new.setObjectName("newPlaylist")
    return menu
