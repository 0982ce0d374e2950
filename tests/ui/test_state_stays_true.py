"""What the window says stays true after a change elsewhere: the detail pane after a star
click, the status bar on other screens, the Group button after switching profiles."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from ui_test_library import WAIT_MS, fill_library, show_main_window

from desktop_recsys.library import Library
from desktop_recsys.services.item_actions import ItemActions
from desktop_recsys.services.library_service import LibrarySession

pytestmark = pytest.mark.gui


@pytest.fixture
def people_reader(tmp_path: Path, open_reader: Any) -> LibrarySession:
    path = fill_library(tmp_path / "library.sqlite")
    with Library.open(path) as library:
        for name in ("Ann", "Bo", "Cy"):
            library.profiles.add(name)
    return open_reader(path)


def test_a_star_click_shows_in_the_detail_pane_at_once(
    qtbot: Any, people_reader: LibrarySession, runner: Any, tmp_path: Path
) -> None:
    window = show_main_window(qtbot, people_reader, runner, tmp_path / "models")
    library = window.library_view
    library.show_kind("film")
    view = library.current_view()
    model = view.items_model()
    view.selectRow(0)
    item_id = model.item_id(0)
    assert "Not rated" in library.detail.history.text()
    heard: list[bool] = []
    library.library_changed.connect(lambda: heard.append(True))

    rect = view.visualRect(model.index(0, model.rating_column))
    star = rect.height() - 4
    point = QPoint(rect.left() + 2 + int(star * 2.8), rect.center().y())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    stars = ItemActions(people_reader).rating(window.current_profile_id(), item_id)
    assert stars == 3.0
    # The pane follows the stored rating without the row being selected again.
    assert "Rated ★★★ (3 of 5)" in library.detail.history.text()
    qtbot.waitUntil(lambda: heard == [True], timeout=WAIT_MS)  # the other screens, once
    window.grab().save(str(tmp_path / "rated.png"))


def test_the_status_bar_summary_belongs_to_the_library_screen(
    qtbot: Any, people_reader: LibrarySession, runner: Any, tmp_path: Path
) -> None:
    window = show_main_window(qtbot, people_reader, runner, tmp_path / "models")
    qtbot.keyClicks(window.library_view.search_edit, "zebra")
    window.library_view.apply_search()
    assert window.summary_label.isVisible()
    assert "“zebra”" in window.summary_label.text()
    for screen in ("for_you", "insights", "lab"):
        window.show_screen(screen)
        # Neither the Library's search nor its film count is said on another screen.
        assert not window.summary_label.isVisible(), screen
    window.grab().save(str(tmp_path / "lab.png"))
    window.show_screen("library")
    assert window.summary_label.isVisible() and "“zebra”" in window.summary_label.text()


def test_the_group_button_starts_alone_after_switching_profiles(
    qtbot: Any, people_reader: LibrarySession, runner: Any, tmp_path: Path
) -> None:
    window = show_main_window(qtbot, people_reader, runner, tmp_path / "models")
    window.show_screen("for_you")
    view = window.for_you_view
    ids = {p.name: p.id for p in people_reader.profiles()}
    window.select_profile(ids["Ann"])
    view.set_group([ids["Bo"]])
    assert view.group_button.text().replace("&", "") == "Group (2)…"
    window.select_profile(ids["Cy"])
    assert view.group_members() == []
    assert view.group_button.text().replace("&", "") == "Group…"
    assert view.diversity.isEnabled()
