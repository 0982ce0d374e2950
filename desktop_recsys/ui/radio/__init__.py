"""Radio and daily mixes in the window.

``install_radio(window, runner, models_dir)`` adds, without the screens knowing more than a
hook:

- "Start radio" in the item menus of the Library and For you (``radio_hook``) and a button
  under the Library's detail pane; each opens a :class:`~.list_dialog.RadioDialog`;
- the row of daily mix cards on For you (:class:`~.mix_cards.MixCardsRow`), following the
  profile and the kind shown;
- the idle-time refresh of the daily mixes
  (:class:`~desktop_recsys.jobs.idle_mixes.IdleMixesScheduler`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton

from desktop_recsys.jobs.base import JobRunnerBase
from desktop_recsys.jobs.idle_mixes import IdleMixesScheduler
from desktop_recsys.ui.radio.list_dialog import ItemListDialog, RadioDialog, open_radio
from desktop_recsys.ui.radio.mix_cards import MixCardsRow

#: The main window (ui/main_window.py), which imports this package: typed loosely here.
MainWindow = Any

__all__ = ["ItemListDialog", "MixCardsRow", "RadioDialog", "RadioHook", "install_radio"]


class RadioHook:
    """Adds "Start radio" to an item menu; opens the radio window."""

    def __init__(
        self,
        window: MainWindow,
        runner: JobRunnerBase,
        models_dir: Callable[[], Path | None],
    ) -> None:
        self._window = window
        self._runner = runner
        self._models_dir = models_dir
        #: (ModelCache, NeighboursCache), made with the first radio (they load the engine).
        self._caches: tuple[Any, Any] | None = None
        #: The radio windows opened (the newest last), for tests and for closing.
        self.dialogs: list[RadioDialog] = []

    def add_entry(self, menu: QMenu, item_ids: Sequence[int]) -> QAction:
        """'Start radio' in ``menu`` for the first of ``item_ids`` (disabled without one)."""
        ids = [i for i in item_ids if i is not None]
        action = QAction(QCoreApplication.translate("RadioHook", "Start &radio"), menu)
        action.setObjectName("startRadio")
        action.setEnabled(bool(ids))
        action.triggered.connect(lambda _c=False: self.start(ids[0]) if ids else None)
        menu.addSeparator()
        menu.addAction(action)
        details = self._window.reader.item_details(ids[0]) if ids else None
        item = details["item"] if details else None
        if item is not None and item.kind == "track":
            # A track's artist and album seed radios of their own.
            for form, value, text in (
                ("artist", item.artist, QCoreApplication.translate("RadioHook", "Radio from the artist “{0}”")),
                ("album", item.album, QCoreApplication.translate("RadioHook", "Radio from the album “{0}”")),
            ):  # fmt: skip
                if not value:
                    continue
                extra = QAction(text.format(value.replace("&", "&&")), menu)
                extra.setObjectName(f"startRadio_{form}")
                extra.triggered.connect(
                    lambda _c=False, f=form, v=value: self.start_from(f"{f}:{v}", v)
                )
                menu.addAction(extra)
        return action

    def start(self, item_id: int) -> RadioDialog:
        """Open a radio from ``item_id`` for the window's current profile."""
        return self._open(lambda caches: open_radio(
            self._window, self._window.reader, self._runner, self._window.current_profile_id(),
            self._models_dir(), item_id, caches,
        ))  # fmt: skip

    def start_from(self, seed: str, title: str) -> RadioDialog:
        """Open a radio from a seed the radio service reads (``playlist:NAME``,
        ``album:NAME``, ``artist:NAME``), called ``title`` in the window."""

        def make(caches: tuple[Any, Any]) -> RadioDialog:
            dialog = RadioDialog(
                self._window.reader, self._runner, self._window.current_profile_id(),
                self._models_dir(), seed, title, caches, self._window,
            )  # fmt: skip
            dialog.show()
            return dialog

        return self._open(make)

    def _open(self, make: Callable[[tuple[Any, Any]], RadioDialog]) -> RadioDialog:
        if self._caches is None:
            # Deferred: the caches' modules import the engine.
            from desktop_recsys.services.radio_service import NeighboursCache
            from desktop_recsys.services.recommend_service import ModelCache

            self._caches = (ModelCache(), NeighboursCache())
        dialog = make(self._caches)
        self.dialogs = [d for d in self.dialogs if d.isVisible()] + [dialog]
        return dialog


def install_radio(
    window: MainWindow, runner: JobRunnerBase, models_dir: Callable[[], Path | None]
) -> RadioHook:
    """Put the radio entries, the mix cards and the idle refresh of the mixes into ``window``."""
    hook = RadioHook(window, runner, models_dir)
    window.library_view.radio_hook = hook
    window.for_you_view.list_pane.radio_hook = hook
    detail = window.library_view.detail
    button = QPushButton(QCoreApplication.translate("RadioHook", "Start radio"), detail)
    button.setObjectName("detailStartRadio")
    button.clicked.connect(lambda: hook.start(detail.item_id) if detail.item_id else None)
    detail.layout().addWidget(button)
    window.radio_button = button
    window.playlists_view.radio_requested.connect(hook.start_from)

    for_you = window.for_you_view
    row = MixCardsRow(lambda: window.reader, runner, models_dir, for_you)
    layout = for_you.layout()
    layout.insertWidget(layout.indexOf(for_you.train_row) + 1, row)
    row.set_kind(for_you.current_kind())
    row.set_profile(window.current_profile_id())
    window.profile_changed.connect(row.set_profile)
    for_you.train_row.trained.connect(lambda *_args: row.show_mixes())  # new model, new mixes
    for_you.kind_combo.currentIndexChanged.connect(lambda _i: row.set_kind(for_you.current_kind()))
    window.mix_cards = row

    scheduler = IdleMixesScheduler(runner, lambda: window.reader.path, models_dir, parent=window)
    window.idle_mixes = scheduler
    return hook
