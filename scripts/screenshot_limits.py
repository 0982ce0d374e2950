"""Render the limits for a child (issue 18): the Limits dialog of a demo profile whose limits
(PG, no explicit tracks, no unrated films, Horror blocked, a PIN) are saved. Writes
``limits-<language>-light.png`` for each language.

Usage: ``python scripts/screenshot_limits.py [OUTPUT_FOLDER]`` (default ``docs/screenshots``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402

from desktop_recsys.library import Library  # noqa: E402
from desktop_recsys.services import limits  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import demo_run, save  # noqa: E402

PROFILE = "Ada"


def set_limits(path: Path, _models: Path) -> int:
    """Ada's limits: PG (US), no explicit or uncertified items, no horror, no "dark" tag."""
    with Library.open(path) as lib:
        profile = lib.profiles.require(PROFILE).id
        limits.set_limits(
            lib, profile, max_certification="PG (US)", hide_explicit=True,
            block_unrated=True, genres=["Horror"], tags=["dark"], new_pin="2468",
        )  # fmt: skip
    return profile


def main(argv: list[str]) -> int:
    with demo_run(argv, set_limits) as run:
        profile = run.prepared
        for language, window in run.windows():
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
            save(dialog, run.out, f"limits-{language}-light")
            dialog.reject()
            profiles.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
