"""Render For you for a profile that has music and no film yet (issue 18, one taste across
music and films): the film list borrowed from its music, a pick selected, its reason in the
Why this? pane. Writes ``cross_kind-1024x700-<language>-light.png`` for each language.

Usage: ``python scripts/screenshot_cross_kind.py [OUTPUT_FOLDER]`` (default
``docs/screenshots``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_recsys.jobs import JobRunner  # noqa: E402
from desktop_recsys.library import Library  # noqa: E402
from desktop_recsys.services.library_service import (  # noqa: E402
    create_demo_library,
    open_library,
)
from desktop_recsys.services.training_service import train_model  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import open_window, save, wait_until  # noqa: E402

PROFILE = 1


def forget_films(path: Path, profile: int) -> None:
    """The profile keeps its music and loses every film rating, play and mark."""
    with Library.open(path) as library, library.transaction() as conn:
        for table in ("ratings", "plays", "marks"):
            conn.execute(
                f"DELETE FROM {table} WHERE profile_id = ? AND item_id IN "
                "(SELECT id FROM items WHERE kind = 'film')",
                (profile,),
            )


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path("docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(argv[:1])
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        path = tmp / "demo.sqlite"
        create_demo_library(path)
        forget_films(path, PROFILE)
        train_model(path, tmp / "models", kind="film")
        library = open_library(path)
        runner = JobRunner()
        try:
            for language in ("en", "zh_CN"):
                window = open_window(app, library, runner, tmp / "models", language)
                window.select_profile(PROFILE)
                window.show_screen("for_you")
                view = window.for_you_view
                view.set_kind("film")
                wait_until(lambda v=view: v.list_job is None and v.model.rowCount() > 0)
                view.table.selectRow(0)
                wait_until(lambda v=view: "{" not in v.why_text.text() and v.bars.isVisible())
                save(window, out, f"cross_kind-1024x700-{language}-light")
                window.close()
                window.deleteLater()
                QCoreApplication.processEvents()
        finally:
            runner.shutdown(10000)
            library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
