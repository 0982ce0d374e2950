"""The Model Lab's live chart on the real main window: while an evaluation trains ALS it plots
the training loss per epoch (through the real threaded runner and its throttle); a closed-form
algorithm keeps the progress view and says why."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from ui_test_library import WAIT_MS, show_main_window

from desktop_recsys.jobs import JobRunner
from desktop_recsys.progress import Message
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.main_window import MainWindow
from desktop_recsys.ui.views.lab import ModelLabView

pytestmark = pytest.mark.gui


@pytest.fixture
def reader(demo_reader: LibrarySession) -> LibrarySession:
    return demo_reader


@pytest.fixture
def window(qtbot: Any, reader: LibrarySession, runner: JobRunner, tmp_path: Path) -> MainWindow:
    return show_main_window(qtbot, reader, runner, tmp_path / "models", activate=True)


def open_lab_with(qtbot: Any, window: MainWindow, algorithms: tuple[str, ...]) -> ModelLabView:
    """Ctrl+4, wait for the algorithm list, tick exactly ``algorithms``, films, and open the
    live chart's tab."""
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    lab = window.lab_view
    qtbot.waitUntil(lab.algorithm_list.isEnabled, timeout=WAIT_MS)
    for row in range(lab.algorithm_list.count()):
        item = lab.algorithm_list.item(row)
        ticked = item.text() in algorithms
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
    lab.set_kind("film")
    lab.chart_tabs.setCurrentWidget(lab.charts["progress"])
    return lab


def test_the_live_chart_plots_als_training_loss_per_epoch(
    qtbot: Any, window: MainWindow, runner: JobRunner, tmp_path: Path
) -> None:
    lab = open_lab_with(qtbot, window, ("als",))
    chart = lab.charts["progress"]
    # What the chart held at each report while the job ran (not only once it is over).
    during: list[tuple[bool, int]] = []
    snapshot: list[Path] = []

    def look(job: int, _fraction: float, _message: object) -> None:
        during.append((chart.showing_loss, len(chart.loss_points("als"))))
        if not snapshot and len(chart.loss_points("als")) >= 5:
            snapshot.append(tmp_path / "lab_loss.png")
            assert lab.grab().save(str(snapshot[0]))

    runner.progress.connect(look)
    with qtbot.waitSignal(lab.result_shown, timeout=WAIT_MS):
        qtbot.mouseClick(lab.run_button, Qt.MouseButton.LeftButton)

    iterations = 10  # ALS's default passes
    assert any(showing and points >= 3 for showing, points in during)  # live, not afterwards
    assert chart.showing_loss
    assert chart.plot.getAxis("left").labelText == "Training loss"
    assert chart.plot.getAxis("bottom").labelText == "epoch"
    assert list(chart.loss_lines) == ["als"]  # one line per algorithm
    # Every fit of ALS in the run (the measured one, then the one for the charts) has every
    # epoch, in order, and its loss falls from each epoch to the next.
    fits = chart.runs["als"]
    assert len(fits) >= 1
    for fit in fits:
        assert [epoch for epoch, _loss in fit] == list(range(1, iterations + 1))
        losses = [loss for _epoch, loss in fit]
        assert all(b < a for a, b in zip(losses, losses[1:], strict=False)), losses
    line_x, line_y = chart.loss_lines["als"].getData()
    assert list(line_x) == list(range(1, iterations + 1))
    assert list(line_y) == [loss for _e, loss in fits[-1]]
    assert snapshot and not QImage(str(snapshot[0])).isNull()


def test_a_closed_form_algorithm_keeps_the_progress_view_and_says_so(
    qtbot: Any, window: MainWindow, runner: JobRunner
) -> None:
    lab = open_lab_with(qtbot, window, ("item-knn",))
    chart = lab.charts["progress"]
    captions: list[str] = []
    runner.progress.connect(lambda *_: captions.append(chart.caption.text()))
    with qtbot.waitSignal(lab.result_shown, timeout=WAIT_MS):
        qtbot.mouseClick(lab.run_button, Qt.MouseButton.LeftButton)
    assert not chart.showing_loss and chart.runs == {}
    assert chart.plot.getAxis("left").labelText == "done (%)"
    assert len(chart.fractions) >= 2 and chart.fractions == sorted(chart.fractions)
    assert any("No training loss to draw" in text for text in captions), captions


def epoch_report(algorithm: str, epoch: int, loss: float) -> Message:
    return Message(
        "{algorithm}: epoch {epoch} of {epochs}",
        algorithm=algorithm,
        epoch=epoch,
        epochs=3,
        metrics={"epoch": epoch, "loss": loss},
    )


def test_the_chart_starts_a_line_over_for_each_new_fit_and_reads_wrapped_reports(
    qtbot: Any,
) -> None:
    """Folds and tuning trials fit the same algorithm again: its line starts over at epoch 1
    and the earlier fit stays, faint; a tuning trial's Message wraps the epoch's report."""
    from desktop_recsys.ui.charts.training_progress import ProgressChart

    chart = ProgressChart()
    qtbot.addWidget(chart)
    chart.start("Evaluating")
    chart.add_point(0.1, 0.05, "item-knn: similarities: chunk 1 of 4")  # no loss: progress
    assert not chart.showing_loss and "No training loss to draw" in chart.caption.text()
    for epoch, loss in ((1, 0.9), (2, 0.5), (3, 0.4)):
        chart.add_point(0.2 * epoch, 0.1 * epoch, epoch_report("als", epoch, loss))
    assert chart.showing_loss and chart.loss_points("als") == [(1, 0.9), (2, 0.5), (3, 0.4)]
    assert "als: epoch 3 of 3 — training loss 0.4" in chart.caption.text()
    chart.add_point(1.0, 0.5, epoch_report("als", 1, 0.8))  # the next fold
    assert chart.runs["als"] == [[(1, 0.9), (2, 0.5), (3, 0.4)], [(1, 0.8)]]
    assert "Faint lines" in chart.caption.text()
    trial = Message("Trial {number}: {step}", number=2, step=epoch_report("bpr", 1, 0.69))
    chart.add_point(1.2, 0.6, trial)
    assert chart.loss_points("bpr") == [(1, 0.69)]
    assert list(chart.loss_lines) == ["als", "bpr"]
    # Two algorithms' losses are different quantities: both drawn relative to their first
    # epoch, on one axis that says so.
    assert chart.plot.getAxis("left").labelText == "Training loss (relative to epoch 1)"
    assert list(chart.loss_lines["als"].getData()[1]) == [1.0]
    assert list(chart.loss_lines["bpr"].getData()[1]) == [1.0]
    # A report without a loss in between keeps the lines and says why nothing was added.
    chart.add_point(1.3, 0.7, "ease: weights")
    assert chart.loss_points("als") == [(1, 0.8)]
    assert "This step has no training loss" in chart.caption.text()
