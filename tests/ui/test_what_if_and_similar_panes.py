"""Issue 15 in the window: the "Why this?" pane says where a pick would rank without each
item it cites ("what if"), and the Library's "More like this" says why each item is there."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from ui_test_library import show_main_window, wait_job_ended

from desktop_recsys.jobs import JobRunner
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.main_window import MainWindow

WAIT_MS = 20000


@pytest.fixture
def window(
    qtbot: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> MainWindow:
    return show_main_window(qtbot, demo_reader, runner, tmp_path / "models", activate=True)


def test_why_this_pane_shows_what_if_lines(
    qtbot: Any, window: MainWindow, runner: JobRunner, tmp_path: Path
) -> None:
    view = window.for_you_view
    window.show_screen("for_you")
    view.set_kind("film")
    wait_job_ended(qtbot, runner, view.train_now())
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=WAIT_MS)
    row = next(
        r for r in range(view.model.rowCount()) if view.model.row_at(r).what_if
    )  # a pick with cited evidence
    view.table.selectRow(row)
    pane = view.why_pane
    item = view.selected_item()
    qtbot.waitUntil(lambda: pane.what_if.isVisible(), timeout=WAIT_MS)
    text = pane.what_if.text()
    assert text.startswith("What if:")
    first = item.what_if[0]
    assert f"Without {first.title}" in text
    assert len(text.splitlines()) == 1 + len(item.what_if)
    if os.environ.get("DESKTOP_RECSYS_SHOT"):
        pane.grab().save(os.environ["DESKTOP_RECSYS_SHOT"])
    # Nothing selected: no stale lines.
    pane.show_item(None)
    assert not pane.what_if.isVisible()


def test_more_like_this_lists_reasons(qtbot: Any, window: MainWindow, runner: JobRunner) -> None:
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    view = window.library_view.current_view()
    view.selectRow(0)
    detail = window.library_view.detail
    if detail.similar_job:
        wait_job_ended(qtbot, runner, detail.similar_job)
    qtbot.waitUntil(lambda: detail.similar.count() > 0, timeout=WAIT_MS)
    first = detail.similar.item(0)
    assert first.data(Qt.ItemDataRole.UserRole) is not None
    title, why = first.text().split("\n")
    assert title and why.strip()
    starts = ("people who watched", "One person who watched", "Same genre", "Same director")
    starts += ("Both titles", "Also with", "From the same time")
    assert any(word in why for word in starts), why
    assert why.strip() in first.toolTip()
    if os.environ.get("DESKTOP_RECSYS_SHOT2"):
        detail.grab().save(os.environ["DESKTOP_RECSYS_SHOT2"])
