"""The Lab keeps its last evaluation and tuning with the library: a new window (a restart)
shows them again, dated; another library shows its own (or nothing)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_model_lab import PAIR, WAIT_MS, open_lab, run_evaluation, table_cells
from ui_test_library import fill_library, show_main_window

from desktop_recsys.services import lab_memory
from desktop_recsys.services.library_service import LibrarySession

pytestmark = pytest.mark.gui


def test_the_last_evaluation_and_tuning_come_back_after_a_restart(
    qtbot: Any, demo_reader: LibrarySession, runner: Any, tmp_path: Path, open_reader: Any
) -> None:
    window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models", activate=True)
    lab = open_lab(qtbot, window)
    run_evaluation(qtbot, lab)
    cells = table_cells(lab.model)
    assert sorted(lab.model.labels()) == sorted(PAIR)
    lab.set_checked_algorithms(["popularity"])
    lab.budget_spin.setValue(5)
    lab.tune()
    qtbot.waitUntil(lambda: lab.tune_jobs == [], timeout=60_000)
    tuned_text = window.lab_view.settings.tuning_label.text()
    assert tuned_text.startswith("popularity:")
    window.close()

    # A restart: a new window on the same library file.
    again = show_main_window(qtbot, open_reader(demo_reader.path), runner, tmp_path / "models")
    again.show_screen("lab")
    lab = again.lab_view
    qtbot.waitUntil(lab.algorithm_list.isEnabled, timeout=WAIT_MS)
    assert lab.result is not None and table_cells(lab.model) == cells
    summary = lab.results.summary_label.text()
    assert summary.startswith("Last evaluation, 20") and "kept with this library" in summary
    label = lab.settings.tuning_label.text()
    assert label.startswith("Last tuning, 20") and label.endswith(tuned_text)
    again.grab().save(str(tmp_path / "lab_restored.png"))
    for tab in range(lab.chart_tabs.count()):  # charts without their kept data draw nothing
        lab.chart_tabs.setCurrentIndex(tab)
        qtbot.wait(20)
    # A kept run has no report to export: it says so instead of failing in a job.
    assert lab.export_table(tmp_path / "x.csv") is None and not (tmp_path / "x.csv").exists()

    # Another library keeps its own: nothing here.
    other = open_reader(fill_library(tmp_path / "other.sqlite"))
    again.set_reader(other)
    assert lab.result is None and lab.settings.tuning_label.text() == ""


def test_a_damaged_kept_entry_is_ignored(demo_reader: LibrarySession) -> None:
    demo_reader.library.meta.set(lab_memory.EVALUATION_KEY, "{not json")
    demo_reader.library.meta.set(lab_memory.TUNING_KEY, '{"version": 99, "at": 1, "data": []}')
    assert lab_memory.kept_evaluation(demo_reader) is None
    assert lab_memory.kept_tuning(demo_reader) is None
