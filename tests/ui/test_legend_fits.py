"""Every legend entry of the Lab's charts is whole at 1024 x 700: the popularity chart's
second legend row (four algorithms and the catalogue) was cut by a few pixels, because the
legend's size left out its layout's margins. Through the real window on the demo library."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRectF

from desktop_recsys.jobs import JobRunner
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.main_window import MainWindow
from desktop_recsys.ui.ui_state import UiState

pytestmark = pytest.mark.gui

LONG_MS = 120000


def inside(inner: QRectF, outer: QRectF) -> bool:
    """``inner`` within ``outer``, give or take half a pixel of rounding."""
    return outer.adjusted(-0.5, -0.5, 0.5, 0.5).contains(inner)


def test_every_legend_entry_is_whole_at_1024_by_700(
    qtbot: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    window = MainWindow(demo_reader, runner, models_dir=tmp_path / "models", state=UiState())
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    window.show_screen("lab")
    lab = window.lab_view
    qtbot.waitUntil(lab.algorithm_list.isEnabled, timeout=LONG_MS)
    lab.set_kind("film")
    lab.set_checked_algorithms(["popularity", "item-knn", "ease", "als"])
    lab.run_evaluation()
    qtbot.waitUntil(lambda: lab.result is not None and lab.evaluate_job is None, timeout=LONG_MS)

    chart = lab.charts["popularity"]
    lab.chart_tabs.setCurrentWidget(chart)
    qtbot.waitUntil(lambda: chart.legend is not None and len(chart.legend.items) == 5)
    qtbot.wait(50)  # the legend sizes itself in the layout pass after its entries arrive
    legend = chart.legend
    rows = {round(label.sceneBoundingRect().top()) for _sample, label in legend.items}
    assert len(rows) >= 2, "five entries take two rows at this width"
    visible = chart.plot.mapToScene(chart.plot.viewport().rect()).boundingRect()
    box = legend.sceneBoundingRect()
    assert inside(box, visible), (box, visible)
    for sample, label in legend.items:
        for part in (sample, label):
            assert inside(part.sceneBoundingRect(), box), (label.text, part.sceneBoundingRect())
    window.close()
