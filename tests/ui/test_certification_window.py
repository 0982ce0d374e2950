"""Certification in the window (issue 18, section 3): the Library's Certification and Explicit
columns (sorted by age, following a bulk edit at once), the filter bar's certification box and
smart-playlist rules made in the rule editor, a limited profile kept inside its limits; on a
library the real scanner made from real files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from certified_media import ALIEN, EXPLICIT, FILM_AGES, WAV, scanned_library
from PySide6.QtCore import Qt
from ui_test_library import WAIT_MS, show_main_window

from desktop_recsys.jobs import JobRunner
from desktop_recsys.services import limits
from desktop_recsys.services.library_service import LibrarySession, open_library

pytestmark = pytest.mark.gui


@pytest.fixture
def certified(tmp_path: Path) -> Iterator[tuple[LibrarySession, dict[str, int]]]:
    path, _root, ids = scanned_library(tmp_path)
    library = open_library(path)
    library.profiles.add("Parent")
    library.profiles.add("Kid")
    yield LibrarySession(library), ids
    library.close()


def _column(model: Any, field: str) -> int:
    return next(i for i, c in enumerate(model.columns()) if c.field == field)


def _ages(model: Any) -> list[int | None]:
    return [model.row_at(r).min_age for r in range(model.rowCount())]


def test_the_certification_column_sorts_by_age_and_follows_a_bulk_edit(
    qtbot: Any,
    certified: tuple[LibrarySession, dict[str, int]],
    runner: JobRunner,
    tmp_path: Path,
) -> None:
    reader, ids = certified
    window = show_main_window(qtbot, reader, runner, tmp_path / "models", size=(1024, 700))
    window.select_profile(reader.library.profiles.require("Parent").id)
    library = window.library_view
    library.show_kind("film")
    view = library.current_view()
    films = library.models["film"]
    qtbot.waitUntil(lambda: films.rowCount() == len(FILM_AGES), timeout=WAIT_MS)
    column = _column(films, "certification")
    assert films.headerData(column, Qt.Orientation.Horizontal) == "Certification"
    assert not view.isColumnHidden(column) and view.columnWidth(column) > 0

    # A click on the header sorts by age: every system on one scale, unrated last.
    view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: _ages(films) == [0, 8, 10, 13, 16, 17, None], timeout=WAIT_MS)
    texts = [films.index(r, column).data() for r in range(films.rowCount())]
    assert texts == ["G", "UK:PG", "PG", "Rated PG-13", "Germany:FSK 16", "Rated R", ""]
    assert films.index(5, column).data(Qt.ItemDataRole.ToolTipRole) == "Rated R: from age 17"
    assert films.index(6, column).data(Qt.ItemDataRole.ToolTipRole) == "Unrated"
    view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: _ages(films) == [None, 17, 16, 13, 10, 8, 0], timeout=WAIT_MS)
    if os.environ.get("DESKTOP_RECSYS_SHOT_CERTIFICATION"):
        window.grab().save(os.environ["DESKTOP_RECSYS_SHOT_CERTIFICATION"])

    # A bulk edit gives the unrated Alien a certification: the column shows it at once and
    # the sort places it by its new age.
    view.selectRow(0)
    assert library.current_item_id() == ids[ALIEN]
    dialog = library.edit_selected()
    assert dialog is not None
    dialog.set_field("certification", "12A")
    handle = library.apply_bulk_edit([ids[ALIEN]], dialog)
    dialog.close()
    assert handle is not None
    qtbot.waitUntil(lambda: _ages(films) == [17, 16, 13, 12, 10, 8, 0], timeout=WAIT_MS)
    row = films.row_of(ids[ALIEN])
    assert row is not None and films.index(row, column).data() == "12A"

    # Tracks: an Explicit column with the advisory badge; sorted, the explicit ones first.
    library.show_kind("track")
    tracks = library.models["track"]
    explicit_column = _column(tracks, "explicit")
    assert tracks.headerData(explicit_column, Qt.Orientation.Horizontal) == "Explicit"
    library.current_view().sortByColumn(explicit_column, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(
        lambda: (
            [tracks.index(r, explicit_column).data() for r in range(tracks.rowCount())]
            == ["E", "E", "E", "", ""]
        ),
        timeout=WAIT_MS,
    )
    assert {tracks.item_id(r) for r in range(3)} == {ids[n] for n in EXPLICIT}
    # Marking the WAV explicit in the bulk editor: its badge shows at once.
    row = tracks.row_of(ids[WAV])
    assert row is not None and tracks.index(row, explicit_column).data() == ""
    library.current_view().selectRow(row)
    marked = library.edit_selected()
    assert marked is not None
    marked.explicit_box.setCurrentIndex(1)
    marked.explicit_box.activated.emit(1)
    handle = library.apply_bulk_edit([ids[WAV]], marked)
    marked.close()
    assert handle is not None
    qtbot.waitUntil(
        lambda: (
            [tracks.index(r, explicit_column).data() for r in range(tracks.rowCount())]
            == ["E", "E", "E", "E", ""]
        ),
        timeout=WAIT_MS,
    )
    assert ids[WAV] in {tracks.item_id(r) for r in range(4)}


def test_a_header_saved_before_the_new_columns_still_fits(
    qtbot: Any,
    certified: tuple[LibrarySession, dict[str, int]],
    runner: JobRunner,
    tmp_path: Path,
) -> None:
    """A person's saved film header has six columns (before Certification existed): restored
    on the new table, the new column is shown, at least as wide as its header needs."""
    from desktop_recsys.ui.models.items_table_model import ItemsTableModel
    from desktop_recsys.ui.ui_state import UiState
    from desktop_recsys.ui.views.items_table_view import ItemsTableView
    from desktop_recsys.ui.views.library_view import LibraryView

    reader, _ids = certified
    before = ItemsTableModel(reader, "film")
    before._columns = before.columns()[:6]  # the film table as it was: no Certification
    old = ItemsTableView(before)
    qtbot.addWidget(old)
    old.resize(900, 500)
    old.show()
    old.horizontalHeader().resizeSection(0, 260)  # the person's own width
    state = UiState()
    state.save_header("library/film", old.horizontalHeader())
    view = LibraryView(reader, runner, state=state)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    view.show_kind("film")
    table = view.views["film"]
    column = _column(view.models["film"], "certification")
    qtbot.waitUntil(lambda: table.columnWidth(column) > 0, timeout=WAIT_MS)
    assert not table.isColumnHidden(column)
    assert table.columnWidth(column) >= table.columns_fit.minimum(column)
    assert table.columnWidth(0) == 260  # the person's own width is kept


def test_the_filter_bar_narrows_by_certification_and_explicit(
    qtbot: Any,
    certified: tuple[LibrarySession, dict[str, int]],
    runner: JobRunner,
    tmp_path: Path,
) -> None:
    reader, ids = certified
    window = show_main_window(qtbot, reader, runner, tmp_path / "models", size=(1024, 700))
    library = window.library_view
    bar = library.filter_bar
    library.show_kind("film")
    films = library.models["film"]
    qtbot.waitUntil(lambda: films.total == len(FILM_AGES), timeout=WAIT_MS)
    bar.advisory.setCurrentIndex(bar.advisory.findData("age:10"))  # "Up to 10": PG (US)
    qtbot.waitUntil(lambda: films.total == 3, timeout=WAIT_MS)
    assert sorted(_ages(films)) == [0, 8, 10]
    assert library.summary() == "3 of 7 films shown (filtered)"
    # The other tabs' counts say what they would show: a certification narrows only films.
    qtbot.waitUntil(
        lambda: (
            [library.tabs.tabText(i) for i in range(3)]
            == ["Music (5)", "Artists (0)", "Films (3 of 7)"]
        ),
        timeout=WAIT_MS,
    )
    bar.advisory.setCurrentIndex(bar.advisory.findData("unrated"))
    qtbot.waitUntil(lambda: films.total == 1, timeout=WAIT_MS)
    assert films.item_id(0) == ids[ALIEN]
    # The music tab offers the explicit flag instead (a films-only choice is dropped).
    library.show_kind("track")
    tracks = library.models["track"]
    assert bar.advisory.findData("unrated") == -1
    qtbot.waitUntil(lambda: tracks.total == 5, timeout=WAIT_MS)
    bar.advisory.setCurrentIndex(bar.advisory.findData("explicit"))
    qtbot.waitUntil(lambda: tracks.total == 3, timeout=WAIT_MS)
    assert {tracks.item_id(r) for r in range(3)} == {ids[n] for n in EXPLICIT}
    bar.clear()
    qtbot.waitUntil(lambda: tracks.total == 5, timeout=WAIT_MS)
    assert window.size().toTuple() == (1024, 700)  # the bar still fits the smallest window


def test_certification_rules_in_the_rule_editor_stay_inside_the_limits(
    qtbot: Any,
    certified: tuple[LibrarySession, dict[str, int]],
    runner: JobRunner,
    tmp_path: Path,
) -> None:
    reader, ids = certified
    window = show_main_window(qtbot, reader, runner, tmp_path / "models", size=(1024, 700))
    window.select_profile(reader.library.profiles.require("Parent").id)
    window.show_screen("playlists")
    view = window.playlists_view
    dialog = view.new_smart()
    assert dialog is not None
    dialog.name_edit.setText("Family night")
    dialog.kind.setCurrentIndex(dialog.kind.findData("film"))
    row = dialog.root.children_widgets[0]
    row.field.setCurrentIndex(row.field.findData("certification"))
    assert row.field.currentText() == "Certification"
    assert [row.op.itemText(i) for i in range(row.op.count())] == [
        "at most", "at least", "is unrated", "is rated"
    ]  # fmt: skip
    assert "PG-13" in row.value.placeholderText()
    row.value.setText("PG")
    qtbot.waitUntil(lambda: dialog.count_label.text().startswith("3 items match"), timeout=WAIT_MS)
    row.value.setText("PG13!")
    qtbot.waitUntil(
        lambda: "'PG13!' is no certification this app knows" in dialog.count_label.text(),
        timeout=WAIT_MS,
    )
    assert not dialog.save_button.isEnabled()
    row.value.setText("PG")
    explicit = dialog.root.add_rule({"field": "explicit", "op": "=", "value": "no"})
    assert explicit.field.currentText() == "Explicit" and explicit.choice.currentData() == "no"
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: dialog.count_label.text().startswith("3 items match"), timeout=WAIT_MS)
    if os.environ.get("DESKTOP_RECSYS_SHOT_CERT_RULES"):
        dialog.grab().save(os.environ["DESKTOP_RECSYS_SHOT_CERT_RULES"])
    dialog.save()
    parent = reader.library.profiles.require("Parent").id
    qtbot.waitUntil(
        lambda: reader.library.playlists.find("Family night", parent) is not None,
        timeout=WAIT_MS,
    )
    stored = reader.library.playlists.find("Family night", parent)
    assert stored is not None and stored.rules["rules"][0] == {
        "field": "certification", "op": "<=", "value": "PG"
    }  # fmt: skip
    ages = {ids[n]: age for n, (_t, age) in FILM_AGES.items()}
    assert sorted(ages[i] for i in reader.library.playlists.items(stored.id)) == [0, 8, 10]

    # A child limited to PG (8, British) asks for films of 15 and older: the editor finds none.
    kid = reader.library.profiles.require("Kid").id
    limits.set_limits(reader.library, kid, max_certification="PG (UK)")
    window.select_profile(kid)
    asking = view.new_smart()
    assert asking is not None
    asking.kind.setCurrentIndex(asking.kind.findData("film"))
    rule = asking.root.children_widgets[0]
    rule.load({"field": "certification", "op": ">=", "value": "15"})
    qtbot.waitUntil(lambda: asking.count_label.text().startswith("0 items match"), timeout=WAIT_MS)
    rule.load({"field": "certification", "op": "any", "value": ""})
    qtbot.waitUntil(lambda: asking.count_label.text().startswith("2 items match"), timeout=WAIT_MS)
    asking.close()


def test_shrunk_columns_fill_the_table_exactly() -> None:
    """Each shrinking column's cut is rounded up; with the new columns the cuts could add up
    to more than the excess and leave pixels empty at the right."""
    from desktop_recsys.ui.widgets.column_fit import ColumnSpec, fitted_widths

    specs = [ColumnSpec(40, 101), ColumnSpec(40, 97), ColumnSpec(40, 93), ColumnSpec(60, 60)]
    for available in range(200, 351):
        assert sum(fitted_widths(specs, available, {})) == available
