"""What the window says stays true after a change elsewhere: the detail pane after a star
click, the status bar on other screens, the Group button after switching profiles."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from ui_test_library import WAIT_MS, fill_library, show_main_window

from desktop_recsys.library import Library
from desktop_recsys.services.item_actions import ItemActions
from desktop_recsys.services.library_service import LibrarySession

pytestmark = pytest.mark.gui


@pytest.fixture
def people_reader(tmp_path: Path, open_reader: Any) -> LibrarySession:
    path = fill_library(tmp_path / "library.sqlite")
    with Library.open(path) as library:
        for name in ("Ann", "Bo", "Cy"):
            library.profiles.add(name)
    return open_reader(path)


def test_a_star_click_shows_in_the_detail_pane_at_once(
    qtbot: Any, people_reader: LibrarySession, runner: Any, tmp_path: Path
) -> None:
    window = show_main_window(qtbot, people_reader, runner, tmp_path / "models")
    library = window.library_view
    library.show_kind("film")
    view = library.current_view()
    model = view.items_model()
    view.selectRow(0)
    item_id = model.item_id(0)
    assert "Not rated" in library.detail.history.text()
    heard: list[bool] = []
    library.library_changed.connect(lambda: heard.append(True))

    rect = view.visualRect(model.index(0, model.rating_column))
    star = rect.height() - 4
    point = QPoint(rect.left() + 2 + int(star * 2.8), rect.center().y())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    stars = ItemActions(people_reader).rating(window.current_profile_id(), item_id)
    assert stars == 3.0
    # The pane follows the stored rating without the row being selected again.
    assert "Rated ★★★ (3 of 5)" in library.detail.history.text()
    qtbot.waitUntil(lambda: heard == [True], timeout=WAIT_MS)  # the other screens, once
    window.grab().save(str(tmp_path / "rated.png"))


def test_the_status_bar_summary_belongs_to_the_library_screen(
    qtbot: Any, people_reader: LibrarySession, runner: Any, tmp_path: Path
) -> None:
    window = show_main_window(qtbot, people_reader, runner, tmp_path / "models")
    qtbot.keyClicks(window.library_view.search_edit, "zebra")
    window.library_view.apply_search()
    assert window.summary_label.isVisible()
    assert "“zebra”" in window.summary_label.text()
    for screen in ("for_you", "insights", "lab"):
        window.show_screen(screen)
        # Neither the Library's search nor its film count is said on another screen.
        assert not window.summary_label.isVisible(), screen
    window.grab().save(str(tmp_path / "lab.png"))
    window.show_screen("library")
    assert window.summary_label.isVisible() and "“zebra”" in window.summary_label.text()


def test_the_group_button_starts_alone_after_switching_profiles(
    qtbot: Any, people_reader: LibrarySession, runner: Any, tmp_path: Path
) -> None:
    window = show_main_window(qtbot, people_reader, runner, tmp_path / "models")
    window.show_screen("for_you")
    view = window.for_you_view
    ids = {p.name: p.id for p in people_reader.profiles()}
    window.select_profile(ids["Ann"])
    view.set_group([ids["Bo"]])
    assert view.group_button.text().replace("&", "") == "Group (2)…"
    window.select_profile(ids["Cy"])
    assert view.group_members() == []
    assert view.group_button.text().replace("&", "") == "Group…"
    assert view.diversity.isEnabled()


def test_short_reads_leave_the_jobs_list_and_the_history(
    qtbot: Any, people_reader: LibrarySession, tmp_path: Path
) -> None:
    from desktop_recsys.jobs import JobRunner
    from desktop_recsys.jobs.history import PersistentJobHistory
    from desktop_recsys.services.library_service import open_library

    history = PersistentJobHistory(lambda: open_library(people_reader.path))
    runner = JobRunner(compute_threads=1, history=history)
    try:
        window = show_main_window(qtbot, people_reader, runner, tmp_path / "models")
        library = window.library_view
        library.show_kind("film")
        view = library.current_view()
        for row in range(3):  # each click asks for "more like this"
            view.selectRow(row)
            job = library.detail.similar_job
            assert job is not None
            qtbot.waitUntil(lambda j=job: not j.active, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: library.detail.similar.count() > 0, timeout=WAIT_MS)
        # A write a person asked for stays listed and recorded.
        view.selectRow(0)
        dialog = library.edit_selected()
        dialog.set_field("year", "1949")
        dialog.accept()
        edit = library.bulk_job
        qtbot.waitUntil(lambda: not edit.active, timeout=WAIT_MS)
        # Selecting the row and the refresh after the edit ask "more like this" again: a short
        # read is listed while it runs (true) and leaves the list once it ended.
        qtbot.waitUntil(
            lambda: library.detail.similar_job is None or not library.detail.similar_job.active,
            timeout=WAIT_MS,
        )
        panel = window.jobs_panel.model

        def listed() -> list[str]:
            return [panel.row_at(r).title for r in range(panel.rowCount())]

        qtbot.waitUntil(lambda: not any("like" in t for t in listed()), timeout=WAIT_MS)
        titles = listed()
        assert len(titles) == 1
        assert history.flush()
        kinds = [r.kind for r in people_reader.library.jobs.list()]
        assert "more_like_this" not in kinds and len(kinds) == 1
        window.show_jobs() if hasattr(window, "show_jobs") else window.jobs_dock.show()
        window.grab().save(str(tmp_path / "jobs.png"))
    finally:
        runner.shutdown(30000)
        history.close()


def test_not_interested_has_an_undo_and_a_list_in_the_profile_settings(
    qtbot: Any, people_reader: LibrarySession, runner: Any, tmp_path: Path
) -> None:
    window = show_main_window(qtbot, people_reader, runner, tmp_path / "models")
    library = window.library_view
    library.show_kind("film")
    view = library.current_view()
    model = view.items_model()
    profile = window.current_profile_id()
    actions = ItemActions(people_reader)
    view.selectRow(0)
    first = model.item_id(0)
    assert not window.undo_button.isVisible()
    menu = library.build_context_menu()
    next(a for a in menu.actions() if a.objectName() == "not_interested").trigger()
    assert actions.marked(profile, "not_interested") == {first}
    assert window.undo_button.isVisible()
    assert "will not be recommended again" in window.message_label.text()
    window.grab().save(str(tmp_path / "undo.png"))
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    assert actions.marked(profile, "not_interested") == set()
    assert not window.undo_button.isVisible()
    assert window.message_label.text() == "Shown again in recommendations"

    # The offer stands for a few seconds only.
    view.selectRow(1)
    second = model.item_id(1)
    library.mark_selected("not_interested")
    assert window.undo_button.isVisible()
    timer = window.undo_button._timer
    assert 3000 <= timer.interval() <= 15000 and timer.isActive()
    timer.timeout.emit()
    assert not window.undo_button.isVisible()
    assert actions.marked(profile, "not_interested") == {second}

    # The profile's settings list what it hid, and take it back.
    dialog = window.manage_profiles()
    hidden = [dialog.hidden_list.item(r).text() for r in range(dialog.hidden_list.count())]
    assert hidden == [model.row_at(1).title]
    dialog.grab().save(str(tmp_path / "hidden_list.png"))
    assert not dialog.show_again_button.isEnabled()
    dialog.hidden_list.item(0).setSelected(True)
    assert dialog.show_again() == 1
    assert actions.marked(profile, "not_interested") == set()
    assert dialog.hidden_list.item(0).text() == "Nothing hidden"
    dialog.close()
