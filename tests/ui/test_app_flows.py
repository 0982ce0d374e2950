"""The real main window on a copy of the demo library, used the way a person would: profiles,
rating in the table, training, reading and pruning "For you", insights, and the jobs panel."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from ui_test_library import show_main_window, wait_job_ended

from desktop_recsys.jobs import JobRunner
from desktop_recsys.library import Library
from desktop_recsys.progress import CancelToken, ProgressFn
from desktop_recsys.services.item_actions import ItemActions
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.dialogs import profiles_dialog
from desktop_recsys.ui.main_window import MainWindow
from desktop_recsys.ui.ui_state import UiState

pytestmark = pytest.mark.gui

WAIT_MS = 20000


@pytest.fixture
def reader(demo_reader: LibrarySession) -> LibrarySession:
    return demo_reader


@pytest.fixture
def window(qtbot: Any, reader: LibrarySession, runner: JobRunner, tmp_path: Path) -> MainWindow:
    return show_main_window(qtbot, reader, runner, tmp_path / "models", activate=True)


def titles(model: Any) -> list[str]:
    return [model.row_at(r).title for r in range(model.rowCount())]


# -- profiles ----------------------------------------------------------------------------------
def test_create_rename_switch_and_delete_a_profile(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    switcher = window.profile_switcher
    assert switcher.combo.count() == 25  # the demo's profiles
    assert switcher.current_profile_id() is not None

    qtbot.keyClick(
        window,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window._profiles_dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.new_name, "Zoe Tester")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    # The new profile is current in the toolbar at once.
    assert switcher.current_profile_name() == "Zoe Tester"
    new_id = switcher.current_profile_id()
    assert dialog.selected_profile_id() == new_id

    # A taken name is refused in words, nothing changes.
    dialog.name_edit.setText("ada")
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.isVisible() and "already exists" in dialog.error_label.text()
    dialog.name_edit.setText("Zoë")
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert not dialog.error_label.isVisible()
    assert switcher.current_profile_name() == "Zoë"

    # Friends and privacy apply immediately.
    dialog.friends_list.item(0).setCheckState(Qt.CheckState.Checked)
    friend = dialog.friends_list.item(0).data(Qt.ItemDataRole.UserRole)
    assert window.profiles.friends_of(new_id) == [friend]
    dialog.share.setChecked(False)
    dialog.record_plays.setChecked(False)
    profile = window.profiles.get(new_id)
    assert profile is not None and not profile.share_with_friends and not profile.record_plays

    # Delete a demo profile: the question says what goes; cancelling keeps it.
    asked: list[str] = []
    monkeypatch.setattr(
        profiles_dialog,
        "confirm_with_message_box",
        lambda _p, _t, text: asked.append(text) or False,
    )
    ada = window.profiles.by_name("Ada")
    assert ada is not None
    dialog.select(ada.id)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    erased = window.profiles.removal_summary(ada.id)
    assert f"{erased['ratings']:,} ratings" in asked[0] and f"{erased['plays']:,} plays" in asked[0]
    assert "Ada" in asked[0] and "cannot be undone" in asked[0]
    assert window.profiles.get(ada.id) is not None
    monkeypatch.setattr(profiles_dialog, "confirm_with_message_box", lambda *_a: True)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert window.profiles.get(ada.id) is None
    assert switcher.combo.findText("Ada") == -1
    assert switcher.combo.count() == 25


def test_the_last_profile_is_remembered(
    qtbot: Any, reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    state = UiState()
    first = MainWindow(reader, runner, models_dir=tmp_path, state=state)
    qtbot.addWidget(first)
    bo = first.profiles.by_name("Bo")
    assert bo is not None
    first.select_profile(bo.id)
    first.close()
    assert state.last_profile == "Bo"
    second = MainWindow(reader, runner, models_dir=tmp_path, state=state)
    qtbot.addWidget(second)
    assert second.current_profile_id() == bo.id


# -- library -----------------------------------------------------------------------------------
def test_rate_a_film_in_the_table_by_key_and_by_click(
    qtbot: Any, window: MainWindow, reader: LibrarySession
) -> None:
    profile = window.current_profile_id()
    assert profile is not None
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    view = window.library_view.current_view()
    model = view.items_model()
    assert model.kind == "film"
    view.selectRow(0)
    item_id = model.item_id(0)
    qtbot.keyClick(view, Qt.Key.Key_4)
    assert ItemActions(reader).rating(profile, item_id) == 4.0
    assert model.data(model.index(0, model.rating_column)) == "★★★★"
    assert "Rated ★★★★" in window.library_view.detail.history.text()

    # A click on the second star sets two stars through the delegate.
    rect = view.visualRect(model.index(0, model.rating_column))
    star = rect.height() - 4
    point = QPoint(rect.left() + 2 + int(star * 1.8), rect.center().y())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert ItemActions(reader).rating(profile, item_id) == 2.0
    qtbot.keyClick(view, Qt.Key.Key_0)  # 0 clears
    assert ItemActions(reader).rating(profile, item_id) is None

    # The context menu marks "don't learn from this", and shows it checked next time.
    menu = window.library_view.build_context_menu()
    dont_learn = next(a for a in menu.actions() if a.objectName() == "dont_learn")
    assert not dont_learn.isChecked()
    dont_learn.trigger()
    assert item_id in ItemActions(reader).marked(profile, "dont_learn")
    menu = window.library_view.build_context_menu()
    assert next(a for a in menu.actions() if a.objectName() == "dont_learn").isChecked()
    open_file = next(a for a in menu.actions() if a.objectName() == "openFile")
    assert not open_file.isEnabled()  # the demo's items have no files


def test_detail_pane_shows_metadata_history_and_more_like_this(
    qtbot: Any, window: MainWindow, runner: JobRunner
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    view = window.library_view.current_view()
    view.selectRow(3)
    detail = window.library_view.detail
    item = window.reader.item(view.items_model().item_id(3))
    assert detail.title.text() == item.title
    assert "Director" in detail.metadata.text() and item.artist in detail.metadata.text()
    wait_job_ended(qtbot, runner, detail.similar_job or -1) if detail.similar_job else None
    qtbot.waitUntil(lambda: detail.similar.count() > 0, timeout=WAIT_MS)
    first = detail.similar.item(0)
    similar_id = first.data(Qt.ItemDataRole.UserRole)
    assert similar_id != item.id
    similar = window.reader.item(similar_id)
    assert similar.kind == "film" and set(similar.genres) & set(item.genres)


# -- For you -----------------------------------------------------------------------------------
def test_train_read_recommendations_and_not_interested_stays_gone(
    qtbot: Any, window: MainWindow, runner: JobRunner, reader: LibrarySession
) -> None:
    view = window.for_you_view
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen() == "for_you"
    view.set_kind("film")
    wait_job_ended(qtbot, runner, view.list_job)
    assert view.model.rowCount() == 0
    # No model yet: the first one trains by itself (issue 17), its progress where the list goes.
    assert "Learning from the library for the first time" in view.notice.text()
    assert "Train now" not in view.notice.text()
    assert view.train_row.isVisible() and not view.list_pane.isVisible()
    assert not view.train_button.isEnabled()
    qtbot.waitUntil(lambda: view.train_job is None and view.list_job is None, timeout=WAIT_MS)
    wait_job_ended(qtbot, runner, view.list_job) if view.list_job else None
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=WAIT_MS)
    assert not view.train_row.isVisible()
    rows = view.model.rowCount()
    first = view.model.row_at(0)
    assert first.rank == 1 and first.kind == "film"
    assert view.model.data(view.model.index(0, 1)) == first.title
    # The selected row's explanation in words and as bars.
    assert view.selected_item() == first
    assert view.why_text.text().startswith("Because you liked")
    assert len(view.bars.contributions()) == len(first.because) > 0

    # Rate from the list with a key: stored for the profile.
    profile = window.current_profile_id()
    assert profile is not None
    qtbot.keyClick(view.table, Qt.Key.Key_5)
    assert ItemActions(reader).rating(profile, first.item_id) == 5.0

    # Not interested (Delete): gone now, and still gone after fetching the list again.
    view.table.selectRow(1)
    gone = view.selected_item()
    assert gone is not None
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert gone.item_id not in view.model.item_ids()
    assert view.model.rowCount() == rows - 1
    job = view.refresh()
    wait_job_ended(qtbot, runner, job)
    assert view.model.rowCount() > 0
    assert gone.item_id not in view.model.item_ids()
    # The rated item is not recommended any more either, and the model is now stale.
    assert first.item_id not in view.model.item_ids()
    assert view.result is not None and view.result.recommendations.stale
    assert "refreshed by itself" in view.notice.text() and "Train now" not in view.notice.text()
    assert view.result.recommendations.run.profile_id is None  # one model serves everyone


def test_export_the_list_as_csv(
    qtbot: Any, window: MainWindow, runner: JobRunner, tmp_path: Path
) -> None:
    view = window.for_you_view
    window.show_screen("for_you")
    view.set_kind("film")
    wait_job_ended(qtbot, runner, view.train_now())
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=WAIT_MS)
    out = tmp_path / "list.csv"
    wait_job_ended(qtbot, runner, view.export_to(out))
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == view.model.rowCount() + 1
    assert view.model.row_at(0).title in lines[1]


def test_cancel_training_from_the_screen(
    qtbot: Any, window: MainWindow, runner: JobRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A training that would run for ever stops when Cancel is pressed; no model is left."""
    from desktop_recsys.jobs import definitions

    started = threading.Event()

    def endless(self: Any, progress: ProgressFn, cancel: CancelToken) -> int:
        progress(0.3, "Fitting")
        started.set()
        while True:
            cancel.raise_if_cancelled()
            started.wait(0.01)

    monkeypatch.setattr(definitions.TrainModelJob, "__call__", endless)
    view = window.for_you_view
    window.show_screen("for_you")
    job = view.train_now()
    qtbot.waitUntil(lambda: view.train_progress.value() == 300, timeout=WAIT_MS)
    assert view.train_message.text() == "Fitting"
    with qtbot.waitSignal(runner.cancelled, timeout=WAIT_MS):
        qtbot.mouseClick(view.cancel_train_button, Qt.MouseButton.LeftButton)
    assert runner.job(job).state.value == "cancelled"
    assert not view.train_row.isVisible() and view.train_button.isEnabled()
    # A list that arrives after the cancel (still without a model) starts no training by itself.
    listing = view.refresh()
    assert listing is not None
    qtbot.waitUntil(lambda: view.list_job is None, timeout=WAIT_MS)
    assert [j for j in runner.active_jobs() if j.kind == "train"] == [] and view.train_job is None
    assert not view.train_row.isVisible()


