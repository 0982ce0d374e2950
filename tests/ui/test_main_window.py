"""The real MainWindow on a real library, driven like a person: type, wait, read the table."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from ui_test_library import fill_library

from desktop_recsys.jobs import JobLane, JobRunner
from desktop_recsys.library import Library
from desktop_recsys.library.models import NewItem
from desktop_recsys.progress import CancelToken, ProgressFn
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

WAIT_MS = 5000


@pytest.fixture
def make_window(qtbot: Any, runner: JobRunner) -> Callable[[LibrarySession], MainWindow]:
    def _make(reader: LibrarySession) -> MainWindow:
        window = MainWindow(reader, runner)
        qtbot.addWidget(window)
        window.resize(1000, 600)
        window.show()
        qtbot.waitExposed(window)
        # Shortcuts only reach the active window, as for a person at the keyboard.
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
        return window

    return _make


def table_titles(window: MainWindow) -> list[str]:
    view = window.library_view.current_view()
    model = view.model()
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_typing_in_the_search_box_filters_the_table(
    qtbot: Any, reader: LibrarySession, make_window: Callable[[LibrarySession], MainWindow]
) -> None:
    window = make_window(reader)
    assert window.summary_label.text() == "450 tracks"
    assert len(table_titles(window)) == 200  # one page, the rest fetched on scrolling

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.library_view.search_edit.hasFocus()
    qtbot.keyClicks(window.library_view.search_edit, "zebra")
    qtbot.waitUntil(lambda: len(table_titles(window)) == 7, timeout=WAIT_MS)
    assert sorted(table_titles(window)) == [f"Zebra Crossing {i}" for i in range(7)]
    assert window.summary_label.text() == "7 of 450 tracks match “zebra”"

    # Down moves from the search box to the first result.
    qtbot.keyClick(window.library_view.search_edit, Qt.Key.Key_Down)
    view = window.library_view.current_view()
    assert view.hasFocus() and view.currentIndex().row() == 0

    # Escape clears the search; the whole library comes back.
    window.library_view.search_edit.setFocus()
    qtbot.keyClick(window.library_view.search_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.summary_label.text() == "450 tracks", timeout=WAIT_MS)


def test_search_waits_for_the_typing_to_pause(
    qtbot: Any, reader: LibrarySession, make_window: Callable[[LibrarySession], MainWindow]
) -> None:
    window = make_window(reader)
    resets: list[int] = []
    window.library_view.current_model().modelReset.connect(lambda: resets.append(1))
    qtbot.keyClicks(window.library_view.search_edit, "zebra")
    assert resets == []  # nothing queried while keys arrive faster than the debounce
    qtbot.waitUntil(lambda: resets == [1], timeout=WAIT_MS)


def test_screens_and_kinds_by_keyboard(
    qtbot: Any, reader: LibrarySession, make_window: Callable[[LibrarySession], MainWindow]
) -> None:
    window = make_window(reader)
    tabs = window.library_view.tabs
    assert [tabs.tabText(i) for i in range(3)] == ["Music (450)", "Artists (12)", "Films (30)"]
    # Alt+1..3: the kinds (Music, Artists, Films); Ctrl+1..3: the screens.
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert window.library_view.current_kind() == "film"
    assert table_titles(window)[:2] == ["Film 00", "Film 01"]
    assert window.summary_label.text() == "30 films"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert window.library_view.current_kind() == "artist"
    assert window.summary_label.text() == "12 artists"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen() == "for_you"
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen() == "insights"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen() == "library"
    # Ctrl+F goes to the library's search box from any screen.
    window.show_screen("for_you")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen() == "library"
    assert window.library_view.search_edit.hasFocus()


def test_clicking_a_header_sorts_and_genres_keeps_the_order(
    qtbot: Any, reader: LibrarySession, make_window: Callable[[LibrarySession], MainWindow]
) -> None:
    window = make_window(reader)
    view = window.library_view.current_view()
    header = view.horizontalHeader()

    def click_header(section: int) -> None:
        x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    click_header(3)  # Year, ascending
    model = view.model()
    assert model.data(model.index(0, 3)) == "1960"
    click_header(3)  # Year again: descending
    assert model.data(model.index(0, 3)) == "2019"
    click_header(6)  # Genres cannot be sorted: rows and arrow stay on Year
    assert model.data(model.index(0, 3)) == "2019"
    assert header.sortIndicatorSection() == 3


@pytest.mark.parametrize("synthetic", [True, False])
def test_demo_banner_only_for_the_synthetic_library(
    tmp_path: Path,
    synthetic: bool,
    open_reader: Callable[[Path], LibrarySession],
    make_window: Callable[[LibrarySession], MainWindow],
) -> None:
    path = fill_library(tmp_path / "lib.sqlite", synthetic=synthetic)
    window = make_window(open_reader(path))
    assert window.banner.isVisible() is synthetic
    assert window.banner.text() == "Demo library: synthetic data, for trying the app"


def test_job_progress_and_cancel_in_the_status_bar(
    qtbot: Any,
    reader: LibrarySession,
    runner: JobRunner,
    make_window: Callable[[LibrarySession], MainWindow],
) -> None:
    window = make_window(reader)
    status = window.job_status
    assert not status.isVisible()
    reached = threading.Event()

    def slow_job(progress: ProgressFn, cancel: CancelToken) -> None:
        progress(0.25, "scanning")
        reached.set()
        while True:
            cancel.raise_if_cancelled()
            reached.wait(0.01)

    job_id = runner.submit(slow_job, kind="scan", title="Scanning a folder")
    qtbot.waitUntil(lambda: status.isVisible() and status.bar.value() == 250, timeout=WAIT_MS)
    assert status.label.text() == "Scanning a folder: scanning"
    with qtbot.waitSignal(runner.cancelled, timeout=1000) as blocker:
        qtbot.mouseClick(status.cancel_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [job_id]
    assert not status.isVisible()


def test_a_write_job_ending_after_the_library_closed_is_ignored(
    qtbot: Any,
    reader: LibrarySession,
    runner: JobRunner,
    make_window: Callable[[LibrarySession], MainWindow],
) -> None:
    """A write job that ends after its window's library was closed (the window closing, or a
    test's library closed under a late job) re-reads nothing and raises nothing."""
    window = make_window(reader)
    path = reader.path
    release = threading.Event()

    def add_films(progress: ProgressFn, cancel: CancelToken) -> int:
        release.wait(5)
        with Library.open(path) as library:
            return len(library.items.add_many([NewItem(kind="film", title="Aaa Late")]))

    window.library_view.show_kind("film")
    job = runner.submit(add_films, kind="add", title="Adding films", lane=JobLane.WRITE)
    reader.library.close()
    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS) as blocker:
        release.set()
    assert blocker.args[0] == job
    qtbot.wait(50)  # the window's own slot has run: pytest-qt fails the test on its exception
    with Library.open(path) as library:  # the job's write is there all the same
        assert library.items.count("film", None) == 31


