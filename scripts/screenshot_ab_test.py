"""Render the blind test (issue 18): the Model Lab's "On me" page with a score, and For you
showing the mixed list. A demo profile runs ease against item-knn on films and plays, from
the mixed list, mostly what ease placed. Writes ``ab_test-1024x700-<language>-light.png`` and
``ab_test_for_you-1024x700-<language>-light.png`` for each language.

Usage: ``python scripts/screenshot_ab_test.py [OUTPUT_FOLDER]`` (default ``docs/screenshots``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_recsys.library import Library, ab_test_rows  # noqa: E402
from desktop_recsys.services import ab_test_service, for_you_service  # noqa: E402
from desktop_recsys.services.listening import record_play  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshots import demo_run, save, wait_until  # noqa: E402

PROFILE = "Ada"


def run_a_test(path: Path, models: Path) -> int:
    """Start ease against item-knn for Ada's films and play from the mixed list: 22 of
    ease's picks and 9 of item-knn's."""
    report = ab_test_service.start_test(
        path, models, a="ease", b="item-knn", profile=PROFILE, kind="film"
    )
    with Library.open(path) as library:
        profile = library.profiles.require(PROFILE).id
    for_you_service.for_you_list(path, models, profile=profile, kind="film", n=50)
    with Library.open(path) as library:
        sides = {i: s for _at, i, s in ab_test_rows.placements(library, report.test.id)}
    picks = [i for i, s in sides.items() if s == "a"][:22] + [
        i for i, s in sides.items() if s == "b"
    ][:9]
    for item in picks:
        record_play(path, PROFILE, item, share=1.0)
    return profile


def main(argv: list[str]) -> int:
    with demo_run(argv, run_a_test) as run:
        for language, window in run.windows():
            window.select_profile(run.prepared)
            window.show_screen("lab")
            lab, panel = window.lab_view, window.ab_test
            # The Lab's own comparison of the two, offline, above the test on the person.
            wait_until(lab.algorithm_list.isEnabled)
            lab.set_kind("film")
            lab.set_checked_algorithms(["ease", "item-knn"])
            lab.run_evaluation()
            wait_until(lambda lab=lab: lab.result is not None and lab.evaluate_job is None)
            wait_until(lambda lab=lab: lab.charts_ready)
            lab.chart_tabs.setCurrentWidget(panel)
            wait_until(lambda p=panel: p.a_combo.count() > 1)
            panel.kind_combo.set_kind("film")
            panel.refresh()
            wait_until(lambda p=panel: p.report_job is None and p.report is not None)
            save(window, run.out, f"ab_test-1024x700-{language}-light")
            window.show_screen("for_you")
            view = window.for_you_view
            view.set_kind("film")
            wait_until(
                lambda v=view: (
                    v.list_job is None and v.result is not None and v.result.blind is not None
                )
            )
            view.table.selectRow(0)
            wait_until(lambda v=view: v.shelves_job is None and not run.runner.is_busy())
            save(window, run.out, f"ab_test_for_you-1024x700-{language}-light")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
