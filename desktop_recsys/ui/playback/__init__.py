"""Music playback in the window: the player (``controller.Playback``), the now-playing bar, the
queue panel, the Playback menu and its shortcuts, the Library's "Play" entries and MPRIS.

``install_playback(window)`` puts it all into the main window; the window keeps the player as
``window.playback`` and the bar as ``window.now_playing``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QMenu

from desktop_recsys.ui.playback.controller import Playback
from desktop_recsys.ui.playback.library_menu import PlayHook
from desktop_recsys.ui.playback.mpris import publish
from desktop_recsys.ui.playback.now_playing_bar import NowPlayingBar
from desktop_recsys.ui.playback.play_queue import Repeat

#: The main window (ui/main_window.py), which imports this package: typed loosely here.
MainWindow = Any

__all__ = ["Playback", "NowPlayingBar", "PlaybackMenu", "install_playback"]


def install_playback(window: MainWindow) -> Playback:
    """The player, its bar under the screens, its menu and shortcuts, and the Library's
    entries; plays are recorded for the window's current profile."""
    playback = Playback(window.reader, window, state=window.state)
    bar = NowPlayingBar(playback, window)
    layout = window.centralWidget().layout()
    assert layout is not None
    layout.addWidget(bar)
    window.now_playing = bar
    window.playback_menu = PlaybackMenu(playback, bar, window)
    window.library_view.play_hook = PlayHook(playback)
    window.for_you_view.list_pane.play_hook = PlayHook(playback)
    window.for_you_view.list_pane.films = window.library_view.films  # one "Did you finish it?"
    window.profile_changed.connect(playback.set_profile)
    playback.set_profile(window.current_profile_id())
    playback.message.connect(lambda text: window.show_message(text, 8000))
    window.mpris = publish(playback, window)
    return playback


class PlaybackMenu(QMenu):
    """Playback in the menu bar (before Help): the shortcuts live on its actions, so they work
    wherever the focus is in the window, except where a key means something to a text box."""

    def __init__(self, playback: Playback, bar: NowPlayingBar, window: MainWindow) -> None:
        super().__init__(window)
        self.playback = playback
        self.setTitle(self.tr("Pla&yback"))
        self.play_action = self._action(self._play_pause, "Space")
        self.next_action = self._action(playback.next, "Ctrl+Right")
        self.previous_action = self._action(playback.previous, "Ctrl+Left")
        self.stop_action = self._action(playback.stop, None)
        self.addSeparator()
        self.shuffle_action = self._action(None, None)
        self.shuffle_action.setCheckable(True)
        self.shuffle_action.triggered.connect(lambda on: bar.shuffle_button.setChecked(on))
        self.repeat_action = self._action(playback.cycle_repeat, None)
        self.addSeparator()
        self.queue_action = self._action(bar.show_queue, "Ctrl+Shift+Q")
        self.aboutToShow.connect(self._update)
        for signal in (playback.track_changed, playback.queue_changed, playback.modes_changed):
            signal.connect(self._update)
        bar_menu = window.menuBar()
        help_menu = bar_menu.actions()[-1] if bar_menu.actions() else None
        bar_menu.insertMenu(help_menu, self)
        for action in self.actions():
            window.addAction(action)  # shortcuts also while the menu bar is hidden
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Pla&yback"))
        self.play_action.setText(self.tr("&Play / Pause"))
        self.next_action.setText(self.tr("&Next Track"))
        self.previous_action.setText(self.tr("P&revious Track"))
        self.stop_action.setText(self.tr("&Stop"))
        self.shuffle_action.setText(self.tr("S&huffle"))
        self.queue_action.setText(self.tr("Show the &Queue"))
        self._update()

    def _action(self, slot: object, shortcut: str | None) -> QAction:
        action = QAction(self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if callable(slot):
            action.triggered.connect(lambda _c=False: slot())
        self.addAction(action)
        return action

    def _play_pause(self) -> None:
        """Space: play/pause, unless a button or a list box has the focus, where Space is
        what a keyboard user presses to push it (a text box never gets here: it keeps its
        keys)."""
        focus = QApplication.focusWidget()
        if isinstance(focus, QAbstractButton) and focus.isEnabled():
            focus.animateClick()
            return
        if isinstance(focus, QComboBox):
            focus.showPopup()
            return
        self.playback.toggle()

    def _update(self, *_args: object) -> None:
        loaded = self.playback.track is not None
        for action in (self.play_action, self.next_action, self.previous_action, self.stop_action):
            action.setEnabled(loaded)
        self.shuffle_action.setChecked(self.playback.queue.shuffle)
        self.repeat_action.setText(
            {
                Repeat.OFF: self.tr("&Repeat: Off"),
                Repeat.ALL: self.tr("&Repeat: All"),
                Repeat.ONE: self.tr("&Repeat: One"),
            }[self.playback.queue.repeat]
        )
