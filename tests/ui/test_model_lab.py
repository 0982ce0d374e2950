"""The Model Lab on the real main window and a copy of the demo library, used like a person
would: open it, tick two quick algorithms, run the evaluation, read the table and the charts,
export them, and cancel a tuning that is under way."""

from __future__ import annotations

import math
import re
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from ui_test_library import show_main_window

from desktop_recsys.jobs import JobRunner
from desktop_recsys.services import evaluation_service, lab_map, lab_service
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.common import SortValueRole
from desktop_recsys.ui.i18n import install_translators
from desktop_recsys.ui.main_window import MainWindow
from desktop_recsys.ui.models.evaluation_table_model import EvaluationTableModel, IntervalRole
from desktop_recsys.ui.ui_state import UiState
from desktop_recsys.ui.views.lab import ModelLabView, parse_cutoffs

pytestmark = pytest.mark.gui

WAIT_MS = 30000
PAIR = ("popularity", "item-knn")
CELL = re.compile(r"^\d\.\d{3} \(\d\.\d{3}–\d\.\d{3}\)$")


@pytest.fixture
def reader(demo_reader: LibrarySession) -> LibrarySession:
    return demo_reader


@pytest.fixture
def window(qtbot: Any, reader: LibrarySession, runner: JobRunner, tmp_path: Path) -> MainWindow:
    return show_main_window(qtbot, reader, runner, tmp_path / "models", activate=True)


def open_lab(qtbot: Any, window: MainWindow) -> ModelLabView:
    """Ctrl+4, then wait for the algorithm list (a job) and tick the two quick ones."""
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen() == "lab"
    lab = window.lab_view
    qtbot.waitUntil(lab.algorithm_list.isEnabled, timeout=WAIT_MS)
    assert lab.charts_ready  # pyqtgraph came in on a thread before the list was asked for
    for row in range(lab.algorithm_list.count()):
        item = lab.algorithm_list.item(row)
        ticked = item.text() in PAIR
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
    lab.set_kind("film")
    assert sorted(lab.checked_algorithms()) == sorted(PAIR)
    return lab


def run_evaluation(qtbot: Any, lab: ModelLabView) -> None:
    assert lab.run_button.isEnabled()
    with qtbot.waitSignal(lab.result_shown, timeout=WAIT_MS):
        qtbot.mouseClick(lab.run_button, Qt.MouseButton.LeftButton)
    assert lab.evaluate_job is None


