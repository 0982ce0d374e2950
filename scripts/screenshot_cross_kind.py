"""Render For you for a profile that has music and no film yet (issue 18, one taste across
music and films): the film list borrowed from its music, a pick selected, its reason in the
Why this? pane. Writes ``cross_kind-1024x700-<language>-light.png`` for each language.

Usage: ``python scripts/screenshot_cross_kind.py [OUTPUT_FOLDER]`` (default
``docs/screenshots``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_recsys.library import Library  # noqa: E402
from desktop_recsys.services.training_service import train_model  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import demo_run, save, wait_until  # noqa: E402

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


def prepare(path: Path, models: Path) -> None:
    forget_films(path, PROFILE)
    train_model(path, models, kind="film")


def main(argv: list[str]) -> int:
    with demo_run(argv, prepare) as run:
        for language, window in run.windows():
            window.select_profile(PROFILE)
            window.show_screen("for_you")
            view = window.for_you_view
            view.set_kind("film")
            wait_until(lambda v=view: v.list_job is None and v.model.rowCount() > 0)
            view.table.selectRow(0)
            wait_until(lambda v=view: "{" not in v.why_text.text() and v.bars.isVisible())
            save(window, run.out, f"cross_kind-1024x700-{language}-light")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
