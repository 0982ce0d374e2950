"""The Lab's settings fold away at the press of one button (the results and the charts take
their width: at 1024x700 every chart tab shows and the table gains the column's width), and
the choice is remembered for the next window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop_recsys.ui.main_window import MainWindow
from desktop_recsys.ui.ui_state import UiState

pytestmark = pytest.mark.gui


def lab_window(qtbot: Any, reader: Any, runner: Any, models: Path, state: UiState) -> Any:
    window = MainWindow(reader, runner, models_dir=models, state=state)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    window.show_screen("lab")
    return window


def test_the_lab_settings_fold_away_and_stay_folded(
    qtbot: Any, demo_reader: Any, runner: Any, tmp_path: Path
) -> None:
    state = UiState()
    window = lab_window(qtbot, demo_reader, runner, tmp_path / "models", state)
    lab = window.lab_view
    settings = lab.settings
    fold = lab.side_fold
    qtbot.waitUntil(settings.isVisible, timeout=5000)
    tabs = lab.chart_tabs.tabBar()
    assert tabs.tabRect(tabs.count() - 1).right() <= tabs.width()  # every tab in sight
    wide_before = lab.splitter.width()
    assert fold.button.toolTip() == "Hide the settings"

    fold.button.click()
    qtbot.waitUntil(lambda: not settings.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: lab.splitter.width() > wide_before + 150, timeout=5000)
    assert fold.button.toolTip() == "Show the settings" and window.width() == 1024
    window.close()

    again = lab_window(qtbot, demo_reader, runner, tmp_path / "models", state)
    assert again.lab_view.side_fold.folded and not again.lab_view.settings.isVisible()
    again.lab_view.side_fold.button.click()
    qtbot.waitUntil(again.lab_view.settings.isVisible, timeout=5000)
    assert not state.value("lab/settingsFolded")