def table_cells(model: EvaluationTableModel) -> list[list[str]]:
    return [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_evaluate_two_algorithms_and_read_the_table_and_charts(
    qtbot: Any, window: MainWindow, runner: JobRunner, tmp_path: Path
) -> None:
    lab = open_lab(qtbot, window)
    run_evaluation(qtbot, lab)
    model = lab.model

    # Two rows, one per algorithm, the NDCG column filled with a mean and its interval.
    assert model.rowCount() == 2
    assert sorted(model.labels()) == sorted(PAIR)
    ndcg = model.column_of("ndcg@10")
    assert ndcg is not None and model.headerData(ndcg, Qt.Orientation.Horizontal) == "NDCG@10"
    means = []
    for row in range(2):
        text = model.data(model.index(row, ndcg))
        assert CELL.match(text), text
        mean, low, high = model.data(model.index(row, ndcg), IntervalRole)
        assert 0.0 <= low <= mean <= high <= 1.0 and low < high
        assert text.startswith(f"{mean:.3f}")
        means.append(mean)
    # Sorted by NDCG, best first; the best is named in words against the runner-up.
    assert means[0] >= means[1]
    best, second = model.labels()
    assert model.best_label == best
    words = lab.comparison_label.text()
    assert words.startswith(f"A vs B on NDCG@10: {best} beats {second} by")
    assert "resamples of 25 profiles" in words
    # Costs are there too: fit and recommend seconds, model size.
    for key in ("fit_s", "recommend_s", "model_mb"):
        column = model.column_of(key)
        assert column is not None
        assert all(model.data(model.index(r, column), SortValueRole) >= 0 for r in range(2))

    # Clicking a header sorts by it.
    header = lab.table.horizontalHeader()
    x = header.sectionViewportPosition(0) + header.sectionSize(0) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert model.labels() == sorted(PAIR)

    # The bar chart: two bars, the NDCG means, best first; whiskers drawn.
    bars = lab.charts["bars"]
    assert bars.bar_heights() == pytest.approx(sorted(means, reverse=True))
    assert bars.whiskers is not None
    # The other charts are drawn when their tab is opened.
    assert lab.charts["curve"].lines == {}
    lab.chart_tabs.setCurrentWidget(lab.charts["curve"])
    assert sorted(lab.charts["curve"].lines) == sorted(PAIR)
    # Popularity bias: the popularity recommender only ever picks from the most popular tenth.
    bias = lab.result.bias
    assert bias is not None and len(bias.groups) == 10
    assert bias.recommended_share["popularity"][0] == pytest.approx(1.0)
    assert sum(bias.catalogue_share) == pytest.approx(1.0)
    lab.chart_tabs.setCurrentWidget(lab.charts["popularity"])
    assert lab.charts["popularity"].series["popularity"] == bias.recommended_share["popularity"]
    # Genre calibration of the current profile's history against each list.
    calibration = lab.result.calibration
    profile = window.profile_switcher.current_profile_name()
    assert calibration is not None and calibration.who == profile
    assert sorted(calibration.recommended) == sorted(PAIR)
    lab.chart_tabs.setCurrentWidget(lab.charts["calibration"])
    assert f"History of {profile}" in lab.charts["calibration"].series

    # The catalogue map: the profile's history highlighted, and hovering names an item.
    catalogue_map = lab.result.map
    assert catalogue_map is not None and catalogue_map.profile == profile
    assert catalogue_map.history and catalogue_map.recommended[best]
    lab.chart_tabs.setCurrentWidget(lab.charts["map"])
    chart = lab.charts["map"]
    target = catalogue_map.history[0]
    nudge = [0]

    def hover() -> bool:
        # Recomputed each time: the plot lays itself out once its tab is shown. Alternate
        # by a pixel, as Qt drops a move to where the mouse already is.
        nudge[0] ^= 1
        point = chart.scene_position(target).toPoint() + QPoint(nudge[0], 0)
        qtbot.mouseMove(chart.plot.viewport(), point)
        return chart.hovered != ""

    qtbot.waitUntil(hover, timeout=WAIT_MS)
    x, y = catalogue_map.x[target], catalogue_map.y[target]
    assert chart.hovered == chart.title_at(x, y) or chart.hovered in catalogue_map.titles
    assert chart.hovered in chart.caption.text()

    # Charts export as PNG and SVG; the table as CSV and HTML (jobs).
    png = lab.export_chart("bars", tmp_path / "bars.png")
    image = QImage(str(png))
    assert not image.isNull() and image.width() >= 400
    svg = lab.export_chart("bars", tmp_path / "bars.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "NDCG@10" in svg
    for fmt in ("csv", "html"):
        out = tmp_path / f"lab.{fmt}"
        job = lab.export_table(out)
        qtbot.waitUntil(lambda j=job: runner.job(j).state.value == "finished", timeout=WAIT_MS)
        text = out.read_text(encoding="utf-8")
        assert "item-knn" in text and "popularity" in text
        if fmt == "csv":
            lines = text.splitlines()
            assert len(lines) == 3 and "ndcg@10 low" in lines[0]


def test_cancel_a_running_tune_and_the_table_stays(
    qtbot: Any,
    window: MainWindow,
    runner: JobRunner,
    reader: LibrarySession,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A real tuning of two algorithms is ONE job, held at its first progress report (as a
    long trial would be) until Esc is pressed: one cancel stops it all, nothing is stored, and
    the results table is untouched."""
    from desktop_recsys.jobs import definitions

    lab = open_lab(qtbot, window)
    run_evaluation(qtbot, lab)
    before = table_cells(lab.model)
    result = lab.result

    reached = threading.Event()
    real_call = definitions.TuneManyJob.__call__

    def held(self: Any, progress: Any, cancel: Any) -> Any:
        def report(fraction: float, message: str) -> None:
            progress(fraction, message)
            reached.set()
            while not cancel.cancelled:  # the worker waits here, not the test
                reached.wait(0.01)

        return real_call(self, report, cancel)

    monkeypatch.setattr(definitions.TuneManyJob, "__call__", held)
    lab.set_checked_algorithms(list(PAIR))
    lab.budget_spin.setValue(120)
    qtbot.mouseClick(lab.tune_button, Qt.MouseButton.LeftButton)
    (job,) = lab.tune_jobs  # both algorithms, one job
    assert len(runner.active_jobs()) == 1
    qtbot.waitUntil(lambda: lab.cancel_button.isEnabled() and reached.is_set(), timeout=WAIT_MS)
    # the worker's report crosses threads as a queued signal: the label shows it a moment later
    qtbot.waitUntil(lambda: lab.progress_label.text().startswith("1 of 2: "), timeout=WAIT_MS)
    assert lab.progress.isVisible() and not lab.tune_button.isEnabled()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    window.setFocus()
    with qtbot.waitSignal(runner.cancelled, timeout=WAIT_MS) as blocker:
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert blocker.args == [job]
    assert runner.job(job).state.value == "cancelled" and runner.active_jobs() == []
    assert lab.tune_jobs == [] and lab.tune_button.isEnabled()
    assert lab.progress_label.text().startswith("Tuning cancelled")
    assert lab.result is result and table_cells(lab.model) == before
    for name in PAIR:
        assert evaluation_service.tuned_params(reader.path, kind="film", algorithm=name) is None


def test_the_table_model_passes_the_model_tester(
    qtmodeltester: Any, demo_library_copy: Path
) -> None:
    result = lab_service.run_lab(demo_library_copy, kind="film", algorithms=list(PAIR), k=(5, 10))
    model = EvaluationTableModel()
    model.set_result(result)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert {model.column_key(c) for c in range(model.columnCount())} >= {
        "ndcg@5",
        "ndcg@10",
        "recall@10",
        "coverage@5",
        "fit_s",
    }
    for column in range(model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
            values = [model.data(model.index(r, column), SortValueRole) for r in range(2)]
            if None not in values and column > 0:
                assert values == sorted(values, reverse=order == Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    model.clear()
    assert model.rowCount() == 0 and model.columnCount() == 1
    qtmodeltester.check(model)


def test_cutoffs_are_checked_before_anything_runs(
    qtbot: Any, window: MainWindow, runner: JobRunner
) -> None:
    assert parse_cutoffs("10, 20 5") == [5, 10, 20]
    assert parse_cutoffs("0") is None and parse_cutoffs("ten") is None
    assert parse_cutoffs("") is None and parse_cutoffs("501") is None
    lab = open_lab(qtbot, window)
    lab.cutoffs_edit.setText("10, x")
    assert not lab.run_button.isEnabled()
    assert lab.run_evaluation() is None and runner.active_jobs() == []
    lab.cutoffs_edit.setText("10")
    assert lab.run_button.isEnabled()


def test_lab_result_comparison_in_words(demo_library_copy: Path) -> None:
    """The headline comparison is the best two on the primary metric, with a known answer
    on the demo library: item-knn beats popularity on NDCG@10 for every resample."""
    result = lab_service.run_lab(demo_library_copy, kind="film", algorithms=list(PAIR))
    best, second = result.best_two()
    assert (best.label, second.label) == ("item-knn", "popularity")
    comparison = result.headline_comparison()
    assert comparison is not None and comparison.clear and comparison.a_wins > 0.95
    assert math.isclose(
        comparison.mean_diff,
        best.metrics["ndcg@10"].mean - second.metrics["ndcg@10"].mean,
        rel_tol=1e-9,
    )


def test_the_lab_speaks_simplified_chinese(
    qtbot: Any, reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        assert install_translators(app, "zh_CN") == "zh_CN"
        window = MainWindow(reader, runner, models_dir=tmp_path / "models", state=UiState())
        qtbot.addWidget(window)
        assert window.nav.item(3).text() == "模型实验室"
        lab = window.lab_view
        assert lab.run_button.text() == "运行评估(&R)"
        assert lab.model.headerData(0, Qt.Orientation.Horizontal) == "算法"
    finally:
        assert install_translators(app, "en") == "en"


def test_the_catalogue_map_in_t_sne(qtbot: Any, window: MainWindow, runner: JobRunner) -> None:
    """t-SNE is a background job started when the map is shown in t-SNE; the map then holds
    every point of the run (800 films: under the cap), highlights included, hovering names an
    item, and switching back and forth reuses the run's t-SNE map instead of computing again.
    Cancelling the job goes back to the PCA map and says so."""
    lab = open_lab(qtbot, window)
    run_evaluation(qtbot, lab)
    pca = lab.result.map
    assert pca is not None and pca.method == "pca" and len(pca.x) == pca.items_total == 800
    lab.chart_tabs.setCurrentWidget(lab.charts["map"])
    chart = lab.charts["map"]
    assert chart.map is pca and "PCA" in chart.plot.plotItem.titleLabel.text

    # Cancel first: the job stops, the PCA map stays, the box says PCA again.
    lab.set_map_method("tsne")
    job = lab.map_job
    assert job is not None and runner.job(job).lane.value == "write"
    assert chart.map is pca and chart.status.isVisible()  # PCA shown meanwhile, and said so
    with qtbot.waitSignal(runner.cancelled, timeout=WAIT_MS):
        runner.cancel(job)
    assert lab.map_job is None and lab.map_method() == "pca"
    assert "cancelled" in chart.status.text() and chart.map is pca

    # Then let it run.
    lab.set_map_method("tsne")
    job = lab.map_job
    assert job is not None
    qtbot.waitUntil(lambda: chart.map is not None and chart.map.method == "tsne", timeout=90000)
    assert runner.job(job).state.value == "finished"
    tsne = chart.map
    assert len(tsne.x) == len(pca.x) and sorted(tsne.titles) == sorted(pca.titles)
    assert (tsne.x, tsne.y) != (pca.x, pca.y)
    assert "t-SNE" in chart.plot.plotItem.titleLabel.text and "All 800 items" in (
        chart.plot.plotItem.titleLabel.text
    )
    assert not chart.status.isVisible()
    # The profile's history, held-out items and stars are the same items as on the PCA map.
    for name in ("history", "held_out"):
        before = sorted(pca.titles[i] for i in getattr(pca, name))
        assert before and sorted(tsne.titles[i] for i in getattr(tsne, name)) == before
    for label, picks in pca.recommended.items():
        assert sorted(tsne.titles[i] for i in tsne.recommended[label]) == sorted(
            pca.titles[i] for i in picks
        )

    target = tsne.history[0]
    nudge = [0]

    def hover() -> bool:
        nudge[0] ^= 1
        point = chart.scene_position(target).toPoint() + QPoint(nudge[0], 0)
        qtbot.mouseMove(chart.plot.viewport(), point)
        return chart.hovered != ""

    qtbot.waitUntil(hover, timeout=WAIT_MS)
    assert chart.hovered in tsne.titles and chart.hovered in chart.caption.text()

    # Cached for the run: back to PCA and to t-SNE again starts no job.
    lab.set_map_method("pca")
    assert chart.map is pca
    lab.set_map_method("tsne")
    assert lab.map_job is None and chart.map is tsne
    assert window.state.value("lab/map_method") == "tsne"


def test_the_t_sne_projection_is_capped_and_deterministic(demo_library_copy: Path) -> None:
    """With a cap below the catalogue, the most popular items plus every highlighted one are
    placed; the same seed gives the same points; bad requests get a one-line error."""
    from threadpoolctl import threadpool_limits

    result = lab_service.run_lab(
        demo_library_copy, kind="film", algorithms=list(PAIR), highlight_profile=1
    )
    pca = result.map
    assert pca is not None and pca.history and pca.vectors is not None
    with threadpool_limits(1):  # one summation order for the Barnes-Hut sums
        first = lab_map.project_map(pca, "tsne", limit=100, seed=3)
        again = lab_map.project_map(pca, "tsne", limit=100, seed=3)
    assert (first.x, first.y) == (again.x, again.y)
    assert first.method == "tsne" and first.popular_shown == 100 and first.items_total == 800
    # The 100 most popular, then the highlighted items from further down.
    by_popularity = sorted(range(len(pca.x)), key=lambda i: -pca.popularity[i])
    top = {pca.titles[i] for i in by_popularity[:100]}
    highlighted = {pca.titles[i] for i in pca.highlighted}
    assert set(first.titles) == top | highlighted
    assert len(first.x) == len(top | highlighted) > 100
    assert {first.titles[i] for i in first.highlighted} == highlighted
    assert all(math.isfinite(v) for v in first.x + first.y)

    from desktop_recsys.errors import UserError

    assert lab_map.project_map(pca, "pca") is pca
    with pytest.raises(UserError, match="unknown map projection 'umap'"):
        lab_map.project_map(pca, "umap")
    with pytest.raises(UserError, match="no item vectors"):
        lab_map.project_map(first, "pca")
