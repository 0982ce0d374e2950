"""Search and editing through the real window: best title matches first, case and accents
folded in every script, tab counts of what a search shows, the genre list sorted with counts,
and the metadata editor of a single item (its title too, no "(various)")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from ui_test_library import WAIT_MS, show_main_window

from desktop_recsys.library import Library
from desktop_recsys.library.models import NewItem
from desktop_recsys.services.library_service import LibrarySession

pytestmark = pytest.mark.gui

FILMS = [
    # The tag "nightclub" matches "night" as a prefix: this film must not come first.
    NewItem(kind="film", title="The Blue Angel", year=1930, genres=("Drama",),
            tags=("nightclub", "cabaret")),
    NewItem(kind="film", title="Night and Fog", year=1956, genres=("documentary",)),
    NewItem(kind="film", title="The Night of the Hunter", year=1955, genres=("Thriller",)),
    NewItem(kind="film", title="The Night", year=1961, genres=("Drama",)),
    NewItem(kind="film", title="A Night at the Opera", year=1935, genres=("Comedy",)),
    NewItem(kind="film", title="Άστρο", year=2001, genres=("Drama",)),
    NewItem(kind="film", title="Éclair de lune", year=1999, genres=("Éclectic",)),
]  # fmt: skip
TRACKS = [
    NewItem(kind="track", title="Jóga", artist="Björk", album="Homogenic", genres=("Pop",)),
    *(NewItem(kind="track", title=f"Song {i}", artist="Band", genres=("Rock",)) for i in range(9)),
]


@pytest.fixture
def search_reader(tmp_path: Path, open_reader: Any) -> LibrarySession:
    path = tmp_path / "library.sqlite"
    with Library.open(path) as library:
        library.items.add_many([*FILMS, *TRACKS])
        library.profiles.add("Ann")
    return open_reader(path)


def titles(window: Any) -> list[str]:
    model = window.library_view.current_model()
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def search(qtbot: Any, window: Any, text: str) -> None:
    box = window.library_view.search_edit
    box.clear()
    if text.isascii():
        qtbot.keyClicks(box, text)
    else:
        box.insert(text)  # QTest types only what a keyboard layout maps to keys
    window.library_view.apply_search()


def test_search_ranks_titles_first_and_folds_case_and_accents(
    qtbot: Any, search_reader: LibrarySession, runner: Any, tmp_path: Path
) -> None:
    window = show_main_window(qtbot, search_reader, runner, tmp_path / "models")
    library = window.library_view
    library.show_kind("film")
    search(qtbot, window, "The Night")
    # Exact title, then titles starting with it, then titles with every word, then the film
    # found only through its tag.
    assert titles(window) == [
        "The Night",
        "The Night of the Hunter",
        "A Night at the Opera",
        "The Blue Angel",
    ]
    tabs = library.tabs
    assert tabs.tabText(2) == "Films (4 of 7)"
    assert tabs.tabText(0) == "Music (0 of 10)"
    assert window.summary_label.text() == "4 of 7 films match “The Night”"
    window.grab().save(str(tmp_path / "search.png"))

    # A click on a column header sorts by that column instead.
    columns = [c.field for c in library.current_model().columns()]
    library.current_view().sortByColumn(columns.index("year"), Qt.SortOrder.AscendingOrder)
    assert titles(window) == [
        "The Blue Angel",
        "A Night at the Opera",
        "The Night of the Hunter",
        "The Night",
    ]

    search(qtbot, window, "αστρο")
    assert titles(window) == ["Άστρο"]
    search(qtbot, window, "ECLAIR")
    assert titles(window) == ["Éclair de lune"]
    library.show_kind("track")
    search(qtbot, window, "bjork")
    assert titles(window) == ["Jóga"]
    assert tabs.tabText(0) == "Music (1 of 10)"
    search(qtbot, window, "")
    assert tabs.tabText(0) == "Music (10)" and tabs.tabText(2) == "Films (7)"


def test_genre_filter_lists_genres_sorted_with_counts(
    qtbot: Any, search_reader: LibrarySession, runner: Any, tmp_path: Path
) -> None:
    window = show_main_window(qtbot, search_reader, runner, tmp_path / "models")
    window.library_view.show_kind("film")
    combo = window.library_view.filter_bar.genre
    offered = [combo.itemText(i) for i in range(combo.count())]
    # Alphabetical whatever the case or accent; each with its number of films.
    assert offered == [
        "Any genre",
        "Comedy (1)",
        "documentary (1)",
        "Drama (3)",
        "Éclectic (1)",
        "Thriller (1)",
    ]
    combo.setCurrentIndex(offered.index("Drama (3)"))
    qtbot.waitUntil(lambda: len(titles(window)) == 3, timeout=WAIT_MS)
    assert window.library_view.tabs.tabText(2) == "Films (3 of 7)"


def test_editing_one_item_offers_its_title_and_shows_its_values(
    qtbot: Any, search_reader: LibrarySession, runner: Any, tmp_path: Path
) -> None:
    window = show_main_window(qtbot, search_reader, runner, tmp_path / "models")
    library = window.library_view
    library.show_kind("track")
    search(qtbot, window, "bjork")
    library.current_view().selectRow(0)
    dialog = library.edit_selected()
    assert dialog is not None
    assert "title" in dialog.edits and dialog.edits["title"].text() == "Jóga"
    assert dialog.windowTitle() == "Edit “Jóga”"
    assert all(edit.placeholderText() != "(various)" for edit in dialog.edits.values())
    assert dialog.edits["album"].text() == "Homogenic"
    assert dialog.edits["genres"].text() == "Pop"
    dialog.grab().save(str(tmp_path / "edit_one.png"))
    dialog.set_field("title", "Jóga (live)")
    dialog.accept()
    handle = library.bulk_job
    qtbot.waitUntil(lambda: not handle.active, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: titles(window) == ["Jóga (live)"], timeout=WAIT_MS)

    # Several items: no title field, and "(various)" where they differ.
    search(qtbot, window, "song")
    view = library.current_view()
    view.selectAll()
    dialog = library.edit_selected()
    assert "title" not in dialog.edits
    assert dialog.windowTitle() == "Edit 9 item(s)" and dialog.edits["artist"].text() == "Band"
    dialog.reject()
