"""Render certification in the Library and in smart playlists (issue 18): the demo library's
films sorted by certification (youngest first) with the filter bar's certification box, and
the rule editor with a "certification at most PG-13, not explicit" rule. Writes
``certification-library-<language>-light.png`` and ``certification-rules-<language>-light.png``.

Usage: ``python scripts/screenshot_certification.py [OUTPUT_FOLDER]`` (default
``docs/screenshots``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_recsys.jobs import JobRunner  # noqa: E402
from desktop_recsys.library import Library  # noqa: E402
from desktop_recsys.services.library_service import (  # noqa: E402
    create_demo_library,
    open_library,
)

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import open_window, save  # noqa: E402

PROFILE = "Ada"


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path("docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(argv[:1])
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        path = tmp / "demo.sqlite"
        create_demo_library(path)
        with Library.open(path) as lib:
            profile = lib.profiles.require(PROFILE).id
        library = open_library(path)
        runner = JobRunner()
        try:
            for language in ("en", "zh_CN"):
                window = open_window(app, library, runner, tmp / "models", language)
                window.select_profile(profile)
                view = window.library_view
                view.show_kind("film")
                films = view.models["film"]
                column = next(
                    i for i, c in enumerate(films.columns()) if c.field == "certification"
                )
                view.current_view().sortByColumn(column, Qt.SortOrder.AscendingOrder)
                bar = view.filter_bar
                bar.advisory.setCurrentIndex(bar.advisory.findData("age:13"))
                wait(800)
                save(window, out, f"certification-library-{language}-light")

                window.show_screen("playlists")
                dialog = window.playlists_view.new_smart()
                assert dialog is not None
                dialog.name_edit.setText("Family night" if language == "en" else "家庭观影夜")
                dialog.kind.setCurrentIndex(dialog.kind.findData("film"))
                dialog.root.children_widgets[0].load(
                    {"field": "certification", "op": "<=", "value": "PG-13"}
                )
                dialog.root.add_rule({"field": "certification", "op": "any", "value": ""})
                dialog.order.setCurrentIndex(dialog.order.findData("certification"))
                dialog.count_now()
                wait(1500)
                save(dialog, out, f"certification-rules-{language}-light")
                dialog.reject()
                bar.clear()
                window.close()
                window.deleteLater()
                QCoreApplication.processEvents()
        finally:
            runner.shutdown(10000)
            library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
