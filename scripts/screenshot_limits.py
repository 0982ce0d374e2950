"""Render the limits for a child (issue 18): the Limits dialog of a demo profile whose limits
(PG, no explicit tracks, no unrated films, Horror blocked, a PIN) are saved. Writes
``limits-<language>-light.png`` for each language.

Usage: ``python scripts/screenshot_limits.py [OUTPUT_FOLDER]`` (default ``docs/screenshots``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_recsys.jobs import JobRunner  # noqa: E402
from desktop_recsys.library import Library  # noqa: E402
from desktop_recsys.services import limits  # noqa: E402
from desktop_recsys.services.library_service import (  # noqa: E402
    create_demo_library,
    open_library,
)

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import open_window, save  # noqa: E402

PROFILE = "Ada"


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
            limits.set_limits(
                lib, profile, max_certification="PG (US)", hide_explicit=True,
                block_unrated=True, genres=["Horror"], tags=["dark"], new_pin="2468",
            )  # fmt: skip
        library = open_library(path)
        runner = JobRunner()
        try:
            for language in ("en", "zh_CN"):
                window = open_window(app, library, runner, tmp / "models", language)
                window.select_profile(profile)
                profiles = window.manage_profiles()
                profiles.select(profile)
                dialog = profiles.open_limits()
                assert dialog is not None
                horror = next(
                    dialog.genres.item(r)
                    for r in range(dialog.genres.count())
                    if dialog.genres.item(r).data(Qt.ItemDataRole.UserRole) == "Horror"
                )
                dialog.genres.scrollToItem(horror)
                save(dialog, out, f"limits-{language}-light")
                dialog.reject()
                profiles.close()
                window.close()
                window.deleteLater()
                QCoreApplication.processEvents()
        finally:
            runner.shutdown(10000)
            library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
