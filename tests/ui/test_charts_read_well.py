"""Charts that read well, through the real window on the demo library: Insights' axes say
their unit (one per chart), long names elide instead of vanishing, and an empty view says
"Nothing to show yet" with nothing left over from the profile shown before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QFontMetrics

from desktop_recsys.jobs import JobRunner
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.services.profile_service import ProfileService
from desktop_recsys.ui.main_window import MainWindow
from desktop_recsys.ui.ui_state import UiState

pytestmark = pytest.mark.gui

LONG_MS = 60000


def tick_labels(plot: Any, axis: str) -> list[str]:
    levels = plot.getAxis(axis)._tickLevels  # what setTicks was given (None: automatic)
    return [label for level in levels or [] for _value, label in level]


def texts(plot: Any) -> list[str]:
    import pyqtgraph as pg

    return [
        item.toPlainText() for item in plot.getPlotItem().items if isinstance(item, pg.TextItem)
    ]


def test_insights_axes_units_elided_names_and_empty_views(
    qtbot: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    empty = ProfileService(demo_reader).create("Nobody yet")
    window = MainWindow(demo_reader, runner, models_dir=tmp_path / "models", state=UiState())
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    view = window.insights_view
    window.show_screen("insights")
    qtbot.waitUntil(lambda: view.insights is not None and view.job is None, timeout=LONG_MS)
    full = view.insights
    assert full.top_artists and full.ratings > 0

    # Every axis says what it counts; the liked-genre and artist bars count items, one unit.
    for key, plot in view._plots.items():
        for axis in ("left", "bottom"):
            assert plot.getAxis(axis).labelText, f"{key}: the {axis} axis has no label"
    for key in ("genres", "artists"):
        unit = view._plots[key].getAxis("bottom").labelText
        assert unit == "Items liked or played" and "+" not in unit
    assert all(float(w).is_integer() for _n, w in full.top_genres + full.top_artists)

    # Names fit their axis: elided with "…" where too long, never blank.
    qtbot.wait(20)  # the axes take their width at the next layout
    for key in ("genres", "artists"):
        axis = view._plots[key].getAxis("left")
        labels = tick_labels(view._plots[key], "left")
        assert len(labels) == min(10, len(getattr(full, f"top_{key}")))
        metrics = QFontMetrics(axis.style.get("tickFont") or view.font())
        for label in labels:
            assert label.strip(), f"{key}: a blank label"
            assert metrics.horizontalAdvance(label) <= axis.width(), f"{label!r} overflows"
    longest = max((name for name, _w in full.top_artists), key=len)
    assert len(longest) > 14  # the demo has long names (bands, "The Paper Collective")
    shown = tick_labels(view._plots["artists"], "left")
    assert longest in shown or any(s.endswith("…") and longest.startswith(s[:-1]) for s in shown)

    # A profile with nothing: each chart says so, no ticks of the profile before.
    window.select_profile(empty.id)
    qtbot.waitUntil(
        lambda: view.insights is not None and view.insights.profile_id == empty.id,
        timeout=LONG_MS,
    )
    for key, plot in view._plots.items():
        assert texts(plot) == ["Nothing to show yet"], key
        assert tick_labels(plot, "left") == [] and tick_labels(plot, "bottom") == [], key
    window.close()
