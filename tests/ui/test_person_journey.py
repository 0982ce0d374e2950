"""One person's first hour with the app, on the real MovieLens data set, through the real main
window: create a profile in an empty library, import ml-latest-small with the wizard, rate
films in the table, train, read "For you", mark one "not interested" and see it stay gone, run
a Model Lab evaluation and read its table and chart, and cancel a long tuning job."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from ui_test_library import show_main_window, wait_job_ended

from desktop_recsys.jobs import JobRunner
from desktop_recsys.library import Library
from desktop_recsys.services.item_actions import ItemActions
from desktop_recsys.services.library_service import LibrarySession

pytestmark = pytest.mark.gui

# Importing 100,836 ratings and training on 9,742 films takes a while on a busy CI machine.
LONG_MS = 180_000


def test_a_person_imports_movielens_rates_trains_prunes_evaluates_and_cancels(
    qtbot: Any,
    runner: JobRunner,
    tmp_path: Path,
    data_dir: Path,
    open_reader: Callable[[Path], LibrarySession],
) -> None:
    path = tmp_path / "library.sqlite"
    Library.open(path).close()  # a new, empty library
    reader = open_reader(path)
    window = show_main_window(qtbot, reader, runner, tmp_path / "models", activate=True)

    # A profile of one's own (Ctrl+Shift+P), current in the toolbar at once.
    qtbot.keyClick(
        window,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window._profiles_dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.new_name, "Sam")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    dialog.close()
    switcher = window.profile_switcher
    assert switcher.current_profile_name() == "Sam"
    sam = switcher.current_profile_id()
    assert sam is not None

    # File > Import (Ctrl+I): the MovieLens data set, with the report at the end.
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    wizard = window.import_wizard
    qtbot.waitExposed(wizard)
    wizard.choose("movielens", data_dir / "ml-latest-small")
    wizard.next()
    wizard.next()
    wait_job_ended(qtbot, runner, wizard.job, timeout=LONG_MS)
    qtbot.waitUntil(lambda: wizard.import_ended, timeout=LONG_MS)
    report = wizard.report_view.toPlainText()
    assert "9,742" in report and "100,836" in report, report
    wizard.accept()
    stats = reader.stats()
    assert stats.items_by_kind.get("film") == 9742 and stats.ratings == 100_836
    # The data set's 610 people came in as community profiles: they teach the models but
    # stay out of the switcher, where Sam is still the one (and the only one).
    qtbot.waitUntil(lambda: reader.library.profiles.count_community() == 610, timeout=LONG_MS)
    assert switcher.current_profile_id() == sam and switcher.combo.count() == 1

    # Films (Alt+3): rate the first five rows with five stars by key.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=LONG_MS)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    table = window.library_view.current_view()
    films = table.items_model()
    assert films.kind == "film"
    qtbot.waitUntil(lambda: films.rowCount() > 5, timeout=LONG_MS)
    rated = []
    for row in range(5):
        table.selectRow(row)
        qtbot.keyClick(table, Qt.Key.Key_5)
        rated.append(films.item_id(row))
    actions = ItemActions(reader)
    assert [actions.rating(sam, item) for item in rated] == [5.0] * 5

    # For you (Ctrl+2): train, then read a list that explains itself and skips what Sam rated.
    view = window.for_you_view
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    view.set_kind("film")
    wait_job_ended(qtbot, runner, view.list_job, timeout=LONG_MS)
    qtbot.mouseClick(view.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.train_job is None and view.list_job is None, timeout=LONG_MS)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=LONG_MS)
    listed = view.model.item_ids()
    assert not set(rated) & set(listed)
    first = view.model.row_at(0)
    assert first.kind == "film" and first.rank == 1
    # Five ratings are a cold start: popularity carries most of the score and the reason
    # says so first (issue 15), then the films Sam liked.
    assert "Because you liked" in view.why_text.text()
    assert {item for item, _, _ in first.because} <= set(rated)

    # Not interested (Delete): gone now and after the list is fetched again.
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert first.item_id not in view.model.item_ids()
    wait_job_ended(qtbot, runner, view.refresh(), timeout=LONG_MS)
    assert view.model.rowCount() > 0 and first.item_id not in view.model.item_ids()

    # Model Lab (Ctrl+4): evaluate two algorithms on films; the table and the bars fill in.
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    lab = window.lab_view
    qtbot.waitUntil(lab.algorithm_list.isEnabled, timeout=LONG_MS)
    lab.set_kind("film")
    lab.set_checked_algorithms(["popularity", "item-knn"])
    with qtbot.waitSignal(lab.result_shown, timeout=LONG_MS):
        qtbot.mouseClick(lab.run_button, Qt.MouseButton.LeftButton)
    assert sorted(lab.model.labels()) == ["item-knn", "popularity"]
    ndcg = lab.model.column_of("ndcg@10")
    assert ndcg is not None
    means = [float(lab.model.data(lab.model.index(r, ndcg)).split()[0]) for r in range(2)]
    assert all(0.0 < m < 1.0 for m in means)
    assert lab.charts["bars"].bar_heights() == pytest.approx(sorted(means, reverse=True), abs=1e-3)
    assert lab.comparison_label.text().startswith("A vs B on NDCG@10:")

    # A long job: tuning item-knn for up to ten minutes, cancelled from the Lab.
    lab.set_checked_algorithms(["item-knn"])
    lab.budget_spin.setValue(600)
    qtbot.mouseClick(lab.tune_button, Qt.MouseButton.LeftButton)
    (job,) = lab.tune_jobs
    qtbot.waitUntil(lambda: runner.job(job).state.value == "running", timeout=LONG_MS)
    qtbot.waitUntil(lab.cancel_button.isEnabled, timeout=LONG_MS)
    with qtbot.waitSignal(runner.cancelled, timeout=LONG_MS) as blocker:
        qtbot.mouseClick(lab.cancel_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [job]
    assert runner.job(job).state.value == "cancelled"
    assert lab.tune_button.isEnabled() and lab.progress_label.text().startswith("Tuning cancelled")
    # The evaluation's table is still there after the cancel.
    assert sorted(lab.model.labels()) == ["item-knn", "popularity"]
