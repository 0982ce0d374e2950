"""The Jobs panel's details name a job's parameters as "name: value" pairs: they showed a
Python dict ("{'library': '…', 'item_kind': 'film', 'profile': None, …}")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from ui_test_library import show_main_window, wait_job_ended

from desktop_recsys.jobs import JobRunner
from desktop_recsys.services.library_service import LibrarySession
from desktop_recsys.ui.i18n import install_translators
from desktop_recsys.ui.models.jobs_table_model import params_text

pytestmark = pytest.mark.gui

WAIT_MS = 60000


def test_job_details_list_parameters_without_python_syntax(
    qtbot: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models")
    window.show_screen("for_you")
    view = window.for_you_view
    view.set_kind("film")
    wait_job_ended(qtbot, runner, view.train_now())
    window.jobs_dock.show()
    panel = window.jobs_panel
    qtbot.waitUntil(lambda: panel.table.model().rowCount() > 0, timeout=WAIT_MS)
    panel.table.selectRow(0)
    qtbot.waitUntil(lambda: "Parameters: " in panel.details.toPlainText(), timeout=WAIT_MS)
    line = next(
        text for text in panel.details.toPlainText().splitlines() if text.startswith("Parameters")
    )
    assert "film" in line, line
    assert not any(mark in line for mark in ("{", "}", "'", "None")), line
    window.close()


def test_job_details_say_yes_and_no_in_the_interface_language(
    qtbot: Any, qapp: Any, demo_reader: LibrarySession, runner: JobRunner, tmp_path: Path
) -> None:
    """Switches read "yes"/"no" (是/否), not Python's True/False (issue 19, screenshots: the
    Lab's evaluation job showed "rankers: False; use_tuned: False; lab: True")."""
    install_translators(qapp, "zh_CN")
    try:
        window = show_main_window(qtbot, demo_reader, runner, tmp_path / "models")
        window.show_screen("lab")
        lab = window.lab_view
        qtbot.waitUntil(lab.algorithm_list.isEnabled, timeout=WAIT_MS)
        lab.set_kind("film")
        lab.set_checked_algorithms(["popularity"])
        lab.run_evaluation()
        qtbot.waitUntil(
            lambda: lab.result is not None and lab.evaluate_job is None, timeout=WAIT_MS
        )
        window.jobs_dock.show()
        panel = window.jobs_panel
        qtbot.waitUntil(lambda: panel.table.model().rowCount() > 0, timeout=WAIT_MS)
        panel.table.selectRow(0)
        qtbot.waitUntil(lambda: "lab: " in panel.details.toPlainText(), timeout=WAIT_MS)
        text = panel.details.toPlainText()
        assert "lab: 是" in text and "use_tuned: 否" in text, text
        assert "True" not in text and "False" not in text, text
        window.close()
    finally:
        install_translators(qapp, "en")


def test_params_text_reads_as_pairs() -> None:
    assert params_text({"item_kind": "film", "algorithms": ["als", "ease"], "profile": None}) == (
        "item_kind: film; algorithms: als, ease; profile: –"
    )
    assert params_text('{"a": 1}') == '{"a": 1}'
