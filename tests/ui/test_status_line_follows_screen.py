"""The status line belongs to the screen shown (issue 19, "State that stays true"): For you's
"50 recommendations from default (…)" stayed on the status bar after switching to Insights."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from ui_test_library import WAIT_MS, show_main_window

from desktop_recsys.jobs import JobRunner
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.services.training_service import train_model

pytestmark = pytest.mark.gui


def test_for_you_status_line_leaves_with_its_screen(
    qtbot: Any,
    demo_library_copy: Path,
    open_reader: Any,
    runner: JobRunner,
    tmp_path: Path,
) -> None:
    models = tmp_path / "models"
    train_model(demo_library_copy, models, kind="film")
    reader: LibrarySession = open_reader(demo_library_copy)
    window = show_main_window(qtbot, reader, runner, models, size=(1024, 700))
    label = window.message_label
    window.show_screen("for_you")
    view = window.for_you_view
    view.set_kind("film")
    qtbot.waitUntil(lambda: "recommendations from" in label.text(), timeout=WAIT_MS)

    window.show_screen("insights")
    qtbot.waitUntil(lambda: window.current_screen() == "insights", timeout=WAIT_MS)
    assert label.text() == "", f"For you's line on Insights: {label.text()!r}"
    window.grab().save(str(tmp_path / "insights.png"))

    # A message for every screen (the "not interested" undo) stays when the screen changes.
    window.show_screen("for_you")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=WAIT_MS)
    view.table.selectRow(0)
    title = view.model.row_at(0).title
    assert view.list_pane.not_interested()
    qtbot.waitUntil(lambda: title in label.text(), timeout=WAIT_MS)
    window.show_screen("library")
    assert title in label.text() and window.undo_button.isVisible()
    # And a screen's own line comes from that screen only: the Library's next message shows.
    window.library_view.status_message.emit("from the library")
    window.show_screen("for_you")
    assert label.text() == ""
    window.close()
