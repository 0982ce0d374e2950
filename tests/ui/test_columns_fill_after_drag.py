"""A table fills its width after a person drags a column and then resizes the window (issue 19:
dragging the column that takes what is left narrower, then enlarging the window, left an
empty band at the table's right, in the Library's tables and on For you)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QTableView

from desktop_recsys.jobs import JobRunner
from desktop_recsys.services.training_service import train_model
from desktop_recsys.ui.main_window import MainWindow
from desktop_recsys.ui.ui_state import UiState

pytestmark = pytest.mark.gui

LONG_MS = 60000


def shown_width(view: QTableView) -> int:
    header = view.horizontalHeader()
    return sum(
        header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c)
    )


def stretching_column(view: Any) -> int:
    """The column that takes what is left (the fitter's own choice)."""
    specs = view.columns_fit.specs()
    return next(c for c, spec in enumerate(specs) if spec.stretch)


def drag_then_resize(qtbot: Any, window: MainWindow, view: Any, picture: Path) -> None:
    """Drag the stretching column narrower, then wider, then another column; after each
    the window is resized (larger, smaller): the shown columns fill the width exactly."""
    header = view.horizontalHeader()
    stretch = stretching_column(view)
    other = next(c for c in range(header.count()) if c != stretch and view.columns_fit.minimum(c))
    drags = [
        (stretch, view.columns_fit.minimum(stretch)),  # as narrow as it goes
        (stretch, header.sectionSize(stretch) + 150),  # wider than the table leaves
        (other, header.sectionSize(other) + 40),  # another column wider
    ]
    for column, width in drags:
        for size in ((1600, 1000), (1024, 700), (1400, 900)):
            header.resizeSection(column, width)  # what a drag of its edge does
            qtbot.waitUntil(lambda: shown_width(view) >= view.viewport().width())
            window.resize(*size)
            qtbot.waitUntil(lambda s=size: window.size().toTuple() == s)
            qtbot.waitUntil(lambda: shown_width(view) >= view.viewport().width())
            # No band at the right; and no scrolling unless the person made it so wide.
            assert shown_width(view) >= view.viewport().width(), (column, width, size)
            if shown_width(view) > view.viewport().width():
                assert header.sectionSize(column) == width, (column, width, size)
    assert header.sectionSize(other) == drags[-1][1]  # the person's width is kept
    header.resizeSection(stretch, view.columns_fit.minimum(stretch))
    qtbot.waitUntil(lambda: shown_width(view) == view.viewport().width())
    assert window.grab().save(str(picture))  # looked at: pytest --basetemp=DIR keeps it


def test_the_library_table_fills_its_width_after_a_drag_and_a_resize(
    qtbot: Any, demo_reader: Any, runner: JobRunner, tmp_path: Path
) -> None:
    window = MainWindow(demo_reader, runner, models_dir=tmp_path / "models", state=UiState())
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    window.show_screen("library")
    window.library_view.show_kind("film")
    view = window.library_view.current_view()
    qtbot.waitUntil(lambda: view.model().rowCount() > 0, timeout=LONG_MS)
    qtbot.waitUntil(lambda: shown_width(view) == view.viewport().width(), timeout=LONG_MS)
    drag_then_resize(qtbot, window, view, tmp_path / "library.png")
    window.close()


def test_for_you_fills_its_width_after_a_drag_and_a_resize(
    qtbot: Any, open_reader: Any, runner: JobRunner, demo_library_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_library_file, path)
    models = tmp_path / "models"
    train_model(path, models, kind="film", algorithm="popularity")
    window = MainWindow(open_reader(path), runner, models_dir=models, state=UiState())
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    window.show_screen("for_you")
    view = window.for_you_view
    view.set_kind("film")
    qtbot.waitUntil(lambda: view.list_job is None and view.model.rowCount() > 0, timeout=LONG_MS)
    table = view.table
    qtbot.waitUntil(lambda: shown_width(table) == table.viewport().width(), timeout=LONG_MS)
    drag_then_resize(qtbot, window, table, tmp_path / "for_you.png")
    window.close()
