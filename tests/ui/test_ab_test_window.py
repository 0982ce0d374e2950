"""The blind test in the window (issue 18, section 4): start it from the Model Lab's "On me"
page, see For you show the mixed list (unlabelled), record plays, and read the score back in
the Lab, all through the real main window, a real job runner and a real demo library."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from ui_test_library import show_main_window

from desktop_recsys.jobs import JobRunner
from desktop_recsys.library import Library, ab_test_rows
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.services.listening import record_play

pytestmark = pytest.mark.gui

WAIT_MS = 120_000
A, B = "popularity", "item-knn"


def shoot(widget: Any, name: str) -> None:
    """Keep a picture for a person to look at when AB_TEST_SHOTS names a folder."""
    folder = os.environ.get("AB_TEST_SHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def test_a_blind_test_started_in_the_lab_mixes_for_you_and_is_scored_in_the_lab(
    qtbot: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models", size=(1024, 700))
    ada = next(p.id for p in window.profiles.profiles() if p.name == "Ada")
    window.select_profile(ada)
    window.show_screen("lab")
    lab = window.lab_view
    panel = window.ab_test
    qtbot.waitUntil(lambda: lab.charts_ready, timeout=WAIT_MS)
    lab.chart_tabs.setCurrentWidget(panel)
    # Only recommenders that make lists are offered; the window's profile is chosen.
    qtbot.waitUntil(lambda: panel.a_combo.count() > 1 and not panel.busy, timeout=WAIT_MS)
    offered = {panel.a_combo.itemData(i) for i in range(panel.a_combo.count())}
    assert {A, B, "ease"} <= offered and "biased-mf" not in offered
    assert panel.profile_combo.currentData() == ada
    assert "No blind test yet" in panel.sentence_label.text()
    assert not panel.stop_button.isEnabled()

    # A named algorithm in For you would show that one's own list: starting a test goes back
    # to Automatic, the list the test mixes.
    window.for_you_view.set_algorithm("ease")
    panel.choose(A, B, kind="film", days=7)
    qtbot.mouseClick(panel.start_button, _left())
    qtbot.waitUntil(
        lambda: panel.start_job is None and panel.report is not None and panel.report.running,
        timeout=WAIT_MS,
    )
    assert "No credited interactions yet" in panel.sentence_label.text()
    assert window.for_you_view.algorithm() is None
    assert panel.stop_button.isEnabled() and not panel.start_button.isEnabled()
    shoot(window, "ab_test_started")

    # For you shows the mixed list, with no algorithm named anywhere on the screen.
    window.show_screen("for_you")
    view = window.for_you_view
    view.set_kind("film")
    qtbot.waitUntil(
        lambda: (
            view.list_job is None
            and view.result is not None
            and view.result.blind is not None
            and view.model.rowCount() > 0
        ),
        timeout=WAIT_MS,
    )
    assert view.notice.text() == view.blind_notice()
    assert not view.diversity.isEnabled()
    view.list_pane.table.selectRow(0)
    qtbot.waitUntil(lambda: "blind test" in view.why_text.text(), timeout=WAIT_MS)
    shoot(window, "ab_test_for_you")
    # No score: neither side's (their scales differ, and one would name the side); says why.
    score = next(k for k, c in enumerate(view.model.columns()) if c.field == "score")
    tip = view.model.headerData(score, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip and tip.startswith("<p>No score during a blind test")
    for row in range(view.model.rowCount()):
        index = view.model.index(row, score)
        assert view.model.data(index) == "—"
        assert view.model.data(index, Qt.ItemDataRole.ToolTipRole) == tip
    test_id = view.result.blind.id
    with Library.open(demo_reader.path) as library:
        sides = {item: side for _at, item, side in ab_test_rows.placements(library, test_id)}
    shown = [view.model.rows_in_rank_order()[k].item_id for k in range(view.model.rowCount())]
    assert shown == list(sides)[: len(shown)]

    # Plays of B's items (as the player records them) make B the winner in the Lab.
    b_items = [item for item, side in sides.items() if side == "b"][:10]
    time.sleep(0.05)  # the plays happen after the list was shown
    for item in b_items:
        record_play(demo_reader.path, ada, item, share=1.0)
    window.show_screen("lab")
    lab.chart_tabs.setCurrentWidget(panel)
    panel.refresh()
    qtbot.waitUntil(
        lambda: (
            panel.report_job is None
            and panel.report is not None
            and panel.report.wins_b == len(b_items)
        ),
        timeout=WAIT_MS,
    )
    assert panel.sentence_label.text() == (
        f"{B} won 10 of 10 credited interactions, 95 % interval 72–100 %: {B} is better for you"
    )
    assert panel.bar.share == 0.0
    shoot(window, "ab_test_report")

    # Stop: For you's ordinary list comes back.
    qtbot.mouseClick(panel.stop_button, _left())
    qtbot.waitUntil(lambda: panel.report is not None and not panel.report.running, timeout=WAIT_MS)
    assert panel.start_button.isEnabled()
    window.show_screen("for_you")
    qtbot.waitUntil(
        lambda: view.list_job is None and view.result is not None and view.result.blind is None,
        timeout=WAIT_MS,
    )
    assert view.diversity.isEnabled()
    # The ordinary list's scores come back, without the blind test's note.
    assert (
        view.model.headerData(score, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None
    )
    first = view.model.rows_in_rank_order()[0]
    assert view.model.data(view.model.index(view.model.row_of(first.item_id), score)) == (
        f"{first.score:.3f}"
    )


def _left() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
