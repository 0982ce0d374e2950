"""The Jobs panel's details name a job's parameters as "name: value" pairs: they showed a
Python dict ("{'library': '…', 'item_kind': 'film', 'profile': None, …}")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from ui_test_library import show_main_window, wait_job_ended

from desktop_recsys.jobs import JobRunner
from desktop_recsys.services.library_service import LibrarySession
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


def test_params_text_reads_as_pairs() -> None:
    assert params_text({"item_kind": "film", "algorithms": ["als", "ease"], "profile": None}) == (
        "item_kind: film; algorithms: als, ease; profile: –"
    )
    assert params_text('{"a": 1}') == '{"a": 1}'
