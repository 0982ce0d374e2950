"""Screenshots of issue 16's radio window and the daily mix cards on For you, English and
Chinese, light theme, at the smallest window size the layout is made for.

Usage: ``python scripts/radio_screenshots.py [OUTPUT_FOLDER]`` (default ``docs/screenshots``):
writes ``mix_cards-1024x700-<language>-light.png`` and ``radio-1024x700-<language>-light.png``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots import demo_run, save, variant, wait_until  # noqa: E402

SIZE = (1024, 700)


def main(argv: list[str]) -> int:
    with demo_run(argv) as run:
        for language, window in run.windows(size=SIZE):
            tag = variant(SIZE, language, "light")
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
            dialog = window.radio.start(seed)
            dialog.resize(760, 520)
            wait_until(lambda d=dialog: d.table.rowCount() == 50 and d.radio is not None)
            save(dialog, run.out, f"radio-{tag}")
            dialog.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
