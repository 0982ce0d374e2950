"""The Lab before any evaluation (issue 19, screenshots: the results area was an empty grid
under an empty header, above the blind-test page): through the real window, in English and
Chinese, the empty table says in words that nothing was evaluated yet and what to do, painted
where the rows go; once an evaluation has rows it says nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette
from ui_test_library import interface_language, show_main_window

from desktop_recsys.jobs import JobRunner
from desktop_recsys.services.library_service import LibrarySession

pytestmark = pytest.mark.gui

LONG_MS = 120000
WORDS = {
    "en": "No evaluation yet: tick the algorithms to compare and press Run evaluation.",
    "zh_CN": "尚未评估：勾选要比较的算法，然后按“运行评估”。",
}


def painted_pixels(table: Any) -> int:
    """How many pixels of the table's rows area differ from its background."""
    image = table.viewport().grab().toImage()
    base = table.palette().color(QPalette.ColorRole.Base).rgb()
    return sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if QColor(image.pixel(x, y)).rgb() != base
    )


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_empty_results_table_says_what_to_do(
    qtbot: Any,
    qapp: Any,
    demo_reader: LibrarySession,
    runner: JobRunner,
    tmp_path: Path,
    language: str,
) -> None:
    with interface_language(qapp, language):
        window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models")
        window.show_screen("lab")
        lab = window.lab_view
        qtbot.waitUntil(lab.algorithm_list.isEnabled, timeout=LONG_MS)
        table = lab.table
        assert lab.result is None and table.model().rowCount() == 0
        assert table.showing_empty_text() == WORDS[language]
        qtbot.waitUntil(lambda: painted_pixels(table) > 20)  # the words are drawn
        assert lab.results.summary_label.text() == ""  # said once, not twice
        if language == "zh_CN":
            lab.set_kind("film")
            lab.set_checked_algorithms(["popularity"])
            lab.run_evaluation()
            qtbot.waitUntil(
                lambda: lab.result is not None and lab.evaluate_job is None, timeout=LONG_MS
            )
            qtbot.waitUntil(lambda: table.model().rowCount() == 1)
            assert table.showing_empty_text() == ""
            assert lab.results.summary_label.text()
        window.close()
