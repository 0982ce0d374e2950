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
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402

from desktop_recsys.library import Library  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import demo_run, save  # noqa: E402

PROFILE = "Ada"


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def profile_id(path: Path, _models: Path) -> int:
    with Library.open(path) as lib:
        return lib.profiles.require(PROFILE).id


def main(argv: list[str]) -> int:
    with demo_run(argv, profile_id) as run:
        out = run.out
        for language, window in run.windows():
            window.select_profile(run.prepared)
            view = window.library_view
            view.show_kind("film")
            films = view.models["film"]
            column = next(i for i, c in enumerate(films.columns()) if c.field == "certification")
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
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
