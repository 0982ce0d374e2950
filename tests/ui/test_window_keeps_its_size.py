"""The window keeps 1024×700 on every screen with the Jobs panel open, after the Lab has shown
an evaluation's charts (issue 19, "the layout holds from 1024×700"): in Chinese the Lab's
charts raised the window's least height to 704, so the window grew past the size it was given
(found in the screenshots jobs-1024x700-zh_CN, 1024×704 pixels)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from ui_test_library import evaluated_lab, interface_language, show_main_window

from desktop_recsys.jobs import JobRunner
from desktop_recsys.services.library_service import LibrarySession

pytestmark = pytest.mark.gui

SIZE = (1024, 700)


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    with interface_language(qapp, request.param):
        yield request.param


def test_every_screen_keeps_1024_by_700_with_jobs_open_after_an_evaluation(
    qtbot: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path, language: str
) -> None:
    window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models", size=SIZE)
    lab = evaluated_lab(qtbot, window, ["popularity", "item-knn"])
    for key in lab.charts:  # every chart shown once, as a person looking through them
        lab.chart_tabs.setCurrentWidget(lab.charts[key])
        QApplication.processEvents()
    window.jobs_dock.show()
    window.jobs_panel.table.selectRow(0)  # the evaluation's details, long in Chinese
    for screen in ("library", "for_you", "insights", "lab", "playlists"):
        window.show_screen(screen)
        QApplication.processEvents()
        assert window.size().toTuple() == SIZE, (screen, window.size().toTuple())
        assert window.minimumSizeHint().height() <= SIZE[1], (screen, window.minimumSizeHint())
    # The Lab's charts are whole: they scroll where the room is short, never cut.
    window.show_screen("lab")
    QApplication.processEvents()
    assert window.grab().save(str(tmp_path / f"lab_jobs_{language}.png"))  # looked at
    window.close()
