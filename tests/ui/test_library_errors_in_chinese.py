"""An error the library raises reaches the window in the window's language: renaming a playlist
to nothing in the real window, in Chinese, shows the library's refusal in Chinese (one line,
what is wrong and what to do) and keeps the old name."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_test_library import show_main_window

from desktop_recsys.jobs import JobRunner
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.i18n import install_translators
from desktop_recsys.ui.main_window import MainWindow

pytestmark = pytest.mark.gui
WAIT_MS = 30000


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[QApplication]:
    assert install_translators(qapp, "zh_CN") == "zh_CN"
    yield qapp
    assert install_translators(qapp, "en") == "en"


@pytest.fixture
def window(
    qtbot: Any,
    chinese: QApplication,
    demo_reader: LibrarySession,
    runner: JobRunner,
    tmp_path: Path,
) -> MainWindow:
    return show_main_window(qtbot, demo_reader, runner, tmp_path / "models")


def _names(view: Any) -> list[str]:
    return [
        view.lists.item(r).data(Qt.ItemDataRole.UserRole).playlist.name
        for r in range(view.lists.count())
    ]


def test_a_playlist_without_a_name_is_refused_in_chinese(qtbot: Any, window: MainWindow) -> None:
    library = window.library_view
    library.show_kind("track")
    library.current_view().selectRow(0)
    assert library.add_selected_to_playlist(new_name="Road trip")
    window.show_screen("playlists")
    view = window.playlists_view
    qtbot.waitUntil(lambda: "Road trip" in _names(view), timeout=WAIT_MS)
    view.lists.setCurrentRow(_names(view).index("Road trip"))
    view.rename("   ")
    qtbot.waitUntil(lambda: "播放列表需要名称" in window.message_label.text(), timeout=WAIT_MS)
    assert "播放列表需要名称；请填写名称" in window.message_label.text()
    assert "playlist" not in window.message_label.text()
    assert view.current() is not None and view.current().playlist.name == "Road trip"
