"""Filtering a large films tab through the real window: a letter or two typed (matching most
films) shows the true count in the tab and the status bar and the first rows in title order;
typing fast makes one query, for the text typed last; a filter changed while a search is still
being typed shows the result of both, as they are at the end."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from ui_test_library import WAIT_MS, show_main_window

from desktop_recsys.library import Library
from desktop_recsys.library.models import NewItem
from desktop_recsys.library.queries import ItemQuery, item_order
from desktop_recsys.services.library_service import LibrarySession

pytestmark = pytest.mark.gui

FILMS = 2400  # a kind this large is read by the plans for broad searches
WORDS = ["night", "rain", "stone", "Éclair", "moon", "storm"]


@pytest.fixture
def large_reader(tmp_path: Path, open_reader: Any) -> LibrarySession:
    path = tmp_path / "library.sqlite"
    with Library.open(path) as library:
        library.items.add_many(
            NewItem(
                kind="film",
                title=f"{'The' if i % 4 else 'A'} {WORDS[i % len(WORDS)]} {i}",
                year=1950 + i % 70,
                genres=("Drama",),
            )
            for i in range(FILMS)
        )
    return open_reader(path)


def expected_titles(reader: LibrarySession, selection: ItemQuery) -> list[str]:
    """Every match listed by the full-text index, sorted by title (the plain plan)."""
    where, params = selection.where()
    sql = f"SELECT i.title FROM items i {where} {item_order('title')}"
    return [r[0] for r in reader.library.conn.execute(sql, params)]


def shown_titles(window: Any) -> list[str]:
    model = window.library_view.current_model()
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_typing_a_broad_prefix_shows_true_counts_and_title_order(
    qtbot: Any, large_reader: LibrarySession, runner: Any, tmp_path: Path
) -> None:
    window = show_main_window(qtbot, large_reader, runner, tmp_path / "models")
    library = window.library_view
    library.show_kind("film")
    model = library.current_model()
    resets: list[str] = []
    model.modelReset.connect(lambda: resets.append(model.query))

    qtbot.keyClicks(library.search_edit, "th")  # faster than the debounce: one query
    qtbot.waitUntil(lambda: model.query == "th", timeout=WAIT_MS)
    expected = expected_titles(large_reader, ItemQuery(kind="film", text="th"))
    assert FILMS / 2 < len(expected) < FILMS  # most films ("The ..."), not all ("A ...")
    assert resets == ["th"]
    assert model.total == len(expected)
    assert shown_titles(window) == expected[: model.rowCount()]
    assert library.tabs.tabText(2) == f"Films ({len(expected):,} of {FILMS:,})"
    qtbot.waitUntil(
        lambda: window.summary_label.text() == f"{len(expected):,} of {FILMS:,} films match “th”",
        timeout=WAIT_MS,
    )
    # Scrolling to the end reads every match, in order, and no more.
    while model.canFetchMore():
        model.fetchMore()
    assert shown_titles(window) == expected


def test_a_filter_changed_while_typing_shows_the_latest_of_both(
    qtbot: Any, large_reader: LibrarySession, runner: Any, tmp_path: Path
) -> None:
    window = show_main_window(qtbot, large_reader, runner, tmp_path / "models")
    library = window.library_view
    library.show_kind("film")
    model = library.current_model()
    qtbot.keyClicks(library.search_edit, "t")
    # The year filter changes before the search box's wait is over (it applies at once, with
    # the text typed so far) ...
    library.filter_bar.year_min.setValue(2000)
    assert model.query == "t" and model.item_filter.year_min == 2000
    # ... and typing goes on: what shows is the latest text with the filter.
    qtbot.keyClicks(library.search_edit, "he st")
    qtbot.waitUntil(lambda: model.query == "the st", timeout=WAIT_MS)
    expected = expected_titles(large_reader, ItemQuery(kind="film", text="the st", year_min=2000))
    assert expected  # "The stone ...", "The storm ..." from 2000 on
    assert model.total == len(expected)
    assert shown_titles(window) == expected[: model.rowCount()]
    assert library.tabs.tabText(2) == f"Films ({len(expected):,} of {FILMS:,})"


def test_a_search_is_laid_out_before_its_first_paint(
    qtbot: Any, large_reader: LibrarySession, runner: Any, tmp_path: Path
) -> None:
    """From nothing found to a screenful the scroll bar shows and the columns fit at once, so
    the table is painted once, in its final shape (not once without the bar, then again)."""
    window = show_main_window(qtbot, large_reader, runner, tmp_path / "models")
    library = window.library_view
    library.show_kind("film")
    view = library.current_view()
    bar = view.verticalScrollBar()
    qtbot.waitUntil(bar.isVisible, timeout=WAIT_MS)
    library.search_edit.setText("zzz")
    library.apply_search()
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=WAIT_MS)
    width = view.viewport().width()
    library.search_edit.setText("")
    library.apply_search()  # no event is processed before the checks below
    assert library.current_model().rowCount() > 0
    assert bar.isVisible()
    assert view.viewport().width() == width - bar.width()
    header = view.horizontalHeader()
    assert header.length() == view.viewport().width()  # the columns fill it exactly
