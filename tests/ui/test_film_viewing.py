"""Films (issue 17) in the real main window: "Play" opens the film's file in the system player
(a stand-in records the URL), coming back asks "Did you finish it?" and records a view;
"Mark as watched"; "Open with the system player" is enabled wherever a file exists."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QUrl
from ui_test_library import show_main_window

from desktop_recsys.jobs import JobRunner
from desktop_recsys.library import Library
from desktop_recsys.library.file_paths import stored_path
from desktop_recsys.library.models import NewItem
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.views import film_viewing


@pytest.fixture
def films(tmp_path: Path) -> dict[str, Any]:
    path = tmp_path / "lib.sqlite"
    film_file = tmp_path / "Night Train.mkv"
    film_file.write_bytes(b"\x1a\x45\xdf\xa3" + b"\0" * 64)
    odd = os.fsencode(str(tmp_path)) + b"/R\xe9ve.mkv"  # a name that is not valid UTF-8
    with open(odd, "wb") as fh:
        fh.write(b"\0" * 16)
    with Library.open(path) as lib:
        ann = lib.profiles.add("Ann").id
        ids = {
            "with_file": lib.items.add(
                NewItem("film", "Night Train", duration=5400.0, path=str(film_file))
            ),
            "no_file": lib.items.add(NewItem("film", "Catalogue Only", duration=6000.0)),
            "odd_name": lib.items.add(
                NewItem("film", "Rêve", duration=3600.0, path=stored_path(os.fsdecode(odd)))
            ),
        }
    return {"path": path, "ann": ann, "ids": ids, "file": film_file}


@pytest.fixture
def window(
    qtbot: Any, films: dict[str, Any], tmp_path: Path, open_reader: Any, runner: JobRunner
) -> Any:
    reader: LibrarySession = open_reader(films["path"])
    win = show_main_window(qtbot, reader, runner, tmp_path / "models")
    win.library_view.show_kind("film")
    return win


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr(
        film_viewing.QDesktopServices, "openUrl", lambda url: urls.append(url) or True
    )
    return urls


def plays(films: dict[str, Any]) -> list[tuple[int, float, bool]]:
    with Library.open(films["path"]) as lib:
        rows = lib.plays.for_profile(films["ann"])
    return sorted((p.item_id, round(p.completed, 3), p.skipped) for p in rows)


def select(view: Any, item_id: int) -> None:
    table = view.current_view()
    row = table.items_model().row_of(item_id)
    assert row is not None
    table.selectRow(row)


def menu_for(view: Any, item_id: int) -> dict[str, Any]:
    select(view, item_id)
    menu = view.build_context_menu()
    return {a.objectName(): a for a in menu.actions() if a.objectName()}


def come_back(view: Any) -> None:
    """The person went to the film and returns after it (the app was inactive meanwhile)."""
    films = view.films
    assert films.pending is not None
    films.pending = film_viewing.Viewing(
        **{**films.pending.__dict__, "started_at": films.pending.started_at - 2 * 3600}
    )
    films._on_state(Qt.ApplicationState.ApplicationInactive)
    films._on_state(Qt.ApplicationState.ApplicationActive)


def test_play_then_did_you_finish_it_records_one_view_each_way(
    qtbot: Any, window: Any, films: dict[str, Any], opened: list[QUrl], tmp_path: Path
) -> None:
    view = window.library_view
    film = films["ids"]["with_file"]
    actions = menu_for(view, film)
    assert actions["playFilm"].isEnabled() and actions["markWatched"].isEnabled()
    assert actions["openFile"].isEnabled()

    actions["playFilm"].trigger()
    assert [u.toLocalFile() for u in opened] == [str(films["file"])]
    assert not view.film_prompt.isVisible()  # nothing asked while the film plays
    come_back(view)
    qtbot.waitUntil(view.film_prompt.isVisible, timeout=5000)
    assert view.film_prompt.question.text() == "Did you finish “Night Train”?"
    view.film_prompt.grab().save(str(tmp_path / "prompt.png"))
    qtbot.mouseClick(view.film_prompt.watched_button, Qt.MouseButton.LeftButton)
    assert not view.film_prompt.isVisible()
    assert plays(films) == [(film, 1.0, False)]

    menu_for(view, film)["playFilm"].trigger()  # again: stopped after 45 of 90 minutes
    come_back(view)
    qtbot.mouseClick(view.film_prompt.stopped_button, Qt.MouseButton.LeftButton)
    assert view.film_prompt.minutes.isVisible()
    view.film_prompt.minutes.setValue(45)
    qtbot.mouseClick(view.film_prompt.save_button, Qt.MouseButton.LeftButton)
    assert plays(films) == [(film, 0.5, False), (film, 1.0, False)]

    menu_for(view, film)["playFilm"].trigger()  # and once more: "Not now" records nothing
    come_back(view)
    qtbot.mouseClick(view.film_prompt.later_button, Qt.MouseButton.LeftButton)
    assert not view.film_prompt.isVisible() and view.films.pending is None
    view.films._on_state(Qt.ApplicationState.ApplicationInactive)
    view.films._on_state(Qt.ApplicationState.ApplicationActive)
    assert not view.film_prompt.isVisible()  # not asked twice
    assert len(plays(films)) == 2


def test_a_quick_glance_back_does_not_ask(
    window: Any, films: dict[str, Any], opened: list[QUrl]
) -> None:
    view = window.library_view
    select(view, films["ids"]["with_file"])
    assert view.open_selected() and view.films.pending is not None
    view.films._on_state(Qt.ApplicationState.ApplicationInactive)
    view.films._on_state(Qt.ApplicationState.ApplicationActive)
    assert not view.film_prompt.isVisible()  # back within a minute: too soon to ask


def test_mark_as_watched_and_incognito(
    window: Any, films: dict[str, Any], opened: list[QUrl]
) -> None:
    view = window.library_view
    no_file = films["ids"]["no_file"]
    actions = menu_for(view, no_file)
    assert not actions["playFilm"].isEnabled() and not actions["openFile"].isEnabled()
    actions["markWatched"].trigger()
    assert plays(films) == [(no_file, 1.0, False)]
    assert opened == []
    window.reader.library.profiles.set_privacy(films["ann"], record_plays=False)
    menu_for(view, films["ids"]["with_file"])["markWatched"].trigger()
    assert plays(films) == [(no_file, 1.0, False)]
    assert "not recorded" in window.message_label.text()


def test_open_with_the_system_player_is_enabled_wherever_a_file_exists(
    window: Any, films: dict[str, Any], opened: list[QUrl]
) -> None:
    view = window.library_view
    odd = films["ids"]["odd_name"]
    actions = menu_for(view, odd)  # a file whose name is no valid text (stored as a URI)
    assert actions["openFile"].isEnabled() and actions["playFilm"].isEnabled()
    actions["openFile"].trigger()
    assert opened[-1].toEncoded().data().endswith(b"/R%E9ve.mkv")  # the file's own bytes

    # Two rows selected, the current one without a file: a right-click on the one with a
    # file offers to open that one.
    table = view.current_view()
    model = table.items_model()
    with_row, none_row = (
        model.row_of(films["ids"]["with_file"]),
        model.row_of(films["ids"]["no_file"]),
    )
    table.selectRow(with_row)
    table.selectionModel().setCurrentIndex(
        model.index(none_row, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert len(table.selected_rows()) == 2
    menu = view.context_menu_at(table, table.visualRect(model.index(with_row, 1)).center())
    assert menu is not None
    shown = {a.objectName(): a for a in menu.actions() if a.objectName()}
    assert shown["openFile"].isEnabled() and shown["playFilm"].isEnabled()
    assert len(table.selected_rows()) == 2  # the selection stays as it was
