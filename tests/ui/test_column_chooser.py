"""The Library tables' column chooser: a right-click on the header hides and shows columns,
fits or resets them; the choice survives a restart of the window (the settings file written
and read again), per table; one column always stays; a hidden sort column gives the sort back
to Title; in Chinese the menu is translated."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu
from ui_test_library import interface_language

from desktop_recsys.config import Settings
from desktop_recsys.jobs import JobRunner
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.main_window import MainWindow
from desktop_recsys.ui.ui_state import UiState
from desktop_recsys.ui.views.items_table_view import ItemsTableView
from desktop_recsys.ui.widgets.column_fit import ColumnSpec, fitted_widths, visible_specs

pytestmark = pytest.mark.gui

LONG_MS = 60000


def _column(view: ItemsTableView, title: str) -> int:
    model = view.model()
    for column in range(model.columnCount()):
        if model.headerData(column, Qt.Orientation.Horizontal) == title:
            return column
    raise AssertionError(f"no column {title!r}")


def _entries(menu: QMenu) -> dict[str, Any]:
    return {a.text(): a for a in menu.actions() if a.text()}


def _shown_width(view: ItemsTableView) -> int:
    header = view.horizontalHeader()
    return sum(
        header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c)
    )


@pytest.fixture
def open_window(
    qtbot: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> Iterator[Any]:
    """``open_window()``: a main window on the demo library at 1024×700 whose state is read
    from, and on closing written to, one settings file (a restart of the app)."""
    settings_file = tmp_path / "settings.json"
    windows: list[MainWindow] = []

    def _open() -> MainWindow:
        settings = Settings.load(settings_file) if settings_file.exists() else Settings()
        state = UiState(settings)
        window = MainWindow(demo_reader, runner, models_dir=tmp_path / "models", state=state)
        qtbot.addWidget(window)
        window.resize(1024, 700)
        window.show()
        qtbot.waitExposed(window)
        window.show_screen("library")

        def close() -> None:
            window.save_state()
            window.close()
            settings.save(settings_file)

        window.close_and_save = close  # type: ignore[attr-defined]
        windows.append(window)
        return window

    yield _open
    for window in windows:
        window.close()


def _films(qtbot: Any, window: MainWindow) -> ItemsTableView:
    window.library_view.show_kind("film")
    view = window.library_view.current_view()
    qtbot.waitUntil(lambda: view.model().rowCount() > 0, timeout=LONG_MS)
    return view


def test_hidden_columns_stay_hidden_after_a_restart_and_reset_brings_them_back(
    qtbot: Any, open_window: Any
) -> None:
    window = open_window()
    films = _films(qtbot, window)
    header = films.horizontalHeader()
    certification = _column(films, "Certification")
    table_width = films.viewport().width()
    assert _shown_width(films) == pytest.approx(table_width, abs=2)
    title_width = header.sectionSize(0)

    menu = films.columns_menu.build_menu()
    entries = _entries(menu)
    assert list(entries)[:7] == [
        "Title",
        "Director",
        "Year",
        "Duration",
        "Rating",
        "Genres",
        "Certification",
    ]
    assert all(entries[t].isChecked() for t in ("Title", "Certification"))
    assert "Fit columns" in entries and "Reset columns" in entries
    entries["Certification"].trigger()
    qtbot.waitUntil(lambda: header.isSectionHidden(certification))
    # Its width went to the others: the table is still filled, the widest column grew.
    assert _shown_width(films) == pytest.approx(table_width, abs=2)
    assert header.sectionSize(0) > title_width
    assert films.horizontalScrollBar().maximum() == 0

    # The music table is its own: hiding Explicit there leaves the films' columns alone.
    window.library_view.show_kind("track")
    tracks = window.library_view.current_view()
    qtbot.waitUntil(lambda: tracks.model().rowCount() > 0, timeout=LONG_MS)
    explicit = _column(tracks, "Explicit")
    assert tracks.columns_menu.set_shown(explicit, False)
    films.horizontalHeader().moveSection(2, 0)  # the person drags Year to the front
    window.close_and_save()

    window = open_window()  # the app started again on the same library and settings
    films = _films(qtbot, window)
    header = films.horizontalHeader()
    assert header.isSectionHidden(certification)
    assert not any(header.isSectionHidden(c) for c in range(header.count()) if c != certification)
    assert _shown_width(films) == pytest.approx(films.viewport().width(), abs=2)
    entries = _entries(films.columns_menu.build_menu())
    assert not entries["Certification"].isChecked()
    assert header.visualIndex(2) == 0 and list(entries)[0] == "Year"  # the menu in screen order
    tracks = window.library_view.views["track"]
    assert tracks.horizontalHeader().isSectionHidden(explicit)

    _entries(films.columns_menu.build_menu())["Reset columns"].trigger()
    qtbot.waitUntil(lambda: not header.isSectionHidden(certification))
    assert _shown_width(films) == pytest.approx(films.viewport().width(), abs=2)
    assert all(header.visualIndex(c) == c for c in range(header.count()))
    window.close_and_save()
    window = open_window()
    films = _films(qtbot, window)
    assert not any(films.horizontalHeader().isSectionHidden(c) for c in range(7))


def test_one_column_always_stays(qtbot: Any, open_window: Any) -> None:
    window = open_window()
    films = _films(qtbot, window)
    header = films.horizontalHeader()
    chooser = films.columns_menu
    for column in range(1, header.count()):
        assert chooser.set_shown(column, False)
    assert chooser.shown_columns() == [0]
    entries = _entries(chooser.build_menu())
    assert entries["Title"].isChecked() and not entries["Title"].isEnabled()
    assert all(entries[t].isEnabled() for t in ("Director", "Certification"))
    assert not chooser.set_shown(0, False)
    assert not header.isSectionHidden(0)
    # The one column left fills the table.
    assert header.sectionSize(0) == pytest.approx(films.viewport().width(), abs=2)
    assert films.horizontalScrollBar().maximum() == 0

    # A header state that hides everything (a damaged settings file) still shows Title.
    for column in range(header.count()):
        header.setSectionHidden(column, True)
    window.library_view.save_state()
    window.close_and_save()
    films = _films(qtbot, open_window())
    assert films.columns_menu.shown_columns() == [0]


def test_hiding_the_sort_column_sorts_by_title(
    qtbot: Any, open_window: Any, demo_reader: LibrarySession
) -> None:
    window = open_window()
    films = _films(qtbot, window)
    model = films.model()
    count = model.rowCount()
    by_title = [r.id for r in demo_reader.item_page("film", 0, count, order_by="title")]

    def ids() -> list[int | None]:
        return [model.item_id(r) for r in range(model.rowCount())]

    duration = _column(films, "Duration")
    films.sortByColumn(duration, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: model.sort_column == duration)
    assert ids() != by_title
    films.columns_menu.set_shown(duration, False)
    qtbot.waitUntil(lambda: model.sort_column == 0)
    assert model.sort_order == Qt.SortOrder.AscendingOrder
    assert films.horizontalHeader().sortIndicatorSection() == 0
    qtbot.waitUntil(lambda: ids() == by_title)
    # Hiding a column that does not sort the rows leaves the order alone.
    films.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # Year
    qtbot.waitUntil(lambda: model.sort_column == 2)
    films.columns_menu.set_shown(_column(films, "Genres"), False)
    assert model.sort_column == 2 and model.sort_order == Qt.SortOrder.DescendingOrder


def test_a_restored_state_sorting_by_a_hidden_column_sorts_by_title(
    qtbot: Any, open_window: Any
) -> None:
    """A header state saved with its sort column hidden (an older release's file, a hand
    edit) opens sorted by Title, not by a column nobody can see."""
    window = open_window()
    films = _films(qtbot, window)
    duration = _column(films, "Duration")
    films.sortByColumn(duration, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: films.model().sort_column == duration)
    films.horizontalHeader().setSectionHidden(duration, True)  # not through the chooser
    window.close_and_save()
    films = _films(qtbot, open_window())
    assert films.horizontalHeader().isSectionHidden(duration)
    qtbot.waitUntil(lambda: films.model().sort_column == 0)
    assert films.model().sort_order == Qt.SortOrder.AscendingOrder


def test_the_row_menu_holds_the_columns_too(qtbot: Any, open_window: Any) -> None:
    """The menu key opens the rows' menu, not the header's: its "Columns" submenu is the same
    chooser, so a keyboard reaches it."""
    window = open_window()
    films = _films(qtbot, window)
    films.selectRow(0)
    menu = window.library_view.build_context_menu()
    columns = next(a.menu() for a in menu.actions() if a.menu() and a.text() == "&Columns")
    entries = _entries(columns)
    assert "Certification" in entries and "Reset columns" in entries
    entries["Certification"].trigger()
    qtbot.waitUntil(
        lambda: films.horizontalHeader().isSectionHidden(_column(films, "Certification"))
    )


def test_fit_columns_forgets_a_dragged_width(qtbot: Any, open_window: Any) -> None:
    window = open_window()
    films = _films(qtbot, window)
    header = films.horizontalHeader()
    fitted = [header.sectionSize(c) for c in range(header.count())]
    header.resizeSection(1, fitted[1] + 120)  # the person drags Director wider
    assert header.sectionSize(1) == fitted[1] + 120
    _entries(films.columns_menu.build_menu())["Fit columns"].trigger()
    qtbot.waitUntil(lambda: [header.sectionSize(c) for c in range(header.count())] == fitted)


def test_the_menu_is_translated_in_chinese(
    qtbot: Any, qapp: QApplication, open_window: Any
) -> None:
    with interface_language(qapp, "zh_CN"):
        window = open_window()
        films = _films(qtbot, window)
        menu = films.columns_menu.build_menu()
        assert menu.title() == "列(&C)"
        entries = _entries(menu)
        assert "适应列宽" in entries and "重置列" in entries
        assert {"标题", "分级"} <= set(entries)
        assert not {"Fit columns", "Reset columns", "Certification"} & set(entries)


def test_the_visible_columns_share_the_stretch() -> None:
    """When the column that takes what is left is hidden, the widest shown one takes it."""
    specs = [ColumnSpec(50, 200), ColumnSpec(40, 40), ColumnSpec(60, 120)]
    assert fitted_widths(visible_specs(specs), 500, {}) == [340, 40, 120]
    assert visible_specs([ColumnSpec(40, 40)]) == [ColumnSpec(40, 40, True)]
    stretching = [ColumnSpec(50, 200, True), ColumnSpec(40, 40)]
    assert visible_specs(stretching) == stretching


def test_restored_columns_fill_the_width_when_the_window_grows_and_shrinks(
    qtbot: Any, open_window: Any
) -> None:
    """Issue 19: a restored layout counts every width as the person's; enlarging the window
    from 1024×700 to 2560×1440 must not leave an empty band at the table's right (the
    column that takes what is left grows), and shrinking back must not make it scroll."""
    window = open_window()
    films = _films(qtbot, window)
    assert films.columns_menu.set_shown(_column(films, "Certification"), False)
    window.close_and_save()

    window = open_window()  # the layout is restored from the settings file
    films = _films(qtbot, window)
    header = films.horizontalHeader()
    assert header.isSectionHidden(_column(films, "Certification"))
    assert _shown_width(films) == pytest.approx(films.viewport().width(), abs=2)
    title_width = header.sectionSize(0)
    window.resize(2560, 1440)
    qtbot.waitUntil(lambda: films.viewport().width() > 1500)
    qtbot.waitUntil(lambda: _shown_width(films) == films.viewport().width())
    assert header.sectionSize(0) > title_width  # the widest column took the new width
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: films.viewport().width() < 1100)
    qtbot.waitUntil(lambda: _shown_width(films) == films.viewport().width())
    assert films.horizontalScrollBar().maximum() == 0
