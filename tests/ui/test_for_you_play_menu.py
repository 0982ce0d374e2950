"""For you's item menu plays what it recommends (issue 17): a track gets the player's "Play",
"Play next" and "Add to queue", a film gets its own "Play" (the system player) and "Mark as
watched", and neither gets the other's entries."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from ui_test_library import show_main_window

from desktop_recsys.jobs import JobRunner
from desktop_recsys.services.library_service import LibrarySession

pytestmark = pytest.mark.gui

WAIT_MS = 60_000


def menu_names(qtbot: Any, view: Any, kind: str) -> set[str]:
    view.set_kind(kind)
    if view.train_job is None and view.model.rowCount() == 0:
        view.train_now()
    qtbot.waitUntil(
        lambda: view.train_job is None and view.list_job is None and view.model.rowCount() > 0,
        timeout=WAIT_MS,
    )
    view.list_pane.table.selectRow(0)
    picked = view.list_pane.selected_item()
    assert picked is not None and picked.kind == kind
    menu = view.list_pane.build_context_menu()
    return {a.objectName() for a in menu.actions() if a.objectName()}


def test_for_you_menu_plays_tracks_in_the_app_and_films_in_the_system_player(
    qtbot: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models")
    window.show_screen("for_you")
    view = window.for_you_view
    tracks = menu_names(qtbot, view, "track")
    assert {"playNow", "playNext", "addToQueue"} <= tracks
    assert not tracks & {"playFilm", "markWatched"}
    films = menu_names(qtbot, view, "film")
    assert {"playFilm", "markWatched"} <= films
    assert not films & {"playNow", "playNext", "addToQueue"}
