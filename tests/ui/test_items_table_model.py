"""ItemsTableModel on a real temporary library: paging, columns, sorting, searching.

The library (``tests/ui/conftest.py``) holds 450 tracks, 7 of them titled "Zebra Crossing N",
30 films and 12 artists.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.models.items_table_model import (
    ItemIdRole,
    ItemsTableModel,
    format_duration,
)

PAGE = 100


def column(model: ItemsTableModel, header: str) -> int:
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return headers.index(header)


def cell(model: ItemsTableModel, row: int, header: str) -> str:
    return model.data(model.index(row, column(model, header)))


def load_all(model: ItemsTableModel) -> None:
    while model.canFetchMore():
        model.fetchMore()


def test_rows_arrive_one_page_at_a_time(reader: LibrarySession) -> None:
    model = ItemsTableModel(reader, "track", page_size=PAGE)
    assert model.total == 450
    assert model.rowCount() == PAGE
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE
    load_all(model)
    assert model.rowCount() == 450
    assert not model.canFetchMore()
    ids = {model.data(model.index(r, 0), ItemIdRole) for r in range(model.rowCount())}
    assert len(ids) == 450  # pages neither overlap nor skip


def test_track_columns_and_cells(reader: LibrarySession) -> None:
    model = ItemsTableModel(reader, "track", page_size=PAGE)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers == ["Title", "Artist", "Album", "Year", "Duration", "Rating", "Genres"]
    # Sorted by title: "Song 007" comes first (tracks 0-6 are the Zebras); track 7 has year
    # 1967, 68 s and (odd) the Rock genre; track 8 has Jazz and Pop.
    assert cell(model, 0, "Title") == "Song 007"
    assert cell(model, 0, "Artist") == "Artist 7"
    assert cell(model, 0, "Album") == "Album 7"
    assert cell(model, 0, "Year") == "1967"
    assert cell(model, 0, "Duration") == "1:08"
    assert cell(model, 0, "Genres") == "Rock"
    assert cell(model, 1, "Genres") == "Jazz, Pop"
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    year = model.index(0, column(model, "Year"))
    assert model.data(year, Qt.ItemDataRole.TextAlignmentRole) == right


def test_films_show_a_director_and_hours(reader: LibrarySession) -> None:
    model = ItemsTableModel(reader, "film")
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Title", "Director", "Year", "Duration", "Rating", "Genres", "Certification"
    ]  # fmt: skip
    assert cell(model, 0, "Title") == "Film 00"
    assert cell(model, 0, "Director") == "Director 0"
    assert cell(model, 0, "Duration") == "1:30"  # 5400 s
    assert model.rowCount() == 30


def test_artists_tab_lists_names(reader: LibrarySession) -> None:
    model = ItemsTableModel(reader, "artist")
    assert model.columnCount() == 3  # name, rating, genres
    assert [cell(model, r, "Artist") for r in range(3)] == ["Band 00", "Band 01", "Band 02"]


@pytest.mark.parametrize(
    ("seconds", "kind", "text"),
    [
        (None, "track", ""),
        (0, "track", "0:00"),
        (59.6, "track", "1:00"),
        (245, "track", "4:05"),
        (3725, "track", "1:02:05"),
        (2700, "film", "0:45"),
        (6720, "film", "1:52"),
        (6749, "film", "1:52"),
        (6751, "film", "1:53"),
    ],
)
def test_format_duration(seconds: float | None, kind: str, text: str) -> None:
    assert format_duration(seconds, kind) == text


def test_sort_requeries_the_library(reader: LibrarySession) -> None:
    model = ItemsTableModel(reader, "track", page_size=PAGE)
    year = column(model, "Year")
    model.sort(year, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == PAGE  # back to one page, in the new order
    load_all(model)
    years = [int(cell(model, r, "Year")) for r in range(model.rowCount())]
    assert years[0] == 2019
    assert years == sorted(years, reverse=True)

    duration = column(model, "Duration")
    model.sort(duration, Qt.SortOrder.AscendingOrder)
    assert cell(model, 0, "Duration") == "1:01"
    assert model.sort_column == duration


def test_genres_column_is_not_sortable(reader: LibrarySession) -> None:
    model = ItemsTableModel(reader, "track", page_size=PAGE)
    before = [cell(model, r, "Title") for r in range(5)]
    model.sort(column(model, "Genres"), Qt.SortOrder.DescendingOrder)
    assert [cell(model, r, "Title") for r in range(5)] == before
    assert model.sort_column == column(model, "Title")


def test_search_filters_rows(reader: LibrarySession) -> None:
    model = ItemsTableModel(reader, "track", page_size=PAGE)
    model.set_query("zebra")
    assert model.total == 7
    assert model.rowCount() == 7
    assert not model.canFetchMore()
    titles = [cell(model, r, "Title") for r in range(7)]
    assert all(t.startswith("Zebra Crossing") for t in titles)

    model.set_query("zeb")  # the last word matches as a prefix, as you type
    assert model.rowCount() == 7
    model.set_query("zebra rock")  # every word must match: odd-numbered zebras are Rock
    assert sorted(cell(model, r, "Title") for r in range(model.rowCount())) == [
        "Zebra Crossing 1",
        "Zebra Crossing 3",
        "Zebra Crossing 5",
    ]
    model.set_query('"unbalanced OR (')  # FTS syntax is text, not an error
    assert model.rowCount() == 0
    model.set_query("")
    assert model.total == 450


def test_search_keeps_sort_order(reader: LibrarySession) -> None:
    model = ItemsTableModel(reader, "track", page_size=PAGE)
    model.sort(column(model, "Duration"), Qt.SortOrder.DescendingOrder)
    model.set_query("zebra")
    assert [cell(model, r, "Title") for r in range(3)] == [
        "Zebra Crossing 6",
        "Zebra Crossing 5",
        "Zebra Crossing 4",
    ]


def test_refresh_shows_rows_written_elsewhere(reader: LibrarySession) -> None:
    from desktop_recsys.library import Library
    from desktop_recsys.library.models import NewItem

    model = ItemsTableModel(reader, "film")
    with Library.open(reader.path) as other:  # another connection, as a job would use
        other.items.add(NewItem(kind="film", title="Aardvark Story"))
    assert model.total == 30
    model.refresh()
    assert model.total == 31
    assert cell(model, 0, "Title") == "Aardvark Story"


def test_qtmodeltester(reader: LibrarySession, qtmodeltester) -> None:
    model = ItemsTableModel(reader, "track", page_size=PAGE)
    qtmodeltester.check(model)
    model.set_query("zebra")
    qtmodeltester.check(model)
