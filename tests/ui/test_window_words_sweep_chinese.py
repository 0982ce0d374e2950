"""A sweep of the window's screens and dialogs (Settings' tabs, Profiles, Import) under Chinese
(issue 19 "Language"): every visible label, button, group title, tab, column heading,
placeholder and menu entry holds no run of English words besides names from the data
(``tests/english_words.py``)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTabWidget,
    QWidget,
)
from ui_test_library import interface_language, show_main_window

from desktop_recsys.engine.registry import algorithm_names
from desktop_recsys.jobs import JobRunner
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.main_window import SCREENS
from tests.english_words import english_runs

pytestmark = pytest.mark.gui


def _names(library: Path) -> list[str]:
    conn = sqlite3.connect(library)
    try:
        rows = conn.execute(
            "SELECT title FROM items UNION SELECT artist FROM items UNION SELECT album FROM items "
            "UNION SELECT name FROM people UNION SELECT name FROM profiles "
            "UNION SELECT name FROM tags UNION SELECT name FROM playlists"
        ).fetchall()
    finally:
        conn.close()
    return [str(r[0]) for r in rows if r[0]] + algorithm_names()


def visible_words(root: QWidget) -> list[str]:
    """The words a person sees in ``root`` now: texts of its visible widgets, the headings of
    its tables and lists, the entries of its menus (mnemonic ampersands taken out)."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if (
            isinstance(widget, QLabel)
            and widget.textFormat() != Qt.TextFormat.RichText
            or isinstance(widget, QAbstractButton)
        ):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts.append(widget.currentText())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model: its one column has no heading
                columns = 0
            for column in range(columns):
                heading = model.headerData(column, Qt.Orientation.Horizontal)
                if isinstance(heading, str):
                    texts.append(heading)
    for menu in root.findChildren(QMenu):
        texts += [action.text() for action in menu.actions()]
    return [t.replace("&&", "\0").replace("&", "").replace("\0", "&") for t in texts if t]


def test_every_screen_of_the_window_speaks_chinese(
    qtbot: Any, qapp: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    names = _names(Path(demo_reader.path))
    with interface_language(qapp, "zh_CN"):
        window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models")
        problems: dict[str, list[str]] = {}
        seen = 0
        for screen in SCREENS:
            window.show_screen(screen)
            qtbot.waitUntil(lambda s=screen: window.current_screen() == s, timeout=30000)
            words = visible_words(window)
            seen += len(words)
            found = english_runs("\n".join(words), names, every_line=True)
            if found:
                problems[screen] = found
        # The dialogs a person opens from the menus: Settings (each tab), Profiles, Import.
        settings = window.open_settings()
        tabs = settings.findChild(QTabWidget)
        assert tabs is not None
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            found = english_runs("\n".join(visible_words(settings)), names, every_line=True)
            if found:
                problems[f"settings {index}"] = found
        settings.close()
        wizard = window.open_import_wizard()
        found = english_runs("\n".join(visible_words(wizard)), names, every_line=True)
        if found:
            problems["import wizard"] = found
        wizard.close()
        window.profiles_action.trigger()
        for dialog in QApplication.topLevelWidgets():
            if isinstance(dialog, QDialog) and dialog.isVisible():
                found = english_runs("\n".join(visible_words(dialog)), names, every_line=True)
                if found:
                    problems[type(dialog).__name__] = found
                dialog.close()
        # The screens' reads end before the window goes (none answers a deleted window).
        qtbot.waitUntil(lambda: not runner.active_jobs(), timeout=60000)
        window.close()
    assert seen > 100  # the sweep read the screens
    assert not problems, problems


def test_the_sweep_sees_an_english_label(qtbot: Any, qapp: Any) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    QLabel("Show community profiles", box)
    QLabel("媒体库", box)
    box.show()
    words = visible_words(box)
    assert "Show community profiles" in words and "媒体库" in words
    assert english_runs("\n".join(words), every_line=True)
