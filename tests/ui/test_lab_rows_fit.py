"""At 1024x700 the Model Lab's results table showed three of four algorithms (the fourth
behind a scroll bar): the table gets room for every row, up to five, in both languages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from ui_test_library import evaluated_lab, interface_language, show_main_window

from desktop_recsys.jobs import JobRunner
from desktop_recsys.services.library_service import LibrarySession

pytestmark = pytest.mark.gui

WAIT_MS = 120000
FOUR = ["popularity", "item-knn", "user-knn", "ease"]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_algorithm_row_shows_at_1024_by_700(
    qtbot: Any,
    qapp: Any,
    demo_reader: LibrarySession,
    runner: JobRunner,
    tmp_path: Path,
    language: str,
) -> None:
    with interface_language(qapp, language):
        window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models", size=(1024, 700))
        lab = evaluated_lab(qtbot, window, FOUR, timeout=WAIT_MS)
        table = lab.table
        assert table.model().rowCount() == 4
        last = 3

        def last_row_whole() -> bool:
            bottom = table.rowViewportPosition(last) + table.rowHeight(last)
            return table.rowViewportPosition(last) >= 0 and bottom <= table.viewport().height()

        qtbot.waitUntil(last_row_whole, timeout=10000)
        assert table.verticalScrollBar().maximum() == 0, "rows hidden behind a scroll bar"
        # Room made by moving the splitter: the window keeps its size, nothing overlaps.
        assert (window.width(), window.height()) == (1024, 700)
        below = lab.results.comparison_label
        assert below.geometry().top() >= table.geometry().bottom(), "text over the table"
        window.close()


def test_popularity_group_labels_do_not_run_together_at_1024(
    qtbot: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    """The popularity chart's ten group labels ran together at 1024 px ("80–90 %90–100 %")."""
    window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models", size=(1024, 700))
    lab = evaluated_lab(qtbot, window, ["popularity"], timeout=WAIT_MS)
    chart = lab.charts["popularity"]
    lab.chart_tabs.setCurrentWidget(chart)
    axis = chart.plot.getAxis("bottom")
    qtbot.waitUntil(lambda: axis._tickLevels is not None, timeout=WAIT_MS)
    labels = [label for _place, label in axis._tickLevels[0]]
    assert len(labels) == 10
    qtbot.waitUntil(lambda: chart.plot.plotItem.vb.width() > 100, timeout=WAIT_MS)
    room = chart.plot.plotItem.vb.width() / len(labels)
    metrics = axis.fontMetrics() if hasattr(axis, "fontMetrics") else chart.fontMetrics()
    widths = [metrics.horizontalAdvance(label) for label in labels]
    # Neighbouring labels, centred on their groups, keep a gap of a few pixels.
    for k in range(len(labels) - 1):
        needed = (widths[k] + widths[k + 1]) / 2 + 4
        assert needed <= room, f"{labels[k]!r} and {labels[k + 1]!r} touch ({room:.0f} px apart)"
    window.close()