# -- jobs panel --------------------------------------------------------------------------------
def test_jobs_panel_escape_cancels_and_failures_copy_details(
    qtbot: Any, window: MainWindow, runner: JobRunner
) -> None:
    reached = threading.Event()

    def slow(progress: ProgressFn, cancel: CancelToken) -> None:
        progress(0.5, "halfway")
        reached.set()
        while True:
            cancel.raise_if_cancelled()
            reached.wait(0.01)

    def broken(progress: ProgressFn, cancel: CancelToken) -> None:
        raise ValueError("the file is not a playlist")

    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert window.jobs_dock.isVisible()
    panel = window.jobs_panel
    job = runner.submit(slow, kind="scan", title="Scanning a folder")
    qtbot.waitUntil(lambda: panel.model.row_at(0).message == "halfway", timeout=WAIT_MS)
    assert panel.model.data(panel.model.index(0, 1)) == "Running"
    assert window.jobs_action.text() == "Jobs (1)"
    window.library_view.current_view().setFocus()
    with qtbot.waitSignal(runner.cancelled, timeout=WAIT_MS):
        qtbot.keyClick(window.library_view.current_view(), Qt.Key.Key_Escape)
    assert panel.model.data(panel.model.index(panel.model.row_of(job), 1)) == "Cancelled"

    failing = runner.submit(broken, kind="import", title="Importing a playlist")
    wait_job_ended(qtbot, runner, failing)
    assert panel.select_job(failing)
    assert panel.model.data(panel.model.index(0, 1)) == "Failed"
    assert panel.model.data(panel.model.index(0, 3)) == "ValueError: the file is not a playlist"
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert "Importing a playlist" in copied and "Traceback" in copied and "not a playlist" in copied
    assert not panel.cancel_button.isEnabled()
    if window._failure_box is not None:
        window._failure_box.close()


# -- insights ----------------------------------------------------------------------------------
def test_insights_for_the_current_profile(
    qtbot: Any, window: MainWindow, runner: JobRunner, reader: LibrarySession
) -> None:
    window.show_screen("insights")
    view = window.insights_view
    wait_job_ended(qtbot, runner, view.job) if view.job else None
    qtbot.waitUntil(lambda: view.insights is not None, timeout=WAIT_MS)
    profile = window.current_profile_id()
    with Library.open(reader.path) as library:
        ratings = len(library.ratings.for_profile(profile))
    assert sum(view.insights.rating_histogram) == view.insights.ratings == ratings
    assert view.insights.top_genres and view.insights.plays_by_month
    assert f"{ratings:,} ratings" in view.headline.text()


# -- models ------------------------------------------------------------------------------------
def test_table_models_pass_the_model_tester(
    qtbot: Any, window: MainWindow, runner: JobRunner, qtmodeltester: Any
) -> None:
    view = window.for_you_view
    window.show_screen("for_you")
    wait_job_ended(qtbot, runner, view.train_now())
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=WAIT_MS)
    qtmodeltester.check(view.model)
    view.model.sort(5, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(view.model)
    window.jobs_dock.show()
    qtmodeltester.check(window.jobs_panel.model)
