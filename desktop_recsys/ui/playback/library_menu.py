"""The player's entries in item menus ("Play", "Play next", "Add to queue") and what a
double-click on a track does (play it, then the tracks below it). Any list of items can use
it: the Library's tables do (``LibraryView.play_hook``); playlists and mixes may too."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from desktop_recsys.services.now_playing import playable
from desktop_recsys.ui.playback.controller import Playback

#: A double-click queues the clicked track and at most this many after it.
FOLLOWING_ON_DOUBLE_CLICK = 100


class PlayHook:
    """Adds the player's actions to a menu for the given items."""

    def __init__(self, playback: Playback) -> None:
        self.playback = playback

    def add_entries(self, menu: QMenu, item_ids: Sequence[int]) -> list[QAction]:
        """'Play', 'Play next', 'Add to queue' at the top of ``menu`` when the items hold a
        track, enabled when one of them has its file on this computer. Returns the actions."""
        ids = list(item_ids)
        session = self.playback.reader
        if not any((item := session.item(i)) is not None and item.kind == "track" for i in ids):
            return []  # no track: a film's menu has its own "Play" (the system player)
        can_play = any(playable(session, [i]) for i in ids)  # stops at one
        first = menu.actions()[0] if menu.actions() else None
        made: list[QAction] = []
        for name, label, call in (
            ("playNow", QCoreApplication.translate("PlayHook", "&Play"), self.playback.play),
            ("playNext", QCoreApplication.translate("PlayHook", "Play ne&xt"),
             self.playback.play_next),
            ("addToQueue", QCoreApplication.translate("PlayHook", "Add to &queue"),
             self.playback.enqueue),
        ):  # fmt: skip
            action = QAction(label, menu)
            action.setObjectName(name)
            action.setEnabled(can_play)
            action.triggered.connect(lambda _c=False, f=call: f(ids))
            menu.insertAction(first, action)
            made.append(action)
        menu.insertSeparator(first)
        return made

    def activate(self, item_ids: Sequence[int]) -> bool:
        """Double-click: play the first item and queue those after it, if it can play here.
        False when it cannot (a film, a missing file): the caller does what it did before."""
        ids = list(item_ids)[: FOLLOWING_ON_DOUBLE_CLICK + 1]
        if not ids or not playable(self.playback.reader, ids[:1]):
            return False
        return self.playback.play(ids) > 0
