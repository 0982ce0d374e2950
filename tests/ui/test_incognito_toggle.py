"""The toolbar's incognito switch (issue 17), in the real main window: per profile, says so
while on, and a play reported by the player in incognito leaves no row."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from ui_test_library import show_main_window

from desktop_recsys.jobs import JobRunner
from desktop_recsys.library import Library
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.services.listening import Listening
from desktop_recsys.ui.widgets.incognito_toggle import IncognitoToggle, install_incognito


def test_incognito_is_per_profile_visible_while_on_and_records_nothing(
    qtbot: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models")
    toggle = window.incognito  # the main window puts it into its toolbar
    assert isinstance(toggle, IncognitoToggle)
    assert install_incognito(window) is toggle  # once, however often it is installed
    assert window.toolbar.isAncestorOf(toggle)
    qtbot.waitUntil(toggle.isVisible, timeout=5000)
    first = window.current_profile_id()
    assert first is not None and not toggle.isChecked()
    assert toggle.text() == "Incognito"

    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert toggle.isChecked() and "not recorded" in toggle.text()
    with Library.open(demo_reader.path) as lib:
        assert not lib.profiles.require(first).record_plays
    toggle.grab().save(str(tmp_path / "incognito_on.png"))

    item = demo_reader.library.items.ids_by_kind("track")[0]
    player = Listening(demo_reader)
    before = len(demo_reader.library.plays.for_profile(first))
    out = player.finished_listening(
        first, item, listened=200.0, duration=200.0, ended=True, started_at=time.time()
    )
    assert out.reason == "incognito"
    assert len(demo_reader.library.plays.for_profile(first)) == before

    other = next(p.id for p in demo_reader.profiles() if p.id != first)
    window.select_profile(other)
    qtbot.waitUntil(lambda: not toggle.isChecked(), timeout=5000)
    assert toggle.text() == "Incognito"  # the other profile records as before
    assert player.finished_listening(
        other, item, listened=200.0, duration=200.0, ended=True, started_at=time.time()
    ).recorded

    window.select_profile(first)
    qtbot.waitUntil(toggle.isChecked, timeout=5000)
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert not toggle.isChecked()
    assert player.finished_listening(
        first, item, listened=200.0, duration=200.0, ended=True, started_at=time.time()
    ).recorded


def test_without_a_profile_the_switch_is_disabled(qtbot: Any, demo_reader: LibrarySession) -> None:
    toggle = IncognitoToggle(lambda: demo_reader)
    qtbot.addWidget(toggle)
    toggle.set_profile(None)
    assert not toggle.isEnabled() and not toggle.isChecked()
    toggle.set_profile(10**6)  # a profile deleted meanwhile
    assert not toggle.isEnabled()
