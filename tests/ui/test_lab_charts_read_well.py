"""The Lab's charts read well, through the real window on the demo library: legends sit
under the plot (never over the data), two algorithms' losses share an axis only relative to
their first epoch and say so, the map's title names the algorithm "Map shows" picks, and
the PCA map spreads over both axes and says how much of the variance they show."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from ui_test_library import evaluated_lab, show_main_window

from desktop_recsys.jobs import JobRunner
from desktop_recsys.services.library_service import LibrarySession

pytestmark = pytest.mark.gui


def test_legends_losses_and_the_catalogue_map(
    qtbot: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models", size=(1024, 700))
    lab = evaluated_lab(qtbot, window, ["als", "bpr", "item-knn"])

    # Legends: in a row of their own under the plot, clear of the data area.
    for key in ("curve", "calibration", "map", "progress"):
        chart = lab.charts[key]
        lab.chart_tabs.setCurrentWidget(chart)
        qtbot.wait(20)
        assert chart.legend is not None and chart.legend.items, key
        data_area = chart.plot.plotItem.vb.sceneBoundingRect()
        legend = chart.legend.sceneBoundingRect()
        assert legend.height() > 0, key
        assert legend.top() >= data_area.bottom() - 1, key  # under it (a half pixel's rounding)

    # Two losses: relative to each fit's first epoch, on an axis that says so.
    progress = lab.charts["progress"]
    assert set(progress.loss_lines) == {"als", "bpr"}
    assert progress.plot.getAxis("left").labelText == "Training loss (relative to epoch 1)"
    for line in progress.loss_lines.values():
        assert line.getData()[1][0] == pytest.approx(1.0)

    # The map's title names what "Map shows" picks; the subtitle says how it is placed.
    chart = lab.charts["map"]
    lab.chart_tabs.setCurrentWidget(chart)
    for algorithm in ("item-knn", "bpr"):
        combo = lab.charts_area.map_algorithm_combo
        combo.setCurrentIndex(combo.findData(algorithm))
        assert algorithm in chart._title and chart.algorithm == algorithm
        assert chart.map is not None and chart.map.source not in chart._title
    assert "of the variance" in chart.subtitle_text
    assert f"{chart.map.explained_variance:.0%}" in chart.subtitle_text
    # Spread over both axes: the middle half of the items is not a line along one axis.
    xs, ys = np.asarray(chart.map.x), np.asarray(chart.map.y)
    iqr = [np.subtract(*np.percentile(v, [75, 25])) for v in (xs, ys)]
    assert min(iqr) / max(iqr) > 0.5, iqr
    window.close()
