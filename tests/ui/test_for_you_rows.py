"""For you's list keeps about a dozen rows at 1024x700 (the real window, music with its daily
mixes above and three "Because you liked" shelves below, which give up room first and scroll);
larger windows show all the shelves; the Jobs panel never makes the window grow."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from ui_test_library import show_main_window

from desktop_recsys.ui.views.for_you.list_room import LIST_ROWS

pytestmark = pytest.mark.gui

LONG_MS = 120_000


def rows_shown(table: Any) -> float:
    return table.viewport().height() / table.rowHeight(0)


def test_the_list_shows_a_dozen_rows_at_1024x700_and_the_shelves_give_way(
    qtbot: Any, demo_reader: Any, runner: Any, tmp_path: Path
) -> None:
    window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models", size=(1024, 700))
    for_you = window.for_you_view
    window.show_screen("for_you")
    for_you.set_kind("track")
    # For you trains a model by itself when none serves; then the list and the shelves.
    qtbot.waitUntil(lambda: for_you.model.rowCount() > LIST_ROWS, timeout=LONG_MS)
    qtbot.waitUntil(lambda: for_you.shelves_job is None, timeout=LONG_MS)
    cards = window.mix_cards
    cards.make_now()
    qtbot.waitUntil(lambda: len(cards.cards) >= 2 and "…" not in cards.note.text(), timeout=LONG_MS)
    shelves = for_you.shelves
    qtbot.waitUntil(lambda: shelves.isVisible() and cards.isVisible(), timeout=LONG_MS)
    table = for_you.table
    qtbot.waitUntil(lambda: rows_shown(table) >= LIST_ROWS, timeout=5000)
    assert window.height() == 700
    # The shelves made do with less than all of them (they scroll), never less than one.
    assert shelves.height() < shelves.sizeHint().height()
    assert shelves.height() >= shelves.minimumSizeHint().height()

    # Open the Jobs panel: the list gives way, the window does not grow past the screen.
    window.jobs_dock.show()
    qtbot.waitUntil(lambda: rows_shown(table) < LIST_ROWS, timeout=5000)
    assert window.height() == 700
    window.jobs_dock.hide()

    # A large window: the list grows and every shelf shows whole.
    window.resize(1600, 1000)
    qtbot.waitUntil(lambda: shelves.height() >= shelves.sizeHint().height(), timeout=5000)
    assert rows_shown(table) > 2 * LIST_ROWS - 6
