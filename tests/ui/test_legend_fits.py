"""Every legend entry of the Lab's charts is whole at 1024 x 700: the popularity chart's
second legend row (four algorithms and the catalogue) was cut by a few pixels, because the
legend's size left out its layout's margins. Through the real window on the demo library."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRectF
from ui_test_library import evaluated_lab, show_main_window

from desktop_recsys.jobs import JobRunner
from desktop_recsys.services.library_service import LibrarySession

pytestmark = pytest.mark.gui


def inside(inner: QRectF, outer: QRectF) -> bool:
    """``inner`` within ``outer``, give or take half a pixel of rounding."""
    return outer.adjusted(-0.5, -0.5, 0.5, 0.5).contains(inner)


def test_every_legend_entry_is_whole_at_1024_by_700(
    qtbot: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models", size=(1024, 700))
    lab = evaluated_lab(qtbot, window, ["popularity", "item-knn", "ease", "als"])

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
