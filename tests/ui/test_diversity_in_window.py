"""The diversity slider through the real window (demo library, a trained model): each step
of the slider changes the rows a person sees, the rows stay in score order, and no row comes
from below the relevance floor."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop_recsys.jobs import JobRunner
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.main_window import MainWindow
from desktop_recsys.ui.ui_state import UiState

pytestmark = pytest.mark.gui

LONG_MS = 60000


def test_each_slider_step_changes_the_list_within_the_taste(
    qtbot: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    window = MainWindow(demo_reader, runner, models_dir=tmp_path / "models", state=UiState())
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.show_screen("for_you")
    for_you = window.for_you_view
    for_you.set_kind("film")
    for_you.diversity.setValue(0)
    for_you.train_now()
    qtbot.waitUntil(lambda: for_you.train_job is None, timeout=LONG_MS)
    qtbot.waitUntil(
        lambda: for_you.list_job is None and for_you.model.rowCount() == 50, timeout=LONG_MS
    )
    candidates = sorted((r.score for r in for_you.result.recommendations.rows), reverse=True)
    floor = candidates[2 * 50 - 1]

    def shown() -> list[tuple[int, float]]:
        model = for_you.model
        rows = [model.row_at(r) for r in range(model.rowCount())]
        return [(row.item_id, row.score) for row in rows]

    before = shown()
    for_you.diversity.setFocus()
    while for_you.diversity.value() < 100:
        qtbot.keyClick(for_you.diversity, Qt.Key.Key_Right)  # one step: 5
        now = shown()
        assert len(now) == 50
        assert [i for i, _s in now] != [i for i, _s in before], (
            f"the list did not change at {for_you.diversity.value()}"
        )
        scores = [s for _i, s in now]
        assert scores == sorted(scores, reverse=True)
        assert min(scores) >= floor
        before = now
    window.close()
