"""The Lab's catalogue map in both themes (issue 19, screenshots: on the dark theme the
history's dots, dark grey, hardly stood out from the light-grey catalogue): through the real
window, the history is drawn in a colour that stands out against the plot's background and
against the catalogue's dots, in the light theme, the dark theme and after a switch."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor
from ui_test_library import evaluated_lab, show_main_window

from desktop_recsys.jobs import JobRunner
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.theme import apply_theme

pytestmark = pytest.mark.gui

LONG_MS = 120000


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_history_stands_out_on_the_map_in_both_themes(
    qtbot: Any, qapp: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    style, palette, sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    apply_theme(qapp, "dark")
    try:
        window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models", size=(1024, 700))
        lab = evaluated_lab(qtbot, window, ["popularity", "item-knn"])
        chart = lab.charts["map"]
        lab.chart_tabs.setCurrentWidget(chart)
        qtbot.waitUntil(lambda: chart.map is not None and bool(chart.map.history), timeout=LONG_MS)
        for theme in ("dark", "light", "dark"):  # as made, and after each switch
            apply_theme(qapp, theme)
            qtbot.waitUntil(
                lambda t=theme: (
                    (chart.plot.backgroundBrush().color().lightness() < 128) == (t == "dark")
                )
            )
            background = chart.plot.backgroundBrush().color()
            history = chart._layers["history"].points()[0].brush().color()
            items = chart.points.points()[0].brush().color()
            assert contrast(history, background) >= 4.5, (theme, history.name())
            assert contrast(history, items) >= 3.0, (theme, history.name(), items.name())
            assert contrast(items, background) >= 1.8, (theme, items.name())  # still visible
        assert "history is the larger round dots" in chart.caption.text()
        window.close()
    finally:  # the application as it was for the next tests
        qapp.setStyleSheet(sheet)
        qapp.setStyle(style)
        qapp.setPalette(palette)
