"""Screenshots of issue 16's radio window and the daily mix cards on For you, English and
Chinese, light and dark, at the smallest window size the layout is made for.

Usage: ``python scripts/radio_screenshots.py [OUTPUT_FOLDER]`` (default ``docs/screenshots``):
writes ``mix_cards-1024x700-<language>-<theme>.png`` and ``radio-1024x700-<language>-<theme>.png``
(the 1024×700 window with the radio open over it, at the radio's own size).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots import THEMES, demo_run, save, save_over, variant, wait_until  # noqa: E402

SIZE = (1024, 700)


def main(argv: list[str]) -> int:
    with demo_run(argv) as run:
        for theme in THEMES:
            shoot(run, theme)
    return 0


def shoot(run: Any, theme: str) -> None:
    """The mix cards and a radio in each language, in ``theme``."""
    for language, window in run.windows(size=SIZE, theme=theme):
        tag = variant(SIZE, language, theme)
        for_you = window.for_you_view
        window.show_screen("for_you")
        for_you.set_kind("track")
        # A model for the tracks (For you trains one by itself when none serves).
        wait_until(lambda v=for_you: v.model.rowCount() > 0, timeout=120)
        row = window.mix_cards
        row.make_now()
        wait_until(lambda r=row: len(r.cards) >= 2 and "…" not in r.note.text(), 120)
        save(window, run.out, f"mix_cards-{tag}")
        seed = for_you.model.row_at(0).item_id
        dialog = window.radio.start(seed)  # at its own size (720×560)
        wait_until(lambda d=dialog: d.table.rowCount() == 50 and d.radio is not None)
        save_over(window, dialog, run.out, f"radio-{tag}")
        dialog.close()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
