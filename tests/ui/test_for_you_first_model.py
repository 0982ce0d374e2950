"""For you with nothing to learn from yet (issue 17): no training starts (so no failure box),
the notice says what to do; after a rating, the first model trains by itself."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ui_test_library import show_main_window, wait_job_ended

from desktop_recsys.jobs import JobRunner
from desktop_recsys.library import Library
from desktop_recsys.library.models import NewItem
from desktop_recsys.services.item_actions import ItemActions
from desktop_recsys.services.library_service import LibrarySession

WAIT_MS = 60_000


def test_no_data_no_training_then_the_first_rating_brings_a_list(
    qtbot: Any, tmp_path: Path, open_reader: Any, runner: JobRunner
) -> None:
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        lib.profiles.add("Ann")
        films = lib.items.add_many(
            [NewItem("film", f"Film {n}", year=1990 + n, genres=("Drama",)) for n in range(12)]
        )
    reader: LibrarySession = open_reader(path)
    window = show_main_window(qtbot, reader, runner, tmp_path / "models")
    view = window.for_you_view
    window.show_screen("for_you")
    view.set_kind("film")
    qtbot.waitUntil(lambda: "Nothing to learn from yet" in view.notice.text(), timeout=WAIT_MS)
    assert view.train_job is None and view.list_pane.isVisible()
    assert window._failure_box is None  # nothing failed
    assert "Train now" not in view.notice.text()

    profile = window.current_profile_id()
    assert profile is not None
    ItemActions(reader).rate(profile, films[0], 5)
    view.mark_dirty()
    view.refresh()
    qtbot.waitUntil(
        lambda: view.train_job is not None or view.model.rowCount() > 0, timeout=WAIT_MS
    )
    if view.train_job is not None:
        wait_job_ended(qtbot, runner, view.train_job)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=WAIT_MS)
    assert films[0] not in view.model.item_ids()
    assert window._failure_box is None
