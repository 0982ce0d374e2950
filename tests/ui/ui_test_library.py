"""Builds the real temporary library that the table model and main window tests read."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from desktop_recsys.library import Library
from desktop_recsys.library.models import NewItem

TRACKS = 450
FILMS = 30
ARTISTS = 12
ZEBRA_TRACKS = 7  # tracks whose title contains "Zebra", the search tests' needle


def fill_library(path: Path, *, synthetic: bool = False) -> Path:
    """450 tracks (7 titled "Zebra ..."), 30 films and 12 artists, with years and genres."""
    tracks = [
        NewItem(
            kind="track",
            title=f"Zebra Crossing {i}" if i < ZEBRA_TRACKS else f"Song {i:03d}",
            artist=f"Artist {i % 9}",
            album=f"Album {i % 25}",
            year=1960 + i % 60,
            duration=61.0 + i,
            genres=("Rock",) if i % 2 else ("Jazz", "Pop"),
        )
        for i in range(TRACKS)
    ]
    films = [
        NewItem(
            kind="film",
            title=f"Film {i:02d}",
            artist=f"Director {i % 4}",
            year=1950 + i,
            duration=5400.0 + 60 * i,
            genres=("Drama",),
        )
        for i in range(FILMS)
    ]
    artists = [
        NewItem(kind="artist", title=f"Band {i:02d}", genres=("Rock",)) for i in range(ARTISTS)
    ]
    with Library.open(path) as library:
        library.items.add_many([*tracks, *films, *artists])
        if synthetic:
            library.meta.set("synthetic_demo", "1")
    return path


#: How long the window tests wait for a job or a condition.
WAIT_MS = 30000


def show_main_window(
    qtbot: Any,
    reader: Any,
    runner: Any,
    models_dir: Path,
    *,
    size: tuple[int, int] = (1280, 800),
    activate: bool = False,
) -> Any:
    """The real main window on ``reader``, shown (and made active) the way a person sees it."""
    # Deferred: this module also serves the Qt-free table model fixtures.
    from desktop_recsys.ui.main_window import MainWindow
    from desktop_recsys.ui.ui_state import UiState

    window = MainWindow(reader, runner, models_dir=models_dir, state=UiState())
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    if activate:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    return window


def wait_job_ended(qtbot: Any, runner: Any, job_id: int | None, *, timeout: int = WAIT_MS) -> None:
    """Wait until the runner reports ``job_id`` ended (finished, failed or cancelled)."""
    assert job_id is not None
    qtbot.waitUntil(
        lambda: runner.job(job_id) is not None and runner.job(job_id).state.ended, timeout=timeout
    )


def evaluated_lab(
    qtbot: Any,
    window: Any,
    algorithms: list[str],
    *,
    kind: str = "film",
    timeout: int = 120000,
) -> Any:
    """The window's Model Lab with ``algorithms`` evaluated on ``kind`` (its results shown)."""
    window.show_screen("lab")
    lab = window.lab_view
    qtbot.waitUntil(lab.algorithm_list.isEnabled, timeout=timeout)
    lab.set_kind(kind)
    lab.set_checked_algorithms(algorithms)
    lab.run_evaluation()
    qtbot.waitUntil(lambda: lab.result is not None and lab.evaluate_job is None, timeout=timeout)
    return lab


@contextmanager
def interface_language(app: Any, language: str) -> Iterator[str]:
    """The interface in ``language`` (its translators installed) until the block ends, then
    English again for the next test."""
    # Deferred: this module also serves the Qt-free table model fixtures.
    from desktop_recsys.ui.i18n import install_translators

    assert install_translators(app, language) == language
    try:
        yield language
    finally:
        install_translators(app, "en")


def painted(view: Any, column: int, row: int) -> str:
    """The text the cell paints: its display text elided with the table's font to the room
    the style leaves inside the column."""
    from PySide6.QtCore import Qt  # deferred, as interface_language's import
    from PySide6.QtWidgets import QStyle

    text = str(view.model().index(row, column).data() or "")
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    room = view.horizontalHeader().sectionSize(column) - 2 * margin
    return view.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room)
