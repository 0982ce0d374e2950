"""Long text elides with a tooltip (issue 19, "Layout that fits"): at 1024×700 every cell of
the Library's tables whose text is cut ("Adventure, Science F…") gives the whole text in its
tooltip, in English and Chinese."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle, QTableView
from ui_test_library import interface_language, show_main_window

from desktop_recsys.jobs import JobRunner
from desktop_recsys.services.library_service import LibrarySession

pytestmark = pytest.mark.gui


def painted(view: QTableView, row: int, column: int) -> str:
    """The text a cell paints: its display text elided to the room inside the column."""
    text = str(view.model().index(row, column).data() or "")
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    room = view.horizontalHeader().sectionSize(column) - 2 * margin
    return view.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_cut_cell_tells_its_whole_text_in_a_tooltip(
    qtbot: Any,
    qapp: QApplication,
    demo_reader: LibrarySession,
    runner: JobRunner,
    tmp_path: Path,
    language: str,
) -> None:
    with interface_language(qapp, language):
        window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models", size=(1024, 700))
        window.show_screen("library")
        cut = 0
        for kind in ("film", "track"):
            window.library_view.show_kind(kind)
            view = window.library_view.current_view()
            model = view.model()
            qtbot.waitUntil(lambda m=model: m.rowCount() > 0)
            QApplication.processEvents()
            for column in range(model.columnCount()):
                if view.horizontalHeader().isSectionHidden(column):
                    continue
                for row in range(min(60, model.rowCount())):
                    full = str(model.index(row, column).data() or "")
                    if not full or painted(view, row, column) == full:
                        continue
                    cut += 1
                    tip = str(model.index(row, column).data(Qt.ItemDataRole.ToolTipRole) or "")
                    assert full in tip, (kind, column, row, full, tip)
        assert cut >= 5, "no cell is cut at 1024 px: the test proves little"
        window.close()
