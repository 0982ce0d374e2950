"""Render each screen offscreen on the demo library and write PNGs (``make screenshots``).

Usage: ``python scripts/screenshots.py [OUTPUT_FOLDER]`` (default ``docs/screenshots``).
Everything happens in a temporary folder: a fresh demo library, a model trained for one
profile, then the real main window shown offscreen and grabbed screen by screen.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop_recsys.jobs import JobRunner  # noqa: E402
from desktop_recsys.services.library_service import (  # noqa: E402
    LibrarySession,
    create_demo_library,
    open_library,
)
from desktop_recsys.ui.dialogs.welcome_dialog import WelcomeDialog  # noqa: E402
from desktop_recsys.ui.main_window import MainWindow  # noqa: E402
from desktop_recsys.ui.theme import apply_system_palette  # noqa: E402
from desktop_recsys.ui.ui_state import UiState  # noqa: E402

SIZE = (1400, 860)
TIMEOUT = 60.0


def wait_until(condition: Callable[[], bool], timeout: float = TIMEOUT) -> None:
    """Process events until ``condition`` holds (no fixed sleeps: jobs run on threads)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not get ready in time")
        QCoreApplication.processEvents()
        time.sleep(0.01)
    QCoreApplication.processEvents()


def save(widget: QWidget, folder: Path, name: str) -> Path:
    QCoreApplication.processEvents()
    path = folder / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)
    return path


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path("docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(argv[:1])
    assert isinstance(app, QApplication)
    apply_system_palette(app)
    with tempfile.TemporaryDirectory() as tmp:
        library_path = Path(tmp) / "demo.sqlite"
        create_demo_library(library_path)
        library = open_library(library_path)
        runner = JobRunner()
        try:
            window = MainWindow(
                LibrarySession(library), runner, models_dir=Path(tmp) / "models", state=UiState()
            )
            window.resize(*SIZE)
            window.show()

            # Library: films, one rated row selected, details and "more like this" filled.
            window.show_screen("library")
            window.library_view.show_kind("film")
            view = window.library_view.current_view()
            view.selectRow(2)
            view.rate_selected(4)
            view.selectRow(1)
            view.rate_selected(5)
            view.setFocus(Qt.FocusReason.OtherFocusReason)
            wait_until(lambda: window.library_view.detail.similar.count() > 0)
            save(window, out, "library")

            # For you: train, wait for the list, select the first row.
            window.show_screen("for_you")
            for_you = window.for_you_view
            for_you.set_kind("film")
            for_you.train_now()
            wait_until(lambda: for_you.train_job is None and for_you.model.rowCount() > 0)
            wait_until(lambda: for_you.list_job is None)
            wait_until(lambda: for_you.shelves_job is None)
            for_you.diversity.setValue(40)
            for_you.table.selectRow(0)
            save(window, out, "for_you")

            # Insights.
            window.show_screen("insights")
            wait_until(lambda: window.insights_view.insights is not None)
            save(window, out, "insights")

            # Model Lab: four algorithms evaluated on films; the bars, then the catalogue map.
            window.show_screen("lab")
            lab = window.lab_view
            wait_until(lab.algorithm_list.isEnabled)
            lab.set_kind("film")
            lab.set_checked_algorithms(["popularity", "item-knn", "ease", "als"])
            lab.run_evaluation()
            wait_until(lambda: lab.result is not None and lab.evaluate_job is None)
            lab.table.selectRow(0)
            save(window, out, "model_lab")
            lab.chart_tabs.setCurrentWidget(lab.charts["popularity"])
            save(window, out, "model_lab_popularity")
            lab.chart_tabs.setCurrentWidget(lab.charts["map"])
            save(window, out, "model_lab_map")
            # The training loss of each epoch (als), drawn live during the evaluation.
            lab.chart_tabs.setCurrentWidget(lab.charts["progress"])
            save(window, out, "model_lab_training")
            lab.chart_tabs.setCurrentWidget(lab.charts["bars"])

            # Jobs panel over the library.
            window.show_screen("library")
            window.jobs_dock.show()
            window.jobs_panel.table.selectRow(0)
            save(window, out, "jobs")
            window.jobs_dock.hide()

            # Profiles dialog.
            dialog = window.manage_profiles()
            dialog.show()
            save(dialog, out, "profiles")
            dialog.close()

            # Library filtered by a genre, two rows selected for the bulk editor.
            window.show_screen("library")
            bar = window.library_view.filter_bar
            bar.genre.setCurrentIndex(1)
            bar.year_min.setValue(1980)
            view = window.library_view.current_view()
            view.selectRow(0)
            save(window, out, "library_filtered")
            bulk = window.library_view.edit_selected()
            if bulk is not None:
                bulk.set_field("album", "Night Drives")
                save(bulk, out, "bulk_edit")
                bulk.reject()
            bar.clear()

            # Import wizard: the first page, then a CSV's mapping step with its preview.
            wizard = window.open_import_wizard()
            save(wizard, out, "import_source")
            sample = Path(tmp) / "my ratings.csv"
            sample.write_text(
                "Title,Year,Director,Rating\nQuiet Harbour,1999,Ann Example,4.5\n"
                "The Paper Orchard,2011,Bo Sample,3\n",
                encoding="utf-8",
            )
            wizard.choose("csv", sample)
            wizard.next()
            wizard.next()
            save(wizard, out, "import_mapping")
            wizard.reject()

            # Settings and the first-run welcome.
            settings = window.open_settings()
            save(settings, out, "settings")
            settings.reject()
            welcome = WelcomeDialog(window)
            welcome.show()
            save(welcome, out, "welcome")
            welcome.reject()
            window.close()
        finally:
            runner.shutdown(10000)
            library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