def test_a_training_ending_after_the_library_closed_is_ignored(
    qtbot: Any,
    demo_reader: LibrarySession,
    make_window: Callable[[LibrarySession], MainWindow],
) -> None:
    """A training that ends after its window's library was closed: For you and the daily
    mixes (both follow the training row) read nothing and raise nothing."""
    window = make_window(demo_reader)
    window.show_screen("for_you")
    assert window.for_you_view._profile is not None  # a profile whose list would be read
    demo_reader.library.close()
    window.for_you_view.train_row.trained.emit()
    qtbot.wait(50)  # pytest-qt fails the test on an exception in a slot


def test_tables_refresh_after_a_write_job(
    qtbot: Any,
    reader: LibrarySession,
    runner: JobRunner,
    make_window: Callable[[LibrarySession], MainWindow],
) -> None:
    window = make_window(reader)
    path = reader.path

    def add_films(progress: ProgressFn, cancel: CancelToken) -> int:
        with Library.open(path) as library:  # a job opens its own connection
            return len(library.items.add_many([NewItem(kind="film", title="Aaa First")]))

    window.library_view.show_kind("film")
    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS):
        runner.submit(add_films, kind="add", title="Adding films", lane=JobLane.WRITE)
    assert table_titles(window)[0] == "Aaa First"
    assert window.library_view.tabs.tabText(2) == "Films (31)"
    assert window.summary_label.text() == "31 films"
