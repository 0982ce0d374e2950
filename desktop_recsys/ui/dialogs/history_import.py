"""File > Import listening history…: the import wizard showing only other players' histories
(Strawberry, Clementine, Rhythmbox, Kodi; issue 17). The import itself is the wizard's: an
import job on the write lane with progress, Cancel and the report."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from desktop_recsys.ui.dialogs.import_wizard import HISTORY, ImportWizard


def open_history_import(window: Any, kind: str = HISTORY[0]) -> ImportWizard:
    """The import wizard for a player's history, ``kind`` chosen (the first page lets a person
    choose another)."""
    wizard: ImportWizard = window.open_import_wizard()
    wizard.show_history(True)
    wizard.choose(kind)
    return wizard


def install_history_import(window: Any) -> QAction:
    """Put "Import listening history…" after "Import…" in the File menu; returns the action."""
    action = QAction(
        QCoreApplication.translate("HistoryImport", "Import listening &history…"), window
    )
    action.setObjectName("importHistoryAction")
    action.triggered.connect(lambda: open_history_import(window))
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None or window.import_action not in menu.actions():
            continue
        actions = menu.actions()
        after = actions.index(window.import_action) + 1
        menu.insertAction(actions[after] if after < len(actions) else None, action)
        break
    return action
